// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "picture/chainpicture.h"
#include "picture/pictureexport.h"
#include "store/casestore.h"

#include <QByteArray>
#include <QSize>
#include <QString>

namespace chiptrail::gui {

class ChainScene;

// The export options and formats are the picture's (core/picture/pictureexport.h): the window and
// the command line write the same files.
using picture::ExportOptions;
using picture::ExportProgress;
using picture::ImageFormat;
using picture::imageFormatFromName;

// An export of what the scene shows, in two steps. snapshotForExport() runs on the GUI thread and
// keeps plain values only: the chain picture (sceneToPicture) or the DOT text. writeExport() turns
// them into the file on any thread, through a QSaveFile: a failed or cancelled export leaves no
// file behind and an older file as it was.
struct ExportSnapshot
{
    ImageFormat format = ImageFormat::Svg;
    QString path;
    ExportOptions options;
    picture::ChainPicture picture; // Svg, Png, Pdf
    CaseData data;                 // framed pictures: Graphviz draws their lines (graphvizlines.h)
    QByteArray dot;                // Dot
};

// Throws CaseError naming the file when the picture cannot be made (a PNG too big).
ExportSnapshot snapshotForExport(const ChainScene &scene, ImageFormat format, const QString &path,
                                 const ExportOptions &options = {});

// Lines along Graphviz's splines for a framed picture, then the file. Returns false when cancelled
// (no file written). Throws CaseError naming the file.
bool writeExport(const ExportSnapshot &snapshot, const ExportProgress &progress = {});

// Both steps at once, on the calling thread (tests, the benchmark).
void exportScene(const ChainScene &scene, ImageFormat format, const QString &path, const ExportOptions &options = {});

} // namespace chiptrail::gui
