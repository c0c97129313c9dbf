// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartseries.h"

namespace chiptrail::charts {

// What the four charts show for one case, selection and "as of" date.
struct ChartSet
{
    QDate asOf; // invalid: no filter
    HopSeries hops;
    CountrySeries countries;
    TimelineSeries timeline;
    FindingsSeries findings;
};

struct ChartRequest
{
    QDate asOf;
    QList<LinkId> selectedLinks;
    QList<PartyId> selectedParties;
};

// Runs the rule checks (rules as of `asOf` when given, else each link's own date) on the links
// active by then, and computes every series. Throws CaseError when the rule data is wrong.
ChartSet computeCharts(const CaseData &data, const RuleBook &book, const ChartRequest &request);

} // namespace chiptrail::charts
