// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutgraph.h"

#include <QHash>
#include <map>

namespace chiptrail::layout {

int LayoutGraph::indexOf(const QString &nodeId) const
{
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).id == nodeId)
            return i;
    }
    return -1;
}

QSizeF defaultNodeSize(const LayoutNode &node)
{
    // Matches the canvas default item: a card wide enough for a two-line company name.
    return node.kind == NodeKind::CountryGroup ? QSizeF(120, 60) : QSizeF(160, 48);
}

QString layoutCountry(const Party &party)
{
    return !party.headquartersCountry.isEmpty() ? party.headquartersCountry
                                                : party.incorporationCountry;
}

namespace {

qint64 numberAfter(QStringView id, char16_t prefix)
{
    if (id.size() < 2 || id.front() != QChar(prefix))
        return 0;
    bool ok = false;
    const qint64 v = id.mid(1).toLongLong(&ok);
    return ok ? v : 0;
}

} // namespace

PartyId partyFromNodeId(QStringView id)
{
    return PartyId(numberAfter(id, u'p'));
}

LinkId linkFromEdgeId(QStringView id)
{
    return LinkId(numberAfter(id, u'l'));
}

namespace {

LayoutGraph buildPartyGraph(const CaseData &data, const GraphBuildOptions &options)
{
    LayoutGraph graph;
    graph.nodes.reserve(data.parties.size());
    QHash<qint64, int> indexOfParty;
    indexOfParty.reserve(data.parties.size());
    for (const Party &party : data.parties) {
        if (indexOfParty.contains(party.id.value))
            continue; // a party listed twice is drawn once
        LayoutNode node;
        node.id = QStringLiteral("p%1").arg(party.id.value);
        node.party = party.id;
        node.label = party.name;
        node.role = party.role;
        node.tier = chainTier(party.role);
        node.country = layoutCountry(party);
        node.size = options.nodeSize ? options.nodeSize(node) : defaultNodeSize(node);
        indexOfParty.insert(party.id.value, int(graph.nodes.size()));
        graph.nodes.append(std::move(node));
    }
    graph.edges.reserve(data.links.size());
    for (const Link &link : data.links) {
        const int from = indexOfParty.value(link.from.value, -1);
        const int to = indexOfParty.value(link.to.value, -1);
        if (from < 0 || to < 0)
            continue;
        LayoutEdge edge;
        edge.id = QStringLiteral("l%1").arg(link.id.value);
        edge.link = link.id;
        edge.from = from;
        edge.to = to;
        edge.kind = link.kind;
        if (options.edgeLabel)
            edge.label = options.edgeLabel(link);
        graph.edges.append(std::move(edge));
    }
    return graph;
}

// Aggregation for cases too big to read party by party: the border crossings stay visible.
LayoutGraph buildCountryGraph(const CaseData &data, const GraphBuildOptions &options)
{
    LayoutGraph graph;
    graph.collapsedByCountry = true;
    QHash<QString, int> indexOfCountry;
    QHash<qint64, int> nodeOfParty;
    for (const Party &party : data.parties) {
        const QString country = layoutCountry(party);
        auto it = indexOfCountry.constFind(country);
        int index = 0;
        if (it == indexOfCountry.constEnd()) {
            index = int(graph.nodes.size());
            LayoutNode node;
            node.id = QStringLiteral("c%1").arg(index);
            node.kind = NodeKind::CountryGroup;
            node.tier = -1;
            node.country = country;
            node.label = country.isEmpty() ? QStringLiteral("?") : country;
            graph.nodes.append(node);
            indexOfCountry.insert(country, index);
        } else {
            index = it.value();
        }
        graph.nodes[index].members.append(party.id);
        nodeOfParty.insert(party.id.value, index);
    }
    for (LayoutNode &node : graph.nodes)
        node.size = options.nodeSize ? options.nodeSize(node) : defaultNodeSize(node);

    std::map<std::pair<int, int>, int> edgeOfPair; // ordered: output does not depend on hashing
    for (const Link &link : data.links) {
        const int from = nodeOfParty.value(link.from.value, -1);
        const int to = nodeOfParty.value(link.to.value, -1);
        if (from < 0 || to < 0)
            continue;
        auto [it, inserted] = edgeOfPair.try_emplace({from, to}, int(graph.edges.size()));
        if (inserted) {
            LayoutEdge edge;
            edge.id = QStringLiteral("g%1").arg(graph.edges.size());
            edge.from = from;
            edge.to = to;
            edge.kind = link.kind;
            edge.count = 0;
            graph.edges.append(edge);
        }
        ++graph.edges[it->second].count;
    }
    for (LayoutEdge &edge : graph.edges)
        edge.label = QString::number(edge.count);
    return graph;
}

} // namespace

LayoutGraph buildLayoutGraph(const CaseData &data, const GraphBuildOptions &options)
{
    return options.collapseByCountry ? buildCountryGraph(data, options)
                                     : buildPartyGraph(data, options);
}

} // namespace chiptrail::layout
