// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "picture/chainpicture.h"

#include <QFont>
#include <QPainterPath>

#include <optional>

namespace chiptrail::picture {

// Where the picture's elements go: shared by the canvas items (which move as the user drags) and
// the picture builder, so what is exported lies where it lies on screen.

// Where the segment from the card's centre towards `towards` leaves the card.
QPointF cardExit(const QPointF &centre, const QSizeF &card, const QPointF &towards);

// A card for `party` centred on `centre`, as wide as its name needs.
Card makeCard(const Party &party, int noteCount, const QPointF &centre);
QRectF cardBounds(const QRectF &card); // with room for the selection border

// The line of a link from one card to another (the same card: a self loop). `parallelIndex`
// spreads several links between the same two parties into separate arcs, 48 at most; more
// links share them.
LinkGeometry linkGeometry(const QPointF &from, const QSizeF &fromSize, const QPointF &to, const QSizeF &toSize,
                          bool selfLoop, int parallelIndex);
// A line along Graphviz's spline (1 + 3n points) that ends at `tip` on the card's edge, its label
// at `labelAnchor` (the spline's middle when none).
LinkGeometry splineGeometry(const QPolygonF &spline, const QPointF &tip, const std::optional<QPointF> &labelAnchor);
// A fresh path along the geometry, for drawing into a file (never shared between threads).
QPainterPath linkPath(const LinkGeometry &geometry);
// Room around the line for the widest pen (selected), the arrow head, the shipment box and the hit
// tolerance: what a line may cover beyond its points.
double lineMargin(const QPen &pen);
QRectF lineBounds(const LinkGeometry &geometry, double margin);

QFont labelFont();
// A font of `designed` pixels, or larger where an element's minTextSize asks for more (whole pixels).
QFont atLeast(QFont font, double designed, double minTextSize);
// How much larger than designed a label's text is drawn (1 on the canvas): its box, verdict mark
// and badge grow with it.
double labelTextScale(const LinkLabel &label);
inline constexpr double verdictMarkRoom = 15; // the verdict mark left of a label's text
// The label box (several lines) centred on `anchor`, and the note badge at its corner.
void placeLabel(LinkLabel &label, const QPointF &anchor);
// The same label, already placed once, centred on `anchor` instead: its text is not measured again
// (what placing thousands of labels, each tried at many places, costs most).
void moveLabel(LinkLabel &label, const QPointF &anchor);
QRectF labelBounds(const LinkLabel &label); // empty text: a point at the anchor
// The merged line's label box for its text at the line's middle (larger with minTextSize).
void sizeMergedLabel(MergedLine &merged);
QFont mergedLabelFont(double minTextSize = 0);

// A collapsed group's card centred on `centre`.
GroupCard makeGroupCard(const CollapseKey &key, const QString &title, int members, int innerLinks,
                        const QPointF &centre);
QRectF groupBounds(const QRectF &card);

// The arrow between two cards standing for `count` merged links.
MergedLine makeMergedLine(const QPointF &from, const QSizeF &fromSize, const QPointF &to, const QSizeF &toSize,
                          int count);
QRectF mergedBounds(const MergedLine &line);
double mergedWidth(int count);

// The part of `segment` inside `clip` as parameters 0 <= t0 <= t1 <= 1 (Liang–Barsky); false when
// none of it is.
bool clipSegment(const QLineF &segment, const QRectF &clip, double &t0, double &t1);
double distanceToSegment(const QPointF &p, const QLineF &segment);
// Rectangles that together cover `line` widened by `margin` on each side: at most `maxPieces`
// stretches of equal length along it, none shorter than `minPieceLength` (one for a short line).
// A long diagonal line's bounding box can be most of a view; these are what it really covers, so
// that drawing it again does not draw everything beside it again.
QList<QRectF> stripRects(const QPolygonF &line, double margin, int maxPieces = 16, double minPieceLength = 120);

QRectF countryBoxBounds(const QRectF &box); // with its border
// The room a country box leaves around a card: inside Graphviz's cluster margin, header on top.
QRectF countryBoxAround(const QRectF &cardBounds);

} // namespace chiptrail::picture
