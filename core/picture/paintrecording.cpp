// SPDX-License-Identifier: GPL-3.0-or-later
#include "paintrecording.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QTextItem>
#include <cmath>

namespace chiptrail::picture {

// A paint engine that keeps what it is asked to draw instead of drawing it. QPicture does the same
// but serialises every call into a byte stream; this keeps the values (pens, paths and fonts are
// implicitly shared, so a copy is a reference count).
class PictureRecorder : public QPaintDevice, public QPaintEngine
{
public:
    explicit PictureRecorder(PaintRecording &picture)
        : QPaintEngine(QPaintEngine::AllFeatures), m_picture(picture)
    {
    }

    // QPaintDevice
    QPaintEngine *paintEngine() const override { return const_cast<PictureRecorder *>(this); }
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth: return int(std::ceil(m_picture.m_size.width()));
        case PdmHeight: return int(std::ceil(m_picture.m_size.height()));
        case PdmWidthMM: return int(std::ceil(m_picture.m_size.width() * 25.4 / 96));
        case PdmHeightMM: return int(std::ceil(m_picture.m_size.height() * 25.4 / 96));
        case PdmNumColors: return std::numeric_limits<int>::max();
        case PdmDepth: return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY: return 96; // as a QImage: fonts in points come out the same size
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
        }
        return 0;
    }

    // QPaintEngine
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &state) override
    {
        const DirtyFlags dirty = state.state();
        if (dirty & DirtyPen)
            m_pen = state.pen();
        if (dirty & DirtyBrush)
            m_brush = state.brush();
        if (dirty & DirtyTransform)
            m_transform = state.transform();
        if (dirty & DirtyOpacity)
            m_opacity = state.opacity();
        if (dirty & DirtyHints)
            m_antialias = state.renderHints().testFlag(QPainter::Antialiasing);
    }

    void drawPath(const QPainterPath &path) override
    {
        PaintRecording::Op &op = add(PaintRecording::Op::Kind::Path);
        // A copy of its own, not a share of the painter's path: a recording may go to another
        // thread, and drawing a path fills caches inside it.
        op.path.addPath(path);
        op.path.setFillRule(path.fillRule());
        op.fillRule = path.fillRule();
    }
    void drawRects(const QRectF *rects, int count) override
    {
        for (int i = 0; i < count; ++i)
            add(PaintRecording::Op::Kind::Rect).rect = rects[i];
    }
    void drawRects(const QRect *rects, int count) override
    {
        for (int i = 0; i < count; ++i)
            add(PaintRecording::Op::Kind::Rect).rect = QRectF(rects[i]);
    }
    void drawEllipse(const QRectF &rect) override { add(PaintRecording::Op::Kind::Ellipse).rect = rect; }
    void drawEllipse(const QRect &rect) override { drawEllipse(QRectF(rect)); }
    void drawLines(const QLineF *lines, int count) override
    {
        for (int i = 0; i < count; ++i) {
            const QPolygonF line{lines[i].p1(), lines[i].p2()};
            add(PaintRecording::Op::Kind::Polyline).polygon = line;
        }
    }
    void drawLines(const QLine *lines, int count) override
    {
        for (int i = 0; i < count; ++i) {
            const QLineF line(lines[i]);
            drawLines(&line, 1);
        }
    }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        const QPolygonF polygon(QList<QPointF>(points, points + count));
        PaintRecording::Op &op = add(mode == PolylineMode ? PaintRecording::Op::Kind::Polyline : PaintRecording::Op::Kind::Polygon);
        op.polygon = polygon;
        op.fillRule = mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill;
    }
    void drawPolygon(const QPoint *points, int count, PolygonDrawMode mode) override
    {
        QPolygonF polygon;
        polygon.reserve(count);
        for (int i = 0; i < count; ++i)
            polygon.append(QPointF(points[i]));
        drawPolygon(polygon.constData(), count, mode);
    }
    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        PaintRecording::Op &op = add(PaintRecording::Op::Kind::Text);
        op.origin = p;
        op.text = item.text();
        op.font = item.font();
        op.rightToLeft = item.renderFlags().testFlag(QTextItem::RightToLeft);
    }
    QByteArray group;

    // The chain draws no pictures; a pixmap would be a foreign body in an SVG anyway.
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}

private:
    PaintRecording::Op &add(PaintRecording::Op::Kind kind)
    {
        PaintRecording::Op &op = m_picture.m_ops.emplace_back();
        op.kind = kind;
        op.antialias = m_antialias;
        op.opacity = m_opacity;
        op.transform = m_transform;
        op.pen = m_pen;
        op.brush = m_brush;
        op.group = group;
        return op;
    }

    PaintRecording &m_picture;
    QPen m_pen;
    QBrush m_brush;
    QTransform m_transform;
    qreal m_opacity = 1;
    bool m_antialias = false;
};

void PaintRecording::setGroup(QPainter &painter, const QByteArray &group)
{
    if (painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::User)
        if (auto *recorder = dynamic_cast<PictureRecorder *>(painter.paintEngine()))
            recorder->group = group;
}

PaintRecording PaintRecording::record(const QSizeF &size, const std::function<void(QPainter &)> &paint)
{
    PaintRecording picture;
    picture.m_size = size;
    PictureRecorder recorder(picture);
    QPainter painter(&recorder);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    paint(painter);
    painter.end();
    return picture;
}

} // namespace chiptrail::picture
