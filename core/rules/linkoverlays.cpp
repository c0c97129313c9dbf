// SPDX-License-Identifier: GPL-3.0-or-later
// Dated special rules (is-informed, the 2026 review band, BIS guidance of May 2025, Malaysia's
// permit), remote access, and the counterfactual rule sets.
#include "linkcheck_p.h"

#include "ruledatatext.h"
#include "rulestr.h"

namespace chiptrail {
namespace {

bool nameMentions(const Product *p, const QString &model)
{
    return p && (p->name.contains(model, Qt::CaseInsensitive) || p->key.compare(model, Qt::CaseInsensitive) == 0);
}

bool chipMentions(const LinkFacts &f, const QString &model)
{
    return nameMentions(f.chip, model) || (f.reference && f.reference->model.contains(model, Qt::CaseInsensitive));
}

// The end user (or its ultimate parent) headquartered in `places` on `date`, or null.
const Party *headquarteredIn(const Party *party, const Places &places, QDate date, const CheckContext &ctx, QString *match)
{
    if (!party)
        return nullptr;
    QList<const Party *> candidates{party};
    for (const CaseIndex::Parent &p : ctx.index.ultimateParents(*party, ctx.parentControlOn(date)))
        candidates << p.party;
    for (const Party *p : std::as_const(candidates)) {
        const QString hit = ctx.book.countryGroups.firstMatch(places, ctx.index.homeCountry(*p), date);
        if (!hit.isEmpty()) {
            *match = hit;
            return p;
        }
    }
    return nullptr;
}

void isInformed(LinkFacts &f, LinkFinding &out, const CheckContext &ctx)
{
    if (!ctx.book.isInformed || !f.hasChip() || f.item.controlled())
        return;
    const IsInformedRule &r = *ctx.book.isInformed;
    if (!r.rule.inForce(f.date) || !(f.exportLike() || out.movement == QLatin1String("unknown")))
        return;
    const ChipSpec &c = f.spec;
    QString why;
    for (const QString &m : r.models)
        if (chipMentions(f, m))
            why = Rules::tr("the chip is the %1").arg(m);
    if (why.isEmpty() && c.memoryBandwidthGBps && *c.memoryBandwidthGBps >= r.memoryBwGte)
        why = Rules::tr("memory bandwidth %1 GB/s ≥ %2 GB/s (H20 level)")
                  .arg(formatNumber(*c.memoryBandwidthGBps), formatNumber(r.memoryBwGte));
    if (why.isEmpty() && c.interconnectGBps && *c.interconnectGBps >= r.interconnectGte)
        why = Rules::tr("interconnect %1 GB/s ≥ %2 GB/s (H20 level)")
                  .arg(formatNumber(*c.interconnectGBps), formatNumber(r.interconnectGte));
    if (why.isEmpty())
        return;
    QString where = ctx.book.countryGroups.firstMatch(r.destinations, f.destination, f.date);
    QString hq;
    const Party *hqParty = where.isEmpty() ? headquarteredIn(f.to, r.hqIn, f.date, ctx, &hq) : nullptr;
    if (where.isEmpty() && !hqParty)
        return;
    out.verdict = Verdict::LicenseRequired;
    out.flag(QStringLiteral("is_informed"));
    out.steps << makeStep(Rules::tr("Is-informed licence requirement: %1, and %2.")
                              .arg(why, hqParty ? Rules::tr("%1 is headquartered in %2").arg(hqParty->name, hq)
                                                : Rules::tr("the destination is %1").arg(where)),
                          r.rule);
    if (r.laterPolicyFrom.isValid() && f.date >= r.laterPolicyFrom) {
        f.policies << r.laterPolicy;
        out.steps << makeStep(Rules::tr("Licence review: %1 (%2).").arg(r.laterPolicy, r.laterPolicyCite.citation),
                              r.rule.id, r.laterPolicyCite);
    } else {
        f.policies << QStringLiteral("presumption_of_denial");
    }
}

void reviewBand(LinkFacts &f, LinkFinding &out, const CheckContext &ctx)
{
    if (!ctx.book.reviewBand || out.verdict != Verdict::LicenseRequired || !f.hasChip() || !f.item.controlled())
        return;
    const ReviewBandRule &r = *ctx.book.reviewBand;
    if (!r.rule.inForce(f.date) || !r.destinations.contains(f.destination))
        return;
    const ChipSpec &c = f.spec;
    if (!c.tpp || !c.memoryBandwidthGBps)
        return;
    const bool inBand = *c.tpp < r.tppLt && *c.memoryBandwidthGBps < r.dramLt;
    const QString arithmetic = Rules::tr("TPP %1 < %2 (%3) and DRAM bandwidth %4 < %5 GB/s (%6)")
                                   .arg(formatNumber(*c.tpp), formatNumber(r.tppLt),
                                        *c.tpp < r.tppLt ? Rules::tr("yes") : Rules::tr("no"),
                                        formatNumber(*c.memoryBandwidthGBps), formatNumber(r.dramLt),
                                        *c.memoryBandwidthGBps < r.dramLt ? Rules::tr("yes") : Rules::tr("no"));
    if (!inBand) {
        out.steps << makeStep(Rules::tr("Outside the case-by-case review band: %1.").arg(arithmetic), r.rule);
        return;
    }
    QString hq;
    const Party *hqParty = headquarteredIn(f.to, r.denialKeptForHq, f.date, ctx, &hq);
    if (hqParty && !ctx.book.countryGroups.firstMatch(r.denialKeptForHq, f.destination, f.date).isEmpty())
        hqParty = nullptr; // the denial kept applies to D:5/Macau-HQ entities outside D:5/Macau
    if (hqParty) {
        out.steps << makeStep(Rules::tr("In the review band (%1), but %2 is headquartered in %3 outside it: "
                                        "presumption of denial kept.").arg(arithmetic, hqParty->name, hq), r.rule);
        return;
    }
    f.policies.removeAll(QStringLiteral("presumption_of_denial"));
    f.policies << r.policy;
    // One policy in the steps: the destination rule's review step says it is replaced here.
    if (f.reviewStep >= 0 && f.reviewStep < out.steps.size())
        out.steps[f.reviewStep].text = Rules::tr("Licence review under this rule: presumption_of_denial, replaced by "
                                                 "the case-by-case review band of %1 (below).")
                                           .arg(r.rule.from.toString(Qt::ISODate));
    out.steps << makeStep(Rules::tr("Review band for China/Macau: %1 → %2, if the conditions are met (%3).")
                              .arg(arithmetic, r.policy, ruleDataText(r.conditions)), r.rule);
}

void guidance(LinkFacts &f, LinkFinding &out, const CheckContext &ctx)
{
    if (!ctx.book.guidance || !ctx.book.guidance->rule.inForce(f.date))
        return;
    const GuidanceRule &g = *ctx.book.guidance;
    for (const QString &ic : g.prcIcs) {
        if (chipMentions(f, ic)) {
            out.flag(QStringLiteral("prc_advanced_ic"));
            out.steps << makeStep(Rules::tr("%1 is a PRC advanced-computing IC named in the BIS guidance: using, "
                                            "selling, transferring, financing or servicing it risks General Prohibition 10.")
                                      .arg(f.chipName()), g.rule);
        }
    }
}

void localPermits(LinkFacts &f, LinkFinding &out, const CheckContext &ctx)
{
    if (!f.item.controlled())
        return;
    for (const LocalPermitRule &r : ctx.book.localPermits) {
        if (!r.rule.inForce(f.date) || !f.exportLike())
            continue;
        if (f.origin != r.jurisdiction && f.destination != r.jurisdiction)
            continue;
        out.flag(r.flag);
        out.steps << makeStep(Rules::tr("%1 (a local rule, not a US verdict): the hardware is exported from, "
                                        "or transshipped or in transit through, %2.")
                                  .arg(ruleDataText(r.rule.title), r.jurisdiction), r.rule);
    }
}

} // namespace

void applySpecialRules(LinkFacts &f, LinkFinding &out, const CheckContext &ctx)
{
    isInformed(f, out, ctx);
    reviewBand(f, out, ctx);
    guidance(f, out, ctx);
    localPermits(f, out, ctx);
}

void applyRemoteAccess(LinkFacts &f, LinkFinding &out, const CheckContext &ctx)
{
    if (out.movement != QLatin1String("remote_access") || !ctx.book.remoteAccess)
        return;
    const RemoteAccessRule &r = *ctx.book.remoteAccess;
    QString hq;
    const Party *tenantHq = headquarteredIn(f.to, r.tenantHqIn, f.date, ctx, &hq);
    if (!tenantHq || !f.item.controlled())
        return;
    out.flag(QStringLiteral("cloud_access_loophole"));
    QStringList quality;
    if (!ctx.index.hasNote(SubjectKind::Party, tenantHq->id.value, QStringLiteral("headquarters_country")))
        quality << QStringLiteral("U");
    out.steps << makeStep(Rules::tr("Cloud access loophole: %1 (headquartered in %2, %3) uses %4 chips (%5) that stay "
                                    "in %6. The headquarters rule covers exports and transfers to such parties, not "
                                    "renting them compute.")
                              .arg(f.to->name, ctx.index.homeCountry(*tenantHq), hq,
                                   f.chips > 0 ? formatNumber(static_cast<double>(f.chips)) : Rules::tr("an unknown number of"),
                                   f.chipItem.eccn, f.site ? f.site->country : Rules::tr("the provider's site")),
                          r.rule, quality);
    if (ctx.book.guidance && ctx.book.guidance->rule.inForce(f.date)) {
        out.steps << makeStep(Rules::tr("BIS policy statement (May 2025): a licence may be required where there is "
                                        "knowledge that 3A090.a/4A090.a items, including through IaaS providers, train AI "
                                        "models for D:5/Macau-headquartered parties with WMD or military-intelligence end "
                                        "uses. The case records no such knowledge."),
                              ctx.book.guidance->rule);
    }
    if (ctx.book.iaasKyc) {
        const IaasKycRule &k = *ctx.book.iaasKyc;
        Step s = makeStep(Rules::tr("Proposed IaaS KYC rule (%1): would require US IaaS providers and their foreign "
                                    "resellers to identify foreign customers; not in force.").arg(ruleDataText(k.rule.status)), k.rule);
        out.steps << s;
    }
}

void applyCounterfactuals(LinkFacts &f, LinkFinding &out, const CheckContext &ctx)
{
    if (ctx.counterfactual(QStringLiteral("ai_diffusion")) && ctx.book.aiDiffusion && f.exportLike()
        && f.item.level == 'a' && f.date >= ctx.book.aiDiffusion->rule.from) {
        const AiDiffusionRule &r = *ctx.book.aiDiffusion;
        const QString &dest = f.destination;
        Step s;
        if (r.tier1.contains(dest)) {
            s = makeStep(Rules::tr("AI Diffusion Rule as if enforced: %1 is Tier 1, License Exception AIA.").arg(dest),
                         r.rule, {r.tier1Quality});
        } else if (const QString t3 = ctx.book.countryGroups.firstMatch(r.tier3, dest, f.date); !t3.isEmpty()) {
            out.verdict = Verdict::LicenseRequired;
            f.policies << QStringLiteral("presumption_of_denial");
            s = makeStep(Rules::tr("AI Diffusion Rule as if enforced: %1 is Tier 3 (%2): licence required.").arg(dest, t3), r.rule);
        } else {
            const double tpp = f.spec.tpp.value_or(0);
            const double equivalents = static_cast<double>(f.chips) * tpp / r.h100Tpp;
            const QString arithmetic = Rules::tr("%1 chips × TPP %2 ÷ %3 (H100) = %4 H100-equivalents")
                                           .arg(formatNumber(static_cast<double>(f.chips)), formatNumber(tpp),
                                                formatNumber(r.h100Tpp), formatNumber(std::round(equivalents)));
            if (f.chips <= 0 || tpp <= 0) {
                out.verdict = Verdict::LicenseRequired;
                s = makeStep(Rules::tr("AI Diffusion Rule as if enforced: %1 is Tier 2 and the quantity is unknown, "
                                       "so the low-processing-performance allowance cannot be shown: licence required.").arg(dest),
                             r.rule);
            } else if (equivalents > r.lppH100) {
                out.verdict = Verdict::LicenseRequired;
                s = makeStep(Rules::tr("AI Diffusion Rule as if enforced: %1 is Tier 2; %2 > %3 (low-processing-performance "
                                       "allowance per customer and year): licence required, counted against the country cap "
                                       "of %4 TPP.").arg(dest, arithmetic, formatNumber(r.lppH100), formatNumber(r.countryCapTpp)),
                             r.rule, {QStringLiteral("C")});
            } else {
                s = makeStep(Rules::tr("AI Diffusion Rule as if enforced: %1 is Tier 2; %2 ≤ %3: within the "
                                       "low-processing-performance allowance (notification only).")
                                 .arg(dest, arithmetic, formatNumber(r.lppH100)),
                             r.rule, {QStringLiteral("C")});
            }
        }
        s.counterfactual = true;
        s.text += QLatin1Char(' ') + ruleDataText(r.rule.status);
        out.steps << s;
    }
    if (ctx.counterfactual(QStringLiteral("iaas_kyc")) && ctx.book.iaasKyc && out.movement == QLatin1String("remote_access")
        && f.from && f.to && f.date >= ctx.book.iaasKyc->rule.from) {
        const IaasKycRule &k = *ctx.book.iaasKyc;
        const QString provider = ctx.index.homeCountry(*f.from);
        const QString tenant = ctx.index.homeCountry(*f.to);
        Step s;
        if (k.providerCountries.contains(provider) && !k.providerCountries.contains(tenant)) {
            out.flag(QStringLiteral("iaas_kyc"));
            s = makeStep(Rules::tr("Proposed IaaS KYC rule as if in force: %1 (%2) would have to verify the identity of its "
                                   "foreign customer %3 and report large AI training runs.")
                             .arg(f.from->name, provider, f.to->name), k.rule);
        } else {
            s = makeStep(Rules::tr("Proposed IaaS KYC rule as if in force: would not reach this lease, because %1 (%2) is "
                                   "not a US IaaS provider and the case records no US reseller arrangement.")
                             .arg(f.from->name, countryText(provider)), k.rule);
        }
        s.counterfactual = true;
        out.steps << s;
    }
}

} // namespace chiptrail
