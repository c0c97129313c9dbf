// SPDX-License-Identifier: GPL-3.0-or-later
#include "pictureexport.h"

#include "error.h"
#include "model/displaytext.h"
#include "picture/chainstyle.h"
#include "picture/paintrecording.h"
#include "picture/picturepainter.h"
#include "picture/pngstrips.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace chiptrail::picture {
namespace {

struct Export
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

[[noreturn]] void fail(const QString &path, const QString &reason)
{
    throw CaseError(Export::tr("%1: %2").arg(QDir::toNativeSeparators(path), reason));
}

// Cancelled: the QSaveFile is dropped uncommitted, so nothing is left behind.
void commit(QSaveFile &file, const QString &path)
{
    if (!file.commit())
        fail(path, Export::tr("cannot be written (%1)").arg(file.errorString()));
}

void openForWriting(QSaveFile &file, const QString &path)
{
    if (!file.open(QIODevice::WriteOnly))
        fail(path, Export::tr("cannot be written (%1)").arg(file.errorString()));
}

// The picture's bounds drawn into `target` (device coordinates) at one scale, centred, as
// QGraphicsScene::render() with Qt::KeepAspectRatio placed the scene. Returns the scale: the
// level of detail the elements are drawn at.
double placeInto(QPainter &painter, const QRectF &bounds, const QRectF &target)
{
    const double scale = bounds.isEmpty() ? 1.0 : std::min(target.width() / bounds.width(), target.height() / bounds.height());
    const QSizeF used = bounds.size() * scale;
    painter.translate(target.left() + (target.width() - used.width()) / 2, target.top() + (target.height() - used.height()) / 2);
    painter.scale(scale, scale);
    painter.translate(-bounds.topLeft());
    return scale;
}

void drawLegend(QPainter &p, const QRectF &area)
{
    QFont font = p.font();
    font.setPixelSize(9);
    p.setFont(font);
    const double row = 16;
    double y = area.top() + row;
    p.setPen(Qt::black);
    p.drawText(QPointF(area.left(), y), Export::tr("Links"));
    for (const LinkKind kind : {LinkKind::Sale, LinkKind::Shipment, LinkKind::Lease, LinkKind::Ownership,
                                LinkKind::Contract, LinkKind::Affiliation, LinkKind::Founder}) {
        y += row;
        p.setPen(chainstyle::linkPen(kind, 100, Confidence::Reported));
        p.drawLine(QPointF(area.left(), y - 4), QPointF(area.left() + 36, y - 4));
        if (chainstyle::linkHasBoxMarker(kind)) {
            p.setBrush(Qt::white);
            p.drawRect(QRectF(area.left() + 13, y - 9, 10, 10));
        }
        p.setPen(Qt::black);
        p.drawText(QPointF(area.left() + 44, y), DisplayText::linkKind(kind));
    }
    // The explanations wrap inside the legend column: German runs longer than English.
    y += row * 0.5;
    const auto paragraph = [&](const QString &text) {
        QRectF used;
        p.drawText(QRectF(area.left(), y, area.width(), area.bottom() - y), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   text, &used);
        y += used.height() + 3;
    };
    paragraph(Export::tr("Confidence"));
    paragraph(Export::tr("Solid border: confirmed or reported"));
    paragraph(Export::tr("Dashed border: suspected or disputed"));
    p.setPen(chainstyle::unsourcedColour());
    paragraph(Export::tr("Red badge “!” or red label: no source note"));
    p.setPen(Qt::black);
    paragraph(Export::tr("Number badge: notes backing the party or link"));
}

// The PDF page: A4 landscape, 12 mm margins, 300 dpi; the chain left of the legend, under the title.
struct PdfPage
{
    QPageLayout layout{QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter};
    static constexpr int resolution = 300;
    static constexpr double unit = resolution / 72.0; // points to device pixels
    static constexpr double legendWidth = 200 * unit;
    QRectF page() const { return QRectF(layout.paintRectPixels(resolution)).translated(-layout.paintRectPixels(resolution).topLeft()); }
    QRectF chainArea() const
    {
        const QRectF p = page();
        return QRectF(p.left(), p.top() + 46 * unit, p.width() - legendWidth - 10 * unit, p.height() - 46 * unit);
    }
};

bool writeSvg(const ChainPicture &picture, const QString &path, const ExportProgress &progress)
{
    const QRectF bounds = picture.bounds;
    const PaintRecording recording = PaintRecording::record(bounds.size(), [&](QPainter &p) {
        p.translate(-bounds.topLeft());
        p.fillRect(bounds, Qt::white);
        paintPicture(p, picture, 1.0);
    });
    const QByteArray svg = recording.toSvg(picture.heading.title, Export::tr("Supply chain drawn with ChipTrail"),
                                           [&](double done) { return !progress || progress(done * 0.9); });
    if (svg.isEmpty())
        return false;
    QSaveFile file(path);
    openForWriting(file, path);
    if (file.write(svg) != svg.size())
        fail(path, Export::tr("cannot be written (%1)").arg(file.errorString()));
    if (progress && !progress(1.0))
        return false;
    commit(file, path);
    return true;
}

bool writePng(const ChainPicture &picture, const QString &path, const ExportOptions &options, const ExportProgress &progress)
{
    const QSize size = pngSizeFor(picture, options, path);
    QSaveFile file(path);
    openForWriting(file, path);
    // Drawn by this thread alone into one image (see PngStrips why not into strips); deflating
    // uses both cores.
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    bool stop = false;
    {
        QPainter p(&image);
        p.setCompositionMode(QPainter::CompositionMode_Source);
        p.fillRect(image.rect(), options.transparent ? Qt::transparent : Qt::white);
        p.setCompositionMode(QPainter::CompositionMode_SourceOver);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        const double lod = placeInto(p, picture.bounds, QRectF(image.rect()));
        paintPicture(p, picture, lod, [&] {
            stop = stop || (progress && !progress(0.2));
            return stop;
        });
    }
    if (stop || (progress && !progress(0.4)))
        return false;
    PngStrips job;
    job.size = image.size();
    job.alpha = options.transparent;
    job.rows = [&image](const QRect &rows) {
        // A view of the rows, no copy.
        return QImage(image.constScanLine(rows.top()), rows.width(), rows.height(), image.bytesPerLine(), image.format());
    };
    bool cancelled = false;
    job.progress = [&](double done) {
        cancelled = progress && !progress(0.4 + 0.6 * done);
        return !cancelled;
    };
    if (!writePngStrips(file, job)) {
        if (cancelled)
            return false;
        fail(path, Export::tr("cannot be written (%1)").arg(file.errorString()));
    }
    commit(file, path);
    return true;
}

bool writePdf(const ChainPicture &picture, const QString &path, const ExportProgress &progress)
{
    QSaveFile file(path);
    openForWriting(file, path);
    const PdfPage geometry;
    const PictureHeading &heading = picture.heading;
    bool cancelled = false;
    {
        QPdfWriter writer(&file);
        writer.setTitle(heading.title);
        writer.setCreator(QStringLiteral("ChipTrail"));
        writer.setPageLayout(geometry.layout);
        writer.setResolution(PdfPage::resolution);
        QPainter p;
        if (!p.begin(&writer))
            fail(path, Export::tr("cannot be written"));
        const QRectF page = geometry.page();
        const double unit = PdfPage::unit;

        QFont headingFont = p.font();
        headingFont.setPointSizeF(16);
        headingFont.setBold(true);
        p.setFont(headingFont);
        p.drawText(QRectF(page.left(), page.top(), page.width(), 24 * unit), Qt::AlignLeft | Qt::AlignTop, heading.title);
        QFont sub = p.font();
        sub.setPointSizeF(9);
        sub.setBold(false);
        p.setFont(sub);
        p.drawText(QRectF(page.left(), page.top() + 26 * unit, page.width(), 14 * unit), Qt::AlignLeft, heading.subtitle);

        // The chain from the area's top left corner at one scale, as large as the area allows.
        const QRectF chainArea = geometry.chainArea();
        const QRectF bounds = picture.bounds;
        const double ratio = bounds.isEmpty() ? 1.0 : std::min(chainArea.width() / bounds.width(), chainArea.height() / bounds.height());
        p.save();
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        p.setClipRect(QRectF(chainArea.topLeft(), bounds.size() * ratio));
        placeInto(p, bounds, QRectF(chainArea.topLeft(), bounds.size() * ratio));
        p.fillRect(bounds, Qt::white);
        paintPicture(p, picture, ratio, [&] { return progress && !progress(0.5); });
        p.restore();
        cancelled = progress && !progress(0.6);
        if (!cancelled) {
            p.save();
            p.translate(chainArea.right() + 10 * unit, chainArea.top());
            p.scale(unit, unit);
            drawLegend(p, QRectF(0, 0, PdfPage::legendWidth / unit, chainArea.height() / unit));
            p.restore();

            // The sources, numbered, on their own page: a published graph names what it rests on.
            writer.newPage();
            p.setFont(headingFont);
            p.drawText(QRectF(page.left(), page.top(), page.width(), 24 * unit), Qt::AlignLeft, Export::tr("Sources"));
            QTextDocument document;
            QFont body = p.font();
            body.setPointSizeF(10);
            body.setBold(false);
            document.setDefaultFont(body);
            document.setHtml(heading.sourcesHtml);
            document.setTextWidth(page.width() / unit);
            p.save();
            p.translate(page.left(), page.top() + 34 * unit);
            p.scale(unit, unit);
            document.drawContents(&p);
            p.restore();
        }
        p.end();
    }
    if (cancelled || (progress && !progress(1.0)))
        return false;
    commit(file, path);
    return true;
}

QString pdfSourcesHtml(const CaseData &data)
{
    QString html;
    int number = 0;
    for (const auto &s : data.sources) {
        html += QStringLiteral("<p>[%1] %2. <i>%3</i>. %4%5 (%6)</p>")
                    .arg(++number)
                    .arg(s.publisher.toHtmlEscaped(), s.title.toHtmlEscaped(), DisplayText::date(s.date).toHtmlEscaped(),
                         s.url.isEmpty() ? QString() : QStringLiteral(". ") + s.url.toHtmlEscaped(),
                         DisplayText::language(s.language).toHtmlEscaped());
    }
    if (data.sources.isEmpty())
        html = QStringLiteral("<p>%1</p>").arg(Export::tr("This case has no sources yet.").toHtmlEscaped());
    return html;
}

} // namespace

