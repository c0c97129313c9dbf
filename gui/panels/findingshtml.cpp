// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingshtml.h"

#include "model/displaytext.h"
#include "picture/chainstyle.h"
#include "rules/findingswriter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>
#include <climits>

namespace chiptrail::gui::findingshtml {
namespace {

struct RulesPanel
{
    Q_DECLARE_TR_FUNCTIONS(RulesPanel)
};
QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString partyName(const CaseData &data, const QString &key)
{
    for (const auto &p : data.parties)
        if (p.key == key)
            return p.name;
    return key;
}

// The shape the canvas draws for a verdict (picture::paintVerdictMark), as a character: the
// verdict reads without its colour here too.
QString markGlyph(picture::VerdictMark mark)
{
    using picture::VerdictMark;
    switch (mark) {
    case VerdictMark::LicenceRequired: return QStringLiteral("▲");
    case VerdictMark::Warning: return QStringLiteral("◆");
    case VerdictMark::NoLicenceRequired: return QStringLiteral("●");
    case VerdictMark::NotAnExport: return QStringLiteral("■");
    case VerdictMark::IfConfirmed: return QStringLiteral("▼");
    case VerdictMark::NotYetHappened: return QStringLiteral("○");
    case VerdictMark::None: break;
    }
    return {};
}

QString swatch(const QColor &colour, const QString &label)
{
    // Dark text on the pale swatch ("not yet happened"), white on the others.
    const QString glyph = markGlyph(picture::chainstyle::markOfColour(colour));
    return QStringLiteral("<span style='background:%1;color:%3;padding:1px 6px;border-radius:3px'>&nbsp;%4%2&nbsp;</span>")
        .arg(colour.name(), esc(label), colour.lightness() > 170 ? QStringLiteral("#222222") : QStringLiteral("white"),
             glyph.isEmpty() ? QString() : glyph + QStringLiteral("&nbsp;"));
}

// An export classification number stays as the rules write it (3A090.a); the two words the
// checker puts in its place are words, and read in the window's language ("Gut unknown" in German).
QString itemText(const QString &item)
{
    if (item == QLatin1String("unknown"))
        return RulesPanel::tr("unknown", "item");
    if (item == QLatin1String("not controlled")) // notr: the checker's word
        return RulesPanel::tr("not controlled", "item");
    return item;
}

} // namespace

QColor verdictColour(const LinkFinding &f) { return picture::chainstyle::verdictColour(f); }

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NotAnExport: return RulesPanel::tr("not an export");
    case Verdict::NoLicenseRequired: return RulesPanel::tr("no licence required");
    case Verdict::LicenseRequired: return RulesPanel::tr("licence required");
    case Verdict::LicenseRequiredIfConfirmed: return RulesPanel::tr("licence required if the match is confirmed");
    case Verdict::NotYetHappened: return RulesPanel::tr("not yet happened");
    }
    return {};
}

