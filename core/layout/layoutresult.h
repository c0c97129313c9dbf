// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <optional>

namespace chiptrail::layout {

// A finished layout in scene coordinates: units are points (1/72 inch, as in Graphviz) and y
// grows downwards (Graphviz's y grows upwards; the parser flips it). Engines put the origin at
// the top-left corner of the bounding box; pinned positions (pinning.h) may then move nodes
// anywhere, and the bounding box grows to hold them.

struct NodeGeometry
{
    QString id;        // the generated id ("p12"); LayoutGraph maps it back to a party
    QPointF centre;
    QSizeF size;
    QString label;     // the label as Graphviz reported it, unescaped (empty when none)
    QString cluster;   // name of the innermost cluster holding the node, empty when none
};

enum class CurveKind {
    Bezier,  // cubic Bézier: 1 + 3n points (start, then control, control, end per segment)
    Polyline // straight segments through the points
};

struct EdgeGeometry
{
    QString id;               // the generated id ("l7"), empty when Graphviz gave none
    QString from;             // node ids
    QString to;
    CurveKind curve = CurveKind::Bezier;
    QList<QPointF> points;    // may be empty when the engine routed no edges
    std::optional<QPointF> arrowHead; // tip of the arrow at `to`, when the points stop short
    std::optional<QPointF> arrowTail;
    std::optional<QPointF> labelPos;
    QString label;
};

struct ClusterGeometry
{
    QString name;   // "cluster_3"
    QString label;  // the country code, unescaped
    QRectF box;
    std::optional<QPointF> labelPos;
};

struct LayoutResult
{
    QRectF boundingBox;  // starts at (0, 0)
    QList<NodeGeometry> nodes;
    QList<EdgeGeometry> edges;
    QList<ClusterGeometry> clusters;
    QString engine;      // "dot", "sfdp", "builtin": shown in the status bar and the bench

    const NodeGeometry *node(const QString &id) const;
};

} // namespace chiptrail::layout
