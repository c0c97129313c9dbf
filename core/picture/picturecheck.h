// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/layoutresult.h"
#include "picture/chainpicture.h"
#include "picture/paintrecording.h"

#include <QString>

namespace chiptrail::picture {

// What a graphics desk would not publish, counted on the picture's plain data (no widgets, no
// pixels): the same numbers for the canvas, every export, the tests and the bench.
struct PictureFaults
{
    int labelOnCard = 0;     // a link label covering a card (party or group)
    int labelOnLabel = 0;    // two link labels on each other (pairs)
    int labelOnHeader = 0;   // a link label on a country box's heading text
    int lineThroughCard = 0; // a line crossing a card it does not start or end at (line–card pairs)
    // Places where two lines cross. No fault (a chain may need them), so not in total(): compared
    // with what Graphviz draws for the same chain (countLineCrossings on its own splines).
    int lineCrossings = 0;
    int total() const { return labelOnCard + labelOnLabel + labelOnHeader + lineThroughCard; }
    // "label–card 3, label–label 1, label–header 0, line through card 2, line crossings 14"
    QString summary() const;
};

PictureFaults checkPicture(const ChainPicture &picture);

// Where two of the lines (flattened curves) cross, counted once per place. Crossings within a few
// units of a line's ends are left out: lines leaving one card meet at its edge, which is no crossing.
int countLineCrossings(const QList<QPolygonF> &lines);

// The edges of a Graphviz layout as lines (its Bézier splines flattened), for countLineCrossings().
QList<QPolygonF> layoutLines(const layout::LayoutResult &layout);

// Where a country box's heading text lies (what a label must not cover).
QRectF countryHeaderRect(const CountryBox &box);

// A text a recorded page draws (pictureexport.h: recordPage), with its size in the page's units:
// the font's size times the painter's scale. What "never smaller than 11 px on web, 6 pt in
// print" is measured on; the PDF is drawn by the same painting in the same units.
struct DrawnText
{
    QString text;
    double size = 0;
    QByteArray group; // "cards", "labels", "boxes", "legend", …
};
QList<DrawnText> drawnTexts(const PaintRecording &page);

} // namespace chiptrail::picture
