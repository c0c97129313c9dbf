// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartset.h"

#include <QCoreApplication>

class QChart;

namespace chiptrail::gui {

// Turns the plain series of core/charts into Qt Charts objects. The only code that knows Qt
// Charts besides the view and the exporter: a move to Qt Graphs replaces these files.
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)
public:
    // Set on a chart whose labels need a least height (pixels, chart and its margins included).
    static constexpr const char *neededHeightProperty = "chiptrailNeededHeight";
    // A new chart (the caller owns it), or nullptr when emptyMessage() is not empty.
    static QChart *build(charts::ChartKind kind, const charts::ChartSet &set);
    static QString title(charts::ChartKind kind);
    // The kind of a link inside a label ("sale", German "Verkauf"): lower-casing the display word
    // would give German nouns a small letter, so each language says it its own way.
    static QString kindWord(LinkKind kind);
    // What is missing for the chart ("no dated links yet"); empty when there is something to draw.
    static QString emptyMessage(charts::ChartKind kind, const charts::ChartSet &set);

private:
    static QChart *hops(const charts::HopSeries &series);
    static QChart *countries(const charts::CountrySeries &series, const QDate &asOf);
    static QChart *timeline(const charts::TimelineSeries &series, const QDate &asOf);
    static QChart *findings(const charts::FindingsSeries &series);
    static QChart *newChart(charts::ChartKind kind, const QDate &asOf);
    static QString eventLabel(const charts::TimelineEvent &event);
};

} // namespace chiptrail::gui
