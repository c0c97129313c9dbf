// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/layoutgraph.h"

#include <QByteArray>

namespace chiptrail::gui {

// The layout graph of a case with the canvas's own card sizes, so the layout leaves exactly the
// room the items take. The layout controller, the DOT export and the benchmark all start here.
layout::LayoutGraph canvasLayoutGraph(const CaseData &data);

// The DOT the layout feeds to Graphviz (tiers as ranks, countries as clusters), with the party
// names as labels: what `chiptrail-cli export --format dot` and File → Export → DOT write.
QByteArray chainDot(const CaseData &data);

} // namespace chiptrail::gui
