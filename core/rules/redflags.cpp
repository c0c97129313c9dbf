// SPDX-License-Identifier: GPL-3.0-or-later
// Ties to listed parties and the red-flag indicators: annotations, never findings of a violation.
#include "linkcheck_p.h"

#include "ruledatatext.h"
#include "rulestr.h"
#include "sentencewords.h"

namespace chiptrail {

void applyTies(LinkFacts &f, LinkFinding &out, const CheckContext &ctx)
{
    const EntityListRule &rule = ctx.book.entityList;
    const RedFlagIndicator *indicator = ctx.book.redFlags.indicatorFor(QStringLiteral("ties_to_listed_party"));
    for (const Party *p : {f.from, f.to}) {
        if (!p || !ctx.listedOn(*p, f.date).isEmpty())
            continue; // a listed party is reported as listed, not as tied
        for (const Link *tie : ctx.index.ties(p->id)) {
            if (!rule.tieLinkKinds.contains(toWord(tie->kind)))
                continue;
            const Party *other = ctx.index.party(tie->from == p->id ? tie->to : tie->from);
            if (!other)
                continue;
            const QList<ScreeningMatch> listed = ctx.listedOn(*other, f.date);
            if (listed.isEmpty())
                continue;
            out.flag(QStringLiteral("ties_to_listed_party"));
            const ScreeningMatch &m = listed.first();
            Step s = makeStep(Rules::tr("%1 has %2 ties (%3) to %4, on the Entity List since %5 as \"%6\". "
                                        "Ties are a red flag, not a listing: listing covers the named entity only.")
                                  .arg(p->name, sentenceWord(tie->confidence), sentenceWord(tie->kind), other->name,
                                       m.listed.toString(Qt::ISODate), m.listedName),
                              rule.rule.id, Cite{m.citation, m.quality});
            if (indicator)
                s.citation += QStringLiteral("; %1: %2").arg(indicator->id, indicator->source);
            out.steps << s;
            // The buyer's owners are weighed share by share in affiliates.cpp.
            const bool weighed = p == f.to && tie->kind == LinkKind::Ownership && tie->to == p->id;
            if (ctx.book.affiliates && !weighed) {
                const AffiliatesRule &a = *ctx.book.affiliates;
                const QString when = a.rule.inForce(f.date) ? Rules::tr("in force on this date")
                                                            : Rules::tr("not in force on this date");
                const bool share = tie->kind == LinkKind::Ownership && tie->ownershipShare;
                out.steps << makeStep(share ? Rules::tr("%1 (%2) reaches only parties owned %3 % or more by listed parties; "
                                                        "this tie records a share of %4 %.")
                                                  .arg(ruleDataText(a.rule.title), when, formatNumber(a.ownedPctGte),
                                                       formatNumber(*tie->ownershipShare))
                                            : Rules::tr("%1 (%2) reaches only parties owned %3 % or more by listed parties; "
                                                        "the case records no ownership share for this tie.")
                                                  .arg(ruleDataText(a.rule.title), when, formatNumber(a.ownedPctGte)),
                                      a.rule);
            }
        }
    }
}

void applyRedFlags(LinkFacts &f, LinkFinding &out, const CheckContext &ctx)
{
    const RedFlagData &rf = ctx.book.redFlags;
    const auto indicatorStep = [&](const QString &flag, const QString &text, const QStringList &extra = {}) {
        out.flag(flag);
        const RedFlagIndicator *i = rf.indicatorFor(flag);
        Step s{text, i ? i->id : QString(), i ? i->source : QString(), i ? QStringList{i->quality} : QStringList{}, false};
        s.quality += extra;
        s.quality.removeDuplicates();
        out.steps << s;
    };
    const bool sale = f.link.kind == LinkKind::Sale || f.link.kind == LinkKind::Shipment;
    if (sale && f.exportLike()) {
        bool onward = false;
        for (const Link *next : ctx.index.linksFrom(f.link.to))
            onward = onward || next->kind == LinkKind::Sale || next->kind == LinkKind::Shipment;
        for (const QString &c : {f.origin, f.destination}) {
            if (!rf.hubs.contains(c) || (c == f.destination && !onward))
                continue;
            indicatorStep(QStringLiteral("transshipment_hub"),
                          Rules::tr("Routed through %1, a hub regulators flagged for transshipment (%2).")
                              .arg(c, rf.hubs.value(c).citation), {rf.hubs.value(c).quality});
        }
    }
    if (sale && f.to && f.chips > 0) {
        const double limit = rf.chipsByRole.value(toWord(f.to->role), 0);
        if (limit > 0 && static_cast<double>(f.chips) > limit)
            indicatorStep(QStringLiteral("quantity_out_of_scale"),
                          Rules::tr("%1 chips for a buyer whose role is %2: more than %3, out of scale (%4).")
                              .arg(formatNumber(static_cast<double>(f.chips)), sentenceWord(f.to->role), formatNumber(limit),
                                   rf.quantityScale.citation), {rf.quantityScale.quality});
    }
    if (sale && f.to && ctx.book.remoteAccess) {
        for (const Link *next : ctx.index.linksFrom(f.link.to)) {
            if (next->kind != LinkKind::Contract && next->kind != LinkKind::Lease)
                continue;
            const Party *tenant = ctx.index.party(next->to);
            const QString hq = tenant ? ctx.index.homeCountry(*tenant) : QString();
            const QString hit = ctx.book.countryGroups.firstMatch(ctx.book.remoteAccess->tenantHqIn, hq, f.date);
            if (hit.isEmpty() || out.flags.contains(QStringLiteral("prearranged_tenant")))
                continue;
            // "Lined up before the purchase" (reference section 7, indicator 15) needs a tenant
            // agreement dated before or at the sale, and already made on the date the rules are read.
            const QDate sale = f.link.dateFrom.isNull() ? f.date : f.link.dateFrom.latest();
            const QDate agreed = next->dateFrom.isNull() ? QDate() : next->dateFrom.earliest();
            if (!agreed.isValid() || agreed > sale || agreed > f.date) {
                out.steps << Step{(agreed.isValid()
                                       ? Rules::tr("%1's %2 with %3 is dated %4, after the sale (%5) or the as-of date (%6): "
                                                   "not a tenant lined up before the purchase.")
                                             .arg(f.to->name, sentenceWord(next->kind), tenant->name,
                                                  agreed.toString(Qt::ISODate), sale.toString(Qt::ISODate),
                                                  f.date.toString(Qt::ISODate))
                                       : Rules::tr("%1's %2 with %3 has no date: it cannot be said that it was lined up "
                                                   "before the purchase.")
                                             .arg(f.to->name, sentenceWord(next->kind), tenant->name)),
                                  {}, {}, {QStringLiteral("U")}, false};
                continue;
            }
            indicatorStep(QStringLiteral("prearranged_tenant"),
                          Rules::tr("%1 has a %2 with %3 (headquartered in %4, %5) for compute on hardware it buys here.")
                              .arg(f.to->name, sentenceWord(next->kind), tenant->name, hq, hit));
        }
    }
    if (!ctx.index.hasNote(SubjectKind::Link, f.link.id.value, QString())) {
        out.flag(QStringLiteral("unsourced"));
        out.steps << Step{Rules::tr("No source note backs this link: the verdict rests on an unsourced claim."),
                          {}, {}, {QStringLiteral("U")}, false};
    }
    if (f.link.confidence != Confidence::Confirmed && f.link.confidence != Confidence::Reported)
        out.steps << Step{Rules::tr("The link itself is only %1 in the case.").arg(sentenceWord(f.link.confidence)),
                          {}, {}, {QStringLiteral("U")}, false};
}

} // namespace chiptrail
