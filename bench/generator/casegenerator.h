// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

namespace chiptrail::bench {

// Supply-chain-shaped cases for benchmarks: tiers in realistic proportions (few manufacturers,
// many tenants), about a dozen countries that depend on the tier (chips from the US and Taiwan,
// tenants often in China), about two links per party, mostly from one tier to the next, and a
// share of cross links that skip tiers, go back up the chain or stay in a tier. Company names
// are random but plausible, with the legal form of their country ("Pte. Ltd.", "GmbH").
// The same options always give the same case.
struct GeneratorOptions
{
    int parties = 1000;
    double linksPerParty = 2.0;
    double crossLinkShare = 0.10;
    quint32 seed = 20251007;
};

CaseData generateSupplyChainCase(const GeneratorOptions &options);

} // namespace chiptrail::bench
