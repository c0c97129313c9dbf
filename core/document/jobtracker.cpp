// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtracker.h"

#include <QCoreApplication>
#include <QPointer>

namespace chiptrail {

JobTracker::JobTracker(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(2);
}

JobTracker::~JobTracker()
{
    if (m_current)
        m_current->store(true);
    m_pool.waitForDone();
}

void JobTracker::start(Work work)
{
    const bool wasRunning = isRunning();
    if (m_current)
        m_current->store(true);
    auto stop = std::make_shared<std::atomic_bool>(false);
    m_current = stop;
    ++m_running;
    QPointer<JobTracker> self(this);
    m_pool.start([self, stop, work = std::move(work)] {
        Delivery delivery;
        try {
            delivery = work(stop);
        } catch (...) {
            delivery = {}; // the work reports its own errors through its delivery; nothing else leaks
        }
        // The tracker waits for its pool in its destructor, so `self` is alive here; the queued
        // call is dropped by Qt if the tracker is gone by the time the event loop runs it.
        QMetaObject::invokeMethod(self.data(), [self, stop, delivery] {
            if (self)
                self->finished(stop, delivery);
        }, Qt::QueuedConnection);
    });
    if (!wasRunning)
        Q_EMIT runningChanged(true);
}

void JobTracker::cancel()
{
    if (!m_current)
        return;
    m_current->store(true);
    m_current.reset();
    Q_EMIT runningChanged(false);
}

void JobTracker::finished(const std::shared_ptr<std::atomic_bool> &stop, const Delivery &delivery)
{
    --m_running;
    if (stop != m_current)
        return; // overtaken or cancelled: its result is stale
    m_current.reset();
    if (delivery)
        delivery();
    if (!isRunning())
        Q_EMIT runningChanged(false);
}

void JobTracker::waitForIdle()
{
    while (m_running > 0) {
        m_pool.waitForDone();
        QCoreApplication::sendPostedEvents(this);
    }
}

} // namespace chiptrail
