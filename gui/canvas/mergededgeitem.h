// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"
#include "picture/chainpicture.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace chiptrail::gui {

// The links between a collapsed group and another card (a party or another group), merged into
// one straight arrow per direction with how many links it stands for, placed and drawn by the
// picture's functions as every export draws it.
class MergedEdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };

    // `from` and `to` are a PartyNodeItem or a GroupNodeItem, with their card sizes.
    MergedEdgeItem(QGraphicsItem *from, QSizeF fromSize, QGraphicsItem *to, QSizeF toSize);

    int type() const override { return Type; }
    void addLink(const Link &link) { m_links.append(link.id); }
    const QList<LinkId> &links() const { return m_links; }
    QGraphicsItem *fromItem() const { return m_from; }
    QGraphicsItem *toItem() const { return m_to; }

    void adjust(); // after an end moved, and once all links are added
    const picture::MergedLine &line() const { return m_line; } // in the scene

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QGraphicsItem *m_from;
    QGraphicsItem *m_to;
    QSizeF m_fromSize, m_toSize;
    QList<LinkId> m_links;
    picture::MergedLine m_line;
    QRectF m_bounds;
};

} // namespace chiptrail::gui
