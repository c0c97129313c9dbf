// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageexport.h"

#include "cli/commands.h"
#include "error.h"
#include "picture/chainlayout.h"
#include "picture/graphvizlines.h"
#include "picture/chainstyle.h"
#include "picture/picturebuilder.h"
#include "picture/pictureexport.h"
#include "rules/rulechecker.h"
#include "store/casestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace chiptrail::cli {
namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

picture::ExportOptions exportOptions(const QCommandLineParser &options)
{
    picture::ExportOptions exportOptions;
    bool ok = false;
    exportOptions.pngScale = options.value(QStringLiteral("scale")).toDouble(&ok);
    if (!ok || exportOptions.pngScale <= 0 || exportOptions.pngScale > 16)
        throw CaseError(Cli::tr("--scale: expected a number from 0.1 to 16"));
    exportOptions.transparent = options.isSet(QStringLiteral("transparent"));
    if (options.isSet(QStringLiteral("preset"))) {
        exportOptions.preset = picture::pagePresetFromName(options.value(QStringLiteral("preset")));
        if (!exportOptions.preset)
            throw CaseError(Cli::tr("--preset: expected web, social, a4, a4-landscape, letter, letter-landscape or bare"));
    }
    exportOptions.parts.title = !options.isSet(QStringLiteral("no-title"));
    exportOptions.parts.legend = !options.isSet(QStringLiteral("no-legend"));
    exportOptions.parts.sources = !options.isSet(QStringLiteral("no-sources"));
    exportOptions.parts.credit = !options.isSet(QStringLiteral("no-credit"));
    if (options.isSet(QStringLiteral("as-of"))) {
        exportOptions.asOf = QDate::fromString(options.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!exportOptions.asOf.isValid())
            throw CaseError(Cli::tr("--as-of: expected a date YYYY-MM-DD"));
    }
    return exportOptions;
}

int layoutTimeoutMs(const QCommandLineParser &options)
{
    bool ok = false;
    const double seconds = options.value(QStringLiteral("layout-timeout")).toDouble(&ok);
    if (!ok || seconds < 0.1 || seconds > 3600)
        throw CaseError(Cli::tr("--layout-timeout: expected seconds from 0.1 to 3600"));
    return int(seconds * 1000);
}

// The links' colours as the window shows them: the rules in force on each link's date, or on the
// as-of date when one is given (the window's timeline sets both).
QHash<qint64, QColor> verdictColours(const CaseData &data, const QDate &asOf)
{
    const RuleBook book = RuleBook::load();
    CheckOptions check;
    if (asOf.isValid())
        check.rulesAt = asOf;
    return picture::chainstyle::verdictColours(RuleChecker(book).check(data, check));
}

} // namespace

void registerImageExportFormats()
{
    for (const char *name : {"svg", "png", "pdf"}) {
        const picture::ImageFormat format = *picture::imageFormatFromName(QString::fromLatin1(name));
        registerExportFormat(QString::fromLatin1(name), [format](const CaseStore &store, const QString &output,
                                                                 const QCommandLineParser &options, QTextStream &warnings) {
            const picture::ExportOptions exportOptions = cli::exportOptions(options);
            picture::ExportLayout how;
            how.graphvizTimeoutMs = layoutTimeoutMs(options);
            const CaseData data = store.load();
            picture::PictureRequest request;
            request.positions = picture::placesForExport(data, store.nodePositions(), &how);
            if (!how.fellBackBecause.isEmpty())
                warnings << Cli::tr("warning: %1 The chain was laid out by ChipTrail's built-in layout instead.")
                                .arg(how.fellBackBecause.endsWith(u'.') ? how.fellBackBecause
                                                                        : how.fellBackBecause + u'.')
                         << '\n';
            request.linkColours = verdictColours(data, exportOptions.asOf);
            request.asOf = exportOptions.asOf;
            request.title = exportOptions.title;
            request.credit = options.value(QStringLiteral("credit"));
            picture::ChainPicture chain = picture::buildChainPicture(data, request);
            // Bare is the canvas as it is; a layout that fell back is not dot's, and Graphviz would
            // only fail again.
            if (picture::presetFor(exportOptions, format) != picture::PagePreset::Bare && how.fellBackBecause.isEmpty()) {
                picture::GraphvizLinesOptions lines;
                lines.timeoutMs = how.graphvizTimeoutMs;
                picture::drawLinesWithGraphviz(chain, data, lines);
            }
            picture::exportPicture(chain, format, output, exportOptions);
        });
    }
    // DOT needs no picture: the graph the layout uses, straight from the case.
    registerExportFormat(QStringLiteral("dot"), [](const CaseStore &store, const QString &output, const QCommandLineParser &,
                                                   QTextStream &) {
        picture::exportDot(picture::chainDot(store.load()), output);
    });
}

} // namespace chiptrail::cli
