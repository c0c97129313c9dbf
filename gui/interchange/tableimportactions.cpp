// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableimportactions.h"

#include "casesession.h"
#include "commands/tableimportcommand.h"
#include "dialogs/tableimportdialog.h"
#include "error.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

#include <climits>

namespace chiptrail::gui {

TableImportActions::TableImportActions(CaseSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window), m_import(new QAction(tr("Import &Table…"), this))
{
    m_import->setObjectName(QStringLiteral("importTable"));
    m_import->setStatusTip(tr("Adds the rows of a spreadsheet (CSV or Excel) as links, one per row"));
    connect(m_import, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Import Table"), QString(),
            tr("Tables (*.csv *.tsv *.txt *.xlsx);;CSV files (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;All files (*)"));
        if (!path.isEmpty())
            openDialog(path);
    });
    connect(session, &CaseSession::caseReplaced, m_import, [this] { m_import->setEnabled(m_session->hasCase()); });
    m_import->setEnabled(session->hasCase());
    connect(this, &TableImportActions::failed, this, &TableImportActions::showError);
    connect(this, &TableImportActions::imported, this, [this](const QString &summary) {
        showStatus(tr("Imported %1 (Undo takes it back)").arg(summary));
    });
    connect(this, &TableImportActions::cancelled, this, [this] { showStatus(tr("Import cancelled; the case is unchanged")); });
}

TableImportActions *TableImportActions::install(CaseSession *session, QWidget *window, QMenu *fileMenu, QAction *after)
{
    auto *actions = new TableImportActions(session, window);
    const QList<QAction *> entries = fileMenu->actions();
    const qsizetype at = after ? entries.indexOf(after) : -1;
    fileMenu->insertAction(at >= 0 && at + 1 < entries.size() ? entries.at(at + 1) : nullptr, actions->m_import);
    return actions;
}

TableImportDialog *TableImportActions::openDialog(const QString &tablePath)
{
    if (!m_session->hasCase() || m_dialog || m_writing)
        return nullptr;
    TableImportDialog *dialog = nullptr;
    try {
        dialog = new TableImportDialog(m_session, tablePath, m_window);
    } catch (const CaseError &error) {
        Q_EMIT failed(error.message());
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        importPlan(dialog->tablePath(), dialog->mapping(), dialog->plan());
    });
    m_dialog = dialog;
    dialog->show();
    return dialog;
}

void TableImportActions::cancel()
{
    m_cancel = true;
}

bool TableImportActions::importPlan(const QString &tablePath, const TableMapping &mapping, const TableImportPlan &plan)
{
    if (!m_session->hasCase() || m_writing)
        return false;
    m_writing = true;
    m_cancel = false;
    const qint64 total = qMax<qint64>(1, plan.rows);
    auto *dialog = new QProgressDialog(tr("Writing %1 rows of %2…").arg(QLocale().toString(plan.rows), QFileInfo(tablePath).fileName()),
                                       tr("Cancel"), 0, int(qMin<qint64>(total, INT_MAX)), m_window);
    dialog->setObjectName(QStringLiteral("tableImportProgress"));
    dialog->setWindowTitle(tr("Import Table"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(500); // a small table is written before the dialog would flash up
    dialog->setAutoReset(false);
    dialog->setAutoClose(false);
    dialog->setValue(0);
    connect(dialog, &QProgressDialog::canceled, this, &TableImportActions::cancel);
    m_progress = dialog;
    // runTableImport counts the rows read while planning first: the write's own rows follow them.
    const qint64 planned = plan.rows;
    TableProgress progress = [this, planned, total](qint64 rows) {
        const qint64 written = qBound<qint64>(0, rows - planned, total);
        Q_EMIT this->progress(written, total);
        if (m_progress)
            m_progress->setValue(int(qMin<qint64>(written, INT_MAX))); // paints; lets Cancel through
        return !m_cancel;
    };
    auto command = std::make_unique<TableImportCommand>(m_session, tr("Import %1").arg(QFileInfo(tablePath).fileName()),
                                                        tablePath, mapping, plan, progress);
    TableImportCommand *written = command.get();
    bool done = false;
    try {
        done = m_session->attempt(tr("Import Table"), std::move(command));
    } catch (const TableImportCancelled &) {
        if (m_progress)
            m_progress->deleteLater();
        m_writing = false;
        Q_EMIT cancelled();
        return false;
    }
    if (m_progress)
        m_progress->deleteLater();
    m_writing = false;
    if (done) {
        const TableImportSummary &s = written->summary();
        const QLocale locale;
        Q_EMIT imported(tr("%1: %2 links, %3 new parties, %4 parties of the case, %5 new products, %6 new sites")
                            .arg(QFileInfo(tablePath).fileName(), locale.toString(s.links), locale.toString(s.partiesCreated),
                                 locale.toString(s.partiesReused), locale.toString(s.productsCreated),
                                 locale.toString(s.sitesCreated)));
    }
    return done;
}

void TableImportActions::showStatus(const QString &message)
{
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(message, 15000);
}

void TableImportActions::showError(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Table"), message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("tableImportError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace chiptrail::gui
