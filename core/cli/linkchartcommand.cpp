// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkchartcommand.h"

#include "cli/commands.h"
#include "error.h"
#include "interchange/linkchartexport.h"
#include "picture/chainlayout.h"
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

} // namespace

void registerLinkChartExportFormats()
{
    for (const QString &name : linkChartFormatNames()) {
        const LinkChartFormat format = *linkChartFormatFromName(name);
        registerExportFormat(name, [format](const CaseStore &store, const QString &output, const QCommandLineParser &options,
                                            QTextStream &warnings) {
            const CaseData data = store.load();
            picture::ExportLayout how;
            bool ok = false;
            const double seconds = options.value(QStringLiteral("layout-timeout")).toDouble(&ok);
            if (!ok || seconds < 0.1 || seconds > 3600)
                throw CaseError(Cli::tr("--layout-timeout: expected seconds from 0.1 to 3600"));
            how.graphvizTimeoutMs = int(seconds * 1000);
            const QList<NodePosition> places = picture::placesForExport(data, store.nodePositions(), &how);
            if (!how.fellBackBecause.isEmpty())
                warnings << Cli::tr("warning: %1 The chain was laid out by ChipTrail's built-in layout instead.")
                                .arg(how.fellBackBecause.endsWith(u'.') ? how.fellBackBecause : how.fellBackBecause + u'.')
                         << '\n';
            // The verdicts `check` reports with the same options: one rule engine for both.
            CheckOptions check;
            if (options.isSet(QStringLiteral("as-of"))) {
                const QDate asOf = QDate::fromString(options.value(QStringLiteral("as-of")), Qt::ISODate);
                if (!asOf.isValid())
                    throw CaseError(Cli::tr("--as-of: expected a date YYYY-MM-DD"));
                check.rulesAt = asOf;
            }
            const RuleBook book = RuleBook::load();
            const CaseFindings findings = RuleChecker(book).check(data, check);
            writeLinkChart(buildLinkChart(data, places, findings), format, output);
        });
    }
}

} // namespace chiptrail::cli
