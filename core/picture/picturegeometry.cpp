// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturegeometry.h"

#include "model/displaytext.h"
#include "picture/chainstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace chiptrail::picture {
namespace {

struct Canvas
{
    Q_DECLARE_TR_FUNCTIONS(Canvas)
};

// Shared: one per link was a good part of building a 20,000-party scene.
const QFontMetricsF &labelMetrics()
{
    static const QFontMetricsF metrics(labelFont());
    return metrics;
}

} // namespace

QFont mergedLabelFont(double minTextSize)
{
    QFont font;
    font.setBold(true);
    return atLeast(font, 11, minTextSize);
}

namespace {

// Room around the line for the arrow head, the shipment box and the hit tolerance.
constexpr double decorationRoom = 14;

} // namespace

QPointF cardExit(const QPointF &centre, const QSizeF &card, const QPointF &towards)
{
    const double halfW = card.width() / 2, halfH = card.height() / 2;
    const QPointF d = towards - centre;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return centre;
    const double scale = std::min(qFuzzyIsNull(d.x()) ? 1e9 : halfW / std::abs(d.x()),
                                  qFuzzyIsNull(d.y()) ? 1e9 : halfH / std::abs(d.y()));
    return centre + d * std::min(scale, 1.0);
}

Card makeCard(const Party &party, int noteCount, const QPointF &centre)
{
    Card card;
    card.party = party.id;
    const QSizeF size = chainstyle::nodeSizeFor(party.name);
    card.rect = QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
    card.name = party.name;
    const QString country = party.headquartersCountry.isEmpty() ? party.incorporationCountry : party.headquartersCountry;
    card.subtitle = country.isEmpty() ? DisplayText::role(party.role)
                                      : DisplayText::role(party.role) + QStringLiteral(" · ") + country;
    card.roleColour = chainstyle::roleColour(party.role);
    card.dashedBorder = party.confidence == Confidence::Suspected || party.confidence == Confidence::Disputed;
    card.noteCount = noteCount;
    return card;
}

QRectF cardBounds(const QRectF &card) { return card.adjusted(-4, -4, 4, 4); }

LinkGeometry linkGeometry(const QPointF &a, const QSizeF &fromSize, const QPointF &b, const QSizeF &toSize,
                          bool selfLoop, int parallelIndex)
{
    // Beyond this many arcs between the same two cards the arcs are used again: 100,000 links
    // between two parties bent ever further out, each crossing thousands of grid cells of the
    // canvas, and the window froze (found by the hostile-file campaign).
    constexpr int distinctArcs = 48;
    if (parallelIndex > distinctArcs)
        parallelIndex = 1 + (parallelIndex - 1) % distinctArcs;
    LinkGeometry g;
    if (selfLoop) {
        // A self-loop: an arc over the card's top right corner.
        const QPointF start = a + QPointF(fromSize.width() / 4, -fromSize.height() / 2);
        const double lift = 40 + 14 * parallelIndex;
        g.curve = LinkGeometry::Curve::Cubic;
        g.start = start;
        g.control1 = start + QPointF(0, -lift);
        g.control2 = start + QPointF(lift * 1.6, -lift);
        g.end = a + QPointF(fromSize.width() / 2, 0);
        g.labelAnchor = start + QPointF(lift * 0.8, -lift);
    } else if (parallelIndex == 0) {
        g.start = cardExit(a, fromSize, b);
        g.end = cardExit(b, toSize, a);
        g.labelAnchor = (g.start + g.end) / 2;
    } else {
        // Parallel links bend to alternating sides, further out the more there are.
        const QPointF mid = (a + b) / 2;
        const QPointF d = b - a;
        const double length = std::max(1.0, std::hypot(d.x(), d.y()));
        const QPointF normal(-d.y() / length, d.x() / length);
        const int side = parallelIndex % 2 == 0 ? 1 : -1;
        const double bend = side * 28.0 * ((parallelIndex + 1) / 2);
        g.curve = LinkGeometry::Curve::Quad;
        g.control1 = mid + normal * bend * 2;
        g.start = cardExit(a, fromSize, g.control1);
        g.end = cardExit(b, toSize, g.control1);
    }
    // A path of its own, dropped here: only plain points leave this function.
    const QPainterPath path = linkPath(g);
    if (g.curve == LinkGeometry::Curve::Quad)
        g.labelAnchor = path.pointAtPercent(0.5);
    const QList<QPolygonF> flattened = path.toSubpathPolygons();
    g.polyline = flattened.isEmpty() ? QPolygonF() : flattened.first();
    g.arrowTip = path.currentPosition();
    g.arrowBack = path.pointAtPercent(0.98);
    g.boxCentre = path.pointAtPercent(0.35);
    g.pathBounds = path.boundingRect();
    return g;
}

