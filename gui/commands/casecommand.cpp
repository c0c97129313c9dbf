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
        const CaseDocument::EditScope edit(m_session->document());
        apply(*m_session->store());
    } catch (const CaseError &error) {
        // The file changed under us (another program, a full disk): say so, keep the stack sane.
        setObsolete(true);
        Q_EMIT m_session->editFailed(CaseSession::tr("Undo/redo"), error.message());
    }
}

void CaseCommand::undo()
{
    try {
        const CaseDocument::EditScope edit(m_session->document());
        revert(*m_session->store());
    } catch (const CaseError &error) {
        setObsolete(true);
        Q_EMIT m_session->editFailed(CaseSession::tr("Undo/redo"), error.message());
    }
}

CompositeCommand::CompositeCommand(CaseSession *session, const QString &text) : CaseCommand(session, text) {}

void CompositeCommand::apply(CaseStore &store)
{
    store.editAtOnce([&] {
        for (const auto &part : m_parts)
            part->apply(store);
    });
}

void CompositeCommand::revert(CaseStore &store)
{
    store.editAtOnce([&] {
        for (auto part = m_parts.rbegin(); part != m_parts.rend(); ++part)
            (*part)->revert(store);
    });
}

} // namespace chiptrail::gui
