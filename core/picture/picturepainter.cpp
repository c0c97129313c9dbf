// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturepainter.h"

#include "picture/chainstyle.h"
#include "picture/paintrecording.h"
#include "picture/picturegeometry.h"

#include <QFontMetricsF>
#include <QHash>
#include <QMap>
#include <QPaintEngine>
#include <cmath>

namespace chiptrail::picture {
namespace {

void drawArrowHead(QPainter &painter, const QPointF &tip, const QPointF &back, double size, const QColor &colour)
{
    const double angle = std::atan2(tip.y() - back.y(), tip.x() - back.x());
    QPolygonF head;
    head << tip << tip - QPointF(size * std::cos(angle - 0.4), size * std::sin(angle - 0.4))
         << tip - QPointF(size * std::cos(angle + 0.4), size * std::sin(angle + 0.4));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPolygon(head);
}

QColor thinLineColour(const LineToDraw &draw)
{
    QColor colour = drawnPen(draw.line->pen, draw.raised).color();
    colour.setAlphaF(colour.alphaF() * draw.opacity);
    return colour;
}

void appendThinLines(const LinkGeometry &g, QList<QLineF> &lines)
{
    // A line a pixel or two long: no dashes, no curve (they only cost time).
    const QPolygonF &points = g.polyline;
    if (g.curve == LinkGeometry::Curve::Straight && points.size() >= 2) {
        lines.append(QLineF(points.first(), points.last()));
        return;
    }
    for (int i = 0; i + 1 < points.size(); ++i)
        lines.append(QLineF(points.at(i), points.at(i + 1)));
}

} // namespace

namespace {

// The font of a card's name at `pixelSize` scene units.
QFont nameFontAt(double pixelSize)
{
    QFont font = chainstyle::nameFont();
    font.setPixelSize(int(std::lround(pixelSize)));
    return font;
}

// The width of a card's name at `pixelSize`. Shaping text is most of an export's time, and one
// export measures each name three times (placing the labels, counting the cards too small for
// their name, painting: callgrind, 1,000 cards, SVG: 17,800 shapings, 40 % of the export), so
// each thread keeps what it measured; a stranger's case of many names only clears it now and then.
double nameAdvance(const QString &name, double pixelSize)
{
    thread_local QHash<std::pair<int, QString>, double> widths;
    const std::pair<int, QString> key{int(std::lround(pixelSize)), name};
    if (const auto found = widths.constFind(key); found != widths.cend())
        return *found;
    if (widths.size() >= 100000)
        widths.clear();
    const double width = QFontMetricsF(nameFontAt(pixelSize)).horizontalAdvance(name);
    widths.insert(key, width);
    return width;
}

// The name in one line of at most `width`: whole where it fits, else cut; both worked out once
// per thread, as nameAdvance.
QString nameInWidth(const QString &name, double pixelSize, const QFontMetricsF &metrics, double width)
{
    if (nameAdvance(name, pixelSize) <= width)
        return name;
    thread_local QHash<std::pair<qint64, QString>, QString> cut;
    const std::pair<qint64, QString> key{(qint64(std::lround(pixelSize)) << 32) | qint64(std::lround(width * 64)), name};
    if (const auto found = cut.constFind(key); found != cut.cend())
        return *found;
    if (cut.size() >= 100000)
        cut.clear();
    return *cut.insert(key, metrics.elidedText(name, Qt::ElideRight, width));
}

// Line height per pixel of font size, for the name's font.
double nameLineFactor()
{
    static const double factor = QFontMetricsF(nameFontAt(100)).height() / 100;
    return factor;
}

constexpr double badgeRoom = 26;   // the note badge and its gap, at the name's right
constexpr double cardPadding = 3;  // above and below the name when it takes the whole card

// The name on two lines of at most `width` each, split between words; empty when it has no
// break that makes the first line fit.
QStringList twoLines(const QString &name, const QFontMetricsF &metrics, double width)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    QString first;
    qsizetype taken = 0;
    for (; taken < words.size(); ++taken) {
        const QString next = first.isEmpty() ? words.at(taken) : first + u' ' + words.at(taken);
        if (metrics.horizontalAdvance(next) > width)
            break;
        first = next;
    }
    if (first.isEmpty() || taken == words.size())
        return {};
    const QString rest = words.mid(taken).join(u' ');
    return {first, metrics.elidedText(rest, Qt::ElideRight, width)};
}

} // namespace

