// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace chiptrail {
struct CaseFindings;
struct RuleBook;
}

// The numbers behind the charts, as plain data. Core computes them (and tests them); the GUI only
// draws them, so the drawing library can change (Qt Charts today, Qt Graphs later) without this.
namespace chiptrail::charts {

enum class ChartKind { Hops, Countries, Timeline, Findings };
QString toWord(ChartKind kind); // "hops", "countries", "timeline", "findings" (CLI, object names)
std::optional<ChartKind> chartKindFromWord(const QString &word);
QList<ChartKind> allChartKinds();

// Chips a link moved or leased: quantity × chips per unit for a system, the quantity for a chip.
// Empty when the quantity or the product (or a system's chips per unit) is unknown.
std::optional<qint64> chipsOf(const Link &link, const CaseData &data);
// The chip a link's product is or contains; null when unknown.
const Product *chipOf(const Link &link, const CaseData &data);

// --- GPUs per hop -------------------------------------------------------------------------

struct HopBar
{
    LinkId link;
    QString linkKey, fromName, toName, productName;
    LinkKind kind = LinkKind::Sale;
    PartialDate date;
    std::optional<qint64> chips;
    // Chips minus those of the nearest earlier hop with a known count, when they differ.
    std::optional<qint64> mismatch;
};

struct HopSeries
{
    QList<HopBar> bars; // from manufacturer to tenant
    bool isEmpty() const { return bars.isEmpty(); }
};

// The hardware chains of a case: maximal paths along sale, shipment and lease links, as of a date
// (invalid: all links). Longest first.
QList<QList<LinkId>> hardwareChains(const CaseData &data, const QDate &asOf);
// The chain through the selection (the longest one holding a selected link, else a selected
// party), or the longest chain of the case when nothing in a chain is selected.
QList<LinkId> chainForSelection(const CaseData &data, const QDate &asOf, const QList<LinkId> &links,
                                const QList<PartyId> &parties);
HopSeries gpusPerHop(const CaseData &data, const QList<LinkId> &chain);

// --- Compute by country over time ---------------------------------------------------------

struct CountryMonth
{
    qint64 chips = 0;
    double tpp = 0; // chips × TPP of the chip; chips with unknown TPP add nothing here
};

struct CountrySeries
{
    QList<QDate> months;                        // first day of each month, ascending
    QMap<QString, QList<CountryMonth>> countries; // ISO code -> one value per month
    QStringList undatedLinks;  // hardware links left out: no date
    QStringList uncountedLinks; // left out: quantity, product or place unknown
    bool isEmpty() const { return months.isEmpty() || countries.isEmpty(); }
};

// Where the hardware is at the end of each month: a sale or shipment puts its chips in the site's
// country (else the ship-to country) and takes them from wherever the seller held them. Leases
// move access, not hardware, and leave the chips where they are. Months run from the first
// dated hardware link to the last dated link, or to `asOf` when given (nothing after it counts).
CountrySeries computeByCountry(const CaseData &data, const QDate &asOf);

// --- Case events and rule changes on one time axis ----------------------------------------

enum class EventLane { Case, ChipRule, OtherRule, EntityList, Counterfactual };
QString toWord(EventLane lane);

struct TimelineEvent
{
    QDate date;
    EventLane lane = EventLane::Case;
    QString id;    // link key, rule id or list entry id
    QString label; // case: "From → To"; rules: the rule's title; lists: the listed name
    bool ends = false; // the rule stops (rescinded, suspended, expired) rather than starts
    std::optional<LinkKind> kind; // case events
    std::optional<qint64> chips;  // case events, when known
};

struct TimelineSeries
{
    QList<TimelineEvent> events; // by date
    QStringList undatedLinks;
    QDate first() const { return events.isEmpty() ? QDate() : events.first().date; }
    QDate last() const { return events.isEmpty() ? QDate() : events.last().date; }
    bool hasCaseEvents() const;
};

// Dated sales, shipments and leases of the case (up to `asOf` when valid), the start (and end)
// of every dated rule of the rule book, and the Entity List additions of the case's parties
// (those the checker counted as matches, from `findings`).
TimelineSeries computeTimeline(const CaseData &data, const RuleBook &book, const CaseFindings &findings,
                               const QDate &asOf);

// --- Findings by verdict and flag ---------------------------------------------------------

struct FindingsSeries
{
    QMap<QString, int> verdicts; // verdict word -> links
    QMap<QString, int> flags;    // flag word -> links
    int links = 0;
    bool isEmpty() const { return links == 0; }
};

FindingsSeries countFindings(const CaseFindings &findings);

// The months a replay of the case runs through: from January two years before its first dated
// link (so the rules that led up to it pass by) to December of the year of its last dated link or
// of `today`, whichever is later. Invalid dates when no link has a date.
std::pair<QDate, QDate> replayRange(const CaseData &data, const QDate &today);

// The case as of a date: only links that had started by then (undated ones stay).
CaseData caseAsOf(const CaseData &data, const QDate &asOf);

} // namespace chiptrail::charts
