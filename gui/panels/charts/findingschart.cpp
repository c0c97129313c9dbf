// SPDX-License-Identifier: GPL-3.0-or-later
// Findings by verdict and flag: how many links got each verdict, and how many carry each flag.
#include "chartbuilder.h"

#include "panels/findingshtml.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <algorithm>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
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
    if (word == QLatin1String("license_required_if_confirmed"))
        return ChartBuilder::tr("Licence required if the match is confirmed");
    if (word == QLatin1String("not_yet_happened"))
        return ChartBuilder::tr("Not yet happened");
    return word;
}

} // namespace

QChart *ChartBuilder::findings(const charts::FindingsSeries &series)
{
    QChart *chart = newChart(charts::ChartKind::Findings, {});
    // Verdicts and flags share the category axis; one set per verdict, in the colour the canvas
    // and the rule panel give it, and one for the flags. Stacked, each row holds one value.
    QList<Verdict> verdictOrder{Verdict::NotAnExport, Verdict::NoLicenseRequired, Verdict::LicenseRequired};
    // The rarer verdicts get a row only when a link has them.
    for (const Verdict rare : {Verdict::NotYetHappened, Verdict::LicenseRequiredIfConfirmed})
        if (series.verdicts.value(toWord(rare)) > 0)
            verdictOrder.append(rare);
    QList<QBarSet *> verdictSets;
    for (const Verdict verdict : verdictOrder) {
        LinkFinding plain;
        plain.verdict = verdict;
        auto *set = new QBarSet(verdictText(toWord(verdict)));
        set->setColor(findingshtml::verdictColour(plain));
        verdictSets << set;
    }
    auto *flags = new QBarSet(tr("Links with this flag"));
    flags->setColor(QColor(0x9e, 0xa7, 0xb0));
    QStringList categories;
    int top = 0;
    const auto addRow = [&](const QString &category, qsizetype verdictIndex, int value) {
        categories << category;
        for (qsizetype i = 0; i < verdictSets.size(); ++i)
            *verdictSets[i] << (i == verdictIndex ? value : 0);
        *flags << (verdictIndex < 0 ? value : 0);
        top = std::max(top, value);
    };
    // Bottom to top on a horizontal axis: flags first so the verdicts read first.
    for (auto it = series.flags.cbegin(); it != series.flags.cend(); ++it)
        addRow(tr("flag: %1").arg(QString(it.key()).replace(QLatin1Char('_'), QLatin1Char(' '))), -1, it.value());
    for (qsizetype i = 0; i < verdictOrder.size(); ++i)
        addRow(verdictText(toWord(verdictOrder.at(i))), i, series.verdicts.value(toWord(verdictOrder.at(i))));
    auto *bars = new QHorizontalStackedBarSeries;
    for (QBarSet *set : verdictSets)
        bars->append(set);
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
    x->setTitleText(tr("Links (%1 checked; not legal advice)").arg(QLocale().toString(series.links)));
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setRange(0, std::max(top, 1) + 1);
    x->setTickCount(std::min(std::max(top, 1) + 2, 11));
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    return chart;
}

} // namespace chiptrail::gui
