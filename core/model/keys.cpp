// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys.h"

namespace chiptrail {

QString makeKey(const QString &name, const QSet<QString> &taken, const QString &fallback)
{
    QString key;
    const QString plain = name.normalized(QString::NormalizationForm_KD);
    for (const QChar c : plain) {
        if (key.size() >= 48)
            break;
        if (c.isLetterOrNumber() && c.unicode() < 128)
            key += c.toLower();
        else if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed "é"
        else if (!key.isEmpty() && !key.endsWith(QLatin1Char('-')))
            key += QLatin1Char('-');
    }
    while (key.endsWith(QLatin1Char('-')))
        key.chop(1);
    if (key.isEmpty())
        key = fallback;
    QString unique = key;
    for (int n = 2; taken.contains(unique); ++n)
        unique = key + QLatin1Char('-') + QString::number(n);
    return unique;
}

} // namespace chiptrail
