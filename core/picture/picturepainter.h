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

void paintCard(QPainter &painter, const Card &card, double lod, CardState state);
void paintGroupCard(QPainter &painter, const GroupCard &group, double lod, bool selected);
void paintCountryBox(QPainter &painter, const CountryBox &box, double lod);
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
