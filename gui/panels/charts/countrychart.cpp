// SPDX-License-Identifier: GPL-3.0-or-later
// Compute by country over time: GPUs as stacked areas (one per country, month by month as steps,
// since hardware arrives on a date and stays) and total TPP per country as dashed lines.
#include "chartbuilder.h"

#include "model/displaytext.h"

#include <QAreaSeries>
#include <QChart>
#include <algorithm>
#include <QDateTime>
#include <QCategoryAxis>
#include <QLocale>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

namespace chiptrail::gui {
namespace {

qreal msecs(const QDate &date) { return qreal(date.startOfDay().toMSecsSinceEpoch()); }

QColor countryColour(int index)
{
    static const QList<QColor> colours{QColor(0x2f, 0x6f, 0xb3), QColor(0xd9, 0x48, 0x1c), QColor(0x3a, 0x9a, 0x5b),
                                       QColor(0x8e, 0x5a, 0xb8), QColor(0xc9, 0x9a, 0x1a), QColor(0x5d, 0x6d, 0x7e)};
    return colours.at(index % colours.size());
}

} // namespace

QChart *ChartBuilder::countries(const charts::CountrySeries &series, const QDate &asOf)
{
    QChart *chart = newChart(charts::ChartKind::Countries, asOf);
    QList<QDate> edges = series.months;
    edges << series.months.last().addMonths(1);

    // Months as bands named under their middle, since each value holds for a whole month; a long
    // replay is named by quarter or year so the names keep their room.
    auto *x = new QCategoryAxis;
    x->setTitleText(tr("Month (hardware in place at the end of each month)"));
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    x->setStartValue(msecs(edges.first()));
    const qsizetype months = series.months.size();
    const int span = months <= 12 ? 1 : months <= 36 ? 3 : 12;
    const QLocale locale;
    qsizetype begin = 0; // bands break at calendar quarters or years
    for (qsizetype m = 1; m <= months; ++m) {
        if (m < months && (series.months.at(m).month() - 1) % span != 0)
            continue;
        const QDate from = series.months.at(begin);
        x->append(locale.toString(from, span == 12 ? QStringLiteral("yyyy") : DisplayText::monthAxisFormat()),
                  msecs(edges.at(m)));
        begin = m;
    }
    x->setRange(msecs(edges.first()), msecs(edges.last()));
    chart->addAxis(x, Qt::AlignBottom);
    auto *gpus = new QValueAxis;
    gpus->setTitleText(tr("GPUs in the country (stacked)"));
    gpus->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(gpus, Qt::AlignLeft);
    auto *tpp = new QValueAxis;
    tpp->setTitleText(tr("Total TPP (dashed)"));
    tpp->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(tpp, Qt::AlignRight);

    QList<qint64> below(series.months.size(), 0);
    qint64 top = 0;
    double topTpp = 0;
    int index = 0;
    for (auto it = series.countries.cbegin(); it != series.countries.cend(); ++it, ++index) {
        auto *lower = new QLineSeries;
        auto *upper = new QLineSeries;
        auto *tppLine = new QLineSeries;
        for (qsizetype m = 0; m < series.months.size(); ++m) {
            const qint64 base = below.at(m);
            const qint64 value = base + it.value().at(m).chips;
            for (const QDate &edge : {edges.at(m), edges.at(m + 1)}) {
                lower->append(msecs(edge), qreal(base));
                upper->append(msecs(edge), qreal(value));
                tppLine->append(msecs(edge), it.value().at(m).tpp);
            }
            below[m] = value;
            top = std::max(top, value);
            topTpp = std::max(topTpp, it.value().at(m).tpp);
        }
        auto *area = new QAreaSeries(upper, lower);
        area->setName(DisplayText::country(it.key()));
        QColor fill = countryColour(index);
        area->setPen(QPen(fill.darker(130), 1.5));
        fill.setAlpha(170);
        area->setBrush(fill);
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(gpus);

        tppLine->setName(tr("TPP in %1").arg(it.key()));
        tppLine->setPen(QPen(countryColour(index).darker(160), 2, Qt::DashLine));
        chart->addSeries(tppLine);
        tppLine->attachAxis(x);
        tppLine->attachAxis(tpp);
    }
    gpus->setRange(0, top > 0 ? double(top) * 1.2 : 1.0);
    gpus->applyNiceNumbers();
    tpp->setRange(0, topTpp > 0 ? topTpp * 1.2 : 1.0);
    tpp->applyNiceNumbers();
    return chart;
}

} // namespace chiptrail::gui
