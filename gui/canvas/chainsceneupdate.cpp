// SPDX-License-Identifier: GPL-3.0-or-later
// The scene following its case document: after an edit only the items it touched are added,
// moved, restyled or removed. A whole rebuild happens for another case, and while groups are
// folded (their cards and merged lines are counted over the whole case).
#include "chainscene.h"

#include "canvas/groupnodeitem.h"
#include "canvas/linkedgeitem.h"
#include "canvas/partynodeitem.h"
#include "document/casedocument.h"
#include "layout/layoutgraph.h"
#include "model/chaingraph.h"

#include <QSet>
#include <algorithm>

namespace chiptrail::gui {
namespace {

using PartyPair = QPair<qint64, qint64>;

PartyPair pairOf(const Link &link)
{
    return qMakePair(std::min(link.from.value, link.to.value), std::max(link.from.value, link.to.value));
}

} // namespace

void ChainScene::setDocument(const CaseDocument *document)
{
    m_document = document;
    reloadFromDocument();
}

void ChainScene::reloadFromDocument()
{
    if (!m_document) {
        setCase({}, {});
        return;
    }
    setCase(m_document->data(), m_document->positions());
}

int ChainScene::noteCount(SubjectKind subject, qint64 id) const
{
    if (m_document)
        return m_document->noteCount(subject, id);
    return (subject == SubjectKind::Party ? m_partyNotes : m_linkNotes).value(id);
}

QPointF ChainScene::unplacedPlace(const Party &party)
{
    // Until a layout runs: the tier's column, below the cards waiting there already.
    const int tier = chainTier(party.role);
    return QPointF(tier * 320.0, m_unplacedPerTier[tier]++ * 110.0);
}

PartyNodeItem *ChainScene::addNode(const Party &party)
{
    auto *item = new PartyNodeItem(party, noteCount(SubjectKind::Party, party.id.value));
    addItem(item);
    m_nodes.insert(party.id.value, item);
    return item;
}

void ChainScene::addEdge(const Link &link, int parallelIndex)
{
    PartyNodeItem *from = m_nodes.value(link.from.value), *to = m_nodes.value(link.to.value);
    if (!from || !to)
        return;
    auto *edge = new LinkEdgeItem(link, from, to, linkLabel(link), noteCount(SubjectKind::Link, link.id.value),
                                  parallelIndex, m_lines, m_placer);
    edge->setVerdictColour(m_linkColours.value(link.id.value));
    addItem(edge);
    m_edges.insert(link.id.value, edge);
}

void ChainScene::dropEdge(LinkEdgeItem *edge)
{
    m_edges.remove(edge->linkId().value);
    edge->fromNode()->removeEdge(edge);
    edge->toNode()->removeEdge(edge);
    delete edge; // leaves the scene and the lines item
}

void ChainScene::applyDelta(const CaseDelta &delta)
{
    if (!m_document)
        return;
    m_case = m_document->data();
    if (!delta.links.isEmpty() || !delta.parties.isEmpty())
        m_companyRootsStale = true;
    for (const qint64 id : delta.parties.removed)
        m_places.remove(id);
    for (const qint64 id : delta.positions)
        if (const auto place = m_document->position(PartyId(id)))
            m_places.insert(id, *place);
        else
            m_places.remove(id);
    // Folded groups are counted over the whole case; and when most cards move at once (a layout of
    // the whole chain) building the scene anew is cheaper than moving each card and its links.
    if (!m_collapsed.isEmpty() || delta.positions.size() > std::max<qsizetype>(200, m_nodes.size() / 2)) {
        rebuild();
        return;
    }

    // Links whose item goes or is made again. Parallel links between two parties are fanned out
    // by their order, so every link of a pair that gains, loses or changes one is made again.
    // The work is bounded by the links of the parties the edit touched, not by the case.
    QSet<PartyPair> pairs;
    QHash<PartyPair, QSet<qint64>> linksOfPair; // the ids each touched pair holds after the edit
    const auto touchPair = [&](const PartyPair &pair) {
        if (pairs.contains(pair))
            return;
        pairs.insert(pair);
        QSet<qint64> &ids = linksOfPair[pair];
        if (PartyNodeItem *node = m_nodes.value(pair.first))
            for (const LinkEdgeItem *edge : node->edges())
                if (pairOf(edge->link()) == pair)
                    ids.insert(edge->linkId().value);
    };
    for (const qint64 id : delta.links.removed)
        if (LinkEdgeItem *edge = m_edges.value(id))
            touchPair(pairOf(edge->link()));
    for (const qint64 id : delta.links.updated) {
        if (LinkEdgeItem *edge = m_edges.value(id))
            touchPair(pairOf(edge->link()));
        if (const Link *link = m_document->link(LinkId(id)))
            touchPair(pairOf(*link));
    }
    for (const qint64 id : delta.links.added)
        if (const Link *link = m_document->link(LinkId(id)))
            touchPair(pairOf(*link));
    if (!delta.products.updated.isEmpty()) // labels name the product
        for (const LinkEdgeItem *edge : std::as_const(m_edges))
            if (edge->link().product && delta.products.updated.contains(edge->link().product->value))
                touchPair(pairOf(edge->link()));
    for (const qint64 id : delta.parties.removed) // their links were removed with them
        if (PartyNodeItem *node = m_nodes.value(id))
            for (LinkEdgeItem *edge : node->edges())
                touchPair(pairOf(edge->link()));
    for (auto it = linksOfPair.begin(); it != linksOfPair.end(); ++it) {
        for (const qint64 id : delta.links.removed)
            it->remove(id);
        for (const qint64 id : delta.links.updated) // may have moved to another pair
            it->remove(id);
    }
    for (const auto &changes : {delta.links.added, delta.links.updated})
        for (const qint64 id : changes)
            if (const Link *link = m_document->link(LinkId(id)))
                linksOfPair[pairOf(*link)].insert(id);

    QSet<qint64> reselect;
    QSet<qint64> touchedParties;
    for (const PartyPair &pair : std::as_const(pairs)) {
        touchedParties << pair.first << pair.second;
        if (PartyNodeItem *node = m_nodes.value(pair.first)) {
            const QList<LinkEdgeItem *> edges = node->edges(); // a copy: dropEdge changes the list
            for (LinkEdgeItem *edge : edges)
                if (pairOf(edge->link()) == pair) {
                    if (edge->isSelected())
                        reselect.insert(edge->linkId().value);
                    dropEdge(edge);
                }
        }
    }

    for (const qint64 id : delta.parties.removed) {
        if (PartyNodeItem *node = m_nodes.take(id))
            delete node;
        m_unplaced.removeAll(PartyId(id));
    }
    for (const qint64 id : delta.parties.updated)
        if (PartyNodeItem *node = m_nodes.value(id))
            if (const Party *party = m_document->party(PartyId(id))) {
                node->setParty(*party);
                touchedParties.insert(id);
            }
    for (const qint64 id : delta.parties.added) {
        const Party *party = m_document->party(PartyId(id));
        if (!party || m_nodes.contains(id))
            continue;
        const auto place = m_places.constFind(id);
        const QPointF at = place != m_places.cend() ? place->position : unplacedPlace(*party);
        if (place == m_places.cend())
            m_unplaced.append(party->id);
        addNode(*party)->setPos(at);
        touchedParties.insert(id);
    }
    for (const qint64 id : delta.positions)
        if (PartyNodeItem *node = m_nodes.value(id)) {
            node->setPos(m_places.value(id).position); // its links follow (PartyNodeItem::itemChange)
            m_unplaced.removeAll(PartyId(id));
        }

    // The links of the touched pairs, made again in id order, as rebuild() fans them out.
    for (auto it = linksOfPair.cbegin(); it != linksOfPair.cend(); ++it) {
        QList<qint64> ids(it->cbegin(), it->cend());
        std::sort(ids.begin(), ids.end());
        int parallel = 0;
        for (const qint64 id : std::as_const(ids))
            if (const Link *link = m_document->link(LinkId(id))) {
                addEdge(*link, parallel++);
                if (reselect.contains(id))
                    if (LinkEdgeItem *edge = m_edges.value(id))
                        edge->setSelected(true);
            }
    }
    for (const qint64 id : delta.partiesBacked)
        if (PartyNodeItem *node = m_nodes.value(id))
            node->setNoteCount(noteCount(SubjectKind::Party, id));
    for (const qint64 id : delta.linksBacked)
        if (LinkEdgeItem *edge = m_edges.value(id))
            edge->setNoteCount(noteCount(SubjectKind::Link, id));

    touchedParties.unite(delta.partiesBacked);
    applyFiltersTo(touchedParties);
    // Country boxes follow the cards: only the boxes of countries whose cards came, went or moved.
    const bool cardsChanged = !delta.parties.isEmpty() || !delta.positions.isEmpty();
    if (cardsChanged)
        updateCountryBoxes();
    // Room to pan grows with the chain; it is never taken away under the user's view.
    QRectF grown = sceneRect();
    for (const qint64 id : std::as_const(touchedParties))
        if (const PartyNodeItem *node = m_nodes.value(id))
            grown |= node->sceneBoundingRect().adjusted(-1500, -1500, 1500, 1500);
    for (const qint64 id : delta.positions)
        if (const PartyNodeItem *node = m_nodes.value(id))
            grown |= node->sceneBoundingRect().adjusted(-1500, -1500, 1500, 1500);
    if (grown != sceneRect())
        setSceneRect(grown);
}

void ChainScene::applyFiltersTo(const QSet<qint64> &parties)
{
    // applyFilters() for the cards of `parties` and their links only.
    for (const qint64 id : parties) {
        PartyNodeItem *node = m_nodes.value(id);
        if (!node)
            continue;
        int links = 0, active = 0;
        for (LinkEdgeItem *edge : node->edges()) {
            const bool isActive = chaingraph::isActiveAsOf(edge->link(), m_asOf);
            const bool shown = isActive && (!m_onlyUnsourced || edge->noteCount() == 0);
            edge->setDimmed(!shown); // after the date: faded, as applyFilters() does
            ++links;
            active += isActive;
        }
        const bool enteredYet = links == 0 || active > 0;
        node->setDimmed(!enteredYet || (m_onlyUnsourced && node->noteCount() > 0));
    }
}

} // namespace chiptrail::gui
