// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layoutgraph.h"
#include "layoutresult.h"

#include <QHash>
#include <QPointF>
#include <QSet>

namespace chiptrail::layout {

// "Re-layout only what changed", per connected component (links in either direction join).
//
// What the canvas shows is settled: every node with a place, and the edges that were there when
// those places were made. A component needs a new layout when one of its nodes has no place
// (a new party) or one of its edges is new (a new link, also one that joins two components).
// Removing parties or links changes nothing: what is left keeps its places. All other
// components keep their cached places exactly.
struct SettledLayout
{
    QHash<QString, QPointF> centres; // node id ("p12") -> the centre it has now
    QSet<QString> edges;             // edge ids ("l7") the places were made with
};

// Node indices of each connected component, in the order of their first node; each list sorted.
QList<QList<int>> connectedComponents(const LayoutGraph &graph);

// Indices into `components` of the ones that need a layout.
QList<int> changedComponents(const LayoutGraph &graph, const QList<QList<int>> &components,
                             const SettledLayout &settled);

// The graph on `nodes` (indices of `graph`) and the edges between them; node order kept.
LayoutGraph inducedSubgraph(const LayoutGraph &graph, const QList<int> &nodes);

// Puts the fresh layout of the changed components (`fresh`, aligned with
// inducedSubgraph(graph, their nodes)) together with the settled places of everything else into
// one result aligned with `graph`:
//  - a changed component that had places is moved so that the mean of its old places stays
//    where it was (the component grows or shrinks around its middle, the others do not move);
//  - components entirely new are put, as the engine arranged them, below everything else;
//  - settled components keep their centres; their edges are drawn straight.
// No cluster boxes: they would have to span old and new places (the canvas draws its own).
LayoutResult mergeIncremental(const LayoutGraph &graph, const QList<QList<int>> &components,
                              const QList<int> &changed, const LayoutResult &fresh,
                              const SettledLayout &settled);

} // namespace chiptrail::layout
