// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace chiptrail::gui {

class PartyNodeItem;

// One link: drawn by kind (sale solid, shipment solid with a box, lease dashed, suspected tie
// dotted), thicker with quantity, labelled with product, quantity and date.
class LinkEdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    // `parallelIndex` spreads several links between the same two parties into separate arcs.
    LinkEdgeItem(const Link &link, PartyNodeItem *from, PartyNodeItem *to, QString label,
                 int noteCount, int parallelIndex);

    int type() const override { return Type; }
    LinkId linkId() const { return m_link.id; }
    const Link &link() const { return m_link; }
    QString label() const { return m_label; }
    int noteCount() const { return m_noteCount; }
    PartyNodeItem *fromNode() const { return m_from; }
    PartyNodeItem *toNode() const { return m_to; }

    void adjust();
    void setHighlighted(bool on);
    void setDimmed(bool on);
    void setVerdictColour(const QColor &colour); // invalid colour: the kind's own colour
    QPen pen() const; // how the link is drawn when not selected

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    bool collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Link m_link;
    PartyNodeItem *m_from;
    PartyNodeItem *m_to;
    QString m_label;
    int m_noteCount;
    int m_parallelIndex;
    bool m_highlighted = false;
    QColor m_verdictColour;
    QPainterPath m_path;
    mutable QPainterPath m_shape; // made on the first hit test after adjust()
    QPolygonF m_line;             // m_path flattened: for hit tests and clipped drawing
    QPointF m_labelAnchor;
    QRectF m_bounds;
    QRectF m_labelBox; // the label with room for its badge
};

} // namespace chiptrail::gui
