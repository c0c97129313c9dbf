// SPDX-License-Identifier: GPL-3.0-or-later
#include "partynodeitem.h"

#include "canvas/chainscene.h"
#include "canvas/linkedgeitem.h"
#include "canvas/linkplacer.h"
#include "canvas/mergededgeitem.h"
#include "picture/picturegeometry.h"
#include "picture/picturepainter.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace chiptrail::gui {
PartyNodeItem::PartyNodeItem(const Party &party, int noteCount)
    : m_party(party), m_noteCount(noteCount), m_card(picture::makeCard(party, noteCount, QPointF(0, 0)))
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setZValue(2);
    setToolTip(party.aliases.isEmpty() ? party.name
                                       : party.name + QLatin1Char('\n') + party.aliases.join(QLatin1String(", ")));
}

void PartyNodeItem::setParty(const Party &party)
{
    prepareGeometryChange();
    m_party = party;
    const picture::Card before = m_card;
    m_card = picture::makeCard(party, m_noteCount, QPointF(0, 0));
    m_readableZoom = -1;
    m_detailLod = -1;
    m_card.dimmed = before.dimmed;
    m_card.highlighted = before.highlighted;
    setToolTip(party.aliases.isEmpty() ? party.name
                                       : party.name + QLatin1Char('\n') + party.aliases.join(QLatin1String(", ")));
    for (LinkEdgeItem *edge : std::as_const(m_edges)) // the card's edge may have moved
        edge->adjust();
    update();
}

void PartyNodeItem::setNoteCount(int count)
{
    if (m_noteCount != count) {
        m_noteCount = count;
        m_card.noteCount = count;
        update();
    }
}

QString PartyNodeItem::country() const
{
    return m_party.headquartersCountry.isEmpty() ? m_party.incorporationCountry : m_party.headquartersCountry;
}

void PartyNodeItem::setHighlighted(bool on)
{
    if (m_card.highlighted != on) {
        m_card.highlighted = on;
        update();
    }
}

void PartyNodeItem::setDimmed(bool on)
{
    if (m_card.dimmed != on) {
        m_card.dimmed = on;
        setOpacity(on ? 0.25 : 1.0);
    }
}

double PartyNodeItem::readableZoom() const
{
    if (m_readableZoom < 0)
        m_readableZoom = picture::readableNameLod(m_card);
    return m_readableZoom;
}

QRectF PartyNodeItem::boundingRect() const { return picture::cardBounds(m_card.rect); }

QPainterPath PartyNodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_card.rect, 8, 8);
    return path;
}

void PartyNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod != m_detailLod) {
        m_detail = picture::cardDetail(m_card, lod);
        m_detailLod = lod;
    }
    picture::paintCard(*painter, m_card, m_detail, {isSelected(), m_card.highlighted});
}

QVariant PartyNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        if (auto *chain = qobject_cast<ChainScene *>(scene())) // it may land on other links' labels
            chain->linkPlacer()->cardMoved(m_party.id);
        for (LinkEdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
        for (MergedEdgeItem *edge : std::as_const(m_mergedEdges))
            edge->adjust();
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace chiptrail::gui
