// SPDX-License-Identifier: GPL-3.0-or-later
#include "pictureexport.h"

#include "error.h"
#include "model/displaytext.h"
#include "picture/chainstyle.h"
#include "picture/labelplacement.h"
#include "picture/lineplacement.h"
#include "picture/paintrecording.h"
#include "picture/picturepainter.h"
#include "picture/pngstrips.h"
#include "picture/textfloor.h"

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

// Vector formats draw every detail of the chain: a reader zooms in.
constexpr double vectorDetail = 8;

// The preset's pixel density, lowered for a page so tall (a web page of a 1,000-party chain) that
// the PNG would exceed the side common viewers open.
double pngPixelsPerUnit(const QSizeF &page, const ExportOptions &options)
{
    const double density = pageSpec(presetFor(options, ImageFormat::Png)).pngPixelsPerUnit;
    return std::min(density, ExportOptions::maxPngSide / std::max({1.0, page.width(), page.height()}));
}

bool isFramed(const ExportOptions &options, ImageFormat format)
{
    return presetFor(options, format) != PagePreset::Bare;
}

bool writeSvg(const ChainPicture &picture, const QString &path, const ExportOptions &options,
              const ExportProgress &progress)
{
    const PaintRecording recording = recordPage(picture, ImageFormat::Svg, options);
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
        const auto cancelled = [&] {
            stop = stop || (progress && !progress(0.2));
            return stop;
        };
        if (isFramed(options, ImageFormat::Png)) {
            const PageSpec spec = pageSpec(presetFor(options, ImageFormat::Png));
            const FramedPage page = layoutFrame(picture, spec, options.parts, false);
            const double pixels = pngPixelsPerUnit(page.size, options);
            p.scale(pixels, pixels);
            paintFramedPage(p, picture, spec, options.parts, page, page.chainScale * pixels, cancelled);
        } else {
            const double lod = placeInto(p, picture.bounds, QRectF(image.rect()));
            paintPicture(p, picture, lod, cancelled);
        }
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

bool writePdf(const ChainPicture &picture, const QString &path, const ExportOptions &options,
              const ExportProgress &progress)
{
    QSaveFile file(path);
    openForWriting(file, path);
    const PagePreset preset = presetFor(options, ImageFormat::Pdf);
    const PageSpec spec = pageSpec(preset == PagePreset::Bare ? PagePreset::A4Landscape : preset);
    const FrameParts parts = preset == PagePreset::Bare ? FrameParts{false, false, false, false} : options.parts;
    const FramedPage page = layoutFrame(picture, spec, parts, true);
    constexpr int resolution = 300; // QPdfWriter embeds the fonts it draws with
    bool cancelled = false;
    {
        QPdfWriter writer(&file);
        writer.setTitle(picture.heading.title);
        writer.setCreator(QStringLiteral("ChipTrail"));
        writer.setPageLayout(QPageLayout(QPageSize(page.size, QPageSize::Point, {}, QPageSize::ExactMatch),
                                         QPageLayout::Portrait, QMarginsF()));
        writer.setResolution(resolution);
        QPainter p;
        if (!p.begin(&writer))
            fail(path, Export::tr("cannot be written"));
        p.scale(resolution / 72.0, resolution / 72.0);
        paintFramedPage(p, picture, spec, parts, page, vectorDetail, [&] { return progress && !progress(0.5); });
        cancelled = progress && !progress(0.6);
        for (int i = 0; !cancelled && i < page.sourcePageStarts.size(); ++i) {
            writer.newPage();
            paintSourcesPage(p, picture, spec, page, i);
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

PagePreset presetFor(const ExportOptions &options, ImageFormat format)
{
    if (options.preset)
        return *options.preset;
    return format == ImageFormat::Pdf ? PagePreset::A4Landscape : PagePreset::Web;
}

FramedPage framedPageFor(const ChainPicture &picture, const ExportOptions &options, ImageFormat format)
{
    const PagePreset preset = presetFor(options, format);
    const PageSpec spec = pageSpec(preset == PagePreset::Bare ? PagePreset::Web : preset);
    return layoutFrame(picture, spec, options.parts, format == ImageFormat::Pdf);
}

QSize pngSizeFor(const ChainPicture &picture, const ExportOptions &options, const QString &path)
{
    if (isFramed(options, ImageFormat::Png)) {
        const QSizeF page = framedPageFor(picture, options, ImageFormat::Png).size;
        const QSize size = (page * pngPixelsPerUnit(page, options)).toSize();
        if (size.isEmpty() || qint64(size.width()) * size.height() > 400'000'000LL)
            fail(path, Export::tr("the image would be %1 × %2 pixels; choose a smaller scale").arg(size.width()).arg(size.height()));
        return size;
    }
    const QSizeF source = picture.bounds.size();
    const double longest = std::max(source.width(), source.height());
    const double scale = std::min(options.pngScale, ExportOptions::maxPngSide / std::max(1.0, longest));
    const QSize size = (source * scale).toSize();
    if (size.isEmpty() || qint64(size.width()) * size.height() > 400'000'000LL)
        fail(path, Export::tr("the image would be %1 × %2 pixels; choose a smaller scale").arg(size.width()).arg(size.height()));
    return size;
}

QImage previewImage(const ChainPicture &chain, ImageFormat format, const ExportOptions &options, const QSize &maxSize,
                    const std::function<bool()> &cancelled)
{
    if (maxSize.isEmpty() || format == ImageFormat::Dot)
        return {};
    ChainPicture picture = chain;
    const PagePreset preset = presetFor(options, format);
    const bool framed = format == ImageFormat::Pdf || preset != PagePreset::Bare;
    PageSpec spec;
    FrameParts parts = options.parts;
    FramedPage page;
    QSizeF size = picture.bounds.size();
    if (framed) {
        // The text sizes and label places the file will have (pictureForPage).
        if (preset == PagePreset::Bare)
            placeLabelsClear(picture);
        else
            picture = pictureForPage(chain, format, options);
        spec = pageSpec(preset == PagePreset::Bare ? PagePreset::A4Landscape : preset);
        if (preset == PagePreset::Bare)
            parts = FrameParts{false, false, false, false};
        page = layoutFrame(picture, spec, parts, format == ImageFormat::Pdf);
        size = page.size;
    }
    if (size.isEmpty())
        return {};
    const double scale = std::min(maxSize.width() / size.width(), maxSize.height() / size.height());
    QImage image((size * scale).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    bool stop = false;
    const auto stopped = [&] {
        stop = stop || (cancelled && cancelled());
        return stop;
    };
    {
        QPainter p(&image);
        if (format == ImageFormat::Png && options.transparent) {
            // What shows through: a chequerboard, as image editors draw transparency.
            const int cell = 6;
            for (int y = 0; y < image.height(); y += cell)
                for (int x = 0; x < image.width(); x += cell)
                    p.fillRect(x, y, cell, cell, ((x + y) / cell) % 2 ? QColor(0xDD, 0xDD, 0xDD) : QColor(Qt::white));
        } else {
            p.fillRect(image.rect(), Qt::white);
        }
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        p.scale(scale, scale);
        // The file's level of detail, not the preview's: a miniature of the file. At the
        // preview's own the names grew to stay readable on screen and were cut ("Megas…") where
        // the file shows them whole.
        if (framed) {
            const double detail = format == ImageFormat::Png ? page.chainScale * pngPixelsPerUnit(page.size, options) : vectorDetail;
            paintFramedPage(p, picture, spec, parts, page, detail, stopped);
        } else {
            p.translate(-picture.bounds.topLeft());
            paintPicture(p, picture, 1.0, stopped);
        }
    }
    return stop ? QImage() : image;
}

PaintRecording recordPage(const ChainPicture &picture, ImageFormat format, const ExportOptions &options)
{
    const PagePreset preset = presetFor(options, format);
    if (preset == PagePreset::Bare && format != ImageFormat::Pdf) {
        const QRectF bounds = picture.bounds;
        return PaintRecording::record(bounds.size(), [&](QPainter &p) {
            p.translate(-bounds.topLeft());
            p.fillRect(bounds, Qt::white);
            paintPicture(p, picture, 1.0);
        });
    }
    const PageSpec spec = pageSpec(preset == PagePreset::Bare ? PagePreset::A4Landscape : preset);
    const FrameParts parts = preset == PagePreset::Bare ? FrameParts{false, false, false, false} : options.parts;
    const FramedPage page = layoutFrame(picture, spec, parts, format == ImageFormat::Pdf);
    // The level of detail: all of it in vector formats, a reader zooms in; a PNG's pixels per unit.
    const double detail = format == ImageFormat::Png ? page.chainScale * pngPixelsPerUnit(page.size, options) : vectorDetail;
    return PaintRecording::record(page.size, [&](QPainter &p) {
        p.fillRect(QRectF(QPointF(), page.size), Qt::white);
        paintFramedPage(p, picture, spec, parts, page, detail);
    });
}

ChainPicture pictureForPage(const ChainPicture &chain, ImageFormat format, const ExportOptions &options)
{
    ChainPicture picture = chain;
    if (!isFramed(options, format))
        return picture;
    routeLinesAroundCards(picture);
    // No text of the chain smaller than the page allows. The page's scale follows from the
    // picture's bounds, which grow with the labels: raised until it holds (a round or two).
    const PageSpec spec = pageSpec(presetFor(options, format));
    const bool paged = format == ImageFormat::Pdf;
    const auto floorFor = [&](const ChainPicture &drawn) {
        return spec.minTextSize / std::max(1e-9, layoutFrame(drawn, spec, options.parts, paged).chainScale);
    };
    double floor = floorFor(picture);
    ChainPicture placed;
    for (int round = 0; round < 6; ++round) {
        placed = picture;
        setMinTextSize(placed, floor);
        placeLabelsClear(placed);
        if (const int blocks = cardsWithoutName(placed))
            placed.frame.notes.append(Export::tr("%n party name(s) left out: too small to read at this page size", nullptr, blocks));
        const double needed = floorFor(placed);
        if (needed <= floor)
            break;
        floor = std::max(needed, floor * 1.02);
    }
    return placed;
}

bool exportPicture(const ChainPicture &chain, ImageFormat format, const QString &path, const ExportOptions &options,
                   const ExportProgress &progress)
{
    // Lines along Graphviz's splines come from the caller (graphvizlines.h: it runs Graphviz, which
    // a writer does not). What is published has no line through a card it does not join where an arc can go around,
    // and no label on a card or another label: the labels move along their lines, or are left out
    // and counted in the legend. Bare is the canvas as it is, for a desk
    // that sets its own page.
    const ChainPicture picture = pictureForPage(chain, format, options);
    switch (format) {
    case ImageFormat::Svg: return writeSvg(picture, path, options, progress);
    case ImageFormat::Png: return writePng(picture, path, options, progress);
    case ImageFormat::Pdf: return writePdf(picture, path, options, progress);
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
    if (!data.info.author.isEmpty())
        heading.subtitle += QStringLiteral(" · ") + data.info.author;
    heading.subtitle += QStringLiteral(" · ")
                        + (asOf.isValid() ? Export::tr("as of %1").arg(DisplayText::date(PartialDate::fromDate(asOf)))
                                          : Export::tr("all dates"));
    heading.subtitle += QStringLiteral(" · ") + Export::tr("made with ChipTrail; not legal advice");
    heading.sourcesHtml = pdfSourcesHtml(data);
    return heading;
}

} // namespace chiptrail::picture