LinkGeometry splineGeometry(const QPolygonF &spline, const QPointF &tip, const std::optional<QPointF> &labelAnchor)
{
    LinkGeometry g;
    g.curve = LinkGeometry::Curve::Spline;
    g.spline = spline;
    g.start = spline.isEmpty() ? tip : spline.first();
    g.end = tip;
    const QPainterPath path = linkPath(g);
    const QList<QPolygonF> flattened = path.toSubpathPolygons();
    g.polyline = flattened.isEmpty() ? QPolygonF() : flattened.first();
    g.arrowTip = tip;
    // Graphviz stops the spline where the arrow head begins: its direction is from there to the tip.
    g.arrowBack = spline.isEmpty() || spline.last() == tip ? path.pointAtPercent(0.98) : spline.last();
    g.boxCentre = path.pointAtPercent(0.35);
    g.labelAnchor = labelAnchor ? *labelAnchor : path.pointAtPercent(0.5);
    g.pathBounds = path.boundingRect();
    return g;
}

QPainterPath linkPath(const LinkGeometry &g)
{
    QPainterPath path;
    if (g.curve == LinkGeometry::Curve::Spline && !g.spline.isEmpty())
        path.moveTo(g.spline.first());
    else
        path.moveTo(g.start);
    switch (g.curve) {
    case LinkGeometry::Curve::Straight: path.lineTo(g.end); break;
    case LinkGeometry::Curve::Quad: path.quadTo(g.control1, g.end); break;
    case LinkGeometry::Curve::Cubic: path.cubicTo(g.control1, g.control2, g.end); break;
    case LinkGeometry::Curve::Spline:
        for (qsizetype i = 1; i + 2 < g.spline.size(); i += 3)
            path.cubicTo(g.spline.at(i), g.spline.at(i + 1), g.spline.at(i + 2));
        if (path.currentPosition() != g.end)
            path.lineTo(g.end);
        break;
    }
    return path;
}

double lineMargin(const QPen &pen) { return pen.widthF() + 2.5 + decorationRoom; }

QRectF lineBounds(const LinkGeometry &geometry, double margin)
{
    return geometry.polyline.boundingRect().adjusted(-margin, -margin, margin, margin);
}

QFont labelFont()
{
    QFont font;
    font.setPixelSize(11);
    return font;
}

QFont atLeast(QFont font, double designed, double minTextSize)
{
    font.setPixelSize(int(std::max(designed, std::ceil(minTextSize - 1e-9))));
    return font;
}

double labelTextScale(const LinkLabel &label)
{
    return label.minTextSize > 11 ? atLeast(labelFont(), 11, label.minTextSize).pixelSize() / 11.0 : 1.0;
}

static QSizeF labelTextSize(const LinkLabel &label)
{
    const QStringList lines = label.text.split(QLatin1Char('\n'));
    const auto measure = [&](const QFontMetricsF &metrics) {
        double width = 0;
        for (const auto &line : lines)
            width = std::max(width, metrics.horizontalAdvance(line));
        return QSizeF(width, lines.size() * metrics.height());
    };
    if (labelTextScale(label) == 1.0)
        return measure(labelMetrics());
    // Every label of a page has the same size: its metrics made once per thread.
    const QFont font = atLeast(labelFont(), 11, label.minTextSize);
    thread_local int cachedSize = 0;
    thread_local std::optional<QFontMetricsF> cached;
    if (!cached || cachedSize != font.pixelSize()) {
        cached.emplace(font);
        cachedSize = font.pixelSize();
    }
    return measure(*cached);
}

static void placeLabel(LinkLabel &label, const QPointF &anchor, const QSizeF &textSize)
{
    const double width = textSize.width(), height = textSize.height(), k = labelTextScale(label);
    // A checked link's label carries its verdict mark on the left (picturepainter.cpp).
    const double mark = label.verdict == VerdictMark::None ? 0.0 : verdictMarkRoom * k;
    label.box = QRectF(anchor.x() - (width + mark) / 2 - 4, anchor.y() - height / 2 - 2, width + mark + 8, height + 4);
    label.badge = QRectF(label.box.right() - 6 * k, label.box.top() - 8 * k, 14 * k, 14 * k);
    if (label.text.isEmpty()) // nothing drawn: the bounds are the anchor
        label.box = QRectF(anchor, QSizeF(0, 0));
}

void moveLabel(LinkLabel &label, const QPointF &anchor)
{
    if (label.box.isEmpty()) { // never placed, or no text: nothing to keep
        placeLabel(label, anchor);
        return;
    }
    const QPointF by = anchor - label.box.center(); // placeLabel centres the box on its anchor
    label.box.translate(by);
    label.badge.translate(by);
}

void placeLabel(LinkLabel &label, const QPointF &anchor)
{
    placeLabel(label, anchor, labelTextSize(label));
}

QRectF labelBounds(const LinkLabel &label)
{
    return label.text.isEmpty() ? label.box : label.box.united(label.badge).adjusted(-1, -1, 1, 1);
}

