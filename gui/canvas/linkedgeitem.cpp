// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkedgeitem.h"

#include "canvas/linklinesitem.h"
#include "canvas/linkplacer.h"
#include "canvas/partynodeitem.h"
#include "picture/chainstyle.h"
#include "picture/picturegeometry.h"
#include "picture/picturepainter.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <limits>

namespace chiptrail::gui {

LinkEdgeItem::LinkEdgeItem(const Link &link, PartyNodeItem *from, PartyNodeItem *to, QString label,
                           int noteCount, int parallelIndex, LinkLinesItem *lines, LinkPlacer *placer)
    : m_link(link), m_from(from), m_to(to), m_noteCount(noteCount), m_parallelIndex(parallelIndex),
      m_kindPen(picture::chainstyle::linkPen(link.kind, link.quantity, link.confidence)), m_lines(nullptr),
      m_placer(placer)
{
    setFlags(ItemIsSelectable);
    setZValue(1);
    setToolTip(label);
    m_line.link = link.id;
    m_line.pen = m_kindPen;
    m_line.boxMarker = picture::chainstyle::linkHasBoxMarker(link.kind);
    m_label.link = link.id;
    m_label.text = std::move(label);
    m_label.noteCount = noteCount;
    from->addEdge(this);
    if (to != from)
        to->addEdge(this);
    // The widest the line gets (selected) and the decorations: fixed, so the grid cells stay put.
    m_lineMargin = picture::lineMargin(m_kindPen);
    adjust();
    m_lines = lines;
    if (m_lines)
        m_lines->add(this);
}

LinkEdgeItem::~LinkEdgeItem()
{
    if (m_lines)
        m_lines->remove(this);
    if (m_placer)
        m_placer->forget(this);
}

void LinkEdgeItem::adjust()
{
    // Worked out here, on the GUI thread: the line is painted on several threads at once, which
    // only read it.
    const picture::LinkGeometry *dot = m_placer ? m_placer->dotLine(m_link.id, m_from->pos(), m_to->pos()) : nullptr;
    prepareGeometryChange();
    setLine(dot ? *dot
                : picture::linkGeometry(m_from->pos(), m_from->size(), m_to->pos(), m_to->size(), m_from == m_to,
                                        m_parallelIndex));
    picture::moveLabel(m_label, m_line.geometry.labelAnchor);
    m_labelLeftOut = false;
    m_shape = QPainterPath();
    if (!m_label.text.isEmpty()) {
        m_shape.addRect(m_label.box);
        m_shape.addEllipse(m_label.badge);
        m_shape.setFillRule(Qt::WindingFill);
    }
    update();
    if (m_placer)
        m_placer->due(this);
}

void LinkEdgeItem::setLine(const picture::LinkGeometry &line)
{
    const QPolygonF oldLine = m_line.geometry.polyline;
    m_line.geometry = line;
    m_lineBounds = picture::lineBounds(m_line.geometry, m_lineMargin);
    if (m_lines && oldLine != m_line.geometry.polyline)
        m_lines->refile(this, oldLine);
}

void LinkEdgeItem::setPlaced(const picture::LinkGeometry &line, const picture::LinkLabel &label)
{
    prepareGeometryChange();
    setLine(line);
    m_labelLeftOut = label.text.isEmpty() && !m_label.text.isEmpty();
    if (m_labelLeftOut) {
        picture::moveLabel(m_label, m_line.geometry.labelAnchor); // where it would be: bounds stay near the line
    } else {
        m_label.box = label.box;
        m_label.badge = label.badge;
    }
    m_shape = QPainterPath();
    if (!m_label.text.isEmpty() && !m_labelLeftOut) {
        m_shape.addRect(m_label.box);
        m_shape.addEllipse(m_label.badge);
        m_shape.setFillRule(Qt::WindingFill);
    }
    update();
}

void LinkEdgeItem::setNoteCount(int count)
{
    if (m_noteCount != count) {
        m_noteCount = count;
        m_label.noteCount = count;
        update();
    }
}

void LinkEdgeItem::repaintLine()
{
    if (m_lines)
        m_lines->repaintAlong(m_line.geometry.polyline, m_lineMargin);
}

void LinkEdgeItem::setHighlighted(bool on)
{
    if (m_line.highlighted != on) {
        m_line.highlighted = on;
        m_label.highlighted = on;
        update();
        repaintLine();
    }
}

void LinkEdgeItem::setDimmed(bool on)
{
    m_line.dimmed = on;
    m_label.dimmed = on;
    setOpacity(on ? 0.15 : 1.0);
}

void LinkEdgeItem::setVerdictColour(const QColor &colour)
{
    const QColor drawn = colour.isValid() ? colour : m_kindPen.color();
    if (m_line.pen.color() == drawn)
        return;
    m_line.pen.setColor(drawn);
    repaintLine();
}

QVariant LinkEdgeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged || change == ItemVisibleHasChanged || change == ItemOpacityHasChanged)
        repaintLine();
    return QGraphicsItem::itemChange(change, value);
}

QRectF LinkEdgeItem::boundingRect() const
{
    // A label left out covers nothing: what the placer asks the scene for around a place.
    return m_labelLeftOut ? QRectF(m_label.box.center(), QSizeF(0, 0)) : picture::labelBounds(m_label);
}

QPainterPath LinkEdgeItem::shape() const { return m_shape; }

double LinkEdgeItem::lineDistanceTo(const QPointF &scenePos) const
{
    const QPolygonF &line = m_line.geometry.polyline;
    double nearest = std::numeric_limits<double>::infinity();
    for (int i = 0; i + 1 < line.size(); ++i)
        nearest = std::min(nearest, picture::distanceToSegment(scenePos, QLineF(line.at(i), line.at(i + 1))));
    return nearest;
}

bool LinkEdgeItem::lineCrosses(const QRectF &sceneRect) const
{
    const QPolygonF &line = m_line.geometry.polyline;
    for (int i = 0; i + 1 < line.size(); ++i) {
        double t0 = 0, t1 = 1;
        if (picture::clipSegment(QLineF(line.at(i), line.at(i + 1)), sceneRect, t0, t1))
            return true;
    }
    return false;
}

QPen LinkEdgeItem::pen() const { return m_line.pen; }

void LinkEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // The label; LinkLinesItem paints the line.
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (labelShownAt(lod))
        picture::paintLinkLabel(*painter, m_label, lod, isRaised());
}

bool LinkEdgeItem::labelShownAt(double lod) const
{
    return !m_label.text.isEmpty() && !m_labelLeftOut && lod >= picture::labelsFromLod;
}

} // namespace chiptrail::gui
