// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QGraphicsItem;
class QMenu;

namespace chiptrail::gui {

class ChainScene;

// The fold entries of the canvas's context menu for what lies under the pointer: "Collapse
// Country" on a country box or a party, "Collapse Company Group" on a party with ownership
// links, "Expand" on a collapsed group, "Expand All Groups" anywhere while something is folded.
void addCollapseActions(QMenu &menu, ChainScene *scene, const QList<QGraphicsItem *> &itemsAtPointer);

} // namespace chiptrail::gui
