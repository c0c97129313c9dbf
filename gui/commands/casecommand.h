// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>
#include <memory>
#include <vector>

namespace chiptrail {
class CaseStore;
}

namespace chiptrail::gui {

class CaseSession;

// An edit of the case that knows its inverse. The edit is applied once before it enters the
// undo stack (see CaseSession::perform), so a refused edit never becomes an undo step. Each
// apply, undo and redo is one edit of the document: the views hear of it once.
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

// Several edits as one undo step: applied in one transaction (all or none reach the file), undone
// in reverse order, and heard by the views as one change.
class CompositeCommand : public CaseCommand
{
public:
    CompositeCommand(CaseSession *session, const QString &text);
    void add(std::unique_ptr<CaseCommand> part) { m_parts.push_back(std::move(part)); }
    bool isEmpty() const { return m_parts.empty(); }

    void apply(CaseStore &store) override;
    void revert(CaseStore &store) override;

private:
    std::vector<std::unique_ptr<CaseCommand>> m_parts;
};

} // namespace chiptrail::gui
