// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineplacement.h"

#include "picture/picturegeometry.h"

#include <algorithm>
#include <vector>

namespace chiptrail::picture {
namespace {

// Cards sorted by their left edge: a line is tested against those its span can reach only.
class Cards
{
public:
    explicit Cards(const ChainPicture &picture)
    {
        for (const Card &card : picture.cards)
            m_rects.push_back(card.rect);
        for (const GroupCard &group : picture.groups)
            m_rects.push_back(group.rect);
        std::sort(m_rects.begin(), m_rects.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
        for (const QRectF &r : m_rects)
            m_widest = std::max(m_widest, r.width());
    }

    // The card a line starts or ends on (its point lies on the card's edge).
    const QRectF *at(const QPointF &point) const
    {
        for (auto it = first(point.x() - 2); it != m_rects.end() && it->left() <= point.x() + 2; ++it)
            if (it->adjusted(-2, -2, 2, 2).contains(point))
                return &*it;
        return nullptr;
    }

    // Cards the polyline runs through, other than its own two. Counts the cards it looks at in
    // `work`: the caller's budget.
    int crossed(const QPolygonF &line, const QRectF *from, const QRectF *to, qint64 &work) const
    {
        const QRectF span = line.boundingRect().adjusted(-1, -1, 1, 1);
        int count = 0;
        for (auto it = first(span.left()); it != m_rects.end() && it->left() <= span.right(); ++it) {
            ++work;
            if (&*it == from || &*it == to || !it->intersects(span))
                continue;
            const QRectF inside = it->adjusted(1, 1, -1, -1);
            for (int i = 0; i + 1 < line.size(); ++i) {
                double t0 = 0, t1 = 1;
                if (clipSegment(QLineF(line.at(i), line.at(i + 1)), inside, t0, t1) && t1 - t0 > 1e-6) {
                    ++count;
                    break;
                }
            }
        }
        return count;
    }

private:
    std::vector<QRectF>::const_iterator first(double left) const
    {
        return std::lower_bound(m_rects.begin(), m_rects.end(), left - m_widest,
                                [](const QRectF &r, double x) { return r.left() < x; });
    }
    std::vector<QRectF> m_rects;
    double m_widest = 0;
};

} // namespace

int routeLinesAroundCards(ChainPicture &picture)
{
    // A budget of cards looked at, so that an export stays fast on a big chain (about 50 ms at 1,000 parties);
    // counted, not timed, so the window and the command line bend the same lines. Lines after
    // it is spent stay straight.
    constexpr qint64 budget = 150'000;
    qint64 work = 0;
    const Cards cards(picture);
    int bent = 0;
    for (LinkLine &line : picture.lines) {
        if (work > budget)
            break;
        const LinkGeometry &g = line.geometry;
        if (g.polyline.size() < 2 || g.curve == LinkGeometry::Curve::Spline)
            continue; // Graphviz routed it already (graphvizlines.h)
        const QRectF *from = cards.at(g.start);
        const QRectF *to = cards.at(g.end);
        if (!from || !to || from == to)
            continue;
        int fewest = cards.crossed(g.polyline, from, to, work);
        if (fewest == 0)
            continue;
        LinkGeometry best = g;
        // Arcs of linkGeometry's parallel links, to alternating sides and ever wider; odd and even
        // indices bend to opposite sides, so both sides are tried at each width.
        for (int index = 1; index <= 12 && fewest > 0 && work <= budget; ++index) {
            const LinkGeometry arc = linkGeometry(from->center(), from->size(), to->center(), to->size(), false, index);
            const int crossed = cards.crossed(arc.polyline, from, to, work);
            if (crossed < fewest) {
                fewest = crossed;
                best = arc;
            }
        }
        if (best.polyline != g.polyline) {
            line.geometry = best;
            ++bent;
        }
    }
    return bent;
}

} // namespace chiptrail::picture