double minNameLod(const Card &card)
{
    const double tallest = (card.rect.height() - 2 * cardPadding) / nameLineFactor();
    return minNameScreenPixels / std::max(1.0, std::floor(tallest));
}

double readableNameLod(const Card &card)
{
    // The largest font size (the farthest zoom) at which the name is whole; the larger the font,
    // the less fits, so a bisection over the sizes the card can hold finds it.
    const auto whole = [&card](double size) {
        const CardDetail detail = cardDetail(card, minNameScreenPixels / size);
        return !detail.block && !detail.nameLines.isEmpty() && !detail.nameLines.last().endsWith(QChar(0x2026));
    };
    double low = nameFontSize; // whole, or the name is too long for the card at any size
    double high = std::floor((card.rect.height() - 2 * cardPadding) / nameLineFactor());
    if (high > low && whole(high))
        return minNameScreenPixels / high;
    while (high - low > 1) {
        const double mid = std::floor((low + high) / 2);
        (whole(mid) ? low : high) = mid;
    }
    return minNameScreenPixels / low;
}

namespace {

// A whole pixel size of at least `designed` and of the element's minTextSize.
double sizeAtLeast(double designed, double minTextSize) { return std::max(designed, std::ceil(minTextSize - 1e-9)); }

// The tallest name font (whole pixels) the card's height holds on one line.
double tallestName(const Card &card) { return std::floor((card.rect.height() - 2 * cardPadding) / nameLineFactor()); }

} // namespace

bool nameTooLargeForCard(const Card &card)
{
    return card.minTextSize > nameFontSize && sizeAtLeast(nameFontSize, card.minTextSize) > std::max(nameFontSize, tallestName(card));
}

CardDetail cardDetail(const Card &card, double lod)
{
    CardDetail detail;
    // Too small for the name at the size the page allows: a block too, and the page says so.
    if (lod <= 0 || lod < minNameLod(card) || nameTooLargeForCard(card)) {
        detail.block = true;
        return detail;
    }
    const QRectF text = card.rect.adjusted(16, 6, -8, -6);
    // The smallest whole pixel size that is minNameScreenPixels on screen, never below the card's own.
    detail.namePixelSize = std::max(sizeAtLeast(nameFontSize, card.minTextSize), std::ceil(minNameScreenPixels / lod - 1e-9));
    detail.subtitlePixelSize = sizeAtLeast(subtitleFontSize, card.minTextSize);
    detail.badgePixelSize = sizeAtLeast(badgeFontSize, card.minTextSize);
    const double grown = detail.badgePixelSize / badgeFontSize; // the badge grows with its number
    detail.badgeRect = QRectF(card.rect.right() - 8 - 22 * grown, card.rect.top() + 7, 22 * grown, 16 * grown);
    const double besideBadge = badgeRoom * grown;
    const QFontMetricsF metrics(nameFontAt(detail.namePixelSize));
    const double line = metrics.height();
    if (detail.namePixelSize == nameFontSize && detail.subtitlePixelSize == subtitleFontSize && grown == 1) {
        // Close enough for everything, as the card was designed.
        detail.badge = true;
        detail.subtitle = true;
        detail.nameRect = QRectF(text.left(), text.top(), text.width() - badgeRoom, 20);
        detail.nameLines = {nameInWidth(card.name, detail.namePixelSize, metrics, detail.nameRect.width())};
        detail.subtitleRect = QRectF(text.left(), text.top() + 22, text.width(), 18);
        return detail;
    }
    // Larger than the card was made for: the name takes what room it needs, the rest gets what is left.
    const double advance = nameAdvance(card.name, detail.namePixelSize);
    const bool fitsBesideBadge = advance <= text.width() - besideBadge;
    const bool fitsOneLine = advance <= text.width();
    detail.badge = lod >= 0.45 && fitsBesideBadge && detail.badgeRect.bottom() <= card.rect.bottom() - 4;
    const double width = detail.badge ? text.width() - besideBadge : text.width();
    // The role line under the name, as tall as its font (18 at its own size); beside the badge
    // where that is long enough for it, else below the badge.
    const double subtitleLine = 16 * detail.subtitlePixelSize / subtitleFontSize;
    double subtitleTop = text.top() + std::max(22.0, line + 2);
    double subtitleHeight = 18;
    if (detail.subtitlePixelSize != subtitleFontSize) {
        QFont small = chainstyle::nameFont();
        small.setPixelSize(int(detail.subtitlePixelSize));
        small.setBold(false);
        const QFontMetricsF smallMetrics(small);
        subtitleHeight = smallMetrics.height() + 1;
        if (detail.badge && detail.badgeRect.bottom() > subtitleTop
            && smallMetrics.horizontalAdvance(card.subtitle) > text.width() - besideBadge)
            subtitleTop = detail.badgeRect.bottom();
    }
    detail.subtitleRect = QRectF(text.left(), subtitleTop, text.width(), subtitleHeight);
    if (detail.badge && detail.badgeRect.bottom() > subtitleTop)
        detail.subtitleRect.setWidth(text.width() - besideBadge);
    detail.subtitle = lod >= 0.55 && fitsOneLine && line + subtitleLine <= text.height()
                      && detail.subtitleRect.bottom() <= card.rect.bottom() - 2;
    const QRectF whole = card.rect.adjusted(16, cardPadding, -8, -cardPadding);
    if (detail.subtitle) {
        detail.nameRect = QRectF(text.left(), text.top(), width, line);
        detail.nameLines = {card.name};
        return detail;
    }
    if (!fitsOneLine && 2 * line <= whole.height()) {
        const QStringList lines = twoLines(card.name, metrics, width);
        if (!lines.isEmpty()) {
            detail.nameLines = lines;
            detail.nameRect = QRectF(whole.left(), whole.center().y() - line, width, 2 * line);
            return detail;
        }
    }
    detail.nameLines = {nameInWidth(card.name, detail.namePixelSize, metrics, width)};
    detail.nameRect = QRectF(whole.left(), whole.center().y() - line / 2, width, line);
    return detail;
}

