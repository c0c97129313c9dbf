// SPDX-License-Identifier: GPL-3.0-or-later
#include "chaineditor.h"

#include "canvas/cardkeyboard.h"
#include "canvas/cardplacement.h"
#include "canvas/chainscene.h"
#include "canvas/chainview.h"
#include "canvas/collapsemenu.h"
#include "canvas/groupnodeitem.h"
#include "canvas/linkedgeitem.h"
#include "canvas/partynodeitem.h"
#include "casesession.h"
#include "commands/entitycommands.h"
#include "dialogs/entitydialogs.h"
#include "error.h"
#include "document/casedocument.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QUndoStack>

namespace chiptrail::gui {

ChainEditor::ChainEditor(CaseSession *session, ChainScene *scene, ChainView *view, QWidget *dialogParent)
    : QObject(view), m_session(session), m_scene(scene), m_view(view), m_dialogParent(dialogParent)
{
    m_addParty = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add &Party…"), this);
    m_addParty->setShortcut(Qt::CTRL | Qt::Key_P);
    m_addParty->setObjectName(QStringLiteral("addParty"));
    m_addLink = new QAction(QIcon::fromTheme(QStringLiteral("insert-link")), tr("Add &Link…"), this);
    m_addLink->setShortcut(Qt::CTRL | Qt::Key_L);
    m_addLink->setToolTip(tr("Add a link between the two selected parties (or Shift-drag from one party to another)"));
    m_addLink->setObjectName(QStringLiteral("addLink"));
    m_addSite = new QAction(tr("Add &Site…"), this);
    m_addProduct = new QAction(tr("Add P&roduct…"), this);
    m_edit = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Selected…"), this);
    m_edit->setShortcut(Qt::Key_F2);
    m_delete = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Selected"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setObjectName(QStringLiteral("deleteSelection"));
    for (QAction *action : {m_addParty, m_addLink, m_edit, m_delete})
        action->setShortcutContext(Qt::WindowShortcut);

    // Folded groups are a way of looking at one case, not the next one.
    connect(m_session, &CaseSession::caseReplaced, m_scene, &ChainScene::expandAll);

    connect(m_addParty, &QAction::triggered, this, [this] {
        // Beside the one card picked (the party it will likely be linked to), else wherever its
        // tier and country have room: never all on the middle of the view.
        std::optional<QPointF> near;
        if (const QList<PartyId> selected = m_scene->selectedParties(); selected.size() == 1)
            if (const PartyNodeItem *card = m_scene->node(selected.first()))
                near = card->pos();
        addPartyNear(near);
    });
    connect(m_addLink, &QAction::triggered, this, [this] {
        const QList<PartyId> selected = m_scene->selectedParties();
        addLinkBetween(selected.value(0), selected.value(1, selected.value(0)));
    });
    connect(m_addSite, &QAction::triggered, this, [this] {
        SiteDialog dialog(Site{}, m_session->document()->data(), m_dialogParent);
        if (dialog.exec() != QDialog::Accepted)
            return;
        perform<AddSiteCommand>(tr("Add site"), dialog.site()); // the store gives it its key
    });
    connect(m_addProduct, &QAction::triggered, this, [this] {
        ProductDialog dialog(Product{}, m_session->document()->data(), m_dialogParent);
        if (dialog.exec() != QDialog::Accepted)
            return;
        perform<AddProductCommand>(tr("Add product"), dialog.product());
    });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const auto parties = m_scene->selectedParties(); !parties.isEmpty())
            editParty(parties.first());
        else if (const auto links = m_scene->selectedLinks(); !links.isEmpty())
            editLink(links.first());
        else
            editSubject(m_current);
    });
    connect(m_delete, &QAction::triggered, this, &ChainEditor::deleteSelection);
    connect(m_scene, &ChainScene::linkDrawn, this, &ChainEditor::addLinkBetween);
    connect(m_scene, &ChainScene::nodesMoved, this, [this](const QList<NodePosition> &, const QList<NodePosition> &after) {
        perform<MoveNodesCommand>(tr("Move parties"), after);
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &ChainEditor::updateActions);
    m_viewport = m_view->viewport();
    m_viewport->installEventFilter(this);
    m_keyboard = new CardKeyboard(m_session, m_scene, m_view);
    connect(m_keyboard, &CardKeyboard::editRequested, this, &ChainEditor::editParty);
    updateActions();
}

template <typename Command, typename... Args>
bool ChainEditor::perform(const QString &action, Args &&...args)
{
    return m_session->attempt(action, std::make_unique<Command>(m_session, std::forward<Args>(args)...));
}

