// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/layoutresult.h"
#include "model/entities.h"
#include "picture/chainpicture.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace chiptrail::gui {

class ChainScene;
class LinkEdgeItem;

// Where the canvas draws its link lines and labels: as every framed export does (core/picture).
// After a dot layout, a link runs along dot's spline while both its cards stand where dot put them
// (graphvizlines.h: applyDotLines). A link whose card was moved since, or one the built-in layout
// placed, is bent round the cards in its way (lineplacement.h). Labels move along their lines to
// where they cover no card, no country heading and no other label, or are left out and counted
// (labelplacement.h). This is worked out when the lines change (a layout, a card moved, a link
// added), never while painting: for the whole chain after a layout or a rebuild, for the links an
// edit touched and the labels it disturbed otherwise, soon after the change (several moves of one
// event are placed once).
class LinkPlacer : public QObject
{
    Q_OBJECT
public:
    explicit LinkPlacer(ChainScene *scene);

    // The splines of a dot layout whose places the cards now stand at; lines of earlier layouts
    // that this one did not route are kept. Places every line and label again.
    void setDotLayout(const layout::LayoutResult &result);
    void forgetDotLayout(); // another case
    // The line along dot's spline for the link, when its cards stand at `from` and `to` as they
    // did then; null otherwise.
    const picture::LinkGeometry *dotLine(LinkId link, const QPointF &from, const QPointF &to) const;

    void due(LinkEdgeItem *edge);    // its line changed: place it (and what it disturbs) soon
    void cardMoved(PartyId party);   // labels it may have landed on are placed again soon
    void forget(LinkEdgeItem *edge); // it goes
    void placeAll();                 // every line and label, now
    void placeDue();                 // what is due, now
    bool isDue() const { return !m_due.isEmpty() || !m_movedCards.isEmpty(); }
    int leftOut() const { return int(m_leftOut.size()); } // labels with no clear place

    // Up to this many links the whole chain is placed after every change (a few milliseconds, and
    // an undo then gives back exactly the places before); above it, only what the change touched.
    void setWholeChainUpTo(int links) { m_wholeChainUpTo = links; }

Q_SIGNALS:
    void leftOutChanged(int count);

private:
    struct DotLine
    {
        QPointF from, to; // the cards' centres dot drew it for
        picture::LinkGeometry geometry;
    };
    void post();
    void placeAround(const QList<LinkEdgeItem *> &edges, const QList<PartyId> &movedCards);
    void setLeftOut(LinkEdgeItem *edge, bool leftOut);

    ChainScene *m_scene;
    QHash<qint64, DotLine> m_dot;
    QSet<LinkEdgeItem *> m_due;
    QSet<qint64> m_movedCards;
    QSet<LinkEdgeItem *> m_leftOut;
    bool m_posted = false;
    int m_wholeChainUpTo = 400;
    int m_reportedLeftOut = 0;
};

} // namespace chiptrail::gui
