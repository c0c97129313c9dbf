// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layoutgraph.h"
#include "layoutresult.h"

#include <QHash>
#include <QList>
#include <QPointF>

namespace chiptrail {
struct NodePosition; // store/casestore.h
}

namespace chiptrail::layout {

// Where the user put a node (CaseStore::nodePositions(), pinned == true). Positions are node
// CENTRES in scene coordinates.
struct PinnedPosition
{
    QString nodeId; // "p12"
    QPointF centre;
};

// The pinned positions among the store's node positions, as node ids of `graph` (only parties
// that are nodes of the graph; none for a graph collapsed by country).
QList<PinnedPosition> pinnedPositions(const LayoutGraph &graph, const QList<NodePosition> &stored);

// Keeps pinned nodes where the user put them, after any engine has run.
//
// Why after, not inside: only neato and fdp honour `pos="x,y!"` with `pin=true`; dot ignores
// it and sfdp treats it as a start position. So every engine lays out freely, then:
//  1. the whole layout is translated by the mean offset between the pinned nodes' computed and
//     stored centres, so the free nodes stay near the pinned ones;
//  2. each pinned node is put exactly at its stored centre;
//  3. edges touching a moved node are redrawn as straight lines, and the clusters that hold it
//     and the bounding box grow to include it.
// Pinned nodes can overlap free ones; the canvas draws them on top. Unknown ids are ignored.
// `alignToPins = false` skips step 1: for a result already placed by other means (the
// incremental layout anchors each component to its old places first).
void applyPinnedPositions(LayoutResult &result, const QList<PinnedPosition> &pins, bool alignToPins = true);

// A straight edge between the borders of two boxes (a small square loop for a self-loop).
void routeStraight(EdgeGeometry &edge, const NodeGeometry &from, const NodeGeometry &to);

// Moves every node, edge point, cluster and the bounding box by `offset`.
void translate(LayoutResult &result, QPointF offset);

} // namespace chiptrail::layout
