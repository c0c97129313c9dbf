// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainscene.h"

#include "canvas/chainstyle.h"
#include "canvas/countryboxitem.h"
#include "canvas/linkedgeitem.h"
#include "canvas/partynodeitem.h"
#include "model/chaingraph.h"
#include "panels/displaytext.h"

#include <QGraphicsSceneMouseEvent>
#include <QLocale>

namespace chiptrail::gui {

ChainScene::ChainScene(QObject *parent) : QGraphicsScene(parent)
{
    setItemIndexMethod(BspTreeIndex);
    setBackgroundBrush(Qt::white);
}

QString ChainScene::linkLabel(const Link &link) const
{
    QStringList parts;
    QString what;
    if (link.product)
        for (const auto &p : m_case.products)
            if (p.id == *link.product)
                what = p.name;
    if (link.quantity)
        what = what.isEmpty() ? DisplayText::number(double(*link.quantity))
                              : tr("%1 × %2").arg(DisplayText::number(double(*link.quantity)), what);
    if (what.isEmpty() && !movesHardware(link.kind))
        what = DisplayText::linkKind(link.kind);
    if (!what.isEmpty())
        parts << what;
    if (!link.dateFrom.isNull())
        parts << DisplayText::dateRange(link.dateFrom, link.dateTo);
    if (link.confidence != Confidence::Confirmed && link.confidence != Confidence::Reported)
        parts << tr("(%1)").arg(DisplayText::confidence(link.confidence));
    return parts.join(QLatin1Char('\n'));
}

void ChainScene::setCase(const CaseData &data, const QList<NodePosition> &positions)
{
    m_linkSource = nullptr;
    m_rubberLink = nullptr;
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_countryBoxes.clear();
    m_unplaced.clear();
    m_pinned.clear();
    m_case = data;

    QHash<qint64, QPointF> stored;
    for (const auto &p : positions) {
        stored.insert(p.party.value, p.position);
        m_pinned.insert(p.party.value, p.pinned);
    }
    const auto partyNotes = chaingraph::noteCounts(data, SubjectKind::Party);
    const auto linkNotes = chaingraph::noteCounts(data, SubjectKind::Link);

    QHash<int, int> placedPerTier;
    for (const auto &party : data.parties) {
        auto *item = new PartyNodeItem(party, partyNotes.value(party.id.value));
        if (stored.contains(party.id.value)) {
            item->setPos(stored.value(party.id.value));
        } else {
            // Until a layout runs: the tier's column, stacked.
            const int tier = chainTier(party.role);
            item->setPos(tier * 320.0, placedPerTier[tier]++ * 110.0);
            m_unplaced.append(party.id);
        }
        addItem(item);
        m_nodes.insert(party.id.value, item);
    }

    QHash<QPair<qint64, qint64>, int> parallel;
    for (const auto &link : data.links) {
        PartyNodeItem *from = m_nodes.value(link.from.value), *to = m_nodes.value(link.to.value);
        if (!from || !to)
            continue;
        const auto pair = qMakePair(std::min(link.from.value, link.to.value), std::max(link.from.value, link.to.value));
        auto *edge = new LinkEdgeItem(link, from, to, linkLabel(link), linkNotes.value(link.id.value), parallel[pair]++);
        edge->setVerdictColour(m_linkColours.value(link.id.value));
        addItem(edge);
        m_edges.insert(link.id.value, edge);
    }
    updateCountryBoxes();
    applyFilters();
    // The scene is as big as the chain plus room to pan, never what earlier cases left behind.
    setSceneRect(contentRect().adjusted(-1500, -1500, 1500, 1500));
}

void ChainScene::updateCountryBoxes()
{
    QHash<QString, QRectF> bounds;
    for (PartyNodeItem *node : std::as_const(m_nodes)) {
        const QString country = node->country();
        if (country.isEmpty() || !node->isVisible())
            continue;
        const QRectF card = node->sceneBoundingRect().adjusted(-chainstyle::countryPadding, -chainstyle::countryPadding - 16,
                                                               chainstyle::countryPadding, chainstyle::countryPadding);
        bounds[country] = bounds.value(country).isNull() ? card : bounds.value(country).united(card);
    }
    for (auto it = m_countryBoxes.begin(); it != m_countryBoxes.end();) {
        if (!bounds.contains(it.key())) {
            delete it.value();
            it = m_countryBoxes.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = bounds.cbegin(); it != bounds.cend(); ++it) {
        CountryBoxItem *box = m_countryBoxes.value(it.key());
        if (!box) {
            box = new CountryBoxItem(it.key(), DisplayText::country(it.key()));
            addItem(box);
            m_countryBoxes.insert(it.key(), box);
        }
        box->setRect(it.value());
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
        const bool active = chaingraph::isActiveAsOf(edge->link(), m_asOf);
        const bool shown = active && (!m_onlyUnsourced || edge->noteCount() == 0);
        edge->setVisible(active);
        edge->setDimmed(active && !shown);
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
}

void ChainScene::setLinkColours(const QHash<qint64, QColor> &colours)
{
    m_linkColours = colours;
    for (LinkEdgeItem *edge : std::as_const(m_edges))
        edge->setVerdictColour(colours.value(edge->linkId().value));
}

QList<PartyId> ChainScene::selectedParties() const
{
    QList<PartyId> ids;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == PartyNodeItem::Type)
            ids.append(static_cast<PartyNodeItem *>(item)->partyId());
    return ids;
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
    result.reserve(m_nodes.size());
    for (PartyNodeItem *node : std::as_const(m_nodes))
        result.append({node->partyId(), node->pos(), m_pinned.value(node->partyId().value)});
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

QRectF ChainScene::contentRect() const
{
    QRectF rect;
    for (QGraphicsItem *item : items())
        if (item->isVisible())
            rect = rect.united(item->sceneBoundingRect());
    return rect.adjusted(-20, -20, 20, 20);
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
                                   QPen(chainstyle::highlightColour(), 2, Qt::DashLine));
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
            m_dragStart.append({node->partyId(), node->pos(), m_pinned.value(node->partyId().value)});
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