void paintCard(QPainter &painter, const Card &card, double lod, CardState state)
{
    paintCard(painter, card, cardDetail(card, lod), state);
}

void paintCard(QPainter &painter, const Card &card, const CardDetail &detail, CardState state)
{
    const QRectF &rect = card.rect;
    const QColor colour = card.roleColour;
    if (detail.block) {
        // Far out, a card is a few pixels: a filled block is all the eye can use.
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.fillRect(rect, state.selected ? chainstyle::highlightColour() : colour);
        return;
    }
    const bool raised = state.selected || state.highlighted;
    painter.setRenderHint(QPainter::Antialiasing);
    QPen border(raised ? chainstyle::highlightColour() : colour.darker(130), raised ? 3.5 : 1.2);
    if (card.dashedBorder)
        border.setStyle(Qt::DashLine);
    painter.setPen(border);
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(rect, 8, 8);
    painter.fillRect(QRectF(rect.left() + 1, rect.top() + 6, 7, rect.height() - 12), colour);

    const QFont nameFont = nameFontAt(detail.namePixelSize);
    painter.setFont(nameFont);
    painter.setPen(QColor(0x20, 0x20, 0x20));
    const double line = detail.nameRect.height() / std::max<qsizetype>(1, detail.nameLines.size());
    for (qsizetype i = 0; i < detail.nameLines.size(); ++i)
        painter.drawText(QRectF(detail.nameRect.left(), detail.nameRect.top() + i * line, detail.nameRect.width(), line),
                         Qt::AlignLeft | Qt::AlignVCenter, detail.nameLines.at(i));

    if (detail.subtitle) {
        QFont small = chainstyle::nameFont();
        small.setPixelSize(int(detail.subtitlePixelSize));
        small.setBold(false);
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(detail.subtitleRect, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(small).elidedText(card.subtitle, Qt::ElideRight, detail.subtitleRect.width()));
    }
    if (!detail.badge)
        return;

    // The note badge: how many notes back this party; red when none does.
    const QRectF &badge = detail.badgeRect;
    painter.setPen(Qt::NoPen);
    painter.setBrush(card.noteCount == 0 ? chainstyle::unsourcedColour() : QColor(0xE8, 0xE8, 0xE8));
    painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
    QFont badgeFont = chainstyle::nameFont();
    badgeFont.setPixelSize(int(detail.badgePixelSize));
    badgeFont.setBold(true);
    painter.setFont(badgeFont);
    painter.setPen(card.noteCount == 0 ? QColor(Qt::white) : QColor(0x33, 0x33, 0x33));
    painter.drawText(badge, Qt::AlignCenter, card.noteCount == 0 ? QStringLiteral("!") : QString::number(card.noteCount));
}

