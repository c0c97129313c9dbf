// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/polylinegrid.h"
#include "canvas/tilecache.h"

#include <QGraphicsItem>
#include <vector>

namespace chiptrail::gui {

class LinkEdgeItem;

// The lines of all links, drawn and hit-tested as one item through a grid of the cells they
// cross. Each link stays a LinkEdgeItem (selection, tooltip, label, filters); only its line,
// arrow head and shipment box are painted here. As separate items, every long link between
// tiers overlapped every view and every pointer position by its bounding box: at 20,000 parties
// a hover test looked at thousands of links and a frame at 100 % painted thousands of them.
class LinkLinesItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 6 };
    static constexpr double hitTolerance = 5; // scene units either side of a line

    LinkLinesItem();
    ~LinkLinesItem() override; // the links still in the scene forget it

    int type() const override { return Type; }

    // Called by LinkEdgeItem: when it is made, when its line moves, when it goes.
    void add(LinkEdgeItem *edge);
    void refile(LinkEdgeItem *edge, const QPolygonF &oldLine);
    void remove(LinkEdgeItem *edge);
    void repaintAlong(const QPolygonF &line, double margin); // a line there changed how it looks
    void dropTiles() { m_tiles.clear(); } // for measuring a redraw from nothing

    // The visible link whose line passes nearest `scenePos` within the tolerance; the one drawn
    // on top when several do.
    LinkEdgeItem *linkAt(const QPointF &scenePos) const;
    QList<LinkEdgeItem *> linksCrossing(const QRectF &sceneRect) const;
    QRectF linesRect() const; // what the visible lines cover, for fit and export

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    bool contains(const QPointF &point) const override;
    bool collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    // The visible links whose lines may meet `area`, each once, in drawing order.
    std::vector<LinkEdgeItem *> candidates(const QRectF &area) const;
    // Only reads: the tiles are drawn on several threads at once.
    static void paintLines(QPainter *painter, const QRectF &area, const std::vector<LinkEdgeItem *> &edges,
                           double levelOfDetail);

    std::vector<LinkEdgeItem *> m_slots; // by slot (the drawing order); null where one went
    PolylineGrid m_grid;
    QRectF m_bounds;
    TileCache m_tiles; // on screen: the lines as pixels, so that a pan draws only what is new
    mutable std::vector<quint32> m_seen; // per slot: the query that last saw it
    mutable quint32 m_query = 0;
};

} // namespace chiptrail::gui
