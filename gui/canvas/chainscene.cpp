// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainscene.h"

#include "picture/chainstyle.h"
#include "canvas/countryboxitem.h"
#include "canvas/groupnodeitem.h"
#include "canvas/linkedgeitem.h"
#include "canvas/linklinesitem.h"
#include "canvas/linkplacer.h"
#include "canvas/mergededgeitem.h"
#include "canvas/partynodeitem.h"
#include "layout/layoutgraph.h"
#include "model/chaingraph.h"
#include "model/displaytext.h"
#include "picture/picturetext.h"

#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QToolTip>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace chiptrail::gui {

ChainScene::ChainScene(QObject *parent) : QGraphicsScene(parent), m_placer(new LinkPlacer(this))
{
    connect(m_placer, &LinkPlacer::leftOutChanged, this, &ChainScene::labelsLeftOutChanged);
    setItemIndexMethod(BspTreeIndex);
    // Qt picks the depth from the item count (16 levels at 60,000 items) and files an item in
    // every leaf it overlaps: links across a 20,000-party chain then filled 2 GB and a minute
    // on the first frame. Fewer, larger leaves hold the long links a few hundred times at most.
    setBspTreeDepth(10);
    setBackgroundBrush(Qt::white);
    // "Click the seller, Ctrl+click the buyer": a link goes from the first card picked to the
    // second, and selectedItems() knows no order.
    connect(this, &QGraphicsScene::selectionChanged, this, &ChainScene::noteSelectionOrder);
}

ChainScene::~ChainScene()
{
    // Nobody hears of the selection going with the scene: a listener would ask a scene that is
    // half destroyed (UBSan caught ChainEditor doing so).
    blockSignals(true);
    delete m_lines; // before QGraphicsScene deletes the links in an order of its own
}

QString ChainScene::linkLabel(const Link &link) const
{
    return picture::PictureText::linkLabel(link, m_case.products); // as every export writes it
}

void ChainScene::setCase(const CaseData &data, const QList<NodePosition> &positions)
{
    m_case = data;
    m_placer->forgetDotLayout(); // another case, or this one from scratch
    m_places.clear();
    m_places.reserve(positions.size());
    for (const auto &p : positions)
        m_places.insert(p.party.value, p);
    m_companyRoots = companyGroupRoots(data);
    m_companyRootsStale = false;
    rebuild();
}

