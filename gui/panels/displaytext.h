// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// DisplayText moved to core (core/model/displaytext.h): the chain picture needs its words without
// widgets. This header stays so the panels' includes need not change; new code includes the core one.
#include "model/displaytext.h"
