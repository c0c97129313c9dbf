// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <compare>
#include <optional>

namespace chiptrail {

// Sources rarely give a day: "installed in October 2025". A PartialDate keeps exactly the
// precision the source gave (year, year-month or a full day) and written as ISO 8601 prefixes.
class PartialDate
{
public:
    PartialDate() = default;
    static std::optional<PartialDate> fromIso(const QString &text); // "2025", "2025-10", "2025-10-07"
    static PartialDate fromDate(QDate date);

    bool isNull() const { return m_year == 0; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    QString toIso() const;
    QDate earliest() const; // first day the date can mean
    QDate latest() const;   // last day the date can mean

    auto operator<=>(const PartialDate &) const = default;

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

} // namespace chiptrail
