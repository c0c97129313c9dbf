// SPDX-License-Identifier: GPL-3.0-or-later
#include "dotwriter.h"

#include "dotescape.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <array>

namespace chiptrail::layout {

namespace {

constexpr int tierCount = 6;

QByteArray inches(double points)
{
    // Graphviz sizes are in inches; scene units are points (72 per inch).
    return QByteArray::number(points / 72.0, 'f', 6);
}

void appendNode(QByteArray &out, const LayoutNode &node, const DotOptions &options,
                const char *indent)
{
    out += indent;
    out += node.id.toLatin1();
    out += " [label=";
    out += options.nodeLabels ? dotQuoted(node.label) : QByteArrayLiteral("\"\"");
    out += " width=";
    out += inches(node.size.width());
    out += " height=";
    out += inches(node.size.height());
    out += "]\n";
}

} // namespace

bool isSkeletonNodeId(QStringView id)
{
    return id.size() == 2 && id.at(0) == u't' && id.at(1).isDigit();
}

QByteArray writeDot(const LayoutGraph &graph, const DotOptions &options)
{
    QByteArray out;
    out.reserve(256 + graph.nodes.size() * 64 + graph.edges.size() * 40);
    // The graph name is fixed: "\G" in a label would otherwise show it (and it is escaped anyway).
    out += "digraph G {\n";
    // Room between tiers for the link labels the canvas draws, and inside country boxes for
    // their titles.
    out += "  graph [rankdir=LR nodesep=0.4 ranksep=1.6";
    if (options.ranks)
        out += " newrank=true";
    out += "]\n";
    // fixedsize: the layout must leave exactly the room the canvas items take, whatever the text.
    out += "  node [shape=box fixedsize=true]\n";

    const bool useRanks = options.ranks && !graph.collapsedByCountry;
    const bool useClusters = options.clusters && !graph.collapsedByCountry;

    // Nodes: inside their country's cluster, or at top level.
    if (useClusters) {
        QMap<QString, QList<int>> byCountry; // sorted: the same case gives the same DOT
        QList<int> stateless;
        for (int i = 0; i < graph.nodes.size(); ++i) {
            const QString &country = graph.nodes.at(i).country;
            if (country.isEmpty())
                stateless.append(i);
            else
                byCountry[country].append(i);
        }
        int cluster = 0;
        for (auto it = byCountry.cbegin(); it != byCountry.cend(); ++it, ++cluster) {
            out += "  subgraph cluster_" + QByteArray::number(cluster) + " {\n"; // notr
            out += "    label=" + dotQuoted(it.key()) + " margin=20\n";
            for (int i : it.value())
                appendNode(out, graph.nodes.at(i), options, "    ");
            out += "  }\n";
        }
        for (int i : stateless)
            appendNode(out, graph.nodes.at(i), options, "  ");
    } else {
        for (const LayoutNode &node : graph.nodes)
            appendNode(out, node, options, "  ");
    }

    // Tiers: one rank=same group per tier in use, chained by an invisible skeleton.
    if (useRanks) {
        std::array<QList<int>, tierCount> tiers;
        for (int i = 0; i < graph.nodes.size(); ++i)
            tiers[std::clamp(graph.nodes.at(i).tier, 0, tierCount - 1)].append(i);
        QByteArray previous;
        for (int t = 0; t < tierCount; ++t) {
            if (tiers[t].isEmpty())
                continue; // no empty columns
            const QByteArray skeleton = "t" + QByteArray::number(t);
            out += "  " + skeleton + " [label=\"\" style=invis width=0.01 height=0.01]\n";
            out += "  { rank=same; " + skeleton + ";";
            for (int i : tiers[t]) {
                out += ' ';
                out += graph.nodes.at(i).id.toLatin1();
                out += ';';
            }
            out += " }\n";
            if (!previous.isEmpty())
                out += "  " + previous + " -> " + skeleton + " [style=invis]\n";
            previous = skeleton;
        }
    }

    // Graphviz 2.43 dot aborts (class2.c merge_chain assertion) on parallel edges between
    // clustered nodes, so with clusters only the first of several links a -> b is written;
    // addParallelEdges() gives the others their geometry after the layout.
    QHash<std::pair<int, int>, int> written;
    static const char *const parallelPorts[] = {" tailport=ne headport=nw", " tailport=se headport=sw",
                                                " tailport=n headport=n", " tailport=s headport=s"};
    for (const LayoutEdge &edge : graph.edges) {
        int parallel = 0;
        if (useClusters) {
            parallel = written.value({edge.from, edge.to});
            if (parallel > 0 && !options.allParallelEdges)
                continue;
            written.insert({edge.from, edge.to}, parallel + 1);
        }
        const LayoutNode &from = graph.nodes.at(edge.from);
        const LayoutNode &to = graph.nodes.at(edge.to);
        out += "  ";
        out += from.id.toLatin1();
        out += " -> ";
        out += to.id.toLatin1();
        out += " [id=";
        out += edge.id.toLatin1();
        // A link that goes back up the chain (or stays in its tier) must not fight the tiers:
        // without constraint=false dot would reverse it and could pull tiers out of order.
        if ((useRanks && from.tier >= to.tier) || parallel > 0)
            out += " constraint=false";
        if (parallel > 0)
            out += parallelPorts[std::min(parallel, 4) - 1];
        if (options.edgeLabels && !edge.label.isEmpty()) {
            out += options.externalLabels ? " xlabel=" : " label=";
            out += dotQuoted(edge.label);
        }
        out += "]\n";
    }
    out += "}\n";
    return out;
}

} // namespace chiptrail::layout
