// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartset.h"

#include "rules/rulechecker.h"

namespace chiptrail::charts {

ChartSet computeCharts(const CaseData &data, const RuleBook &book, const ChartRequest &request)
{
    ChartSet set;
    set.asOf = request.asOf;
    const CaseData active = caseAsOf(data, request.asOf);
    CheckOptions options;
    if (request.asOf.isValid()) {
        options.rulesAt = request.asOf;
        options.today = request.asOf; // undated links are judged on the slider's day too
    }
    const CaseFindings findings = RuleChecker(book).check(active, options);
    set.hops = gpusPerHop(data, chainForSelection(data, request.asOf, request.selectedLinks, request.selectedParties));
    set.countries = computeByCountry(data, request.asOf);
    set.timeline = computeTimeline(data, book, findings, request.asOf);
    set.findings = countFindings(findings);
    return set;
}

} // namespace chiptrail::charts
