// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/gexfwriter.h"

namespace chiptrail {

// GraphML (http://graphml.graphdrawing.org) with a key per attribute (the GEXF's words), the
// canvas place (x, y: card centre, y down), size and colour; and yEd's node and edge graphics
// (y:ShapeNode, y:PolyLineEdge in the yFiles namespace) so yEd opens it laid out. Tools that
// do not know yFiles (networkx, Gephi) skip those and read plain GraphML. Parallel links stay
// separate edges with ids. Returns false when stopped.
bool writeGraphMl(const LinkChart &chart, QIODevice &out, const LinkChartProgress &progress = {});

} // namespace chiptrail
