// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/placement.h"
#include "model/entities.h"

#include <optional>

namespace chiptrail {
class CaseDocument;
}

namespace chiptrail::gui {

class ChainScene;

// Where a party added on the canvas goes: layout::findPlace over the cards the scene shows, in the
// column the scene's cards of its tier stand in (worked out from the other tiers' columns when it
// is the first of its tier). `near`: the card it is linked to, or where the user clicked.
// `leaveOut`: a card being placed again (it does not stand in its own way).
layout::Placement placeForParty(const ChainScene &scene, const CaseDocument &document, const Party &party,
                                std::optional<QPointF> near = std::nullopt, PartyId leaveOut = {},
                                bool exactlyNear = false);

} // namespace chiptrail::gui
