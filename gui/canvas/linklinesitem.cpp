// SPDX-License-Identifier: GPL-3.0-or-later
#include "linklinesitem.h"

#include "canvas/linkedgeitem.h"
#include "picture/picturegeometry.h"
#include "picture/picturepainter.h"

#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <memory>

namespace chiptrail::gui {
namespace {

// Looking up more cells than this costs more than testing every link's box.
constexpr qint64 gridCellLimit = 1024;

bool raised(const LinkEdgeItem *edge) { return edge->isRaised(); }

} // namespace

LinkLinesItem::LinkLinesItem()
{
    // Between the country boxes (0) and the link labels (1); the cards (2) cover the line ends.
    setZValue(0.5);
    setFlags(ItemUsesExtendedStyleOption);
    setAcceptedMouseButtons(Qt::LeftButton);
}

LinkLinesItem::~LinkLinesItem()
{
    for (LinkEdgeItem *edge : m_slots)
        if (edge)
            edge->detachFromLines();
}

void LinkLinesItem::add(LinkEdgeItem *edge)
{
    edge->setLineSlot(int(m_slots.size()));
    m_slots.push_back(edge);
    m_seen.push_back(0);
    m_grid.insert(edge->lineSlot(), edge->polyline(), edge->lineMargin());
    if (!m_bounds.contains(edge->lineBounds())) {
        prepareGeometryChange();
        m_bounds |= edge->lineBounds();
    }
    repaintAlong(edge->polyline(), edge->lineMargin());
}

void LinkLinesItem::repaintAlong(const QPolygonF &line, double margin)
{
    // Only the strip the line runs along: the bounding box of a long diagonal line is most of the
    // view, and drawing that again means every card in it (a new link of a 5,000-party case cost
    // the window 20 ms that way). Each rectangle goes to the scene by itself; an item's own
    // update() would merge them into their bounding box again.
    for (const QRectF &rect : picture::stripRects(line, margin)) {
        m_tiles.drop(rect);
        if (scene())
            scene()->update(rect);
    }
}

void LinkLinesItem::refile(LinkEdgeItem *edge, const QPolygonF &oldLine)
{
    repaintAlong(oldLine, edge->lineMargin());
    m_grid.remove(edge->lineSlot(), oldLine, edge->lineMargin());
    m_grid.insert(edge->lineSlot(), edge->polyline(), edge->lineMargin());
    if (!m_bounds.contains(edge->lineBounds())) {
        prepareGeometryChange();
        m_bounds |= edge->lineBounds();
    }
    repaintAlong(edge->polyline(), edge->lineMargin());
}

void LinkLinesItem::remove(LinkEdgeItem *edge)
{
    const int slot = edge->lineSlot();
    if (slot < 0 || slot >= int(m_slots.size()) || m_slots[slot] != edge)
        return;
    m_grid.remove(slot, edge->polyline(), edge->lineMargin());
    m_slots[slot] = nullptr;
    repaintAlong(edge->polyline(), edge->lineMargin());
}

std::vector<LinkEdgeItem *> LinkLinesItem::candidates(const QRectF &area) const
{
    std::vector<LinkEdgeItem *> found;
    const auto consider = [&](LinkEdgeItem *edge) {
        if (edge && edge->isVisible() && edge->lineBounds().intersects(area))
            found.push_back(edge);
    };
    if (m_grid.cellsIn(area) > gridCellLimit) {
        for (LinkEdgeItem *edge : m_slots) // already in slot order
            consider(edge);
        return found;
    }
    ++m_query;
    m_grid.forEachIn(area, [&](int slot) {
        if (m_seen[slot] != m_query) {
            m_seen[slot] = m_query;
            consider(m_slots[slot]);
        }
    });
    std::sort(found.begin(), found.end(), [](const LinkEdgeItem *a, const LinkEdgeItem *b) {
        return a->lineSlot() < b->lineSlot();
    });
    return found;
}

LinkEdgeItem *LinkLinesItem::linkAt(const QPointF &scenePos) const
{
    const QRectF probe(scenePos - QPointF(hitTolerance, hitTolerance), QSizeF(2 * hitTolerance, 2 * hitTolerance));
    LinkEdgeItem *best = nullptr;
    for (LinkEdgeItem *edge : candidates(probe)) {
        // The last one drawn is on top; a selected or highlighted link is drawn over the others.
        if (edge->lineDistanceTo(scenePos) <= hitTolerance + edge->pen().widthF() / 2
            && (!best || raised(edge) || !raised(best)))
            best = edge;
    }
    return best;
}

QList<LinkEdgeItem *> LinkLinesItem::linksCrossing(const QRectF &sceneRect) const
{
    QList<LinkEdgeItem *> crossing;
    for (LinkEdgeItem *edge : candidates(sceneRect))
        if (edge->lineCrosses(sceneRect))
            crossing.append(edge);
    return crossing;
}

QRectF LinkLinesItem::linesRect() const
{
    QRectF rect;
    for (const LinkEdgeItem *edge : m_slots)
        if (edge && edge->isVisible())
            rect |= edge->lineBounds();
    return rect;
}

QPainterPath LinkLinesItem::shape() const
{
    // Only asked for by Qt's generic hit tests, which contains() and collidesWithPath() answer.
    QPainterPath path;
    path.addRect(m_bounds);
    return path;
}

bool LinkLinesItem::contains(const QPointF &point) const { return linkAt(point) != nullptr; }

bool LinkLinesItem::collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const
{
    // A view asks with a one-pixel square under the pointer; a rubber band with its rectangle.
    const QRectF probe = path.boundingRect();
    if (probe.width() <= 2 && probe.height() <= 2)
        return contains(probe.center());
    if (mode == Qt::ContainsItemShape || mode == Qt::ContainsItemBoundingRect)
        return false; // the lines as a whole are never inside a band
    return !linksCrossing(probe).isEmpty();
}

void LinkLinesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QTransform &world = painter->worldTransform();
    // On screen through the tiles; into an image or a file (export) as vectors, straight.
    if (widget && world.type() <= QTransform::TxScale && world.m11() == world.m22()) {
        m_tiles.paint(painter, option->exposedRect, [this, lod](const QRectF &area) -> TileCache::Render {
            auto edges = std::make_shared<const std::vector<LinkEdgeItem *>>(candidates(area));
            return [edges, lod](QPainter *tilePainter, const QRectF &tile) { paintLines(tilePainter, tile, *edges, lod); };
        });
        return;
    }
    paintLines(painter, option->exposedRect, candidates(option->exposedRect), lod);
}

void LinkLinesItem::paintLines(QPainter *painter, const QRectF &exposed, const std::vector<LinkEdgeItem *> &candidates,
                               double lod)
{
    // Drawn as every export draws the picture's lines; the links only lend their state.
    std::vector<picture::LineToDraw> lines;
    lines.reserve(candidates.size());
    for (const LinkEdgeItem *edge : candidates)
        lines.push_back({&edge->line(), raised(edge), edge->opacity()});
    picture::paintLinkLines(*painter, exposed, lines, lod);
}

void LinkLinesItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // A click on a line selects its link as a click on the label does.
    LinkEdgeItem *edge = linkAt(event->scenePos());
    if (!edge) {
        event->ignore();
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        edge->setSelected(!edge->isSelected());
    } else if (!edge->isSelected()) {
        if (scene())
            scene()->clearSelection();
        edge->setSelected(true);
    }
    event->accept();
}

void LinkLinesItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) { mousePressEvent(event); }

} // namespace chiptrail::gui
