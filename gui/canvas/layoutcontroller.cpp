// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutcontroller.h"

#include "picture/chainlayout.h"
#include "picture/graphvizlines.h"
#include "casesession.h"
#include "commands/entitycommands.h"
#include "error.h"
#include "layout/graphvizrunner.h"
#include "layout/layoutjob.h"
#include "layout/pinning.h"

#include <QAction>
#include <QPointer>
#include <QTimer>

namespace chiptrail::gui {

LayoutController::LayoutController(CaseSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_relayout = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Re-layout Chain"), this);
    m_relayout->setObjectName(QStringLiteral("relayout"));
    m_relayout->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    m_relayout->setToolTip(tr("Arrange the chain in tiers by role and boxes by country; parties placed by hand stay"));
    connect(m_relayout, &QAction::triggered, this, [this] { relayout(true); });
    m_unpinAll = new QAction(tr("&Unpin All"), this);
    m_unpinAll->setObjectName(QStringLiteral("unpinAll"));
    m_unpinAll->setToolTip(tr("Let Re-layout move every card again, also those you dragged"));
    connect(m_unpinAll, &QAction::triggered, this, &LayoutController::unpinAll);
    m_cancel = new QAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("Cancel Layout"), this);
    m_cancel->setEnabled(false);
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (m_job)
            m_job->cancel(); // run() throws Cancelled: the outcome says so
    });
    connect(&m_jobs, &JobTracker::runningChanged, this, [this](bool running) {
        m_relayout->setEnabled(!running);
        if (!running)
            m_cancel->setEnabled(false);
    });
    connect(m_session, &CaseSession::caseReplaced, this, [this] {
        // Places worked out for the old case name its parties, not this case's.
        if (m_job)
            m_job->cancel();
        m_jobs.cancel();
        m_job.reset();
        m_placeAgain = false;
        m_linesWanted = true;
    });
}

LayoutController::~LayoutController()
{
    if (m_job)
        m_job->cancel(); // m_jobs waits for it
}

void LayoutController::placeNewParties()
{
    if (!m_session->hasCase())
        return;
    if (m_jobs.isRunning()) { // once this one is done, with the case as it is then
        m_placeAgain = true;
        return;
    }
    // A new link moves nothing (see start()): with every party placed there is nothing to lay
    // out, and a background run would only build the whole layout graph to find that out, on the
    // core the rule checks and the next paint need.
    if (everyPartyPlaced()) {
        if (std::exchange(m_linesWanted, false) && !m_session->document()->data().links.isEmpty())
            drawLinesOfStoredPlaces(); // the places are all there: only dot's lines follow
        Q_EMIT finished();
        return;
    }
    m_linesWanted = false; // the layout brings its lines
    m_undoable = false;
    start(true);
}

bool LayoutController::everyPartyPlaced() const
{
    const CaseDocument *document = m_session->document();
    const QList<NodePosition> positions = document->positions();
    if (positions.size() < document->data().parties.size())
        return false;
    QSet<qint64> placed;
    placed.reserve(positions.size());
    for (const NodePosition &p : positions)
        placed.insert(p.party.value);
    for (const Party &party : document->data().parties)
        if (!placed.contains(party.id.value))
            return false;
    return true;
}

void LayoutController::relayout(bool asUndoableEdit)
{
    if (!m_session->hasCase() || m_jobs.isRunning())
        return;
    m_undoable = asUndoableEdit;
    start(false);
}

void LayoutController::unpinAll()
{
    if (!m_session->hasCase())
        return;
    QList<NodePosition> unpinned;
    for (NodePosition p : m_session->document()->positions())
        if (std::exchange(p.pinned, false))
            unpinned.append(p);
    if (!unpinned.isEmpty())
        m_session->attempt(tr("Unpin all"), std::make_unique<MoveNodesCommand>(m_session, unpinned, tr("Unpin all")));
}

