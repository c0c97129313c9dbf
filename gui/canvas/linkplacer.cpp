// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkplacer.h"

#include "canvas/chainscene.h"
#include "canvas/countryboxitem.h"
#include "canvas/groupnodeitem.h"
#include "canvas/linkedgeitem.h"
#include "canvas/mergededgeitem.h"
#include "canvas/partynodeitem.h"
#include "layout/layoutgraph.h"
#include "picture/graphvizlines.h"
#include "picture/labelplacement.h"
#include "picture/lineplacement.h"
#include "picture/picturecheck.h"
#include "picture/picturegeometry.h"

#include <algorithm>

namespace chiptrail::gui {
namespace {

// An arc of the built-in routing bends at most about 170 units off the straight line
// (picture::linkGeometry): the cards that may be in its way lie within this much of its two cards.
constexpr double arcReach = 220;
// A line longer than this across or down the chain is not bent after an edit: the cards near it
// would be a good part of a big chain. It stays straight until the next layout.
constexpr double longestRoutedAfterEdit = 2500;

picture::Card cardOf(const PartyNodeItem *node)
{
    picture::Card card = node->card();
    card.rect.translate(node->pos());
    return card;
}

picture::GroupCard groupCardOf(const GroupNodeItem *group)
{
    picture::GroupCard card = group->card();
    card.rect.translate(group->pos());
    return card;
}

picture::LinkLine lineOf(const LinkEdgeItem *edge)
{
    picture::LinkLine line = edge->line();
    line.from = edge->link().from;
    line.to = edge->link().to;
    return line;
}

bool byLinkId(const LinkEdgeItem *a, const LinkEdgeItem *b) { return a->linkId().value < b->linkId().value; }

// What a label must keep clear of, gathered from the scene item by item, each once.
class Obstacles
{
public:
    Obstacles(picture::ChainPicture &picture, const QSet<const QGraphicsItem *> &placing)
        : m_picture(picture), m_seen(placing)
    {
    }

    // Cards and group cards only: what a line is bent round.
    void addCard(const QGraphicsItem *item)
    {
        if (!item->isVisible() || m_seen.contains(item))
            return;
        if (const auto *node = qgraphicsitem_cast<const PartyNodeItem *>(item)) {
            m_seen.insert(item);
            m_picture.cards.append(cardOf(node));
        } else if (const auto *group = qgraphicsitem_cast<const GroupNodeItem *>(item)) {
            m_seen.insert(item);
            m_picture.groups.append(groupCardOf(group));
        }
    }

