// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartseries.h"
#include "rules/findings.h"

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

// Every series from the case and findings worked out already (the window's case document holds
// them): only links active by `asOf` count.
ChartSet computeCharts(const CaseData &data, const RuleBook &book, const CaseFindings &findings,
                       const ChartRequest &request);

// The same for a caller without findings (the command line): runs the rule checks itself, rules as
// of `asOf` when given, else each link's own date. Throws CaseError when the rule data is wrong.
ChartSet computeCharts(const CaseData &data, const RuleBook &book, const ChartRequest &request);

// The findings of the links active by `asOf` (and of the chains made only of them).
CaseFindings findingsAsOf(const CaseFindings &findings, const CaseData &data, const QDate &asOf);

} // namespace chiptrail::charts
