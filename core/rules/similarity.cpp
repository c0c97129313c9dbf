// SPDX-License-Identifier: GPL-3.0-or-later
#include "similarity.h"

#include <algorithm>
#include <array>
#include <vector>

namespace chiptrail {

double jaroWinkler(QStringView a, QStringView b)
{
    if (a == b)
        return 1.0;
    const qsizetype la = a.size(), lb = b.size();
    if (la == 0 || lb == 0)
        return 0.0;
    const qsizetype window = std::max<qsizetype>(0, std::max(la, lb) / 2 - 1);
    // Names are short: fixed buffers avoid an allocation per comparison.
    std::array<bool, 128> smallA{}, smallB{};
    std::vector<bool> bigA, bigB;
    const bool small = la <= 128 && lb <= 128;
    if (!small) {
        bigA.assign(la, false);
        bigB.assign(lb, false);
    }
    const auto flagA = [&](qsizetype i) -> bool { return small ? smallA[i] : bigA[i]; };
    const auto flagB = [&](qsizetype i) -> bool { return small ? smallB[i] : bigB[i]; };
    const auto setA = [&](qsizetype i) { small ? void(smallA[i] = true) : void(bigA[i] = true); };
    const auto setB = [&](qsizetype i) { small ? void(smallB[i] = true) : void(bigB[i] = true); };
    qsizetype matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype lo = std::max<qsizetype>(0, i - window), hi = std::min(lb - 1, i + window);
        for (qsizetype j = lo; j <= hi; ++j) {
            if (!flagB(j) && a[i] == b[j]) {
                setA(i);
                setB(j);
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    qsizetype transpositions = 0;
    for (qsizetype i = 0, j = 0; i < la; ++i) {
        if (!flagA(i))
            continue;
        while (!flagB(j))
            ++j;
        if (a[i] != b[j])
            ++transpositions;
        ++j;
    }
    const double m = static_cast<double>(matches);
    const double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    qsizetype prefix = 0;
    while (prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix])
        ++prefix;
    return jaro + prefix * 0.1 * (1.0 - jaro);
}

double tokenSimilarity(QStringView a, QStringView b)
{
    if (a == b)
        return 1.0;
    const QStringView shorter = a.size() <= b.size() ? a : b;
    const QStringView longer = a.size() <= b.size() ? b : a;
    if (shorter.size() >= 4 && longer.startsWith(shorter))
        return 0.85;
    if (shorter.size() <= 2)
        return 0.0; // "co" vs "cv" says nothing
    // Jaro-Winkler cannot reach 0.88 when one word is less than half as long as the other.
    if (shorter.size() * 2 < longer.size())
        return 0.0;
    const double jw = jaroWinkler(a, b);
    return jw >= 0.88 ? jw : 0.0;
}

} // namespace chiptrail
