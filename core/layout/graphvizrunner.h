// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layouterror.h"
#include "layoutresult.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <atomic>

namespace chiptrail::layout {

// Neato only draws: with -n2 it keeps the positions it is given and routes the edges around the
// nodes (picture/graphvizlines.h).
enum class GraphvizEngine { Dot, Sfdp, Neato };

QString graphvizProgramName(GraphvizEngine engine); // "dot", "sfdp", "neato"

struct GraphvizRequest
{
    GraphvizEngine engine = GraphvizEngine::Dot;
    // Empty: the engine's program found on PATH. Otherwise the program to run (tests point it
    // at a path that does not exist).
    QString program;
    QStringList extraArguments;      // e.g. "-Goverlap=prism", "-Gnslimit=2"
    QByteArray dot;                  // the graph, written to the program's stdin
    int timeoutMs = 60'000;          // the process is killed after this
    qint64 maxOutputBytes = 1'000'000'000; // ~1 GB: far above a 20,000-party layout
    // json0 leaves out the xdot drawing operations: a third of the size, same geometry.
    // "json" adds them (the tests read the drawn label text from it).
    QString format = QStringLiteral("json0");
};

// Runs Graphviz as a separate process (never linked: Graphviz is EPL-1.0, the program is GPL,
// and a hostile or huge graph must not crash or hang the GUI).
//
// run() blocks the calling thread, so call it from a worker thread (QThread, QtConcurrent::run).
// cancel() may be called from any thread; it kills the process within about 50 ms and run()
// then throws LayoutError(Cancelled). A runner is cancelled for good: use one per layout.
class GraphvizRunner : public QObject
{
    Q_OBJECT
public:
    explicit GraphvizRunner(QObject *parent = nullptr);

    // The raw output (JSON). Throws LayoutError.
    QByteArray run(const GraphvizRequest &request);
    // run() and parseGraphvizJson(): throws LayoutError (BadOutput for unreadable output).
    LayoutResult layout(const GraphvizRequest &request);

    void cancel() noexcept { m_cancelled.store(true); }
    bool isCancelled() const noexcept { return m_cancelled.load(); }

    // The full path of the engine's program on PATH, or an empty string.
    static QString findProgram(GraphvizEngine engine);

Q_SIGNALS:
    void processStarted(const QString &program);
    void processFinished(int exitCode);

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace chiptrail::layout