void ChainScene::rebuild()
{
    ++m_rebuilds;
    m_linkSource = nullptr;
    m_rubberLink = nullptr;
    delete m_lines; // first: the links it draws then need not tell it they go
    m_lines = nullptr;
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_groups.clear();
    m_mergedEdges.clear();
    m_countryBoxes.clear();
    m_unplaced.clear();
    m_unplacedPerTier.clear();
    const CaseData &data = m_case;
    if (!m_document) { // a document keeps its counts up to date; plain data is counted here
        m_partyNotes = chaingraph::noteCounts(data, SubjectKind::Party);
        m_linkNotes = chaingraph::noteCounts(data, SubjectKind::Link);
    }

    // Where each party is: its card, or the card of the collapsed group that holds it.
    QHash<qint64, QGraphicsItem *> itemOfParty;
    itemOfParty.reserve(data.parties.size());
    QHash<CollapseKey, QList<const Party *>> membersOf;
    QHash<qint64, QPointF> placeOf;
    placeOf.reserve(data.parties.size());
    for (const auto &party : data.parties) {
        const auto stored = m_places.constFind(party.id.value);
        if (stored != m_places.constEnd()) {
            placeOf.insert(party.id.value, stored->position);
        } else {
            placeOf.insert(party.id.value, unplacedPlace(party));
            m_unplaced.append(party.id);
        }
        if (!m_collapsed.isEmpty()) {
            const auto group = companyGroupOf(party.id);
            if (group && m_collapsed.contains(*group)) {
                membersOf[*group].append(&party);
                continue;
            }
            const CollapseKey country = CollapseKey::forCountry(layout::layoutCountry(party));
            if (m_collapsed.contains(country)) {
                membersOf[country].append(&party);
                continue;
            }
        }
        PartyNodeItem *item = addNode(party);
        item->setPos(placeOf.value(party.id.value));
        itemOfParty.insert(party.id.value, item);
    }

    QHash<QGraphicsItem *, GroupNodeItem *> groupOfItem;
    for (const CollapseKey &key : std::as_const(m_collapsed)) {
        const QList<const Party *> members = membersOf.value(key);
        if (members.isEmpty())
            continue; // nothing left of it in this case, or all taken by another group
        QList<PartyId> ids;
        QPointF middle;
        QSet<qint64> inside;
        for (const Party *party : members) {
            ids.append(party->id);
            middle += placeOf.value(party->id.value) / double(members.size());
            inside.insert(party->id.value);
        }
        int innerLinks = 0;
        for (const Link &link : data.links)
            innerLinks += inside.contains(link.from.value) && inside.contains(link.to.value);
        auto *group = new GroupNodeItem(key, groupTitle(key), ids, innerLinks);
        if (key.kind == CollapseKey::Kind::CompanyGroup)
            for (const Party *party : members)
                if (party->id == key.root)
                    group->setCountry(layout::layoutCountry(*party));
        group->setPos(middle);
        addItem(group);
        m_groups.append(group);
        groupOfItem.insert(group, group);
        for (const Party *party : members)
            itemOfParty.insert(party->id.value, group);
    }

    m_lines = new LinkLinesItem;
    addItem(m_lines);
    QHash<QPair<qint64, qint64>, int> parallel;
    QHash<QPair<QGraphicsItem *, QGraphicsItem *>, MergedEdgeItem *> merged;
    auto sizeOf = [&groupOfItem](QGraphicsItem *item) {
        if (GroupNodeItem *group = groupOfItem.value(item))
            return group->size();
        return static_cast<PartyNodeItem *>(item)->size();
    };
    for (const auto &link : data.links) {
        QGraphicsItem *fromItem = itemOfParty.value(link.from.value), *toItem = itemOfParty.value(link.to.value);
        if (!fromItem || !toItem)
            continue;
        if (groupOfItem.contains(fromItem) || groupOfItem.contains(toItem)) {
            if (fromItem == toItem)
                continue; // inside one group: counted on its card
            MergedEdgeItem *&edge = merged[qMakePair(fromItem, toItem)];
            if (!edge) {
                edge = new MergedEdgeItem(fromItem, sizeOf(fromItem), toItem, sizeOf(toItem));
                for (QGraphicsItem *end : {fromItem, toItem}) {
                    if (GroupNodeItem *group = groupOfItem.value(end))
                        group->addEdge(edge);
                    else
                        static_cast<PartyNodeItem *>(end)->addMergedEdge(edge);
                }
                addItem(edge);
                m_mergedEdges.append(edge);
            }
            edge->addLink(link);
            continue;
        }
        const auto pair = qMakePair(std::min(link.from.value, link.to.value), std::max(link.from.value, link.to.value));
        addEdge(link, parallel[pair]++);
    }
    for (MergedEdgeItem *edge : std::as_const(m_mergedEdges))
        edge->adjust();
    updateCountryBoxes();
    applyFilters();
    m_placer->placeAll();
    // The scene is as big as the chain plus room to pan, never what earlier cases left behind.
    setSceneRect(contentRect().adjusted(-1500, -1500, 1500, 1500));
}

void ChainScene::setDotLayout(const layout::LayoutResult &result) { m_placer->setDotLayout(result); }

std::optional<CollapseKey> ChainScene::companyGroupOf(PartyId party) const
{
    if (m_companyRootsStale) {
        m_companyRoots = companyGroupRoots(m_case);
        m_companyRootsStale = false;
    }
    const auto root = m_companyRoots.constFind(party.value);
    if (root == m_companyRoots.constEnd())
        return std::nullopt;
    return CollapseKey::forCompanyGroup(*root);
}

QString ChainScene::groupTitle(const CollapseKey &key) const
{
    return picture::PictureText::groupTitle(key, m_case.parties);
}

