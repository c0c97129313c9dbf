// SPDX-License-Identifier: GPL-3.0-or-later
#include "collapsegroups.h"

#include <QSet>
#include <tuple>

namespace chiptrail {

QHash<qint64, PartyId> companyGroupRoots(const CaseData &data)
{
    // Union-find over ownership links, then one root per set.
    QHash<qint64, qint64> parent;
    QSet<qint64> owned;
    auto find = [&parent](qint64 x) {
        while (parent.value(x, x) != x) {
            const qint64 up = parent.value(parent.value(x));
            parent.insert(x, up);
            x = up;
        }
        return x;
    };
    for (const Link &link : data.links) {
        if (link.kind != LinkKind::Ownership || link.from == link.to)
            continue;
        const qint64 a = find(link.from.value), b = find(link.to.value);
        parent.insert(link.from.value, parent.value(link.from.value, link.from.value));
        parent.insert(link.to.value, parent.value(link.to.value, link.to.value));
        if (a != b)
            parent.insert(std::max(a, b), std::min(a, b));
        owned.insert(link.to.value);
    }
    const QList<qint64> parties = parent.keys(); // find() compresses paths: no iterating over `parent`
    QHash<qint64, qint64> setOf;
    for (const qint64 party : parties)
        setOf.insert(party, find(party));
    struct Choice
    {
        qint64 party = 0;
        bool ownedByNobody = false;
    };
    QHash<qint64, Choice> rootOfSet;
    for (const qint64 party : parties) {
        const Choice candidate{party, !owned.contains(party)};
        auto chosen = rootOfSet.find(setOf.value(party));
        if (chosen == rootOfSet.end())
            rootOfSet.insert(setOf.value(party), candidate);
        else if (std::tie(candidate.ownedByNobody, chosen->party) > std::tie(chosen->ownedByNobody, candidate.party))
            *chosen = candidate; // an owner nobody owns beats one that is owned; then the smaller id
    }
    QHash<qint64, PartyId> roots;
    for (const qint64 party : parties)
        roots.insert(party, PartyId(rootOfSet.value(setOf.value(party)).party));
    return roots;
}

} // namespace chiptrail
