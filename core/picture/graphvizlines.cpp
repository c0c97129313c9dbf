// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphvizlines.h"

#include "error.h"
#include "layout/graphvizrunner.h"
#include "layout/layoutgraph.h"
#include "layout/layoutjob.h"
#include "picture/chainlayout.h"
#include "picture/picturebuilder.h"
#include "picture/picturegeometry.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace chiptrail::picture {
namespace {

struct Picture
{
    Q_DECLARE_TR_FUNCTIONS(Picture)
};

QByteArray number(double value) { return QByteArray::number(value, 'f', 2); }

// The cards other than the line's own two that the polyline runs through (up to `enough`).
int crossedCards(const ChainPicture &picture, const QPolygonF &polyline, const LinkLine &line, int enough = 1 << 30)
{
    const QRectF span = polyline.boundingRect().adjusted(-1, -1, 1, 1);
    int count = 0;
    for (const Card &card : picture.cards) {
        if (card.party == line.from || card.party == line.to || !card.rect.intersects(span))
            continue;
        const QRectF inside = card.rect.adjusted(1, 1, -1, -1);
        for (int i = 0; i + 1 < polyline.size(); ++i) {
            double t0 = 0, t1 = 1;
            if (clipSegment(QLineF(polyline.at(i), polyline.at(i + 1)), inside, t0, t1) && t1 - t0 > 1e-6) {
                if (++count >= enough)
                    return count;
                break;
            }
        }
    }
    return count;
}

bool crossesOtherCard(const ChainPicture &picture, const QPolygonF &polyline, const LinkLine &line)
{
    return crossedCards(picture, polyline, line, 1) > 0;
}

// dot routes a link between two cards of one tier far apart straight through the cards between
// them (a flat edge in a cluster): such a line takes the arc of the built-in routing that crosses
// fewest cards, when that is fewer.
int replaceCrossingSplines(ChainPicture &picture)
{
    QHash<qint64, QRectF> rectOf;
    for (const Card &card : std::as_const(picture.cards))
        rectOf.insert(card.party.value, card.rect);
    int replaced = 0;
    for (LinkLine &line : picture.lines) {
        if (line.geometry.curve != LinkGeometry::Curve::Spline || line.from == line.to)
            continue;
        int fewest = crossedCards(picture, line.geometry.polyline, line);
        if (fewest == 0)
            continue;
        const QRectF from = rectOf.value(line.from.value), to = rectOf.value(line.to.value);
        std::optional<LinkGeometry> best;
        for (int index = 0; index <= 12 && fewest > 0; ++index) {
            const LinkGeometry arc = linkGeometry(from.center(), from.size(), to.center(), to.size(), false, index);
            const int crossed = crossedCards(picture, arc.polyline, line, fewest);
            if (crossed < fewest) {
                fewest = crossed;
                best = arc;
            }
        }
        if (best) {
            line.geometry = *best;
            ++replaced;
        }
    }
    return replaced;
}

// Links dot left out (the second and later between the same two cards: dot 2.43 aborts on parallel
// edges between clustered nodes) run beside their sibling's spline, to alternating sides.
int addParallelSplines(ChainPicture &picture)
{
    QHash<QPair<qint64, qint64>, int> splined; // unordered card pair -> a line along a spline
    const auto pairOf = [](const LinkLine &line) {
        return qMakePair(std::min(line.from.value, line.to.value), std::max(line.from.value, line.to.value));
    };
    for (int i = 0; i < picture.lines.size(); ++i)
        if (picture.lines.at(i).geometry.curve == LinkGeometry::Curve::Spline && picture.lines.at(i).from != picture.lines.at(i).to)
            splined.insert(pairOf(picture.lines.at(i)), i);
    QHash<qint64, int> labelOf;
    for (int i = 0; i < picture.labels.size(); ++i)
        labelOf.insert(picture.labels.at(i).link.value, i);
    QHash<QPair<qint64, qint64>, int> besides;
    int added = 0;
    for (LinkLine &line : picture.lines) {
        if (line.geometry.curve == LinkGeometry::Curve::Spline || line.from == line.to)
            continue;
        const auto sibling = splined.constFind(pairOf(line));
        if (sibling == splined.constEnd())
            continue;
        const LinkLine &model = picture.lines.at(*sibling);
        QPolygonF spline = model.geometry.spline;
        QPointF tip = model.geometry.end;
        if (model.from != line.from) {
            // The other way round: from the sibling's tip, straight to where its curve ends, then
            // its segments backwards; the tip is where the sibling starts.
            QPolygonF reversed{tip, tip, spline.last()};
            for (qsizetype i = spline.size() - 1; i >= 0; --i)
                reversed.append(spline.at(i));
            tip = spline.first();
            spline = reversed;
        }
        const QPointF chord = spline.last() - spline.first();
        const double length = std::max(1.0, std::hypot(chord.x(), chord.y()));
        const int index = ++besides[pairOf(line)];
        const double side = (index % 2 == 1 ? 1 : -1) * 9.0 * ((index + 1) / 2);
        const QPointF normal = QPointF(-chord.y() / length, chord.x() / length) * side;
        for (QPointF &p : spline)
            p += normal;
        const LinkGeometry beside = splineGeometry(spline, tip + normal, std::nullopt);
        if (crossesOtherCard(picture, beside.polyline, line))
            continue; // the built-in routing bends it (lineplacement.h)
        line.geometry = beside;
        if (const auto label = labelOf.constFind(line.link.value); label != labelOf.constEnd())
            placeLabel(picture.labels[*label], line.geometry.labelAnchor);
        ++added;
    }
    return added;
}

} // namespace

