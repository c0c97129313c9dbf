// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/casestore.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUndoStack>
#include <memory>

namespace chiptrail::gui {

// The case the window works on: its store, its undo history, and whether it still lives in a
// temporary file (a new or sample case that was never saved under a name of the user's).
class CaseSession : public QObject
{
    Q_OBJECT
public:
    explicit CaseSession(QObject *parent = nullptr);
    ~CaseSession() override;

    // Each throws CaseError with a message for the user and leaves the current case open.
    void openFile(const QString &path);
    void openSample();
    void newCase(const QString &title);
    void saveAs(const QString &path);

    // Applies an edit and, when the store accepted it, puts it on the undo stack.
    // Throws CaseError (and pushes nothing) when the edit is refused.
    void perform(std::unique_ptr<class CaseCommand> command);

    bool hasCase() const { return m_store != nullptr; }
    CaseStore *store() const { return m_store.get(); }
    QUndoStack *undoStack() { return &m_undo; }
    bool isTemporary() const { return m_temporary; }
    QString displayName() const;

Q_SIGNALS:
    void caseReplaced();  // a different case is open now
    void caseChanged();   // the open case was edited
    void editFailed(const QString &message); // an undo or redo could not be applied

private:
    void adopt(std::unique_ptr<CaseStore> store, bool temporary);
    QString temporaryPath(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<CaseStore> m_store;
    QUndoStack m_undo;
    bool m_temporary = false;
};

} // namespace chiptrail::gui
