// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinning.h"

#include "store/casestore.h"

#include <QSet>

namespace chiptrail::layout {

namespace {

QRectF nodeRect(const NodeGeometry &node)
{
    return QRectF(node.centre - QPointF(node.size.width() / 2, node.size.height() / 2), node.size);
}

// Where the line from the centre of `node` towards `target` leaves the node's box.
QPointF borderPoint(const NodeGeometry &node, QPointF target)
{
    const QPointF d = target - node.centre;
    const double hw = node.size.width() / 2, hh = node.size.height() / 2;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return node.centre;
    const double tx = qFuzzyIsNull(d.x()) ? 1e300 : hw / std::abs(d.x());
    const double ty = qFuzzyIsNull(d.y()) ? 1e300 : hh / std::abs(d.y());
    const double t = std::min({tx, ty, 1.0});
    return node.centre + d * t;
}

} // namespace

QList<PinnedPosition> pinnedPositions(const LayoutGraph &graph, const QList<NodePosition> &stored)
{
    QList<PinnedPosition> pins;
    if (graph.collapsedByCountry)
        return pins;
    QSet<qint64> parties;
    for (const LayoutNode &node : graph.nodes)
        parties.insert(node.party.value);
    for (const NodePosition &p : stored) {
        if (p.pinned && parties.contains(p.party.value))
            pins.append({QStringLiteral("p%1").arg(p.party.value), p.position});
    }
    return pins;
}

void routeStraight(EdgeGeometry &edge, const NodeGeometry &u, const NodeGeometry &v)
{
    edge.curve = CurveKind::Polyline;
    edge.arrowTail.reset();
    if (u.id == v.id) {
        const double x = u.centre.x() + u.size.width() / 2, y = u.centre.y();
        const double h = u.size.height() / 4;
        edge.points = {{x, y - h}, {x + 16, y - h}, {x + 16, y + h}, {x, y + h}};
    } else {
        edge.points = {borderPoint(u, v.centre), borderPoint(v, u.centre)};
    }
    edge.arrowHead = edge.points.last();
    edge.labelPos = (edge.points.at(edge.points.size() / 2 - 1) + edge.points.at(edge.points.size() / 2)) / 2;
}

void translate(LayoutResult &result, QPointF offset)
{
    result.boundingBox.translate(offset);
    for (NodeGeometry &node : result.nodes)
        node.centre += offset;
    for (ClusterGeometry &cluster : result.clusters) {
        cluster.box.translate(offset);
        if (cluster.labelPos)
            *cluster.labelPos += offset;
    }
    for (EdgeGeometry &edge : result.edges) {
        for (QPointF &p : edge.points)
            p += offset;
        for (auto *p : {&edge.arrowHead, &edge.arrowTail, &edge.labelPos}) {
            if (*p)
                **p += offset;
        }
    }
}

void applyPinnedPositions(LayoutResult &result, const QList<PinnedPosition> &pins, bool alignToPins)
{
    QHash<QString, int> index;
    index.reserve(result.nodes.size());
    for (int i = 0; i < result.nodes.size(); ++i)
        index.insert(result.nodes.at(i).id, i);

    QHash<QString, QPointF> target;
    QPointF offsetSum;
    for (const PinnedPosition &pin : pins) {
        const int i = index.value(pin.nodeId, -1);
        if (i < 0 || target.contains(pin.nodeId))
            continue;
        target.insert(pin.nodeId, pin.centre);
        offsetSum += pin.centre - result.nodes.at(i).centre;
    }
    if (target.isEmpty())
        return;
    if (alignToPins)
        translate(result, offsetSum / target.size());

    QHash<QString, QRectF> grow; // cluster name -> rect of its moved nodes
    QRectF bounds = result.boundingBox;
    for (auto it = target.cbegin(); it != target.cend(); ++it) {
        NodeGeometry &node = result.nodes[index.value(it.key())];
        node.centre = it.value();
        const QRectF rect = nodeRect(node);
        bounds |= rect;
        if (!node.cluster.isEmpty())
            grow[node.cluster] |= rect.adjusted(-8, -8, 8, 8);
    }
    for (ClusterGeometry &cluster : result.clusters) {
        if (grow.contains(cluster.name)) {
            cluster.box |= grow.value(cluster.name);
            bounds |= cluster.box;
        }
    }
    for (EdgeGeometry &edge : result.edges) {
        if (!target.contains(edge.from) && !target.contains(edge.to))
            continue;
        const int from = index.value(edge.from, -1), to = index.value(edge.to, -1);
        if (from < 0 || to < 0)
            continue;
        const bool hadLabel = edge.labelPos.has_value();
        routeStraight(edge, result.nodes.at(from), result.nodes.at(to));
        if (!hadLabel)
            edge.labelPos.reset();
    }
    result.boundingBox = bounds;
}

} // namespace chiptrail::layout
