// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/casecommand.h"
#include "model/entities.h"

namespace chiptrail::gui {

// Case → Properties: the case's title, subtitle, description, author, credit line and language.
class SetCaseInfoCommand : public CaseCommand
{
public:
    SetCaseInfoCommand(CaseSession *session, CaseInfo before, CaseInfo after);
    void apply(CaseStore &store) override;
    void revert(CaseStore &store) override;

private:
    CaseInfo m_before, m_after;
};

} // namespace chiptrail::gui
