// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenepicture.h"

#include <QGraphicsScene>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QTextItem>
#include <cmath>

namespace chiptrail::gui {

// A paint engine that keeps what it is asked to draw instead of drawing it. QPicture does the same
// but serialises every call into a byte stream; this keeps the values (pens, paths and fonts are
// implicitly shared, so a copy is a reference count).
class PictureRecorder : public QPaintDevice, public QPaintEngine
{
public:
    explicit PictureRecorder(ScenePicture &picture)
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
        ScenePicture::Op &op = add(ScenePicture::Op::Kind::Path, path.controlPointRect());
        // A copy of its own, not a share of the item's path: the recording is played on a worker
        // while the GUI thread may draw the item, and drawing fills caches inside the path.
        op.path.addPath(path);
        op.path.setFillRule(path.fillRule());
        op.fillRule = path.fillRule();
    }
    void drawRects(const QRectF *rects, int count) override
    {
        for (int i = 0; i < count; ++i)
            add(ScenePicture::Op::Kind::Rect, rects[i]).rect = rects[i];
    }
    void drawRects(const QRect *rects, int count) override
    {
        for (int i = 0; i < count; ++i)
            add(ScenePicture::Op::Kind::Rect, QRectF(rects[i])).rect = QRectF(rects[i]);
    }
    void drawEllipse(const QRectF &rect) override { add(ScenePicture::Op::Kind::Ellipse, rect).rect = rect; }
    void drawEllipse(const QRect &rect) override { drawEllipse(QRectF(rect)); }
    void drawLines(const QLineF *lines, int count) override
    {
        for (int i = 0; i < count; ++i) {
            const QPolygonF line{lines[i].p1(), lines[i].p2()};
            add(ScenePicture::Op::Kind::Polyline, line.boundingRect()).polygon = line;
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
        ScenePicture::Op &op = add(mode == PolylineMode ? ScenePicture::Op::Kind::Polyline : ScenePicture::Op::Kind::Polygon,
                                   polygon.boundingRect());
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
        const QRectF box(p.x(), p.y() - item.ascent(), item.width(), item.ascent() + item.descent());
        ScenePicture::Op &op = add(ScenePicture::Op::Kind::Text, box);
        op.origin = p;
        op.text = item.text();
        op.font = item.font();
        op.rightToLeft = item.renderFlags().testFlag(QTextItem::RightToLeft);
    }
    // The chain draws no pictures; a pixmap would be a foreign body in an SVG anyway.
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}

private:
    ScenePicture::Op &add(ScenePicture::Op::Kind kind, const QRectF &local)
    {
        ScenePicture::Op &op = m_picture.m_ops.emplace_back();
        op.kind = kind;
        op.antialias = m_antialias;
        op.opacity = m_opacity;
        op.transform = m_transform;
        op.pen = m_pen;
        op.brush = m_brush;
        const double half = m_pen.style() == Qt::NoPen ? 0.0 : std::max(1.0, m_pen.widthF()) / 2 + 1;
        op.bounds = m_transform.mapRect(local.adjusted(-half, -half, half, half)).adjusted(-1, -1, 1, 1);
        return op;
    }

    ScenePicture &m_picture;
    QPen m_pen;
    QBrush m_brush;
    QTransform m_transform;
    qreal m_opacity = 1;
    bool m_antialias = false;
};

ScenePicture ScenePicture::record(QGraphicsScene &scene, const QRectF &source, const QSizeF &size)
{
    ScenePicture picture;
    picture.m_size = size;
    PictureRecorder recorder(picture);
    QPainter painter(&recorder);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), source);
    painter.end();
    return picture;
}

