// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace chiptrail::gui {

class CasePrompts;
class CaseSession;

// At start-up: the untitled cases that crashed or killed runs left in the unsaved folder, offered
// back one by one (Recover / Discard / Later). A file that cannot be opened or fails the integrity
// check is said to be damaged and moved aside, never opened. After one is recovered the rest wait
// for the next start. Returns whether the session holds a recovered case now.
bool offerRecovery(CaseSession &session, CasePrompts &prompts, QWidget *parent);

} // namespace chiptrail::gui
