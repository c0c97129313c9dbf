// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartforward.h"

#include "cli/chartcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace chiptrail::cli {
namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString chartProgram = QStringLiteral("chiptrail-chart");

// Installed beside chiptrail-cli; in a build tree it lies in gui/ (CHIPTRAIL_CHART_BUILD_PATH).
// CHIPTRAIL_CHART names another one (tests, packagers).
QString findChartProgram()
{
    const QString chosen = qEnvironmentVariable("CHIPTRAIL_CHART");
    if (!chosen.isEmpty())
        return chosen;
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(chartProgram);
    if (QFileInfo(beside).isExecutable())
        return beside;
#ifdef CHIPTRAIL_CHART_BUILD_PATH
    if (QFileInfo(QStringLiteral(CHIPTRAIL_CHART_BUILD_PATH)).isExecutable())
        return QStringLiteral(CHIPTRAIL_CHART_BUILD_PATH);
#endif
    return beside;
}

int forwardChart(QCommandLineParser &parser, Streams s)
{
    const QString program = findChartProgram();
    QProcess chart;
    chart.setProcessChannelMode(QProcess::ForwardedChannels); // its messages are ours
    chart.start(program, chartArguments(parser));
    if (!chart.waitForStarted(30000)) {
        s.err << Cli::tr("chart: %1 could not be started (%2); it draws the charts and is installed beside "
                         "chiptrail-cli")
                     .arg(QDir::toNativeSeparators(program), chart.errorString())
              << '\n';
        return Failure;
    }
    chart.waitForFinished(-1);
    if (chart.exitStatus() != QProcess::NormalExit) {
        s.err << Cli::tr("chart: %1 stopped unexpectedly").arg(QDir::toNativeSeparators(program)) << '\n';
        return Failure;
    }
    return chart.exitCode();
}

} // namespace

void registerChartForwarding() { registerCommand(chartCommand(forwardChart)); }

} // namespace chiptrail::cli