std::optional<ImageFormat> imageFormatFromName(const QString &name)
{
    if (name == QLatin1String("svg"))
        return ImageFormat::Svg;
    if (name == QLatin1String("png"))
        return ImageFormat::Png;
    if (name == QLatin1String("pdf"))
        return ImageFormat::Pdf;
    if (name == QLatin1String("dot"))
        return ImageFormat::Dot;
    return std::nullopt;
}

QSize pngSizeFor(const ChainPicture &picture, const ExportOptions &options, const QString &path)
{
    const QSizeF source = picture.bounds.size();
    const double longest = std::max(source.width(), source.height());
    const double scale = std::min(options.pngScale, ExportOptions::maxPngSide / std::max(1.0, longest));
    const QSize size = (source * scale).toSize();
    if (size.isEmpty() || qint64(size.width()) * size.height() > 400'000'000LL)
        fail(path, Export::tr("the image would be %1 × %2 pixels; choose a smaller scale").arg(size.width()).arg(size.height()));
    return size;
}

bool exportPicture(const ChainPicture &picture, ImageFormat format, const QString &path, const ExportOptions &options,
                   const ExportProgress &progress)
{
    switch (format) {
    case ImageFormat::Svg: return writeSvg(picture, path, progress);
    case ImageFormat::Png: return writePng(picture, path, options, progress);
    case ImageFormat::Pdf: return writePdf(picture, path, progress);
    case ImageFormat::Dot: break;
    }
    fail(path, Export::tr("cannot be written"));
}

bool exportDot(const QByteArray &dot, const QString &path, const ExportProgress &progress)
{
    QSaveFile file(path);
    openForWriting(file, path);
    if (file.write(dot) != dot.size())
        fail(path, Export::tr("cannot be written (%1)").arg(file.errorString()));
    if (progress && !progress(1.0))
        return false;
    commit(file, path);
    return true;
}

PictureHeading pictureHeading(const CaseData &data, const QDate &asOf, const QString &title)
{
    PictureHeading heading;
    heading.title = title.isEmpty() ? data.info.title : title;
    heading.subtitle = Export::tr("Case: %1").arg(data.info.title);
    heading.subtitle += QStringLiteral(" · ")
                        + (asOf.isValid() ? Export::tr("as of %1").arg(DisplayText::date(PartialDate::fromDate(asOf)))
                                          : Export::tr("all dates"));
    heading.subtitle += QStringLiteral(" · ") + Export::tr("made with ChipTrail; not legal advice");
    heading.sourcesHtml = pdfSourcesHtml(data);
    return heading;
}

} // namespace chiptrail::picture
