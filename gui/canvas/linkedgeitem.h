// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace chiptrail::gui {

class LinkLinesItem;
class PartyNodeItem;

// One link: drawn by kind (sale solid, shipment solid with a box, lease dashed, suspected tie
// dotted), thicker with quantity, labelled with product, quantity and date. The item itself is
// the label; its line is painted and hit-tested by the scene's LinkLinesItem (see there why).
class LinkEdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    // `parallelIndex` spreads several links between the same two parties into separate arcs.
    LinkEdgeItem(const Link &link, PartyNodeItem *from, PartyNodeItem *to, QString label,
                 int noteCount, int parallelIndex, LinkLinesItem *lines);
    ~LinkEdgeItem() override;

    int type() const override { return Type; }
    LinkId linkId() const { return m_link.id; }
    const Link &link() const { return m_link; }
    QString label() const { return m_label; }
    int noteCount() const { return m_noteCount; }
    PartyNodeItem *fromNode() const { return m_from; }
    PartyNodeItem *toNode() const { return m_to; }

    void adjust();
    void setNoteCount(int count);
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    void setDimmed(bool on);
    void setVerdictColour(const QColor &colour); // invalid colour: the kind's own colour
    QPen pen() const; // how the link is drawn when not selected

    // The line, for LinkLinesItem.
    const QPolygonF &polyline() const { return m_line; }
    QRectF lineBounds() const { return m_lineBounds; } // with the pen, arrow head and box
    double lineMargin() const { return m_lineMargin; }
    double lineDistanceTo(const QPointF &scenePos) const;
    bool lineCrosses(const QRectF &sceneRect) const;
    // Only reads the item: LinkLinesItem calls it from several threads at once.
    void paintLine(QPainter *painter, const QRectF &exposed) const;
    QColor thinLineColour() const; // far out: the colour, faded as the link is
    void appendThinLines(QList<QLineF> &lines) const;
    int lineSlot() const { return m_lineSlot; }
    void setLineSlot(int slot) { m_lineSlot = slot; }
    void detachFromLines() { m_lines = nullptr; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QPen drawnPen() const; // pen(), or the highlight when selected or on a path
    void repaintLine();

    Link m_link;
    PartyNodeItem *m_from;
    PartyNodeItem *m_to;
    QString m_label;
    int m_noteCount;
    int m_parallelIndex;
    bool m_highlighted = false;
    QColor m_verdictColour;
    LinkLinesItem *m_lines;
    int m_lineSlot = -1;
    QPainterPath m_path;
    QPolygonF m_line; // m_path flattened: for the grid, hit tests and clipped drawing
    QRectF m_pathBounds;
    QPointF m_arrowTip, m_arrowBack, m_boxCentre;
    QRectF m_lineBounds;
    double m_lineMargin = 0;
    QPointF m_labelAnchor;
    QRectF m_labelBox;   // the label's white box
    QRectF m_badge;      // the note badge at its corner
    QPainterPath m_shape; // both: what a click on the label hits
};

} // namespace chiptrail::gui
