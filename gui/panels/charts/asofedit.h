// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLineEdit>
#include <optional>

class QLocale;

namespace chiptrail::gui {

// The "as of" date typed as people write it, in the UI language: "2025", "10/2025", "Oct 2025",
// "15.10.2025", "Okt. 2025", "2025-10-15". A year or a month means its last day (as of the end of
// October: everything that happened in October counts). Enter or leaving the field takes the
// date; text that is no date is marked and changes nothing.
class AsOfEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit AsOfEdit(QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(const QDate &date); // shows it; says dateChanged when it is a different date

    // The date `text` means in `locale` (English month names are understood in any language).
    static std::optional<QDate> readDate(const QString &text, const QLocale &locale);

Q_SIGNALS:
    void dateChanged(const QDate &date);

private:
    void take();
    void mark(bool bad);
    QDate m_date;
};

} // namespace chiptrail::gui
