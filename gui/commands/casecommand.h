// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>
#include <memory>

namespace chiptrail {
class CaseStore;
}

namespace chiptrail::gui {

class CaseSession;

// An edit of the case that knows its inverse. The edit is applied once before it enters the
// undo stack (see CaseSession::perform), so a refused edit never becomes an undo step.
class CaseCommand : public QUndoCommand
{
public:
    CaseCommand(CaseSession *session, const QString &text);

    virtual void apply(CaseStore &store) = 0;
    virtual void revert(CaseStore &store) = 0;

    void redo() final;
    void undo() final;

protected:
    CaseSession *m_session;

private:
    friend class CaseSession;
    bool m_applied = false;
};

} // namespace chiptrail::gui
