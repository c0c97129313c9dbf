// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturecheck.h"

#include "picture/picturegeometry.h"

#include <QFont>
#include <QFontMetricsF>
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

} // namespace

QString PictureFaults::summary() const
{
    // Figures for the bench and test logs, which are English (docs/layout.md).
    return QStringLiteral("label–card %1, label–label %2, label–header %3, line through card %4") // notr
        .arg(labelOnCard)
        .arg(labelOnLabel)
        .arg(labelOnHeader)
        .arg(lineThroughCard);
}

QRectF countryHeaderRect(const CountryBox &box)
{
    // As paintCountryBox() sets it: 13 px bold, 12 in from the left, 4 down.
    QFont font;
    font.setPixelSize(13);
    font.setBold(true);
    const QFontMetricsF metrics(font);
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

} // namespace chiptrail::picture