QString flagText(const QString &flag)
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("cloud_access_loophole"), QT_TRANSLATE_NOOP("RulesPanel", "cloud access loophole: remote use of chips that stay abroad")},
        {QStringLiteral("entity_list"), QT_TRANSLATE_NOOP("RulesPanel", "a party is on the Entity List")},
        {QStringLiteral("entity_list_possible"), QT_TRANSLATE_NOOP("RulesPanel", "a party may be on the Entity List (possible match)")},
        {QStringLiteral("ties_to_listed_party"), QT_TRANSLATE_NOOP("RulesPanel", "ties to a listed party")},
        {QStringLiteral("owned_by_listed_party"), QT_TRANSLATE_NOOP("RulesPanel", "owned in part or whole by listed parties")},
        {QStringLiteral("affiliates_rule"), QT_TRANSLATE_NOOP("RulesPanel", "Affiliates Rule: owned 50 % or more by listed parties")},
        {QStringLiteral("headquarters_rule"), QT_TRANSLATE_NOOP("RulesPanel", "headquarters rule: end user headquartered in D:5 or Macau")},
        {QStringLiteral("transshipment_hub"), QT_TRANSLATE_NOOP("RulesPanel", "passes through a transshipment hub")},
        {QStringLiteral("is_informed"), QT_TRANSLATE_NOOP("RulesPanel", "is-informed licence requirement (H20 class)")},
        {QStringLiteral("unknown_origin"), QT_TRANSLATE_NOOP("RulesPanel", "origin of the hardware unknown")},
        {QStringLiteral("unsourced"), QT_TRANSLATE_NOOP("RulesPanel", "the verdict rests on a claim without a source note")},
        {QStringLiteral("undated"), QT_TRANSLATE_NOOP("RulesPanel", "no date: checked as of today")},
        {QStringLiteral("date_imprecise"), QT_TRANSLATE_NOOP("RulesPanel", "the date is imprecise and a rule changed within it")},
        {QStringLiteral("malaysia_permit"), QT_TRANSLATE_NOOP("RulesPanel", "Malaysian export permit needed (local rule)")},
        {QStringLiteral("prc_advanced_ic"), QT_TRANSLATE_NOOP("RulesPanel", "Chinese advanced chips named in BIS guidance (Ascend)")},
        {QStringLiteral("prearranged_tenant"), QT_TRANSLATE_NOOP("RulesPanel", "the tenant was lined up before the purchase")},
        {QStringLiteral("quantity_out_of_scale"), QT_TRANSLATE_NOOP("RulesPanel", "quantity out of scale for the buyer")},
        {QStringLiteral("iaas_kyc"), QT_TRANSLATE_NOOP("RulesPanel", "proposed IaaS know-your-customer rule would apply")},
        {QStringLiteral("unknown_destination"), QT_TRANSLATE_NOOP("RulesPanel", "destination unknown")},
        {QStringLiteral("unknown_item"), QT_TRANSLATE_NOOP("RulesPanel", "item unknown: no chip figures")},
    };
    const auto it = texts.constFind(flag);
    return it == texts.cend() ? flag : QCoreApplication::translate("RulesPanel", *it);
}

QString qualityText(const QStringList &quality)
{
    QStringList parts;
    for (const auto &q : quality) {
        if (q == QLatin1String("U"))
            parts << QStringLiteral("<b style='color:#b00020'>[U] %1</b>").arg(esc(RulesPanel::tr("unverified: check before publishing")));
        else if (q == QLatin1String("P"))
            parts << QStringLiteral("[P] %1").arg(esc(RulesPanel::tr("official text")));
        else if (q == QLatin1String("P*"))
            parts << QStringLiteral("[P*] %1").arg(esc(RulesPanel::tr("official text via a verbatim copy")));
        else if (q == QLatin1String("S"))
            parts << QStringLiteral("[S] %1").arg(esc(RulesPanel::tr("secondary source")));
        else if (q == QLatin1String("C"))
            parts << QStringLiteral("[C] %1").arg(esc(RulesPanel::tr("computed")));
        else
            parts << esc(q);
    }
    return parts.join(QLatin1String("; "));
}

QString citationHtml(const QString &citation)
{
    static const QRegularExpression fr(QStringLiteral(R"((\d{2,3}) FR (\d{3,6}))"));
    static const QRegularExpression cfr(QStringLiteral(R"(15 CFR (?:§\s*)?(\d{3})\.(\d+))"));
    QString html = esc(citation);
    if (const auto m = fr.match(citation); m.hasMatch()) {
        const QUrl url(QStringLiteral("https://www.federalregister.gov/citation/%1-FR-%2").arg(m.captured(1), m.captured(2)));
        html.replace(esc(m.captured(0)), QStringLiteral("<a href='%1'>%2</a>").arg(url.toString(QUrl::FullyEncoded), esc(m.captured(0))));
    } else if (const auto c = cfr.match(citation); c.hasMatch()) {
        const QUrl url(QStringLiteral("https://www.ecfr.gov/current/title-15/section-%1.%2").arg(c.captured(1), c.captured(2)));
        html.replace(esc(c.captured(0)), QStringLiteral("<a href='%1'>%2</a>").arg(url.toString(QUrl::FullyEncoded), esc(c.captured(0))));
    }
    return html;
}

QString disclaimerHtml(const CaseFindings &findings)
{
    QString rulesAt = findings.rulesAt == QLatin1String("link") ? RulesPanel::tr("rules in force on each link's own date")
                                                                 : RulesPanel::tr("rules in force on %1").arg(findings.rulesAt);
    QString html = QStringLiteral("<p style='background:#fff3cd;padding:4px'><b>%1</b> %2</p><p>%3")
                       .arg(esc(RulesPanel::tr("Not legal advice.")), esc(disclaimerBody(findings.disclaimer)), esc(rulesAt));
    if (!findings.counterfactuals.isEmpty())
        html += QStringLiteral(" · <b>%1</b>").arg(esc(RulesPanel::tr("counterfactual: %1").arg(findings.counterfactuals.join(QLatin1String(", ")))));
    return html + QStringLiteral("</p>");
}

