// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineslider.h"

#include "model/displaytext.h"
#include "panels/charts/timelineticks.h"

#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QTimer>
#include <QToolButton>

namespace chiptrail::gui {

TimelineSlider::TimelineSlider(QWidget *parent)
    : QWidget(parent),
      m_slider(new QSlider(Qt::Horizontal)),
      m_label(new QLabel),
      m_play(new QToolButton),
      m_all(new QToolButton),
      m_timer(new QTimer(this))
{
    m_ticks = new TimelineTicks(m_slider);
    setObjectName(QStringLiteral("timelineSlider"));
    m_slider->setObjectName(QStringLiteral("asOfSlider"));
    m_slider->setTickPosition(QSlider::NoTicks); // TimelineTicks draws them, with the years
    m_slider->setPageStep(12);
    m_label->setObjectName(QStringLiteral("asOfLabel"));
    // Wide enough for the longest month name in the UI language, so the slider does not jump.
    m_label->setMinimumWidth(fontMetrics().horizontalAdvance(
        tr("As of %1").arg(DisplayText::longDate(QDate(2026, 9, 30))) + QLatin1String("  ")));
    m_play->setObjectName(QStringLiteral("playCase"));
    m_play->setCheckable(true);
    m_play->setText(tr("▶ Play"));
    m_play->setToolTip(tr("Replay the case month by month"));
    m_all->setObjectName(QStringLiteral("allDates"));
    m_all->setText(tr("All dates"));
    m_all->setToolTip(tr("Show the whole case, whatever the date"));
    m_timer->setInterval(700);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_play);
    // The scale under the slider says which month is where (a bare groove said nothing).
    auto *scale = new QVBoxLayout;
    scale->setSpacing(0);
    scale->addWidget(m_slider);
    scale->addWidget(m_ticks);
    layout->addLayout(scale, 1);
    layout->addWidget(m_label);
    layout->addWidget(m_all);

    connect(m_slider, &QSlider::valueChanged, this, &TimelineSlider::sliderMoved);
    connect(m_play, &QToolButton::toggled, this, [this](bool on) { on ? play() : stop(); });
    connect(m_all, &QToolButton::clicked, this, [this] {
        stop();
        setAsOf(QDate());
    });
    connect(m_timer, &QTimer::timeout, this, &TimelineSlider::stepForward);
    setRange({}, {});
}

void TimelineSlider::setRange(const QDate &first, const QDate &last)
{
    stop();
    m_first = first.isValid() ? QDate(first.year(), first.month(), 1) : QDate();
    m_last = last;
    const bool valid = m_first.isValid() && m_last.isValid() && m_first <= m_last;
    const int months = valid ? (m_last.year() - m_first.year()) * 12 + m_last.month() - m_first.month() : 0;
    m_updating = true;
    m_slider->setRange(0, months);
    m_updating = false;
    for (QWidget *w : {static_cast<QWidget *>(m_slider), static_cast<QWidget *>(m_play), static_cast<QWidget *>(m_ticks)})
        w->setEnabled(valid);
    m_ticks->setFirstMonth(valid ? m_first : QDate());
    setAsOf(m_asOf);
    showDate();
}

QDate TimelineSlider::dateAt(int monthIndex) const
{
    const QDate month = m_first.addMonths(monthIndex);
    return QDate(month.year(), month.month(), month.daysInMonth());
}

void TimelineSlider::setAsOf(const QDate &date)
{
    m_updating = true;
    if (date.isValid() && m_first.isValid()) {
        const int index = (date.year() - m_first.year()) * 12 + date.month() - m_first.month();
        m_slider->setValue(std::clamp(index, m_slider->minimum(), m_slider->maximum()));
    } else {
        m_slider->setValue(m_slider->maximum()); // all dates: the handle at the end, where all has happened
    }
    m_updating = false;
    if (date == m_asOf)
        return;
    m_asOf = date;
    showDate();
    Q_EMIT asOfChanged(m_asOf);
}

void TimelineSlider::sliderMoved(int value)
{
    if (!m_updating && m_first.isValid())
        setAsOf(dateAt(value));
}

bool TimelineSlider::isPlaying() const { return m_timer->isActive(); }

void TimelineSlider::setPlayInterval(int milliseconds) { m_timer->setInterval(milliseconds); }

void TimelineSlider::play()
{
    if (!m_first.isValid())
        return;
    if (!m_asOf.isValid() || m_slider->value() >= m_slider->maximum())
        setAsOf(dateAt(0));
    m_timer->start();
    const QSignalBlocker block(m_play);
    m_play->setChecked(true);
    m_play->setText(tr("⏸ Pause"));
}

void TimelineSlider::stop()
{
    m_timer->stop();
    const QSignalBlocker block(m_play);
    m_play->setChecked(false);
    m_play->setText(tr("▶ Play"));
}

void TimelineSlider::stepForward()
{
    if (!m_first.isValid())
        return;
    const int next = m_asOf.isValid() ? m_slider->value() + 1 : 0;
    if (next > m_slider->maximum()) {
        stop();
        return;
    }
    setAsOf(dateAt(next));
    if (next == m_slider->maximum())
        stop();
}

void TimelineSlider::showDate()
{
    m_label->setText(m_asOf.isValid() ? tr("As of %1").arg(DisplayText::longDate(m_asOf))
                                      : tr("All dates"));
    m_all->setEnabled(m_asOf.isValid());
}

} // namespace chiptrail::gui