GroupCard makeGroupCard(const CollapseKey &key, const QString &title, int members, int innerLinks,
                        const QPointF &centre)
{
    GroupCard group;
    group.key = key;
    group.title = title;
    group.subtitle = members == 1 ? Canvas::tr("1 party") : Canvas::tr("%n parties", nullptr, members);
    if (innerLinks > 0)
        group.subtitle += QStringLiteral(" · ") + (innerLinks == 1 ? Canvas::tr("1 link inside")
                                                                   : Canvas::tr("%n links inside", nullptr, innerLinks));
    QSizeF size = chainstyle::nodeSizeFor(title);
    size.setHeight(size.height() + 8);
    group.rect = QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
    group.fill = key.kind == CollapseKey::Kind::Country ? chainstyle::countryFill(key.country) : QColor(0xEE, 0xEE, 0xF6);
    return group;
}

QRectF groupBounds(const QRectF &card) { return card.adjusted(-6, -6, 6, 6); }

double mergedWidth(int count) { return 1.6 + std::min(5.0, std::log2(double(std::max(1, count)))); }

MergedLine makeMergedLine(const QPointF &a, const QSizeF &fromSize, const QPointF &b, const QSizeF &toSize, int count)
{
    MergedLine merged;
    // The two directions between the same cards sit side by side, not on top of each other.
    const QPointF d = b - a;
    const double length = std::max(1.0, std::hypot(d.x(), d.y()));
    const QPointF shift = QPointF(-d.y() / length, d.x() / length) * 6;
    merged.line = QLineF(cardExit(a, fromSize, b) + shift, cardExit(b, toSize, a) + shift);
    merged.linkCount = count;
    merged.label = count == 1 ? Canvas::tr("1 link") : Canvas::tr("%n links", nullptr, count);
    sizeMergedLabel(merged);
    return merged;
}

void sizeMergedLabel(MergedLine &merged)
{
    const QFontMetricsF metrics(mergedLabelFont(merged.minTextSize));
    const double width = metrics.horizontalAdvance(merged.label) + 10;
    merged.labelBox = QRectF(merged.line.center() - QPointF(width / 2, metrics.height() / 2 + 2),
                             QSizeF(width, metrics.height() + 4));
}

QRectF mergedBounds(const MergedLine &line)
{
    return QRectF(line.line.p1(), line.line.p2()).normalized().adjusted(-14, -14, 14, 14).united(line.labelBox);
}

bool clipSegment(const QLineF &segment, const QRectF &clip, double &t0, double &t1)
{
    t0 = 0;
    t1 = 1;
    const double dx = segment.dx(), dy = segment.dy();
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {segment.x1() - clip.left(), clip.right() - segment.x1(), segment.y1() - clip.top(),
                        clip.bottom() - segment.y1()};
    for (int i = 0; i < 4; ++i) {
        if (qFuzzyIsNull(p[i])) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

double distanceToSegment(const QPointF &p, const QLineF &segment)
{
    const QPointF d = segment.p2() - segment.p1();
    const double lengthSquared = QPointF::dotProduct(d, d);
    const double t = lengthSquared <= 0 ? 0 : std::clamp(QPointF::dotProduct(p - segment.p1(), d) / lengthSquared, 0.0, 1.0);
    const QPointF nearest = segment.p1() + d * t;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

QList<QRectF> stripRects(const QPolygonF &line, double margin, int maxPieces, double minPieceLength)
{
    if (line.isEmpty())
        return {};
    double length = 0;
    for (qsizetype i = 1; i < line.size(); ++i)
        length += QLineF(line.at(i - 1), line.at(i)).length();
    const int pieces = std::clamp(int(length / std::max(1.0, minPieceLength)), 1, std::max(1, maxPieces));
    const double step = length / pieces;
    QList<QRectF> rects;
    rects.reserve(pieces);
    // One walk along the line: each piece holds the points from where the last one ended to
    // `step` farther on (the corners in between included).
    QPointF at = line.first();
    qsizetype next = 1; // the next corner
    for (int piece = 0; piece < pieces; ++piece) {
        double left = at.x(), right = at.x(), top = at.y(), bottom = at.y();
        const auto take = [&](const QPointF &p) {
            left = std::min(left, p.x());
            right = std::max(right, p.x());
            top = std::min(top, p.y());
            bottom = std::max(bottom, p.y());
        };
        double want = piece == pieces - 1 ? std::numeric_limits<double>::infinity() : step;
        while (next < line.size()) {
            const QLineF segment(at, line.at(next));
            const double rest = segment.length();
            if (rest > want) {
                at = segment.pointAt(want / rest);
                take(at);
                break;
            }
            want -= rest;
            at = line.at(next++);
            take(at);
        }
        rects.append(QRectF(QPointF(left, top), QPointF(right, bottom)).adjusted(-margin, -margin, margin, margin));
    }
    return rects;
}

QRectF countryBoxBounds(const QRectF &box) { return box.adjusted(-0.5, -0.5, 0.5, 0.5); }

QRectF countryBoxAround(const QRectF &bounds)
{
    return bounds.adjusted(-chainstyle::countryPadding, -chainstyle::countryPadding - 16, chainstyle::countryPadding,
                           chainstyle::countryPadding);
}

} // namespace chiptrail::picture
