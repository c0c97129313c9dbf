// SPDX-License-Identifier: GPL-3.0-or-later
// Findings by verdict and flag: how many links got each verdict, and how many carry each flag.
#include "chartbuilder.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <algorithm>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

namespace chiptrail::gui {
namespace {

QString verdictText(const QString &word)
{
    if (word == QLatin1String("license_required"))
        return ChartBuilder::tr("Licence required");
    if (word == QLatin1String("no_license_required"))
        return ChartBuilder::tr("No licence required");
    if (word == QLatin1String("not_an_export"))
        return ChartBuilder::tr("Not an export");
    return word;
}

} // namespace

QChart *ChartBuilder::findings(const charts::FindingsSeries &series)
{
    QChart *chart = newChart(charts::ChartKind::Findings, {});
    // Verdicts and flags share the category axis; two sets stacked keep their colours apart.
    auto *verdicts = new QBarSet(tr("Links with this verdict"));
    auto *flags = new QBarSet(tr("Links with this flag"));
    verdicts->setColor(QColor(0xd9, 0x48, 0x1c));
    flags->setColor(QColor(0x5d, 0x6d, 0x7e));
    QStringList categories;
    int top = 0;
    // Bottom to top on a horizontal axis: flags first so the verdicts read first.
    for (auto it = series.flags.cbegin(); it != series.flags.cend(); ++it) {
        categories << tr("flag: %1").arg(QString(it.key()).replace(QLatin1Char('_'), QLatin1Char(' ')));
        *verdicts << 0;
        *flags << it.value();
        top = std::max(top, it.value());
    }
    for (const char *word : {"not_an_export", "no_license_required", "license_required"}) {
        const int n = series.verdicts.value(QLatin1String(word));
        categories << verdictText(QLatin1String(word));
        *verdicts << n;
        *flags << 0;
        top = std::max(top, n);
    }
    auto *bars = new QHorizontalStackedBarSeries;
    bars->append(verdicts);
    bars->append(flags);
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value"));
    bars->setBarWidth(0.6);
    chart->addSeries(bars);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    auto *x = new QValueAxis;
    x->setTitleText(tr("Links (%1 checked; not legal advice)").arg(series.links));
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setRange(0, std::max(top, 1) + 1);
    x->setTickCount(std::min(std::max(top, 1) + 2, 11));
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    return chart;
}

} // namespace chiptrail::gui
