// SPDX-License-Identifier: GPL-3.0-or-later
#include "screeningcommands.h"

#include "store/casestore.h"

#include <QCoreApplication>

namespace chiptrail::gui {

SetScreeningDecisionCommand::SetScreeningDecisionCommand(CaseSession *session, ScreeningDecision decision)
    : CaseCommand(session, decision.isMatch ? QCoreApplication::translate("Commands", "Mark screening hit as a match")
                                            : QCoreApplication::translate("Commands", "Mark screening hit as not a match")),
      m_decision(std::move(decision))
{
}

void SetScreeningDecisionCommand::apply(CaseStore &store)
{
    if (!m_captured) {
        for (const auto &d : store.screeningDecisions())
            if (d.party == m_decision.party && d.entryId == m_decision.entryId)
                m_previous = d;
        m_captured = true;
    }
    store.setScreeningDecision(m_decision);
}

void SetScreeningDecisionCommand::revert(CaseStore &store)
{
    if (m_previous)
        store.setScreeningDecision(*m_previous);
    else
        store.removeScreeningDecision(m_decision.party, m_decision.entryId);
}

} // namespace chiptrail::gui