    // Everything a label must not cover: cards, country headings, the merged lines' counts and the
    // labels that stay where they are.
    void add(const QGraphicsItem *item)
    {
        if (!item->isVisible() || m_seen.contains(item))
            return;
        if (const auto *box = qgraphicsitem_cast<const CountryBoxItem *>(item)) {
            m_seen.insert(item);
            m_picture.boxes.append(box->box());
        } else if (const auto *merged = qgraphicsitem_cast<const MergedEdgeItem *>(item)) {
            m_seen.insert(item);
            m_picture.mergedLines.append(merged->line());
        } else if (const auto *edge = qgraphicsitem_cast<const LinkEdgeItem *>(item)) {
            m_seen.insert(item);
            if (!edge->labelLeftOut())
                m_picture.labels.append(edge->labelData());
        } else {
            addCard(item);
        }
    }

private:
    picture::ChainPicture &m_picture;
    QSet<const QGraphicsItem *> m_seen;
};

} // namespace

LinkPlacer::LinkPlacer(ChainScene *scene) : QObject(scene), m_scene(scene) {}

void LinkPlacer::setDotLayout(const layout::LayoutResult &result)
{
    const bool splined = std::any_of(result.edges.cbegin(), result.edges.cend(), [](const layout::EdgeGeometry &edge) {
        return edge.curve == layout::CurveKind::Bezier && edge.points.size() >= 4;
    });
    if (!splined)
        return; // the built-in layout: its lines are the canvas's own, placed already
    // Working out dot's lines happens here, on the window's thread, once per link: 100,000 links
    // between two parties (a hostile-file case) froze the window for minutes. Past this many the
    // canvas keeps its own lines, as it does for layouts dot did not make; exports still draw dot's.
    constexpr int dotLinesLimit = 10000;
    if (result.edges.size() > dotLinesLimit)
        return;
    // dot's splines for the cards where they stand, worked out as the exports do.
    QList<LinkEdgeItem *> edges = m_scene->edges();
    std::sort(edges.begin(), edges.end(), byLinkId);
    picture::ChainPicture chain;
    for (const Party &party : m_scene->caseData().parties)
        if (const PartyNodeItem *node = m_scene->node(party.id))
            chain.cards.append(cardOf(node));
    for (LinkEdgeItem *edge : std::as_const(edges)) {
        picture::LinkLine line = lineOf(edge);
        line.geometry = picture::linkGeometry(edge->fromNode()->pos(), edge->fromNode()->size(), edge->toNode()->pos(),
                                              edge->toNode()->size(), edge->fromNode() == edge->toNode(),
                                              edge->parallelIndex());
        chain.lines.append(line);
    }
    picture::applyDotLines(chain, result);
    for (const layout::EdgeGeometry &edge : result.edges) // routed again: what it says now counts
        m_dot.remove(layout::linkFromEdgeId(edge.id).value);
    for (int i = 0; i < edges.size(); ++i) {
        const picture::LinkLine &line = chain.lines.at(i);
        if (line.geometry.curve == picture::LinkGeometry::Curve::Spline)
            m_dot.insert(line.link.value, {edges.at(i)->fromNode()->pos(), edges.at(i)->toNode()->pos(), line.geometry});
    }
    placeAll();
}

void LinkPlacer::forgetDotLayout() { m_dot.clear(); }

const picture::LinkGeometry *LinkPlacer::dotLine(LinkId link, const QPointF &from, const QPointF &to) const
{
    const auto found = m_dot.constFind(link.value);
    if (found == m_dot.constEnd() || QLineF(found->from, from).length() > 0.5 || QLineF(found->to, to).length() > 0.5)
        return nullptr;
    return &found->geometry;
}

void LinkPlacer::post()
{
    // Once for all the changes of this event: a layout moves many cards, a drag one card many times.
    if (!std::exchange(m_posted, true))
        QMetaObject::invokeMethod(this, &LinkPlacer::placeDue, Qt::QueuedConnection);
}

void LinkPlacer::due(LinkEdgeItem *edge)
{
    m_due.insert(edge);
    post();
}

void LinkPlacer::cardMoved(PartyId party)
{
    m_movedCards.insert(party.value);
    post();
}

void LinkPlacer::forget(LinkEdgeItem *edge)
{
    m_due.remove(edge);
    if (m_leftOut.remove(edge)) // the legend's count goes down
        post();
}

void LinkPlacer::setLeftOut(LinkEdgeItem *edge, bool leftOut)
{
    if (leftOut)
        m_leftOut.insert(edge);
    else
        m_leftOut.remove(edge);
}

void LinkPlacer::placeAll()
{
    QList<LinkEdgeItem *> edges = m_scene->edges();
    // In the order of the links, not of a hash: the same chain gets the same places every time.
    std::sort(edges.begin(), edges.end(), byLinkId);
    edges.removeIf([](const LinkEdgeItem *edge) { return !edge->isVisible(); });
    for (LinkEdgeItem *edge : std::as_const(edges))
        edge->adjust(); // along dot's spline where its cards are still in dot's places
    m_due.clear();
    m_movedCards.clear();

    picture::ChainPicture chain;
    for (const Party &party : m_scene->caseData().parties)
        if (const PartyNodeItem *node = m_scene->node(party.id); node && node->isVisible())
            chain.cards.append(cardOf(node));
    for (const GroupNodeItem *group : m_scene->groupNodes())
        if (group->isVisible())
            chain.groups.append(groupCardOf(group));
    for (const CountryBoxItem *box : m_scene->countryBoxes())
        if (box->isVisible())
            chain.boxes.append(box->box());
    for (const MergedEdgeItem *merged : m_scene->mergedEdges())
        if (merged->isVisible())
            chain.mergedLines.append(merged->line());
    chain.lines.reserve(edges.size());
    chain.labels.reserve(edges.size());
    for (const LinkEdgeItem *edge : std::as_const(edges)) {
        chain.lines.append(lineOf(edge));
        chain.labels.append(edge->labelData());
    }
    picture::routeLinesAroundCards(chain);
    picture::placeLabelsClear(chain);
    m_leftOut.clear();
    for (int i = 0; i < edges.size(); ++i) {
        edges.at(i)->setPlaced(chain.lines.at(i).geometry, chain.labels.at(i));
        setLeftOut(edges.at(i), edges.at(i)->labelLeftOut());
    }
    if (std::exchange(m_reportedLeftOut, leftOut()) != leftOut())
        Q_EMIT leftOutChanged(leftOut());
}

void LinkPlacer::placeDue()
{
    m_posted = false;
    const qsizetype links = m_scene->edgeCount();
    if (isDue()) {
        const qsizetype changes = m_due.size() + m_movedCards.size();
        if (links <= m_wholeChainUpTo || changes > std::max<qsizetype>(200, links / 4)) {
            placeAll();
            return;
        }
        QList<LinkEdgeItem *> due(m_due.cbegin(), m_due.cend());
        m_due.clear();
        std::sort(due.begin(), due.end(), byLinkId);
        due.removeIf([](const LinkEdgeItem *edge) { return !edge->isVisible(); });
        QList<PartyId> moved;
        for (const qint64 id : std::as_const(m_movedCards))
            moved.append(PartyId(id));
        m_movedCards.clear();
        placeAround(due, moved);
    }
    if (std::exchange(m_reportedLeftOut, leftOut()) != leftOut())
        Q_EMIT leftOutChanged(leftOut());
}

void LinkPlacer::placeAround(const QList<LinkEdgeItem *> &due, const QList<PartyId> &movedCards)
{
    // The lines first: bent round the cards near them, as an export bends them, unless dot's.
    QHash<LinkEdgeItem *, picture::LinkGeometry> lines;
    {
        picture::ChainPicture near;
        Obstacles cards(near, {});
        QList<LinkEdgeItem *> routed;
        for (LinkEdgeItem *edge : due) {
            lines.insert(edge, edge->line().geometry);
            if (edge->line().geometry.curve == picture::LinkGeometry::Curve::Spline || edge->fromNode() == edge->toNode())
                continue;
            const QRectF reach = QRectF(edge->fromNode()->pos(), edge->toNode()->pos())
                                     .normalized()
                                     .adjusted(-arcReach, -arcReach, arcReach, arcReach);
            if (reach.width() > longestRoutedAfterEdit + 2 * arcReach || reach.height() > longestRoutedAfterEdit + 2 * arcReach)
                continue;
            for (const QGraphicsItem *item : m_scene->items(reach, Qt::IntersectsItemBoundingRect))
                cards.addCard(item);
            near.lines.append(lineOf(edge));
            routed.append(edge);
        }
        if (!routed.isEmpty()) {
            picture::routeLinesAroundCards(near);
            for (int i = 0; i < routed.size(); ++i)
                lines.insert(routed.at(i), near.lines.at(i).geometry);
        }
    }

    // Then the labels: those of the touched links, and those now lying on their cards or on the
    // headings of their countries (a moved card may land on another link's label).
    QSet<LinkEdgeItem *> placing(due.cbegin(), due.cend());
    const auto disturbedIn = [&](const QRectF &rect) {
        for (QGraphicsItem *item : m_scene->items(rect, Qt::IntersectsItemBoundingRect))
            if (auto *edge = qgraphicsitem_cast<LinkEdgeItem *>(item); edge && edge->isVisible() && !placing.contains(edge)
                                                                         && !edge->labelLeftOut()
                                                                         && picture::labelBounds(edge->labelData()).intersects(rect))
                placing.insert(edge);
    };
    QSet<const PartyNodeItem *> cards;
    for (const LinkEdgeItem *edge : due)
        cards << edge->fromNode() << edge->toNode();
    for (const PartyId party : movedCards)
        if (const PartyNodeItem *node = m_scene->node(party))
            cards << node;
    for (const PartyNodeItem *node : std::as_const(cards)) {
        if (!node->isVisible())
            continue;
        disturbedIn(picture::cardBounds(cardOf(node).rect));
        if (const CountryBoxItem *box = m_scene->countryBox(node->country()))
            disturbedIn(picture::countryHeaderRect(box->box()).adjusted(-2, -2, 2, 2));
    }
    for (LinkEdgeItem *edge : std::as_const(placing))
        if (!lines.contains(edge))
            lines.insert(edge, edge->line().geometry);

    QList<LinkEdgeItem *> order(placing.cbegin(), placing.cend());
    std::sort(order.begin(), order.end(), byLinkId);
    picture::ChainPicture near;
    QSet<qint64> movable;
    QSet<const QGraphicsItem *> placingItems;
    for (LinkEdgeItem *edge : std::as_const(order)) {
        picture::LinkLine line = lineOf(edge);
        line.geometry = lines.value(edge);
        picture::LinkLabel label = edge->labelData();
        picture::moveLabel(label, line.geometry.labelAnchor);
        near.lines.append(line);
        near.labels.append(label);
        movable.insert(edge->linkId().value);
        placingItems.insert(edge);
    }
    Obstacles obstacles(near, placingItems);
    for (int i = 0; i < order.size(); ++i)
        for (const QRectF &rect : picture::labelSearchArea(near.lines.at(i).geometry.polyline, near.labels.at(i).box.size()))
            for (const QGraphicsItem *item : m_scene->items(rect, Qt::IntersectsItemBoundingRect))
                obstacles.add(item);
    picture::placeLabelsClear(near, movable);
    for (int i = 0; i < order.size(); ++i) {
        order.at(i)->setPlaced(near.lines.at(i).geometry, near.labels.at(i));
        setLeftOut(order.at(i), order.at(i)->labelLeftOut());
    }
}

} // namespace chiptrail::gui
