// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "picture/chainpicture.h"

namespace chiptrail::picture {

// The smallest text a page may carry (pagepreset.h: 11 px on web at 1×, 6 pt in print) holds for
// the chain too: an export raises every text of the chain to it (in scene units: the page's
// minimum over the page's scale), whatever its design size. The cards keep their size and show
// less as the text grows (the role line, then the badge; a name too tall for its card leaves the
// card a block, and the legend says so); labels grow with their text and are placed again.

// Sets every element's minTextSize and sizes the label boxes again around their centres (they
// need placing again: labelplacement.h).
void setMinTextSize(ChainPicture &picture, double minTextSize);

// Cards too small to hold their name at their minTextSize (drawn as blocks of their colour).
int cardsWithoutName(const ChainPicture &picture);

} // namespace chiptrail::picture
