// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"
#include "picture/chainpicture.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace chiptrail::gui {

class LinkLinesItem;
class LinkPlacer;
class PartyNodeItem;

// One link: drawn by kind (sale solid, shipment solid with a box, lease dashed, suspected tie
// dotted), thicker with quantity, labelled with product, quantity and date. The item itself is
// the label; its line is painted and hit-tested by the scene's LinkLinesItem (see there why). Line
// and label are the picture's (picture::LinkLine, picture::LinkLabel), painted by the functions
// every export uses and placed as the exports place them (LinkPlacer).
class LinkEdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    // `parallelIndex` spreads several links between the same two parties into separate arcs.
    LinkEdgeItem(const Link &link, PartyNodeItem *from, PartyNodeItem *to, QString label,
                 int noteCount, int parallelIndex, LinkLinesItem *lines, LinkPlacer *placer = nullptr);
    ~LinkEdgeItem() override;

    int type() const override { return Type; }
    LinkId linkId() const { return m_link.id; }
    const Link &link() const { return m_link; }
    QString label() const { return m_label.text; }
    int noteCount() const { return m_noteCount; }
    PartyNodeItem *fromNode() const { return m_from; }
    PartyNodeItem *toNode() const { return m_to; }
    int parallelIndex() const { return m_parallelIndex; }

    // After a card moved: the line its cards give it now (dot's spline while both stand where dot
    // put them, else straight or arced), its label at the line's middle; the placer is told.
    void adjust();
    // Where the placer put line and label; a label without text is left out (no clear place).
    void setPlaced(const picture::LinkGeometry &line, const picture::LinkLabel &label);
    void setNoteCount(int count);
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_line.highlighted; }
    void setDimmed(bool on);
    void setVerdictColour(const QColor &colour); // invalid colour: the kind's own colour
    QPen pen() const; // how the link is drawn when not selected

    // The line, for LinkLinesItem.
    const picture::LinkLine &line() const { return m_line; }
    const picture::LinkLabel &labelData() const { return m_label; }
    const QPolygonF &polyline() const { return m_line.geometry.polyline; }
    QRectF lineBounds() const { return m_lineBounds; } // with the pen, arrow head and box
    double lineMargin() const { return m_lineMargin; }
    double lineDistanceTo(const QPointF &scenePos) const;
    bool lineCrosses(const QRectF &sceneRect) const;
    // Whether the label is drawn at `lod` (device pixels per scene unit): from
    // picture::labelsFromLod on, unless it was left out.
    bool labelShownAt(double lod) const;
    bool labelLeftOut() const { return m_labelLeftOut; }
    bool isRaised() const { return isSelected() || m_line.highlighted; } // drawn on top, highlighted
    int lineSlot() const { return m_lineSlot; }
    void setLineSlot(int slot) { m_lineSlot = slot; }
    void detachFromLines() { m_lines = nullptr; }
    void detachFromPlacer() { m_placer = nullptr; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void repaintLine();
    void setLine(const picture::LinkGeometry &line);

    Link m_link;
    PartyNodeItem *m_from;
    PartyNodeItem *m_to;
    int m_noteCount;
    int m_parallelIndex;
    QPen m_kindPen; // by kind, quantity and confidence; m_line.pen adds the verdict colour
    LinkLinesItem *m_lines;
    LinkPlacer *m_placer;
    int m_lineSlot = -1;
    bool m_labelLeftOut = false;
    picture::LinkLine m_line;
    picture::LinkLabel m_label;
    QRectF m_lineBounds;
    double m_lineMargin = 0;
    QPainterPath m_shape; // label box and badge: what a click on the label hits
};

} // namespace chiptrail::gui
