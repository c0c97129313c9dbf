// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphvizrunner.h"

#include "graphvizjson.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>

namespace chiptrail::layout {

namespace {

constexpr int pollMs = 50;              // how quickly cancel() and the time limit take effect
constexpr qsizetype stderrKeep = 4096;  // the tail of Graphviz's messages kept for the user

struct Layout
{
    Q_DECLARE_TR_FUNCTIONS(Layout)
};

QString missingMessage(const QString &program)
{
    return Layout::tr("Graphviz is needed to lay out the chain, but the program \"%1\" was not found. "
              "Install the Debian package graphviz (sudo apt install graphviz).")
        .arg(program);
}

QString tooLargeMessage(const QString &name, qint64 limit)
{
    return Layout::tr("Graphviz (%1) wrote more than %2 and was stopped.")
        .arg(name, QLocale::system().formattedDataSize(limit));
}

QString stderrTail(const QByteArray &err)
{
    QString text = QString::fromUtf8(err.right(stderrKeep)).trimmed();
    return text.isEmpty() ? Layout::tr("no message") : text;
}

} // namespace

QString graphvizProgramName(GraphvizEngine engine)
{
    switch (engine) {
    case GraphvizEngine::Dot: break;
    case GraphvizEngine::Sfdp: return QStringLiteral("sfdp");
    case GraphvizEngine::Neato: return QStringLiteral("neato");
    }
    return QStringLiteral("dot");
}

GraphvizRunner::GraphvizRunner(QObject *parent) : QObject(parent) {}

QString GraphvizRunner::findProgram(GraphvizEngine engine)
{
    return QStandardPaths::findExecutable(graphvizProgramName(engine));
}

QByteArray GraphvizRunner::run(const GraphvizRequest &request)
{
    const QString name = graphvizProgramName(request.engine);
    QString program = request.program;
    if (program.isEmpty()) {
        program = findProgram(request.engine);
        if (program.isEmpty())
            throw LayoutError(LayoutError::Kind::GraphvizMissing, missingMessage(name));
    } else if (!QFileInfo(program).isExecutable()) {
        throw LayoutError(LayoutError::Kind::GraphvizMissing, missingMessage(program));
    }
    if (isCancelled())
        throw LayoutError(LayoutError::Kind::Cancelled, Layout::tr("The layout was cancelled."));

    QProcess process;
    // -q: no warnings. Fixed-size nodes with long names make Graphviz warn once per node
    // ("size too small for label"), which for 20,000 parties is megabytes of noise.
    QStringList arguments{QStringLiteral("-T") + request.format, QStringLiteral("-q")};
    arguments += request.extraArguments;
    process.start(program, arguments);
    if (!process.waitForStarted(10'000)) {
        throw LayoutError(LayoutError::Kind::GraphvizMissing,
                          missingMessage(program) + u' ' + process.errorString());
    }
    Q_EMIT processStarted(program);
    process.write(request.dot);
    process.closeWriteChannel(); // Qt closes it once the buffered graph has been written

    const QDeadlineTimer deadline(request.timeoutMs);
    QByteArray output;
    QByteArray errors;
    auto stop = [&process](LayoutError::Kind kind, const QString &message) {
        process.kill();
        process.waitForFinished(5'000);
        throw LayoutError(kind, message);
    };
    for (;;) {
        const bool finished = process.waitForFinished(pollMs);
        output += process.readAllStandardOutput();
        errors += process.readAllStandardError();
        if (errors.size() > 4 * stderrKeep)
            errors = errors.right(stderrKeep);
        if (finished || process.state() == QProcess::NotRunning)
            break;
        if (isCancelled())
            stop(LayoutError::Kind::Cancelled, Layout::tr("The layout was cancelled."));
        if (deadline.hasExpired()) {
            stop(LayoutError::Kind::TimedOut,
                 Layout::tr("Graphviz (%1) did not finish within %2 s and was stopped. "
                    "A simpler layout (without countries, or the built-in layout) is faster.")
                     .arg(name)
                     .arg(request.timeoutMs / 1000.0, 0, 'g', 3));
        }
        if (output.size() > request.maxOutputBytes)
            stop(LayoutError::Kind::OutputTooLarge, tooLargeMessage(name, request.maxOutputBytes));
    }
    Q_EMIT processFinished(process.exitCode());
    if (output.size() > request.maxOutputBytes) // it may have finished between two looks
        throw LayoutError(LayoutError::Kind::OutputTooLarge, tooLargeMessage(name, request.maxOutputBytes));

    if (process.exitStatus() == QProcess::CrashExit) {
        throw LayoutError(LayoutError::Kind::Crashed,
                          Layout::tr("Graphviz (%1) crashed while laying out the chain: %2")
                              .arg(name, stderrTail(errors)));
    }
    if (process.exitCode() != 0) {
        throw LayoutError(LayoutError::Kind::Failed,
                          Layout::tr("Graphviz (%1) failed with exit code %2: %3")
                              .arg(name)
                              .arg(process.exitCode())
                              .arg(stderrTail(errors)));
    }
    return output;
}

LayoutResult GraphvizRunner::layout(const GraphvizRequest &request)
{
    const QByteArray output = run(request);
    try {
        LayoutResult result = parseGraphvizJson(output);
        result.engine = graphvizProgramName(request.engine);
        return result;
    } catch (const LayoutError &) {
        throw;
    } catch (const CaseError &e) {
        throw LayoutError(LayoutError::Kind::BadOutput, e.message());
    }
}

} // namespace chiptrail::layout
