// SPDX-License-Identifier: GPL-3.0-or-later
// One link on one date: what moves where, what the item is, and the destination, end-user and
// Entity List rules. Special rules, counterfactuals and red flags add to the same finding.
#include "linkcheck_p.h"

#include "ruledatatext.h"
#include "rulestr.h"
#include "sentencewords.h"

namespace chiptrail {

Step makeStep(const QString &text, const RuleRef &rule, const QStringList &extraQuality)
{
    Step s{text, rule.id, rule.citation, QStringList{rule.quality} + extraQuality, false};
    s.quality.removeDuplicates();
    return s;
}

Step makeStep(const QString &text, const QString &ruleId, const Cite &cite)
{
    return Step{text, ruleId, cite.citation, cite.quality.isEmpty() ? QStringList{} : QStringList{cite.quality}, false};
}

QString LinkFacts::chipName() const
{
    return chip ? chip->name : reference ? reference->model : QString();
}

bool sameCompanyName(const QString &a, const QString &b, const NameFoldingData &folding)
{
    const auto fold = [&](const QString &name) {
        QString s;
        for (QChar c : name.normalized(QString::NormalizationForm_KD).toCaseFolded()) {
            if (c.category() == QChar::Mark_NonSpacing)
                continue; // the accent of a decomposed letter
            s += c.isLetterOrNumber() ? c : QChar(u' ');
        }
        QStringList words = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (bool again = true; again && words.size() > 1;) {
            again = false;
            for (const auto &[form, index] : folding.legalFormsEnd) {
                if (form.size() < words.size() && words.mid(words.size() - form.size()) == form) {
                    words.resize(words.size() - form.size());
                    again = true;
                    break;
                }
            }
        }
        return words.join(QString());
    };
    const QString fa = fold(a), fb = fold(b);
    return !fa.isEmpty() && fa == fb;
}

void resolveChip(LinkFacts &f, LinkFinding &out, const CheckContext &ctx)
{
    if (f.chip && f.chip->chip.tpp) {
        f.spec = f.chip->chip;
        return;
    }
    // Products named by model ("H100") without figures: the shipped chip data has them.
    for (const Product *p : {f.chip, f.product}) {
        if (!p)
            continue;
        for (const QString &name : {p->name, p->key}) {
            if (const ReferenceChip *r = name.isEmpty() ? nullptr : ctx.book.referenceChip(name)) {
                f.reference = r;
                break;
            }
        }
        if (f.reference)
            break;
    }
    if (!f.reference) {
        if (f.chip)
            f.spec = f.chip->chip;
        return;
    }
    // The lower end of a range: the reference gives ranges where sources disagree (GB200), and
    // the lower figure is the one that can take a chip out of a control, so a control found on
    // it holds for the whole range.
    const ChipFigures low = ChipFigures::fromReference(*f.reference, true);
    f.spec.tpp = low.tpp;
    f.spec.dieAreaMm2 = low.dieArea;
    f.spec.performanceDensity = low.pd;
    f.spec.interconnectGBps = low.interconnect;
    f.spec.memoryBandwidthGBps = low.memoryBw;
    f.spec.datacenter = low.datacenter;
    QStringList quality{f.reference->quality};
    out.flag(QStringLiteral("reference_chip_figures"));
    out.steps << Step{Rules::tr("The case gives no figures for %1: the shipped reference figures of the %2 are used "
                                "(chips.json; %3; lower end of any range).")
                          .arg(f.chip ? f.chip->name : f.product->name, f.reference->model, f.reference->source),
                      {}, f.reference->source, quality, false};
}

QString countryText(const QString &iso) { return iso.isEmpty() ? Rules::tr("unknown") : iso; }
QString partyText(const Party *party) { return party ? party->name : Rules::tr("(unknown party)"); }

bool LinkFacts::exportLike() const
{
    return !origin.isEmpty() && !destination.isEmpty() && origin != destination;
}

QList<ScreeningMatch> CheckContext::listedOn(const Party &party, QDate date) const
{
    QList<ScreeningMatch> out;
    for (const ScreeningMatch &m : matches.value(party.id.value))
        if (m.counted && m.entityList && m.listed.isValid() && m.listed <= date && (!m.ended.isValid() || m.ended >= date))
            out << m;
    return out;
}

std::optional<double> CheckContext::parentControlOn(QDate date) const
{
    const DestinationRule *rule = book.destinationRuleAt(date);
    return rule ? rule->parentControlPct : std::nullopt;
}

namespace {

// The seller is the manufacturer named as the product's vendor (by name or alias).
bool sellsOwnProduct(const LinkFacts &f, const NameFoldingData &folding)
{
    if (!f.from || !f.product || f.from->role != PartyRole::Manufacturer || f.product->vendor.isEmpty())
        return false;
    const auto same = [&](const QString &name) { return sameCompanyName(name, f.product->vendor, folding); };
    return same(f.from->name) || std::any_of(f.from->aliases.begin(), f.from->aliases.end(), same);
}

QString movementOf(LinkFacts &f, LinkFinding &out, const CheckContext &ctx)
{
    const Link &l = f.link;
    if (l.kind == LinkKind::Lease) {
        out.steps << makeStep(Rules::tr("Lease or remote access: the hardware stays where it is, so the link "
                                        "is not an export of it (15 CFR 734.13)."),
                              ctx.book.remoteAccess ? ctx.book.remoteAccess->rule : RuleRef{});
        return QStringLiteral("remote_access");
    }
    if (!movesHardware(l.kind)) {
        out.steps << Step{Rules::tr("Link kind \"%1\" moves no hardware: not an export; checked for the ties it reveals.")
                              .arg(sentenceWord(l.kind)), {}, {}, {}, false};
        return QStringLiteral("tie");
    }
    f.origin = l.shipFromCountry;
    if (f.origin.isEmpty() && f.from) {
        f.origin = ctx.index.homeCountry(*f.from);
        f.originAssumed = true;
        // A maker selling its own chips is where they come from: whichever warehouse ships them,
        // the sale is its export, and no red flag of the reference (section 7) is about it. Only
        // a reseller's missing ship-from hides a route worth a flag.
        if (sellsOwnProduct(f, ctx.book.folding) && !f.origin.isEmpty()) {
            f.originAssumed = false; // the maker's home is where its own product comes from
            out.steps << Step{Rules::tr("Ship-from country not recorded; %1 makes %2, so the sale leaves from the "
                                        "maker's home country (%3).")
                                  .arg(f.from->name, f.product->name, f.origin), {}, {}, {}, false};
        } else {
            out.flag(QStringLiteral("unknown_origin"));
            out.steps << Step{Rules::tr("Ship-from country not recorded; assumed to be the seller's home country (%1).")
                                  .arg(countryText(f.origin)), {}, {}, {QStringLiteral("U")}, false};
        }
    }
    QString via;
    f.destination = l.shipToCountry;
    via = Rules::tr("ship-to country");
    if (f.destination.isEmpty() && f.site) {
        f.destination = f.site->country;
        via = Rules::tr("country of the site \"%1\"").arg(f.site->name);
    }
    if (f.destination.isEmpty() && f.to) {
        f.destination = ctx.index.homeCountry(*f.to);
        via = Rules::tr("buyer's home country (no ship-to or site recorded)");
    }
    out.destination = f.destination;
    if (f.destination.isEmpty()) {
        out.flag(QStringLiteral("unknown_destination"));
        out.steps << Step{Rules::tr("Where the hardware went is unknown: no destination rule can be applied; "
                                    "end-user rules are still checked."), {}, {}, {QStringLiteral("U")}, false};
        return QStringLiteral("unknown");
    }
    // The destination rules need a licence for an export, a reexport and a transfer alike: an
    // unknown or only assumed origin is said, and the destination is still checked. An origin
    // assumed from the seller's home never makes the link "inside one country".
    if (f.origin.isEmpty() || (f.originAssumed && f.origin == f.destination)) {
        out.flag(QStringLiteral("unknown_origin"));
        out.steps << Step{Rules::tr("Where the hardware came from is unknown (%1 → %2, %3): the destination rules apply to "
                                    "an export, a reexport and an in-country transfer alike, so they are checked; the "
                                    "unknown origin does not relax the verdict.")
                              .arg(countryText(f.origin), f.destination, via), {}, {}, {QStringLiteral("U")}, false};
        f.origin.clear();
        return QStringLiteral("unknown");
    }
    if (f.origin == f.destination) {
        out.steps << Step{Rules::tr("%1 → %2 (%3): a transfer inside one country is not an export.")
                              .arg(f.origin, f.destination, via), {}, {}, {}, false};
        return QStringLiteral("in_country");
    }
    const bool fromUs = f.origin == QLatin1String("US");
    out.steps << Step{(fromUs ? Rules::tr("%1 → %2 (%3): crosses a border from the US, an export.")
                              : Rules::tr("%1 → %2 (%3): crosses a border outside the US, a reexport of a "
                                          "US item (assumed subject to the EAR)."))
                          .arg(f.origin, f.destination, via), {}, {}, {}, false};
    return fromUs ? QStringLiteral("export") : QStringLiteral("reexport");
}

void classify(LinkFacts &f, LinkFinding &out, const CheckContext &ctx)
{
    const ItemRule *rule = ctx.book.itemRuleAt(f.date);
    if (!f.hasChip()) {
        f.item.eccn = QStringLiteral("unknown");
        out.item = f.item.eccn;
        out.flag(QStringLiteral("unknown_item"));
        out.steps << Step{Rules::tr("No product (or no chip inside it) recorded: the item cannot be classified."),
                          {}, {}, {QStringLiteral("U")}, false};
        return;
    }
    f.chipItem = classifyChip(ChipFigures::fromSpec(f.spec), rule);
    f.item = f.product->kind == ProductKind::System && f.chip
                 ? classifySystem(f.chipItem, f.chip->name, f.product->chipsPerUnit, rule, f.date)
                 : f.chipItem;
    out.item = f.item.eccn;
    const RuleRef ref = rule ? rule->rule : RuleRef{};
    QString text = Rules::tr("%1 is %2 under %3: %4")
                       .arg(f.product->name, f.item.eccn, rule ? ruleDataText(rule->rule.title) : Rules::tr("no item rule"),
                            f.item.arithmetic.join(QStringLiteral("; ")));
    Step s = makeStep(text, ref, {QStringLiteral("C")});
    if (f.chip && !f.reference && f.chip->confidence != Confidence::Confirmed)
        s.text += Rules::tr(" (chip figures are %1 in the case)").arg(sentenceWord(f.chip->confidence));
    out.steps << s;
}

void destinationRule(LinkFacts &f, LinkFinding &out, const CheckContext &ctx)
{
    const DestinationRule *rule = ctx.book.destinationRuleAt(f.date);
    if (!rule)
        return;
    const CountryGroupTable &groups = ctx.book.countryGroups;
    const QString &dest = f.destination;
    QString matched;
    QStringList quality;
    if (!rule->countries.isEmpty()) {
        for (const DatedCountry &c : rule->countries) {
            if (c.country == dest && f.date >= c.from) {
                matched = dest;
                quality << c.cite.quality;
            }
        }
    } else {
        matched = groups.firstMatch(rule->places, dest, f.date);
        quality << groups.quality(dest, rule->places.groups);
        if (!groups.verified.contains(dest))
            quality << QStringLiteral("U");
        for (const QString &ex : rule->excludeGroups) {
            if (!matched.isEmpty() && groups.isIn(dest, ex, f.date)) {
                out.steps << makeStep(Rules::tr("%1 is in %2 but also in %3, so the destination rule excludes it.")
                                          .arg(dest, matched, ex), rule->rule, quality);
                matched.clear();
            }
        }
    }
    const QStringList memberOf = groups.groupsOf(dest, f.date);
    const QString groupsText = memberOf.isEmpty() ? Rules::tr("none of the country groups ChipTrail knows")
                                                  : memberOf.join(QStringLiteral(", "));
    const QString scope = rule->countries.isEmpty() ? rule->places.toText() : [&] {
        QStringList cs;
        for (const DatedCountry &c : rule->countries)
            if (f.date >= c.from)
                cs << c.country;
        return cs.join(QStringLiteral(", "));
    }();
    if (matched.isEmpty()) {
        out.steps << makeStep(Rules::tr("Destination %1 (groups on %2: %3) is outside the licence scope %4.")
                                  .arg(dest, f.date.toString(Qt::ISODate), groupsText, scope),
                              rule->rule, quality);
        return;
    }
    // The 2022 rule (a dated country list) knew only 3A090.a; the 2023 rule catches .a and .b.
    const bool itemCaught = f.item.controlled() && (f.item.level == 'a' || rule->countries.isEmpty());
    if (!itemCaught) {
        out.steps << makeStep(Rules::tr("Destination %1 is in the licence scope (%2), but the item (%3) is not caught.")
                                  .arg(dest, matched, f.item.eccn), rule->rule, quality);
        return;
    }
    out.verdict = Verdict::LicenseRequired;
    out.steps << makeStep(Rules::tr("Destination %1 is in the licence scope via %2 (groups: %3): licence required for %4.")
                              .arg(dest, matched, groupsText, f.item.eccn), rule->rule, quality);
    const bool denial = rule->denialFor.isEmpty() || !groups.firstMatch(rule->denialFor, dest, f.date).isEmpty();
    f.policies << (denial ? rule->denialPolicy : rule->otherwisePolicy);
    f.reviewStep = static_cast<int>(out.steps.size());
    out.steps << makeStep(Rules::tr("Licence review under this rule: %1.").arg(denial ? rule->denialPolicy : rule->otherwisePolicy),
                          rule->rule.id, rule->review);
    if (!denial && rule->acaFrom.isValid() && f.date >= rule->acaFrom)
        out.steps << makeStep(Rules::tr("License Exception ACA may be available for D:1/D:4 destinations "
                                        "(a possible authorisation, not proof of compliance)."),
                              rule->rule.id, rule->exceptions);
}

void headquartersRule(LinkFacts &f, LinkFinding &out, const CheckContext &ctx, bool exportLike)
{
    const DestinationRule *rule = ctx.book.destinationRuleAt(f.date);
    if (!rule || rule->hqIn.isEmpty() || !f.to)
        return;
    // "Ultimate parent" needs control: only owners holding the rule data's share (or a share the
    // case does not record, which is not taken as a reason to relax the verdict) are parents.
    QList<CaseIndex::Parent> candidates{{f.to, false}};
    candidates += ctx.index.ultimateParents(*f.to, rule->parentControlPct);
    bool shareUnknown = false;
    for (const CaseIndex::Parent &p : std::as_const(candidates)) {
        const QString home = ctx.index.homeCountry(*p.party);
        const QString hit = ctx.book.countryGroups.firstMatch(rule->hqIn, home, f.date);
        if (hit.isEmpty())
            continue;
        f.hqParty = p.party;
        f.hqMatch = hit;
        shareUnknown = p.shareUnknown;
        break;
    }
    const bool relevant = exportLike && f.item.controlled();
    if (relevant && rule->parentControlPct) {
        for (const Link *l : ctx.index.ownershipsOf(f.to->id)) {
            const Party *owner = ctx.index.party(l->from);
            if (!owner || !l->ownershipShare || *l->ownershipShare >= *rule->parentControlPct)
                continue;
            const QString hit = ctx.book.countryGroups.firstMatch(rule->hqIn, ctx.index.homeCountry(*owner), f.date);
            if (hit.isEmpty())
                continue;
            out.steps << makeStep(Rules::tr("%1 (headquartered in %2, %3) holds %4 % of %5: less than the %6 % that makes "
                                            "an owner a parent, so it is not %5's parent under the headquarters rule (%7).")
                                      .arg(owner->name, ctx.index.homeCountry(*owner), hit,
                                           formatNumber(*l->ownershipShare), f.to->name,
                                           formatNumber(*rule->parentControlPct), rule->parentControl.citation),
                                  rule->rule.id, rule->parentControl);
        }
    }
    if (!f.hqParty)
        return;
    const QString who = f.hqParty == f.to ? Rules::tr("%1 is headquartered in %2 (%3)")
                                                .arg(f.to->name, ctx.index.homeCountry(*f.to), f.hqMatch)
                                          : Rules::tr("%1's ultimate parent %2 is headquartered in %3 (%4)")
                                                .arg(f.to->name, f.hqParty->name,
                                                     ctx.index.homeCountry(*f.hqParty), f.hqMatch);
    if (!exportLike || !f.item.controlled()) {
        return; // told by the remote-access or tie evaluators where it matters
    }
    out.verdict = Verdict::LicenseRequired;
    out.flag(QStringLiteral("headquarters_rule"));
    QStringList quality;
    if (!ctx.index.hasNote(SubjectKind::Party, f.hqParty->id.value, QStringLiteral("headquarters_country")))
        quality << QStringLiteral("U");
    out.steps << makeStep(Rules::tr("%1: licence required for %2 wherever the end user is located (%3).")
                              .arg(who, f.item.eccn, rule->hqBasis.citation),
                          rule->rule, QStringList{rule->hqBasis.quality} + quality);
    if (f.hqParty != f.to && rule->parentControlPct) {
        Step control = makeStep(shareUnknown
                                    ? Rules::tr("The case records no ownership share on the way from %1 to %2: control is "
                                                "assumed and the verdict stays; a share below %3 % would end it (%4).")
                                          .arg(f.hqParty->name, f.to->name, formatNumber(*rule->parentControlPct),
                                               rule->parentControl.citation)
                                    : Rules::tr("%1 controls %2: every owner on the way holds %3 % or more (%4).")
                                          .arg(f.hqParty->name, f.to->name, formatNumber(*rule->parentControlPct),
                                               rule->parentControl.citation),
                                rule->rule.id, rule->parentControl);
        if (shareUnknown)
            control.quality << QStringLiteral("U");
        out.steps << control;
    }
    if (rule->hqConfirmedOn.isValid() && f.date >= rule->hqConfirmedOn)
        out.steps << makeStep(Rules::tr("BIS confirmed that this headquarters rule is still enforced."),
                              rule->rule.id, rule->hqConfirmation);
    f.policies << rule->denialPolicy;
}

// "Consolidated Screening List, downloaded 2026-11-20 (Entity List (EL) - Bureau of Industry and Security)"
QString listText(const ScreeningMatch &m)
{
    return m.listSource.isEmpty() || m.listSource == m.list ? m.list : QStringLiteral("%1 (%2)").arg(m.list, m.listSource);
}

// A hit on a list other than the Entity List (an SDN entry, an OpenSanctions dataset): no EAR
// licence follows from it here, but nobody should trade with the party before looking.
void otherList(const Party &p, const ScreeningMatch &m, const LinkFacts &f, LinkFinding &out)
{
    if (m.listed.isValid() && m.listed > f.date)
        return;
    if (m.ended.isValid() && m.ended < f.date)
        return;
    out.flag(QStringLiteral("other_list"));
    const QString text = m.counted || m.decision == QLatin1String("match")
        ? Rules::tr("%1 matches \"%2\" of %3 (score %4). That list is not the Entity List: the engine draws no "
                    "licence requirement from it; read what the list itself demands.")
        : Rules::tr("%1 resembles \"%2\" of %3 (score %4, a possible match). That list is not the Entity List: the "
                    "engine draws no licence requirement from it; read what the list itself demands.");
    out.steps << makeStep(text.arg(p.name, m.listedName, listText(m), QString::number(m.score, 'f', 2)), QString(),
                          Cite{m.citation, m.quality});
}

void entityList(LinkFacts &f, LinkFinding &out, const CheckContext &ctx, bool exportLike)
{
    const EntityListRule &rule = ctx.book.entityList;
    for (const Party *p : {f.to, f.from}) {
        if (!p)
            continue;
        for (const ScreeningMatch &m : ctx.listedOn(*p, f.date)) {
            out.flag(QStringLiteral("entity_list"));
            const bool buyer = p == f.to;
            QString text = Rules::tr("%1 (screened as \"%2\") matches the Entity List entry \"%3\" of %7 (listed %4, score %5): %6")
                               .arg(p->name, m.queryName, m.listedName, m.listed.toString(Qt::ISODate),
                                    QString::number(m.score, 'f', 2), m.reasons.join(QStringLiteral("; ")), listText(m));
            if (buyer && exportLike) {
                out.verdict = Verdict::LicenseRequired;
                f.policies << rule.policy;
                text += Rules::tr(". Licence required for all items subject to the EAR; review: %1.").arg(rule.policy);
            }
            out.steps << makeStep(text, rule.rule.id, Cite{m.citation, m.quality});
        }
        for (const ScreeningMatch &m : ctx.matches.value(p->id.value)) {
            if (m.decision == QLatin1String("not_a_match"))
                continue;
            if (!m.entityList) {
                otherList(*p, m, f, out);
                continue;
            }
            if (m.counted)
                continue;
            if (!m.listed.isValid() || m.listed > f.date)
                continue; // not on the list yet on the link's date
            out.flag(QStringLiteral("entity_list_possible"));
            const bool buyer = p == f.to;
            QString text = Rules::tr("%1 resembles the Entity List entry \"%2\" of %6 (score %3, under the match threshold %4): "
                                     "confirm or reject the match. %5")
                               .arg(p->name, m.listedName, QString::number(m.score, 'f', 2),
                                    QString::number(rule.matchScore, 'f', 2), m.reasons.join(QStringLiteral("; ")), listText(m));
            if (buyer && exportLike && worse(Verdict::LicenseRequiredIfConfirmed, out.verdict)) {
                out.verdict = Verdict::LicenseRequiredIfConfirmed;
                text += Rules::tr(" Licence required if the match is confirmed (review: %1).").arg(rule.policy);
            }
            out.steps << makeStep(text, rule.rule.id, Cite{m.citation, m.quality});
        }
    }
}

QString worstPolicy(const QStringList &policies)
{
    for (const char *p : {"presumption_of_denial", "case_by_case", "presumption_of_approval"})
        if (policies.contains(QLatin1String(p)))
            return QLatin1String(p);
    return policies.value(0);
}

} // namespace

LinkFinding checkLinkOn(const Link &link, QDate date, const CheckContext &ctx)
{
    LinkFinding out;
    out.link = link.id;
    out.linkKey = link.key;
    out.rulesAsOf = date;
    LinkFacts f{link, date};
    f.from = ctx.index.party(link.from);
    f.to = ctx.index.party(link.to);
    out.fromKey = f.from ? f.from->key : QString();
    out.toKey = f.to ? f.to->key : QString();
    f.product = ctx.index.product(link.product);
    f.chip = ctx.index.chipOf(f.product);
    f.site = ctx.index.site(link.site);
    f.chips = link.quantity.value_or(0) * ctx.index.chipsPerUnit(f.product);
    if (movesHardware(link.kind) || link.kind == LinkKind::Lease)
        resolveChip(f, out, ctx);

    out.movement = movementOf(f, out, ctx);
    const bool hardware = out.movement != QLatin1String("tie");
    if (hardware)
        classify(f, out, ctx);
    const bool exportLike = out.movement == QLatin1String("export") || out.movement == QLatin1String("reexport");
    const bool unknownMove = out.movement == QLatin1String("unknown");
    if (exportLike || unknownMove)
        out.verdict = Verdict::NoLicenseRequired;
    if (exportLike || (unknownMove && !f.destination.isEmpty()))
        destinationRule(f, out, ctx);
    if (hardware)
        headquartersRule(f, out, ctx, exportLike || unknownMove);
    // An in-country transfer abroad to a listed party needs a licence too; inside the US it does not.
    const bool transferAbroad = out.movement == QLatin1String("in_country") && f.origin != QLatin1String("US");
    entityList(f, out, ctx, exportLike || unknownMove || transferAbroad);
    if (transferAbroad && out.verdict == Verdict::LicenseRequired)
        out.steps << Step{Rules::tr("Entity List licence requirements also cover transfers (in-country) abroad."),
                          ctx.book.entityList.rule.id, ctx.book.entityList.rule.citation, {ctx.book.entityList.rule.quality}, false};
    if (hardware)
        applyAffiliatesRule(f, out, ctx, exportLike || unknownMove || transferAbroad);
    if (hardware) {
        applySpecialRules(f, out, ctx);
        applyRemoteAccess(f, out, ctx);
        applyCounterfactuals(f, out, ctx);
    }
    applyTies(f, out, ctx);
    applyRedFlags(f, out, ctx);

    out.reviewPolicy = out.verdict == Verdict::LicenseRequired ? worstPolicy(f.policies) : QString();
    if (f.to) {
        out.endUserKey = f.to->key;
        out.endUserHq = ctx.index.homeCountry(*f.to);
        const auto parents = ctx.index.ultimateParents(*f.to, ctx.parentControlOn(date));
        if (!parents.isEmpty())
            out.endUserParentKey = parents.first().party->key;
    }
    QStringList evidence = ctx.index.noteKeys(SubjectKind::Link, link.id.value);
    for (const Party *p : {f.to, f.hqParty})
        if (p)
            evidence += ctx.index.noteKeys(SubjectKind::Party, p->id.value);
    if (f.product)
        evidence += ctx.index.noteKeys(SubjectKind::Product, f.product->id.value);
    evidence.removeDuplicates();
    out.evidence = evidence;
    return out;
}

} // namespace chiptrail
