// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layoutgraph.h"
#include "layoutresult.h"

namespace chiptrail::layout {

// Gives every edge of `graph` that the engine did not lay out (a parallel link the DOT writer
// folded into its first sibling) the geometry of that sibling, with its inner points shifted
// sideways so each link stays visible and clickable. Edges without a sibling are left out.
void addParallelEdges(LayoutResult &result, const LayoutGraph &graph);

} // namespace chiptrail::layout
