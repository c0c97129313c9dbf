// SPDX-License-Identifier: GPL-3.0-or-later
// The Affiliates (50 %) Rule: a party owned 50 % or more, directly or indirectly, individually or
// in the aggregate, by listed parties inherits their restrictions (FR Doc 2025-19001). Shares come
// from the case's ownership links; a share the case does not record is said, never guessed.
#include "linkcheck_p.h"

#include "ruledatatext.h"
#include "rulestr.h"

namespace chiptrail {
namespace {

// How much of one party listed parties hold, and through whom.
struct ListedOwnership
{
    double known = 0;           // percent held by listed (or covered) owners with a recorded share
    bool unknown = false;       // a listed or possibly covered owner's share is not recorded
    QStringList holders;        // "Inspur Group 30 %", "X (share not recorded)"
    bool reached(double threshold) const { return known >= threshold; }
    bool any() const { return !holders.isEmpty(); }
};

class OwnershipWalk
{
public:
    OwnershipWalk(const CheckContext &ctx, QDate date, double threshold)
        : m_ctx(ctx), m_date(date), m_threshold(threshold)
    {
    }

    bool listed(const Party &p) const { return !m_ctx.listedOn(p, m_date).isEmpty(); }

    // Listed owners' hold on `party`: its listed owners, and owners that are themselves covered
    // (indirect ownership counts in full, as the rule's "indirectly" reads).
    ListedOwnership of(const Party &party)
    {
        if (const auto it = m_memo.constFind(party.id.value); it != m_memo.cend())
            return *it;
        m_memo.insert(party.id.value, {}); // a cycle reads as nothing held, not as a loop
        ListedOwnership result;
        for (const Link *l : m_ctx.index.ownershipsOf(party.id)) {
            const Party *owner = m_ctx.index.party(l->from);
            if (!owner || owner->id == party.id)
                continue;
            bool counts = listed(*owner);
            bool maybe = false;
            if (!counts) {
                const ListedOwnership above = of(*owner);
                counts = above.reached(m_threshold);
                maybe = !counts && above.unknown;
            }
            if (!counts && !maybe)
                continue;
            const QString via = listed(*owner) ? QString() : Rules::tr(", itself owned by listed parties");
            if (l->ownershipShare && counts) {
                result.known += *l->ownershipShare;
                result.holders << Rules::tr("%1: %2 %").arg(owner->name, formatNumber(*l->ownershipShare)) + via;
            } else {
                result.unknown = true;
                result.holders << (l->ownershipShare
                                       ? Rules::tr("%1: %2 % (if its own listed owners hold enough)")
                                             .arg(owner->name, formatNumber(*l->ownershipShare))
                                       : Rules::tr("%1 (share not recorded%2)").arg(owner->name, via));
            }
        }
        m_memo.insert(party.id.value, result);
        return result;
    }

private:
    const CheckContext &m_ctx;
    QDate m_date;
    double m_threshold;
    QHash<qint64, ListedOwnership> m_memo;
};

} // namespace

void applyAffiliatesRule(LinkFacts &f, LinkFinding &out, const CheckContext &ctx, bool exportLike)
{
    if (!ctx.book.affiliates || !f.to)
        return;
    const AffiliatesRule &a = *ctx.book.affiliates;
    OwnershipWalk walk(ctx, f.date, a.ownedPctGte);
    if (walk.listed(*f.to))
        return; // a listed buyer is reported as listed
    const ListedOwnership held = walk.of(*f.to);
    if (!held.any())
        return;
    const QString threshold = formatNumber(a.ownedPctGte);
    const QString holders = held.holders.join(QStringLiteral("; "));
    const bool inForce = a.rule.inForce(f.date);
    const QString title = ruleDataText(a.rule.title);
    const QString when = inForce ? Rules::tr("in force on %1").arg(f.date.toString(Qt::ISODate))
                                 : Rules::tr("not in force on %1").arg(f.date.toString(Qt::ISODate));
    out.flag(QStringLiteral("owned_by_listed_party"));

    if (held.reached(a.ownedPctGte)) {
        QString text = Rules::tr("Listed parties own %1 % of %2 (%3): %4 % or more, so %5 (%6) extends their "
                                 "Entity List restrictions to it.")
                           .arg(formatNumber(held.known), f.to->name, holders, threshold, title, when);
        if (inForce && exportLike) {
            out.verdict = Verdict::LicenseRequired;
            out.flag(QStringLiteral("affiliates_rule"));
            f.policies << ctx.book.entityList.policy;
            text += Rules::tr(" Licence required for all items subject to the EAR; review: %1.").arg(ctx.book.entityList.policy);
        } else if (!inForce) {
            text += a.rule.status.isEmpty() ? Rules::tr(" On this date it is not the law, so no licence follows from it.")
                                            : Rules::tr(" On this date it is not the law (%1), so no licence follows from it.")
                                                  .arg(ruleDataText(a.rule.status));
        }
        out.steps << makeStep(text, a.rule);
        return;
    }
    if (held.unknown) {
        QString text = Rules::tr("Listed parties own at least %1 % of %2 (%3); a share the case does not record may "
                                 "bring it to %4 %, which %5 (%6) needs.")
                           .arg(formatNumber(held.known), f.to->name, holders, threshold, title, when);
        if (inForce && exportLike && worse(Verdict::LicenseRequiredIfConfirmed, out.verdict)) {
            out.verdict = Verdict::LicenseRequiredIfConfirmed;
            text += Rules::tr(" Licence required if the shares confirm %1 % or more (review: %2); the unknown share "
                              "does not make the link clear.")
                        .arg(threshold, ctx.book.entityList.policy);
        }
        out.steps << makeStep(text, a.rule, {QStringLiteral("U")});
        return;
    }
    const RedFlagIndicator *indicator = ctx.book.redFlags.indicatorFor(QStringLiteral("ties_to_listed_party"));
    Step s = makeStep(Rules::tr("Listed parties own %1 % of %2 (%3): less than the %4 % that %5 needs, so it does not "
                                "reach %2. A significant minority stake by a listed party remains a red flag.")
                          .arg(formatNumber(held.known), f.to->name, holders, threshold, title),
                      a.rule);
    if (indicator)
        s.citation += QStringLiteral("; %1: %2").arg(indicator->id, indicator->source);
    out.steps << s;
}

} // namespace chiptrail
