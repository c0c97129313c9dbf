// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilecache.h"

#include <QPainter>
#include <cmath>

namespace chiptrail::gui {

QRectF TileCache::sceneRectOf(int i, int j) const
{
    // Device pixel (x, y) of tile (i, j) shows scene point ((i·T + x − fraction) / scale, …).
    return QRectF((i * tileSize - m_fraction.x()) / m_scale, (j * tileSize - m_fraction.y()) / m_scale,
                  tileSize / m_scale, tileSize / m_scale);
}

void TileCache::paint(QPainter *painter, const QRectF &exposedScene, const Render &render)
{
    const QTransform world = painter->worldTransform();
    const double scale = world.m11();
    const QPointF origin(world.dx(), world.dy()); // where scene (0, 0) is on the device
    const QPointF whole(std::floor(origin.x()), std::floor(origin.y()));
    const QPointF fraction = origin - whole;
    if (scale != m_scale || fraction != m_fraction) {
        m_tiles.clear();
        m_scale = scale;
        m_fraction = fraction;
    }
    // The tiles under the exposed part, in device pixels counted from `whole`.
    const QRectF device = world.mapRect(exposedScene).translated(-whole);
    constexpr double farOut = 1e9; // tile numbers would overflow: draw it straight
    if (!std::isfinite(origin.x() + origin.y()) || std::abs(device.left()) > farOut || std::abs(device.right()) > farOut
        || std::abs(device.top()) > farOut || std::abs(device.bottom()) > farOut) {
        render(painter, exposedScene);
        return;
    }
    const int i0 = int(std::floor(device.left() / tileSize)), i1 = int(std::floor(device.right() / tileSize));
    const int j0 = int(std::floor(device.top() / tileSize)), j1 = int(std::floor(device.bottom() / tileSize));

    painter->save();
    painter->setWorldTransform(QTransform());
    QHash<quint64, bool> inView;
    for (int i = i0; i <= i1; ++i)
        for (int j = j0; j <= j1; ++j) {
            QImage &tile = m_tiles[key(i, j)];
            inView.insert(key(i, j), true);
            if (tile.isNull()) {
                tile = QImage(tileSize, tileSize, QImage::Format_ARGB32_Premultiplied);
                tile.fill(Qt::transparent);
                QPainter tilePainter(&tile);
                tilePainter.setRenderHints(painter->renderHints());
                tilePainter.setTransform(QTransform(scale, 0, 0, scale, fraction.x() - i * tileSize,
                                                    fraction.y() - j * tileSize));
                render(&tilePainter, sceneRectOf(i, j));
            }
            painter->drawImage(whole + QPointF(i * tileSize, j * tileSize), tile);
        }
    painter->restore();

    if (m_tiles.size() > maxTiles) // keep what is on screen; the rest is cheap to make again
        for (auto it = m_tiles.begin(); it != m_tiles.end();)
            it = inView.contains(it.key()) ? std::next(it) : m_tiles.erase(it);
}

void TileCache::drop(const QRectF &sceneRect)
{
    if (m_tiles.isEmpty() || m_scale <= 0)
        return;
    for (auto it = m_tiles.begin(); it != m_tiles.end();) {
        const int i = int(qint32(it.key() >> 32)), j = int(qint32(it.key() & 0xffffffffu));
        it = sceneRectOf(i, j).intersects(sceneRect) ? m_tiles.erase(it) : std::next(it);
    }
}

} // namespace chiptrail::gui
