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

class QPainter;

namespace chiptrail::picture {

// A drawing as plain data: what a painting function drew (paths, shapes, text runs with their pens,
// brushes, fonts, transforms and opacity), recorded by painting into a recording paint device. The
// chain picture is painted into it by the same functions that paint the canvas, at the scale of
// the target, and the SVG writer turns the calls into elements. Plain values only: it can be
// handed to another thread.
class PaintRecording
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
        QPainterPath path;    // Path
        QRectF rect;          // Rect, Ellipse
        QPolygonF polygon;    // Polygon, Polyline
        QPointF origin;       // Text: the baseline's start
        QString text;
        QFont font;
        QByteArray group;     // the SVG class of the <g> it is written in; empty: none
    };

    // Marks what `painter` draws from now on as part of `group` (an SVG class a desk can restyle:
    // "cards", "links", "labels", "legend", "sources", "title"). Does nothing when the painter does
    // not record: the same painting code draws PNG and PDF.
    static void setGroup(QPainter &painter, const QByteArray &group);

    // What `paint` draws into a device of `size` (antialiased, as the picture is drawn everywhere).
    static PaintRecording record(const QSizeF &size, const std::function<void(QPainter &)> &paint);

    QSizeF size() const { return m_size; }
    const QList<Op> &ops() const { return m_ops; }

    // A compact SVG 1.1 document of the picture: shapes and text elements only (no scripts, links,
    // images or external references); text as typed, escaped for XML.
    QByteArray toSvg(const QString &title, const QString &description, const std::function<bool(double)> &progress = {}) const;

private:
    friend class PictureRecorder;
    QSizeF m_size;
    QList<Op> m_ops;
};

} // namespace chiptrail::picture
