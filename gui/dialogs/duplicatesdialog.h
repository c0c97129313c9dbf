// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/jobtracker.h"
#include "rules/partyduplicates.h"

#include <QDialog>
#include <QSet>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace chiptrail::gui {

class CaseSession;

// Tools → Find Possible Duplicates…: pairs of parties whose names the screening's folding and
// matcher score alike, best first, each to merge (the merge dialog) or to set aside as not the
// same. The search runs off the GUI thread and again after each edit of the parties.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    // `notSame`: pairs (lower id, higher id) the user said are not the same; kept by the caller
    // for the session, so they stay hidden when the dialog is opened again.
    DuplicatesDialog(CaseSession *session, QSet<QPair<qint64, qint64>> *notSame, QWidget *parent = nullptr);

    QList<PossibleDuplicate> pairs() const { return m_shown; }
    bool isSearching() const { return m_job.isRunning(); }
    void waitForSearch() { m_job.waitForIdle(); } // tests

Q_SIGNALS:
    void searched(); // the list shows the newest result

private:
    void search();
    void showPairs(const QList<PossibleDuplicate> &pairs);
    void mergeCurrent();
    void setAsideCurrent();
    void updateButtons();

    CaseSession *m_session;
    QSet<QPair<qint64, qint64>> *m_notSame;
    JobTracker m_job;
    QList<PossibleDuplicate> m_found, m_shown;
    QLabel *m_status;
    QTreeWidget *m_list;
    QPushButton *m_merge, *m_notSameButton;
};

} // namespace chiptrail::gui
