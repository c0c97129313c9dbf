// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/tableimport.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace chiptrail::gui {

class CaseSession;
class TableImportDialog;

// File → Import Table…: a file chooser (CSV, TSV, TXT, XLSX), the mapping dialog with its preview
// and review (TableImportDialog), then the rows written as one undoable edit with a progress
// dialog and Cancel.
//
// The write runs on the GUI thread: the case's SQLite connection, the store's change report and
// the document's edit scope all belong to it (a second connection would lock the file against the
// window's own reads while it writes, journal_mode=DELETE, and bypass the views' notifications).
// The window-modal progress dialog keeps it painting and Cancel working: QProgressDialog::setValue
// lets events through at each progress step (every 4,096 rows); the window is blocked meanwhile,
// and background results that would write to the case wait until the edit is done
// (CaseDocument::isEditing). Cancel throws out of the store's transaction: nothing is written.
class TableImportActions : public QObject
{
    Q_OBJECT
public:
    TableImportActions(CaseSession *session, QWidget *window);

    // Adds File → Import Table… after `after` (null: at the end).
    static TableImportActions *install(CaseSession *session, QWidget *window, QMenu *fileMenu, QAction *after = nullptr);
    QAction *importAction() const { return m_import; }

    // Without the file chooser (tests, guide screenshots): the dialog, shown window-modal; null
    // when the table cannot be opened (failed() says why).
    TableImportDialog *openDialog(const QString &tablePath);
    // Writes a reviewed plan as one undoable edit. Returns whether it was written.
    bool importPlan(const QString &tablePath, const TableMapping &mapping, const TableImportPlan &plan);
    // Cancel of the running write (the progress dialog's button calls it too).
    void cancel();

Q_SIGNALS:
    void imported(const QString &summary);
    void cancelled();
    void failed(const QString &message);
    // During the write, after each step: rows written of `total`.
    void progress(qint64 rows, qint64 total);

private:
    void showError(const QString &message);
    void showStatus(const QString &message);

    CaseSession *m_session;
    QWidget *m_window;
    QAction *m_import;
    QPointer<TableImportDialog> m_dialog;
    QPointer<QProgressDialog> m_progress;
    bool m_cancel = false;
    bool m_writing = false;
};

} // namespace chiptrail::gui
