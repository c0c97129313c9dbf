// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <optional>

namespace chiptrail::layout {

// Where a card added by hand goes, without a layout run: in its tier's column, inside (or
// beside) the box of its country, near the card it belongs with, never on a card, and never
// where its country's box would cross another country's box.
//
// A country's box is the union of its cards grown by the canvas's padding (ChainScene draws the
// same), so "no two boxes overlap" is a property of the places alone and can be checked here.

struct PlacedCard
{
    qint64 party = 0;
    QRectF rect;     // scene coordinates
    QString country; // empty: no country box
    bool pinned = false;
};

struct PlacementRequest
{
    QSizeF size;
    QString country;
    double columnX = 0;           // the centre x of the tier's column
    std::optional<QPointF> near;  // the card it is linked to, or where the user clicked
    bool exactlyNear = false;     // `near` itself when there is room there (a click on the canvas)
    // `near` is the centre of the partner's card: where there is a choice, the straight line
    // from it to the new card crosses no other card.
    bool lineFromNear = false;
};

struct PlacementMove
{
    qint64 party = 0;
    QPointF centre;
};

struct Placement
{
    QPointF centre;
    // Unpinned cards of the same country moved to make room (only when the country's box was
    // hemmed in by others): the caller applies them in the same edit as the new card.
    QList<PlacementMove> moves;
};

struct PlacementSpacing
{
    double gap = 24;         // between cards
    double boxPadding = 12;  // a card to its country box's edge (the canvas pads 8 + a pen)
    double boxLabel = 18;    // the country's name above its cards
    double boxGap = 8;       // between two country boxes
};

// The box a country's cards make (the union of `rect` grown by the spacing).
QRectF countryBoxAround(const QRectF &rect, const PlacementSpacing &spacing = {});

Placement findPlace(const QList<PlacedCard> &cards, const PlacementRequest &request,
                    const PlacementSpacing &spacing = {});

} // namespace chiptrail::layout
