// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QApplication;

namespace chiptrail::gui {

class CasePrompts;
class CaseSession;
class MainWindow;

// What a test driver may put into the start-up (the program itself passes none): who answers the
// window's questions, and what runs once the window is up.
struct StartupHooks
{
    CasePrompts *prompts = nullptr; // null: message boxes
    std::function<void(CaseSession &, MainWindow &)> started;
};

// Parses the command line, opens the requested case (or the sample), offers back untitled cases a
// crash left, and runs the event loop.
int runApplication(QApplication &app, const StartupHooks &hooks = {});

} // namespace chiptrail::gui
