// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/sceneexporter.h"
#include "document/jobtracker.h"

#include <QObject>
#include <QTimer>
#include <QWidget>
#include <atomic>
#include <functional>
#include <memory>

class QProgressBar;
class QPushButton;
class QLabel;

namespace chiptrail::gui {

// One export of the chain at a time, off the GUI thread: start() builds the chain picture of what
// the scene shows (the only part that reads the scene) and a JobTracker worker writes the file from
// that plain data, with progress and cancel. Cancel is the export's own flag, not the tracker's, so
// a cancelled export still reports back (and removes its partial file) instead of going silent.
// A cancelled or failed export leaves no file (and an older file with that name as it was).
class ExportJob : public QObject
{
    Q_OBJECT
public:
    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override; // cancels and waits for the worker

    // False when an export is still running or the snapshot failed (failed() says why).
    bool start(ChainScene &scene, ImageFormat format, const QString &path, const ExportOptions &options = {});
    // Any other export of the chain (the link charts for Gephi, yEd, Kumu …): `write` holds plain
    // data taken on the GUI thread and writes `path` on the worker; it reports progress, returns
    // false when cancelled (leaving no file) and may throw CaseError naming the file.
    using Writer = std::function<bool(const ExportProgress &progress)>;
    bool start(const QString &path, Writer write);
    void cancel();
    // From start() until its outcome is reported (finished, cancelled or failed), not just while
    // the worker runs: a worker that is done but not yet reported still counts.
    bool isRunning() const { return m_running; }
    QString path() const { return m_path; }

Q_SIGNALS:
    void progressChanged(int percent); // 0..100
    void finished(const QString &path);
    void cancelled(const QString &path);
    void failed(const QString &message); // names the file

private:
    struct Outcome
    {
        bool written = false;
        QString error;
    };
    struct Shared
    {
        std::atomic<bool> cancel{false};
        std::atomic<int> percent{0};
    };
    void done(const Outcome &outcome);

    QTimer m_ticker;
    std::shared_ptr<Shared> m_shared;
    QString m_path;
    bool m_running = false;
    JobTracker m_jobs; // last: destroyed first, so the worker has stopped before the rest goes
};

// In the status bar while an export runs: what is written, how far it is, and Cancel.
class ExportProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ExportProgressWidget(ExportJob *job, QWidget *parent = nullptr);

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace chiptrail::gui
