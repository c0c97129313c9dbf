// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/casedocument.h"
#include "recovery/unsavedcases.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

namespace chiptrail::gui {

// The case the window works on: its document (store, loaded case, findings), its undo history,
// and whether it is untitled: a new or sample case never saved under a name of the user's. An
// untitled case lives in the unsaved folder (recovery/unsavedcases.h), so its edits survive a
// crash. Replacing or closing it discards it: the window asks the user before (see MainWindow).
class CaseSession : public QObject
{
    Q_OBJECT
public:
    // `unsavedDirectory`: where untitled cases live; empty: the user's (UnsavedCases).
    explicit CaseSession(QObject *parent = nullptr, const QString &unsavedDirectory = {});
    // An untitled case with edits nobody decided about stays in the unsaved folder for next time.
    ~CaseSession() override;

    // Each throws CaseError with a message for the user and leaves the current case open.
    void openFile(const QString &path);
    void openSample();
    void newCase(const QString &title);
    // An untitled case a crashed run left: opened where it is, and untitled still.
    void recover(std::unique_ptr<UnsavedFile> &&file); // left with the caller when it throws
    // Copies the case to `path` and goes on there; an untitled case's unsaved file is removed.
    void saveAs(const QString &path);
    // No case any more; an untitled one is deleted (the user chose to discard it).
    void closeCase();

    // Applies an edit and, when the store accepted it, puts it on the undo stack. The views hear
    // of it once, from the document. Throws CaseError (and pushes nothing) when it is refused.
    void perform(std::unique_ptr<class CaseCommand> command);
    // The same for a user's action: a refusal is reported through editFailed (the window shows
    // one dialog naming the action and the reason). Returns whether the edit was made.
    bool attempt(const QString &action, std::unique_ptr<class CaseCommand> command);

    bool hasCase() const { return m_document.hasCase(); }
    CaseDocument *document() { return &m_document; }
    const CaseDocument *document() const { return &m_document; }
    CaseStore *store() const { return m_document.store(); }
    QUndoStack *undoStack() { return &m_undo; }
    bool isTemporary() const { return m_unsaved != nullptr; }
    // An untitled case the user has worked on (or recovered): losing it needs their word.
    bool hasUnsavedWork() const;
    QString unsavedPath() const { return m_unsaved ? m_unsaved->path() : QString(); }
    UnsavedCases unsavedCases() const { return m_unsavedCases; }
    QString displayName() const;

Q_SIGNALS:
    void caseReplaced(); // a different case is open now (the document was reset)
    void fileChanged();  // the same case now lives in another file (Save As)
    // An edit, undo or redo was refused or could not be applied: every edit's one error path.
    void editFailed(const QString &action, const QString &message);

private:
    // Another case (or none). Throws CaseError when it cannot be read; then the open case stays and
    // `unsaved` is left with the caller.
    void adopt(std::unique_ptr<CaseStore> store, std::unique_ptr<UnsavedFile> &&unsaved);

    UnsavedCases m_unsavedCases;
    CaseDocument m_document;
    QUndoStack m_undo;
    std::unique_ptr<UnsavedFile> m_unsaved; // set while the case is untitled
    bool m_recovered = false;
};

} // namespace chiptrail::gui