void ScenePicture::play(QPainter &painter, const QRectF &clip, const std::function<bool()> &cancelled) const
{
    const QTransform base = painter.worldTransform();
    painter.save();
    int count = 0;
    for (const Op &op : m_ops) {
        if (!op.bounds.intersects(clip))
            continue;
        if (cancelled && ++count % 256 == 0 && cancelled())
            break;
        painter.setTransform(op.transform * base);
        painter.setOpacity(op.opacity);
        painter.setRenderHint(QPainter::Antialiasing, op.antialias);
        painter.setPen(op.pen);
        painter.setBrush(op.brush);
        switch (op.kind) {
        case Op::Kind::Path: painter.drawPath(op.path); break;
        case Op::Kind::Rect: painter.drawRect(op.rect); break;
        case Op::Kind::Ellipse: painter.drawEllipse(op.rect); break;
        case Op::Kind::Polygon: painter.drawPolygon(op.polygon, op.fillRule); break;
        case Op::Kind::Polyline: painter.drawPolyline(op.polygon); break;
        case Op::Kind::Text:
            painter.setFont(op.font);
            painter.setLayoutDirection(op.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
            painter.drawText(op.origin, op.text);
            break;
        }
    }
    painter.restore();
}

// ---- SVG ----------------------------------------------------------------------------------

namespace {

// Numbers with at most two decimals, no exponent: 1/100 of a unit is below any screen or print.
void number(QByteArray &out, double value)
{
    if (!std::isfinite(value))
        value = 0;
    long long hundredths = std::llround(value * 100);
    if (hundredths < 0) {
        out += '-';
        hundredths = -hundredths;
    }
    char digits[32];
    int n = 0;
    long long whole = hundredths / 100;
    do {
        digits[n++] = char('0' + whole % 10);
        whole /= 10;
    } while (whole > 0);
    while (n > 0)
        out += digits[--n];
    const int fraction = int(hundredths % 100);
    if (fraction != 0) {
        out += '.';
        out += char('0' + fraction / 10);
        if (fraction % 10 != 0)
            out += char('0' + fraction % 10);
    }
}

void point(QByteArray &out, const QPointF &p)
{
    number(out, p.x());
    out += ' ';
    number(out, p.y());
}

// Text content and attribute values: XML escapes, and characters XML cannot carry at all (NUL and
// other controls) as U+FFFD, so the document always parses.
void escaped(QByteArray &out, const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean += c;
            clean += text.at(++i);
        } else if (c.isSurrogate() || (u < 0x20 && u != 0x9 && u != 0xA && u != 0xD) || u == 0xFFFE || u == 0xFFFF) {
            clean += QChar(0xFFFD);
        } else if (u == '&') {
            clean += QLatin1String("&amp;");
        } else if (u == '<') {
            clean += QLatin1String("&lt;");
        } else if (u == '>') {
            clean += QLatin1String("&gt;");
        } else if (u == '"') {
            clean += QLatin1String("&quot;");
        } else if (u == 0x9 || u == 0xA || u == 0xD) {
            clean += QStringLiteral("&#%1;").arg(int(u)); // kept as typed inside attributes as well
        } else {
            clean += c;
        }
    }
    out += clean.toUtf8();
}

void colour(QByteArray &out, const char *name, const QColor &c)
{
    out += ' ';
    out += name;
    out += "=\"";
    static const char hex[] = "0123456789abcdef";
    const QRgb rgb = c.rgb();
    out += '#';
    for (const int v : {qRed(rgb), qGreen(rgb), qBlue(rgb)}) {
        out += hex[v >> 4];
        out += hex[v & 15];
    }
    out += '"';
    if (c.alpha() != 255) {
        out += ' ';
        out += name;
        out += "-opacity=\"";
        number(out, c.alphaF());
        out += '"';
    }
}

// Coordinates go into the document already transformed when the transform only moves and scales
// alike in both directions (every item of the chain); otherwise the element keeps a matrix.
struct Placement
{
    QTransform transform;
    bool inline_ = true;
    double scale = 1; // for pen widths when coordinates are transformed
};

Placement placementOf(const QTransform &t)
{
    Placement p;
    p.transform = t;
    if (t.type() <= QTransform::TxTranslate)
        return p;
    if (t.type() == QTransform::TxScale && qFuzzyCompare(t.m11(), t.m22()) && t.m11() > 0) {
        p.scale = t.m11();
        return p;
    }
    p.inline_ = false;
    return p;
}

QPointF at(const Placement &p, const QPointF &pt) { return p.inline_ ? p.transform.map(pt) : pt; }

void style(QByteArray &out, const ScenePicture::Op &op, const Placement &place, bool fillable)
{
    const QBrush &brush = op.brush;
    if (fillable && brush.style() != Qt::NoBrush)
        colour(out, "fill", brush.color());
    else
        out += " fill=\"none\"";
    if (op.kind != ScenePicture::Op::Kind::Text) {
        const QPen &pen = op.pen;
        if (pen.style() == Qt::NoPen || pen.brush().style() == Qt::NoBrush) {
            out += " stroke=\"none\"";
        } else {
            colour(out, "stroke", pen.color());
            const double width = (pen.widthF() > 0 ? pen.widthF() : 1.0);
            out += " stroke-width=\"";
            number(out, width * place.scale);
            out += '"';
            if (pen.style() != Qt::SolidLine) {
                out += " stroke-dasharray=\"";
                const QList<qreal> pattern = pen.dashPattern();
                for (qsizetype i = 0; i < pattern.size(); ++i) {
                    if (i > 0)
                        out += ',';
                    number(out, std::max(0.01, pattern.at(i) * width * place.scale));
                }
                out += '"';
                if (!qFuzzyIsNull(pen.dashOffset())) {
                    out += " stroke-dashoffset=\"";
                    number(out, pen.dashOffset() * width * place.scale);
                    out += '"';
                }
            }
            switch (pen.capStyle()) {
            case Qt::FlatCap: break; // SVG's default "butt"
            case Qt::RoundCap: out += " stroke-linecap=\"round\""; break;
            default: out += " stroke-linecap=\"square\""; break;
            }
            switch (pen.joinStyle()) {
            case Qt::RoundJoin: out += " stroke-linejoin=\"round\""; break;
            case Qt::MiterJoin:
            case Qt::SvgMiterJoin: break; // SVG's default
            default: out += " stroke-linejoin=\"bevel\""; break;
            }
        }
    }
    if (op.opacity < 1) {
        out += " opacity=\"";
        number(out, op.opacity);
        out += '"';
    }
    if (!place.inline_) {
        const QTransform &t = place.transform;
        out += " transform=\"matrix(";
        for (const double v : {t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy()}) {
            number(out, v);
            out += ' ';
        }
        out.chop(1);
        out += ")\"";
    }
}

