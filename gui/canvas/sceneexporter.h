// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/scenepicture.h"

#include <QColor>
#include <QDate>
#include <QRectF>
#include <QString>

#include <functional>
#include <optional>

namespace chiptrail::gui {

class ChainScene;

// Writes the scene the user sees into publishable files. Throws CaseError naming the file.
struct ExportOptions
{
    // PNG pixels per scene unit; lowered so that neither side exceeds maxPngSide (a 1,000-party
    // chain laid out by dot is about 44,000 units tall: at 2 it would be 88,000 pixels).
    double pngScale = 2.0;
    static constexpr double maxPngSide = 16384; // what common viewers and image libraries open
    bool transparent = false;  // PNG: transparent background instead of white
    QString title;             // PDF heading; defaults to the case title
    QDate asOf;                // shown in the PDF when set
};

// Dot is not a picture but the graph as Graphviz DOT (canvasgraph.h): the same nodes and clusters
// the layout used, for people who redraw the chain with their own tools.
enum class ImageFormat { Svg, Png, Pdf, Dot };

std::optional<ImageFormat> imageFormatFromName(const QString &name); // "svg", "png", "pdf", "dot"

// An export in two steps. snapshotForExport() runs on the GUI thread (it renders the scene's items)
// and keeps plain values only: the recorded drawing, the texts of the PDF, the DOT text.
// writeExport() turns them into the file on any thread, through a QSaveFile: a failed or cancelled
// export leaves no file behind and an older file as it was.
struct ExportSnapshot
{
    ImageFormat format = ImageFormat::Svg;
    QString path;
    ExportOptions options;
    ScenePicture picture;  // Svg, Png, Pdf: the chain at the size it has in the file
    QSize pngSize;
    QString title;         // SVG title, PDF heading
    QString subtitle;      // PDF: case, "as of", not legal advice
    QString sourcesHtml;   // PDF: the numbered sources
    QByteArray dot;        // Dot
};

// Throws CaseError naming the file when the picture cannot be made (a PNG too big).
ExportSnapshot snapshotForExport(ChainScene &scene, ImageFormat format, const QString &path,
                                 const ExportOptions &options = {});

// Told how far the writing is (0..1) now and then; returning false cancels it.
using ExportProgress = std::function<bool(double)>;

// Returns false when cancelled (no file written). Throws CaseError naming the file.
bool writeExport(const ExportSnapshot &snapshot, const ExportProgress &progress = {});

// Both steps at once, on the calling thread (the command line, tests, the benchmark).
void exportScene(ChainScene &scene, ImageFormat format, const QString &path, const ExportOptions &options = {});

} // namespace chiptrail::gui
