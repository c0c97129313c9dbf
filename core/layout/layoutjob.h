// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dotwriter.h"
#include "graphvizrunner.h"
#include "incrementallayout.h"
#include "layoutgraph.h"
#include "layoutresult.h"
#include "pinning.h"
#include "tieredlayout.h"

#include <QObject>
#include <atomic>
#include <optional>

namespace chiptrail::layout {

enum class LayoutStrategy {
    Auto,    // dot for small graphs, the built-in tiered layout (or sfdp, untiered) for big ones
    Dot,     // always Graphviz dot
    Sfdp,    // always Graphviz sfdp (force-directed: no tiers, no country boxes)
    Builtin  // always the built-in tiered layout (no Graphviz needed)
};

struct LayoutOptions
{
    LayoutStrategy strategy = LayoutStrategy::Auto;
    bool ranks = true;       // tiers as columns
    bool clusters = true;    // countries as boxes
    bool edgeLabels = false; // room for edge labels (slow in Graphviz)
    // Auto, tiered: dot up to this many nodes, the built-in layout above. dot needs ~0.3 s for
    // 1,000 tiered parties with clusters and grows fast beyond (docs/layout.md).
    int dotMaxNodes = 1500;
    // dot from this many nodes gets cheaper search limits (-Gnslimit=1 -Gmclimit=0.2
    // -Gsearchsize=10): about a third faster at 2,500 nodes, slightly more crossings.
    int dotFastFromNodes = 1000;
    // Auto, untiered (ranks off): dot below this many nodes, sfdp from here. Unconstrained dot
    // is slow (10-15 s for 1,000 parties), so the switch comes early.
    int sfdpMinNodes = 300;
    int timeoutMs = 60'000;       // per Graphviz run
    // When Graphviz is missing, crashes, fails or times out, use the built-in layout and say why
    // in LayoutJob::fallbackMessage(). Off: the LayoutError reaches the caller.
    bool fallbackToBuiltin = true;
    QString dotProgram;           // empty: "dot" on PATH
    QString sfdpProgram;          // empty: "sfdp" on PATH
    TieredLayoutOptions tiered;   // spacing of the built-in layout (its `cancelled` is ignored)
};

// What will run, decided from the size of the graph and the options alone.
struct LayoutPlan
{
    LayoutStrategy engine = LayoutStrategy::Builtin; // never Auto
    DotOptions dot;              // for Dot and Sfdp
    QStringList arguments;       // extra Graphviz arguments
    QString reason;              // one line for the status bar / the bench output
};

LayoutPlan planLayout(const LayoutGraph &graph, const LayoutOptions &options);

// One layout, start to finish: plan, DOT, Graphviz (or the built-in layout), parse, pins.
// The result is aligned with the graph: result.nodes[i] is graph().nodes[i] and
// result.edges[i] is graph().edges[i], with the canvas's own sizes and labels.
//
// run() blocks: call it from a worker thread, e.g.
//     auto *job = new LayoutJob(graph, options, pins);
//     QFuture<LayoutResult> f = QtConcurrent::run([job] { return job->run(); });
// and connect a Cancel button to job->cancel() (thread-safe). Cancelling throws
// LayoutError(Cancelled) out of run(). A job runs once.
class LayoutJob : public QObject
{
    Q_OBJECT
public:
    LayoutJob(LayoutGraph graph, LayoutOptions options, QList<PinnedPosition> pins = {},
              QObject *parent = nullptr);

    LayoutResult run();
    void cancel() noexcept;

    // Lays out only the connected components that changed since `settled` (incrementallayout.h);
    // every other node keeps its centre exactly. Call before run(); plan() then describes what
    // runs on the changed part. Pins still hold, without moving anything else.
    void setSettled(SettledLayout settled);
    // Nodes the engine places in run(): all of them, or those of the changed components.
    int nodesToLayOut() const;

    const LayoutGraph &graph() const { return m_graph; }
    const LayoutPlan &plan() const { return m_plan; }
    // Set when Graphviz failed and the built-in layout stood in: the user should know why.
    QString fallbackMessage() const { return m_fallbackMessage; }

Q_SIGNALS:
    // Emitted from the thread that runs the job: connect with a queued connection.
    void stageChanged(const QString &stage);

private:
    LayoutResult runBuiltin(const LayoutGraph &graph);
    LayoutResult runEngine(const LayoutGraph &graph, const LayoutPlan &plan);

    LayoutGraph m_graph;
    LayoutOptions m_options;
    QList<PinnedPosition> m_pins;
    LayoutPlan m_plan;
    GraphvizRunner m_runner;
    std::atomic<bool> m_cancelled{false};
    QString m_fallbackMessage;
    std::optional<SettledLayout> m_settled;
    QList<QList<int>> m_components; // with m_settled
    QList<int> m_changed;           // indices into m_components
    LayoutGraph m_changedGraph;     // the changed components' nodes and edges
};

} // namespace chiptrail::layout
