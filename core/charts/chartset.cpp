// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartset.h"

#include "model/chaingraph.h"
#include "rules/rulechecker.h"

#include <QSet>

namespace chiptrail::charts {

CaseFindings findingsAsOf(const CaseFindings &findings, const CaseData &data, const QDate &asOf)
{
    if (!asOf.isValid())
        return findings;
    QSet<QString> active;
    for (const Link &link : data.links)
        if (chaingraph::isActiveAsOf(link, asOf))
            active.insert(link.key);
    CaseFindings result = findings;
    result.links.clear();
    for (const LinkFinding &f : findings.links)
        if (active.contains(f.linkKey))
            result.links.append(f);
    result.chains.clear();
    for (const ChainFinding &chain : findings.chains)
        if (std::all_of(chain.linkKeys.cbegin(), chain.linkKeys.cend(), [&](const QString &key) { return active.contains(key); }))
            result.chains.append(chain);
    return result;
}

ChartSet computeCharts(const CaseData &data, const RuleBook &book, const CaseFindings &findings, const ChartRequest &request)
{
    ChartSet set;
    set.asOf = request.asOf;
    const CaseFindings active = findingsAsOf(findings, data, request.asOf);
    set.hops = gpusPerHop(data, chainForSelection(data, request.asOf, request.selectedLinks, request.selectedParties));
    set.countries = computeByCountry(data, request.asOf);
    set.timeline = computeTimeline(data, book, active, request.asOf);
    set.findings = countFindings(active);
    return set;
}

ChartSet computeCharts(const CaseData &data, const RuleBook &book, const ChartRequest &request)
{
    const CaseData active = caseAsOf(data, request.asOf);
    CheckOptions options;
    if (request.asOf.isValid()) {
        options.rulesAt = request.asOf;
        options.today = request.asOf; // undated links are judged on the slider's day too
    }
    const CaseFindings findings = RuleChecker(book).check(active, options);
    return computeCharts(data, book, findings, request);
}

} // namespace chiptrail::charts
