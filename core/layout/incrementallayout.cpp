// SPDX-License-Identifier: GPL-3.0-or-later
#include "incrementallayout.h"

#include "pinning.h"

#include <algorithm>
#include <numeric>

namespace chiptrail::layout {

namespace {

int findRoot(QList<int> &parent, int x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

QRectF nodeBox(const NodeGeometry &node)
{
    return QRectF(node.centre - QPointF(node.size.width() / 2, node.size.height() / 2), node.size);
}

} // namespace

QList<QList<int>> connectedComponents(const LayoutGraph &graph)
{
    const int n = int(graph.nodes.size());
    QList<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    for (const LayoutEdge &edge : graph.edges) {
        const int a = findRoot(parent, edge.from), b = findRoot(parent, edge.to);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b); // the root is the smallest index
    }
    QList<QList<int>> components;
    QHash<int, int> componentOfRoot;
    for (int i = 0; i < n; ++i) {
        const int root = findRoot(parent, i);
        auto it = componentOfRoot.constFind(root);
        if (it == componentOfRoot.constEnd()) {
            it = componentOfRoot.insert(root, int(components.size()));
            components.emplaceBack();
        }
        components[it.value()].append(i);
    }
    return components;
}

QList<int> changedComponents(const LayoutGraph &graph, const QList<QList<int>> &components,
                             const SettledLayout &settled)
{
    QList<int> componentOfNode(graph.nodes.size(), -1);
    for (int c = 0; c < components.size(); ++c)
        for (const int node : components.at(c))
            componentOfNode[node] = c;
    QList<bool> changed(components.size(), false);
    for (int i = 0; i < graph.nodes.size(); ++i)
        if (!settled.centres.contains(graph.nodes.at(i).id))
            changed[componentOfNode.at(i)] = true;
    for (const LayoutEdge &edge : graph.edges)
        if (!settled.edges.contains(edge.id))
            changed[componentOfNode.at(edge.from)] = true;
    QList<int> result;
    for (int c = 0; c < components.size(); ++c)
        if (changed.at(c))
            result.append(c);
    return result;
}

LayoutGraph inducedSubgraph(const LayoutGraph &graph, const QList<int> &nodes)
{
    LayoutGraph sub;
    sub.collapsedByCountry = graph.collapsedByCountry;
    QList<int> indexInSub(graph.nodes.size(), -1);
    QList<int> sorted = nodes;
    std::sort(sorted.begin(), sorted.end());
    sub.nodes.reserve(sorted.size());
    for (const int i : std::as_const(sorted)) {
        indexInSub[i] = int(sub.nodes.size());
        sub.nodes.append(graph.nodes.at(i));
    }
    for (const LayoutEdge &edge : graph.edges) {
        if (indexInSub.at(edge.from) < 0 || indexInSub.at(edge.to) < 0)
            continue;
        LayoutEdge copy = edge;
        copy.from = indexInSub.at(edge.from);
        copy.to = indexInSub.at(edge.to);
        sub.edges.append(std::move(copy));
    }
    return sub;
}

LayoutResult mergeIncremental(const LayoutGraph &graph, const QList<QList<int>> &components,
                              const QList<int> &changed, const LayoutResult &fresh,
                              const SettledLayout &settled)
{
    LayoutResult result;
    result.engine = fresh.engine;
    result.nodes.resize(graph.nodes.size());

    // Where each node of the graph is in `fresh` (the changed components, in index order).
    QList<int> changedNodes;
    for (const int c : changed)
        changedNodes += components.at(c);
    std::sort(changedNodes.begin(), changedNodes.end());
    QHash<int, int> freshIndex;
    for (int i = 0; i < changedNodes.size(); ++i)
        freshIndex.insert(changedNodes.at(i), i);

    // Everything that stays: exactly where it is.
    QRectF placed;
    for (int i = 0; i < graph.nodes.size(); ++i) {
        if (freshIndex.contains(i))
            continue;
        const LayoutNode &node = graph.nodes.at(i);
        NodeGeometry &g = result.nodes[i];
        g.id = node.id;
        g.size = node.size;
        g.label = node.label;
        g.centre = settled.centres.value(node.id);
        placed |= nodeBox(g);
    }

    // Changed components that had places: around the middle of their old places.
    QList<int> brandNew;
    for (const int c : changed) {
        QPointF offset;
        int anchors = 0;
        for (const int i : components.at(c)) {
            const auto old = settled.centres.constFind(graph.nodes.at(i).id);
            if (old == settled.centres.constEnd())
                continue;
            offset += *old - fresh.nodes.at(freshIndex.value(i)).centre;
            ++anchors;
        }
        if (anchors == 0) {
            brandNew.append(c);
            continue;
        }
        offset /= anchors;
        for (const int i : components.at(c)) {
            result.nodes[i] = fresh.nodes.at(freshIndex.value(i));
            result.nodes[i].centre += offset;
            placed |= nodeBox(result.nodes.at(i));
        }
    }

    // Entirely new components: together, as the engine put them, below everything else.
    if (!brandNew.isEmpty()) {
        QRectF box;
        for (const int c : std::as_const(brandNew))
            for (const int i : components.at(c))
                box |= nodeBox(fresh.nodes.at(freshIndex.value(i)));
        const QPointF offset = placed.isNull() ? QPointF() : QPointF(placed.left(), placed.bottom() + 60) - box.topLeft();
        for (const int c : std::as_const(brandNew))
            for (const int i : components.at(c)) {
                result.nodes[i] = fresh.nodes.at(freshIndex.value(i));
                result.nodes[i].centre += offset;
            }
    }

    // Edges: the engine's route, moved with its component, inside changed ones; straight elsewhere.
    QHash<QString, int> freshEdge;
    for (int i = 0; i < fresh.edges.size(); ++i)
        freshEdge.insert(fresh.edges.at(i).id, i);
    result.edges.reserve(graph.edges.size());
    for (const LayoutEdge &edge : graph.edges) {
        EdgeGeometry g;
        const int at = freshIndex.contains(edge.from) ? freshEdge.value(edge.id, -1) : -1;
        if (at >= 0) {
            g = fresh.edges.at(at);
            const QPointF shift = result.nodes.at(edge.from).centre - fresh.nodes.at(freshIndex.value(edge.from)).centre;
            for (QPointF &p : g.points)
                p += shift;
            for (auto *p : {&g.arrowHead, &g.arrowTail, &g.labelPos})
                if (*p)
                    **p += shift;
        } else {
            g.id = edge.id;
            g.from = graph.nodes.at(edge.from).id;
            g.to = graph.nodes.at(edge.to).id;
            routeStraight(g, result.nodes.at(edge.from), result.nodes.at(edge.to));
        }
        g.label = edge.label;
        result.edges.append(std::move(g));
    }

    QRectF bounds;
    for (const NodeGeometry &node : std::as_const(result.nodes))
        bounds |= nodeBox(node);
    for (const EdgeGeometry &edge : std::as_const(result.edges))
        for (const QPointF &p : edge.points)
            bounds |= QRectF(p, QSizeF(0.01, 0.01));
    result.boundingBox = bounds;
    return result;
}

} // namespace chiptrail::layout
