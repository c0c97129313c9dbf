// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkedgeitem.h"

#include "canvas/chainstyle.h"
#include "canvas/partynodeitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace chiptrail::gui {
namespace {

// Where the segment from the card's centre towards `towards` leaves the card.
QPointF cardExit(const QPointF &centre, const QSizeF &card, const QPointF &towards)
{
    const double halfW = card.width() / 2, halfH = card.height() / 2;
    const QPointF d = towards - centre;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return centre;
    const double scale = std::min(qFuzzyIsNull(d.x()) ? 1e9 : halfW / std::abs(d.x()),
                                  qFuzzyIsNull(d.y()) ? 1e9 : halfH / std::abs(d.y()));
    return centre + d * std::min(scale, 1.0);
}

QFont labelFont()
{
    QFont font;
    font.setPixelSize(11);
    return font;
}

} // namespace

LinkEdgeItem::LinkEdgeItem(const Link &link, PartyNodeItem *from, PartyNodeItem *to, QString label,
                           int noteCount, int parallelIndex)
    : m_link(link), m_from(from), m_to(to), m_label(std::move(label)), m_noteCount(noteCount),
      m_parallelIndex(parallelIndex)
{
    setFlags(ItemIsSelectable);
    setZValue(1);
    setToolTip(m_label);
    from->addEdge(this);
    if (to != from)
        to->addEdge(this);
    adjust();
}

void LinkEdgeItem::adjust()
{
    prepareGeometryChange();
    const QPointF a = m_from->pos(), b = m_to->pos();
    m_path = QPainterPath();
    if (m_from == m_to) {
        // A self-loop: an arc over the card's top right corner.
        const QSizeF card = m_from->size();
        const QPointF start = a + QPointF(card.width() / 4, -card.height() / 2);
        const double lift = 40 + 14 * m_parallelIndex;
        m_path.moveTo(start);
        m_path.cubicTo(start + QPointF(0, -lift), start + QPointF(lift * 1.6, -lift),
                       a + QPointF(card.width() / 2, 0));
        m_labelAnchor = start + QPointF(lift * 0.8, -lift);
    } else {
        // Parallel links bend to alternating sides, further out the more there are.
        const QPointF mid = (a + b) / 2;
        const QPointF d = b - a;
        const double length = std::max(1.0, std::hypot(d.x(), d.y()));
        const QPointF normal(-d.y() / length, d.x() / length);
        const int side = m_parallelIndex % 2 == 0 ? 1 : -1;
        const double bend = m_parallelIndex == 0 ? 0.0 : side * 28.0 * ((m_parallelIndex + 1) / 2);
        const QPointF control = mid + normal * bend * 2;
        const QPointF start = cardExit(a, m_from->size(), m_parallelIndex == 0 ? b : control);
        const QPointF end = cardExit(b, m_to->size(), m_parallelIndex == 0 ? a : control);
        m_path.moveTo(start);
        m_path.quadTo(control, end);
        m_labelAnchor = m_path.pointAtPercent(0.5);
    }
    const QFontMetricsF metrics(labelFont());
    // The label box (several lines) with room around it for the note badge at its corner.
    const QStringList lines = m_label.split(QLatin1Char('\n'));
    double labelWidth = 0;
    for (const auto &line : lines)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(line));
    const double labelHeight = lines.size() * metrics.height();
    const QRectF labelRect(m_labelAnchor.x() - labelWidth / 2 - 60, m_labelAnchor.y() - labelHeight / 2 - 20,
                           labelWidth + 120, labelHeight + 40);
    m_bounds = m_path.boundingRect().adjusted(-12, -12, 12, 12).united(labelRect);
    update();
}

void LinkEdgeItem::setHighlighted(bool on)
{
    if (m_highlighted != on) {
        m_highlighted = on;
        update();
    }
}

void LinkEdgeItem::setDimmed(bool on) { setOpacity(on ? 0.15 : 1.0); }

void LinkEdgeItem::setVerdictColour(const QColor &colour)
{
    m_verdictColour = colour;
    update();
}

QRectF LinkEdgeItem::boundingRect() const { return m_bounds; }

QPainterPath LinkEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(m_path);
}

QPen LinkEdgeItem::pen() const
{
    QPen pen = chainstyle::linkPen(m_link.kind, m_link.quantity, m_link.confidence);
    if (m_verdictColour.isValid())
        pen.setColor(m_verdictColour);
    return pen;
}

void LinkEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QPen pen = this->pen();
    if (isSelected() || m_highlighted) {
        pen.setColor(chainstyle::highlightColour().darker(110));
        pen.setWidthF(pen.widthF() + 2.5);
    }
    if (lod < 0.3) {
        pen.setStyle(Qt::SolidLine); // dash patterns at a pixel's scale only cost time
        painter->setPen(pen);
        painter->drawPath(m_path);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);

    // Arrow head at the receiving end, along the curve's last direction.
    const double t = 0.98;
    const QPointF tip = m_path.pointAtPercent(1.0);
    const QPointF back = m_path.pointAtPercent(t);
    const double angle = std::atan2(tip.y() - back.y(), tip.x() - back.x());
    const double size = 8 + pen.widthF();
    QPolygonF head;
    head << tip << tip - QPointF(size * std::cos(angle - 0.4), size * std::sin(angle - 0.4))
         << tip - QPointF(size * std::cos(angle + 0.4), size * std::sin(angle + 0.4));
    painter->setPen(Qt::NoPen);
    painter->setBrush(pen.color());
    painter->drawPolygon(head);

    if (chainstyle::linkHasBoxMarker(m_link.kind)) {
        const QPointF centre = m_path.pointAtPercent(0.35);
        painter->setBrush(Qt::white);
        painter->setPen(QPen(pen.color(), 1.5));
        painter->drawRect(QRectF(centre - QPointF(6, 5), QSizeF(12, 10)));
    }

    if (lod < 0.45 || m_label.isEmpty())
        return;
    painter->setFont(labelFont());
    const QFontMetricsF metrics(labelFont());
    const QStringList lines = m_label.split(QLatin1Char('\n'));
    double width = 0;
    for (const auto &line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    const QRectF box(m_labelAnchor.x() - width / 2 - 4, m_labelAnchor.y() - lines.size() * metrics.height() / 2 - 2,
                     width + 8, lines.size() * metrics.height() + 4);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 225));
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(m_noteCount == 0 ? chainstyle::unsourcedColour() : QColor(0x22, 0x22, 0x22));
    painter->drawText(box, Qt::AlignCenter, m_label);

    // The note badge, as on party cards: how many notes back this link; red "!" when none does.
    const QRectF badge(box.right() - 6, box.top() - 8, 14, 14);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_noteCount == 0 ? chainstyle::unsourcedColour() : QColor(0xE8, 0xE8, 0xE8));
    painter->drawEllipse(badge);
    QFont badgeFont = labelFont();
    badgeFont.setPixelSize(9);
    badgeFont.setBold(true);
    painter->setFont(badgeFont);
    painter->setPen(m_noteCount == 0 ? QColor(Qt::white) : QColor(0x33, 0x33, 0x33));
    painter->drawText(badge, Qt::AlignCenter, m_noteCount == 0 ? QStringLiteral("!") : QString::number(m_noteCount));
}

} // namespace chiptrail::gui
