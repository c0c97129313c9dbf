// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardkeyboard.h"

#include "canvas/chainscene.h"
#include "canvas/chainview.h"
#include "canvas/partynodeitem.h"
#include "casesession.h"
#include "commands/entitycommands.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <algorithm>
#include <limits>

namespace chiptrail::gui {

CardKeyboard::CardKeyboard(CaseSession *session, ChainScene *scene, ChainView *view)
    : QObject(view), m_session(session), m_scene(scene), m_view(view)
{
    view->setFocusPolicy(Qt::StrongFocus);
    view->installEventFilter(this);
}

PartyId CardKeyboard::current() const
{
    if (QGraphicsItem *focus = m_scene->focusItem(); focus && focus->type() == PartyNodeItem::Type && focus->isSelected())
        return static_cast<PartyNodeItem *>(focus)->partyId();
    const QList<PartyId> selected = m_scene->selectedParties();
    return selected.isEmpty() ? PartyId() : selected.last();
}

void CardKeyboard::makeCurrent(PartyId party)
{
    PartyNodeItem *card = m_scene->node(party);
    if (!card)
        return;
    m_scene->clearSelection();
    card->setSelected(true);
    m_scene->setFocusItem(card, Qt::TabFocusReason);
    m_view->ensureVisible(card, 40, 40);
}

QList<PartyNodeItem *> CardKeyboard::cardsInOrder() const
{
    QList<PartyNodeItem *> cards;
    for (const Party &party : m_scene->caseData().parties)
        if (PartyNodeItem *card = m_scene->node(party.id); card && card->isVisible())
            cards.append(card);
    // Along the chain: tier by tier, each top to bottom.
    std::sort(cards.begin(), cards.end(), [](const PartyNodeItem *a, const PartyNodeItem *b) {
        const int ta = chainTier(a->party().role), tb = chainTier(b->party().role);
        if (ta != tb)
            return ta < tb;
        if (a->pos().y() != b->pos().y())
            return a->pos().y() < b->pos().y();
        return a->pos().x() < b->pos().x();
    });
    return cards;
}

PartyNodeItem *CardKeyboard::neighbour(PartyNodeItem *from, int key) const
{
    const QPointF at = from->pos();
    const auto nearest = [&at](const QList<PartyNodeItem *> &candidates) -> PartyNodeItem * {
        PartyNodeItem *best = nullptr;
        double bestDistance = std::numeric_limits<double>::max();
        for (PartyNodeItem *card : candidates) {
            const double d = QLineF(at, card->pos()).length();
            if (d < bestDistance)
                best = card, bestDistance = d;
        }
        return best;
    };
    QList<PartyNodeItem *> candidates;
    if (key == Qt::Key_Right || key == Qt::Key_Left) {
        // The chain's own neighbours first: where its links go (right) or come from (left).
        const bool downstream = key == Qt::Key_Right;
        for (const Link &link : m_scene->caseData().links) {
            const PartyId me = from->partyId();
            const PartyId other = downstream ? (link.from == me ? link.to : PartyId()) : (link.to == me ? link.from : PartyId());
            if (other.isValid() && other != me)
                if (PartyNodeItem *card = m_scene->node(other); card && card->isVisible())
                    candidates.append(card);
        }
        if (candidates.isEmpty()) // no link that way: the nearest card on that side
            for (PartyNodeItem *card : cardsInOrder())
                if (downstream ? card->pos().x() > at.x() + 1 : card->pos().x() < at.x() - 1)
                    candidates.append(card);
        return nearest(candidates);
    }
    const int tier = chainTier(from->party().role);
    for (PartyNodeItem *card : cardsInOrder())
        if (card != from && chainTier(card->party().role) == tier
            && (key == Qt::Key_Up ? card->pos().y() < at.y() : card->pos().y() > at.y()))
            candidates.append(card);
    return nearest(candidates);
}

bool CardKeyboard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress)
        return handleKey(static_cast<QKeyEvent *>(event));
    return QObject::eventFilter(watched, event);
}

QList<QKeySequence> CardKeyboard::keys()
{
    QList<QKeySequence> keys{QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::Key_Menu),
                             QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)};
    for (const Qt::Key arrow : {Qt::Key_Left, Qt::Key_Right, Qt::Key_Up, Qt::Key_Down})
        keys << QKeySequence(arrow) << QKeySequence(Qt::SHIFT | arrow);
    return keys;
}

bool CardKeyboard::handleKey(QKeyEvent *event)
{
    const int key = event->key();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    PartyNodeItem *card = m_scene->node(current());
    if (key == Qt::Key_Tab || key == Qt::Key_Backtab) {
        if (mods & ~Qt::ShiftModifier)
            return false;
        const QList<PartyNodeItem *> cards = cardsInOrder();
        const bool back = key == Qt::Key_Backtab || (mods & Qt::ShiftModifier);
        const qsizetype at = card ? cards.indexOf(card) : (back ? cards.size() : -1);
        const qsizetype next = at + (back ? -1 : 1);
        if (next < 0 || next >= cards.size())
            return false; // past the ends: out of the canvas, as Tab goes anywhere else
        makeCurrent(cards.at(next)->partyId());
        return true;
    }
    if ((key == Qt::Key_Menu && mods == Qt::NoModifier) || (key == Qt::Key_F10 && mods == Qt::ShiftModifier)) {
        openMenu();
        return true;
    }
    const bool arrow = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
    if (arrow && mods == Qt::ShiftModifier && card) {
        const QPointF by(key == Qt::Key_Left ? -nudge : key == Qt::Key_Right ? nudge : 0,
                         key == Qt::Key_Up ? -nudge : key == Qt::Key_Down ? nudge : 0);
        nudgeCurrent(by);
        return true;
    }
    if (arrow && mods == Qt::NoModifier) {
        if (!card) { // nothing current yet: the first card of the chain
            const QList<PartyNodeItem *> cards = cardsInOrder();
            if (cards.isEmpty())
                return false;
            makeCurrent(cards.first()->partyId());
            return true;
        }
        if (PartyNodeItem *next = neighbour(card, key))
            makeCurrent(next->partyId());
        return true; // at the end of the chain the arrow does nothing (it does not scroll away)
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && mods == Qt::NoModifier && card) {
        Q_EMIT editRequested(card->partyId());
        return true;
    }
    return false;
}

void CardKeyboard::nudgeCurrent(QPointF by)
{
    PartyNodeItem *card = m_scene->node(current());
    if (!card || !m_session->hasCase())
        return;
    const PartyId party = card->partyId();
    // As a drag: moved by hand, so pinned; one undo step per press.
    m_session->attempt(tr("Move party"),
                       std::make_unique<MoveNodesCommand>(m_session, QList<NodePosition>{{party, card->pos() + by, true}},
                                                          tr("Move party")));
    if (PartyNodeItem *moved = m_scene->node(party))
        m_view->ensureVisible(moved, 40, 40);
}

void CardKeyboard::openMenu()
{
    QPoint at = m_view->viewport()->rect().center();
    if (PartyNodeItem *card = m_scene->node(current()))
        at = m_view->mapFromScene(card->pos());
    // The editor builds the menu for what is under that point (ChainEditor::showContextMenu).
    QContextMenuEvent menu(QContextMenuEvent::Keyboard, at, m_view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(m_view->viewport(), &menu);
}

} // namespace chiptrail::gui
