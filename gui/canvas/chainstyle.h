// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The chain style moved to core (core/picture/chainstyle.h), where the picture every export draws
// lives. This header stays so the canvas's includes need not change.
#include "picture/chainstyle.h"

namespace chiptrail::gui {
namespace chainstyle = picture::chainstyle;
} // namespace chiptrail::gui
