// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <functional>

class QPainter;

namespace chiptrail::gui {

// Pixels of something costly to draw (thousands of crossing lines), kept in square tiles of the
// view at its current zoom: a pan draws the tiles it already has and renders only the ones that
// come into view. Tiles are dropped when the zoom or the sub-pixel offset changes, when what they
// show changes (drop()), and beyond a memory budget.
class TileCache
{
public:
    static constexpr int tileSize = 256;   // device pixels
    static constexpr int maxTiles = 96;     // 24 MiB

    // Draws the scene inside sceneRect with the painter it is given; called for several tiles at
    // once on as many threads as there are cores, so it may only read what it draws.
    using Render = std::function<void(QPainter *painter, const QRectF &sceneRect)>;
    // Called on the painting thread with the part of the scene about to be rendered: gathers
    // what lies there and returns the Render that draws it.
    using Prepare = std::function<Render(const QRectF &sceneArea)>;

    // `painter` maps scene coordinates to the device by a scale and a translation only.
    void paint(QPainter *painter, const QRectF &exposedScene, const Prepare &prepare);
    void drop(const QRectF &sceneRect); // what lies there has changed
    void clear() { m_tiles.clear(); }

private:
    static quint64 key(int i, int j) { return (quint64(quint32(i)) << 32) | quint32(j); }
    QRectF sceneRectOf(int i, int j) const;

    double m_scale = 0;
    QPointF m_fraction; // sub-pixel part of where the scene origin falls on the device
    QHash<quint64, QImage> m_tiles;
};

} // namespace chiptrail::gui