void LayoutController::start(bool incremental)
{
    // The worker gets copies (shared, not copied, until the next edit) and builds the graph itself.
    const CaseData data = m_session->document()->data();
    const QList<NodePosition> stored = m_session->document()->positions();
    QPointer<LayoutController> self(this);
    m_jobs.start([self, data, stored, incremental](const JobTracker::StopFlag &stop) -> JobTracker::Delivery {
        Outcome outcome;
        const layout::LayoutGraph graph = picture::canvasLayoutGraph(data);
        for (const layout::LayoutEdge &edge : graph.edges)
            outcome.edges.insert(edge.id);
        layout::LayoutOptions options;
        // With places on screen already, a failing Graphviz should leave them alone and say why;
        // with none, the built-in layout is better than a pile of cards.
        options.fallbackToBuiltin = stored.isEmpty();
        auto job = std::make_shared<layout::LayoutJob>(graph, options, layout::pinnedPositions(graph, picture::pinnedOnly(stored)));
        if (incremental) {
            layout::SettledLayout settled;
            settled.centres.reserve(stored.size());
            for (const auto &p : stored)
                settled.centres.insert(QStringLiteral("p%1").arg(p.party.value), p.position);
            // A new link moves nothing: the card added by hand was placed next to its partner
            // when the link was made (ChainEditor), and a layout run over the component would
            // push it onto other countries' boxes. Only parties without a place are laid out.
            settled.edges = outcome.edges;
            job->setSettled(std::move(settled));
            if (job->nodesToLayOut() == 0 || *stop)
                return [self, outcome] {
                    if (self)
                        self->applyOutcome(outcome);
                };
        }
        QMetaObject::invokeMethod(self.data(), [self, job] {
            if (self)
                self->started(job);
        }, Qt::QueuedConnection);
        try {
            outcome.result = job->run();
            outcome.notice = job->fallbackMessage();
        } catch (const CaseError &error) {
            outcome.error = error.message();
        }
        outcome.job = job;
        return [self, outcome] {
            if (self)
                self->applyOutcome(outcome);
        };
    });
}

void LayoutController::drawLinesOfStoredPlaces()
{
    const CaseData data = m_session->document()->data();
    QPointer<LayoutController> self(this);
    m_jobs.start([self, data](const JobTracker::StopFlag &stop) -> JobTracker::Delivery {
        layout::LayoutResult result;
        if (const auto request = picture::dotLinesRequest(data); request && !*stop) {
            try {
                layout::GraphvizRunner runner;
                result = runner.layout(*request);
            } catch (const CaseError &) {
                // Without dot the lines stay the canvas's own; the layout says why when it runs.
            }
        }
        return [self, result] {
            if (self)
                self->linesDrawn(result);
        };
    });
}

void LayoutController::linesDrawn(const layout::LayoutResult &result)
{
    // Not finished(): nothing was placed (the window fits the chain once its places are done).
    if (!result.edges.isEmpty())
        Q_EMIT laidOut(result); // lines only where the cards still stand at dot's places
    if (std::exchange(m_placeAgain, false))
        placeNewParties();
}

void LayoutController::started(const std::shared_ptr<layout::LayoutJob> &job)
{
    if (!m_jobs.isRunning())
        return; // its result was dropped already
    m_job = job;
    m_cancel->setEnabled(true);
    Q_EMIT message(tr("Laying out %n parties (%1)… View → Cancel Layout stops it.", nullptr, job->nodesToLayOut())
                       .arg(job->plan().reason),
                   0);
}

void LayoutController::applyOutcome(const Outcome &outcome)
{
    if (m_session->document()->isEditing()) {
        // A long edit is under way and lets the window paint (File → Import Table's progress):
        // the places must not become part of its transaction. They follow once it is done.
        QTimer::singleShot(50, this, [this, outcome] { applyOutcome(outcome); });
        return;
    }
    m_job.reset();
    const std::shared_ptr<layout::LayoutJob> &job = outcome.job;
    if (!job) { // nothing new to place
    } else if (!outcome.error.isEmpty()) {
        Q_EMIT message(QString(), 0);
        Q_EMIT failed(tr("Layout"), tr("%1\nThe chain keeps its current places.").arg(outcome.error));
    } else if (m_session->hasCase()) {
        QHash<qint64, NodePosition> stored;
        for (const auto &p : m_session->document()->positions())
            stored.insert(p.party.value, p);
        QList<NodePosition> places;
        const auto &nodes = job->graph().nodes;
        for (int i = 0; i < nodes.size() && i < outcome.result.nodes.size(); ++i) {
            const PartyId party = nodes.at(i).party;
            if (!party.isValid() || !m_session->document()->party(party))
                continue; // removed while the layout ran
            const auto old = stored.constFind(party.value);
            const QPointF centre = outcome.result.nodes.at(i).centre;
            // The cache only needs what moved: after a small edit, a few rows of 20,000.
            if (m_undoable || old == stored.constEnd() || old->position != centre)
                places.append({party, centre, old != stored.constEnd() && old->pinned});
        }
        try {
            if (m_undoable)
                m_session->perform(std::make_unique<MoveNodesCommand>(m_session, places, tr("Re-layout chain")));
            else if (!places.isEmpty())
                m_session->document()->placeUnstored(places); // a cache of the layout, not an edit
            Q_EMIT laidOut(outcome.result);
        } catch (const CaseError &error) {
            Q_EMIT failed(tr("Layout"), error.message());
        }
        Q_EMIT message(outcome.notice.isEmpty() ? tr("Laid out with %1.").arg(job->plan().reason) : outcome.notice, 8000);
    }
    if (std::exchange(m_placeAgain, false))
        placeNewParties(); // an edit arrived while this one ran
    if (!m_jobs.isRunning())
        Q_EMIT finished();
}

} // namespace chiptrail::gui
