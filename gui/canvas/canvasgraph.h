// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The layout graph with the canvas's card sizes, the DOT export and the places for export moved to
// core (core/picture/chainlayout.h): the command line draws without the canvas. This header stays so
// the layout controller's includes need not change.
#include "picture/chainlayout.h"

namespace chiptrail::gui {
using picture::canvasLayoutGraph;
using picture::chainDot;
using picture::pinnedOnly;
using picture::placesForExport;
} // namespace chiptrail::gui
