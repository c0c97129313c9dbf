// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace chiptrail::cli {
namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

ExtraCommand chartCommand(std::function<int(QCommandLineParser &, Streams)> run)
{
    return {QStringLiteral("chart"),
            QStringLiteral("chart CASE --kind hops|countries|timeline|findings --format png|svg -o FILE [--as-of DATE]"),
            Cli::tr("Draw one of the case's charts as PNG or SVG."),
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("kind"), Cli::tr("Chart: hops, countries, timeline or findings."), Cli::tr("KIND"),
                             QStringLiteral("hops")});
                p.addOption({QStringLiteral("format"), Cli::tr("Image format: png or svg."), Cli::tr("FORMAT"),
                             QStringLiteral("png")});
                p.addOption({QStringLiteral("as-of"), Cli::tr("Show the case as of this date (YYYY-MM-DD)."), Cli::tr("DATE")});
                p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("Write to FILE."), Cli::tr("FILE")});
            },
            std::move(run)};
}

QStringList chartArguments(const QCommandLineParser &parser)
{
    QStringList arguments = parser.positionalArguments();
    for (const char *name : {"kind", "format", "as-of", "output"}) {
        const QString option = QString::fromLatin1(name);
        if (parser.isSet(option) || !parser.value(option).isEmpty())
            arguments << QStringLiteral("--") + option << parser.value(option);
    }
    return arguments;
}

} // namespace chiptrail::cli
