// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtracker.h"

#include <QCoreApplication>
#include <QPointer>
#include <algorithm>
#include <cerrno>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace chiptrail {
namespace {

// Background work yields to the thread that paints: on a two-core machine an edit's checks, a
// layout and the canvas's line tiles would otherwise take the cores from the window (issue 13's
// bench: the rule checks of one edit ran beside its repaint). Ten steps of nice leave them about
// a tenth of a busy core, and all of an idle one. Linux sets nice per thread.
void yieldToTheWindow()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    const auto thread = static_cast<id_t>(gettid());
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, thread);
    if (errno == 0)
        setpriority(PRIO_PROCESS, thread, std::min(nice + 10, 19)); // only ever lowered
#endif
}

} // namespace

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
        yieldToTheWindow();
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
