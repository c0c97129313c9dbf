// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>

namespace chiptrail::gui {

// The platform's own keys for a standard action, and the keys the user guide documents as well
// when the platform lacks them (a bare X11 session binds no Save As), each key once: a key listed
// twice makes Qt call it an ambiguous shortcut and do nothing.
inline QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence &documented)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(documented))
        keys.append(documented);
    return keys;
}

} // namespace chiptrail::gui
