// SPDX-License-Identifier: GPL-3.0-or-later
#include "asofedit.h"

#include <QLocale>
#include <QRegularExpression>

namespace chiptrail::gui {

namespace {

QDate lastDayOf(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? QDate(year, month, first.daysInMonth()) : QDate();
}

// "Okt." and "okt" and "Oktober" alike: no dots, no case.
QString monthKey(QString name)
{
    name.remove(QLatin1Char('.'));
    return name.trimmed().toCaseFolded();
}

int monthFromName(const QString &name, const QLocale &locale)
{
    const QString wanted = monthKey(name);
    if (wanted.isEmpty())
        return 0;
    for (const QLocale &l : {locale, QLocale::c()})
        for (int m = 1; m <= 12; ++m)
            for (const auto format : {QLocale::LongFormat, QLocale::ShortFormat})
                for (const QString &candidate : {l.monthName(m, format), l.standaloneMonthName(m, format)})
                    if (monthKey(candidate) == wanted)
                        return m;
    // "Sept", "März" typed as "Marz": the first three letters name the month when only one fits.
    if (wanted.size() >= 3) {
        int found = 0;
        for (int m = 1; m <= 12; ++m)
            for (const QLocale &l : {locale, QLocale::c()})
                if (monthKey(l.monthName(m, QLocale::LongFormat)).startsWith(wanted.left(3)) && found != m)
                    found = found == 0 ? m : -1;
        if (found > 0)
            return found;
    }
    return 0;
}

bool dayFirst(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    return format.indexOf(QLatin1Char('d')) < format.indexOf(QLatin1Char('M'));
}

} // namespace

std::optional<QDate> AsOfEdit::readDate(const QString &typed, const QLocale &locale)
{
    const QString text = typed.simplified();
    QRegularExpressionMatch m;
    const auto matches = [&text, &m](const char *pattern) {
        m = QRegularExpression(QString::fromLatin1(pattern)).match(text);
        return m.hasMatch();
    };
    const auto num = [&m](int group) { return m.captured(group).toInt(); };
    QDate date;
    if (matches("^(\\d{4})$"))
        date = QDate(num(1), 12, 31);
    else if (matches("^(\\d{4})-(\\d{1,2})$"))
        date = lastDayOf(num(1), num(2));
    else if (matches("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"))
        date = QDate(num(1), num(2), num(3));
    else if (matches("^(\\d{1,2})\\s*[./]\\s*(\\d{4})$"))
        date = lastDayOf(num(2), num(1));
    else if (matches("^(\\d{1,2})\\.\\s*(\\d{1,2})\\.\\s*(\\d{4})$")) // dots: always day first
        date = QDate(num(3), num(2), num(1));
    else if (matches("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"))
        date = dayFirst(locale) ? QDate(num(3), num(2), num(1)) : QDate(num(3), num(1), num(2));
    else if (matches("^(\\p{L}+\\.?)\\s*(\\d{4})$")) { // "Oct 2025", "Okt. 2025", "Oktober 2025"
        if (const int month = monthFromName(m.captured(1), locale))
            date = lastDayOf(num(2), month);
    } else if (matches("^(\\d{1,2})\\.?\\s*(\\p{L}+\\.?)\\s*(\\d{4})$")) { // "15 Oct 2025", "15. Okt. 2025"
        if (const int month = monthFromName(m.captured(2), locale))
            date = QDate(num(3), month, num(1));
    } else if (matches("^(\\p{L}+\\.?)\\s*(\\d{1,2}),?\\s*(\\d{4})$")) { // "Oct 15, 2025"
        if (const int month = monthFromName(m.captured(1), locale))
            date = QDate(num(3), month, num(2));
    }
    if (!date.isValid())
        return std::nullopt;
    return date;
}

AsOfEdit::AsOfEdit(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("e.g. 10/2025"));
    setToolTip(tr("As of a date: a year (2025), a month (10/2025, Oct 2025) or a day (15.10.2025)"));
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00 September 0000")) + 16);
    connect(this, &QLineEdit::editingFinished, this, &AsOfEdit::take);
    connect(this, &QLineEdit::textEdited, this, [this] { mark(false); });
}

void AsOfEdit::setDate(const QDate &date)
{
    mark(false);
    setText(date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString());
    if (date == m_date)
        return;
    m_date = date;
    Q_EMIT dateChanged(m_date);
}

void AsOfEdit::take()
{
    if (text().trimmed().isEmpty())
        return;
    const std::optional<QDate> date = readDate(text(), QLocale());
    if (!date) {
        mark(true);
        return;
    }
    setDate(*date);
}

void AsOfEdit::mark(bool bad)
{
    setStyleSheet(bad ? QStringLiteral("QLineEdit { border: 2px solid #b00020; }") : QString());
    setAccessibleDescription(bad ? tr("Not a date: type a year, a month or a day, e.g. 10/2025") : QString());
}

} // namespace chiptrail::gui
