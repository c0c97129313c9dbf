// SPDX-License-Identifier: GPL-3.0-or-later
// GPUs per hop: the chain of hardware links through the selection, and how many chips each moved.
#include "chartseries.h"

#include "model/chaingraph.h"

#include <algorithm>

namespace chiptrail::charts {
namespace {

QList<const Link *> hardwareLinks(const CaseData &data, const QDate &asOf)
{
    QList<const Link *> out;
    for (const Link &link : data.links)
        if (movesHardware(link.kind) && chaingraph::isActiveAsOf(link, asOf))
            out << &link;
    return out;
}

// Depth-first from each start; a party is visited once per path so cycles end.
void extend(const QList<const Link *> &links, QList<LinkId> &path, QList<PartyId> &visited,
            QList<QList<LinkId>> &chains)
{
    bool extended = false;
    for (const Link *link : links) {
        if (link->from != visited.last() || visited.contains(link->to))
            continue;
        extended = true;
        path << link->id;
        visited << link->to;
        extend(links, path, visited, chains);
        path.removeLast();
        visited.removeLast();
    }
    if (!extended && !path.isEmpty())
        chains << path;
}

} // namespace

QList<QList<LinkId>> hardwareChains(const CaseData &data, const QDate &asOf)
{
    const QList<const Link *> links = hardwareLinks(data, asOf);
    QList<PartyId> starts;
    for (const Link *link : links) {
        const bool hasIncoming = std::any_of(links.begin(), links.end(),
                                             [&](const Link *other) { return other->to == link->from; });
        if (!hasIncoming && !starts.contains(link->from))
            starts << link->from;
    }
    // A pure cycle has no start; begin anywhere so its links still show.
    if (starts.isEmpty() && !links.isEmpty())
        starts << links.first()->from;
    QList<QList<LinkId>> chains;
    for (const PartyId start : starts) {
        QList<LinkId> path;
        QList<PartyId> visited{start};
        extend(links, path, visited, chains);
    }
    std::stable_sort(chains.begin(), chains.end(),
                     [](const QList<LinkId> &a, const QList<LinkId> &b) { return a.size() > b.size(); });
    return chains;
}

QList<LinkId> chainForSelection(const CaseData &data, const QDate &asOf, const QList<LinkId> &links,
                                const QList<PartyId> &parties)
{
    const QList<QList<LinkId>> chains = hardwareChains(data, asOf);
    const auto touches = [&](const QList<LinkId> &chain, PartyId party) {
        return std::any_of(data.links.begin(), data.links.end(), [&](const Link &l) {
            return chain.contains(l.id) && (l.from == party || l.to == party);
        });
    };
    for (const QList<LinkId> &chain : chains)
        for (const LinkId id : links)
            if (chain.contains(id))
                return chain;
    for (const QList<LinkId> &chain : chains)
        for (const PartyId id : parties)
            if (touches(chain, id))
                return chain;
    return chains.isEmpty() ? QList<LinkId>() : chains.first();
}

HopSeries gpusPerHop(const CaseData &data, const QList<LinkId> &chain)
{
    const auto partyName = [&](PartyId id) {
        for (const Party &p : data.parties)
            if (p.id == id)
                return p.name;
        return QString();
    };
    HopSeries series;
    std::optional<qint64> previous;
    for (const LinkId id : chain) {
        const auto it = std::find_if(data.links.begin(), data.links.end(), [&](const Link &l) { return l.id == id; });
        if (it == data.links.end())
            continue;
        HopBar bar;
        bar.link = it->id;
        bar.linkKey = it->key;
        bar.kind = it->kind;
        bar.date = it->dateFrom;
        bar.fromName = partyName(it->from);
        bar.toName = partyName(it->to);
        if (it->product)
            for (const Product &p : data.products)
                if (p.id == *it->product)
                    bar.productName = p.name;
        bar.chips = chipsOf(*it, data);
        if (bar.chips && previous && *bar.chips != *previous)
            bar.mismatch = *bar.chips - *previous;
        if (bar.chips)
            previous = bar.chips;
        series.bars << bar;
    }
    return series;
}

} // namespace chiptrail::charts
