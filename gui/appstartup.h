// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace chiptrail::gui {

// Parses the command line, opens the requested case (or the sample) and runs the event loop.
int runApplication(QApplication &app);

} // namespace chiptrail::gui