GroupNodeItem *ChainScene::groupNode(const CollapseKey &key) const
{
    for (GroupNodeItem *group : m_groups)
        if (group->key() == key)
            return group;
    return nullptr;
}

PartyNodeItem *ChainScene::revealNode(PartyId id)
{
    if (PartyNodeItem *card = node(id))
        return card;
    for (GroupNodeItem *group : std::as_const(m_groups))
        if (group->members().contains(id)) {
            expand(group->key()); // rebuilds: `group` is gone
            return node(id);
        }
    return nullptr;
}

void ChainScene::collapse(const CollapseKey &key)
{
    if (m_collapsed.contains(key))
        return;
    for (PartyNodeItem *node : std::as_const(m_nodes)) { // places dragged since setCase()
        NodePosition &place = m_places[node->partyId().value];
        place.party = node->partyId();
        place.position = node->pos();
    }
    m_collapsed.append(key);
    rebuild();
}

void ChainScene::expand(const CollapseKey &key)
{
    if (m_collapsed.removeAll(key) > 0)
        rebuild();
}

void ChainScene::expandAll()
{
    if (m_collapsed.isEmpty())
        return;
    m_collapsed.clear();
    rebuild();
}

void ChainScene::updateCountryBoxes()
{
    QHash<QString, QRectF> bounds;
    auto include = [&bounds](const QString &country, const QGraphicsItem *item) {
        if (country.isEmpty() || !item->isVisible())
            return;
        const QRectF card = item->sceneBoundingRect().adjusted(-picture::chainstyle::countryPadding, -picture::chainstyle::countryPadding - 16,
                                                               picture::chainstyle::countryPadding, picture::chainstyle::countryPadding);
        QRectF &box = bounds[country];
        box = box.isNull() ? card : box.united(card);
    };
    for (PartyNodeItem *node : std::as_const(m_nodes))
        include(node->country(), node);
    for (GroupNodeItem *group : std::as_const(m_groups))
        include(group->country(), group);
    for (auto it = m_countryBoxes.begin(); it != m_countryBoxes.end();) {
        if (!bounds.contains(it.key())) {
            delete it.value();
            it = m_countryBoxes.erase(it);
        } else {
            ++it;
        }
    }
    // Where boxes overlap, the one with the later code lies on top, on screen and in the
    // overview painter alike.
    QStringList countries = bounds.keys();
    countries.sort();
    for (qsizetype rank = 0; rank < countries.size(); ++rank) {
        const QString &country = countries.at(rank);
        CountryBoxItem *box = m_countryBoxes.value(country);
        if (!box) {
            box = new CountryBoxItem(country, DisplayText::country(country));
            addItem(box);
            m_countryBoxes.insert(country, box);
        }
        box->setZValue(double(rank) / (countries.size() + 1) * 0.1); // below the lines (0.5)
        box->setRect(bounds.value(country));
    }
}

void ChainScene::setAsOf(const QDate &date)
{
    m_asOf = date;
    applyFilters();
}

void ChainScene::setShowOnlyUnsourced(bool on)
{
    m_onlyUnsourced = on;
    applyFilters();
}

void ChainScene::applyFilters()
{
    QHash<qint64, int> visibleLinksPerParty;
    QHash<qint64, int> linksPerParty;
    for (LinkEdgeItem *edge : std::as_const(m_edges)) {
        // A link made after the date stays on the canvas, faded: the chain keeps its shape while
        // the timeline moves (exports as of a date leave it out, see picturebuilder.cpp).
        const bool active = chaingraph::isActiveAsOf(edge->link(), m_asOf);
        const bool shown = active && (!m_onlyUnsourced || edge->noteCount() == 0);
        edge->setDimmed(!shown);
        for (const qint64 party : {edge->link().from.value, edge->link().to.value}) {
            ++linksPerParty[party];
            if (active)
                ++visibleLinksPerParty[party];
        }
    }
    for (PartyNodeItem *node : std::as_const(m_nodes)) {
        const qint64 id = node->partyId().value;
        // A party whose every link lies after the date had not entered the story yet.
        const bool enteredYet = linksPerParty.value(id) == 0 || visibleLinksPerParty.value(id) > 0;
        node->setDimmed(!enteredYet || (m_onlyUnsourced && node->noteCount() > 0));
    }
    if (m_mergedEdges.isEmpty())
        return;
    QHash<qint64, const Link *> linkById;
    for (const Link &link : m_case.links)
        linkById.insert(link.id.value, &link);
    for (MergedEdgeItem *edge : std::as_const(m_mergedEdges))
        edge->setVisible(std::any_of(edge->links().cbegin(), edge->links().cend(), [&](LinkId id) {
            const Link *link = linkById.value(id.value);
            return link && chaingraph::isActiveAsOf(*link, m_asOf);
        }));
}

