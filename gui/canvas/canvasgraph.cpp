// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvasgraph.h"

#include "canvas/chainstyle.h"
#include "layout/dotwriter.h"

namespace chiptrail::gui {

layout::LayoutGraph canvasLayoutGraph(const CaseData &data)
{
    layout::GraphBuildOptions build;
    build.nodeSize = [](const layout::LayoutNode &node) { return chainstyle::nodeSizeFor(node.label); };
    return layout::buildLayoutGraph(data, build);
}

QByteArray chainDot(const CaseData &data)
{
    layout::DotOptions options; // ranks, clusters and node labels on; edge labels off, as in layout runs
    return layout::writeDot(canvasLayoutGraph(data), options);
}

} // namespace chiptrail::gui
