// SPDX-License-Identifier: GPL-3.0-or-later
// GPUs per hop: one bar per link of the chain; a hop whose count differs from the hop before is
// drawn in the warning colour, and its label says by how much.
#include "chartbuilder.h"

#include "panels/displaytext.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <algorithm>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

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
    QStringList categories, mismatches;
    qint64 top = 0;
    const auto shortName = [](const QString &name) {
        return name.size() > 16 ? name.left(15).trimmed() + QStringLiteral("…") : name;
    };
    for (const charts::HopBar &bar : series.bars) {
        const double value = bar.chips ? double(*bar.chips) : 0.0;
        *matching << (bar.mismatch ? 0.0 : value);
        *differing << (bar.mismatch ? value : 0.0);
        top = std::max(top, bar.chips.value_or(0));
        const QString count = bar.chips ? locale.toString(*bar.chips) : tr("quantity unknown");
        if (bar.mismatch)
            mismatches << tr("%1 → %2: %3 vs. the hop before")
                              .arg(bar.fromName, bar.toName,
                                   (*bar.mismatch > 0 ? QStringLiteral("+") : QString()) + locale.toString(*bar.mismatch));
        categories << tr("%1 → %2 (%3): %4").arg(shortName(bar.fromName), shortName(bar.toName),
                                                 DisplayText::linkKind(bar.kind).toLower(), count);
    }
    if (!mismatches.isEmpty())
        differing->setLabel(differing->label() + QStringLiteral(" — ") + mismatches.join(QStringLiteral("; ")));
    auto *bars = new QStackedBarSeries;
    bars->append(matching);
    bars->append(differing);
    bars->setBarWidth(0.55);
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(bars);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("Hop along the chain"));
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = new QValueAxis;
    y->setTitleText(tr("GPUs"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setRange(0, top > 0 ? double(top) * 1.15 : 1.0);
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    return chart;
}

} // namespace chiptrail::gui
