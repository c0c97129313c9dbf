// SPDX-License-Identifier: GPL-3.0-or-later
// One time axis: what happened in the case, and what the rules did around it.
#include "chartseries.h"

#include "rules/findings.h"
#include "rules/rulebook.h"

#include <QRegularExpression>
#include <algorithm>

namespace chiptrail::charts {
namespace {

TimelineEvent event(const QDate &date, EventLane lane, const QString &id, const QString &label, bool ends = false)
{
    TimelineEvent e;
    e.date = date;
    e.lane = lane;
    e.id = id;
    e.label = label;
    e.ends = ends;
    return e;
}

QString partyName(const CaseData &data, PartyId id)
{
    for (const Party &p : data.parties)
        if (p.id == id)
            return p.name;
    return {};
}

void addCaseEvents(const CaseData &data, const QDate &asOf, TimelineSeries &series)
{
    for (const Link &link : data.links) {
        if (!movesHardware(link.kind))
            continue;
        if (link.dateFrom.isNull()) {
            series.undatedLinks << link.key;
            continue;
        }
        const QDate date = link.dateFrom.earliest();
        if (asOf.isValid() && date > asOf)
            continue;
        TimelineEvent e = event(date, EventLane::Case, link.key,
                        partyName(data, link.from) + QStringLiteral(" → ") + partyName(data, link.to));
        e.kind = link.kind;
        e.chips = chipsOf(link, data);
        series.events << e;
    }
}

// A rule set that ends the day before another of its kind starts was replaced, not ended: the
// start of the new one says it all.
bool replacedNextDay(const RuleBook &book, const RuleRef &rule)
{
    return std::any_of(book.allRules.begin(), book.allRules.end(), [&](const RuleRef &other) {
        return other.evaluator == rule.evaluator && other.from == rule.to.addDays(1);
    });
}

void addRuleEvents(const RuleBook &book, TimelineSeries &series)
{
    // Counterfactuals carry the day they stopped only in their status ("rescission ... on 2025-05-13").
    static const QRegularExpression isoDate(QStringLiteral("\\b(\\d{4}-\\d{2}-\\d{2})\\b"));
    for (const RuleRef &rule : book.allRules) {
        const bool counterfactual = !rule.status.isEmpty();
        // The chip rules and the decisions on single chips (H20, H200) share a lane.
        static const QStringList chipEvaluators{QStringLiteral("item"), QStringLiteral("is_informed"),
                                                QStringLiteral("review_2026")};
        const EventLane lane = counterfactual                          ? EventLane::Counterfactual
                               : chipEvaluators.contains(rule.evaluator) ? EventLane::ChipRule
                                                                         : EventLane::OtherRule;
        if (rule.from.isValid())
            series.events << event(rule.from, lane, rule.id, rule.title);
        if (rule.to.isValid() && !replacedNextDay(book, rule))
            series.events << event(rule.to, lane, rule.id, rule.title, true);
        if (counterfactual) {
            const QDate stopped = QDate::fromString(isoDate.match(rule.status).captured(1), Qt::ISODate);
            if (stopped.isValid() && stopped != rule.to) // one end, even when both say the day
                series.events << event(stopped, lane, rule.id, rule.title, true);
        }
    }
    // The BIS guidance that confirmed the headquarters rule is dated apart from the rule it confirms.
    for (const DestinationRule &rule : book.destinationRules)
        if (rule.hqConfirmedOn.isValid())
            series.events << event(rule.hqConfirmedOn, EventLane::OtherRule,
                                   rule.rule.id + QStringLiteral(":hq_confirmed"), rule.hqConfirmation.citation);
    // The later licensing policy of the H20 decision is a decision of its own (Aug 2025).
    if (book.isInformed && book.isInformed->laterPolicyFrom.isValid())
        series.events << event(book.isInformed->laterPolicyFrom, EventLane::ChipRule,
                               book.isInformed->rule.id + QStringLiteral(":") + book.isInformed->laterPolicy,
                               book.isInformed->rule.title);
}

void addListings(const CaseFindings &findings, TimelineSeries &series)
{
    QStringList seen;
    for (const PartyFinding &party : findings.parties)
        for (const ScreeningMatch &match : party.matches) {
            if (!match.counted || !match.listed.isValid() || seen.contains(match.entryId))
                continue;
            seen << match.entryId;
            series.events << event(match.listed, EventLane::EntityList, match.entryId, match.listedName);
        }
}

} // namespace

bool TimelineSeries::hasCaseEvents() const
{
    return std::any_of(events.begin(), events.end(), [](const TimelineEvent &e) { return e.lane == EventLane::Case; });
}

TimelineSeries computeTimeline(const CaseData &data, const RuleBook &book, const CaseFindings &findings,
                               const QDate &asOf)
{
    TimelineSeries series;
    addCaseEvents(data, asOf, series);
    addRuleEvents(book, series);
    addListings(findings, series);
    std::stable_sort(series.events.begin(), series.events.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.date < b.date; });
    return series;
}

FindingsSeries countFindings(const CaseFindings &findings)
{
    FindingsSeries series;
    for (const LinkFinding &link : findings.links) {
        ++series.links;
        ++series.verdicts[toWord(link.verdict)];
        for (const QString &flag : link.flags)
            ++series.flags[flag];
    }
    return series;
}

} // namespace chiptrail::charts
