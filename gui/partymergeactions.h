// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QObject>
#include <QSet>

class QAction;
class QTreeView;
class QWidget;

namespace chiptrail::gui {

class CaseSession;
class ChainScene;

// Edit → Merge Parties… (two or more parties chosen on the canvas or in the outline), the card's
// "Merge With…" (one party), and Tools → Find Possible Duplicates….
class PartyMergeActions : public QObject
{
    Q_OBJECT
public:
    PartyMergeActions(CaseSession *session, ChainScene *scene, QTreeView *outline, QWidget *dialogParent);

    QAction *mergeAction() const { return m_merge; }         // two or more parties chosen
    QAction *mergeWithAction() const { return m_mergeWith; } // exactly one: the other is picked in the dialog
    QAction *findDuplicatesAction() const { return m_findDuplicates; }

    // The parties chosen: on the canvas, or else in the outline.
    QList<PartyId> selectedParties() const;

private:
    void updateActions();
    void openMergeDialog();
    void openDuplicatesDialog();

    CaseSession *m_session;
    ChainScene *m_scene;
    QTreeView *m_outline;
    QWidget *m_dialogParent;
    QAction *m_merge, *m_mergeWith, *m_findDuplicates;
    QSet<QPair<qint64, qint64>> m_notSame; // pairs set aside in this session, for the open case
};

} // namespace chiptrail::gui
