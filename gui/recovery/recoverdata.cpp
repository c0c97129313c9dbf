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
#include <QProgressDialog>
#include <QtConcurrent>

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
    QProgressDialog busy(Recover::tr("Recovering %1…").arg(QFileInfo(in).fileName()), QString(), 0, 0, parent);
    busy.setObjectName(QStringLiteral("recoverProgress"));
    busy.setWindowTitle(Recover::tr("Recover Data"));
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(300);
    // recoverCase has no hook to stop it halfway; it bounds its own time, so the dialog only waits.
    busy.setCancelButton(nullptr);
    QFutureWatcher<Outcome> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &busy, &QProgressDialog::reset);
    watcher.setFuture(QtConcurrent::run([in, out] {
        Outcome outcome;
        try {
            outcome.report = recoverCase(in, out);
        } catch (const CaseError &error) {
            outcome.error = error.message();
        }
        return outcome;
    }));
    if (!watcher.isFinished())
        busy.exec();
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
    QString text = Recover::tr("Rows saved: %1. Rows that could not be saved: %2.").arg(report.copied()).arg(report.skipped());
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
