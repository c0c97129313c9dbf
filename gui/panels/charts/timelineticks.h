// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QSlider;

namespace chiptrail::gui {

// The scale under the "as of" slider: a tick per month, a longer one and the year at each
// January (and at the first month), month names where there is room. It reads the slider's
// groove so the ticks stand under the handle's positions in every style.
class TimelineTicks : public QWidget
{
    Q_OBJECT
public:
    TimelineTicks(QSlider *slider, QWidget *parent = nullptr);
    void setFirstMonth(const QDate &first); // month 0 of the slider; invalid: no scale
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }
    // The labels drawn now, left to right ("2024", "Apr", …): what a reader sees under the slider.
    QStringList labels() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Mark
    {
        int x;
        bool year;
        QString label; // empty: a tick only
    };
    QList<Mark> marks() const;

    QSlider *m_slider;
    QDate m_first;
};

} // namespace chiptrail::gui