QString linkHtml(const LinkFinding &f, const CaseData &data)
{
    QString html = QStringLiteral("<h3>%1 → %2</h3><p>%3")
                       .arg(esc(partyName(data, f.fromKey)), esc(partyName(data, f.toKey)),
                            swatch(verdictColour(f), verdictText(f.verdict)));
    html += QStringLiteral(" <code>%1</code>").arg(esc(toWord(f.verdict)));
    if (!f.item.isEmpty())
        html += QStringLiteral(" · %1 <b>%2</b>").arg(esc(RulesPanel::tr("item")), esc(itemText(f.item)));
    if (!f.reviewPolicy.isEmpty())
        html += QStringLiteral(" · %1 %2").arg(esc(RulesPanel::tr("review policy:")), esc(QString(f.reviewPolicy).replace(QLatin1Char('_'), QLatin1Char(' '))));
    if (!f.destination.isEmpty())
        html += QStringLiteral(" · %1 %2").arg(esc(RulesPanel::tr("destination")), esc(DisplayText::country(f.destination)));
    html += QStringLiteral("</p>");
    if (!f.flags.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const auto &flag : f.flags)
            html += QStringLiteral("<li><code>%1</code> %2</li>").arg(esc(flag), esc(flagText(flag)));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<ol>");
    for (const auto &step : f.steps) {
        html += QStringLiteral("<li>%1%2").arg(step.counterfactual ? QStringLiteral("<i>[%1]</i> ").arg(esc(RulesPanel::tr("counterfactual"))) : QString(),
                                              esc(step.text));
        if (!step.citation.isEmpty() || !step.ruleId.isEmpty())
            html += QStringLiteral("<br><small>%1 <code>%2</code> · %3 · %4</small>")
                        .arg(esc(RulesPanel::tr("rule")), esc(step.ruleId), citationHtml(step.citation), qualityText(step.quality));
        else if (!step.quality.isEmpty())
            html += QStringLiteral("<br><small>%1</small>").arg(qualityText(step.quality));
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol>");
    if (!f.evidence.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(RulesPanel::tr("Evidence (source notes)")));
        for (const auto &key : f.evidence)
            for (const auto &note : data.notes)
                if (note.key == key)
                    html += QStringLiteral("<blockquote>„%1“ <small>(%2)</small></blockquote>").arg(esc(note.excerpt), esc(key));
    }
    return html;
}

QString linkLineHtml(const LinkFinding &f, const CaseData &data)
{
    QString html = QStringLiteral("<p>%1 <a href='select:link:%2'><b>%3 → %4</b></a>")
                       .arg(swatch(verdictColour(f), verdictText(f.verdict)), QString::number(f.link.value),
                            esc(partyName(data, f.fromKey)), esc(partyName(data, f.toKey)));
    // Orders of the same parties tell apart by date and quantity.
    for (const Link &link : data.links)
        if (link.id == f.link) {
            if (!link.dateFrom.isNull())
                html += QStringLiteral(" · %1").arg(esc(DisplayText::date(link.dateFrom)));
            if (link.quantity)
                html += QStringLiteral(" · %1").arg(esc(RulesPanel::tr("%Ln unit(s)", nullptr, int(std::min<qint64>(*link.quantity, INT_MAX)))));
            break;
        }
    if (!f.item.isEmpty())
        html += QStringLiteral(" · %1").arg(esc(f.item));
    for (const auto &flag : f.flags)
        html += QStringLiteral(" · <code>%1</code>").arg(esc(flag));
    return html + QStringLiteral("</p>");
}

