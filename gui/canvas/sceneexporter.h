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
    double pngScale = 2.0;
    bool transparent = false;  // PNG: transparent background instead of white
    QString title;             // PDF heading; defaults to the case title
    QDate asOf;                // shown in the PDF when set
};

enum class ImageFormat { Svg, Png, Pdf };

std::optional<ImageFormat> imageFormatFromName(const QString &name); // "svg", "png", "pdf"

void exportScene(ChainScene &scene, ImageFormat format, const QString &path, const ExportOptions &options = {});

} // namespace chiptrail::gui
