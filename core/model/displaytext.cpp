// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaytext.h"

#include <QHash>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <QLocale>

namespace chiptrail {

QString DisplayText::role(PartyRole role)
{
    switch (role) {
    case PartyRole::Manufacturer: return tr("Manufacturer");
    case PartyRole::ServerIntegrator: return tr("Server integrator");
    case PartyRole::Distributor: return tr("Distributor");
    case PartyRole::Telecom: return tr("Telecom");
    case PartyRole::CloudProvider: return tr("Cloud provider");
    case PartyRole::DataCentreOperator: return tr("Data-centre operator");
    case PartyRole::CloudTenant: return tr("Cloud tenant");
    case PartyRole::Investor: return tr("Investor");
    case PartyRole::University: return tr("University");
    case PartyRole::GovernmentBody: return tr("Government body");
    case PartyRole::Person: return tr("Person");
    case PartyRole::Other: return tr("Other");
    }
    return {};
}

QString DisplayText::rolePlural(PartyRole role)
{
    switch (role) {
    case PartyRole::Manufacturer: return tr("Manufacturers");
    case PartyRole::ServerIntegrator: return tr("Server integrators");
    case PartyRole::Distributor: return tr("Distributors");
    case PartyRole::Telecom: return tr("Telecoms");
    case PartyRole::CloudProvider: return tr("Cloud providers");
    case PartyRole::DataCentreOperator: return tr("Data-centre operators");
    case PartyRole::CloudTenant: return tr("Cloud tenants");
    case PartyRole::Investor: return tr("Investors");
    case PartyRole::University: return tr("Universities");
    case PartyRole::GovernmentBody: return tr("Government bodies");
    case PartyRole::Person: return tr("People");
    case PartyRole::Other: return tr("Other parties");
    }
    return {};
}

QString DisplayText::linkKind(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Sale: return tr("Sale");
    case LinkKind::Shipment: return tr("Shipment");
    case LinkKind::Lease: return tr("Lease / remote access");
    case LinkKind::Ownership: return tr("Ownership / control");
    case LinkKind::Contract: return tr("Contract");
    case LinkKind::Affiliation: return tr("Affiliation / suspected ties");
    case LinkKind::Founder: return tr("Founder / employment");
    }
    return {};
}

QString DisplayText::confidence(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Confirmed: return tr("confirmed");
    case Confidence::Reported: return tr("reported");
    case Confidence::Suspected: return tr("suspected");
    case Confidence::Disputed: return tr("disputed");
    case Confidence::Denied: return tr("denied");
    }
    return {};
}

QString DisplayText::productKind(ProductKind kind)
{
    return kind == ProductKind::Chip ? tr("Chip") : tr("System");
}

QString DisplayText::country(const QString &isoCode)
{
    if (isoCode.isEmpty())
        return tr("unknown");
    const QLocale::Territory territory = QLocale::codeToTerritory(isoCode);
    if (territory == QLocale::AnyTerritory)
        return isoCode;
    // Qt names territories only in English; ICU knows them in the UI language ("Vereinigte Staaten").
    const icu::Locale region("", isoCode.toLatin1().constData());
    icu::UnicodeString localName;
    region.getDisplayCountry(icu::Locale(QLocale().name().toLatin1().constData()), localName);
    QString name = QString(reinterpret_cast<const QChar *>(localName.getBuffer()), localName.length());
    if (name.isEmpty() || name == isoCode)
        name = QLocale::territoryToString(territory);
    return tr("%1 (%2)").arg(name, isoCode);
}

QString DisplayText::date(const PartialDate &date)
{
    if (date.isNull())
        return tr("undated");
    const QLocale locale;
    if (date.day())
        return longDate(date.earliest());
    if (date.month())
        return locale.monthName(date.month()) + QLatin1Char(' ') + QString::number(date.year());
    return QString::number(date.year());
}

QString DisplayText::longDate(const QDate &date)
{
    const QLocale locale;
    return locale.toString(date, locale.language() == QLocale::German ? QStringLiteral("d. MMMM yyyy")
                                                                      : QStringLiteral("d MMMM yyyy"));
}

QString DisplayText::shortDate(const QDate &date)
{
    const QLocale locale;
    return locale.toString(date, locale.language() == QLocale::German ? QStringLiteral("d. MMM yyyy")
                                                                      : QStringLiteral("d MMM yyyy"));
}

QString DisplayText::monthAxisFormat() { return QStringLiteral("MMM yyyy"); }

QString DisplayText::dateRange(const PartialDate &from, const PartialDate &to)
{
    if (to.isNull())
        return date(from);
    return tr("%1 to %2").arg(date(from), date(to));
}

QString DisplayText::language(const QString &code)
{
    if (code == QLatin1String("de"))
        return tr("German");
    if (code == QLatin1String("en"))
        return tr("English");
    return code;
}

QString DisplayText::attribute(const QString &word)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("quantity"), QT_TRANSLATE_NOOP("DisplayText", "quantity")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("DisplayText", "date")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("DisplayText", "value")},
        {QStringLiteral("product"), QT_TRANSLATE_NOOP("DisplayText", "product")},
        {QStringLiteral("site"), QT_TRANSLATE_NOOP("DisplayText", "site")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("DisplayText", "name")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("DisplayText", "role")},
        {QStringLiteral("headquarters"), QT_TRANSLATE_NOOP("DisplayText", "headquarters")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("DisplayText", "location")},
        {QStringLiteral("operator"), QT_TRANSLATE_NOOP("DisplayText", "operator")},
        {QStringLiteral("specification"), QT_TRANSLATE_NOOP("DisplayText", "specification")},
        {QStringLiteral("chips_per_unit"), QT_TRANSLATE_NOOP("DisplayText", "chips per unit")},
        {QStringLiteral("ship_from_country"), QT_TRANSLATE_NOOP("DisplayText", "ship-from country")},
        {QStringLiteral("ship_to_country"), QT_TRANSLATE_NOOP("DisplayText", "ship-to country")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("DisplayText", "country")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("DisplayText", "city")},
        {QStringLiteral("headquarters_country"), QT_TRANSLATE_NOOP("DisplayText", "headquarters country")},
        {QStringLiteral("incorporation_country"), QT_TRANSLATE_NOOP("DisplayText", "country of incorporation")}};
    const auto it = labels.constFind(word);
    return it == labels.cend() ? word : tr(*it);
}

QString DisplayText::number(double value) { return QLocale().toString(value, 'f', value == qint64(value) ? 0 : 2); }

} // namespace chiptrail
