// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfolding.h"

namespace chiptrail {

QString foldGerman(const QString &text)
{
    QString folded;
    folded.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x00E4: folded += QLatin1String("ae"); break; // ä
        case 0x00F6: folded += QLatin1String("oe"); break; // ö
        case 0x00FC: folded += QLatin1String("ue"); break; // ü
        case 0x00C4: folded += QLatin1String("Ae"); break; // Ä
        case 0x00D6: folded += QLatin1String("Oe"); break; // Ö
        case 0x00DC: folded += QLatin1String("Ue"); break; // Ü
        case 0x00DF: folded += QLatin1String("ss"); break; // ß
        case 0x1E9E: folded += QLatin1String("SS"); break; // ẞ
        default: folded += c;
        }
    }
    return folded;
}

QStringList searchTerms(const QString &query)
{
    QStringList terms;
    QString current;
    // Code points, not UTF-16 units: a letter outside the BMP stays one letter of its word.
    for (const char32_t c : query.toUcs4()) {
        if (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing) {
            current += QString::fromUcs4(&c, 1);
        } else if (!current.isEmpty()) {
            terms << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        terms << current;
    return terms;
}

} // namespace chiptrail
