// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

namespace chiptrail::layout {

// A CaseError that also says what went wrong, so the canvas can react: fall back to the built-in
// layout when Graphviz is missing, stay quiet when the user cancelled.
class LayoutError : public CaseError
{
public:
    enum class Kind {
        GraphvizMissing, // the program is not installed (Debian package "graphviz")
        Crashed,         // killed by a signal
        Failed,          // exited with an error code
        TimedOut,        // stopped after the time limit
        Cancelled,       // stopped because cancel() was called
        OutputTooLarge,  // more output than the limit allows
        BadOutput        // output that is not a layout
    };
    LayoutError(Kind kind, QString message) : CaseError(std::move(message)), m_kind(kind) {}
    Kind kind() const noexcept { return m_kind; }

private:
    Kind m_kind;
};

} // namespace chiptrail::layout
