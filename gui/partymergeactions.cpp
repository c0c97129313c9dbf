// SPDX-License-Identifier: GPL-3.0-or-later
#include "partymergeactions.h"

#include "canvas/chainscene.h"
#include "casesession.h"
#include "dialogs/duplicatesdialog.h"
#include "dialogs/mergepartiesdialog.h"
#include "document/casedocument.h"
#include "panels/caseoutlinemodel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTreeView>

namespace chiptrail::gui {

PartyMergeActions::PartyMergeActions(CaseSession *session, ChainScene *scene, QTreeView *outline, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_scene(scene), m_outline(outline), m_dialogParent(dialogParent),
      m_merge(new QAction(tr("&Merge Parties…"), this)), m_mergeWith(new QAction(tr("&Merge With…"), this)),
      m_findDuplicates(new QAction(tr("Find Possible &Duplicates…"), this))
{
    m_merge->setObjectName(QStringLiteral("mergeParties"));
    m_merge->setStatusTip(tr("Merge the chosen parties into one: they are the same"));
    m_mergeWith->setObjectName(QStringLiteral("mergePartyWith"));
    m_findDuplicates->setObjectName(QStringLiteral("findDuplicates"));
    m_findDuplicates->setStatusTip(tr("List parties whose names are alike, to merge them or set them aside"));
    connect(m_merge, &QAction::triggered, this, &PartyMergeActions::openMergeDialog);
    connect(m_mergeWith, &QAction::triggered, this, &PartyMergeActions::openMergeDialog);
    connect(m_findDuplicates, &QAction::triggered, this, &PartyMergeActions::openDuplicatesDialog);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &PartyMergeActions::updateActions);
    connect(m_session->document(), &CaseDocument::changed, this, &PartyMergeActions::updateActions);
    connect(m_session->document(), &CaseDocument::reset, this, [this] {
        m_notSame.clear();
        updateActions();
    });
    if (m_outline->selectionModel())
        connect(m_outline->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &PartyMergeActions::updateActions);
    updateActions();
}

QList<PartyId> PartyMergeActions::selectedParties() const
{
    QList<PartyId> ids;
    for (const PartyId id : m_scene->selectedParties())
        if (m_session->document()->party(id))
            ids << id;
    if (!ids.isEmpty())
        return ids;
    if (!m_outline->selectionModel())
        return ids;
    for (const QModelIndex &index : m_outline->selectionModel()->selectedIndexes()) {
        const OutlineSubject subject = CaseOutlineModel::subjectAt(index);
        if (subject.kind == OutlineSubject::Kind::Party && m_session->document()->party(PartyId(subject.id))
            && !ids.contains(PartyId(subject.id)))
            ids << PartyId(subject.id);
    }
    return ids;
}

void PartyMergeActions::updateActions()
{
    const bool hasCase = m_session->hasCase();
    const qsizetype chosen = hasCase ? selectedParties().size() : 0;
    m_merge->setEnabled(chosen >= 2);
    m_mergeWith->setEnabled(chosen == 1 && m_session->document()->data().parties.size() >= 2);
    m_findDuplicates->setEnabled(hasCase && m_session->document()->data().parties.size() >= 2);
}

void PartyMergeActions::openMergeDialog()
{
    const QList<PartyId> chosen = selectedParties();
    if (chosen.isEmpty())
        return;
    MergePartiesDialog dialog(m_session, chosen, m_dialogParent);
    dialog.exec();
}

void PartyMergeActions::openDuplicatesDialog()
{
    if (!m_session->hasCase())
        return;
    DuplicatesDialog dialog(m_session, &m_notSame, m_dialogParent);
    dialog.exec();
}

} // namespace chiptrail::gui
