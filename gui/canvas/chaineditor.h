// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"
#include "panels/caseoutlinemodel.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace chiptrail::gui {

class CaseSession;
class ChainScene;
class ChainView;

// Turns what the user does on the canvas (toolbar, context menu, double-click, Delete,
// Shift-drag between parties, dragging cards) into undoable commands on the case.
class ChainEditor : public QObject
{
    Q_OBJECT
public:
    ChainEditor(CaseSession *session, ChainScene *scene, ChainView *view, QWidget *dialogParent);

    QAction *addPartyAction() const { return m_addParty; }
    QAction *addLinkAction() const { return m_addLink; }
    QAction *addSiteAction() const { return m_addSite; }
    QAction *addProductAction() const { return m_addProduct; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }

    // Opens the form for a new party at a place on the canvas (scene coordinates).
    void addPartyAt(const QPointF &scenePos);
    void addLinkBetween(PartyId from, PartyId to);
    void editParty(PartyId id);
    void editLink(LinkId id);
    void editSite(SiteId id);
    void editProduct(ProductId id);
    void deleteSelection();
    // Any subject of the case, wherever it was chosen (outline, canvas, details): its form, or
    // its removal as one undoable edit. Sites and products have no card; this is their way in.
    void editSubject(const OutlineSubject &subject);
    void deleteSubject(const OutlineSubject &subject);
    void addSubjectActions(QMenu &menu, const OutlineSubject &subject);
    void setCurrentSubject(const OutlineSubject &subject) { m_current = subject; updateActions(); }
    void updateActions(); // after the case or the selection changed

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showContextMenu(const QPoint &viewPos);
    template <typename Command, typename... Args>
    bool perform(const QString &action, Args &&...args);

    CaseSession *m_session;
    ChainScene *m_scene;
    ChainView *m_view;
    QWidget *m_viewport = nullptr;
    QWidget *m_dialogParent;
    QAction *m_addParty, *m_addLink, *m_addSite, *m_addProduct, *m_edit, *m_delete;
    OutlineSubject m_current; // the window's current subject, for Edit when the canvas has no selection
};

} // namespace chiptrail::gui
