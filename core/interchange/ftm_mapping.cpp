// SPDX-License-Identifier: GPL-3.0-or-later
#include "ftm_mapping.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace chiptrail::ftm {

const QList<std::pair<QString, QString>> &identifierProperties()
{
    static const QList<std::pair<QString, QString>> map = {
        {QStringLiteral("lei"), QStringLiteral("leiCode")},
        {QStringLiteral("website"), QStringLiteral("website")},
        {QStringLiteral("wikidata"), QStringLiteral("wikidataId")},
        {QStringLiteral("registration"), QStringLiteral("registrationNumber")},
        {QStringLiteral("tax"), QStringLiteral("taxNumber")},
        {QStringLiteral("vat"), QStringLiteral("vatCode")},
        {QStringLiteral("duns"), QStringLiteral("dunsCode")},
        {QStringLiteral("swift"), QStringLiteral("swiftBic")},
        {QStringLiteral("inn"), QStringLiteral("innCode")},
        {QStringLiteral("ogrn"), QStringLiteral("ogrnCode")},
        {QStringLiteral("opencorporates"), QStringLiteral("opencorporatesUrl")},
        {QStringLiteral("id"), QStringLiteral("idNumber")},
    };
    return map;
}

QString propertyForScheme(const QString &scheme)
{
    for (const auto &[s, property] : identifierProperties())
        if (s == scheme)
            return property;
    if (scheme.startsWith(QLatin1String("registry:")))
        return QStringLiteral("registrationNumber");
    return {};
}

QString ftmLanguage(const QString &bcp47)
{
    if (bcp47 == QLatin1String("de"))
        return QStringLiteral("deu");
    if (bcp47 == QLatin1String("en"))
        return QStringLiteral("eng");
    return {};
}

QString caseLanguage(const QString &ftm)
{
    const QString l = ftm.toLower();
    if (l == QLatin1String("deu") || l == QLatin1String("de") || l == QLatin1String("ger"))
        return QStringLiteral("de");
    if (l == QLatin1String("eng") || l == QLatin1String("en"))
        return QStringLiteral("en");
    return QStringLiteral("und");
}

QStringList textChunks(const QString &text)
{
    QStringList chunks;
    qsizetype at = 0;
    while (text.size() - at > maxTextValue) {
        qsizetype cut = at + maxTextValue;
        if (text.at(cut).isLowSurrogate())
            --cut;
        chunks.append(text.mid(at, cut - at));
        at = cut;
    }
    if (at < text.size() || chunks.isEmpty())
        chunks.append(text.mid(at));
    return chunks;
}

QString entityId(const char *kind, const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._-]{1,120}$"));
    const QString tail = plain.match(key).hasMatch()
        ? key
        : QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex());
    return QStringLiteral("ct-") + QLatin1String(kind) + QLatin1Char('-') + tail;
}

QString numberText(double value)
{
    // Plain digits as people write amounts ("150000000", not "1.5e+08"); the exponent form only
    // where plain digits would pass FtM's 250 characters for a number.
    const char format = std::abs(value) < 1e15 ? 'f' : 'g';
    return QString::number(value, format, QLocale::FloatingPointShortest);
}

} // namespace chiptrail::ftm
