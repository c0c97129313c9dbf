// SPDX-License-Identifier: GPL-3.0-or-later
#include "framepainter.h"

#include "picture/paintrecording.h"
#include "picture/picturegeometry.h"
#include "picture/picturepainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPaintDevice>

namespace chiptrail::picture {
namespace {

struct Frame
{
    Q_DECLARE_TR_FUNCTIONS(Frame)
};

constexpr int wrap = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

// A font `size` page units tall on `device`: the painter maps page units to device pixels, so the
// point size is taken at the device's own resolution (96 dpi for images and the SVG recorder,
// 300 for the PDF writer) and comes out the same on all.
QFont unitFont(const QPaintDevice *device, double size, bool bold = false)
{
    QFont font;
    font.setPointSizeF(size * 72.0 / (device ? device->logicalDpiY() : 96));
    font.setBold(bold);
    return font;
}

// Layout measures on a reference image at 96 dpi, in page units; text is measured and drawn 4 %
// narrower than its area, so hinting on another device never wraps a line more than measured.
const QImage &reference()
{
    static const QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
    return image;
}

double textHeight(const QString &text, double size, double width, bool bold = false)
{
    if (text.isEmpty() || width <= 0)
        return 0;
    const QFontMetricsF metrics(unitFont(&reference(), size, bold), &reference());
    return metrics.boundingRect(QRectF(0, 0, width * 0.96, 1e7), wrap, text).height();
}

// One row of the legend: a sign (mark, line, card border) and its text, or a heading.
struct LegendRow
{
    enum class Kind { Heading, Verdict, Line, Border, Note } kind = Kind::Note;
    int index = -1; // into the frame's list of its kind
    QString text;
};

QList<LegendRow> legendRows(const PictureFrame &frame)
{
    QList<LegendRow> rows;
    if (!frame.verdicts.isEmpty()) {
        rows.append({LegendRow::Kind::Heading, -1, frame.verdictTitle});
        for (int i = 0; i < frame.verdicts.size(); ++i)
            rows.append({LegendRow::Kind::Verdict, i, frame.verdicts.at(i).text});
    }
    if (!frame.lineKinds.isEmpty()) {
        rows.append({LegendRow::Kind::Heading, -1, frame.linesTitle});
        for (int i = 0; i < frame.lineKinds.size(); ++i)
            rows.append({LegendRow::Kind::Line, i, frame.lineKinds.at(i).text});
    }
    rows.append({LegendRow::Kind::Heading, -1, frame.confidenceTitle});
    for (int i = 0; i < frame.confidence.size(); ++i)
        rows.append({LegendRow::Kind::Border, i, frame.confidence.at(i).text});
    for (const QString &note : frame.notes)
        rows.append({LegendRow::Kind::Note, -1, note});
    return rows;
}

double signWidth(const PageSpec &spec) { return spec.smallSize * 3.2; }

double rowHeight(const LegendRow &row, const PageSpec &spec, double width)
{
    const bool heading = row.kind == LegendRow::Kind::Heading;
    const double textWidth = row.kind == LegendRow::Kind::Note || heading ? width : width - signWidth(spec);
    return std::max(textHeight(row.text, spec.smallSize, textWidth, heading), spec.smallSize * 1.3)
           + spec.smallSize * (heading ? 0.5 : 0.3);
}

// The rows split into columns of about equal height, a section (a heading and its rows) never
// split: a reader looks for "Confidence" and finds all of it in one place.
QList<QList<int>> legendColumns(const QList<LegendRow> &rows, const PageSpec &spec, double columnWidth, int columns,
                                double *height)
{
    QList<QList<int>> sections;
    QList<double> sectionHeights;
    double total = 0, largest = 0;
    for (int i = 0; i < rows.size(); ++i) {
        if (sections.isEmpty() || rows.at(i).kind == LegendRow::Kind::Heading) {
            sections.append(QList<int>());
            sectionHeights.append(0);
        }
        const double h = rowHeight(rows.at(i), spec, columnWidth);
        sections.last().append(i);
        sectionHeights.last() += h;
        total += h;
    }
    for (const double h : sectionHeights)
        largest = std::max(largest, h);
    const double target = std::max(total / std::max(1, columns), largest);
    QList<QList<int>> result(1);
    double used = 0, tallest = 0;
    for (int s = 0; s < sections.size(); ++s) {
        if (used > 0 && used + sectionHeights.at(s) > target * 1.02 && result.size() < columns) {
            result.append(QList<int>());
            used = 0;
        }
        result.last().append(sections.at(s));
        used += sectionHeights.at(s);
        tallest = std::max(tallest, used);
    }
    *height = tallest;
    return result;
}

double legendColumnWidth(const PageSpec &spec) { return spec.smallSize * 25; }

int legendColumnCount(const FramedPage &page, const PageSpec &spec)
{
    if (page.legendBeside)
        return 1;
    return std::max(1, int((page.legendArea.width() + spec.smallSize * 2) / (legendColumnWidth(spec) + spec.smallSize * 2)));
}

double columnWidthIn(const QRectF &area, int columns, const PageSpec &spec)
{
    return (area.width() - (columns - 1) * spec.smallSize * 2) / columns;
}

QString creditText(const PictureFrame &frame, const FrameParts &parts)
{
    QStringList text;
    if (!parts.title)
        text.append(frame.asOf); // the date stays on the image
    if (parts.credit)
        text << frame.credit << frame.disclaimer;
    return text.join(QStringLiteral(" · "));
}

double sourceHeight(const QString &source, const PageSpec &spec, double width)
{
    return textHeight(source, spec.bodySize, width) + spec.bodySize * 0.3;
}

} // namespace

double FramedPage::smallestChainText() const { return labelFont().pixelSize() * chainScale; }

FramedPage layoutFrame(const ChainPicture &picture, const PageSpec &spec, const FrameParts &parts, bool paged)
{
    const PictureFrame &frame = picture.frame;
    FramedPage page;
    const double m = spec.margin, gap = spec.bodySize;
    const double width = spec.size.width() - 2 * m;
    double y = m;

    if (parts.title) {
        double h = textHeight(frame.title, spec.titleSize, width, true);
        if (!frame.subtitle.isEmpty())
            h += spec.bodySize * 0.3 + textHeight(frame.subtitle, spec.bodySize, width);
        h += spec.smallSize * 0.3 + textHeight(frame.asOf, spec.smallSize, width);
        page.titleArea = QRectF(m, y, width, h);
        y += h + gap;
    }
    const double creditHeight = parts.credit || !parts.title ? textHeight(creditText(frame, parts), spec.smallSize, width) : 0;

    // The legend goes beside the chain on a fixed page where that leaves the chain larger (a tall
    // chain on a landscape page), else below it.
    double legendHeight = 0;
    const QList<LegendRow> rows = parts.legend ? legendRows(frame) : QList<LegendRow>();
    const auto measureLegend = [&](bool beside) {
        page.legendBeside = beside;
        const double legendWidth = beside ? legendColumnWidth(spec) : width;
        page.legendArea = QRectF(0, 0, legendWidth, 0);
        const int columns = legendColumnCount(page, spec);
        double h = 0;
        legendColumns(rows, spec, columnWidthIn(page.legendArea, columns, spec), columns, &h);
        h += textHeight(frame.legendTitle, spec.bodySize, legendWidth, true) + spec.smallSize * 0.5;
        page.legendArea.setHeight(h);
        return h;
    };
    if (parts.legend) {
        const double below = measureLegend(false);
        if (spec.size.height() > 0) {
            const QRectF b = picture.bounds;
            const double free = spec.size.height() - m - y - creditHeight - gap * 2;
            const double scaleBelow = std::min(width / b.width(), (free - below - gap) / b.height());
            const double scaleBeside = std::min((width - legendColumnWidth(spec) - gap) / b.width(), free / b.height());
            if (scaleBeside > scaleBelow)
                legendHeight = measureLegend(true);
            else
                legendHeight = below;
        } else {
            legendHeight = below;
        }
    }

    QList<double> sourceHeights;
    double sourcesHeight = 0;
    if (parts.sources) {
        for (const QString &source : frame.sources)
            sourceHeights.append(sourceHeight(source, spec, width));
        if (!paged) {
            sourcesHeight = textHeight(frame.sourcesTitle, spec.bodySize, width, true) + spec.bodySize * 0.4;
            for (const double h : sourceHeights)
                sourcesHeight += h;
            page.sourcesHere = int(frame.sources.size());
        }
    }
    const QRectF bounds = picture.bounds;
    const double chainWidth = width - (page.legendBeside ? page.legendArea.width() + gap : 0);
    double chainHeight = 0;
    const double below = (parts.legend && !page.legendBeside ? legendHeight + gap : 0)
                         + (sourcesHeight > 0 ? sourcesHeight + gap : 0) + (creditHeight > 0 ? creditHeight + gap : 0);
    if (spec.size.height() <= 0) {
        // As tall as it takes: the chain as wide as the page, never blown up beyond 1.5 times.
        page.chainScale = bounds.isEmpty() ? 1.0 : std::min(chainWidth / bounds.width(), 1.5);
        chainHeight = bounds.height() * page.chainScale;
        page.size = QSizeF(spec.size.width(), y + chainHeight + gap + below - gap + m);
    } else {
        page.size = spec.size;
        double room = spec.size.height() - m - y - below;
        // One image too small for every source keeps the chain at least half the page (or the height
        // it needs at the page's width, if less) and says how many sources it leaves out.
        const double needed = bounds.isEmpty() ? 0.0 : bounds.height() * chainWidth / bounds.width();
        const double least = std::min(needed, (spec.size.height() - 2 * m) * 0.5);
        while (room < least && page.sourcesHere > 0) {
            room += sourceHeights.at(--page.sourcesHere);
            ++page.sourcesLeftOut;
        }
        if (page.sourcesLeftOut > 0)
            room -= textHeight(Frame::tr("+ %n more sources in the PDF", nullptr, page.sourcesLeftOut), spec.bodySize, width);
        if (page.legendBeside)
            room = std::max(room, legendHeight);
        chainHeight = std::max(room, 0.0);
        page.chainScale = bounds.isEmpty() ? 1.0 : std::min(chainWidth / bounds.width(), chainHeight / bounds.height());
    }
    // The chain at the top of its area, centred across it.
    const QSizeF drawn = bounds.size() * page.chainScale;
    const double spare = spec.size.height() > 0 && !page.legendBeside ? std::max(0.0, chainHeight - drawn.height()) : 0.0;
    page.chainArea = QRectF(m + (chainWidth - drawn.width()) / 2, y + spare / 2, drawn.width(), drawn.height());
    if (page.legendBeside)
        page.legendArea.moveTopLeft(QPointF(m + chainWidth + gap, y));
    y += spec.size.height() > 0 && !page.legendBeside ? chainHeight : drawn.height();
    if (page.legendBeside)
        y = std::max(y, page.legendArea.bottom());
    y += gap;
    if (parts.legend && !page.legendBeside) {
        page.legendArea.moveTopLeft(QPointF(m, y));
        y += legendHeight + gap;
    }
    if (sourcesHeight > 0 || page.sourcesLeftOut > 0) {
        double h = textHeight(frame.sourcesTitle, spec.bodySize, width, true) + spec.bodySize * 0.4;
        for (int i = 0; i < page.sourcesHere; ++i)
            h += sourceHeights.at(i);
        if (page.sourcesLeftOut > 0)
            h += textHeight(Frame::tr("+ %n more sources in the PDF", nullptr, page.sourcesLeftOut), spec.bodySize, width);
        page.sourcesArea = QRectF(m, y, width, h);
        y += h + gap;
    }
    if (creditHeight > 0)
        page.creditArea = QRectF(m, std::max(y, page.size.height() - m - creditHeight), width, creditHeight);

    // Further pages (PDF): every source at body size, as many as a page holds, never cut.
    if (paged && parts.sources && !frame.sources.isEmpty()) {
        const double top = m + textHeight(frame.sourcesTitle, spec.titleSize, width, true) + gap;
        const double bottom = page.size.height() - m;
        double at = bottom;
        for (int i = 0; i < sourceHeights.size(); ++i) {
            if (at + sourceHeights.at(i) > bottom && (at > top || i == 0)) {
                page.sourcePageStarts.append(i);
                at = top;
            }
            at += sourceHeights.at(i);
        }
    }
    return page;
}

void paintFramedPage(QPainter &painter, const ChainPicture &picture, const PageSpec &spec, const FrameParts &parts,
                     const FramedPage &page, double detail, const std::function<bool()> &cancelled)
{
    const PictureFrame &frame = picture.frame;
    const QPaintDevice *device = painter.device();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const auto text = [&](QRectF &area, const QString &words, double size, bool bold, const QColor &colour) {
        if (words.isEmpty())
            return;
        painter.setFont(unitFont(device, size, bold));
        painter.setPen(colour);
        QRectF used;
        painter.drawText(QRectF(area.left(), area.top(), area.width() * 0.96, 1e7), wrap, words, &used);
        area.setTop(area.top() + textHeight(words, size, area.width(), bold));
    };
    const QColor ink(0x1A, 0x1A, 0x1A), grey(0x55, 0x55, 0x55);

    if (parts.title) {
        PaintRecording::setGroup(painter, "title");
        QRectF area = page.titleArea;
        text(area, frame.title, spec.titleSize, true, ink);
        if (!frame.subtitle.isEmpty()) {
            area.setTop(area.top() + spec.bodySize * 0.3);
            text(area, frame.subtitle, spec.bodySize, false, ink);
        }
        area.setTop(area.top() + spec.smallSize * 0.3);
        text(area, frame.asOf, spec.smallSize, false, grey);
    }

    painter.save();
    painter.translate(page.chainArea.topLeft());
    painter.scale(page.chainScale, page.chainScale);
    painter.translate(-picture.bounds.topLeft());
    paintPicture(painter, picture, detail, cancelled);
    painter.restore();

    if (parts.legend) {
        PaintRecording::setGroup(painter, "legend");
        QRectF area = page.legendArea;
        text(area, frame.legendTitle, spec.bodySize, true, ink);
        area.setTop(area.top() + spec.smallSize * 0.5);
        const QList<LegendRow> rows = legendRows(frame);
        const int columns = legendColumnCount(page, spec);
        const double columnWidth = columnWidthIn(page.legendArea, columns, spec);
        double ignored = 0;
        const QList<QList<int>> split = legendColumns(rows, spec, columnWidth, columns, &ignored);
        const double sign = signWidth(spec), s = spec.smallSize;
        for (int c = 0; c < split.size(); ++c) {
            double y = area.top();
            const double x = area.left() + c * (columnWidth + s * 2);
            for (const int r : split.at(c)) {
                const LegendRow &row = rows.at(r);
                const double h = rowHeight(row, spec, columnWidth);
                const QRectF icon(x, y, sign - s * 0.6, s * 1.2);
                switch (row.kind) {
                case LegendRow::Kind::Verdict: {
                    const LegendVerdict &v = frame.verdicts.at(row.index);
                    QPen pen(v.colour, s * 0.25);
                    pen.setCapStyle(Qt::FlatCap);
                    painter.setPen(pen);
                    painter.drawLine(QPointF(icon.left(), icon.center().y()), QPointF(icon.right(), icon.center().y()));
                    paintVerdictMark(painter, v.mark, QRectF(icon.center().x() - s * 0.6, icon.top(), s * 1.2, s * 1.2));
                    break;
                }
                case LegendRow::Kind::Line: {
                    const LegendLine &l = frame.lineKinds.at(row.index);
                    QPen pen = l.pen;
                    pen.setWidthF(s * 0.22);
                    painter.setPen(pen);
                    painter.drawLine(QPointF(icon.left(), icon.center().y()), QPointF(icon.right(), icon.center().y()));
                    if (l.boxMarker) {
                        painter.setBrush(Qt::white);
                        painter.setPen(QPen(l.pen.color(), s * 0.12));
                        painter.drawRect(QRectF(icon.center().x() - s * 0.4, icon.center().y() - s * 0.4, s * 0.8, s * 0.8));
                    }
                    break;
                }
                case LegendRow::Kind::Border: {
                    QPen pen(QColor(0x44, 0x44, 0x44), s * 0.12);
                    if (frame.confidence.at(row.index).dashed)
                        pen.setStyle(Qt::DashLine);
                    painter.setPen(pen);
                    painter.setBrush(Qt::white);
                    painter.drawRoundedRect(icon.adjusted(0, s * 0.05, 0, -s * 0.05), s * 0.2, s * 0.2);
                    break;
                }
                case LegendRow::Kind::Heading:
                case LegendRow::Kind::Note: break;
                }
                const bool plain = row.kind == LegendRow::Kind::Heading || row.kind == LegendRow::Kind::Note;
                QRectF words(plain ? x : x + sign, y, plain ? columnWidth : columnWidth - sign, h);
                text(words, row.text, s, row.kind == LegendRow::Kind::Heading, row.kind == LegendRow::Kind::Note ? grey : ink);
                y += h;
            }
        }
    }

    if (!page.sourcesArea.isEmpty()) {
        PaintRecording::setGroup(painter, "sources");
        QRectF area = page.sourcesArea;
        text(area, frame.sourcesTitle, spec.bodySize, true, ink);
        area.setTop(area.top() + spec.bodySize * 0.4);
        for (int i = 0; i < page.sourcesHere; ++i) {
            text(area, frame.sources.at(i), spec.bodySize, false, ink);
            area.setTop(area.top() + spec.bodySize * 0.3);
        }
        if (page.sourcesLeftOut > 0)
            text(area, Frame::tr("+ %n more sources in the PDF", nullptr, page.sourcesLeftOut), spec.bodySize, false, grey);
    }
    if (!page.creditArea.isEmpty()) {
        PaintRecording::setGroup(painter, "credit");
        QRectF area = page.creditArea;
        text(area, creditText(frame, parts), spec.smallSize, false, grey);
    }
    PaintRecording::setGroup(painter, {});
}

void paintSourcesPage(QPainter &painter, const ChainPicture &picture, const PageSpec &spec, const FramedPage &page,
                      int index)
{
    const PictureFrame &frame = picture.frame;
    const QPaintDevice *device = painter.device();
    const double width = page.size.width() - 2 * spec.margin;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    QRectF area(spec.margin, spec.margin, width, page.size.height() - 2 * spec.margin);
    const auto text = [&](const QString &words, double size, bool bold) {
        painter.setFont(unitFont(device, size, bold));
        painter.setPen(QColor(0x1A, 0x1A, 0x1A));
        painter.drawText(QRectF(area.left(), area.top(), area.width() * 0.96, 1e7), wrap, words);
        area.setTop(area.top() + textHeight(words, size, width, bold));
    };
    const QString title = index == 0 ? frame.sourcesTitle : Frame::tr("%1 (continued)").arg(frame.sourcesTitle);
    text(title, spec.titleSize, true);
    area.setTop(area.top() + spec.bodySize);
    const int first = page.sourcePageStarts.at(index);
    const int end = index + 1 < page.sourcePageStarts.size() ? page.sourcePageStarts.at(index + 1) : int(frame.sources.size());
    for (int i = first; i < end; ++i) {
        text(frame.sources.at(i), spec.bodySize, false);
        area.setTop(area.top() + spec.bodySize * 0.3);
    }
}

} // namespace chiptrail::picture
