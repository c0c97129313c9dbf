// SPDX-License-Identifier: GPL-3.0-or-later
#include "casegenerator.h"

#include <array>
#include <random>
#include <vector>

namespace chiptrail::bench {

namespace {

struct Country
{
    const char *code;
    const char *legalForm;
};

// Twelve countries of the AI-chip trade, each with a common legal form.
constexpr std::array<Country, 12> countries{{
    {"US", "Inc."}, {"TW", "Co., Ltd."}, {"CN", "Co., Ltd."}, {"SG", "Pte. Ltd."},
    {"MY", "Sdn. Bhd."}, {"ID", "Tbk"}, {"AE", "LLC"}, {"IN", "Pvt. Ltd."},
    {"DE", "GmbH"}, {"NL", "B.V."}, {"JP", "K.K."}, {"HK", "Limited"},
}};

// Country weights per tier (same order as `countries`): where parties of that tier sit.
constexpr std::array<std::array<int, 12>, 6> countryWeights{{
    {60, 25, 2, 0, 0, 0, 0, 0, 3, 5, 5, 0},    // manufacturers
    {30, 30, 10, 5, 8, 0, 0, 2, 5, 3, 5, 2},   // integrators
    {10, 10, 15, 20, 10, 3, 8, 4, 3, 5, 2, 10}, // distributors
    {10, 5, 10, 15, 15, 15, 10, 8, 4, 3, 3, 2}, // telecom/cloud/data centres
    {8, 4, 40, 8, 5, 5, 5, 5, 3, 2, 5, 10},     // tenants
    {15, 5, 40, 5, 5, 5, 3, 5, 5, 2, 5, 5},     // universities, governments, people
}};

// Share of parties per tier, in per mille.
constexpr std::array<int, 6> tierShare{15, 60, 180, 200, 480, 65};

constexpr std::array<PartyRole, 6> tierRole{PartyRole::Manufacturer, PartyRole::ServerIntegrator,
                                            PartyRole::Distributor, PartyRole::CloudProvider,
                                            PartyRole::CloudTenant, PartyRole::University};

constexpr std::array<const char *, 24> stems{
    "Aurora", "Blue Harbor", "Cedar", "Delta Peak", "Everbright", "Fortune", "Golden Bridge",
    "Harmony", "Ironwood", "Jade River", "Kestrel", "Lumen", "Meridian", "Northstar", "Orchid",
    "Pacific Rim", "Quantum", "Red Lantern", "Silverline", "Tianhe", "Unity", "Vertex", "Westgate",
    "Zenith"};
constexpr std::array<const char *, 12> trades{
    "Computing", "Data Systems", "Cloud", "Technology", "Digital", "AI Labs", "Networks",
    "Infrastructure", "Semiconductor", "Trading", "Logistics", "Electronics"};

} // namespace

CaseData generateSupplyChainCase(const GeneratorOptions &options)
{
    std::mt19937 random(options.seed);
    auto pick = [&random](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
    auto chance = [&random](double p) { return std::bernoulli_distribution(p)(random); };

    CaseData data;
    data.info.title = QStringLiteral("Generated supply chain, %1 parties").arg(options.parties);
    data.info.language = QStringLiteral("en");

    std::array<std::vector<int>, 6> byTier; // party indices per tier
    std::discrete_distribution<int> tierOf(tierShare.begin(), tierShare.end());
    for (int i = 0; i < options.parties; ++i) {
        // The first parties cover every tier, so even tiny cases are chains.
        const int tier = i < 6 ? i : tierOf(random);
        std::discrete_distribution<int> countryOf(countryWeights[tier].begin(), countryWeights[tier].end());
        const Country &country = countries[countryOf(random)];
        Party party;
        party.id = PartyId(i + 1);
        party.key = QStringLiteral("party-%1").arg(i + 1);
        PartyRole role = tierRole[tier];
        if (tier == 3 && chance(0.3))
            role = PartyRole::DataCentreOperator;
        if (tier == 5)
            role = std::array{PartyRole::University, PartyRole::GovernmentBody, PartyRole::Person,
                              PartyRole::Other}[pick(4)];
        party.role = role;
        party.name = role == PartyRole::Person
            ? QStringLiteral("Person %1").arg(i + 1)
            : QLatin1String(stems[pick(int(stems.size()))]) + u' '
                + QLatin1String(trades[pick(int(trades.size()))]) + u' '
                + QLatin1String(country.legalForm);
        party.headquartersCountry = QLatin1String(country.code);
        party.incorporationCountry = chance(0.15) ? QStringLiteral("HK") : party.headquartersCountry;
        data.parties.append(party);
        byTier[tier].push_back(i);
    }

    auto randomIn = [&](int tier) { return byTier[tier][pick(int(byTier[tier].size()))]; };
    auto lowerTier = [&](int tier) {
        for (int t = tier - 1; t >= 0; --t)
            if (!byTier[t].empty())
                return t;
        return -1;
    };
    auto addLink = [&](int from, int to, LinkKind kind) {
        Link link;
        link.id = LinkId(data.links.size() + 1);
        link.key = QStringLiteral("link-%1").arg(link.id.value);
        link.from = PartyId(from + 1);
        link.to = PartyId(to + 1);
        link.kind = kind;
        link.shipFromCountry = data.parties.at(from).headquartersCountry;
        link.shipToCountry = data.parties.at(to).headquartersCountry;
        data.links.append(link);
    };
    auto kindFor = [](int fromTier, int toTier) {
        if (toTier == 4)
            return LinkKind::Lease;
        if (fromTier == 5 || toTier == 5)
            return LinkKind::Affiliation;
        return fromTier < toTier ? LinkKind::Sale : LinkKind::Contract;
    };

    // Every party below the top buys from the tier before it (tier 5 is tied to anyone).
    for (int t = 1; t < 6; ++t) {
        for (int to : byTier[t]) {
            const int source = t == 5 ? pick(5) : lowerTier(t);
            if (source < 0 || byTier[source].empty())
                continue;
            addLink(randomIn(source), to, kindFor(source, t));
        }
    }
    // The rest: forward links between neighbouring tiers, and cross links.
    const int wanted = int(options.parties * options.linksPerParty);
    while (data.links.size() < wanted) {
        int fromTier = pick(5), toTier = fromTier + 1;
        if (chance(options.crossLinkShare)) {
            switch (pick(3)) {
            case 0: toTier = std::min(5, fromTier + 2 + pick(3)); break; // skips tiers
            case 1: toTier = std::max(0, fromTier - 1 - pick(2)); break; // goes back
            default: toTier = fromTier; break;                            // same tier
            }
        }
        if (byTier[fromTier].empty() || byTier[toTier].empty())
            continue;
        addLink(randomIn(fromTier), randomIn(toTier), kindFor(fromTier, toTier));
    }
    return data;
}

} // namespace chiptrail::bench
