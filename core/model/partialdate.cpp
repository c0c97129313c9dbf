// SPDX-License-Identifier: GPL-3.0-or-later
#include "partialdate.h"

#include <QRegularExpression>

namespace chiptrail {

std::optional<PartialDate> PartialDate::fromIso(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    PartialDate date;
    date.m_year = match.captured(1).toInt();
    date.m_month = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    date.m_day = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
    if (date.m_year < 1900 || date.m_year > 2200)
        return std::nullopt;
    if (date.m_month != 0 && (date.m_month < 1 || date.m_month > 12))
        return std::nullopt;
    if (date.m_day != 0 && !QDate(date.m_year, date.m_month, date.m_day).isValid())
        return std::nullopt;
    return date;
}

PartialDate PartialDate::fromDate(QDate d)
{
    PartialDate date;
    if (d.isValid()) {
        date.m_year = d.year();
        date.m_month = d.month();
        date.m_day = d.day();
    }
    return date;
}

QString PartialDate::toIso() const
{
    if (isNull())
        return {};
    QString text = QString::number(m_year);
    if (m_month)
        text += QLatin1Char('-') + QString::number(m_month).rightJustified(2, QLatin1Char('0'));
    if (m_day)
        text += QLatin1Char('-') + QString::number(m_day).rightJustified(2, QLatin1Char('0'));
    return text;
}

QDate PartialDate::earliest() const
{
    if (isNull())
        return {};
    return QDate(m_year, m_month ? m_month : 1, m_day ? m_day : 1);
}

QDate PartialDate::latest() const
{
    if (isNull())
        return {};
    if (m_day)
        return QDate(m_year, m_month, m_day);
    if (m_month)
        return QDate(m_year, m_month, 1).addMonths(1).addDays(-1);
    return QDate(m_year, 12, 31);
}

} // namespace chiptrail
