// SPDX-License-Identifier: GPL-3.0-or-later
#include "sceneexporter.h"

#include "canvas/canvasgraph.h"
#include "canvas/chainscene.h"
#include "canvas/chainstyle.h"
#include "error.h"
#include "panels/displaytext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
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

void writePdf(ChainScene &scene, const QString &path, const ExportOptions &options)
{
    QPdfWriter writer(path);
    if (!QFile(path).exists() && !QFileInfo(QFileInfo(path).absolutePath()).isWritable())
        fail(path, Export::tr("cannot be written"));
    const CaseData &data = scene.caseData();
    writer.setTitle(options.title.isEmpty() ? data.info.title : options.title);
    writer.setCreator(QStringLiteral("ChipTrail"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    QPainter p;
    if (!p.begin(&writer))
        fail(path, Export::tr("cannot be written"));
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    const double unit = writer.resolution() / 72.0; // points to device pixels

    QFont heading = p.font();
    heading.setPointSizeF(16);
    heading.setBold(true);
    p.setFont(heading);
    p.drawText(QRectF(page.left(), page.top(), page.width(), 24 * unit), Qt::AlignLeft | Qt::AlignTop,
               options.title.isEmpty() ? data.info.title : options.title);
    QFont sub = p.font();
    sub.setPointSizeF(9);
    sub.setBold(false);
    p.setFont(sub);
    QString subtitle = Export::tr("Case: %1").arg(data.info.title);
    subtitle += QStringLiteral(" · ") + (options.asOf.isValid() ? Export::tr("as of %1").arg(DisplayText::date(PartialDate::fromDate(options.asOf)))
                                                               : Export::tr("all dates"));
    subtitle += QStringLiteral(" · ") + Export::tr("made with ChipTrail; not legal advice");
    p.drawText(QRectF(page.left(), page.top() + 26 * unit, page.width(), 14 * unit), Qt::AlignLeft, subtitle);

    const double legendWidth = 200 * unit;
    const QRectF chainArea(page.left(), page.top() + 46 * unit, page.width() - legendWidth - 10 * unit,
                           page.height() - 46 * unit);
    const QRectF source = scene.contentRect();
    {
        CleanScene clean(scene);
        scene.render(&p, chainArea, source, Qt::KeepAspectRatio);
    }
    p.save();
    p.translate(chainArea.right() + 10 * unit, chainArea.top());
    p.scale(unit, unit);
    drawLegend(p, QRectF(0, 0, legendWidth / unit, chainArea.height() / unit));
    p.restore();

    // The sources, numbered, on their own page: a published graph names what it rests on.
    writer.newPage();
    p.setFont(heading);
    p.drawText(QRectF(page.left(), page.top(), page.width(), 24 * unit), Qt::AlignLeft, Export::tr("Sources"));
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
    QTextDocument document;
    QFont body = p.font();
    body.setPointSizeF(10);
    body.setBold(false);
    document.setDefaultFont(body);
    document.setHtml(html);
    document.setTextWidth(page.width() / unit);
    p.save();
    p.translate(page.left(), page.top() + 34 * unit);
    p.scale(unit, unit);
    document.drawContents(&p);
    p.restore();
    p.end();
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

void exportScene(ChainScene &scene, ImageFormat format, const QString &path, const ExportOptions &options)
{
    const QRectF source = scene.contentRect();
    switch (format) {
    case ImageFormat::Svg: {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setTitle(scene.caseData().info.title);
        svg.setDescription(Export::tr("Supply chain drawn with ChipTrail"));
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        QPainter p;
        if (!p.begin(&svg))
            fail(path, Export::tr("cannot be written"));
        CleanScene clean(scene);
        scene.render(&p, QRectF(QPointF(0, 0), source.size()), source);
        p.end();
        break;
    }
    case ImageFormat::Png: {
        const double longest = std::max(source.width(), source.height());
        const double scale = std::min(options.pngScale, ExportOptions::maxPngSide / std::max(1.0, longest));
        const QSize size = (source.size() * scale).toSize();
        if (size.isEmpty() || qint64(size.width()) * size.height() > 400'000'000LL)
            fail(path, Export::tr("the image would be %1 × %2 pixels; choose a smaller scale").arg(size.width()).arg(size.height()));
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(options.transparent ? Qt::transparent : Qt::white);
        {
            QPainter p(&image);
            p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            const QBrush background = scene.backgroundBrush();
            if (options.transparent)
                scene.setBackgroundBrush(Qt::NoBrush);
            CleanScene clean(scene);
            scene.render(&p, QRectF(QPointF(0, 0), size), source);
            scene.setBackgroundBrush(background);
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            fail(path, Export::tr("cannot be written"));
        break;
    }
    case ImageFormat::Pdf:
        writePdf(scene, path, options);
        break;
    case ImageFormat::Dot: {
        // The whole case, whatever the view folds or filters: the graph the layout sees.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(chainDot(scene.caseData())) < 0 || !file.commit())
            fail(path, Export::tr("cannot be written"));
        break;
    }
    }
}

} // namespace chiptrail::gui
