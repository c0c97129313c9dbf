// SPDX-License-Identifier: GPL-3.0-or-later
#include "casecommand.h"

#include "casesession.h"
#include "error.h"

namespace chiptrail::gui {

CaseCommand::CaseCommand(CaseSession *session, const QString &text) : m_session(session)
{
    setText(text);
}

void CaseCommand::redo()
{
    if (m_applied) { // applied by CaseSession::perform just before the push
        m_applied = false;
        return;
    }
    try {
        apply(*m_session->store());
    } catch (const CaseError &error) {
        // The file changed under us (another program, a full disk): say so, keep the stack sane.
        setObsolete(true);
        Q_EMIT m_session->editFailed(error.message());
    }
}

void CaseCommand::undo()
{
    try {
        revert(*m_session->store());
    } catch (const CaseError &error) {
        setObsolete(true);
        Q_EMIT m_session->editFailed(error.message());
    }
}

} // namespace chiptrail::gui
