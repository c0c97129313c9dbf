// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkedgeitem.h"

#include "canvas/chainstyle.h"
#include "canvas/linklinesitem.h"
#include "canvas/partynodeitem.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>
#include <limits>

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

// Shared: one per link was a good part of building a 20,000-party scene.
const QFontMetricsF &labelMetrics()
{
    static const QFontMetricsF metrics(labelFont());
    return metrics;
}

// The part of `segment` inside `clip` as parameters 0 <= t0 <= t1 <= 1 (Liang–Barsky); false when
// none of it is.
// Room around the line for the arrow head, the shipment box and the hit tolerance.
constexpr double decorationRoom = 14;

bool clipSegment(const QLineF &segment, const QRectF &clip, double &t0, double &t1)
{
    t0 = 0;
    t1 = 1;
    const double dx = segment.dx(), dy = segment.dy();
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {segment.x1() - clip.left(), clip.right() - segment.x1(), segment.y1() - clip.top(),
                        clip.bottom() - segment.y1()};
    for (int i = 0; i < 4; ++i) {
        if (qFuzzyIsNull(p[i])) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

double distanceToSegment(const QPointF &p, const QLineF &segment)
{
    const QPointF d = segment.p2() - segment.p1();
    const double lengthSquared = QPointF::dotProduct(d, d);
    const double t = lengthSquared <= 0 ? 0 : std::clamp(QPointF::dotProduct(p - segment.p1(), d) / lengthSquared, 0.0, 1.0);
    const QPointF nearest = segment.p1() + d * t;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

} // namespace

LinkEdgeItem::LinkEdgeItem(const Link &link, PartyNodeItem *from, PartyNodeItem *to, QString label,
                           int noteCount, int parallelIndex, LinkLinesItem *lines)
    : m_link(link), m_from(from), m_to(to), m_label(std::move(label)), m_noteCount(noteCount),
      m_parallelIndex(parallelIndex), m_lines(nullptr)
{
    setFlags(ItemIsSelectable);
    setZValue(1);
    setToolTip(m_label);
    from->addEdge(this);
    if (to != from)
        to->addEdge(this);
    // The widest the line gets (selected) and the decorations: fixed, so the grid cells stay put.
    m_lineMargin = chainstyle::linkPen(m_link.kind, m_link.quantity, m_link.confidence).widthF() + 2.5 + decorationRoom;
    adjust();
    m_lines = lines;
    if (m_lines)
        m_lines->add(this);
}

LinkEdgeItem::~LinkEdgeItem()
{
    if (m_lines)
        m_lines->remove(this);
}

void LinkEdgeItem::adjust()
{
    prepareGeometryChange();
    const QPolygonF oldLine = m_line;
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
    } else if (m_parallelIndex == 0) {
        const QPointF start = cardExit(a, m_from->size(), b);
        const QPointF end = cardExit(b, m_to->size(), a);
        m_path.moveTo(start);
        m_path.lineTo(end);
        m_labelAnchor = (start + end) / 2;
    } else {
        // Parallel links bend to alternating sides, further out the more there are.
        const QPointF mid = (a + b) / 2;
        const QPointF d = b - a;
        const double length = std::max(1.0, std::hypot(d.x(), d.y()));
        const QPointF normal(-d.y() / length, d.x() / length);
        const int side = m_parallelIndex % 2 == 0 ? 1 : -1;
        const double bend = side * 28.0 * ((m_parallelIndex + 1) / 2);
        const QPointF control = mid + normal * bend * 2;
        const QPointF start = cardExit(a, m_from->size(), control);
        const QPointF end = cardExit(b, m_to->size(), control);
        m_path.moveTo(start);
        m_path.quadTo(control, end);
        m_labelAnchor = m_path.pointAtPercent(0.5);
    }
    const QList<QPolygonF> flattened = m_path.toSubpathPolygons();
    m_line = flattened.isEmpty() ? QPolygonF() : flattened.first();
    // Worked out here, on the GUI thread: paintLine() runs on several threads at once and must
    // only read (QPainterPath fills caches of its own when asked for its bounds or drawn).
    m_arrowTip = m_path.currentPosition();
    m_arrowBack = m_path.pointAtPercent(0.98);
    m_boxCentre = m_path.pointAtPercent(0.35);
    m_pathBounds = m_path.boundingRect();
    m_lineBounds = m_line.boundingRect().adjusted(-m_lineMargin, -m_lineMargin, m_lineMargin, m_lineMargin);

    // The label box (several lines) and the note badge at its corner.
    const QFontMetricsF &metrics = labelMetrics();
    const QStringList lines = m_label.split(QLatin1Char('\n'));
    double labelWidth = 0;
    for (const auto &line : lines)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(line));
    const double labelHeight = lines.size() * metrics.height();
    m_labelBox = QRectF(m_labelAnchor.x() - labelWidth / 2 - 4, m_labelAnchor.y() - labelHeight / 2 - 2,
                        labelWidth + 8, labelHeight + 4);
    m_badge = QRectF(m_labelBox.right() - 6, m_labelBox.top() - 8, 14, 14);
    m_shape = QPainterPath();
    if (!m_label.isEmpty()) {
        m_shape.addRect(m_labelBox);
        m_shape.addEllipse(m_badge);
        m_shape.setFillRule(Qt::WindingFill);
    }
    if (m_lines)
        m_lines->refile(this, oldLine);
    update();
}

