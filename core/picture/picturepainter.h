// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "picture/chainpicture.h"

#include <QPainter>
#include <functional>
#include <vector>

namespace chiptrail::picture {

// How each element of the chain is drawn, at a level of detail (device pixels per scene unit, as
// QStyleOptionGraphicsItem::levelOfDetailFromTransform gives it). The canvas items and every export
// call these same functions, so what is published is what the window shows. Each function draws
// in the painter's current coordinates and opacity, and only reads its arguments: the canvas draws
// lines on several threads at once.

struct CardState
{
    bool selected = false;
    bool highlighted = false;
};

// What a card shows at a level of detail, so that a reader can tell who is who at any zoom the
// card can hold a name at: the name first, then the role and country line, then the note badge,
// as the zoom allows. The name is never smaller on screen than minNameScreenPixels: where its own
// size would be, it is drawn larger relative to the card (on two lines if it needs them and they
// fit, else elided). Only when even the card's whole height cannot hold it (lod below
// minNameLod) is the card a block of its role's colour. The canvas and every export draw this.
inline constexpr double minNameScreenPixels = 9;
inline constexpr double nameFontSize = 13;    // scene units, at full detail
// A card's minTextSize raises every text to it: the name as above, then the role line where it
// still fits under the name, then the badge (grown with its number) where it fits beside it.
inline constexpr double subtitleFontSize = 11;
inline constexpr double badgeFontSize = 10;
struct CardDetail
{
    bool block = false;          // too far out for any text: a filled block
    double namePixelSize = nameFontSize; // the name's font, in scene units (the card's)
    QStringList nameLines;       // the name as drawn: one line, two, or elided
    QRectF nameRect;             // where they go, in the card's coordinates
    bool subtitle = false;       // role · country
    double subtitlePixelSize = subtitleFontSize;
    QRectF subtitleRect;
    bool badge = false;          // the note count
    double badgePixelSize = badgeFontSize;
    QRectF badgeRect;
    // How tall the name's letters are on screen at `lod` (font pixel size × lod).
    double nameScreenPixels(double lod) const { return namePixelSize * lod; }
};
CardDetail cardDetail(const Card &card, double lod);
// The card is too small to hold its name at its minTextSize: a block at any zoom.
bool nameTooLargeForCard(const Card &card);
// Below this the tallest name font the card holds is still under minNameScreenPixels on screen.
double minNameLod(const Card &card);
// The farthest-out level of detail at which the card still draws its whole name (one line or
// two, not cut short) at minNameScreenPixels or more; a name too long for the card even at its
// own size (elided at any zoom) gives the zoom where its own size is readable.
double readableNameLod(const Card &card);

void paintCard(QPainter &painter, const Card &card, double lod, CardState state);
// The same with what it shows worked out before (the canvas keeps it per card and zoom: measuring
// the name is most of what a card costs to draw).
void paintCard(QPainter &painter, const Card &card, const CardDetail &detail, CardState state);
void paintGroupCard(QPainter &painter, const GroupCard &group, double lod, bool selected);
void paintCountryBox(QPainter &painter, const CountryBox &box, double lod);
// Link labels show from labelsFromLod on (below it they would be specks). Where they lie is the
// label placement's (labelplacement.h), on the canvas as in every export.
inline constexpr double labelsFromLod = 0.45;
// `raised`: selected or on a highlighted path.
void paintLinkLabel(QPainter &painter, const LinkLabel &label, double lod, bool raised);
// The verdict's shape in its colour, filling `rect`: on link labels and in the legend.
void paintVerdictMark(QPainter &painter, VerdictMark mark, const QRectF &rect);
void paintMergedLine(QPainter &painter, const MergedLine &line, double lod, bool selected);

// The pen a line is drawn with: its own, or the highlight when raised.
QPen drawnPen(const QPen &pen, bool raised);

struct LineToDraw
{
    const LinkLine *line = nullptr;
    bool raised = false;   // drawn over the others, in the highlight colour
    double opacity = 1;
};
// The lines that meet `exposed`, in the order given, the raised ones last. Far out (lod below
// thinLinesBelow) they are a pixel wide, batched by colour and drawn without smoothing.
inline constexpr double thinLinesBelow = 0.3;
void paintLinkLines(QPainter &painter, const QRectF &exposed, const std::vector<LineToDraw> &lines, double lod);
// One line with its arrow head and shipment box; only the pieces inside `exposed` are stroked.
void paintLinkLine(QPainter &painter, const LinkLine &line, const QRectF &exposed, bool raised);

// The whole picture in scene coordinates, in stacking order (boxes, lines, labels and merged
// lines, cards, groups), without background. `cancelled` is asked now and then; true stops it.
void paintPicture(QPainter &painter, const ChainPicture &picture, double lod,
                  const std::function<bool()> &cancelled = {});

} // namespace chiptrail::picture
