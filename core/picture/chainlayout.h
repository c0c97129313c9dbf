// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/layoutgraph.h"
#include "store/casestore.h"

#include <QByteArray>

namespace chiptrail::picture {

// The layout graph of a case with the canvas's own card sizes, so the layout leaves exactly the
// room the items take. The layout controller, the DOT export and the benchmark all start here.
layout::LayoutGraph canvasLayoutGraph(const CaseData &data);

// The DOT the layout feeds to Graphviz (tiers as ranks, countries as clusters), with the party
// names as labels: what `chiptrail-cli export --format dot` and File → Export → DOT write.
QByteArray chainDot(const CaseData &data);

// The places a user has pinned by hand: the layout keeps them.
QList<NodePosition> pinnedOnly(const QList<NodePosition> &stored);

// A place for every party, for pictures made without the window (chiptrail-cli export): the
// stored places when every party has one, else the layout the window would make, run here and
// now (pinned parties stay). Throws CaseError when no layout can be made.
struct ExportLayout
{
    int graphvizTimeoutMs = 60'000; // Graphviz is stopped after this and the built-in layout used
    QString fellBackBecause;        // set when Graphviz failed or was stopped: why
};
QList<NodePosition> placesForExport(const CaseData &data, const QList<NodePosition> &stored, ExportLayout *how = nullptr);

} // namespace chiptrail::picture
