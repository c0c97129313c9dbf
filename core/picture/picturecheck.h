// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "picture/chainpicture.h"

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
    int total() const { return labelOnCard + labelOnLabel + labelOnHeader + lineThroughCard; }
    QString summary() const; // "label–card 3, label–label 1, label–header 0, line through card 2"
};

PictureFaults checkPicture(const ChainPicture &picture);

// Where a country box's heading text lies (what a label must not cover).
QRectF countryHeaderRect(const CountryBox &box);

} // namespace chiptrail::picture
