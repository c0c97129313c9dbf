// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/collapsegroups.h"
#include "picture/chainpicture.h"

#include <QGraphicsItem>

namespace chiptrail::gui {

class MergedEdgeItem;

// A collapsed country or company group: one card standing for its parties, with how many there
// are, drawn by picture::paintGroupCard as every export draws it. It sits where their middle was;
// double-click or "Expand" opens it again.
class GroupNodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };

    GroupNodeItem(const CollapseKey &key, QString title, QList<PartyId> members, int innerLinks);

    int type() const override { return Type; }
    const CollapseKey &key() const { return m_key; }
    QString title() const { return m_card.title; }
    const QList<PartyId> &members() const { return m_members; }
    QString country() const; // the group's country box, if any
    void setCountry(const QString &isoCode) { m_country = isoCode; }
    QSizeF size() const { return m_card.rect.size(); }
    const picture::GroupCard &card() const { return m_card; } // around the item's origin

    void addEdge(MergedEdgeItem *edge) { m_edges.append(edge); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    CollapseKey m_key;
    QString m_country;
    QList<PartyId> m_members;
    picture::GroupCard m_card; // centred on the item's origin
    QList<MergedEdgeItem *> m_edges;
};

} // namespace chiptrail::gui
