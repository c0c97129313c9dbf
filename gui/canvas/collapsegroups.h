// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CollapseKey moved to core (core/model/collapsegroups.h): the chain picture draws collapsed groups
// without widgets. This header stays so the canvas's includes need not change.
#include "model/collapsegroups.h"
