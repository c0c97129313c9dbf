// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace chiptrail {

// Background work of one kind (rule checks, layout, export) for an object that lives on the GUI
// thread. Only the newest job counts: starting another one asks the older one to stop and drops
// its result when it arrives, so a slow run can never overwrite a newer answer. The work returns
// what to do with its result; that runs on the tracker's thread, and only for the newest job.
class JobTracker : public QObject
{
    Q_OBJECT
public:
    // Set when the job was overtaken or cancelled: long work looks at it now and then.
    using StopFlag = std::shared_ptr<const std::atomic_bool>;
    using Delivery = std::function<void()>;
    using Work = std::function<Delivery(const StopFlag &stop)>;

    explicit JobTracker(QObject *parent = nullptr);
    ~JobTracker() override; // asks running work to stop and waits for it

    void start(Work work);
    void cancel();            // the running job's result will be dropped
    bool isRunning() const { return m_running > 0 && m_current != nullptr; }
    void waitForIdle();       // tests, the benchmark and shutdown

Q_SIGNALS:
    void runningChanged(bool running);

private:
    void finished(const std::shared_ptr<std::atomic_bool> &stop, const Delivery &delivery);

    QThreadPool m_pool; // its own threads: work here never waits for a slot that other work holds
    std::shared_ptr<std::atomic_bool> m_current;
    int m_running = 0;
};

} // namespace chiptrail
