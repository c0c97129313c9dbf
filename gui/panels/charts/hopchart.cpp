// SPDX-License-Identifier: GPL-3.0-or-later
// GPUs per hop: one horizontal bar per link of the chain, the hop's full names on the category
// axis (seller → buyer, then kind and count); a hop whose count differs from the hop before is
// drawn in the warning colour, and its name says by how much.
#include "chartbuilder.h"

#include "model/displaytext.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cstdlib>

namespace chiptrail::gui {

QChart *ChartBuilder::hops(const charts::HopSeries &series)
{
    QChart *chart = newChart(charts::ChartKind::Hops, {});
    const QLocale locale;
    // Two sets stacked on the same slots: each bar has its value in exactly one of them, so a
    // mismatch gets its own colour and legend entry.
    auto *matching = new QBarSet(tr("GPUs moved or leased"));
    auto *differing = new QBarSet(tr("GPUs differ from the hop before"));
    matching->setColor(QColor(0x2f, 0x6f, 0xb3));
    differing->setColor(QColor(0xd9, 0x48, 0x1c));
    QStringList categories, tooltips;
    qint64 top = 0;
    for (const charts::HopBar &bar : series.bars) {
        const double value = bar.chips ? double(*bar.chips) : 0.0;
        *matching << (bar.mismatch ? 0.0 : value);
        *differing << (bar.mismatch ? value : 0.0);
        top = std::max(top, bar.chips.value_or(0));
        QStringList lines{tr("%1 → %2").arg(bar.fromName, bar.toName),
                          kindWord(bar.kind) + QStringLiteral(" · ")
                              + (bar.chips ? tr("%1 GPUs").arg(locale.toString(*bar.chips)) : tr("quantity unknown"))};
        if (bar.mismatch) {
            const qint64 before = *bar.chips - *bar.mismatch;
            lines << (*bar.mismatch < 0 ? tr("%1 fewer than the hop before (%2)") : tr("%1 more than the hop before (%2)"))
                         .arg(locale.toString(std::abs(*bar.mismatch)), locale.toString(before));
        }
        // Axis labels are rich text: the full names on one line, what moved on the next ones,
        // short enough lines that the axis has room for them.
        QStringList escaped;
        for (const QString &line : lines)
            escaped << line.toHtmlEscaped();
        QString label = escaped.join(QStringLiteral("<br>"));
        if (bar.mismatch)
            label = QStringLiteral("<span style=\"color:#b23a12\">%1</span>").arg(label);
        categories << label;
        if (!bar.productName.isEmpty())
            lines << bar.productName;
        tooltips << lines.join(QLatin1Char('\n'));
    }
    auto *bars = new QHorizontalStackedBarSeries;
    bars->append(matching);
    bars->append(differing);
    bars->setBarWidth(0.55);
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(bars);
    QObject::connect(bars, &QAbstractBarSeries::hovered, bars, [tooltips](bool on, int index, QBarSet *) {
        if (on)
            QToolTip::showText(QCursor::pos(), tooltips.value(index));
        else
            QToolTip::hideText();
    });

    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setTruncateLabels(false);
    y->setReverse(true); // the chain reads top down, from the manufacturer to the tenant
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    auto *x = new QValueAxis;
    x->setTitleText(tr("GPUs"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setRange(0, top > 0 ? double(top) * 1.15 : 1.0);
    x->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    return chart;
}

} // namespace chiptrail::gui
