// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>

#include "layout/layoutresult.h"

class QAction;

namespace chiptrail::layout {
class LayoutJob;
}

namespace chiptrail::gui {

class CaseSession;
class ChainScene;

// Lays the chain out with Graphviz (or the built-in tiered layout for big cases) off the GUI
// thread, with cancel. Parties the user placed by hand keep their places. A case opened without
// stored places is laid out at once and the places are cached in the case file; "Re-layout"
// is an undoable edit.
class LayoutController : public QObject
{
    Q_OBJECT
public:
    LayoutController(CaseSession *session, ChainScene *scene, QObject *parent = nullptr);
    ~LayoutController() override;

    QAction *relayoutAction() const { return m_relayout; }
    QAction *cancelAction() const { return m_cancel; }
    bool isRunning() const { return m_watcher.isRunning(); }

    // Lays out when some parties have no place yet (called after the case was reloaded).
    void placeNewParties();
    void relayout(bool asUndoableEdit);

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);
    void failed(const QString &action, const QString &message);
    void finished();

private:
    struct Outcome
    {
        layout::LayoutResult result;
        QString error;
        QString notice;
    };
    void applyOutcome();

    CaseSession *m_session;
    ChainScene *m_scene;
    QAction *m_relayout;
    QAction *m_cancel;
    std::shared_ptr<layout::LayoutJob> m_job;
    QFutureWatcher<Outcome> m_watcher;
    bool m_undoable = false;
};

} // namespace chiptrail::gui
