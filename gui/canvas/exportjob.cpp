// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportjob.h"

#include "error.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace chiptrail::gui {

ExportJob::ExportJob(QObject *parent) : QObject(parent)
{
    // The worker only posts its percentage; the timer passes it on (no signal per strip).
    m_ticker.setInterval(100);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        if (m_shared)
            Q_EMIT progressChanged(m_shared->percent);
    });
}

ExportJob::~ExportJob()
{
    if (m_shared)
        m_shared->cancel = true;
}

bool ExportJob::start(ChainScene &scene, ImageFormat format, const QString &path, const ExportOptions &options)
{
    if (isRunning())
        return false;
    auto snapshot = std::make_shared<ExportSnapshot>();
    try {
        *snapshot = snapshotForExport(scene, format, path, options);
    } catch (const CaseError &error) {
        Q_EMIT failed(error.message());
        return false;
    }
    return start(path, [snapshot](const ExportProgress &progress) { return writeExport(*snapshot, progress); });
}

bool ExportJob::start(const QString &path, Writer write)
{
    if (isRunning())
        return false;
    m_path = path;
    m_running = true;
    m_shared = std::make_shared<Shared>();
    Q_EMIT progressChanged(0);
    std::shared_ptr<Shared> shared = m_shared;
    m_ticker.start();
    // Worded here, on the GUI thread, in case the worker runs out of memory.
    const QString outOfMemory = tr("%1: there is not enough memory to export this chain").arg(QDir::toNativeSeparators(path));
    const QString failedHow = tr("%1: the export failed (%2)").arg(QDir::toNativeSeparators(path));
    m_jobs.start([this, write = std::move(write), shared, outOfMemory, failedHow](const JobTracker::StopFlag &stop) -> JobTracker::Delivery {
        // Whatever goes wrong comes back as a message: the tracker drops the result of work that
        // throws, and the export would never report back.
        Outcome outcome;
        try {
            outcome.written = write([&shared, &stop](double done) {
                shared->percent = int(done * 100);
                return !shared->cancel.load() && !stop->load();
            });
        } catch (const CaseError &error) {
            outcome.error = error.message();
        } catch (const std::bad_alloc &) {
            outcome.error = outOfMemory;
        } catch (const std::exception &error) {
            outcome.error = failedHow.arg(QString::fromLocal8Bit(error.what()));
        }
        return [this, outcome] { done(outcome); };
    });
    return true;
}

void ExportJob::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
}

void ExportJob::done(const Outcome &outcome)
{
    m_ticker.stop();
    m_running = false; // before the signals: a slot may start the next export
    if (!outcome.error.isEmpty()) {
        Q_EMIT failed(outcome.error);
    } else if (outcome.written) {
        Q_EMIT progressChanged(100);
        Q_EMIT finished(m_path);
    } else {
        Q_EMIT cancelled(m_path);
    }
}

ExportProgressWidget::ExportProgressWidget(ExportJob *job, QWidget *parent)
    : QWidget(parent), m_label(new QLabel), m_bar(new QProgressBar), m_cancel(new QPushButton(tr("Cancel Export")))
{
    setObjectName(QStringLiteral("exportProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelExport"));
    m_bar->setRange(0, 100);
    m_bar->setMaximumWidth(160);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
    connect(m_cancel, &QPushButton::clicked, job, &ExportJob::cancel);
    connect(job, &ExportJob::progressChanged, this, [this, job](int percent) {
        m_label->setText(tr("Exporting %1…").arg(QFileInfo(job->path()).fileName()));
        m_bar->setValue(percent);
        show();
    });
    for (auto signal : {&ExportJob::finished, &ExportJob::cancelled})
        connect(job, signal, this, &QWidget::hide);
    connect(job, &ExportJob::failed, this, &QWidget::hide);
}

} // namespace chiptrail::gui
