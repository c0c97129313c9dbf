// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"
#include "picture/chainpicture.h"
#include "picture/picturepainter.h"

#include <QGraphicsItem>

namespace chiptrail::gui {

class LinkEdgeItem;
class MergedEdgeItem;

// One party on the canvas: a card in its role's colour with name, role, country and how many
// notes back it, drawn by picture::paintCard as every export draws it. Plain QGraphicsItem (no
// QObject): large cases hold tens of thousands of them.
class PartyNodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    PartyNodeItem(const Party &party, int noteCount);

    int type() const override { return Type; }
    PartyId partyId() const { return m_party.id; }
    const Party &party() const { return m_party; }
    int noteCount() const { return m_noteCount; }
    QString country() const;
    QSizeF size() const { return m_card.rect.size(); }
    // The card as the picture holds it, around the item's origin.
    const picture::Card &card() const { return m_card; }
    // What the card draws at `scale` (device pixels per scene unit: the view's zoom): the name's
    // lines and font, whether role and country and the note badge show (picture::cardDetail).
    picture::CardDetail detailAt(double scale) const { return picture::cardDetail(m_card, scale); }
    // The farthest-out zoom at which the whole name shows readably (picture::readableNameLod).
    double readableZoom() const;

    // After an edit of the party or of the notes that back it: same card, new text.
    void setParty(const Party &party);
    void setNoteCount(int count);

    void addEdge(LinkEdgeItem *edge) { m_edges.append(edge); }
    void removeEdge(LinkEdgeItem *edge) { m_edges.removeAll(edge); }
    const QList<LinkEdgeItem *> &edges() const { return m_edges; }
    void addMergedEdge(MergedEdgeItem *edge) { m_mergedEdges.append(edge); } // to a collapsed group
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_card.highlighted; }
    void setDimmed(bool on);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    Party m_party;
    int m_noteCount;
    picture::Card m_card; // centred on the item's origin
    mutable double m_readableZoom = -1; // worked out when first asked, again after a new name
    picture::CardDetail m_detail; // what the card showed when last drawn, at m_detailLod
    double m_detailLod = -1;
    QList<LinkEdgeItem *> m_edges;
    QList<MergedEdgeItem *> m_mergedEdges;
};

} // namespace chiptrail::gui
