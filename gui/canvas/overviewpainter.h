// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

class QPainter;

namespace chiptrail::gui {

class ChainScene;

// Paints the chain far out (zoomed below where link labels show) straight from the scene's own
// lists, each item drawing itself as the scene would draw it, in the same stacking order: the
// country boxes, the link lines, the merged links of folded groups, the cards. It skips what
// QGraphicsScene::render() costs at 20,000 parties: sorting every item by stacking order and
// visiting 40,000 link labels that draw nothing at this size (most of a full redraw).
// Returns false, having painted nothing, when the zoom shows labels or the scene holds an item
// it does not know (the line drawn while a link is being made): render() is then the way.
bool paintOverview(const ChainScene &scene, QPainter *painter, const QRectF &target, const QRectF &source);

} // namespace chiptrail::gui
