// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/casedocument.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUndoStack>
#include <memory>

namespace chiptrail::gui {

// The case the window works on: its document (store, loaded case, findings), its undo history,
// and whether it still lives in a temporary file (a new or sample case that was never saved
// under a name of the user's).
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
    bool isTemporary() const { return m_temporary; }
    QString displayName() const;

Q_SIGNALS:
    void caseReplaced(); // a different case is open now (the document was reset)
    void fileChanged();  // the same case now lives in another file (Save As)
    // An edit, undo or redo was refused or could not be applied: every edit's one error path.
    void editFailed(const QString &action, const QString &message);

private:
    void adopt(std::unique_ptr<CaseStore> store, bool temporary);
    QString temporaryPath(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_scratch;
    CaseDocument m_document;
    QUndoStack m_undo;
    bool m_temporary = false;
};

} // namespace chiptrail::gui
