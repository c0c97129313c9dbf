// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutjob.h"

#include "paralleledges.h"

#include <QCoreApplication>
#include <QHash>

namespace chiptrail::layout {

namespace {

struct Layout
{
    Q_DECLARE_TR_FUNCTIONS(Layout)
};

// Puts nodes and edges in the graph's order (Graphviz lists them cluster by cluster), with the
// canvas's own sizes (Graphviz rounds inches) and labels (layout runs leave them out). An edge
// the engine gave no route gets a straight line; a node it lost would be a bug: BadOutput.
void alignToGraph(LayoutResult &result, const LayoutGraph &graph)
{
    QHash<QString, int> nodeAt, edgeAt;
    for (int i = 0; i < result.nodes.size(); ++i)
        nodeAt.insert(result.nodes.at(i).id, i);
    for (int i = 0; i < result.edges.size(); ++i)
        edgeAt.insert(result.edges.at(i).id, i);

    QList<NodeGeometry> nodes;
    nodes.reserve(graph.nodes.size());
    for (const LayoutNode &node : graph.nodes) {
        const int i = nodeAt.value(node.id, -1);
        if (i < 0)
            throw LayoutError(LayoutError::Kind::BadOutput,
                              Layout::tr("The layout has no place for node %1.").arg(node.id));
        NodeGeometry g = result.nodes.at(i);
        g.size = node.size;
        g.label = node.label;
        nodes.append(g);
    }
    QList<EdgeGeometry> edges;
    edges.reserve(graph.edges.size());
    for (const LayoutEdge &edge : graph.edges) {
        const int i = edgeAt.value(edge.id, -1);
        if (i >= 0 && !result.edges.at(i).points.isEmpty()) {
            edges.append(result.edges.at(i));
        } else {
            EdgeGeometry g;
            g.id = edge.id;
            g.from = graph.nodes.at(edge.from).id;
            g.to = graph.nodes.at(edge.to).id;
            routeStraight(g, nodes.at(edge.from), nodes.at(edge.to));
            edges.append(g);
        }
        edges.last().label = edge.label;
    }
    result.nodes = std::move(nodes);
    result.edges = std::move(edges);
}

} // namespace

LayoutPlan planLayout(const LayoutGraph &graph, const LayoutOptions &options)
{
    const qsizetype n = graph.nodes.size();
    LayoutPlan plan;
    plan.dot.ranks = options.ranks;
    plan.dot.clusters = options.clusters;
    plan.dot.edgeLabels = options.edgeLabels;
    plan.dot.nodeLabels = true;

    LayoutStrategy engine = options.strategy;
    if (engine == LayoutStrategy::Auto) {
        if (graph.collapsedByCountry)
            engine = LayoutStrategy::Dot; // one node per country: always small
        else if (options.ranks)
            engine = n <= options.dotMaxNodes ? LayoutStrategy::Dot : LayoutStrategy::Builtin;
        else
            engine = n < options.sfdpMinNodes ? LayoutStrategy::Dot : LayoutStrategy::Sfdp;
    }
    plan.engine = engine;
    switch (engine) {
    case LayoutStrategy::Dot:
        if (n >= options.dotFastFromNodes)
            plan.arguments = {QStringLiteral("-Gnslimit=1"), QStringLiteral("-Gmclimit=0.2"),
                              QStringLiteral("-Gsearchsize=10")};
        plan.reason = QCoreApplication::translate("Layout", "Graphviz dot, %n node(s)", nullptr, int(n));
        break;
    case LayoutStrategy::Sfdp:
        // sfdp knows neither ranks nor clusters: leave them (and their invisible skeleton) out.
        // prism removes node overlaps cheaply; straight edges spare the spline router, which
        // is most of sfdp's time on big graphs.
        plan.dot.ranks = false;
        plan.dot.clusters = false;
        plan.arguments = {QStringLiteral("-Goverlap=prism"), QStringLiteral("-Gsplines=false")};
        plan.reason = QCoreApplication::translate("Layout", "Graphviz sfdp, %n node(s)", nullptr, int(n));
        break;
    case LayoutStrategy::Builtin:
    case LayoutStrategy::Auto:
        plan.engine = LayoutStrategy::Builtin;
        plan.reason = QCoreApplication::translate("Layout", "built-in tiered layout, %n node(s)", nullptr, int(n));
        break;
    }
    return plan;
}

LayoutJob::LayoutJob(LayoutGraph graph, LayoutOptions options, QList<PinnedPosition> pins,
                     QObject *parent)
    : QObject(parent),
      m_graph(std::move(graph)),
      m_options(std::move(options)),
      m_pins(std::move(pins)),
      m_plan(planLayout(m_graph, m_options)),
      m_runner(this) // a child: moveToThread() takes it along
{
}

void LayoutJob::cancel() noexcept
{
    m_cancelled.store(true);
    m_runner.cancel();
}

LayoutResult LayoutJob::runBuiltin(const LayoutGraph &graph)
{
    Q_EMIT stageChanged(Layout::tr("Built-in layout"));
    TieredLayoutOptions tiered = m_options.tiered;
    tiered.clusters = m_options.clusters;
    tiered.cancelled = &m_cancelled;
    return tieredLayout(graph, tiered);
}

void LayoutJob::setSettled(SettledLayout settled)
{
    m_components = connectedComponents(m_graph);
    m_changed = changedComponents(m_graph, m_components, settled);
    QList<int> nodes;
    for (const int c : std::as_const(m_changed))
        nodes += m_components.at(c);
    m_changedGraph = inducedSubgraph(m_graph, nodes);
    m_plan = planLayout(m_changedGraph, m_options);
    m_settled = std::move(settled);
}

int LayoutJob::nodesToLayOut() const
{
    return int(m_settled ? m_changedGraph.nodes.size() : m_graph.nodes.size());
}

// Engine, parallel links and alignment with `graph`: the part a full and an incremental run share.
LayoutResult LayoutJob::runEngine(const LayoutGraph &graph, const LayoutPlan &plan)
{
    LayoutResult result;
    if (plan.engine == LayoutStrategy::Builtin) {
        result = runBuiltin(graph);
    } else {
        GraphvizRequest request;
        request.engine = plan.engine == LayoutStrategy::Sfdp ? GraphvizEngine::Sfdp
                                                             : GraphvizEngine::Dot;
        request.program = request.engine == GraphvizEngine::Sfdp ? m_options.sfdpProgram
                                                                 : m_options.dotProgram;
        request.extraArguments = plan.arguments;
        request.timeoutMs = m_options.timeoutMs;
        // Node labels do not move anything (fixed sizes): leave them out of layout runs.
        DotOptions dotOptions = plan.dot;
        dotOptions.nodeLabels = false;
        request.dot = writeDot(graph, dotOptions);
        Q_EMIT stageChanged(Layout::tr("Running %1").arg(graphvizProgramName(request.engine)));
        try {
            result = m_runner.layout(request);
        } catch (const LayoutError &e) {
            if (e.kind() == LayoutError::Kind::Cancelled || !m_options.fallbackToBuiltin)
                throw;
            m_fallbackMessage = e.message();
            result = runBuiltin(graph);
        }
        addParallelEdges(result, graph);
    }
    alignToGraph(result, graph);
    if (m_cancelled.load())
        throw LayoutError(LayoutError::Kind::Cancelled, Layout::tr("The layout was cancelled."));
    return result;
}

LayoutResult LayoutJob::run()
{
    if (!m_settled) {
        LayoutResult result = runEngine(m_graph, m_plan);
        applyPinnedPositions(result, m_pins);
        return result;
    }
    LayoutResult fresh;
    if (!m_changedGraph.nodes.isEmpty())
        fresh = runEngine(m_changedGraph, m_plan);
    LayoutResult result = mergeIncremental(m_graph, m_components, m_changed, fresh, *m_settled);
    applyPinnedPositions(result, m_pins, false);
    return result;
}

} // namespace chiptrail::layout
