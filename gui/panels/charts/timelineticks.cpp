// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineticks.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>
#include <QPainter>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>

namespace chiptrail::gui {

TimelineTicks::TimelineTicks(QSlider *slider, QWidget *parent) : QWidget(parent), m_slider(slider)
{
    setObjectName(QStringLiteral("asOfTicks"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Small print, so the scale costs the charts above it little height.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    setFont(small);
    // The slider's place or range changed: the scale under it too.
    connect(slider, &QSlider::rangeChanged, this, qOverload<>(&QWidget::update));
}

void TimelineTicks::setFirstMonth(const QDate &first)
{
    m_first = first;
    update();
}

QSize TimelineTicks::sizeHint() const { return {100, fontMetrics().height()}; }

QList<TimelineTicks::Mark> TimelineTicks::marks() const
{
    QList<Mark> result;
    if (!m_first.isValid() || m_slider->maximum() <= m_slider->minimum())
        return result;
    QStyleOptionSlider option;
    option.initFrom(m_slider);
    option.orientation = Qt::Horizontal;
    option.minimum = m_slider->minimum();
    option.maximum = m_slider->maximum();
    option.sliderPosition = m_slider->sliderPosition();
    option.sliderValue = m_slider->value();
    option.tickPosition = m_slider->tickPosition();
    const QRect groove = m_slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, m_slider);
    const QRect handle = m_slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, m_slider);
    const int span = groove.width() - handle.width();
    const int offset = m_slider->mapToGlobal(QPoint(groove.left() + handle.width() / 2, 0)).x() - mapToGlobal(QPoint(0, 0)).x();
    const int months = m_slider->maximum() - m_slider->minimum();
    const double perMonth = double(span) / months;
    const QLocale locale;
    // Month names where a short one fits, else every quarter's, else years only.
    const int nameWidth = fontMetrics().horizontalAdvance(locale.monthName(9, QLocale::ShortFormat)) + 6;
    const int monthStep = perMonth >= nameWidth ? 1 : perMonth * 3 >= nameWidth ? 3 : 0;
    const int yearWidth = fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 6;
    const int yearStep = std::max(1, int(std::ceil(yearWidth / (perMonth * 12))));
    for (int i = 0; i <= months; ++i) {
        const QDate month = m_first.addMonths(i);
        const int x = offset + QStyle::sliderPositionFromValue(m_slider->minimum(), m_slider->maximum(),
                                                                m_slider->minimum() + i, span);
        const bool year = month.month() == 1 || i == 0;
        QString label;
        if (year && (month.year() - m_first.year()) % yearStep == 0)
            label = QString::number(month.year());
        else if (!year && monthStep && (month.month() - 1) % monthStep == 0)
            label = locale.monthName(month.month(), QLocale::ShortFormat);
        if (perMonth >= 3 || year)
            result.append({x, year, label});
    }
    return result;
}

QStringList TimelineTicks::labels() const
{
    QStringList out;
    for (const Mark &mark : marks())
        if (!mark.label.isEmpty())
            out << mark.label;
    return out;
}

void TimelineTicks::paintEvent(QPaintEvent *)
{
    // A ruler: a tick at each month (a full-height one at each year), its name just right of it.
    QPainter painter(this);
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    int freeFrom = std::numeric_limits<int>::min(); // labels never overlap: a later one waits
    for (const Mark &mark : marks()) {
        painter.drawLine(mark.x, 0, mark.x, mark.year ? height() - 1 : 2);
        if (mark.label.isEmpty())
            continue;
        const int w = fontMetrics().horizontalAdvance(mark.label);
        const int left = mark.x + 3;
        if (left < freeFrom || left + w > width())
            continue;
        painter.drawText(QRect(left, 0, w, height()), Qt::AlignLeft | Qt::AlignVCenter, mark.label);
        freeFrom = left + w + 6;
    }
}

} // namespace chiptrail::gui
