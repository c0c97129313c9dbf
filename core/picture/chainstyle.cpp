// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainstyle.h"

#include <QFontMetricsF>
#include <QHash>
#include <cmath>

namespace chiptrail::picture::chainstyle {

QFont nameFont()
{
    QFont font;
    font.setPixelSize(13);
    font.setBold(true);
    return font;
}

QSizeF nodeSizeFor(const QString &name)
{
    // Room for the colour bar on the left and the note badge on the right. One metrics object for
    // all cards: building it per card was a tenth of a second at 20,000 parties.
    static const QFontMetricsF metrics(nameFont());
    const double text = metrics.horizontalAdvance(name.left(200));
    return {std::clamp(text + 60.0, nodeSize.width(), maxNodeWidth), nodeSize.height()};
}

QColor roleColour(PartyRole role)
{
    // Colour-blind-safe hues (Okabe–Ito), one per tier; side parties are grey.
    switch (role) {
    case PartyRole::Manufacturer: return QColor(0x00, 0x72, 0xB2);
    case PartyRole::ServerIntegrator: return QColor(0x56, 0xB4, 0xE9);
    case PartyRole::Distributor: return QColor(0x00, 0x9E, 0x73);
    case PartyRole::Telecom: return QColor(0xE6, 0x9F, 0x00);
    case PartyRole::CloudProvider: return QColor(0xB8, 0x6E, 0x00);
    case PartyRole::DataCentreOperator: return QColor(0xF0, 0xC4, 0x20);
    case PartyRole::CloudTenant: return QColor(0xD5, 0x5E, 0x00);
    case PartyRole::Investor: return QColor(0x7A, 0x6A, 0x4F);
    case PartyRole::University: return QColor(0xCC, 0x79, 0xA7);
    case PartyRole::GovernmentBody: return QColor(0x88, 0x88, 0x88);
    case PartyRole::Person: return QColor(0xA0, 0x80, 0xC0);
    case PartyRole::Other: return QColor(0x9A, 0x9A, 0x9A);
    }
    return Qt::gray;
}

QPen linkPen(LinkKind kind, std::optional<qint64> quantity, Confidence confidence)
{
    // Width grows with the logarithm of the quantity: 1 unit and 2,304 GPUs stay on one page.
    const double width = 1.4 + (quantity && *quantity > 0 ? std::min(5.0, std::log10(double(*quantity))) : 0.0);
    QPen pen(QColor(0x33, 0x33, 0x33), width);
    pen.setCapStyle(Qt::FlatCap);
    switch (kind) {
    case LinkKind::Sale:
    case LinkKind::Shipment: pen.setStyle(Qt::SolidLine); break;
    case LinkKind::Lease: pen.setStyle(Qt::DashLine); pen.setColor(QColor(0x7A, 0x3E, 0x00)); break;
    case LinkKind::Ownership: pen.setStyle(Qt::SolidLine); pen.setColor(QColor(0x55, 0x55, 0x99)); break;
    case LinkKind::Contract: pen.setStyle(Qt::DashDotLine); pen.setColor(QColor(0x55, 0x55, 0x55)); break;
    case LinkKind::Affiliation: pen.setStyle(Qt::DotLine); pen.setColor(QColor(0x99, 0x22, 0x22)); break;
    case LinkKind::Founder: pen.setStyle(Qt::DotLine); pen.setColor(QColor(0x66, 0x66, 0x66)); break;
    }
    if (confidence == Confidence::Disputed || confidence == Confidence::Denied)
        pen.setColor(pen.color().lighter(160));
    return pen;
}

bool linkHasBoxMarker(LinkKind kind) { return kind == LinkKind::Shipment; }

QColor countryFill(const QString &isoCode)
{
    // A stable, quiet tint per country so the same country looks the same in every case.
    const size_t hash = qHash(isoCode);
    return QColor::fromHsl(int(hash % 360), 60, 240);
}

QColor unsourcedColour() { return QColor(0xB0, 0x00, 0x20); }
QColor highlightColour() { return QColor(0xFF, 0xB0, 0x00); }
QColor mergedLinkColour() { return QColor(0x44, 0x55, 0x88); }
QColor licenceRequiredColour() { return markColour(VerdictMark::LicenceRequired); }
QColor warningColour() { return markColour(VerdictMark::Warning); }

QColor markColour(VerdictMark mark)
{
    // Okabe–Ito's vermillion darkened and its orange lightened so that the two stay apart for
    // deuteranopes (ΔE 37 instead of 18); "no licence required" is blue, not green, for the same reason.
    switch (mark) {
    case VerdictMark::LicenceRequired: return QColor(0xB2, 0x3A, 0x00);
    case VerdictMark::Warning: return QColor(0xEB, 0xA8, 0x00);
    case VerdictMark::NoLicenceRequired: return QColor(0x00, 0x72, 0xB2);
    case VerdictMark::NotAnExport: return QColor(0x88, 0x88, 0x88);
    // Dark indigo: apart from the licence's vermillion, the warning's orange and the grey of
    // "not an export" for deuteranopes and protanopes too (Okabe–Ito's reddish purple was not).
    case VerdictMark::IfConfirmed: return QColor(0x2B, 0x1B, 0x4F);
    // Pale grey: the link lies after the as-of date, it has not happened yet.
    case VerdictMark::NotYetHappened: return QColor(0xDD, 0xDD, 0xDD);
    case VerdictMark::None: break;
    }
    return QColor(0x33, 0x33, 0x33);
}

VerdictMark markOfColour(const QColor &colour)
{
    for (const VerdictMark mark : {VerdictMark::LicenceRequired, VerdictMark::Warning, VerdictMark::NoLicenceRequired,
                                   VerdictMark::NotAnExport, VerdictMark::IfConfirmed, VerdictMark::NotYetHappened})
        if (markColour(mark).rgb() == colour.rgb())
            return mark;
    return VerdictMark::None;
}

namespace {

bool hasWarningFlag(const LinkFinding &f)
{
    static const QStringList warnings{QStringLiteral("cloud_access_loophole"), QStringLiteral("entity_list"),
                                      QStringLiteral("ties_to_listed_party"), QStringLiteral("headquarters_rule"),
                                      QStringLiteral("transshipment_hub"), QStringLiteral("is_informed"),
                                      QStringLiteral("prc_advanced_ic"), QStringLiteral("owned_by_listed_party"),
                                      QStringLiteral("affiliates_rule")};
    for (const auto &flag : f.flags)
        if (warnings.contains(flag))
            return true;
    return false;
}

} // namespace

VerdictMark verdictMark(const LinkFinding &f)
{
    // The verdict decides; only links that are no export at all turn orange for what they reveal
    // (the cloud loophole, ties to listed parties), since "licence required" or "none" says more.
    switch (f.verdict) {
    case Verdict::LicenseRequired: return VerdictMark::LicenceRequired;
    case Verdict::NoLicenseRequired: return VerdictMark::NoLicenceRequired;
    case Verdict::NotAnExport: return hasWarningFlag(f) ? VerdictMark::Warning : VerdictMark::NotAnExport;
    case Verdict::LicenseRequiredIfConfirmed: return VerdictMark::IfConfirmed;
    case Verdict::NotYetHappened: return VerdictMark::NotYetHappened;
    }
    return VerdictMark::NotAnExport;
}

QColor verdictColour(const LinkFinding &f) { return markColour(verdictMark(f)); }

QHash<qint64, QColor> verdictColours(const CaseFindings &findings)
{
    QHash<qint64, QColor> colours;
    for (const auto &f : findings.links)
        colours.insert(f.link.value, verdictColour(f));
    return colours;
}

} // namespace chiptrail::picture::chainstyle