void LinkEdgeItem::setNoteCount(int count)
{
    if (m_noteCount != count) {
        m_noteCount = count;
        update();
    }
}

void LinkEdgeItem::repaintLine()
{
    if (m_lines)
        m_lines->repaint(m_lineBounds);
}

void LinkEdgeItem::setHighlighted(bool on)
{
    if (m_highlighted != on) {
        m_highlighted = on;
        update();
        repaintLine();
    }
}

void LinkEdgeItem::setDimmed(bool on) { setOpacity(on ? 0.15 : 1.0); }

void LinkEdgeItem::setVerdictColour(const QColor &colour)
{
    if (m_verdictColour == colour)
        return;
    m_verdictColour = colour;
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
    return m_label.isEmpty() ? QRectF(m_labelAnchor, QSizeF(0, 0)) : m_labelBox.united(m_badge).adjusted(-1, -1, 1, 1);
}

QPainterPath LinkEdgeItem::shape() const { return m_shape; }

double LinkEdgeItem::lineDistanceTo(const QPointF &scenePos) const
{
    double nearest = std::numeric_limits<double>::infinity();
    for (int i = 0; i + 1 < m_line.size(); ++i)
        nearest = std::min(nearest, distanceToSegment(scenePos, QLineF(m_line.at(i), m_line.at(i + 1))));
    return nearest;
}

bool LinkEdgeItem::lineCrosses(const QRectF &sceneRect) const
{
    for (int i = 0; i + 1 < m_line.size(); ++i) {
        double t0 = 0, t1 = 1;
        if (clipSegment(QLineF(m_line.at(i), m_line.at(i + 1)), sceneRect, t0, t1))
            return true;
    }
    return false;
}

QPen LinkEdgeItem::pen() const
{
    QPen pen = chainstyle::linkPen(m_link.kind, m_link.quantity, m_link.confidence);
    if (m_verdictColour.isValid())
        pen.setColor(m_verdictColour);
    return pen;
}

QPen LinkEdgeItem::drawnPen() const
{
    QPen pen = this->pen();
    if (isSelected() || m_highlighted) {
        pen.setColor(chainstyle::highlightColour().darker(110));
        pen.setWidthF(pen.widthF() + 2.5);
    }
    return pen;
}

QColor LinkEdgeItem::thinLineColour() const
{
    QColor colour = drawnPen().color();
    colour.setAlphaF(colour.alphaF() * opacity());
    return colour;
}

void LinkEdgeItem::appendThinLines(QList<QLineF> &lines) const
{
    // A line a pixel or two long: no dashes, no curve (they only cost time).
    if (m_parallelIndex == 0 && m_from != m_to && m_line.size() >= 2) {
        lines.append(QLineF(m_line.first(), m_line.last()));
        return;
    }
    for (int i = 0; i + 1 < m_line.size(); ++i)
        lines.append(QLineF(m_line.at(i), m_line.at(i + 1)));
}

