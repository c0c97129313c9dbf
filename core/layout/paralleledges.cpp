// SPDX-License-Identifier: GPL-3.0-or-later
#include "paralleledges.h"

#include <QHash>
#include <QSet>
#include <cmath>

namespace chiptrail::layout {

namespace {

constexpr double spacing = 8; // between parallel links, points

} // namespace

void addParallelEdges(LayoutResult &result, const LayoutGraph &graph)
{
    QSet<QString> laidOut;
    QHash<QString, int> firstOfPair; // "from>to" -> index in result.edges
    for (int i = 0; i < result.edges.size(); ++i) {
        const EdgeGeometry &e = result.edges.at(i);
        laidOut.insert(e.id);
        firstOfPair.insert(e.from + u'>' + e.to, i);
    }
    QHash<int, int> copies; // index of the sibling -> copies made so far
    const qsizetype before = result.edges.size();
    for (const LayoutEdge &edge : graph.edges) {
        if (laidOut.contains(edge.id))
            continue;
        const QString from = graph.nodes.at(edge.from).id, to = graph.nodes.at(edge.to).id;
        const int sibling = firstOfPair.value(from + u'>' + to, -1);
        if (sibling < 0 || sibling >= before)
            continue;
        EdgeGeometry copy = result.edges.at(sibling);
        copy.id = edge.id;
        copy.label = edge.label;
        const int k = ++copies[sibling];
        // Alternate sides: +1, -1, +2, -2 ... spacings off the sibling's path.
        const double shift = ((k + 1) / 2) * spacing * (k % 2 ? 1 : -1);
        if (copy.points.size() >= 2) {
            const QPointF d = copy.points.last() - copy.points.first();
            const double len = std::hypot(d.x(), d.y());
            const QPointF normal = len > 0 ? QPointF(-d.y(), d.x()) / len : QPointF(0, 1);
            if (copy.points.size() == 2) // a straight line gets a bend to show it
                copy.points.insert(1, (copy.points.first() + copy.points.last()) / 2);
            for (int i = 1; i + 1 < copy.points.size(); ++i)
                copy.points[i] += normal * shift;
            if (copy.labelPos)
                *copy.labelPos += normal * shift;
            if (copy.curve == CurveKind::Bezier && copy.points.size() % 3 != 1)
                copy.curve = CurveKind::Polyline;
        }
        result.edges.append(copy);
    }
}

} // namespace chiptrail::layout
