// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergededgeitem.h"

#include "picture/picturegeometry.h"
#include "picture/picturepainter.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace chiptrail::gui {

MergedEdgeItem::MergedEdgeItem(QGraphicsItem *from, QSizeF fromSize, QGraphicsItem *to, QSizeF toSize)
    : m_from(from), m_to(to), m_fromSize(fromSize), m_toSize(toSize)
{
    setZValue(1);
}

void MergedEdgeItem::adjust()
{
    prepareGeometryChange();
    m_line = picture::makeMergedLine(m_from->pos(), m_fromSize, m_to->pos(), m_toSize, int(m_links.size()));
    m_bounds = picture::mergedBounds(m_line);
    setToolTip(m_line.label);
    update();
}

QRectF MergedEdgeItem::boundingRect() const { return m_bounds; }

QPainterPath MergedEdgeItem::shape() const
{
    QPainterPath line(m_line.line.p1());
    line.lineTo(m_line.line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath path = stroker.createStroke(line);
    path.addRect(m_line.labelBox);
    return path;
}

void MergedEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    picture::paintMergedLine(*painter, m_line, option->levelOfDetailFromTransform(painter->worldTransform()), isSelected());
}

} // namespace chiptrail::gui
