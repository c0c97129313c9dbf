// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include "chartbuilder.h"
#include "error.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <memory>

namespace chiptrail::gui {
namespace {

struct ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};

void save(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw CaseError(ChartExport::tr("%1: cannot be written (%2)").arg(path, file.errorString()));
}

// Renders the whole scene rectangle (0, 0, size) to a PNG or SVG file.
void renderScene(QGraphicsScene &scene, ChartImageFormat format, const QString &path, QSize size, const QString &title)
{
    const QRectF source(QPointF(0, 0), QSizeF(size));
    QByteArray bytes;
    if (format == ChartImageFormat::Svg) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(source);
        svg.setTitle(title);
        svg.setDescription(QStringLiteral("ChipTrail"));
        QPainter painter(&svg);
        painter.fillRect(source, Qt::white);
        scene.render(&painter, source, source);
    } else {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())), source);
        }
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            throw CaseError(ChartExport::tr("%1: the PNG image could not be encoded").arg(path));
    }
    save(bytes, path);
}

} // namespace

std::optional<ChartImageFormat> chartImageFormatFromName(const QString &name)
{
    if (name == QLatin1String("png"))
        return ChartImageFormat::Png;
    if (name == QLatin1String("svg"))
        return ChartImageFormat::Svg;
    return std::nullopt;
}

void exportChart(QChart *chart, ChartImageFormat format, const QString &path, QSize size)
{
    QGraphicsScene scene;
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    // The chart lays itself out on posted events; run them so axes and labels have their places.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QString title = chart->title();
    renderScene(scene, format, path, size, title);
    scene.removeItem(chart);
}

void exportChart(charts::ChartKind kind, const charts::ChartSet &set, ChartImageFormat format, const QString &path,
                 QSize size)
{
    std::unique_ptr<QChart> chart(ChartBuilder::build(kind, set));
    if (chart) {
        exportChart(chart.get(), format, path, size);
        return;
    }
    // An empty chart is still a picture: its title and what is missing.
    QGraphicsScene scene;
    auto *text = scene.addText(QString());
    text->setTextWidth(size.width() * 0.8);
    text->setHtml(QStringLiteral("<h2>%1</h2><p>%2</p>")
                      .arg(ChartBuilder::title(kind).toHtmlEscaped(), ChartBuilder::emptyMessage(kind, set).toHtmlEscaped()));
    text->setPos(size.width() * 0.1, size.height() * 0.35);
    renderScene(scene, format, path, size, ChartBuilder::title(kind));
}

} // namespace chiptrail::gui