QByteArray positionedDot(const ChainPicture &picture)
{
    QHash<qint64, int> cardOf;
    for (int i = 0; i < picture.cards.size(); ++i)
        cardOf.insert(picture.cards.at(i).party.value, i);
    // esep: the room (in points, "+") neato's router keeps between a line and a card it passes; where
    // cards stand closer than that, neato draws every line straight (the built-in routing then bends them).
    QByteArray dot = "digraph chain {\n" // notr
                     "graph [splines=true, esep=\"+5\", outputorder=edgesfirst];\n"
                     "node [shape=box, fixedsize=true, label=\"\"];\n";
    for (const Card &card : picture.cards) {
        const QPointF c = card.rect.center();
        dot += 'p' + QByteArray::number(card.party.value) + " [pos=\"" + number(c.x()) + ',' + number(-c.y())
               + "!\", width=" + number(card.rect.width() / 72.0) + ", height=" + number(card.rect.height() / 72.0)
               + "];\n";
    }
    for (const LinkLine &line : picture.lines) {
        if (!cardOf.contains(line.from.value) || !cardOf.contains(line.to.value)
            || line.geometry.curve == LinkGeometry::Curve::Spline)
            continue;
        dot += 'p' + QByteArray::number(line.from.value) + " -> p" + QByteArray::number(line.to.value) + " [id=\"l"
               + QByteArray::number(line.link.value) + "\"];\n";
    }
    dot += "}\n";
    return dot;
}

int applyGraphvizLines(ChainPicture &picture, const layout::LayoutResult &routes)
{
    // The parser moved Graphviz's space to a box at the origin, and pins may have moved it again:
    // the shift back is the one most cards agree on; a card elsewhere was moved since.
    QHash<qint64, QPointF> centreOf;
    for (const Card &card : std::as_const(picture.cards))
        centreOf.insert(card.party.value, card.rect.center());
    QHash<QPair<qint64, qint64>, int> votes;
    QPointF shift;
    int mostVotes = 0;
    for (const layout::NodeGeometry &node : routes.nodes) {
        const auto found = centreOf.constFind(layout::partyFromNodeId(node.id).value);
        if (found == centreOf.constEnd())
            continue;
        const QPointF offset = *found - node.centre;
        const int count = ++votes[qMakePair(qRound64(offset.x() * 4), qRound64(offset.y() * 4))];
        if (count > mostVotes) {
            mostVotes = count;
            shift = offset;
        }
    }
    if (mostVotes == 0)
        return 0;
    QSet<qint64> inPlace;
    for (const layout::NodeGeometry &node : routes.nodes) {
        const qint64 party = layout::partyFromNodeId(node.id).value;
        const auto found = centreOf.constFind(party);
        if (found != centreOf.constEnd() && QLineF(*found, node.centre + shift).length() < 0.5)
            inPlace.insert(party);
    }
    QHash<qint64, int> lineOf, labelOf;
    for (int i = 0; i < picture.lines.size(); ++i)
        lineOf.insert(picture.lines.at(i).link.value, i);
    for (int i = 0; i < picture.labels.size(); ++i)
        labelOf.insert(picture.labels.at(i).link.value, i);
    int routed = 0;
    for (const layout::EdgeGeometry &edge : routes.edges) {
        const LinkId link = layout::linkFromEdgeId(edge.id);
        const auto found = lineOf.constFind(link.value);
        if (found == lineOf.constEnd() || edge.curve != layout::CurveKind::Bezier || edge.points.size() < 4)
            continue;
        LinkLine &line = picture.lines[*found];
        if (line.geometry.curve == LinkGeometry::Curve::Spline || !inPlace.contains(line.from.value)
            || !inPlace.contains(line.to.value))
            continue;
        // Graphviz draws an edge from tail to head: one the wrong way round is not this line.
        if (layout::partyFromNodeId(edge.from) != line.from || layout::partyFromNodeId(edge.to) != line.to)
            continue;
        QPolygonF spline;
        spline.reserve(edge.points.size());
        for (const QPointF &p : edge.points)
            spline.append(p + shift);
        const QPointF tip = edge.arrowHead ? *edge.arrowHead + shift : spline.last();
        std::optional<QPointF> labelAnchor;
        if (edge.labelPos)
            labelAnchor = *edge.labelPos + shift;
        line.geometry = splineGeometry(spline, tip, labelAnchor);
        if (const auto label = labelOf.constFind(link.value); label != labelOf.constEnd())
            placeLabel(picture.labels[*label], line.geometry.labelAnchor);
        ++routed;
    }
    if (routed > 0)
        picture.bounds = pictureBounds(picture);
    return routed;
}