void paintGroupCard(QPainter &painter, const GroupCard &group, double lod, bool selected)
{
    const QRectF &rect = group.rect;
    const QColor edge = selected ? chainstyle::highlightColour() : group.fill.darker(170);
    if (lod < 0.3) {
        painter.fillRect(rect, edge);
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    // Two stacked cards: "there is more than one in here".
    painter.setPen(QPen(edge, 1.2));
    painter.setBrush(group.fill);
    painter.drawRoundedRect(rect.translated(4, -4), 8, 8);
    painter.setPen(QPen(edge, selected ? 3.5 : 2.0));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(rect, 8, 8);
    painter.fillRect(QRectF(rect.left() + 1, rect.top() + 6, 7, rect.height() - 12), group.fill.darker(130));

    // Title and subtitle at least at the group's minTextSize; the subtitle only where it still fits.
    const QRectF text = rect.adjusted(16, 6, -8, -6);
    const QFont nameFont = atLeast(chainstyle::nameFont(), nameFontSize, group.minTextSize);
    const QFontMetricsF nameMetrics(nameFont);
    const double titleHeight = std::max(22.0, nameMetrics.height() + 2);
    painter.setFont(nameFont);
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.drawText(QRectF(text.left(), text.top(), text.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     nameMetrics.elidedText(group.title, Qt::ElideRight, text.width()));
    QFont small = nameFont;
    small.setBold(false);
    small = atLeast(small, subtitleFontSize, group.minTextSize);
    const QRectF subtitle(text.left(), text.top() + titleHeight + 2, text.width(), 18 * small.pixelSize() / subtitleFontSize);
    if (subtitle.bottom() > rect.bottom())
        return;
    painter.setFont(small);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(subtitle, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(small).elidedText(group.subtitle, Qt::ElideRight, text.width()));
}

void paintCountryBox(QPainter &painter, const CountryBox &box, double lod)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(box.fill.darker(135), 1.2));
    painter.setBrush(box.fill);
    painter.drawRoundedRect(box.rect, 12, 12);
    // A heading under about 3 pixels is a speck (a larger minTextSize keeps it readable further out).
    if (sizeAtLeast(13, box.minTextSize) * lod < 13 * 0.25)
        return;
    QFont font;
    font.setBold(true);
    painter.setFont(atLeast(font, 13, box.minTextSize));
    painter.setPen(box.fill.darker(250));
    painter.drawText(box.rect.adjusted(12, 4, -12, 0), Qt::AlignTop | Qt::AlignLeft, box.title);
}