void ChainScene::setLinkColours(const QHash<qint64, QColor> &colours)
{
    m_linkColours = colours;
    for (LinkEdgeItem *edge : std::as_const(m_edges))
        edge->setVerdictColour(colours.value(edge->linkId().value));
}

QList<PartyId> ChainScene::selectedParties() const
{
    QList<PartyId> unordered;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == PartyNodeItem::Type)
            unordered.append(static_cast<PartyNodeItem *>(item)->partyId());
    QList<PartyId> ids;
    ids.reserve(unordered.size());
    for (const PartyId id : m_selectionOrder)
        if (unordered.contains(id))
            ids.append(id);
    // Picked in the same event as others (a rubber band): after them, by id, so it is repeatable.
    std::sort(unordered.begin(), unordered.end(), [](PartyId a, PartyId b) { return a.value < b.value; });
    for (const PartyId id : std::as_const(unordered))
        if (!ids.contains(id))
            ids.append(id);
    return ids;
}

void ChainScene::noteSelectionOrder()
{
    QList<PartyId> now;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == PartyNodeItem::Type)
            now.append(static_cast<PartyNodeItem *>(item)->partyId());
    m_selectionOrder.removeIf([&now](PartyId id) { return !now.contains(id); });
    std::sort(now.begin(), now.end(), [](PartyId a, PartyId b) { return a.value < b.value; });
    for (const PartyId id : std::as_const(now))
        if (!m_selectionOrder.contains(id))
            m_selectionOrder.append(id);
}

QList<LinkId> ChainScene::selectedLinks() const
{
    QList<LinkId> ids;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == LinkEdgeItem::Type)
            ids.append(static_cast<LinkEdgeItem *>(item)->linkId());
    return ids;
}

QList<NodePosition> ChainScene::positions() const
{
    QList<NodePosition> result;
    result.reserve(m_case.parties.size());
    for (const Party &party : m_case.parties) {
        const PartyNodeItem *node = m_nodes.value(party.id.value);
        const NodePosition stored = m_places.value(party.id.value, {party.id, QPointF(), false});
        if (node)
            result.append({party.id, node->pos(), stored.pinned});
        else if (m_places.contains(party.id.value)) // folded into a group: where it was
            result.append(stored);
    }
    return result;
}

void ChainScene::highlightPath(const QList<LinkId> &links)
{
    QSet<qint64> onPath, partiesOnPath;
    for (const LinkId id : links) {
        onPath.insert(id.value);
        if (LinkEdgeItem *edge = m_edges.value(id.value)) {
            partiesOnPath.insert(edge->link().from.value);
            partiesOnPath.insert(edge->link().to.value);
        }
    }
    for (LinkEdgeItem *edge : std::as_const(m_edges)) {
        edge->setHighlighted(onPath.contains(edge->linkId().value));
        edge->setDimmed(!onPath.contains(edge->linkId().value));
    }
    for (PartyNodeItem *node : std::as_const(m_nodes)) {
        node->setHighlighted(partiesOnPath.contains(node->partyId().value));
        node->setDimmed(!partiesOnPath.contains(node->partyId().value));
    }
}

void ChainScene::clearHighlight()
{
    for (LinkEdgeItem *edge : std::as_const(m_edges))
        edge->setHighlighted(false);
    for (PartyNodeItem *node : std::as_const(m_nodes))
        node->setHighlighted(false);
    applyFilters();
}

