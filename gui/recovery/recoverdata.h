// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/recover.h"


class QWidget;

namespace chiptrail::gui {

class MainWindow;

// File → Recover Data…: asks for a damaged case file and where to write what can be saved of
// it, copies the rows off the GUI thread (recoverCase) while a progress dialog with Cancel shows,
// says what was saved and offers to open the result in the window.
void recoverData(MainWindow *window);

// The copy itself, off the GUI thread, with a progress dialog over `parent` until it ends; its
// Cancel stops the copy (the report says `cancelled`, and `out` is not written). Throws the
// CaseError recoverCase threw.
RecoveryReport runRecovery(QWidget *parent, const QString &in, const QString &out);

} // namespace chiptrail::gui
