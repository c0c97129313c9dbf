// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverdata.h"

#include "error.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QStatusBar>
#include <QtConcurrent>
#include <atomic>
#include <memory>

namespace chiptrail::gui {
namespace {

struct Recover
{
    Q_DECLARE_TR_FUNCTIONS(Recover)
};

struct Outcome
{
    RecoveryReport report;
    QString error; // set when recoverCase threw
};

} // namespace

RecoveryReport runRecovery(QWidget *parent, const QString &in, const QString &out)
{
    QProgressDialog progress(Recover::tr("Recovering %1…").arg(QFileInfo(in).fileName()), Recover::tr("Cancel"), 0, 0,
                             parent);
    progress.setObjectName(QStringLiteral("recoverProgress"));
    progress.setWindowTitle(Recover::tr("Recover Data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false); // the last table done is not the end: the copy is checked after
    // The copy runs on a worker: it asks this flag and hands its progress over through the event loop.
    auto stop = std::make_shared<std::atomic_bool>(false);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [stop] { *stop = true; });
    QPointer<QProgressDialog> dialog(&progress);
    QFutureWatcher<Outcome> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &progress, &QProgressDialog::reset);
    watcher.setFuture(QtConcurrent::run([in, out, stop, dialog] {
        Outcome outcome;
        try {
            outcome.report = recoverCase(in, out, [stop, dialog](int done, int tables) {
                QMetaObject::invokeMethod(dialog, [dialog, done, tables] {
                    if (!dialog)
                        return;
                    dialog->setMaximum(tables);
                    dialog->setValue(done);
                }, Qt::QueuedConnection);
                return !*stop;
            });
        } catch (const CaseError &error) {
            outcome.error = error.message();
        }
        return outcome;
    }));
    if (!watcher.isFinished())
        progress.exec();
    // Cancel closes the dialog at once; the copy stops at its next question, within a few rows.
    watcher.waitForFinished();
    const Outcome outcome = watcher.result();
    if (!outcome.error.isEmpty())
        throw CaseError(outcome.error);
    return outcome.report;
}

void recoverData(MainWindow *window)
{
    const QString in = QFileDialog::getOpenFileName(window, Recover::tr("Recover data from a damaged case"), QString(),
                                                    Recover::tr("ChipTrail cases (*.chiptrail);;All files (*)"));
    if (in.isEmpty())
        return;
    const QFileInfo source(in);
    QString out = QFileDialog::getSaveFileName(
        window, Recover::tr("Save the recovered case as"),
        source.dir().filePath(Recover::tr("%1 (recovered).chiptrail").arg(source.completeBaseName())),
        Recover::tr("ChipTrail cases (*.chiptrail)"));
    if (out.isEmpty())
        return;
    if (!out.endsWith(QLatin1String(".chiptrail")))
        out += QLatin1String(".chiptrail");
    if (QFileInfo(out).canonicalFilePath() == source.canonicalFilePath()) {
        window->reportError(Recover::tr("Recover Data"), Recover::tr("The recovered case must go to a new file, "
                                                                     "not over the damaged one."));
        return;
    }
    RecoveryReport report;
    if (!window->attempt(Recover::tr("Recover Data"), [&] { report = runRecovery(window, in, out); }))
        return;
    if (report.cancelled) {
        window->statusBar()->showMessage(Recover::tr("Recover Data cancelled; %1 was not written")
                                             .arg(QDir::toNativeSeparators(out)),
                                         8000);
        return;
    }
    QString text = Recover::tr("Rows saved: %1. Rows that could not be saved: %2.").arg(report.copied()).arg(report.skipped());
    if (report.repaired() > 0)
        text += QLatin1Char(' ') + Recover::tr("Texts saved repaired: %1.").arg(report.repaired());
    if (!report.problems.isEmpty())
        text += QLatin1Char('\n') + report.problems.join(QLatin1Char('\n'));
    QMessageBox box(QMessageBox::Information, Recover::tr("Recover Data"),
                    Recover::tr("The recovered case was written to %1.").arg(QDir::toNativeSeparators(out)),
                    QMessageBox::Open | QMessageBox::Close, window);
    box.setObjectName(QStringLiteral("recoveredDialog"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(text);
    box.setDefaultButton(QMessageBox::Open);
    if (box.exec() == QMessageBox::Open)
        window->openCaseFile(out);
}

} // namespace chiptrail::gui