int applyDotLines(ChainPicture &picture, const layout::LayoutResult &routes)
{
    int routed = applyGraphvizLines(picture, routes);
    routed += addParallelSplines(picture);
    routed -= replaceCrossingSplines(picture);
    return routed;
}

std::optional<layout::GraphvizRequest> dotLinesRequest(const CaseData &data, const GraphvizLinesOptions &options)
{
    // The graph the layout ran on, as the layout runs it: the same places.
    const layout::LayoutGraph graph = canvasLayoutGraph(data);
    const layout::LayoutPlan plan = layout::planLayout(graph, {});
    if (plan.engine != layout::LayoutStrategy::Dot)
        return std::nullopt;
    layout::GraphvizRequest request;
    request.engine = layout::GraphvizEngine::Dot;
    request.program = options.dotProgram;
    request.extraArguments = plan.arguments;
    request.timeoutMs = options.timeoutMs;
    layout::DotOptions dot = plan.dot;
    dot.nodeLabels = false;
    request.dot = layout::writeDot(graph, dot);
    return request;
}

GraphvizLinesOutcome drawLinesWithGraphviz(ChainPicture &picture, const CaseData &data,
                                           const GraphvizLinesOptions &options, layout::GraphvizRunner *runner)
{
    GraphvizLinesOutcome outcome;
    if (picture.lines.isEmpty())
        return outcome;
    layout::GraphvizRunner own;
    layout::GraphvizRunner &run = runner ? *runner : own;
    if (const std::optional<layout::GraphvizRequest> request = dotLinesRequest(data, options)) {
        try {
            outcome.fromDot = applyDotLines(picture, run.layout(*request));
        } catch (const CaseError &error) {
            outcome.notUsedBecause = error.message();
            if (run.isCancelled())
                return outcome;
        }
    }
    picture.bounds = pictureBounds(picture);
    if (outcome.fromDot == picture.lines.size())
        return outcome;
    if (picture.cards.size() > options.neatoMaxCards) {
        if (outcome.notUsedBecause.isEmpty())
            outcome.notUsedBecause = Picture::tr("More than %1 cards: lines of moved cards keep ChipTrail's own routing.")
                                         .arg(options.neatoMaxCards);
        return outcome;
    }
    layout::GraphvizRequest request;
    request.engine = layout::GraphvizEngine::Neato;
    request.program = options.neatoProgram;
    request.extraArguments = {QStringLiteral("-n2")};
    request.dot = positionedDot(picture);
    request.timeoutMs = options.timeoutMs;
    try {
        outcome.fromNeato = applyGraphvizLines(picture, run.layout(request));
    } catch (const CaseError &error) {
        outcome.notUsedBecause = error.message();
    }
    picture.bounds = pictureBounds(picture);
    return outcome;
}

} // namespace chiptrail::picture
