// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturecheck.h"

#include "picture/picturegeometry.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPainterPath>
#include <cmath>
#include <optional>
#include <vector>
#include <algorithm>

namespace chiptrail::picture {
namespace {

// Two rectangles overlap when they share more than a sliver: touching edges and antialiasing
// halos are no fault.
constexpr double tolerance = 1.0;

bool overlap(const QRectF &a, const QRectF &b)
{
    const QRectF common = a.intersected(b);
    return common.width() > tolerance && common.height() > tolerance;
}

// A segment crossing the inside of a rectangle, shrunk by the tolerance.
bool crosses(const QPolygonF &polyline, const QRectF &card)
{
    const QRectF inside = card.adjusted(tolerance, tolerance, -tolerance, -tolerance);
    for (int i = 0; i + 1 < polyline.size(); ++i) {
        double t0 = 0, t1 = 1;
        if (clipSegment(QLineF(polyline.at(i), polyline.at(i + 1)), inside, t0, t1) && t1 - t0 > 1e-6)
            return true;
    }
    return false;
}

// Rectangles sorted by left edge, swept: pairs whose x ranges meet, then tested. Far fewer than
// all pairs on a chain thousands of units wide.
template<typename Visit>
void sweep(QList<std::pair<QRectF, int>> items, Visit visit)
{
    std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.first.left() < b.first.left(); });
    for (qsizetype i = 0; i < items.size(); ++i)
        for (qsizetype j = i + 1; j < items.size() && items.at(j).first.left() < items.at(i).first.right(); ++j)
            visit(items.at(i), items.at(j));
}

// Where segment a crosses segment b, when they cross properly (not parallel).
std::optional<QPointF> crossing(const QLineF &a, const QLineF &b)
{
    QPointF at;
    if (a.intersects(b, &at) != QLineF::BoundedIntersection)
        return std::nullopt;
    return at;
}

bool near(const QPointF &a, const QPointF &b, double distance)
{
    return std::abs(a.x() - b.x()) <= distance && std::abs(a.y() - b.y()) <= distance;
}

} // namespace

int countLineCrossings(const QList<QPolygonF> &lines)
{
    // Segments in the cells of a grid; a pair is tested in each cell both reach, and its crossing
    // counted in the cell it lies in only.
    constexpr double cell = 64;
    constexpr double endRoom = 4;
    struct Segment
    {
        QLineF line;
        int owner;
        bool first; // the line's first segment: a crossing at its start point belongs to it
    };
    std::vector<Segment> segments;
    for (int i = 0; i < lines.size(); ++i)
        for (int k = 0; k + 1 < lines.at(i).size(); ++k)
            if (lines.at(i).at(k) != lines.at(i).at(k + 1))
                segments.push_back({QLineF(lines.at(i).at(k), lines.at(i).at(k + 1)), i, k == 0});
    QHash<quint64, std::vector<int>> cells;
    const auto key = [](int x, int y) { return (quint64(quint32(x)) << 32) | quint32(y); };
    for (int s = 0; s < int(segments.size()); ++s) {
        const QRectF r = QRectF(segments[size_t(s)].line.p1(), segments[size_t(s)].line.p2()).normalized();
        for (int x = int(std::floor(r.left() / cell)); x <= int(std::floor(r.right() / cell)); ++x)
            for (int y = int(std::floor(r.top() / cell)); y <= int(std::floor(r.bottom() / cell)); ++y)
                cells[key(x, y)].push_back(s);
    }
    int count = 0;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const std::vector<int> &here = it.value();
        for (size_t i = 0; i < here.size(); ++i)
            for (size_t j = i + 1; j < here.size(); ++j) {
                const Segment &a = segments[size_t(here[i])], &b = segments[size_t(here[j])];
                if (a.owner == b.owner)
                    continue;
                const auto at = crossing(a.line, b.line);
                if (!at || key(int(std::floor(at->x() / cell)), int(std::floor(at->y() / cell))) != it.key())
                    continue;
                // A crossing at a joint between two segments of a line is met by both: counted on
                // the segment it starts, not on the one it ends.
                if ((!a.first && *at == a.line.p1()) || (!b.first && *at == b.line.p1()))
                    continue;
                const QPolygonF &la = lines.at(a.owner), &lb = lines.at(b.owner);
                if (near(*at, la.first(), endRoom) || near(*at, la.last(), endRoom) || near(*at, lb.first(), endRoom)
                    || near(*at, lb.last(), endRoom))
                    continue;
                ++count;
            }
    }
    return count;
}

QList<QPolygonF> layoutLines(const layout::LayoutResult &layout)
{
    QList<QPolygonF> lines;
    for (const layout::EdgeGeometry &edge : layout.edges) {
        if (edge.points.size() < 2)
            continue;
        QPainterPath path(edge.points.first());
        if (edge.curve == layout::CurveKind::Bezier) {
            for (qsizetype i = 1; i + 2 < edge.points.size(); i += 3)
                path.cubicTo(edge.points.at(i), edge.points.at(i + 1), edge.points.at(i + 2));
        } else {
            for (qsizetype i = 1; i < edge.points.size(); ++i)
                path.lineTo(edge.points.at(i));
        }
        if (edge.arrowHead)
            path.lineTo(*edge.arrowHead);
        const QList<QPolygonF> flattened = path.toSubpathPolygons();
        if (!flattened.isEmpty())
            lines.append(flattened.first());
    }
    return lines;
}

