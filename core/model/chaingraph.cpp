// SPDX-License-Identifier: GPL-3.0-or-later
#include "chaingraph.h"

#include <QHash>
#include <QQueue>
#include <QSet>

namespace chiptrail::chaingraph {
namespace {

QList<LinkId> breadthFirst(const CaseData &data, PartyId from, PartyId to, bool directed)
{
    QHash<qint64, QList<const Link *>> adjacent;
    for (const auto &link : data.links) {
        adjacent[link.from.value].append(&link);
        if (!directed)
            adjacent[link.to.value].append(&link);
    }
    QHash<qint64, const Link *> reachedBy;
    QSet<qint64> seen{from.value};
    QQueue<qint64> queue;
    queue.enqueue(from.value);
    while (!queue.isEmpty()) {
        const qint64 party = queue.dequeue();
        if (party == to.value)
            break;
        for (const Link *link : adjacent.value(party)) {
            const qint64 next = link->from.value == party ? link->to.value : link->from.value;
            if (seen.contains(next))
                continue;
            seen.insert(next);
            reachedBy.insert(next, link);
            queue.enqueue(next);
        }
    }
    QList<LinkId> path;
    if (!seen.contains(to.value) || from == to)
        return path;
    for (qint64 party = to.value; party != from.value;) {
        const Link *link = reachedBy.value(party);
        path.prepend(link->id);
        party = link->from.value == party ? link->to.value : link->from.value;
    }
    return path;
}

} // namespace

QList<LinkId> shortestPath(const CaseData &data, PartyId from, PartyId to)
{
    QList<LinkId> path = breadthFirst(data, from, to, true);
    return path.isEmpty() ? breadthFirst(data, from, to, false) : path;
}

bool isActiveAsOf(const Link &link, const QDate &asOf)
{
    return !asOf.isValid() || link.dateFrom.isNull() || link.dateFrom.earliest() <= asOf;
}

QHash<qint64, int> noteCounts(const CaseData &data, SubjectKind subject)
{
    QHash<qint64, int> counts;
    for (const auto &note : data.notes) {
        QSet<qint64> counted;
        for (const auto &claim : note.claims)
            if (claim.subject == subject && !counted.contains(claim.subjectId)) {
                counted.insert(claim.subjectId);
                ++counts[claim.subjectId];
            }
    }
    return counts;
}

} // namespace chiptrail::chaingraph
