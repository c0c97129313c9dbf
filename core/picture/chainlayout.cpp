// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainlayout.h"

#include "picture/chainstyle.h"
#include "picture/picturetext.h"
#include "layout/dotwriter.h"
#include "layout/layoutjob.h"
#include "layout/pinning.h"

#include <QSet>

namespace chiptrail::picture {

layout::LayoutGraph canvasLayoutGraph(const CaseData &data)
{
    layout::GraphBuildOptions build;
    build.nodeSize = [](const layout::LayoutNode &node) { return chainstyle::nodeSizeFor(node.label); };
    return layout::buildLayoutGraph(data, build);
}

QByteArray chainDot(const CaseData &data)
{
    // Every link with the label the picture gives it (product and quantity, dates, confidence), so
    // another tool redraws the chain faithfully; ranks, clusters and node labels as the layout has them.
    layout::GraphBuildOptions build;
    build.nodeSize = [](const layout::LayoutNode &node) { return chainstyle::nodeSizeFor(node.label); };
    build.edgeLabel = [&data](const Link &link) { return PictureText::linkLabel(link, data.products); };
    layout::DotOptions options;
    options.edgeLabels = true;
    options.externalLabels = true;
    options.allParallelEdges = true;
    return layout::writeDot(layout::buildLayoutGraph(data, build), options);
}

QList<NodePosition> pinnedOnly(const QList<NodePosition> &stored)
{
    QList<NodePosition> pinned;
    for (const auto &p : stored)
        if (p.pinned)
            pinned.append(p);
    return pinned;
}

QList<NodePosition> placesForExport(const CaseData &data, const QList<NodePosition> &stored, ExportLayout *how)
{
    QSet<qint64> placed;
    for (const auto &p : stored)
        placed.insert(p.party.value);
    bool complete = true;
    for (const Party &party : data.parties)
        complete = complete && placed.contains(party.id.value);
    if (complete)
        return stored;
    const layout::LayoutGraph graph = canvasLayoutGraph(data);
    layout::LayoutOptions options;
    options.fallbackToBuiltin = true; // a picture from the built-in layout beats no picture
    if (how)
        options.timeoutMs = how->graphvizTimeoutMs;
    layout::LayoutJob job(graph, options, layout::pinnedPositions(graph, pinnedOnly(stored)));
    const layout::LayoutResult result = job.run();
    if (how)
        how->fellBackBecause = job.fallbackMessage();
    QHash<qint64, bool> pinned;
    for (const auto &p : stored)
        pinned.insert(p.party.value, p.pinned);
    QList<NodePosition> places;
    for (int i = 0; i < graph.nodes.size() && i < result.nodes.size(); ++i)
        if (graph.nodes.at(i).party.isValid())
            places.append({graph.nodes.at(i).party, result.nodes.at(i).centre, pinned.value(graph.nodes.at(i).party.value)});
    return places;
}

} // namespace chiptrail::picture
