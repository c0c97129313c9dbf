// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutcontroller.h"

#include "canvas/canvasgraph.h"
#include "canvas/chainscene.h"
#include "canvas/chainstyle.h"
#include "casesession.h"
#include "commands/entitycommands.h"
#include "error.h"
#include "layout/layoutjob.h"
#include "layout/pinning.h"

#include <QAction>
#include <QElapsedTimer>

namespace chiptrail::gui {

LayoutController::LayoutController(CaseSession *session, ChainScene *scene, QObject *parent)
    : QObject(parent), m_session(session), m_scene(scene)
{
    m_relayout = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Re-layout Chain"), this);
    m_relayout->setObjectName(QStringLiteral("relayout"));
    m_relayout->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    m_relayout->setToolTip(tr("Arrange the chain in tiers by role and boxes by country; parties placed by hand stay"));
    connect(m_relayout, &QAction::triggered, this, [this] { relayout(true); });
    m_cancel = new QAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("Cancel Layout"), this);
    m_cancel->setEnabled(false);
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_session, &CaseSession::caseReplaced, this, [this] {
        // Places worked out for the old case name its parties, not this case's.
        if (m_job)
            m_job->cancel();
        m_jobs.cancel();
        m_job.reset();
        m_relayout->setEnabled(true);
        m_cancel->setEnabled(false);
        m_settledEdges.reset();
    });
}

LayoutController::~LayoutController()
{
    if (m_job)
        m_job->cancel(); // m_jobs waits for it
}

QList<NodePosition> LayoutController::storedPlaces() const { return m_session->document()->positions(); }

void LayoutController::placeNewParties()
{
    if (!m_session->hasCase() || isRunning())
        return;
    const layout::LayoutGraph graph = canvasLayoutGraph(m_session->document()->data());
    if (!m_settledEdges) {
        // The first look at this case: what the file holds was laid out with the links it has.
        m_settledEdges.emplace();
        for (const layout::LayoutEdge &edge : graph.edges)
            m_settledEdges->insert(edge.id);
    }
    const QList<NodePosition> stored = storedPlaces();
    layout::SettledLayout settled;
    settled.centres.reserve(stored.size());
    for (const auto &p : stored)
        settled.centres.insert(QStringLiteral("p%1").arg(p.party.value), p.position);
    settled.edges = *m_settledEdges;

    layout::LayoutOptions options;
    // With places on screen already, a failing Graphviz should leave them alone and say why;
    // with none, the built-in layout is better than a pile of cards.
    options.fallbackToBuiltin = stored.isEmpty();
    auto job = std::make_shared<layout::LayoutJob>(graph, options, layout::pinnedPositions(graph, pinnedOnly(stored)));
    job->setSettled(std::move(settled));
    if (job->nodesToLayOut() == 0)
        return;
    m_undoable = false;
    start(std::move(job));
}

void LayoutController::relayout(bool asUndoableEdit)
{
    if (!m_session->hasCase() || isRunning())
        return;
    m_undoable = asUndoableEdit;
    const layout::LayoutGraph graph = canvasLayoutGraph(m_session->document()->data());
    const QList<NodePosition> stored = storedPlaces();
    layout::LayoutOptions options;
    options.fallbackToBuiltin = stored.isEmpty();
    start(std::make_shared<layout::LayoutJob>(graph, options, layout::pinnedPositions(graph, pinnedOnly(stored))));
}

void LayoutController::start(std::shared_ptr<layout::LayoutJob> job)
{
    m_job = std::move(job);
    m_relayout->setEnabled(false);
    m_cancel->setEnabled(true);
    Q_EMIT message(tr("Laying out %n parties (%1)… View → Cancel Layout stops it.", nullptr, m_job->nodesToLayOut()).arg(m_job->plan().reason), 0);
    std::shared_ptr<layout::LayoutJob> running = m_job;
    m_jobs.start([this, running](const JobTracker::StopFlag &) -> JobTracker::Delivery {
        Outcome outcome;
        try {
            outcome.result = running->run();
            outcome.notice = running->fallbackMessage();
        } catch (const CaseError &error) {
            outcome.error = error.message();
        }
        return [this, outcome, running] { applyOutcome(outcome, running); };
    });
}

void LayoutController::applyOutcome(const Outcome &outcome, const std::shared_ptr<layout::LayoutJob> &job)
{
    m_relayout->setEnabled(true);
    m_cancel->setEnabled(false);
    m_job.reset();
    if (!outcome.error.isEmpty()) {
        Q_EMIT message(QString(), 0);
        Q_EMIT failed(tr("Layout"), tr("%1\nThe chain keeps its current places.").arg(outcome.error));
        Q_EMIT finished();
        return;
    }
    if (!m_session->hasCase()) {
        Q_EMIT finished();
        return;
    }
    QHash<qint64, NodePosition> stored;
    for (const auto &p : storedPlaces())
        stored.insert(p.party.value, p);
    QList<NodePosition> places;
    const auto &nodes = job->graph().nodes;
    for (int i = 0; i < nodes.size() && i < outcome.result.nodes.size(); ++i) {
        const PartyId party = nodes.at(i).party;
        if (!party.isValid())
            continue;
        const auto old = stored.constFind(party.value);
        const QPointF centre = outcome.result.nodes.at(i).centre;
        // The cache only needs what moved: after a small edit, a few rows of 20,000.
        if (m_undoable || old == stored.constEnd() || old->position != centre)
            places.append({party, centre, old != stored.constEnd() && old->pinned});
    }
    m_settledEdges.emplace();
    for (const layout::LayoutEdge &edge : job->graph().edges)
        m_settledEdges->insert(edge.id);
    try {
        if (m_undoable)
            m_session->perform(std::make_unique<MoveNodesCommand>(m_session, places, tr("Re-layout chain")));
        else if (!places.isEmpty())
            m_session->store()->setNodePositions(places); // a cache of the layout, not an edit
    } catch (const CaseError &error) {
        Q_EMIT failed(tr("Layout"), error.message());
    }
    Q_EMIT message(outcome.notice.isEmpty() ? tr("Laid out with %1.").arg(job->plan().reason) : outcome.notice, 8000);
    Q_EMIT finished();
}

} // namespace chiptrail::gui
