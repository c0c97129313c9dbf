// SPDX-License-Identifier: GPL-3.0-or-later
// Compute by country over time: replays the dated sales and shipments month by month.
#include "chartseries.h"

#include <algorithm>

namespace chiptrail::charts {
namespace {

struct Holding
{
    PartyId party;
    const Product *chip = nullptr;
    QString country;
    qint64 chips = 0;
};

struct Move
{
    const Link *link = nullptr;
    QDate date;
    QString country;
    qint64 chips = 0;
    const Product *chip = nullptr;
};

QString destinationOf(const Link &link, const CaseData &data)
{
    if (link.site)
        for (const Site &site : data.sites)
            if (site.id == *link.site && !site.country.isEmpty())
                return site.country;
    return link.shipToCountry;
}

// The seller hands on what it held (oldest first); chips it never held came from outside the case.
void apply(const Move &move, QList<Holding> &holdings)
{
    qint64 left = move.chips;
    for (Holding &h : holdings) {
        if (left == 0)
            break;
        if (h.party != move.link->from || h.chip != move.chip || h.chips == 0)
            continue;
        const qint64 taken = std::min(left, h.chips);
        h.chips -= taken;
        left -= taken;
    }
    holdings << Holding{move.link->to, move.chip, move.country, move.chips};
}

QDate monthOf(const QDate &date) { return QDate(date.year(), date.month(), 1); }

} // namespace

CountrySeries computeByCountry(const CaseData &data, const QDate &asOf)
{
    CountrySeries series;
    QList<Move> moves;
    for (const Link &link : data.links) {
        if (link.kind != LinkKind::Sale && link.kind != LinkKind::Shipment)
            continue;
        if (link.dateFrom.isNull()) {
            series.undatedLinks << link.key;
            continue;
        }
        const QDate date = link.dateFrom.earliest();
        if (asOf.isValid() && date > asOf)
            continue;
        const auto chips = chipsOf(link, data);
        const QString country = destinationOf(link, data);
        if (!chips || country.isEmpty()) {
            series.uncountedLinks << link.key;
            continue;
        }
        moves << Move{&link, date, country, *chips, chipOf(link, data)};
    }
    if (moves.isEmpty())
        return series;
    std::stable_sort(moves.begin(), moves.end(), [](const Move &a, const Move &b) { return a.date < b.date; });

    QDate last = moves.last().date;
    for (const Link &link : data.links)
        if (!link.dateFrom.isNull() && (!asOf.isValid() || link.dateFrom.earliest() <= asOf))
            last = std::max(last, link.dateFrom.earliest());
    if (asOf.isValid())
        last = std::max(last, asOf);
    for (QDate m = monthOf(moves.first().date); m <= last; m = m.addMonths(1))
        series.months << m;

    QList<Holding> holdings;
    qsizetype next = 0;
    for (qsizetype i = 0; i < series.months.size(); ++i) {
        const QDate monthEnd = series.months.at(i).addMonths(1).addDays(-1);
        while (next < moves.size() && moves.at(next).date <= monthEnd)
            apply(moves.at(next++), holdings);
        QMap<QString, CountryMonth> now;
        for (const Holding &h : holdings) {
            if (h.chips == 0)
                continue;
            CountryMonth &c = now[h.country];
            c.chips += h.chips;
            if (h.chip && h.chip->chip.tpp)
                c.tpp += static_cast<double>(h.chips) * *h.chip->chip.tpp;
        }
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            QList<CountryMonth> &values = series.countries[it.key()];
            values.resize(series.months.size());
            values[i] = it.value();
        }
    }
    for (QList<CountryMonth> &values : series.countries)
        values.resize(series.months.size());
    return series;
}

} // namespace chiptrail::charts
