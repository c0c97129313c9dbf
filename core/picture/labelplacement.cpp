// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelplacement.h"

#include "picture/picturebuilder.h"
#include "picture/picturecheck.h"
#include "picture/picturegeometry.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>

namespace chiptrail::picture {
namespace {

struct Frame
{
    Q_DECLARE_TR_FUNCTIONS(Frame)
};

// Rectangles in buckets of a coarse grid: a candidate place is tested against its neighbours only
// (a 1,000-party chain has thousands of cards and labels).
class Grid
{
public:
    void add(const QRectF &rect)
    {
        const int index = int(m_rects.size());
        m_rects.append(rect);
        forCells(rect, [&](quint64 key) { m_cells[key].append(index); });
    }
    bool hits(const QRectF &rect) const
    {
        bool hit = false;
        forCells(rect, [&](quint64 key) {
            if (hit)
                return;
            const auto found = m_cells.constFind(key);
            if (found == m_cells.constEnd())
                return;
            for (const int index : *found) {
                const QRectF common = m_rects.at(index).intersected(rect);
                if (common.width() > 0.5 && common.height() > 0.5) {
                    hit = true;
                    return;
                }
            }
        });
        return hit;
    }

private:
    static constexpr double cell = 160;
    template<typename F>
    static void forCells(const QRectF &rect, F f)
    {
        const int x0 = int(std::floor(rect.left() / cell)), x1 = int(std::floor(rect.right() / cell));
        const int y0 = int(std::floor(rect.top() / cell)), y1 = int(std::floor(rect.bottom() / cell));
        for (int x = x0; x <= x1; ++x)
            for (int y = y0; y <= y1; ++y)
                f((quint64(quint32(x)) << 32) | quint32(y));
    }
    QList<QRectF> m_rects;
    QHash<quint64, QList<int>> m_cells;
};

// The point at `fraction` of the polyline's length, and the direction there.
QPointF pointAlong(const QPolygonF &line, double fraction, QPointF *direction)
{
    double total = 0;
    for (int i = 0; i + 1 < line.size(); ++i)
        total += QLineF(line.at(i), line.at(i + 1)).length();
    double wanted = total * fraction;
    for (int i = 0; i + 1 < line.size(); ++i) {
        const QLineF segment(line.at(i), line.at(i + 1));
        if (wanted <= segment.length() || i + 2 == line.size()) {
            const double length = std::max(segment.length(), 1e-9);
            *direction = (segment.p2() - segment.p1()) / length;
            return segment.pointAt(std::min(1.0, wanted / length));
        }
        wanted -= segment.length();
    }
    *direction = QPointF(1, 0);
    return line.isEmpty() ? QPointF() : line.first();
}

} // namespace

int placeLabelsClear(ChainPicture &picture)
{
    Grid taken;
    for (const Card &card : picture.cards)
        taken.add(cardBounds(card.rect));
    for (const GroupCard &group : picture.groups)
        taken.add(groupBounds(group.rect));
    for (const CountryBox &box : picture.boxes)
        taken.add(countryHeaderRect(box).adjusted(-2, -2, 2, 2));
    for (const MergedLine &merged : picture.mergedLines)
        taken.add(merged.labelBox);

    QHash<qint64, const LinkLine *> lineOf;
    for (const LinkLine &line : picture.lines)
        lineOf.insert(line.link.value, &line);
    QList<int> order;
    for (int i = 0; i < picture.labels.size(); ++i)
        if (!picture.labels.at(i).text.isEmpty())
            order.append(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return picture.labels.at(a).box.width() * picture.labels.at(a).box.height()
               > picture.labels.at(b).box.width() * picture.labels.at(b).box.height();
    });

    // From the middle outwards: a label near the middle of its line is read as that line's.
    static constexpr double fractions[] = {0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9};
    int leftOut = 0;
    for (const int index : std::as_const(order)) {
        LinkLabel &label = picture.labels[index];
        const LinkLine *line = lineOf.value(label.link.value);
        bool placed = false;
        if (line && line->geometry.polyline.size() >= 2) {
            const QSizeF size = label.box.size();
            const QSizeF text = labelTextSize(label); // measured once, not at every place tried
            for (const double fraction : fractions) {
                QPointF direction;
                const QPointF at = pointAlong(line->geometry.polyline, fraction, &direction);
                const QPointF normal(-direction.y(), direction.x());
                // On the line, then beside it on either side: far enough that the box clears it.
                const double side = std::abs(normal.x()) * size.width() / 2 + std::abs(normal.y()) * size.height() / 2 + 4;
                for (const double offset : {0.0, side, -side, side * 1.8, -side * 1.8}) {
                    LinkLabel candidate = label;
                    placeLabel(candidate, at + normal * offset, text);
                    const QRectF bounds = labelBounds(candidate);
                    if (!taken.hits(bounds)) {
                        label = candidate;
                        taken.add(bounds);
                        placed = true;
                        break;
                    }
                }
                if (placed)
                    break;
            }
        }
        if (!placed) {
            // Nowhere clear: left out, and counted in the legend.
            label.text.clear();
            label.box = QRectF(label.box.center(), QSizeF(0, 0));
            ++leftOut;
        }
    }
    if (leftOut > 0)
        picture.frame.notes.append(
            Frame::tr("%n link label(s) left out where they would cover a card or another label", nullptr, leftOut));
    picture.bounds = pictureBounds(picture);
    return leftOut;
}

} // namespace chiptrail::picture