void pathData(QByteArray &out, const QPainterPath &path, const Placement &place)
{
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement: out += 'M'; point(out, at(place, e)); break;
        case QPainterPath::LineToElement: out += 'L'; point(out, at(place, e)); break;
        case QPainterPath::CurveToElement:
            out += 'C';
            point(out, at(place, e));
            out += ' ';
            point(out, at(place, path.elementAt(i + 1)));
            out += ' ';
            point(out, at(place, path.elementAt(i + 2)));
            i += 2;
            break;
        case QPainterPath::CurveToDataElement: break;
        }
    }
}

} // namespace

QByteArray ScenePicture::toSvg(const QString &title, const QString &description,
                               const std::function<bool(double)> &progress) const
{
    QByteArray out;
    out.reserve(qsizetype(m_ops.size()) * 120 + 1024);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
           "version=\"1.1\" width=\"";
    number(out, m_size.width());
    out += "\" height=\"";
    number(out, m_size.height());
    out += "\" viewBox=\"0 0 ";
    point(out, QPointF(m_size.width(), m_size.height()));
    out += "\">\n<title>";
    escaped(out, title);
    out += "</title>\n<desc>";
    escaped(out, description);
    out += "</desc>\n";
    const qsizetype total = m_ops.size();
    for (qsizetype index = 0; index < total; ++index) {
        if (progress && index % 1024 == 0 && !progress(double(index) / std::max<qsizetype>(1, total)))
            return {};
        const Op &op = m_ops.at(index);
        const Placement place = placementOf(op.transform);
        switch (op.kind) {
        case Op::Kind::Path:
            out += "<path";
            style(out, op, place, true);
            if (op.fillRule == Qt::OddEvenFill && op.brush.style() != Qt::NoBrush)
                out += " fill-rule=\"evenodd\"";
            out += " d=\"";
            pathData(out, op.path, place);
            out += "\"/>\n";
            break;
        case Op::Kind::Rect: {
            const QRectF r = place.inline_ ? place.transform.mapRect(op.rect) : op.rect;
            out += "<rect";
            style(out, op, place, true);
            out += " x=\"";
            number(out, r.x());
            out += "\" y=\"";
            number(out, r.y());
            out += "\" width=\"";
            number(out, r.width());
            out += "\" height=\"";
            number(out, r.height());
            out += "\"/>\n";
            break;
        }
        case Op::Kind::Ellipse: {
            const QRectF r = place.inline_ ? place.transform.mapRect(op.rect) : op.rect;
            out += "<ellipse";
            style(out, op, place, true);
            out += " cx=\"";
            number(out, r.center().x());
            out += "\" cy=\"";
            number(out, r.center().y());
            out += "\" rx=\"";
            number(out, r.width() / 2);
            out += "\" ry=\"";
            number(out, r.height() / 2);
            out += "\"/>\n";
            break;
        }
        case Op::Kind::Polygon:
        case Op::Kind::Polyline: {
            const bool closed = op.kind == Op::Kind::Polygon;
            out += closed ? "<polygon" : "<polyline";
            style(out, op, place, closed);
            if (closed && op.fillRule == Qt::OddEvenFill && op.brush.style() != Qt::NoBrush)
                out += " fill-rule=\"evenodd\"";
            out += " points=\"";
            for (const QPointF &p : op.polygon) {
                point(out, at(place, p));
                out += ' ';
            }
            if (!op.polygon.isEmpty())
                out.chop(1);
            out += "\"/>\n";
            break;
        }
        case Op::Kind::Text: {
            // Text is drawn in the pen's colour.
            Op filled = op;
            filled.brush = op.pen.style() == Qt::NoPen ? QBrush() : QBrush(op.pen.color());
            const QPointF origin = at(place, op.origin);
            out += "<text xml:space=\"preserve\"";
            style(out, filled, place, true);
            out += " x=\"";
            number(out, origin.x());
            out += "\" y=\"";
            number(out, origin.y());
            out += "\" font-family=\"";
            escaped(out, op.font.family());
            out += "\" font-size=\"";
            const double pixels = op.font.pixelSize() > 0 ? op.font.pixelSize() : op.font.pointSizeF() * 96 / 72;
            number(out, pixels * place.scale);
            out += '"';
            if (op.font.weight() != QFont::Normal) {
                out += " font-weight=\"";
                out += QByteArray::number(int(op.font.weight()) / 100 * 100);
                out += '"';
            }
            if (op.font.italic())
                out += " font-style=\"italic\"";
            out += '>';
            escaped(out, op.text);
            out += "</text>\n";
            break;
        }
        }
    }
    out += "</svg>\n";
    return out;
}

} // namespace chiptrail::gui
