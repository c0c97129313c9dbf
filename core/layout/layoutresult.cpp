// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutresult.h"

namespace chiptrail::layout {

const NodeGeometry *LayoutResult::node(const QString &id) const
{
    for (const NodeGeometry &n : nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

} // namespace chiptrail::layout
