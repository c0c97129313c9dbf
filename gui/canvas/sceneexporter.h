// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDate>
#include <QString>

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

void exportScene(ChainScene &scene, ImageFormat format, const QString &path, const ExportOptions &options = {});

} // namespace chiptrail::gui