QString PictureFaults::summary() const
{
    // Figures for the bench and test logs, which are English (docs/layout.md).
    return QStringLiteral("label–card %1, label–label %2, label–header %3, line through card %4, line crossings %5") // notr
        .arg(labelOnCard)
        .arg(labelOnLabel)
        .arg(labelOnHeader)
        .arg(lineThroughCard)
        .arg(lineCrossings);
}

QRectF countryHeaderRect(const CountryBox &box)
{
    // As paintCountryBox() sets it: 13 px bold (or the box's minTextSize), 12 in from the left, 4 down.
    QFont font;
    font.setBold(true);
    const QFontMetricsF metrics(atLeast(font, 13, box.minTextSize));
    const double width = std::min(metrics.horizontalAdvance(box.title), box.rect.width() - 24);
    return QRectF(box.rect.left() + 12, box.rect.top() + 4, width, metrics.height());
}

PictureFaults checkPicture(const ChainPicture &picture)
{
    PictureFaults faults;
    // Kinds: 0 label, 1 card, 2 header. One sweep over all of them.
    QList<std::pair<QRectF, int>> items;
    QList<int> kinds;
    for (const LinkLabel &label : picture.labels)
        if (!label.text.isEmpty()) {
            items.append({label.box, int(kinds.size())});
            kinds.append(0);
        }
    for (const Card &card : picture.cards) {
        items.append({card.rect, int(kinds.size())});
        kinds.append(1);
    }
    for (const GroupCard &group : picture.groups) {
        items.append({group.rect, int(kinds.size())});
        kinds.append(1);
    }
    for (const CountryBox &box : picture.boxes) {
        items.append({countryHeaderRect(box), int(kinds.size())});
        kinds.append(2);
    }
    sweep(items, [&](const std::pair<QRectF, int> &a, const std::pair<QRectF, int> &b) {
        const int ka = kinds.at(a.second), kb = kinds.at(b.second);
        if (ka != 0 && kb != 0)
            return;
        if (!overlap(a.first, b.first))
            return;
        const int other = ka == 0 ? kb : ka;
        if (other == 0)
            ++faults.labelOnLabel;
        else if (other == 1)
            ++faults.labelOnCard;
        else
            ++faults.labelOnHeader;
    });

    // Lines against the cards they do not join: a line starts and ends on the edge of its cards.
    QList<QRectF> cards;
    for (const Card &card : picture.cards)
        cards.append(card.rect);
    for (const GroupCard &group : picture.groups)
        cards.append(group.rect);
    std::vector<int> order(size_t(cards.size()));
    for (int i = 0; i < cards.size(); ++i)
        order[size_t(i)] = i;
    std::sort(order.begin(), order.end(), [&](int a, int b) { return cards.at(a).left() < cards.at(b).left(); });
    double widest = 0;
    for (const QRectF &card : cards)
        widest = std::max(widest, card.width());
    for (const LinkLine &line : picture.lines) {
        const QPolygonF &points = line.geometry.polyline;
        if (points.size() < 2)
            continue;
        // Widened: a level or upright line has a bounding box of no height or width, which meets nothing.
        const QRectF span = points.boundingRect().adjusted(-1, -1, 1, 1);
        const QPointF start = line.geometry.start, end = line.geometry.end;
        // Cards whose left edge lies within reach of the line's span.
        auto first = std::lower_bound(order.begin(), order.end(), span.left() - widest,
                                      [&](int i, double x) { return cards.at(i).left() < x; });
        for (auto it = first; it != order.end() && cards.at(*it).left() <= span.right(); ++it) {
            const QRectF &card = cards.at(*it);
            if (!card.intersects(span))
                continue;
            const QRectF joined = card.adjusted(-2, -2, 2, 2);
            if (joined.contains(start) || joined.contains(end))
                continue; // its own card
            if (crosses(points, card))
                ++faults.lineThroughCard;
        }
    }
    QList<QPolygonF> drawn;
    drawn.reserve(picture.lines.size() + picture.mergedLines.size());
    for (const LinkLine &line : picture.lines)
        drawn.append(line.geometry.polyline);
    for (const MergedLine &merged : picture.mergedLines)
        drawn.append(QPolygonF{merged.line.p1(), merged.line.p2()});
    faults.lineCrossings = countLineCrossings(drawn);
    // Merged arrows to collapsed groups are straight lines between two cards.
    for (const MergedLine &merged : picture.mergedLines)
        for (const QRectF &card : cards) {
            const QRectF joined = card.adjusted(-2, -2, 2, 2);
            if (joined.contains(merged.line.p1()) || joined.contains(merged.line.p2()))
                continue;
            if (crosses(QPolygonF{merged.line.p1(), merged.line.p2()}, card))
                ++faults.lineThroughCard;
        }
    return faults;
}

QList<DrawnText> drawnTexts(const PaintRecording &page)
{
    QList<DrawnText> texts;
    for (const PaintRecording::Op &op : page.ops()) {
        if (op.kind != PaintRecording::Op::Kind::Text)
            continue;
        // The recorder is a 96 dpi device, as the SVG writer counts it.
        const double font = op.font.pixelSize() > 0 ? op.font.pixelSize() : op.font.pointSizeF() * 96 / 72;
        const double scale = std::sqrt(std::abs(op.transform.determinant()));
        texts.append({op.text, font * scale, op.group});
    }
    return texts;
}

} // namespace chiptrail::picture
