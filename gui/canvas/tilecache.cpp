// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilecache.h"

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <system_error>
#include <thread>
#include <vector>

namespace chiptrail::gui {

QRectF TileCache::sceneRectOf(int i, int j) const
{
    // Device pixel (x, y) of tile (i, j) shows scene point ((i·T + x − fraction) / scale, …).
    return QRectF((i * tileSize - m_fraction.x()) / m_scale, (j * tileSize - m_fraction.y()) / m_scale,
                  tileSize / m_scale, tileSize / m_scale);
}

void TileCache::paint(QPainter *painter, const QRectF &exposedScene, const Prepare &prepare)
{
    const QTransform world = painter->worldTransform();
    const double scale = world.m11();
    const QPointF origin(world.dx(), world.dy()); // where scene (0, 0) is on the device
    const QPointF whole(std::floor(origin.x()), std::floor(origin.y()));
    const QPointF fraction = origin - whole;
    // The tiles under the exposed part, in device pixels counted from `whole`.
    const QRectF device = world.mapRect(exposedScene).translated(-whole);
    constexpr double farOut = 1e9; // tile numbers would overflow: draw it straight
    if (!std::isfinite(origin.x() + origin.y()) || std::abs(device.left()) > farOut || std::abs(device.right()) > farOut
        || std::abs(device.top()) > farOut || std::abs(device.bottom()) > farOut) {
        prepare(exposedScene)(painter, exposedScene);
        return;
    }
    if (scale != m_scale || fraction != m_fraction) {
        m_tiles.clear();
        m_scale = scale;
        m_fraction = fraction;
    }
    const int i0 = int(std::floor(device.left() / tileSize)), i1 = int(std::floor(device.right() / tileSize));
    const int j0 = int(std::floor(device.top() / tileSize)), j1 = int(std::floor(device.bottom() / tileSize));

    struct Missing
    {
        quint64 key;
        int i, j;
        QImage image;
    };
    std::vector<Missing> missing;
    QRectF missingArea;
    for (int i = i0; i <= i1; ++i)
        for (int j = j0; j <= j1; ++j)
            if (!m_tiles.contains(key(i, j))) {
                missing.push_back({key(i, j), i, j, QImage()});
                missingArea |= sceneRectOf(i, j);
            }
    if (!missing.empty()) {
        const Render render = prepare(missingArea);
        const QPainter::RenderHints hints = painter->renderHints();
        const auto renderEvery = [&](size_t first, size_t step) {
            for (size_t k = first; k < missing.size(); k += step) {
                Missing &tile = missing[k];
                try {
                    tile.image = QImage(tileSize, tileSize, QImage::Format_ARGB32_Premultiplied);
                    if (tile.image.isNull())
                        continue; // out of memory: this tile stays blank and is tried again next frame
                    tile.image.fill(Qt::transparent);
                    QPainter tilePainter(&tile.image);
                    tilePainter.setRenderHints(hints);
                    tilePainter.setTransform(QTransform(scale, 0, 0, scale, fraction.x() - tile.i * tileSize,
                                                        fraction.y() - tile.j * tileSize));
                    render(&tilePainter, sceneRectOf(tile.i, tile.j));
                } catch (...) {
                    tile.image = QImage(); // an exception must not leave a thread or the window
                }
            }
        };
        // A redraw from nothing is a screenful of tiles: one share per core. jthreads are joined on
        // every way out of the block.
        const size_t threads = std::min<size_t>({missing.size(), std::max(1u, std::thread::hardware_concurrency()), 4});
        {
            std::vector<std::jthread> helpers;
            size_t started = 1;
            try {
                for (; started < threads; ++started)
                    helpers.emplace_back(renderEvery, started, threads);
            } catch (const std::system_error &) {
                // No thread to be had: this one takes the shares that found none.
            }
            renderEvery(0, threads);
            for (size_t share = started; share < threads; ++share)
                renderEvery(share, threads);
        }
        for (Missing &tile : missing)
            if (!tile.image.isNull())
                m_tiles.insert(tile.key, std::move(tile.image));
    }

    painter->save();
    painter->setWorldTransform(QTransform());
    for (int i = i0; i <= i1; ++i)
        for (int j = j0; j <= j1; ++j)
            if (const auto tile = m_tiles.constFind(key(i, j)); tile != m_tiles.constEnd())
                painter->drawImage(whole + QPointF(i * tileSize, j * tileSize), *tile);
    painter->restore();

    if (m_tiles.size() > maxTiles) // keep what is on screen; the rest is cheap to make again
        for (auto it = m_tiles.begin(); it != m_tiles.end();) {
            const int i = int(qint32(it.key() >> 32)), j = int(qint32(it.key() & 0xffffffffu));
            it = (i >= i0 && i <= i1 && j >= j0 && j <= j1) ? std::next(it) : m_tiles.erase(it);
        }
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
