// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QFont>
#include <QList>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <functional>

class QGraphicsScene;
class QPainter;

namespace chiptrail::gui {

// The scene's drawing as plain data: what every item painted (paths, shapes, text runs with their
// pens, brushes, fonts, transforms and opacity), recorded once on the GUI thread by rendering the
// scene into a recording paint device. Items paint themselves as on screen, at the scale of the
// target (so their level of detail is the target's). Plain values only: a worker thread can play it
// back into an image or a PDF, or write it as SVG, while the scene changes.
class ScenePicture
{
public:
    struct Op
    {
        enum class Kind : quint8 { Path, Rect, Ellipse, Polygon, Polyline, Text };
        Kind kind = Kind::Path;
        bool antialias = false;
        bool rightToLeft = false;
        Qt::FillRule fillRule = Qt::OddEvenFill;
        qreal opacity = 1;
        QTransform transform; // painter coordinates to picture coordinates
        QPen pen;
        QBrush brush;
        QRectF bounds;        // in picture coordinates, pen included: what to skip outside a strip
        QPainterPath path;    // Path
        QRectF rect;          // Rect, Ellipse
        QPolygonF polygon;    // Polygon, Polyline
        QPointF origin;       // Text: the baseline's start
        QString text;
        QFont font;
    };

    // Renders `source` of the scene into a picture of `size` (scene units × the scale the items
    // see), as QGraphicsScene::render() would into an image of that size.
    static ScenePicture record(QGraphicsScene &scene, const QRectF &source, const QSizeF &size);

    QSizeF size() const { return m_size; }
    const QList<Op> &ops() const { return m_ops; }

    // Draws the ops whose bounds meet `clip` (picture coordinates) with the painter's current
    // transform as the picture's coordinates. `cancelled` is asked now and then.
    void play(QPainter &painter, const QRectF &clip, const std::function<bool()> &cancelled = {}) const;

    // A compact SVG 1.1 document of the picture: shapes and text elements only (no scripts, links,
    // images or external references); text as typed, escaped for XML.
    QByteArray toSvg(const QString &title, const QString &description, const std::function<bool(double)> &progress = {}) const;

private:
    friend class PictureRecorder;
    QSizeF m_size;
    QList<Op> m_ops;
};

} // namespace chiptrail::gui
