// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "picture/chainpicture.h"

#include <QSet>

namespace chiptrail::picture {

// Moves each link label along its line, and to either side of it, to the first place where it
// covers no card, no country heading and no label placed before it; a label with no such place is
// left out, and the legend says how many were. Longer labels go first (they have fewest places).
// Every export does this, so the file has no label on a card or on another label (picturecheck.h).
// Returns the number left out.
int placeLabelsClear(ChainPicture &picture);

// The same for the labels of `movable` only: the picture's other labels stay where they are and
// are avoided like cards. The canvas places the labels of the links an edit touched this way, in
// a picture of what lies around them (labelSearchArea), without a legend note.
int placeLabelsClear(ChainPicture &picture, const QSet<qint64> &movable);

// Where placeLabelsClear may put a label of `size` along `line`: one rectangle per place along
// the line, holding the label on it and beside it. What lies outside them cannot be in its way.
QList<QRectF> labelSearchArea(const QPolygonF &line, const QSizeF &size);

} // namespace chiptrail::picture
