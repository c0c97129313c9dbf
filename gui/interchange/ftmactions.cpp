// SPDX-License-Identifier: GPL-3.0-or-later
#include "ftmactions.h"

#include "casesession.h"
#include "commands/importcommand.h"
#include "error.h"
#include "interchange/ftm.h"
#include "store/casestore.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

#include <atomic>

namespace chiptrail::gui {
namespace {

// What the worker and the GUI thread share: how far it is, and the user's Cancel.
struct Shared
{
    std::atomic<int> percent{0};
    std::atomic<bool> cancel{false};
};

FtmProgress progressInto(const std::shared_ptr<Shared> &shared, const JobTracker::StopFlag &stop)
{
    return [shared, stop](qint64 done, qint64 total) {
        shared->percent = total > 0 ? int(done * 100 / total) : 0;
        return !shared->cancel.load() && !stop->load();
    };
}

} // namespace

FtmActions::FtmActions(CaseSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window),
      m_export(new QAction(tr("Export FollowTheMoney (JSON lines)…"), this)),
      m_import(new QAction(tr("Import FollowTheMoney…"), this))
{
    m_export->setObjectName(QStringLiteral("exportFtm"));
    m_import->setObjectName(QStringLiteral("importFtm"));
    connect(m_export, &QAction::triggered, this, [this] {
        QString path = QFileDialog::getSaveFileName(m_window, tr("Export FollowTheMoney"), QString(),
                                                    tr("FollowTheMoney entities (*.ftm.json *.json)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            path += QStringLiteral(".ftm.json");
        exportTo(path);
    });
    connect(m_import, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Import FollowTheMoney"), QString(),
                                                          tr("FollowTheMoney entities (*.json *.ftm.json *.jsonl);;All files (*)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(this, &FtmActions::failed, this, [this](const QString &message) { showError(tr("FollowTheMoney"), message); });
    connect(this, &FtmActions::exported, this, [this](const QString &path) {
        showStatus(tr("Exported FollowTheMoney entities to %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(this, &FtmActions::imported, this, [this](const QString &summary) {
        showStatus(tr("Imported %1 (Undo takes it back)").arg(summary));
    });
}

FtmActions *FtmActions::install(CaseSession *session, QWidget *window, QMenu *fileMenu, QAction *before)
{
    auto *actions = new FtmActions(session, window);
    fileMenu->insertAction(before, actions->m_import);
    fileMenu->insertAction(before, actions->m_export);
    return actions;
}

QProgressDialog *FtmActions::progressDialog(const QString &label)
{
    auto *dialog = new QProgressDialog(label, tr("Cancel"), 0, 100, m_window);
    dialog->setObjectName(QStringLiteral("ftmProgress"));
    dialog->setWindowTitle(tr("FollowTheMoney"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(500); // a small case is done before the dialog would flash up
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setValue(0);
    return dialog;
}

void FtmActions::showStatus(const QString &message)
{
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(message, 15000);
}

void FtmActions::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("ftmError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void FtmActions::exportTo(const QString &path)
{
    if (!m_session->hasCase() || isRunning())
        return;
    const QString casePath = m_session->store()->path();
    auto shared = std::make_shared<Shared>();
    QProgressDialog *dialog = progressDialog(tr("Exporting %1…").arg(QFileInfo(path).fileName()));
    connect(dialog, &QProgressDialog::canceled, this, [shared] { shared->cancel = true; });
    auto *ticker = new QTimer(dialog);
    connect(ticker, &QTimer::timeout, dialog, [dialog, shared] { dialog->setValue(qMin(99, shared->percent.load())); });
    ticker->start(100);
    m_progress = dialog;
    const QString failedHow = tr("%1: the export failed (%2)").arg(QDir::toNativeSeparators(path));
    m_jobs.start([this, casePath, path, shared, failedHow](const JobTracker::StopFlag &stop) -> JobTracker::Delivery {
        QString error;
        bool written = false;
        try {
            // A connection of its own: every edit is committed, so the file is the case.
            const CaseData data = CaseStore::open(casePath, CaseStore::Access::ReadOnly)->load();
            written = writeFtmFile(data, path, progressInto(shared, stop));
        } catch (const CaseError &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = failedHow.arg(QString::fromLocal8Bit(e.what()));
        }
        return [this, error, written, path] {
            if (m_progress)
                m_progress->close();
            if (!error.isEmpty())
                Q_EMIT failed(error);
            else if (written)
                Q_EMIT exported(path);
        };
    });
}

void FtmActions::importFrom(const QString &path)
{
    if (!m_session->hasCase() || isRunning())
        return;
    auto shared = std::make_shared<Shared>();
    QProgressDialog *dialog = progressDialog(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    connect(dialog, &QProgressDialog::canceled, this, [shared] { shared->cancel = true; });
    auto *ticker = new QTimer(dialog);
    connect(ticker, &QTimer::timeout, dialog, [dialog, shared] { dialog->setValue(qMin(99, shared->percent.load())); });
    ticker->start(100);
    m_progress = dialog;
    const QString failedHow = tr("%1: the import failed (%2)").arg(QDir::toNativeSeparators(path));
    m_jobs.start([this, path, shared, failedHow](const JobTracker::StopFlag &stop) -> JobTracker::Delivery {
        auto result = std::make_shared<FtmImport>();
        QString error;
        try {
            *result = readFtmFile(path, progressInto(shared, stop));
        } catch (const CaseError &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = failedHow.arg(QString::fromLocal8Bit(e.what()));
        }
        return [this, error, result, path] {
            if (m_progress)
                m_progress->close();
            if (!error.isEmpty()) {
                Q_EMIT failed(error);
                return;
            }
            if (result->cancelled)
                return;
            const QString summary = describeFtmImport(*result);
            // One undoable edit; a refusal (a text over the limits, say) is reported by the session.
            const QString text = tr("Import %1").arg(QFileInfo(path).fileName());
            if (m_session->attempt(tr("Import FollowTheMoney"),
                                   std::make_unique<ImportCaseDataCommand>(m_session, text, std::move(result->data))))
                Q_EMIT imported(summary);
        };
    });
}

} // namespace chiptrail::gui