double ChainScene::readableZoom() const
{
    double zoom = 0;
    for (const PartyNodeItem *node : m_nodes)
        if (node->isVisible())
            zoom = std::max(zoom, node->readableZoom());
    return zoom;
}

QRectF ChainScene::contentRect() const
{
    // From our own lists: items() would sort every item by stacking order first.
    QRectF rect;
    auto include = [&rect](const QGraphicsItem *item) {
        if (item->isVisible())
            rect |= item->sceneBoundingRect();
    };
    for (const PartyNodeItem *node : m_nodes)
        include(node);
    for (const LinkEdgeItem *edge : m_edges)
        include(edge);
    if (m_lines)
        rect |= m_lines->linesRect();
    for (const GroupNodeItem *group : m_groups)
        include(group);
    for (const MergedEdgeItem *edge : m_mergedEdges)
        include(edge);
    for (const CountryBoxItem *box : m_countryBoxes)
        include(box);
    return rect.adjusted(-20, -20, 20, 20);
}

void ChainScene::dropDrawingCaches()
{
    if (m_lines)
        m_lines->dropTiles();
}

LinkEdgeItem *ChainScene::linkAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos))
        if (QGraphicsItem *picked = pickable(item, scenePos); picked && picked->type() == LinkEdgeItem::Type)
            return static_cast<LinkEdgeItem *>(picked);
    return nullptr;
}

QGraphicsItem *ChainScene::pickable(QGraphicsItem *item, const QPointF &scenePos) const
{
    if (item && item == m_lines)
        return m_lines->linkAt(scenePos);
    return item;
}

QList<LinkEdgeItem *> ChainScene::linksCrossing(const QRectF &sceneRect) const
{
    return m_lines ? m_lines->linksCrossing(sceneRect) : QList<LinkEdgeItem *>();
}

void ChainScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // The lines are one item without a tooltip of its own: show the link's under the pointer.
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (item == m_lines) {
            if (const LinkEdgeItem *edge = m_lines->linkAt(event->scenePos())) {
                QToolTip::showText(event->screenPos(), edge->toolTip(), event->widget());
                event->setAccepted(true);
                return;
            }
        } else if (!item->toolTip().isEmpty()) {
            break;
        }
    }
    QGraphicsScene::helpEvent(event);
}

PartyNodeItem *ChainScene::nodeAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos))
        if (item->type() == PartyNodeItem::Type)
            return static_cast<PartyNodeItem *>(item);
    return nullptr;
}

void ChainScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // Shift-drag from a party draws a new link to another party.
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)) {
        if (PartyNodeItem *source = nodeAt(event->scenePos())) {
            m_linkSource = source;
            m_rubberLink = addLine(QLineF(source->pos(), event->scenePos()),
                                   QPen(picture::chainstyle::highlightColour(), 2, Qt::DashLine));
            m_rubberLink->setZValue(5);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    m_dragStart.clear();
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == PartyNodeItem::Type) {
            auto *node = static_cast<PartyNodeItem *>(item);
            m_dragStart.append({node->partyId(), node->pos(), m_places.value(node->partyId().value).pinned});
        }
}

void ChainScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_rubberLink) {
        m_rubberLink->setLine(QLineF(m_linkSource->pos(), event->scenePos()));
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void ChainScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_rubberLink) {
        PartyNodeItem *target = nodeAt(event->scenePos());
        const PartyId from = m_linkSource->partyId();
        delete m_rubberLink;
        m_rubberLink = nullptr;
        m_linkSource = nullptr;
        if (target)
            Q_EMIT linkDrawn(from, target->partyId());
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    QList<NodePosition> before, after;
    for (const auto &start : std::as_const(m_dragStart)) {
        PartyNodeItem *node = m_nodes.value(start.party.value);
        if (node && node->pos() != start.position) {
            before.append(start);
            after.append({start.party, node->pos(), true}); // moved by hand: pinned
        }
    }
    m_dragStart.clear();
    if (!after.isEmpty()) {
        updateCountryBoxes();
        Q_EMIT nodesMoved(before, after);
    }
}

} // namespace chiptrail::gui
