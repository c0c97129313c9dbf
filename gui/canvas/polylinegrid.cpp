// SPDX-License-Identifier: GPL-3.0-or-later
#include "polylinegrid.h"

#include <algorithm>

namespace chiptrail::gui {

template <typename Visit>
void PolylineGrid::forEachCellOf(const QPolygonF &line, double margin, Visit visit) const
{
    // Column by column: the segment's height range inside the column (widened by the margin)
    // gives the rows. A long diagonal link costs its length in cells, not its bounding box.
    for (int i = 0; i + 1 < line.size() || (i == 0 && line.size() == 1); ++i) {
        const QPointF p = line.at(i), q = line.size() == 1 ? p : line.at(i + 1);
        const double left = std::min(p.x(), q.x()), right = std::max(p.x(), q.x());
        const double dx = q.x() - p.x();
        for (int column = cellOf(left - margin), last = cellOf(right + margin); column <= last; ++column) {
            const double from = std::max(column * m_cell - margin, left);
            const double to = std::min((column + 1) * m_cell + margin, right);
            double top, bottom;
            if (std::abs(dx) < 1e-9) {
                top = std::min(p.y(), q.y());
                bottom = std::max(p.y(), q.y());
            } else {
                const double yFrom = p.y() + (from - p.x()) / dx * (q.y() - p.y());
                const double yTo = p.y() + (to - p.x()) / dx * (q.y() - p.y());
                top = std::min(yFrom, yTo);
                bottom = std::max(yFrom, yTo);
            }
            for (int row = cellOf(top - margin), lastRow = cellOf(bottom + margin); row <= lastRow; ++row)
                visit(key(column, row));
        }
    }
}

bool PolylineGrid::tooLongToFile(const QPolygonF &line, double margin) const
{
    const QRectF bounds = line.boundingRect();
    const double width = bounds.width() / m_cell + 2, height = bounds.height() / m_cell + 2;
    // A party dragged or loaded a million units away: a few lines the scan handles, not a hang.
    constexpr double cellLimit = 1 << 16;
    return !std::isfinite(width + height) || width + height > cellLimit || margin > m_cell * 64;
}

void PolylineGrid::insert(int id, const QPolygonF &line, double margin)
{
    if (line.isEmpty())
        return;
    if (tooLongToFile(line, margin)) {
        m_unfiled.push_back(id);
        return;
    }
    forEachCellOf(line, margin, [&](quint64 cell) { m_cells[cell].insert(id); });
}

void PolylineGrid::remove(int id, const QPolygonF &line, double margin)
{
    if (line.isEmpty())
        return;
    if (tooLongToFile(line, margin)) {
        m_unfiled.erase(std::remove(m_unfiled.begin(), m_unfiled.end(), id), m_unfiled.end());
        return;
    }
    forEachCellOf(line, margin, [&](quint64 key) {
        const auto cell = m_cells.find(key);
        if (cell == m_cells.end())
            return;
        if (cell->remove(id) && cell->isEmpty())
            m_cells.erase(cell);
    });
}

qint64 PolylineGrid::cellsIn(const QRectF &area) const
{
    return (qint64(cellOf(area.right())) - cellOf(area.left()) + 1) * (qint64(cellOf(area.bottom())) - cellOf(area.top()) + 1);
}

} // namespace chiptrail::gui
