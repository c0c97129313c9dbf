// SPDX-License-Identifier: GPL-3.0-or-later
// Chains follow the hardware: sale, shipment and lease links joined where the buyer of one is the
// seller of the next, with a compatible product and no step back in time. One chain per end of a
// path, through the worst predecessor, so the summary stays linear in the size of the case.
#include "caseindex.h"
#include "rulechecker.h"

#include <QSet>
#include <functional>

namespace chiptrail {
namespace {

bool compatible(const CaseIndex &index, const Link &a, const Link &b)
{
    if (!a.product || !b.product || *a.product == *b.product)
        return true;
    const Product *pa = index.product(a.product), *pb = index.product(b.product);
    return pa && pb && index.chipOf(pa) == index.chipOf(pb);
}

bool ordered(const Link &a, const Link &b)
{
    return a.dateFrom.isNull() || b.dateFrom.isNull() || a.dateFrom.earliest() <= b.dateFrom.latest();
}

} // namespace

QList<ChainFinding> summariseChains(const CaseData &data, const QList<LinkFinding> &findings)
{
    const CaseIndex index(data);
    const qsizetype n = data.links.size();
    std::vector<std::vector<qsizetype>> preds(n);
    std::vector<char> hasSucc(n, 0), hardware(n, 0);
    QHash<qint64, std::vector<qsizetype>> into; // party -> hardware links ending there
    for (qsizetype i = 0; i < n; ++i) {
        const LinkKind k = data.links.at(i).kind;
        hardware[i] = k == LinkKind::Sale || k == LinkKind::Shipment || k == LinkKind::Lease;
        if (hardware[i])
            into[data.links.at(i).to.value].push_back(i);
    }
    for (qsizetype j = 0; j < n; ++j) {
        if (!hardware[j])
            continue;
        const Link &b = data.links.at(j);
        for (qsizetype i : into.value(b.from.value)) {
            const Link &a = data.links.at(i);
            if (i == j || a.kind == LinkKind::Lease || !compatible(index, a, b) || !ordered(a, b))
                continue;
            preds[j].push_back(i);
            hasSucc[i] = 1;
        }
    }
    // Worst verdict up to each link, through its worst predecessor (memoised; cycles cut).
    std::vector<int> state(n, 0); // 0 new, 1 on stack, 2 done
    std::vector<Verdict> worst(n, Verdict::NotAnExport);
    std::vector<qsizetype> via(n, -1);
    std::function<void(qsizetype)> visit = [&](qsizetype i) {
        state[i] = 1;
        worst[i] = findings.at(i).verdict;
        for (qsizetype p : preds[i]) {
            if (state[p] == 1)
                continue;
            if (state[p] == 0)
                visit(p);
            if (via[i] < 0 || worse(worst[p], worst[via[i]]))
                via[i] = p;
        }
        if (via[i] >= 0 && worse(worst[via[i]], worst[i]))
            worst[i] = worst[via[i]];
        state[i] = 2;
    };
    QList<ChainFinding> chains;
    for (qsizetype end = 0; end < n; ++end) {
        if (!hardware[end] || hasSucc[end] || preds[end].empty())
            continue; // a single link is its own finding, not a chain
        if (state[end] == 0)
            visit(end);
        ChainFinding chain;
        QList<qsizetype> path;
        QSet<qsizetype> seen;
        for (qsizetype i = end; i >= 0 && !seen.contains(i); i = via[i]) {
            seen.insert(i);
            path.prepend(i);
        }
        for (qsizetype i : path) {
            const LinkFinding &f = findings.at(i);
            chain.linkKeys << f.linkKey;
            if (chain.partyKeys.isEmpty())
                chain.partyKeys << f.fromKey;
            chain.partyKeys << f.toKey;
            if (chain.worstLinkKey.isEmpty() || worse(f.verdict, chain.worst)) {
                chain.worst = f.verdict;
                chain.worstLinkKey = f.linkKey;
            }
        }
        const LinkFinding &last = findings.at(end);
        chain.endUserKey = last.endUserKey;
        chain.endUserParentKey = last.endUserParentKey;
        chain.endUserHq = last.endUserHq;
        chains << chain;
    }
    return chains;
}

} // namespace chiptrail