void paintLinkLabel(QPainter &painter, const LinkLabel &label, double lod, bool raised)
{
    // Below labelsFromLod its designed size is a speck; a larger minTextSize keeps it readable further out.
    if (label.text.isEmpty() || sizeAtLeast(11, label.minTextSize) * lod < 11 * labelsFromLod)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    if (raised) {
        painter.setPen(QPen(chainstyle::highlightColour(), 2));
        painter.setBrush(QColor(255, 255, 255, 235));
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 225));
    }
    painter.drawRoundedRect(label.box, 3, 3);
    const QFont font = atLeast(labelFont(), 11, label.minTextSize);
    const double grown = labelTextScale(label); // the mark and the badge grow with the text
    painter.setFont(font);
    painter.setPen(label.noteCount == 0 ? chainstyle::unsourcedColour() : QColor(0x22, 0x22, 0x22));
    QRectF textBox = label.box;
    if (label.verdict != VerdictMark::None) {
        const double side = (verdictMarkRoom - 3) * grown;
        paintVerdictMark(painter, label.verdict, QRectF(label.box.left() + 4, label.box.center().y() - side / 2, side, side));
        textBox.setLeft(label.box.left() + verdictMarkRoom * grown);
        painter.setFont(font);
        painter.setPen(label.noteCount == 0 ? chainstyle::unsourcedColour() : QColor(0x22, 0x22, 0x22));
    }
    painter.drawText(textBox, Qt::AlignCenter, label.text);

    // The note badge, as on party cards: how many notes back this link; red "!" when none does.
    painter.setPen(Qt::NoPen);
    painter.setBrush(label.noteCount == 0 ? chainstyle::unsourcedColour() : QColor(0xE8, 0xE8, 0xE8));
    painter.drawEllipse(label.badge);
    QFont badgeFont = labelFont();
    badgeFont.setBold(true);
    badgeFont = atLeast(badgeFont, 9, label.minTextSize);
    painter.setFont(badgeFont);
    painter.setPen(label.noteCount == 0 ? QColor(Qt::white) : QColor(0x33, 0x33, 0x33));
    painter.drawText(label.badge, Qt::AlignCenter, label.noteCount == 0 ? QStringLiteral("!") : QString::number(label.noteCount));
}

void paintVerdictMark(QPainter &painter, VerdictMark mark, const QRectF &r)
{
    // A shape per verdict, so it reads without colour: triangle (licence required), diamond (red
    // flag), circle (no licence required), square (not an export). White inner sign for contrast.
    if (mark == VerdictMark::None)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(chainstyle::markColour(mark));
    const QPointF c = r.center();
    switch (mark) {
    case VerdictMark::LicenceRequired:
        painter.drawPolygon(QPolygonF{QPointF(c.x(), r.top()), r.bottomRight(), r.bottomLeft()});
        break;
    case VerdictMark::Warning:
        painter.drawPolygon(QPolygonF{QPointF(c.x(), r.top()), QPointF(r.right(), c.y()), QPointF(c.x(), r.bottom()),
                                      QPointF(r.left(), c.y())});
        break;
    case VerdictMark::NoLicenceRequired: painter.drawEllipse(r); break;
    case VerdictMark::NotAnExport: painter.drawRect(r.adjusted(1, 1, -1, -1)); break;
    case VerdictMark::IfConfirmed: // a triangle pointing down: licence required, once the match is confirmed
        painter.drawPolygon(QPolygonF{r.topLeft(), r.topRight(), QPointF(c.x(), r.bottom())});
        break;
    case VerdictMark::NotYetHappened: // a ring: not yet
        painter.setPen(QPen(chainstyle::markColour(mark).darker(140), std::max(1.0, r.width() / 6)));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(r.adjusted(2, 2, -2, -2));
        break;
    case VerdictMark::None: break;
    }
    QPen sign(Qt::white, std::max(1.0, r.width() / 7));
    sign.setCapStyle(Qt::RoundCap);
    painter.setPen(sign);
    painter.setBrush(Qt::NoBrush);
    const double u = r.width() / 10;
    switch (mark) {
    case VerdictMark::LicenceRequired: // "!"
        painter.drawLine(QPointF(c.x(), r.top() + 4 * u), QPointF(c.x(), r.top() + 7 * u));
        painter.drawPoint(QPointF(c.x(), r.top() + 8.6 * u));
        break;
    case VerdictMark::Warning: // "!"
        painter.drawLine(QPointF(c.x(), r.top() + 2.6 * u), QPointF(c.x(), r.top() + 5.8 * u));
        painter.drawPoint(QPointF(c.x(), r.top() + 7.4 * u));
        break;
    case VerdictMark::NoLicenceRequired: // tick
        painter.drawPolyline(QPolygonF{QPointF(r.left() + 2.8 * u, c.y()), QPointF(r.left() + 4.4 * u, r.top() + 6.8 * u),
                                       QPointF(r.left() + 7.2 * u, r.top() + 3.4 * u)});
        break;
    case VerdictMark::NotAnExport: // dash
        painter.drawLine(QPointF(r.left() + 3 * u, c.y()), QPointF(r.right() - 3 * u, c.y()));
        break;
    case VerdictMark::IfConfirmed: // "?"
        painter.drawArc(QRectF(c.x() - 1.6 * u, r.top() + 1.4 * u, 3.2 * u, 2.8 * u), 0, 180 * 16);
        painter.drawLine(QPointF(c.x() + 1.6 * u, r.top() + 2.8 * u), QPointF(c.x(), r.top() + 4.6 * u));
        painter.drawPoint(QPointF(c.x(), r.top() + 6.2 * u));
        break;
    case VerdictMark::NotYetHappened: // clock hands
        painter.setPen(QPen(chainstyle::markColour(mark).darker(160), std::max(1.0, r.width() / 9)));
        painter.drawLine(c, QPointF(c.x(), r.top() + 3 * u));
        painter.drawLine(c, QPointF(r.left() + 6.8 * u, c.y()));
        break;
    case VerdictMark::None: break;
    }
    painter.restore();
}

