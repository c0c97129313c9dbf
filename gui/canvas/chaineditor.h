// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/placement.h"
#include "model/entities.h"
#include "store/casestore.h"
#include "panels/caseoutlinemodel.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace chiptrail::gui {

class CardKeyboard;
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
    CardKeyboard *keyboard() const { return m_keyboard; }

    // Opens the form for a new party at a place on the canvas (scene coordinates).
    void addPartyAt(const QPointF &scenePos);
    // Opens the form for a new party that goes near a place, if any (see addParty).
    void addPartyNear(std::optional<QPointF> near, bool exactly = false);
    // What the form's OK does: the party, in its tier's column and its country's box, near `near`
    // (exactly there if there is room and `exactly`), on no other card; one undoable edit.
    // False when the edit failed (the user was told).
    bool addParty(const Party &party, std::optional<QPointF> near = std::nullopt, bool exactly = false);
    // Opens the link form from one party to another.
    void addLinkBetween(PartyId from, PartyId to);
    // What the link form's OK does: the link, and a lone card placed for the user moved next to
    // its partner, as one undoable edit.
    bool addLink(const Link &link);
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
    // Offered in the context menu of chosen cards when enabled (e.g. Merge Parties…).
    void addPartyMenuAction(QAction *action) { m_partyActions << action; }

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showContextMenu(const QPoint &viewPos);
    static QList<NodePosition> unpinnedPlaces(const QList<layout::PlacementMove> &moves);
    template <typename Command, typename... Args>
    bool perform(const QString &action, Args &&...args);

    CaseSession *m_session;
    ChainScene *m_scene;
    ChainView *m_view;
    QWidget *m_viewport = nullptr;
    QWidget *m_dialogParent;
    QAction *m_addParty, *m_addLink, *m_addSite, *m_addProduct, *m_edit, *m_delete;
    CardKeyboard *m_keyboard;
    QList<QAction *> m_partyActions;
    OutlineSubject m_current; // the window's current subject, for Edit when the canvas has no selection
};

} // namespace chiptrail::gui
