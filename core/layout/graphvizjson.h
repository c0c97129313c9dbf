// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layoutresult.h"

#include <QByteArray>

namespace chiptrail::layout {

// Reads Graphviz `-Tjson` or `-Tjson0` output into a LayoutResult (scene coordinates, y down).
// Skeleton nodes written by writeDot() and the edges between them are left out.
// Garbage, truncated output, or a node without a usable position throw CaseError with a
// message for the user; fields that only decorate (labels, label positions, edge points) may be
// missing and are then left empty.
LayoutResult parseGraphvizJson(const QByteArray &json);

} // namespace chiptrail::layout
