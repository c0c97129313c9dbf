// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "picture/chainpicture.h"

namespace chiptrail::picture {

// Bends each link line that runs through a card it does not join into an arc around it: the
// first of ever wider arcs, to either side, that crosses no card, else the one that crosses
// fewest (if fewer than the straight line), within a budget of work (on a big chain the lines
// after it stay straight). Framed exports do this before placing the labels, and so does the
// canvas for the lines not along dot's splines (gui/canvas/linkplacer.h). Returns the number of lines bent.
int routeLinesAroundCards(ChainPicture &picture);

} // namespace chiptrail::picture
