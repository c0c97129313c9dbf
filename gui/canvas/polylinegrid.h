// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPolygonF>
#include <QSet>
#include <QRectF>
#include <algorithm>
#include <cmath>
#include <vector>

namespace chiptrail::gui {

// Which polylines pass through which square cells of the plane. Links between tiers run across
// the whole chain, so at 20,000 parties thousands of their bounding boxes overlap any point or
// view; the cells they actually cross are few. A line is filed in every cell that comes within
// `margin` of it (its pen and the hit tolerance).
class PolylineGrid
{
public:
    explicit PolylineGrid(double cellSize = 256) : m_cell(cellSize) {}

    void insert(int id, const QPolygonF &line, double margin);
    void remove(int id, const QPolygonF &line, double margin); // the same line and margin as inserted

    // How many cells `area` touches: the caller decides whether looking them up beats a plain scan.
    qint64 cellsIn(const QRectF &area) const;

    // Calls visit(id) for the ids filed in the cells `area` touches; an id may come more than once.
    template <typename Visit>
    void forEachIn(const QRectF &area, Visit visit) const
    {
        for (const int id : m_unfiled)
            visit(id);
        const int x0 = cellOf(area.left()), x1 = cellOf(area.right());
        const int y0 = cellOf(area.top()), y1 = cellOf(area.bottom());
        for (int x = x0; x <= x1; ++x)
            for (int y = y0; y <= y1; ++y) {
                const auto cell = m_cells.constFind(key(x, y));
                if (cell != m_cells.constEnd())
                    for (const int id : *cell)
                        visit(id);
            }
    }

private:
    int cellOf(double coordinate) const
    {
        // Clamped: a hostile case file may place a party at 1e300 or NaN.
        const double cell = std::floor(coordinate / m_cell);
        return std::isfinite(cell) ? int(std::clamp(cell, -1.0e9, 1.0e9)) : 0;
    }
    bool tooLongToFile(const QPolygonF &line, double margin) const;
    static quint64 key(int x, int y) { return (quint64(quint32(x)) << 32) | quint32(y); }
    template <typename Visit>
    void forEachCellOf(const QPolygonF &line, double margin, Visit visit) const;

    double m_cell;
    // A set per cell, not a list: a card with 100,000 links to one other card moved them all, and
    // finding each id in a list of 100,000 froze the window for minutes (hostile-file campaign).
    QHash<quint64, QSet<int>> m_cells;
    std::vector<int> m_unfiled; // lines crossing more cells than is sane: visited by every query
};

} // namespace chiptrail::gui
