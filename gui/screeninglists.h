// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/jobtracker.h"

#include <QObject>

class QAction;
class QWidget;

namespace chiptrail::gui {

class CaseSession;

// Tools → Screening Lists…: the action that opens the dialog, and the user's active lists
// (rules/liststore.h) read and indexed off the GUI thread and handed to the document, which then
// checks the case again once. The window reads them at start and after every change in the dialog.
class ScreeningLists : public QObject
{
    Q_OBJECT
public:
    ScreeningLists(CaseSession *session, QWidget *window);
    QAction *action() const { return m_action; }
    void reload();
    bool isLoading() const { return m_jobs.isRunning(); }
    void waitForLoaded() { m_jobs.waitForIdle(); } // tests

Q_SIGNALS:
    void failed(const QString &title, const QString &message);
    void loaded();

private:
    void openDialog();

    CaseSession *m_session;
    QWidget *m_window;
    QAction *m_action;
    JobTracker m_jobs;
};

} // namespace chiptrail::gui
