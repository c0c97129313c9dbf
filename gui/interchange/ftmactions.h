// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/jobtracker.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace chiptrail::gui {

class CaseSession;

// File → Export → FollowTheMoney and File → Import FollowTheMoney. Both run off the GUI thread
// with a progress dialog and Cancel: the export reads the case through its own read-only
// connection and writes the file atomically; the import reads and checks the file, then adds
// what it found to the open case as one undoable edit (or nothing, when cancelled or refused).
class FtmActions : public QObject
{
    Q_OBJECT
public:
    FtmActions(CaseSession *session, QWidget *window);

    // Adds the two actions to the File menu, before `before` (null: at the end).
    static FtmActions *install(CaseSession *session, QWidget *window, QMenu *fileMenu, QAction *before = nullptr);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

    // The work without the file dialogs (tests, guide screenshots).
    void exportTo(const QString &path);
    void importFrom(const QString &path);
    bool isRunning() const { return m_jobs.isRunning(); }
    void waitForIdle() { m_jobs.waitForIdle(); }

Q_SIGNALS:
    void exported(const QString &path);
    void imported(const QString &summary);
    void failed(const QString &message);

private:
    QProgressDialog *progressDialog(const QString &label);
    void showError(const QString &title, const QString &message);
    void showStatus(const QString &message);

    CaseSession *m_session;
    QWidget *m_window;
    QAction *m_export;
    QAction *m_import;
    QPointer<QProgressDialog> m_progress;
    JobTracker m_jobs; // last: destroyed first, so the worker has stopped before the rest goes
};

} // namespace chiptrail::gui
