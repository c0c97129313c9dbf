// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QKeySequence>
#include <QObject>
#include <QPointF>

class QKeyEvent;

namespace chiptrail::gui {

class CaseSession;
class ChainScene;
class ChainView;
class PartyNodeItem;

// The canvas without a mouse. On the chain view:
//  - Tab / Shift+Tab go from card to card (tier by tier, top to bottom; past the last card,
//    Tab leaves the canvas as it would anywhere else);
//  - arrow right goes to the downstream neighbour (the party the current one sells, ships,
//    leases to), left to the upstream one, up and down to the card above or below in the tier;
//  - Enter edits the card; Shift+arrows nudge it (an undoable move that pins it, as a drag does);
//  - the Menu key and Shift+F10 open the card's context menu.
// The current card is the selected one, and is drawn selected: the focus is visible.
class CardKeyboard : public QObject
{
    Q_OBJECT
public:
    CardKeyboard(CaseSession *session, ChainScene *scene, ChainView *view);
    static constexpr double nudge = 10.0; // scene units per Shift+arrow

    // The keys handleKey() acts on, for the guides' shortcut table (test_shortcuts checks the
    // guides against this list; test_building checks what each key does).
    static QList<QKeySequence> keys();

    // Makes `party` the current card: selected alone, focused, scrolled into view.
    void makeCurrent(PartyId party);
    PartyId current() const;

Q_SIGNALS:
    void editRequested(PartyId party);

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool handleKey(QKeyEvent *event);
    QList<PartyNodeItem *> cardsInOrder() const;
    PartyNodeItem *neighbour(PartyNodeItem *from, int key) const;
    void nudgeCurrent(QPointF by);
    void openMenu();

    CaseSession *m_session;
    ChainScene *m_scene;
    ChainView *m_view;
};

} // namespace chiptrail::gui