void paintMergedLine(QPainter &painter, const MergedLine &merged, double lod, bool selected)
{
    const double width = mergedWidth(merged.linkCount);
    QPen pen(selected ? chainstyle::highlightColour() : chainstyle::mergedLinkColour(), width);
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    painter.drawLine(merged.line);
    if (lod < 0.3)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    drawArrowHead(painter, merged.line.p2(), merged.line.p1(), 9 + width, pen.color());
    painter.setBrush(Qt::white);
    painter.setPen(QPen(pen.color(), 1.2));
    painter.drawRoundedRect(merged.labelBox, 4, 4);
    painter.setFont(mergedLabelFont(merged.minTextSize));
    painter.setPen(pen.color().darker(130));
    painter.drawText(merged.labelBox, Qt::AlignCenter, merged.label);
}

QPen drawnPen(const QPen &pen, bool raised)
{
    QPen drawn = pen;
    if (raised) {
        drawn.setColor(chainstyle::highlightColour().darker(110));
        drawn.setWidthF(drawn.widthF() + 2.5);
    }
    return drawn;
}

void paintLinkLine(QPainter &painter, const LinkLine &line, const QRectF &exposedRect, bool raised)
{
    const LinkGeometry &g = line.geometry;
    QPen pen = drawnPen(line.pen, raised);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const QRectF exposed = exposedRect.adjusted(-pen.widthF(), -pen.widthF(), pen.widthF(), pen.widthF());
    if (exposed.contains(g.pathBounds)) {
        // Into a file the curve itself; into pixels its flattened points, which Qt would draw
        // anyway (and a path made here per call is never shared with another thread).
        if (painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster)
            painter.drawPolyline(g.polyline);
        else
            painter.drawPath(linkPath(g));
    } else {
        // Only the visible pieces: Qt strokes and rasterises a path in full however little of
        // it shows (and lays out every dash), so a few hundred links 40,000 points long, as dot
        // draws them for big tiers, took seconds a frame at 100 %. Dashes keep their phase;
        // round caps close the joints between pieces of a curve.
        const double unit = pen.widthF() > 0 ? pen.widthF() : 1.0;
        if (g.polyline.size() > 2)
            pen.setCapStyle(Qt::RoundCap);
        const bool dashed = pen.style() != Qt::SolidLine;
        double travelled = 0;
        for (int i = 0; i + 1 < g.polyline.size(); ++i) {
            const QLineF segment(g.polyline.at(i), g.polyline.at(i + 1));
            double t0 = 0, t1 = 1;
            if (clipSegment(segment, exposed, t0, t1)) {
                if (dashed) {
                    pen.setDashOffset((travelled + t0 * segment.length()) / unit);
                    painter.setPen(pen);
                }
                painter.drawLine(segment.pointAt(t0), segment.pointAt(t1));
            }
            if (dashed)
                travelled += segment.length();
        }
    }

    // Arrow head at the receiving end, along the curve's last direction. The decorations below
    // are skipped when they are off screen: a long link crossing the view shows only its line.
    const QRectF near = exposed.adjusted(-20, -20, 20, 20);
    if (near.contains(g.arrowTip))
        drawArrowHead(painter, g.arrowTip, g.arrowBack, 8 + pen.widthF(), pen.color());
    if (line.boxMarker && near.contains(g.boxCentre)) {
        painter.setBrush(Qt::white);
        painter.setPen(QPen(pen.color(), 1.5));
        painter.drawRect(QRectF(g.boxCentre - QPointF(6, 5), QSizeF(12, 10)));
    }
}

