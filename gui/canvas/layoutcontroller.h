// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/jobtracker.h"
#include "layout/layoutresult.h"
#include "store/casestore.h"

#include <QObject>
#include <QSet>
#include <optional>

class QAction;

namespace chiptrail::layout {
class LayoutJob;
}

namespace chiptrail::gui {

class CaseSession;

// Lays the chain out with Graphviz (or the built-in tiered layout for big cases) off the GUI
// thread, with cancel. Parties the user dragged keep their places (pinned). After an edit only the
// connected components that gained a party without a place are laid out again (the others keep
// their places; cards added on the canvas come with a place, see cardplacement.h); a case opened
// without stored places is laid out at once; one opened with them gets dot's lines for them (dot
// is run again off the GUI thread: it gives the same places). The places are a cache in
// the case file, not an edit; "Re-layout" lays out everything and is an undoable edit. Even the
// layout graph is built in the background: an edit of a 20,000-party case costs the GUI thread
// nothing here.
class LayoutController : public QObject
{
    Q_OBJECT
public:
    LayoutController(CaseSession *session, QObject *parent = nullptr);
    ~LayoutController() override;

    QAction *relayoutAction() const { return m_relayout; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *unpinAllAction() const { return m_unpinAll; }
    bool isRunning() const { return m_jobs.isRunning() || m_placeAgain; }

    // Lays out the components with a party that has no place yet or a link that is new since the
    // last layout (called after the case was opened or edited); does nothing when there are none.
    void placeNewParties();
    void relayout(bool asUndoableEdit);
    // Every card may be moved by Re-layout again (one undoable edit; the places stay as they are).
    void unpinAll();

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);
    void failed(const QString &action, const QString &message);
    void finished();
    // After the places of a layout were applied, and after a case was opened with its places: dot's
    // splines (the canvas draws those whose cards stand at dot's places, see LinkPlacer).
    void laidOut(const layout::LayoutResult &result);

private:
    struct Outcome
    {
        layout::LayoutResult result;
        QString error;
        QString notice;
        std::shared_ptr<layout::LayoutJob> job; // null: nothing needed laying out
        QSet<QString> edges;                    // the links the places were made with
    };
    void start(bool incremental);
    void drawLinesOfStoredPlaces();
    void linesDrawn(const layout::LayoutResult &result);
    bool everyPartyPlaced() const;
    void started(const std::shared_ptr<layout::LayoutJob> &job);
    void applyOutcome(const Outcome &outcome);

    CaseSession *m_session;
    QAction *m_relayout;
    QAction *m_cancel;
    QAction *m_unpinAll;
    std::shared_ptr<layout::LayoutJob> m_job; // the running one, for Cancel
    JobTracker m_jobs;
    bool m_undoable = false;
    bool m_placeAgain = false; // an edit came in while a layout ran
    bool m_linesWanted = false; // a case was opened: its places may be dot's, and then so are its lines
};

} // namespace chiptrail::gui