QString partyHtml(const PartyFinding &f, const QList<const LinkFinding *> &links, const CaseData &data)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(f.name));
    if (f.matches.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(RulesPanel::tr("No Entity List match for this name or its aliases.")));
    for (const auto &m : f.matches) {
        html += QStringLiteral("<p>%1 <b>%2</b> (%3, %4 %5) — %6 %7<br><small>%8 · %9</small></p>")
                    .arg(swatch(m.counted ? picture::chainstyle::licenceRequiredColour() : picture::chainstyle::warningColour(), m.counted ? RulesPanel::tr("match") : RulesPanel::tr("possible match")),
                         esc(m.listedName), esc(m.list), esc(RulesPanel::tr("listed")), esc(m.listed.toString(Qt::ISODate)),
                         esc(RulesPanel::tr("score")), esc(QString::number(m.score, 'f', 2)), citationHtml(m.citation), esc(m.quality));
        html += QStringLiteral("<p><small>%1 %2</small></p>").arg(esc(RulesPanel::tr("Why:")), esc(m.reasons.join(QLatin1String("; "))));
        if (!m.decision.isEmpty())
            html += QStringLiteral("<p>%1 <b>%2</b>: %3</p>")
                        .arg(esc(RulesPanel::tr("Your decision:")), esc(m.decision == QLatin1String("match") ? RulesPanel::tr("match") : RulesPanel::tr("not a match")),
                             esc(m.decisionReason));
        html += QStringLiteral("<p><a href='decide:match:%1:%2'>%3</a> · <a href='decide:not_a_match:%1:%2'>%4</a></p>")
                    .arg(esc(f.partyKey), esc(m.entryId), esc(RulesPanel::tr("Record: this is the listed party")),
                         esc(RulesPanel::tr("Record: not the listed party")));
    }
    for (const LinkFinding *link : links)
        html += linkHtml(*link, data);
    return html;
}

QString chainsHtml(const CaseFindings &findings, const CaseData &data, int limit)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(RulesPanel::tr("Chains: worst verdict along the hardware's path")));
    if (findings.chains.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(RulesPanel::tr("No chain of sales, shipments or leases yet.")));
    int shown = 0;
    for (const auto &c : findings.chains) {
        if (shown++ == limit) {
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(esc(RulesPanel::tr("… and %n more chain(s). Select a party or a link to see its own.", nullptr,
                                                int(findings.chains.size()) - limit)));
            break;
        }
        QStringList names;
        for (const auto &key : c.partyKeys)
            names << partyName(data, key);
        LinkFinding worst;
        worst.verdict = c.worst;
        html += QStringLiteral("<p>%1<br>%2 %3 · %4 %5 (%6)</p>")
                    .arg(esc(names.join(QStringLiteral(" → "))), esc(RulesPanel::tr("worst:")), swatch(verdictColour(worst), verdictText(c.worst)),
                         esc(RulesPanel::tr("end user:")), esc(partyName(data, c.endUserKey)), esc(DisplayText::country(c.endUserHq)));
    }
    return html;
}

QString changesHtml(const QList<FindingChange> &changes)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(RulesPanel::tr("What the counterfactual changes")));
    if (changes.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(RulesPanel::tr("Nothing changes.")));
    html += QStringLiteral("<table cellspacing='4'><tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th><th align='left'>%4</th></tr>")
                .arg(esc(RulesPanel::tr("link")), esc(RulesPanel::tr("what")), esc(RulesPanel::tr("rules in force")), esc(RulesPanel::tr("counterfactual")));
    for (const auto &c : changes)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td><b>%4</b></td></tr>")
                    .arg(esc(c.linkKey), esc(c.field), esc(c.before), esc(c.after));
    return html + QStringLiteral("</table>");
}

QString legendHtml()
{
    LinkFinding sample;
    QString html;
    sample.verdict = Verdict::LicenseRequired;
    html += swatch(verdictColour(sample), verdictText(Verdict::LicenseRequired)) + QStringLiteral(" ");
    sample.verdict = Verdict::LicenseRequiredIfConfirmed;
    html += swatch(verdictColour(sample), verdictText(Verdict::LicenseRequiredIfConfirmed)) + QStringLiteral(" ");
    sample.verdict = Verdict::NotAnExport;
    sample.flags = {QStringLiteral("cloud_access_loophole")};
    html += swatch(verdictColour(sample), RulesPanel::tr("not an export, red flag")) + QStringLiteral(" ");
    sample.flags.clear();
    sample.verdict = Verdict::NoLicenseRequired;
    html += swatch(verdictColour(sample), verdictText(Verdict::NoLicenseRequired)) + QStringLiteral(" ");
    sample.verdict = Verdict::NotAnExport;
    html += swatch(verdictColour(sample), verdictText(Verdict::NotAnExport)) + QStringLiteral(" ");
    sample.verdict = Verdict::NotYetHappened;
    html += swatch(verdictColour(sample), verdictText(Verdict::NotYetHappened));
    return QStringLiteral("<p>") + html + QStringLiteral("</p>");
}

} // namespace chiptrail::gui::findingshtml
