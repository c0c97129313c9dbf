// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "picture/chainpicture.h"
#include "picture/framepainter.h"
#include "picture/pagepreset.h"
#include "picture/paintrecording.h"
#include "store/casestore.h"

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

namespace chiptrail::picture {

// Writes the chain picture into publishable files, for the window and the command line alike.
// Every writer goes through a QSaveFile: a failed or cancelled export leaves no file behind and an
// older file as it was. Errors are CaseErrors naming the file.
struct ExportOptions
{
    // The page: a newsroom preset with title, legend, sources and credit around the chain. None:
    // web for SVG and PNG, A4 landscape for PDF. Bare: the chain alone, PNG at pngScale.
    std::optional<PagePreset> preset;
    FrameParts parts;          // which parts of the frame are drawn
    // Bare PNG: pixels per scene unit; lowered so that neither side exceeds maxPngSide (a 1,000-party
    // chain laid out by dot is about 44,000 units tall: at 2 it would be 88,000 pixels).
    double pngScale = 2.0;
    static constexpr double maxPngSide = 16384; // what common viewers and image libraries open
    bool transparent = false;  // PNG: transparent background instead of white
    QString title;             // PDF heading; defaults to the case title
    QDate asOf;                // drawn as of this date, and said so in the PDF
};

// Dot is not a picture but the graph as Graphviz DOT (chainlayout.h): the same nodes and clusters
// the layout used, for people who redraw the chain with their own tools.
enum class ImageFormat { Svg, Png, Pdf, Dot };

std::optional<ImageFormat> imageFormatFromName(const QString &name); // "svg", "png", "pdf", "dot"

// The preset an export uses: the one asked for, else the format's own.
PagePreset presetFor(const ExportOptions &options, ImageFormat format);

// Told how far the writing is (0..1) now and then; returning false cancels it.
using ExportProgress = std::function<bool(double)>;

// The PNG's size for the picture and options. Throws CaseError naming the file when it would be
// too big to make: checked before any work starts.
QSize pngSizeFor(const ChainPicture &picture, const ExportOptions &options, const QString &path);

// Where the frame's parts and the chain go on the preset's page (the first page, for a PDF).
FramedPage framedPageFor(const ChainPicture &picture, const ExportOptions &options, ImageFormat format);

// A small picture of the export's first page, at most `maxSize`, while the options are chosen:
// the page, the frame, the text sizes and the labels as the file has them; the lines as on the
// canvas (Graphviz's splines come only with the file), bent around cards as the file bends them. `cancelled` is asked now and then; a cancelled
// preview is a null image. Draws only plain values: any thread may make it.
QImage previewImage(const ChainPicture &picture, ImageFormat format, const ExportOptions &options, const QSize &maxSize,
                    const std::function<bool()> &cancelled = {});

// The picture as a framed export draws it on its page: lines bent around the cards they do not
// join, labels moved clear of cards and of each other (or left out and counted in the legend).
// Bare exports draw the picture as it is.
ChainPicture pictureForPage(const ChainPicture &picture, ImageFormat format, const ExportOptions &options = {});

// The first page as `format` draws it (`picture` as pictureForPage() gives it), recorded in page
// units: CSS pixels on web and social pages, points in print. What the SVG writer writes; what a
// test measures the text sizes of. A bare SVG or PNG is the chain alone in scene units.
PaintRecording recordPage(const ChainPicture &picture, ImageFormat format, const ExportOptions &options = {});

// Writes the picture as SVG, PNG or PDF at `path`. Returns false when cancelled (no file written).
// Draws only the picture's plain values: any thread may write it.
bool exportPicture(const ChainPicture &picture, ImageFormat format, const QString &path,
                   const ExportOptions &options = {}, const ExportProgress &progress = {});

// Writes DOT text at `path`, as the images are written.
bool exportDot(const QByteArray &dot, const QString &path, const ExportProgress &progress = {});

// The PDF's heading: title (or the case's), the case, the date it is drawn as of, the disclaimer,
// and the numbered sources.
PictureHeading pictureHeading(const CaseData &data, const QDate &asOf, const QString &title = {});

} // namespace chiptrail::picture
