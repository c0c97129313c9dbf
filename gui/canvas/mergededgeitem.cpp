// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergededgeitem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <cmath>

namespace chiptrail::gui {
namespace {

struct Canvas
{
    Q_DECLARE_TR_FUNCTIONS(Canvas)
};

QPointF cardExit(const QPointF &centre, const QSizeF &card, const QPointF &towards)
{
    const QPointF d = towards - centre;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return centre;
    const double scale = std::min(qFuzzyIsNull(d.x()) ? 1e9 : card.width() / 2 / std::abs(d.x()),
                                  qFuzzyIsNull(d.y()) ? 1e9 : card.height() / 2 / std::abs(d.y()));
    return centre + d * std::min(scale, 1.0);
}

QFont labelFont()
{
    QFont font;
    font.setPixelSize(11);
    font.setBold(true);
    return font;
}

const QColor mergedColour(0x44, 0x55, 0x88);

} // namespace

MergedEdgeItem::MergedEdgeItem(QGraphicsItem *from, QSizeF fromSize, QGraphicsItem *to, QSizeF toSize)
    : m_from(from), m_to(to), m_fromSize(fromSize), m_toSize(toSize)
{
    setZValue(1);
}

void MergedEdgeItem::adjust()
{
    prepareGeometryChange();
    const QPointF a = m_from->pos(), b = m_to->pos();
    // The two directions between the same cards sit side by side, not on top of each other.
    const QPointF d = b - a;
    const double length = std::max(1.0, std::hypot(d.x(), d.y()));
    const QPointF shift = QPointF(-d.y() / length, d.x() / length) * 6;
    m_line = QLineF(cardExit(a, m_fromSize, b) + shift, cardExit(b, m_toSize, a) + shift);
    m_label = m_links.size() == 1 ? Canvas::tr("1 link") : Canvas::tr("%n links", nullptr, int(m_links.size()));
    const QFontMetricsF metrics(labelFont());
    const double width = metrics.horizontalAdvance(m_label) + 10;
    m_labelBox = QRectF(m_line.center() - QPointF(width / 2, metrics.height() / 2 + 2), QSizeF(width, metrics.height() + 4));
    m_bounds = QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-14, -14, 14, 14).united(m_labelBox);
    setToolTip(m_label);
    update();
}

QRectF MergedEdgeItem::boundingRect() const { return m_bounds; }

QPainterPath MergedEdgeItem::shape() const
{
    QPainterPath line(m_line.p1());
    line.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath path = stroker.createStroke(line);
    path.addRect(m_labelBox);
    return path;
}

void MergedEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double width = 1.6 + std::min(5.0, std::log2(double(std::max<qsizetype>(1, m_links.size()))));
    QPen pen(isSelected() ? QColor(0xFF, 0xB0, 0x00) : mergedColour, width);
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->drawLine(m_line);
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.3)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const double angle = std::atan2(m_line.dy(), m_line.dx());
    const double size = 9 + width;
    const QPointF tip = m_line.p2();
    QPolygonF head;
    head << tip << tip - QPointF(size * std::cos(angle - 0.4), size * std::sin(angle - 0.4))
         << tip - QPointF(size * std::cos(angle + 0.4), size * std::sin(angle + 0.4));
    painter->setPen(Qt::NoPen);
    painter->setBrush(pen.color());
    painter->drawPolygon(head);
    painter->setBrush(Qt::white);
    painter->setPen(QPen(pen.color(), 1.2));
    painter->drawRoundedRect(m_labelBox, 4, 4);
    painter->setFont(labelFont());
    painter->setPen(pen.color().darker(130));
    painter->drawText(m_labelBox, Qt::AlignCenter, m_label);
}

} // namespace chiptrail::gui
