// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartbuilder.h"

#include "model/displaytext.h"

#include <QChart>
#include <QLocale>

namespace chiptrail::gui {

using charts::ChartKind;

QString ChartBuilder::title(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Hops: return tr("GPUs per hop");
    case ChartKind::Countries: return tr("Compute by country over time");
    case ChartKind::Timeline: return tr("Case events and rule changes");
    case ChartKind::Findings: return tr("Findings by verdict and flag");
    }
    return {};
}

QString ChartBuilder::emptyMessage(ChartKind kind, const charts::ChartSet &set)
{
    const QString asOf = set.asOf.isValid() ? tr(" as of %1").arg(DisplayText::longDate(set.asOf))
                                            : QString();
    switch (kind) {
    case ChartKind::Hops:
        return set.hops.isEmpty() ? tr("No sales, shipments or leases%1 yet: add a link that moves "
                                       "hardware to see how many GPUs each hop moved.").arg(asOf)
                                  : QString();
    case ChartKind::Countries:
        return set.countries.isEmpty() ? tr("No dated links yet%1: compute by country needs sales or "
                                            "shipments with a date, a quantity and a site or ship-to "
                                            "country.").arg(asOf)
                                       : QString();
    case ChartKind::Timeline:
        return set.timeline.events.isEmpty() ? tr("No dated links and no dated rules yet.") : QString();
    case ChartKind::Findings:
        return set.findings.isEmpty() ? tr("No links to check yet%1.").arg(asOf) : QString();
    }
    return {};
}

QChart *ChartBuilder::build(ChartKind kind, const charts::ChartSet &set)
{
    if (!emptyMessage(kind, set).isEmpty())
        return nullptr;
    switch (kind) {
    case ChartKind::Hops: return hops(set.hops);
    case ChartKind::Countries: return countries(set.countries, set.asOf);
    case ChartKind::Timeline: return timeline(set.timeline, set.asOf);
    case ChartKind::Findings: return findings(set.findings);
    }
    return nullptr;
}

QChart *ChartBuilder::newChart(ChartKind kind, const QDate &asOf)
{
    auto *chart = new QChart;
    chart->setObjectName(toWord(kind));
    QString text = title(kind);
    if (asOf.isValid())
        text = tr("%1 (as of %2)").arg(text, DisplayText::longDate(asOf));
    chart->setTitle(text);
    QFont font = chart->titleFont();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    chart->setTitleFont(font);
    // Numbers on axes and labels with the UI language's thousands separators.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace chiptrail::gui
