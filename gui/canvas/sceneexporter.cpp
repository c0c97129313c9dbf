// SPDX-License-Identifier: GPL-3.0-or-later
#include "sceneexporter.h"

#include "canvas/canvasgraph.h"
#include "canvas/chainscene.h"
#include "canvas/chainstyle.h"
#include "error.h"
#include "canvas/pngstrips.h"
#include "panels/displaytext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace chiptrail::gui {
namespace {

struct Export
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

[[noreturn]] void fail(const QString &path, const QString &reason)
{
    throw CaseError(Export::tr("%1: %2").arg(QDir::toNativeSeparators(path), reason));
}

// Selection and hover are screen state, not part of the picture.
class CleanScene
{
public:
    explicit CleanScene(ChainScene &scene) : m_scene(scene), m_selected(scene.selectedItems())
    {
        m_scene.clearSelection();
    }
    ~CleanScene()
    {
        for (QGraphicsItem *item : std::as_const(m_selected))
            item->setSelected(true);
    }

private:
    ChainScene &m_scene;
    QList<QGraphicsItem *> m_selected;
};

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

bool writePdf(const ExportSnapshot &snapshot, const ExportProgress &progress)
{
    const QString &path = snapshot.path;
    QSaveFile file(path);
    openForWriting(file, path);
    const PdfPage geometry;
    bool cancelled = false;
    {
        QPdfWriter writer(&file);
        writer.setTitle(snapshot.title);
        writer.setCreator(QStringLiteral("ChipTrail"));
        writer.setPageLayout(geometry.layout);
        writer.setResolution(PdfPage::resolution);
        QPainter p;
        if (!p.begin(&writer))
            fail(path, Export::tr("cannot be written"));
        const QRectF page = geometry.page();
        const double unit = PdfPage::unit;

        QFont heading = p.font();
        heading.setPointSizeF(16);
        heading.setBold(true);
        p.setFont(heading);
        p.drawText(QRectF(page.left(), page.top(), page.width(), 24 * unit), Qt::AlignLeft | Qt::AlignTop, snapshot.title);
        QFont sub = p.font();
        sub.setPointSizeF(9);
        sub.setBold(false);
        p.setFont(sub);
        p.drawText(QRectF(page.left(), page.top() + 26 * unit, page.width(), 14 * unit), Qt::AlignLeft, snapshot.subtitle);

        const QRectF chainArea = geometry.chainArea();
        p.save();
        p.translate(chainArea.topLeft());
        p.setClipRect(QRectF(QPointF(0, 0), snapshot.picture.size()));
        snapshot.picture.play(p, QRectF(QPointF(0, 0), snapshot.picture.size()),
                              [&] { return progress && !progress(0.5); });
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
            p.setFont(heading);
            p.drawText(QRectF(page.left(), page.top(), page.width(), 24 * unit), Qt::AlignLeft, Export::tr("Sources"));
            QTextDocument document;
            QFont body = p.font();
            body.setPointSizeF(10);
            body.setBold(false);
            document.setDefaultFont(body);
            document.setHtml(snapshot.sourcesHtml);
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

ExportSnapshot snapshotForExport(ChainScene &scene, ImageFormat format, const QString &path, const ExportOptions &options)
{
    ExportSnapshot snapshot;
    snapshot.format = format;
    snapshot.path = path;
    snapshot.options = options;
    const CaseData &data = scene.caseData();
    const QRectF source = scene.contentRect();
    switch (format) {
    case ImageFormat::Svg: {
        snapshot.title = data.info.title;
        CleanScene clean(scene);
        snapshot.picture = ScenePicture::record(scene, source, source.size());
        break;
    }
    case ImageFormat::Png: {
        const double longest = std::max(source.width(), source.height());
        const double scale = std::min(options.pngScale, ExportOptions::maxPngSide / std::max(1.0, longest));
        const QSize size = (source.size() * scale).toSize();
        if (size.isEmpty() || qint64(size.width()) * size.height() > 400'000'000LL)
            fail(path, Export::tr("the image would be %1 × %2 pixels; choose a smaller scale").arg(size.width()).arg(size.height()));
        snapshot.pngSize = size;
        const QBrush background = scene.backgroundBrush();
        if (options.transparent)
            scene.setBackgroundBrush(Qt::NoBrush);
        {
            CleanScene clean(scene);
            snapshot.picture = ScenePicture::record(scene, source, QSizeF(size));
        }
        scene.setBackgroundBrush(background);
        break;
    }
    case ImageFormat::Pdf: {
        snapshot.title = options.title.isEmpty() ? data.info.title : options.title;
        snapshot.subtitle = Export::tr("Case: %1").arg(data.info.title);
        snapshot.subtitle += QStringLiteral(" · ")
                             + (options.asOf.isValid() ? Export::tr("as of %1").arg(DisplayText::date(PartialDate::fromDate(options.asOf)))
                                                       : Export::tr("all dates"));
        snapshot.subtitle += QStringLiteral(" · ") + Export::tr("made with ChipTrail; not legal advice");
        snapshot.sourcesHtml = pdfSourcesHtml(data);
        // As QGraphicsScene::render() with Qt::KeepAspectRatio into the chain area: one scale,
        // from the area's top left corner.
        const QRectF area = PdfPage().chainArea();
        const double ratio = source.isEmpty() ? 1.0 : std::min(area.width() / source.width(), area.height() / source.height());
        CleanScene clean(scene);
        snapshot.picture = ScenePicture::record(scene, source, source.size() * ratio);
        break;
    }
    case ImageFormat::Dot:
        // The whole case, whatever the view folds or filters: the graph the layout sees.
        snapshot.dot = chainDot(data);
        break;
    }
    return snapshot;
}

bool writeExport(const ExportSnapshot &snapshot, const ExportProgress &progress)
{
    const QString &path = snapshot.path;
    switch (snapshot.format) {
    case ImageFormat::Svg: {
        const QByteArray svg = snapshot.picture.toSvg(snapshot.title, Export::tr("Supply chain drawn with ChipTrail"),
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
    case ImageFormat::Png: {
        QSaveFile file(path);
        openForWriting(file, path);
        // Drawn by this thread alone. Two threads playing the same recording raced inside Qt:
        // a QPainterPath fills caches of its own when it is drawn, and a corrupted one left a
        // stroke spinning for ever (test_export hung in ctest). Deflating uses both cores.
        QImage image(snapshot.pngSize, QImage::Format_ARGB32_Premultiplied);
        bool stop = false;
        {
            QPainter p(&image);
            p.setCompositionMode(QPainter::CompositionMode_Source);
            p.fillRect(image.rect(), snapshot.options.transparent ? Qt::transparent : Qt::white);
            p.setCompositionMode(QPainter::CompositionMode_SourceOver);
            p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            snapshot.picture.play(p, QRectF(image.rect()), [&] {
                stop = stop || (progress && !progress(0.2));
                return stop;
            });
        }
        if (stop || (progress && !progress(0.4)))
            return false;
        PngStrips job;
        job.size = image.size();
        job.alpha = snapshot.options.transparent;
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
    case ImageFormat::Pdf:
        return writePdf(snapshot, progress);
    case ImageFormat::Dot: {
        QSaveFile file(path);
        openForWriting(file, path);
        if (file.write(snapshot.dot) != snapshot.dot.size())
            fail(path, Export::tr("cannot be written (%1)").arg(file.errorString()));
        if (progress && !progress(1.0))
            return false;
        commit(file, path);
        return true;
    }
    }
    return false;
}

void exportScene(ChainScene &scene, ImageFormat format, const QString &path, const ExportOptions &options)
{
    writeExport(snapshotForExport(scene, format, path, options));
}

} // namespace chiptrail::gui
