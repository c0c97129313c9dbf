// SPDX-License-Identifier: GPL-3.0-or-later
#include "clichartcommand.h"

#include "cli/chartcommand.h"
#include "cli/commands.h"
#include "error.h"
#include "interchange/casejson.h"
#include "panels/charts/chartexport.h"
#include "rules/rulebook.h"
#include "store/casestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace chiptrail::gui {
namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A case file, or case JSON (so scripts can chart a case without importing it first).
CaseData loadCase(const QString &path)
{
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly) && probe.peek(16).trimmed().startsWith('{'))
        return readCaseJsonFile(path);
    return CaseStore::open(path, CaseStore::Access::ReadOnly)->load();
}

int runChart(QCommandLineParser &parser, cli::Streams s)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        s.err << Cli::tr("chart: expected one case file") << '\n';
        return cli::Failure;
    }
    const auto kind = charts::chartKindFromWord(parser.value(QStringLiteral("kind")));
    if (!kind) {
        s.err << Cli::tr("chart: --kind must be hops, countries, timeline or findings") << '\n';
        return cli::Failure;
    }
    const auto format = chartImageFormatFromName(parser.value(QStringLiteral("format")));
    if (!format) {
        s.err << Cli::tr("chart: --format must be png or svg") << '\n';
        return cli::Failure;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty() || output == QLatin1String("-")) {
        s.err << Cli::tr("chart: needs an output file (-o FILE)") << '\n';
        return cli::Failure;
    }
    charts::ChartRequest request;
    if (parser.isSet(QStringLiteral("as-of"))) {
        request.asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!request.asOf.isValid())
            throw CaseError(Cli::tr("--as-of: expected a date YYYY-MM-DD"));
    }
    const CaseData data = loadCase(args.first());
    const RuleBook book = RuleBook::load();
    exportChart(*kind, charts::computeCharts(data, book, request), *format, output);
    return cli::Success;
}

} // namespace

void registerChartCommand() { cli::registerCommand(cli::chartCommand(runChart)); }

} // namespace chiptrail::gui