void LinkEdgeItem::paintLine(QPainter *painter, const QRectF &exposedRect) const
{
    QPen pen = drawnPen();
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QRectF exposed = exposedRect.adjusted(-pen.widthF(), -pen.widthF(), pen.widthF(), pen.widthF());
    if (exposed.contains(m_pathBounds)) {
        // Into a file the curve itself; into pixels its flattened points, which Qt would draw
        // anyway, without touching the path shared with other threads.
        if (painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster)
            painter->drawPolyline(m_line);
        else
            painter->drawPath(m_path);
    } else {
        // Only the visible pieces: Qt strokes and rasterises a path in full however little of
        // it shows (and lays out every dash), so a few hundred links 40,000 points long, as dot
        // draws them for big tiers, took seconds a frame at 100 %. Dashes keep their phase;
        // round caps close the joints between pieces of a curve.
        const double unit = pen.widthF() > 0 ? pen.widthF() : 1.0;
        if (m_line.size() > 2)
            pen.setCapStyle(Qt::RoundCap);
        const bool dashed = pen.style() != Qt::SolidLine;
        double travelled = 0;
        for (int i = 0; i + 1 < m_line.size(); ++i) {
            const QLineF segment(m_line.at(i), m_line.at(i + 1));
            double t0 = 0, t1 = 1;
            if (clipSegment(segment, exposed, t0, t1)) {
                if (dashed) {
                    pen.setDashOffset((travelled + t0 * segment.length()) / unit);
                    painter->setPen(pen);
                }
                painter->drawLine(segment.pointAt(t0), segment.pointAt(t1));
            }
            if (dashed)
                travelled += segment.length();
        }
    }

    // Arrow head at the receiving end, along the curve's last direction. The decorations below
    // are skipped when they are off screen: a long link crossing the view shows only its line.
    const QRectF near = exposed.adjusted(-20, -20, 20, 20);
    if (const QPointF tip = m_arrowTip; near.contains(tip)) {
        const QPointF back = m_arrowBack;
        const double angle = std::atan2(tip.y() - back.y(), tip.x() - back.x());
        const double size = 8 + pen.widthF();
        QPolygonF head;
        head << tip << tip - QPointF(size * std::cos(angle - 0.4), size * std::sin(angle - 0.4))
             << tip - QPointF(size * std::cos(angle + 0.4), size * std::sin(angle + 0.4));
        painter->setPen(Qt::NoPen);
        painter->setBrush(pen.color());
        painter->drawPolygon(head);
    }

    if (chainstyle::linkHasBoxMarker(m_link.kind)) {
        if (const QPointF centre = m_boxCentre; near.contains(centre)) {
            painter->setBrush(Qt::white);
            painter->setPen(QPen(pen.color(), 1.5));
            painter->drawRect(QRectF(centre - QPointF(6, 5), QSizeF(12, 10)));
        }
    }
}

void LinkEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // The label; LinkLinesItem paints the line.
    if (m_label.isEmpty() || option->levelOfDetailFromTransform(painter->worldTransform()) < 0.45)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    if (isSelected() || m_highlighted) {
        painter->setPen(QPen(chainstyle::highlightColour(), 2));
        painter->setBrush(QColor(255, 255, 255, 235));
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 225));
    }
    painter->drawRoundedRect(m_labelBox, 3, 3);
    painter->setFont(labelFont());
    painter->setPen(m_noteCount == 0 ? chainstyle::unsourcedColour() : QColor(0x22, 0x22, 0x22));
    painter->drawText(m_labelBox, Qt::AlignCenter, m_label);

    // The note badge, as on party cards: how many notes back this link; red "!" when none does.
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_noteCount == 0 ? chainstyle::unsourcedColour() : QColor(0xE8, 0xE8, 0xE8));
    painter->drawEllipse(m_badge);
    QFont badgeFont = labelFont();
    badgeFont.setPixelSize(9);
    badgeFont.setBold(true);
    painter->setFont(badgeFont);
    painter->setPen(m_noteCount == 0 ? QColor(Qt::white) : QColor(0x33, 0x33, 0x33));
    painter->drawText(m_badge, Qt::AlignCenter, m_noteCount == 0 ? QStringLiteral("!") : QString::number(m_noteCount));
}

} // namespace chiptrail::gui
