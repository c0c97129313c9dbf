// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layoutgraph.h"
#include "layoutresult.h"

#include <atomic>

namespace chiptrail::layout {

// A layered layout in our own code ("Sugiyama-lite"), for cases too big for Graphviz dot and for
// machines without Graphviz. Columns are the tiers (left to right, as dot's ranks); rows are
// country bands (one band per country across all tiers, drawn as a cluster box), so a border
// crossing is an edge leaving its band. Within a (tier, country) cell nodes are ordered by
// barycentre sweeps over their neighbours; a big tier wraps into several sub-columns so the
// drawing stays roughly square. Edges are straight polylines (no routing around nodes): cheap,
// and the canvas can still highlight a path. Runs in O((N + E) log N) per sweep.
struct TieredLayoutOptions
{
    double tierGap = 120;    // between tier columns
    double columnGap = 24;   // between sub-columns of one tier
    double rowGap = 16;      // between nodes stacked in a column
    double bandGap = 32;     // between country bands
    double bandLabel = 24;   // room above each band for its country label
    double margin = 8;
    int rowsPerColumn = 0;   // 0: big tiers wrap until the drawing is about 4:3 landscape
    int sweeps = 4;          // barycentre passes (each is one left-to-right and one back)
    bool clusters = true;    // country bands; off: one band for everyone
    const std::atomic<bool> *cancelled = nullptr; // checked between passes
};

// Country groups (collapsed graphs) have no tier: they are laid out as one wrapped column set.
// Throws LayoutError(Cancelled) when *options.cancelled becomes true.
LayoutResult tieredLayout(const LayoutGraph &graph, const TieredLayoutOptions &options = {});

} // namespace chiptrail::layout
