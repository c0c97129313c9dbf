// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/casecommand.h"
#include "model/entities.h"

#include <optional>

namespace chiptrail::gui {

// Records the user's word on a screening hit; undo puts back the earlier decision, or none.
class SetScreeningDecisionCommand : public CaseCommand
{
public:
    SetScreeningDecisionCommand(CaseSession *session, ScreeningDecision decision);
    void apply(CaseStore &store) override;
    void revert(CaseStore &store) override;

private:
    ScreeningDecision m_decision;
    std::optional<ScreeningDecision> m_previous;
    bool m_captured = false;
};

} // namespace chiptrail::gui
