// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphvizjson.h"

#include "dotescape.h"
#include "dotwriter.h"
#include "error.h"
#include "pinning.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace chiptrail::layout {

namespace {

[[noreturn]] void fail(const QString &detail)
{
    throw CaseError(QCoreApplication::translate("Layout", "Graphviz gave a layout that cannot be read: %1")
                        .arg(detail));
}

// Coordinates far outside any drawable scene are treated as garbage, not drawn.
constexpr double coordinateLimit = 1e8;

std::optional<double> number(QStringView text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || std::abs(v) > coordinateLimit)
        return std::nullopt;
    return v;
}

// "x,y" (neato may append "!" for pinned nodes).
std::optional<QPointF> point(QStringView text)
{
    if (text.endsWith(u'!'))
        text.chop(1);
    const qsizetype comma = text.indexOf(u',');
    if (comma < 0)
        return std::nullopt;
    const auto x = number(text.left(comma));
    const auto y = number(text.mid(comma + 1));
    if (!x || !y)
        return std::nullopt;
    return QPointF(*x, *y);
}

std::optional<QRectF> box(QStringView text) // "llx,lly,urx,ury", y up
{
    const auto parts = text.split(u',');
    if (parts.size() != 4)
        return std::nullopt;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        const auto n = number(parts.at(i));
        if (!n)
            return std::nullopt;
        v[i] = *n;
    }
    if (v[2] < v[0] || v[3] < v[1])
        return std::nullopt;
    return QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
}

// Graphviz space (y up, origin at bb's lower left) -> scene (y down, origin at bb's top left).
struct Flip
{
    QRectF bb;
    QPointF operator()(QPointF p) const { return {p.x() - bb.left(), bb.bottom() - p.y()}; }
    QRectF operator()(const QRectF &r) const
    {
        return QRectF(QPointF(r.left() - bb.left(), bb.bottom() - r.bottom()), r.size());
    }
};

void parseEdgePos(QStringView pos, const Flip &flip, EdgeGeometry &edge)
{
    // "e,x,y s,x,y x,y x,y ..." — with `concentrate` there may be several splines split by ';':
    // the first one is kept, the canvas draws one curve per link.
    const qsizetype semicolon = pos.indexOf(u';');
    if (semicolon >= 0)
        pos = pos.left(semicolon);
    for (QStringView token : pos.split(u' ', Qt::SkipEmptyParts)) {
        if (token.startsWith(u"e,")) {
            if (auto p = point(token.mid(2)))
                edge.arrowHead = flip(*p);
        } else if (token.startsWith(u"s,")) {
            if (auto p = point(token.mid(2)))
                edge.arrowTail = flip(*p);
        } else if (auto p = point(token)) {
            edge.points.append(flip(*p));
        } else {
            fail(QCoreApplication::translate("Layout", "edge %1 has a bad point \"%2\"")
                     .arg(edge.id, token.left(40).toString()));
        }
    }
    edge.curve = (edge.points.size() % 3 == 1 && edge.points.size() >= 4) ? CurveKind::Bezier
                                                                            : CurveKind::Polyline;
}

bool isSubgraph(const QJsonObject &object, int index, int subgraphCount)
{
    if (subgraphCount >= 0)
        return index < subgraphCount;
    return object.contains(QLatin1String("nodes")) || object.contains(QLatin1String("bb"));
}

// Graphviz's bb does not always hold every spline (edges with constraint=false may bulge out of
// it): grow the box to hold everything and keep its corner at the origin.
void fitBoundingBox(LayoutResult &result)
{
    QRectF all = result.boundingBox;
    for (const NodeGeometry &n : std::as_const(result.nodes))
        all |= QRectF(n.centre - QPointF(n.size.width() / 2, n.size.height() / 2), n.size);
    for (const EdgeGeometry &e : std::as_const(result.edges)) {
        for (const QPointF &p : e.points)
            all |= QRectF(p, QSizeF(0, 0)).adjusted(-1, -1, 1, 1);
        for (const auto &p : {e.arrowHead, e.arrowTail, e.labelPos}) {
            if (p)
                all |= QRectF(*p, QSizeF(0, 0)).adjusted(-1, -1, 1, 1);
        }
    }
    for (const ClusterGeometry &c : std::as_const(result.clusters))
        all |= c.box;
    if (all == result.boundingBox)
        return;
    translate(result, -all.topLeft());
    result.boundingBox = QRectF(QPointF(0, 0), all.size());
}

} // namespace

