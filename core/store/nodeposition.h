// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QPointF>

namespace chiptrail {

// Where a party's card is on the canvas; pinned when placed by hand (kept by Re-layout).
struct NodePosition
{
    PartyId party;
    QPointF position;
    bool pinned = false;
    bool operator==(const NodePosition &) const = default;
};

} // namespace chiptrail
