// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelabels.h"

#include <QHash>
#include <algorithm>
#include <numeric>

namespace chiptrail::gui {
namespace {

constexpr qreal markerClearance = 6; // half a marker and some air: no row covers a marker
constexpr qreal rowGap = 0.5;
constexpr qreal horizontalGap = 8;
constexpr qreal leaderInset = 3;     // a label starts this far left of its marker
constexpr int positionsPerRow = 6;   // from "starts at the marker" to "ends at it"

struct Row
{
    qreal top = 0;
    bool above = true;
};

// Rows nearest the marker line first, alternating above and below, as many as the lane holds.
QList<Row> rowsOf(const TimelineLane &lane, qreal height, const QRectF &plot)
{
    // A lane too thin for a row above and one below may reach one row into its neighbours.
    const qreal reach = lane.bottom - lane.top < 2 * (markerClearance + height) ? height : 0;
    const qreal top = std::max(lane.top - reach, plot.top());
    const qreal bottom = std::min(lane.bottom + reach, plot.bottom());
    QList<Row> rows;
    for (int k = 0;; ++k) {
        const qreal above = lane.markerY - markerClearance - height - k * (height + rowGap);
        const qreal below = lane.markerY + markerClearance + k * (height + rowGap);
        const bool aboveFits = above >= top;
        const bool belowFits = below + height <= bottom;
        if (!aboveFits && !belowFits)
            break;
        if (aboveFits)
            rows << Row{above, true};
        if (belowFits)
            rows << Row{below, false};
    }
    return rows;
}

QLineF leaderFor(const QPointF &marker, const TimelineLane &lane, const QRectF &rect, bool above)
{
    const qreal x = std::clamp(marker.x(), rect.left() + 1, std::max(rect.left() + 1, rect.right() - 1));
    const QPointF start(marker.x(), lane.markerY + (above ? -markerClearance + 2 : markerClearance - 2));
    return QLineF(start, QPointF(x, above ? rect.bottom() : rect.top()));
}

QRectF boundsOf(const QLineF &line) { return QRectF(line.p1(), line.p2()).normalized().adjusted(-0.5, 0, 0.5, 0); }

struct Placed
{
    QList<QRectF> labels;
    QList<QRectF> leaders;

    QRectF padded(const QRectF &rect) const
    {
        return rect.adjusted(-horizontalGap / 2, -rowGap / 2, horizontalGap / 2, rowGap / 2);
    }
    // Text on text: never allowed.
    bool collides(const QRectF &rect) const
    {
        const QRectF p = padded(rect);
        return std::any_of(labels.begin(), labels.end(), [&](const QRectF &other) { return p.intersects(other); });
    }
    // A leader line passing behind a label: allowed when nothing better is left.
    int crossings(const QRectF &rect, const QLineF &leader) const
    {
        const QRectF p = padded(rect);
        const QRectF path = boundsOf(leader);
        int n = 0;
        for (const QRectF &other : leaders)
            n += p.intersects(other) ? 1 : 0;
        for (const QRectF &other : labels)
            n += path.intersects(other) ? 1 : 0;
        return n;
    }
};

} // namespace

QList<TimelineLabelPlace> placeTimelineLabels(const QList<TimelineLabelRequest> &labels,
                                              const QList<TimelineLane> &lanes, const QRectF &plot)
{
    QList<TimelineLabelPlace> places(labels.size());
    // Right to left within each lane: a label starting at its marker then sits nearer the markers
    // than its left neighbour, whose leader passes to the left of it (a staircase).
    QList<qsizetype> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const auto &la = labels.at(a);
        const auto &lb = labels.at(b);
        return la.lane != lb.lane ? la.lane < lb.lane : la.marker.x() > lb.marker.x();
    });
    QHash<int, qreal> heights;
    for (const TimelineLabelRequest &l : labels)
        heights[l.lane] = std::max(heights.value(l.lane), l.size.height());

    QHash<int, QList<Row>> rowsByLane;
    Placed placed;
    for (const qsizetype index : order) {
        const TimelineLabelRequest &label = labels.at(index);
        if (label.lane < 0 || label.lane >= lanes.size())
            continue;
        const TimelineLane &lane = lanes.at(label.lane);
        if (!rowsByLane.contains(label.lane))
            rowsByLane.insert(label.lane, rowsOf(lane, heights.value(label.lane), plot));
        const QList<Row> &rows = rowsByLane[label.lane];
        const qreal width = std::min(label.size.width(), plot.width());
        const qreal height = label.size.height();
        const auto clampLeft = [&](qreal left, qreal w) { return std::clamp(left, plot.left(), plot.right() - w); };
        const auto leftsFor = [&](qreal w) {
            QList<qreal> lefts;
            for (int i = 0; i < positionsPerRow; ++i) {
                const qreal shift = (w - 2 * leaderInset) * i / (positionsPerRow - 1);
                const qreal left = clampLeft(label.marker.x() - leaderInset - shift, w);
                if (!lefts.contains(left))
                    lefts << left;
            }
            return lefts;
        };

        // The whole text: first where no leader passes behind it, then where the fewest do.
        TimelineLabelPlace best;
        int bestCrossings = -1;
        for (const Row &row : rows) {
            for (const qreal left : leftsFor(width)) {
                const QRectF rect(left, row.top, width, height);
                if (placed.collides(rect))
                    continue;
                const QLineF leader = leaderFor(label.marker, lane, rect, row.above);
                const int n = placed.crossings(rect, leader);
                if (bestCrossings < 0 || n < bestCrossings) {
                    bestCrossings = n;
                    best = {rect, leader, true};
                }
                if (n == 0)
                    break;
            }
            if (bestCrossings == 0)
                break;
        }
        // No room for the whole text: the widest free stretch over the marker, for a shortened one.
        if (bestCrossings < 0) {
            best = {QRectF(), QLineF(), false};
            for (const Row &row : rows) {
                qreal from = plot.left(), to = plot.right();
                bool blocked = false;
                for (const QRectF &other : placed.labels) {
                    if (other.bottom() <= row.top || other.top() >= row.top + height)
                        continue;
                    if (other.right() + horizontalGap <= label.marker.x())
                        from = std::max(from, other.right() + horizontalGap);
                    else if (other.left() - horizontalGap >= label.marker.x())
                        to = std::min(to, other.left() - horizontalGap);
                    else
                        blocked = true;
                }
                const qreal w = std::min(width, to - from);
                if (blocked || w <= best.rect.width())
                    continue;
                const QRectF rect(std::clamp(label.marker.x() - leaderInset, from, to - w), row.top, w, height);
                best = {rect, leaderFor(label.marker, lane, rect, row.above), false};
            }
        }
        if (!best.fits && best.rect.width() < 3 * height) // a date cut short says nothing
            best = {QRectF(), QLineF(), false};
        places[index] = best;
        if (!best.rect.isNull()) {
            placed.labels << best.rect;
            placed.leaders << boundsOf(best.leader);
        }
    }
    return places;
}

} // namespace chiptrail::gui
