// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QSizeF>
#include <QString>
#include <QList>
#include <functional>

namespace chiptrail::layout {

// The graph the layout engines see: the case reduced to what decides positions. It is built once
// from CaseData and then shared by the DOT writer, the built-in layout and the structural hash,
// so all three agree on node ids, tiers, countries and sizes.

enum class NodeKind { Party, CountryGroup };

struct LayoutNode
{
    QString id;         // generated ("p12", "c3"), never user text: safe as a DOT id
    NodeKind kind = NodeKind::Party;
    PartyId party;      // for NodeKind::Party
    QList<PartyId> members; // for NodeKind::CountryGroup: the parties it stands for
    QString label;      // user text, escaped by the DOT writer
    PartyRole role = PartyRole::Other;
    int tier = 5;       // chainTier(role); -1 for country groups (no tier)
    QString country;    // headquarters, else incorporation; empty when unknown
    QSizeF size;        // scene units (= Graphviz points), as the canvas will draw the item
};

struct LayoutEdge
{
    QString id;       // generated ("l7", "g3"), never user text
    LinkId link;      // for party edges; invalid for aggregated country edges
    int from = -1;    // index into LayoutGraph::nodes
    int to = -1;
    LinkKind kind = LinkKind::Sale;
    int count = 1;    // links folded into this edge (country groups)
    QString label;    // user text; only written when edge labels are asked for
};

struct LayoutGraph
{
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
    bool collapsedByCountry = false;

    int indexOf(const QString &nodeId) const;
};

// The size of a node as the canvas will draw it. The GUI passes its own item metrics so that
// the layout leaves exactly the room the items take.
using NodeSizeFunction = std::function<QSizeF(const LayoutNode &node)>;
// Text for an edge label (only used when edge labels are on): e.g. product, quantity, date.
using EdgeLabelFunction = std::function<QString(const Link &link)>;

struct GraphBuildOptions
{
    NodeSizeFunction nodeSize;   // default: defaultNodeSize()
    EdgeLabelFunction edgeLabel; // default: no label text
    bool collapseByCountry = false; // one node per country, one edge per country pair
};

QSizeF defaultNodeSize(const LayoutNode &node);

// The country a party is drawn in: headquarters, else incorporation, else empty.
QString layoutCountry(const Party &party);

// The party or link behind a generated id ("p12" -> 12, "l7" -> 7); invalid for other ids
// (country groups: see LayoutNode::members).
PartyId partyFromNodeId(QStringView id);
LinkId linkFromEdgeId(QStringView id);

// Links whose ends are not among the parties are left out (a filtered view of the case).
LayoutGraph buildLayoutGraph(const CaseData &data, const GraphBuildOptions &options = {});

} // namespace chiptrail::layout