void ChainEditor::updateActions()
{
    const bool hasCase = m_session->hasCase();
    const int parties = int(m_scene->selectedParties().size());
    const int links = int(m_scene->selectedLinks().size());
    for (QAction *a : {m_addParty, m_addSite, m_addProduct})
        a->setEnabled(hasCase);
    m_addLink->setEnabled(hasCase && m_session->document()->data().parties.size() >= 1);
    const bool editableCurrent = m_current.kind != OutlineSubject::Kind::None && m_current.kind != OutlineSubject::Kind::Source;
    m_edit->setEnabled(parties + links == 1 || (parties + links == 0 && editableCurrent));
    m_delete->setEnabled(parties + links > 0);
}

void ChainEditor::addPartyAt(const QPointF &scenePos) { addPartyNear(scenePos, true); }

void ChainEditor::addPartyNear(std::optional<QPointF> near, bool exactly)
{
    if (!m_session->hasCase())
        return;
    Party draft;
    draft.role = PartyRole::Distributor;
    PartyDialog dialog(draft, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addParty(dialog.party(), near, exactly);
}

bool ChainEditor::addParty(const Party &party, std::optional<QPointF> near, bool exactly)
{
    if (!m_session->hasCase())
        return false;
    // Not pinned, even where the user clicked: only a card dragged stays put at Re-layout.
    const layout::Placement place = placeForParty(*m_scene, *m_session->document(), party, near, {}, exactly);
    auto add = std::make_unique<AddPartyCommand>(m_session, party, std::optional<QPointF>(place.centre), false);
    const AddPartyCommand *added = add.get(); // the undo stack keeps it
    bool done = false;
    if (place.moves.isEmpty()) {
        done = m_session->attempt(tr("Add party"), std::move(add));
    } else {
        auto both = std::make_unique<CompositeCommand>(m_session, tr("Add party “%1”").arg(party.name));
        both->add(std::make_unique<MoveNodesCommand>(m_session, unpinnedPlaces(place.moves)));
        both->add(std::move(add));
        done = m_session->attempt(tr("Add party"), std::move(both));
    }
    // The user should see what they added where the app chose the place: in a new case its
    // tier's column may lie outside the view (the first card of a case was off screen until Fit).
    // A card put where the user clicked is in view, and the view must not move under the mouse.
    if (done && !exactly)
        if (const PartyNodeItem *card = m_scene->node(added->partyId()))
            m_view->showClearOfLegend(card);
    return done;
}

QList<NodePosition> ChainEditor::unpinnedPlaces(const QList<layout::PlacementMove> &moves)
{
    QList<NodePosition> places;
    for (const layout::PlacementMove &move : moves)
        places.append({PartyId(move.party), move.centre, false});
    return places;
}

void ChainEditor::addLinkBetween(PartyId from, PartyId to)
{
    if (!m_session->hasCase() || m_session->document()->data().parties.isEmpty())
        return;
    Link draft;
    draft.kind = LinkKind::Sale;
    draft.from = from.isValid() ? from : m_session->document()->data().parties.first().id;
    draft.to = to.isValid() ? to : draft.from;
    LinkDialog dialog(draft, m_session->document()->data(), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addLink(dialog.link());
}

bool ChainEditor::addLink(const Link &link)
{
    if (!m_session->hasCase())
        return false;
    // A card that had no link yet and was placed for the user goes next to its partner, in the same
    // edit: the later-added of the two when both are alone.
    const CaseDocument *document = m_session->document();
    const auto alone = [document](PartyId id) {
        for (const Link &l : document->data().links)
            if (l.from == id || l.to == id)
                return false;
        for (const NodePosition &p : document->positions())
            if (p.party == id)
                return !p.pinned;
        return false; // no place yet: the layout puts it with its component
    };
    PartyId moving, partner;
    if (link.from != link.to) {
        if (alone(link.to) && (!alone(link.from) || link.to.value > link.from.value))
            moving = link.to, partner = link.from;
        else if (alone(link.from))
            moving = link.from, partner = link.to;
    }
    const PartyNodeItem *partnerCard = partner.isValid() ? m_scene->node(partner) : nullptr;
    const Party *movingParty = moving.isValid() ? document->party(moving) : nullptr;
    if (!partnerCard || !movingParty || !m_scene->node(moving))
        return perform<AddLinkCommand>(tr("Add link"), link);
    const layout::Placement place = placeForParty(*m_scene, *document, *movingParty, partnerCard->pos(), moving);
    QList<NodePosition> places = unpinnedPlaces(place.moves);
    places.append({moving, place.centre, false});
    auto both = std::make_unique<CompositeCommand>(m_session, tr("Add link"));
    both->add(std::make_unique<AddLinkCommand>(m_session, link));
    both->add(std::make_unique<MoveNodesCommand>(m_session, places, tr("Add link")));
    return m_session->attempt(tr("Add link"), std::move(both));
}

void ChainEditor::editParty(PartyId id)
{
    const auto before = m_session->store()->party(id);
    if (!before)
        return;
    PartyDialog dialog(*before, m_dialogParent);
    if (dialog.exec() == QDialog::Accepted && !(dialog.party() == *before))
        perform<EditPartyCommand>(tr("Edit party"), *before, dialog.party());
}

void ChainEditor::editLink(LinkId id)
{
    const auto before = m_session->store()->link(id);
    if (!before)
        return;
    LinkDialog dialog(*before, m_session->document()->data(), m_dialogParent);
    if (dialog.exec() == QDialog::Accepted && !(dialog.link() == *before))
        perform<EditLinkCommand>(tr("Edit link"), *before, dialog.link());
}

void ChainEditor::editSite(SiteId id)
{
    const auto before = m_session->store()->site(id);
    if (!before)
        return;
    SiteDialog dialog(*before, m_session->document()->data(), m_dialogParent);
    if (dialog.exec() == QDialog::Accepted && !(dialog.site() == *before))
        perform<EditSiteCommand>(tr("Edit site"), *before, dialog.site());
}

void ChainEditor::editProduct(ProductId id)
{
    const auto before = m_session->store()->product(id);
    if (!before)
        return;
    ProductDialog dialog(*before, m_session->document()->data(), m_dialogParent);
    if (dialog.exec() == QDialog::Accepted && !(dialog.product() == *before))
        perform<EditProductCommand>(tr("Edit product"), *before, dialog.product());
}

void ChainEditor::deleteSelection()
{
    const QList<LinkId> links = m_scene->selectedLinks();
    const QList<PartyId> parties = m_scene->selectedParties();
    if (links.isEmpty() && parties.isEmpty())
        return;
    // One undo step for the whole selection, all of it deleted or none of it.
    auto all = std::make_unique<CompositeCommand>(m_session, tr("Delete %n item(s)", nullptr, int(links.size() + parties.size())));
    const CaseDocument *document = m_session->document();
    for (const LinkId id : links) {
        const Link *link = document->link(id);
        // A link of a party deleted too goes with the party; deleting it first would only
        // make the party's undo put back less.
        if (link && !parties.contains(link->from) && !parties.contains(link->to))
            all->add(std::make_unique<RemoveLinkCommand>(m_session, id));
    }
    for (const PartyId id : parties)
        if (const Party *party = document->party(id))
            all->add(std::make_unique<RemovePartyCommand>(m_session, id, party->name));
    if (!all->isEmpty())
        m_session->attempt(tr("Delete"), std::move(all));
}

void ChainEditor::editSubject(const OutlineSubject &subject)
{
    switch (subject.kind) {
    case OutlineSubject::Kind::Party: editParty(PartyId(subject.id)); break;
    case OutlineSubject::Kind::Link: editLink(LinkId(subject.id)); break;
    case OutlineSubject::Kind::Site: editSite(SiteId(subject.id)); break;
    case OutlineSubject::Kind::Product: editProduct(ProductId(subject.id)); break;
    case OutlineSubject::Kind::Source: // sources are edited in the source viewer (NotesDocks)
    case OutlineSubject::Kind::None: break;
    }
}

void ChainEditor::deleteSubject(const OutlineSubject &subject)
{
    const CaseDocument *document = m_session->document();
    switch (subject.kind) {
    case OutlineSubject::Kind::Party:
        if (const Party *party = document->party(PartyId(subject.id)))
            perform<RemovePartyCommand>(tr("Delete party"), party->id, party->name);
        break;
    case OutlineSubject::Kind::Link: perform<RemoveLinkCommand>(tr("Delete link"), LinkId(subject.id)); break;
    case OutlineSubject::Kind::Site: perform<RemoveSiteCommand>(tr("Delete site"), SiteId(subject.id)); break;
    case OutlineSubject::Kind::Product: perform<RemoveProductCommand>(tr("Delete product"), ProductId(subject.id)); break;
    case OutlineSubject::Kind::Source:
    case OutlineSubject::Kind::None: break;
    }
}

void ChainEditor::addSubjectActions(QMenu &menu, const OutlineSubject &subject)
{
    const CaseDocument *document = m_session->document();
    QString name;
    switch (subject.kind) {
    case OutlineSubject::Kind::Party:
        if (const Party *p = document->party(PartyId(subject.id)))
            name = p->name;
        break;
    case OutlineSubject::Kind::Site:
        if (const Site *s = document->site(SiteId(subject.id)))
            name = s->name;
        break;
    case OutlineSubject::Kind::Product:
        if (const Product *p = document->product(ProductId(subject.id)))
            name = p->name;
        break;
    case OutlineSubject::Kind::Link: name = tr("link"); break;
    case OutlineSubject::Kind::Source:
    case OutlineSubject::Kind::None: return;
    }
    if (name.isEmpty())
        return;
    menu.addAction(tr("&Edit “%1”…").arg(name), this, [this, subject] { editSubject(subject); });
    menu.addAction(tr("&Delete “%1”").arg(name), this, [this, subject] { deleteSubject(subject); });
}

bool ChainEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport kept from the start: while the view is being destroyed it still sends events,
    // and asking the half-destroyed view for its viewport is undefined behaviour.
    if (watched == m_viewport) {
        if (event->type() == QEvent::ContextMenu) {
            showContextMenu(static_cast<QContextMenuEvent *>(event)->pos());
            return true;
        }
        if (event->type() == QEvent::MouseButtonDblClick) {
            const QPoint pos = static_cast<QMouseEvent *>(event)->pos();
            for (QGraphicsItem *under : m_view->items(pos)) {
                QGraphicsItem *item = m_scene->pickable(under, m_view->mapToScene(pos));
                if (!item)
                    continue;
                if (item->type() == GroupNodeItem::Type) { // folded: open it, nothing to edit
                    m_scene->expand(static_cast<GroupNodeItem *>(item)->key());
                    return true;
                }
                if (item->type() == PartyNodeItem::Type) {
                    editParty(static_cast<PartyNodeItem *>(item)->partyId());
                    return true;
                }
                if (item->type() == LinkEdgeItem::Type) {
                    editLink(static_cast<LinkEdgeItem *>(item)->linkId());
                    return true;
                }
            }
            addPartyAt(m_view->mapToScene(pos));
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ChainEditor::showContextMenu(const QPoint &viewPos)
{
    const QPointF scenePos = m_view->mapToScene(viewPos);
    QMenu menu(m_view);
    for (QGraphicsItem *under : m_view->items(viewPos))
        if (QGraphicsItem *item = m_scene->pickable(under, scenePos);
            item && (item->type() == PartyNodeItem::Type || item->type() == LinkEdgeItem::Type)) {
            if (!item->isSelected()) {
                m_scene->clearSelection();
                item->setSelected(true);
            }
            break;
        }
    if (m_scene->selectedItems().isEmpty()) {
        menu.addAction(tr("Add &Party Here…"), this, [this, scenePos] { addPartyAt(scenePos); });
        menu.addAction(m_addSite);
        menu.addAction(m_addProduct);
    } else {
        menu.addAction(m_edit);
        if (m_scene->selectedParties().size() <= 2 && !m_scene->selectedParties().isEmpty())
            menu.addAction(m_addLink);
        // A link's site and product have no card of their own: reach them from the link.
        if (const auto links = m_scene->selectedLinks(); links.size() == 1 && m_scene->selectedParties().isEmpty())
            if (const Link *link = m_session->document()->link(links.first())) {
                const CaseDocument *document = m_session->document();
                if (link->product)
                    if (const Product *product = document->product(*link->product))
                        menu.addAction(tr("Edit Product “%1”…").arg(product->name), this,
                                       [this, id = product->id] { editProduct(id); });
                if (link->site)
                    if (const Site *site = document->site(*link->site))
                        menu.addAction(tr("Edit Site “%1”…").arg(site->name), this,
                                       [this, id = site->id] { editSite(id); });
            }
        for (QAction *action : std::as_const(m_partyActions))
            if (action->isEnabled() && !m_scene->selectedParties().isEmpty())
                menu.addAction(action);
        menu.addSeparator();
        menu.addAction(m_delete);
    }
    addCollapseActions(menu, m_scene, m_view->items(viewPos));
    menu.exec(m_view->viewport()->mapToGlobal(viewPos));
}

} // namespace chiptrail::gui