void paintLinkLines(QPainter &painter, const QRectF &exposed, const std::vector<LineToDraw> &candidates, double lod)
{
    std::vector<const LineToDraw *> lines;
    for (const LineToDraw &draw : candidates)
        if (lineBounds(draw.line->geometry, lineMargin(draw.line->pen)).intersects(exposed))
            lines.push_back(&draw);
    const double opacity = painter.opacity();
    const bool antialiased = painter.testRenderHint(QPainter::Antialiasing);
    if (lod < thinLinesBelow) {
        // Batched by pen: one drawLines() per colour instead of one stroke per link.
        painter.setRenderHint(QPainter::Antialiasing, false);
        QMap<QRgb, QList<QLineF>> batches; // ordered: the same picture every time
        for (const LineToDraw *draw : lines)
            appendThinLines(draw->line->geometry, batches[thinLineColour(*draw).rgba()]);
        for (auto batch = batches.cbegin(); batch != batches.cend(); ++batch) {
            painter.setPen(QPen(QColor::fromRgba(batch.key()), 0)); // cosmetic: one pixel at any scale
            painter.drawLines(batch.value());
        }
        painter.setRenderHint(QPainter::Antialiasing, antialiased);
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (const bool top : {false, true})
        for (const LineToDraw *draw : lines)
            if (draw->raised == top) {
                painter.setOpacity(opacity * draw->opacity);
                paintLinkLine(painter, *draw->line, exposed, draw->raised);
            }
    painter.setOpacity(opacity);
    painter.setRenderHint(QPainter::Antialiasing, antialiased);
}

void paintPicture(QPainter &painter, const ChainPicture &picture, double lod, const std::function<bool()> &cancelled)
{
    constexpr double dimmedCard = 0.25, dimmedLink = 0.15; // as the canvas fades them
    const double opacity = painter.opacity();
    int count = 0;
    const auto stop = [&] { return cancelled && ++count % 256 == 0 && cancelled(); };
    const auto faded = [&](bool dimmed, double factor) { painter.setOpacity(opacity * (dimmed ? factor : 1.0)); };

    PaintRecording::setGroup(painter, "boxes");
    for (const CountryBox &box : picture.boxes) {
        if (stop())
            return;
        painter.save();
        paintCountryBox(painter, box, lod);
        painter.restore();
    }
    std::vector<LineToDraw> lines;
    lines.reserve(size_t(picture.lines.size()));
    for (const LinkLine &line : picture.lines)
        lines.push_back({&line, line.highlighted, line.dimmed ? dimmedLink : 1.0});
    if (stop())
        return;
    PaintRecording::setGroup(painter, "links");
    painter.save();
    paintLinkLines(painter, picture.bounds, lines, lod);
    painter.restore();
    PaintRecording::setGroup(painter, "labels");
    for (const LinkLabel &label : picture.labels) {
        if (stop())
            return;
        painter.save();
        faded(label.dimmed, dimmedLink);
        paintLinkLabel(painter, label, lod, label.highlighted);
        painter.restore();
    }
    PaintRecording::setGroup(painter, "merged-links");
    for (const MergedLine &merged : picture.mergedLines) {
        painter.save();
        paintMergedLine(painter, merged, lod, false);
        painter.restore();
    }
    PaintRecording::setGroup(painter, "cards");
    for (const Card &card : picture.cards) {
        if (stop())
            return;
        painter.save();
        faded(card.dimmed, dimmedCard);
        paintCard(painter, card, lod, {false, card.highlighted});
        painter.restore();
    }
    PaintRecording::setGroup(painter, "groups");
    for (const GroupCard &group : picture.groups) {
        painter.save();
        paintGroupCard(painter, group, lod, false);
        painter.restore();
    }
    painter.setOpacity(opacity);
}

} // namespace chiptrail::picture
