// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "picture/chainpicture.h"

#include <QString>

namespace chiptrail::gui {

class ChainScene;

// The chain picture of what the scene shows now: its case, the places as the user dragged them,
// the verdict colours, the as-of date, the collapsed groups, and the cards and links a highlighted
// path or the "only unsourced" filter fades. Selection is screen state and stays out. On the GUI
// thread; the picture is plain data any thread may draw.
//
// Lines and labels as the canvas placed them (its lines along dot's curves or bent round cards, its
// labels clear of cards and of each other, those it left out left out): the bare export, "the
// canvas as it is". Or as the case gives them (straight, labels at the middle) for a framed export,
// which has Graphviz draw the lines and places every label itself.
enum class LinesAndLabels { AsOnCanvas, ToBePlaced };
picture::ChainPicture sceneToPicture(const ChainScene &scene, const QString &title = {},
                                     LinesAndLabels lines = LinesAndLabels::AsOnCanvas);

} // namespace chiptrail::gui
