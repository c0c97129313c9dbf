// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliimageexport.h"

#include "canvas/canvasgraph.h"
#include "canvas/chainscene.h"
#include "canvas/sceneexporter.h"
#include "cli/commands.h"
#include "error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

namespace chiptrail::gui {

void registerImageExportFormats()
{
    for (const char *name : {"svg", "png", "pdf"}) {
        const ImageFormat format = *imageFormatFromName(QString::fromLatin1(name));
        cli::registerExportFormat(QString::fromLatin1(name), [format](const CaseStore &store, const QString &output,
                                                                      const QCommandLineParser &options) {
            ExportOptions exportOptions;
            bool ok = false;
            exportOptions.pngScale = options.value(QStringLiteral("scale")).toDouble(&ok);
            if (!ok || exportOptions.pngScale <= 0 || exportOptions.pngScale > 16)
                throw CaseError(QCoreApplication::translate("Cli", "--scale: expected a number from 0.1 to 16"));
            exportOptions.transparent = options.isSet(QStringLiteral("transparent"));
            if (options.isSet(QStringLiteral("as-of"))) {
                exportOptions.asOf = QDate::fromString(options.value(QStringLiteral("as-of")), Qt::ISODate);
                if (!exportOptions.asOf.isValid())
                    throw CaseError(QCoreApplication::translate("Cli", "--as-of: expected a date YYYY-MM-DD"));
            }
            ChainScene scene;
            const CaseData data = store.load();
            scene.setCase(data, placesForExport(data, store.nodePositions()));
            scene.setAsOf(exportOptions.asOf);
            exportScene(scene, format, output, exportOptions);
        });
    }
    // DOT needs no scene: the graph the layout uses, straight from the case.
    cli::registerExportFormat(QStringLiteral("dot"), [](const CaseStore &store, const QString &output,
                                                        const QCommandLineParser &) {
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(chainDot(store.load())) < 0 || !file.commit())
            throw CaseError(QCoreApplication::translate("Cli", "%1: cannot be written").arg(output));
    });
}

} // namespace chiptrail::gui