LayoutResult parseGraphvizJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        fail(QCoreApplication::translate("Layout", "%1 at byte %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        fail(QCoreApplication::translate("Layout", "the document is not a JSON object"));
    const QJsonObject root = doc.object();

    LayoutResult result;
    const auto bb = box(root.value(QLatin1String("bb")).toString());
    if (!bb)
        fail(QCoreApplication::translate("Layout", "the graph has no bounding box"));
    const Flip flip{*bb};
    result.boundingBox = QRectF(QPointF(0, 0), bb->size());

    const QJsonValue countValue = root.value(QLatin1String("_subgraph_cnt"));
    const int subgraphCount = countValue.isDouble() ? countValue.toInt(-1) : -1;
    const QJsonArray objects = root.value(QLatin1String("objects")).toArray();
    QHash<int, QString> nameOfGvid;
    nameOfGvid.reserve(objects.size());
    QHash<int, QString> clusterOfGvid; // clusters come before nodes: remember, then assign

    for (int i = 0; i < objects.size(); ++i) {
        const QJsonObject object = objects.at(i).toObject();
        const QString name = object.value(QLatin1String("name")).toString();
        if (isSubgraph(object, i, subgraphCount)) {
            if (!name.startsWith(QLatin1String("cluster")))
                continue; // rank=same groups carry no geometry
            ClusterGeometry cluster;
            cluster.name = name;
            cluster.label = unescapeDotLabel(object.value(QLatin1String("label")).toString());
            if (const auto r = box(object.value(QLatin1String("bb")).toString()))
                cluster.box = flip(*r);
            if (const auto p = point(object.value(QLatin1String("lp")).toString()))
                cluster.labelPos = flip(*p);
            // Clusters are listed outer before inner: the last one named wins (innermost).
            const QJsonArray members = object.value(QLatin1String("nodes")).toArray();
            for (const QJsonValue &member : members)
                clusterOfGvid.insert(member.toInt(-1), name);
            result.clusters.append(cluster);
            continue;
        }
        if (name.isEmpty())
            fail(QCoreApplication::translate("Layout", "object %1 has no name").arg(i));
        const QJsonValue gvidValue = object.value(QLatin1String("_gvid"));
        const int gvid = gvidValue.isDouble() ? gvidValue.toInt() : i;
        nameOfGvid.insert(gvid, name);
        if (isSkeletonNodeId(name))
            continue;
        NodeGeometry node;
        node.id = name;
        const auto centre = point(object.value(QLatin1String("pos")).toString());
        if (!centre)
            fail(QCoreApplication::translate("Layout", "node %1 has no position").arg(name.left(40)));
        node.centre = flip(*centre);
        const auto w = number(object.value(QLatin1String("width")).toString());
        const auto h = number(object.value(QLatin1String("height")).toString());
        node.size = QSizeF(w ? *w * 72.0 : 0.0, h ? *h * 72.0 : 0.0);
        node.label = unescapeDotLabel(object.value(QLatin1String("label")).toString());
        node.cluster = clusterOfGvid.value(gvid);
        result.nodes.append(node);
    }

    const QJsonArray edges = root.value(QLatin1String("edges")).toArray();
    result.edges.reserve(edges.size());
    for (int i = 0; i < edges.size(); ++i) {
        const QJsonObject object = edges.at(i).toObject();
        const QJsonValue tail = object.value(QLatin1String("tail"));
        const QJsonValue head = object.value(QLatin1String("head"));
        if (!tail.isDouble() || !head.isDouble() || !nameOfGvid.contains(tail.toInt())
            || !nameOfGvid.contains(head.toInt()))
            fail(QCoreApplication::translate("Layout", "edge %1 joins unknown nodes").arg(i));
        EdgeGeometry edge;
        edge.from = nameOfGvid.value(tail.toInt());
        edge.to = nameOfGvid.value(head.toInt());
        if (isSkeletonNodeId(edge.from) || isSkeletonNodeId(edge.to))
            continue;
        edge.id = object.value(QLatin1String("id")).toString();
        parseEdgePos(object.value(QLatin1String("pos")).toString(), flip, edge);
        if (const auto p = point(object.value(QLatin1String("lp")).toString()))
            edge.labelPos = flip(*p);
        edge.label = unescapeDotLabel(object.value(QLatin1String("label")).toString());
        result.edges.append(edge);
    }
    fitBoundingBox(result);
    return result;
}

} // namespace chiptrail::layout
