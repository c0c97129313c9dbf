// SPDX-License-Identifier: GPL-3.0-or-later
// The SVG writer of a paint recording: shapes and text elements only, coordinates written out.
#include "paintrecording.h"

#include <QPainterPath>
#include <cmath>

namespace chiptrail::picture {

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

void style(QByteArray &out, const PaintRecording::Op &op, const Placement &place, bool fillable)
{
    const QBrush &brush = op.brush;
    if (fillable && brush.style() != Qt::NoBrush)
        colour(out, "fill", brush.color());
    else
        out += " fill=\"none\"";
    if (op.kind != PaintRecording::Op::Kind::Text) {
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

QByteArray PaintRecording::toSvg(const QString &title, const QString &description,
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
    QByteArray openGroup;
    for (qsizetype index = 0; index < total; ++index) {
        if (progress && index % 1024 == 0 && !progress(double(index) / std::max<qsizetype>(1, total)))
            return {};
        const Op &op = m_ops.at(index);
        // Runs of one group in one <g class="…">: a desk restyles cards, labels or the legend in CSS.
        if (op.group != openGroup) {
            if (!openGroup.isEmpty())
                out += "</g>\n";
            openGroup = op.group;
            if (!openGroup.isEmpty())
                out += "<g class=\"" + openGroup + "\">\n";
        }
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
    if (!openGroup.isEmpty())
        out += "</g>\n";
    out += "</svg>\n";
    return out;
}

} // namespace chiptrail::picture
