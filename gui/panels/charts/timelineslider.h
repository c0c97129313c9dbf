// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace chiptrail::gui {

class TimelineTicks;

// The "as of" date for the canvas, the charts and the rule panel, month by month, with a play
// button that replays the case forward. One signal and one slot: whoever shows the case "as of" a
// date connects to asOfChanged; whoever sets the date elsewhere calls setAsOf.
class TimelineSlider : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineSlider(QWidget *parent = nullptr);

    // The months the slider covers (first and last day inclusive). Invalid: slider disabled.
    void setRange(const QDate &first, const QDate &last);
    QDate asOf() const { return m_asOf; }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    TimelineTicks *ticks() const { return m_ticks; }
    bool isPlaying() const;
    void setPlayInterval(int milliseconds);

public Q_SLOTS:
    void setAsOf(const QDate &date); // invalid: everything, no filter
    void play();                     // from the current month (or the first) to the last
    void stop();
    void stepForward();              // one month; stops at the last month

Q_SIGNALS:
    void asOfChanged(const QDate &date);

private:
    QDate dateAt(int monthIndex) const; // last day of that month
    void sliderMoved(int value);
    void showDate();

    QDate m_first, m_last, m_asOf;
    QSlider *m_slider;
    TimelineTicks *m_ticks;
    QLabel *m_label;
    QToolButton *m_play, *m_all;
    QTimer *m_timer;
    bool m_updating = false;
};

} // namespace chiptrail::gui
