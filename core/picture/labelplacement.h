// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "picture/chainpicture.h"

namespace chiptrail::picture {

// Moves each link label along its line, and to either side of it, to the first place where it
// covers no card, no country heading and no label placed before it; a label with no such place is
// left out, and the legend says how many were. Longer labels go first (they have fewest places).
// Every export does this, so the file has no label on a card or on another label (picturecheck.h);
// the canvas keeps its labels at the middle of their lines. Returns the number left out.
int placeLabelsClear(ChainPicture &picture);

} // namespace chiptrail::picture
