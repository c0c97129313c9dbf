// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>
#include <functional>

class QCommandLineParser;

namespace chiptrail::cli {

// Exit codes, documented in docs/cli.md. Scripts depend on them: keep them stable.
enum ExitCode {
    Success = 0,
    ProblemsFound = 1,   // validate: the input has problems (listed on stderr)
    Failure = 2,         // bad usage, unreadable or invalid input, I/O error
    LicenceRequired = 3, // check: at least one link needs a licence
};

struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

// Runs one command line (without the program name). Never throws.
int run(const QStringList &arguments, Streams streams);

}

namespace chiptrail {
class CaseStore;
}

namespace chiptrail::cli {

// Export formats beyond JSON need the canvas, which core does not link. The program plugs them
// in before run(): `export --format NAME` then calls the writer with the open case. The writer
// may throw CaseError; `options` holds --scale, --transparent, --as-of, --layout-timeout;
// `warnings` is stderr (a picture made after all, but not as asked).
using ExportWriter = std::function<void(const CaseStore &store, const QString &outputPath,
                                        const QCommandLineParser &options, QTextStream &warnings)>;
void registerExportFormat(const QString &name, ExportWriter writer);

// Commands that need more than core (e.g. `chart`, which draws with Qt Charts) are plugged in by
// the program before run(). `declare` adds the options; `run` may throw CaseError.
struct ExtraCommand
{
    QString name, synopsis, summary;
    std::function<void(QCommandLineParser &)> declare;
    std::function<int(QCommandLineParser &, Streams)> run;
};
void registerCommand(ExtraCommand command);

} // namespace chiptrail::cli
