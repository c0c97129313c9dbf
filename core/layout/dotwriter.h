// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layoutgraph.h"

#include <QByteArray>

namespace chiptrail::layout {

struct DotOptions
{
    // Tiers by role as ranks, left to right (rankdir=LR). Each tier is one `rank=same` subgraph
    // holding an invisible skeleton node; the skeleton nodes are chained by invisible edges so
    // the tiers keep their order even when no link joins two of them. `newrank=true` is what
    // lets a node sit in a country cluster and in a tier's rank at once.
    bool ranks = true;
    // Countries as clusters (`subgraph cluster_<n>` labelled with the country code).
    bool clusters = true;
    // Edge labels make room for the label text. They slow Graphviz (sfdp about 6x): off by default.
    bool edgeLabels = false;
    // Node labels. With fixed node sizes they do not change the layout; off makes the file
    // smaller for layout-only runs. Exports keep them on.
    bool nodeLabels = true;
    // Edge labels as `xlabel`: placed by Graphviz after the layout, beside the edge, where they
    // cover no node. dot 2.43 fails with "trouble in init_rank" on label nodes in large clustered
    // graphs (a 1,000-party chain); xlabels make no nodes.
    bool externalLabels = false;
    // Every link, parallel ones too, even with clusters: the DOT export, where another tool redraws
    // the chain. The second and later of parallel links get constraint=false and ports of their
    // own, so dot does not merge them (2.43 aborts merging parallel edges between clustered nodes).
    // On big cases dot may still report a few of them as "lost" and draw the rest.
    bool allParallelEdges = false;
};

// DOT text for `graph`. Ids are the generated ones of LayoutGraph; user text only ever appears
// as the quoted value of a `label` attribute (see dotescape.h). Self-loops are written as they
// are (the graph is not `strict`); parallel links too, except with clusters, where only the
// first of them is written because dot 2.43 aborts on parallel edges between clustered nodes
// (see addParallelEdges()). Invisible skeleton nodes are named "t<tier>".
QByteArray writeDot(const LayoutGraph &graph, const DotOptions &options = {});

// Skeleton node ids used by writeDot() when ranks are on; the parser leaves them out.
bool isSkeletonNodeId(QStringView id);

} // namespace chiptrail::layout
