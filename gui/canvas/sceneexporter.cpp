// SPDX-License-Identifier: GPL-3.0-or-later
#include "sceneexporter.h"

#include "canvas/chainscene.h"
#include "canvas/scenetopicture.h"
#include "picture/chainlayout.h"
#include "picture/graphvizlines.h"

namespace chiptrail::gui {

ExportSnapshot snapshotForExport(const ChainScene &scene, ImageFormat format, const QString &path,
                                 const ExportOptions &options)
{
    ExportSnapshot snapshot;
    snapshot.format = format;
    snapshot.path = path;
    snapshot.options = options;
    if (format == ImageFormat::Dot) {
        // The whole case, whatever the view folds or filters: the graph the layout sees.
        snapshot.dot = picture::chainDot(scene.caseData());
        return snapshot;
    }
    const bool bare = picture::presetFor(options, format) == picture::PagePreset::Bare; // the canvas as it is
    snapshot.picture = sceneToPicture(scene, options.title, bare ? LinesAndLabels::AsOnCanvas : LinesAndLabels::ToBePlaced);
    if (!bare)
        snapshot.data = scene.caseData();
    if (format == ImageFormat::Png)
        picture::pngSizeFor(snapshot.picture, options, path); // refused now, before any work starts
    return snapshot;
}

bool writeExport(const ExportSnapshot &snapshot, const ExportProgress &progress)
{
    if (snapshot.format == ImageFormat::Dot)
        return picture::exportDot(snapshot.dot, snapshot.path, progress);
    if (snapshot.data.parties.isEmpty())
        return picture::exportPicture(snapshot.picture, snapshot.format, snapshot.path, snapshot.options, progress);
    picture::ChainPicture chain = snapshot.picture;
    picture::drawLinesWithGraphviz(chain, snapshot.data);
    return picture::exportPicture(chain, snapshot.format, snapshot.path, snapshot.options, progress);
}

void exportScene(const ChainScene &scene, ImageFormat format, const QString &path, const ExportOptions &options)
{
    writeExport(snapshotForExport(scene, format, path, options));
}

} // namespace chiptrail::gui
