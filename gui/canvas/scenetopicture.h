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
picture::ChainPicture sceneToPicture(const ChainScene &scene, const QString &title = {});

} // namespace chiptrail::gui
