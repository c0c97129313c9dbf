// SPDX-License-Identifier: GPL-3.0-or-later
#include "screener.h"

#include "rulestr.h"

#include <algorithm>
#include <thread>

namespace chiptrail {
namespace {

// Every string one deletion away: two names one typo apart share one of these (SymSpell).
void deletions(const QString &token, QStringList &out)
{
    out.clear();
    if (token.size() < 4)
        return;
    for (qsizetype i = 0; i < token.size(); ++i) {
        QString v = token;
        v.remove(i, 1);
        out << v;
    }
}

template <typename Fn>
void parallelFor(qsizetype count, int threads, Fn &&fn)
{
    threads = std::max(1, std::min<int>(threads, static_cast<int>(count / 64) + 1));
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            const qsizetype begin = count * t / threads, end = count * (t + 1) / threads;
            fn(begin, end);
        });
    }
    for (auto &th : pool)
        th.join();
}

} // namespace

Screener::Screener(ScreeningList list, const NameFoldingData &folding, int threads)
    : m_list(std::move(list)), m_folding(folding), m_normaliser(std::make_unique<NameNormaliser>(m_folding))
{
    buildIndex(threads);
}

Screener::~Screener() = default;

void Screener::buildIndex(int threads)
{
    for (qsizetype e = 0; e < m_list.entries.size(); ++e) {
        const ListEntry &entry = m_list.entries.at(e);
        m_names.push_back({e, entry.name, false, {}});
        for (const QString &alias : entry.aliases)
            if (!alias.trimmed().isEmpty())
                m_names.push_back({e, alias, true, {}});
    }
    parallelFor(static_cast<qsizetype>(m_names.size()), threads, [this](qsizetype begin, qsizetype end) {
        NameNormaliser normaliser(m_folding);
        for (qsizetype i = begin; i < end; ++i) {
            IndexedName &n = m_names[i];
            n.norm = normaliser.normalise(n.text);
        }
    });
    QStringList dels;
    for (int i = 0; i < static_cast<int>(m_names.size()); ++i) {
        const NormalisedName &norm = m_names[i].norm;
        for (qsizetype k = 0; k < norm.tokens.size(); ++k) {
            const QString &t = norm.tokens.at(k);
            auto it = m_tokenIds.find(t);
            if (it == m_tokenIds.end()) {
                it = m_tokenIds.insert(t, static_cast<int>(m_postings.size()));
                m_postings.emplace_back();
                deletions(t, dels);
                for (const QString &d : std::as_const(dels))
                    m_deletions[d].push_back(*it);
                if (norm.sounds.at(k).size() >= 2 && norm.sounds.at(k) != t)
                    m_sounds[norm.sounds.at(k)].push_back(*it);
            }
            auto &posting = m_postings[*it];
            if (posting.empty() || posting.back() != i)
                posting.push_back(i);
        }
        if (!norm.joined.isEmpty())
            m_joined[norm.joined].push_back(i);
        if (norm.soundJoined.size() >= 3)
            m_wholeKeys[norm.soundJoined].push_back(i);
        if (norm.skeleton.size() >= 3 && norm.skeleton != norm.soundJoined)
            m_wholeKeys[norm.skeleton].push_back(i);
    }
    // A word in more than 0.2 % of the names ("shenzhen", a pinyin syllable) finds too much to
    // narrow the search; such names are still found through their other words or joined letters.
    m_postingCap = std::max<size_t>(32, m_names.size() / 500);
}

void Screener::candidates(const NormalisedName &query, std::vector<int> &out) const
{
    out.clear();
    bool anyNormal = false;
    for (TokenWeight k : query.kinds)
        anyNormal = anyNormal || k == TokenWeight::Normal;
    const auto addPosting = [&](int tokenId, bool capped) {
        const auto &p = m_postings[tokenId];
        if (capped && p.size() > m_postingCap)
            return;
        out.insert(out.end(), p.begin(), p.end());
    };
    QStringList dels;
    for (qsizetype i = 0; i < query.tokens.size(); ++i) {
        if (anyNormal && query.kinds.at(i) != TokenWeight::Normal)
            continue;
        const QString &t = query.tokens.at(i);
        const bool capped = anyNormal;
        if (const auto it = m_tokenIds.constFind(t); it != m_tokenIds.cend())
            addPosting(*it, capped);
        // Romanisation variants: the word's key, which is indexed for words spelled otherwise.
        if (const auto it = m_sounds.constFind(query.sounds.at(i)); it != m_sounds.cend())
            for (int id : *it)
                addPosting(id, capped);
        if (const auto it = m_tokenIds.constFind(query.sounds.at(i)); it != m_tokenIds.cend())
            addPosting(*it, capped);
        deletions(t, dels);
        dels << t;
        for (const QString &d : std::as_const(dels)) {
            if (const auto it = m_deletions.constFind(d); it != m_deletions.cend())
                for (int id : *it)
                    addPosting(id, capped);
            if (d.size() != t.size())
                if (const auto it = m_tokenIds.constFind(d); it != m_tokenIds.cend())
                    addPosting(*it, capped);
        }
    }
    if (const auto it = m_joined.constFind(query.joined); it != m_joined.cend())
        out.insert(out.end(), it->begin(), it->end());
    for (const QString &key : {query.soundJoined, query.skeleton})
        if (const auto it = m_wholeKeys.constFind(key); it != m_wholeKeys.cend() && it->size() <= m_postingCap)
            out.insert(out.end(), it->begin(), it->end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

QList<ScreeningHit> Screener::screen(const QString &name, double minScore) const
{
    NormalisedName query;
    {
        QMutexLocker lock(&m_mutex);
        query = m_normaliser->normalise(name);
    }
    return screen(query, minScore);
}

QList<ScreeningHit> Screener::screen(const NormalisedName &query, double minScore) const
{
    QList<ScreeningHit> hits;
    if (query.tokens.isEmpty())
        return hits;
    thread_local std::vector<int> cands;
    candidates(query, cands);
    QHash<qsizetype, qsizetype> bestPerEntry;
    for (int idx : cands) {
        const IndexedName &cand = m_names[idx];
        const double s = m_matcher.score(query, cand.norm);
        if (s + 1e-9 < minScore)
            continue;
        const auto it = bestPerEntry.constFind(cand.entry);
        if (it != bestPerEntry.cend() && hits.at(*it).score >= s)
            continue;
        ScreeningHit hit{cand.entry, cand.text, cand.alias, query.original, s, {}, {}};
        hit.reasons << (cand.alias ? Rules::tr("matched the alias \"%1\"").arg(cand.text)
                                   : Rules::tr("matched the listed name \"%1\"").arg(cand.text));
        const NameMatch why = m_matcher.explain(query, cand.norm);
        hit.reasons << why.reasons;
        hit.rules = why.rules;
        if (it != bestPerEntry.cend()) {
            hits[*it] = hit;
        } else {
            bestPerEntry.insert(cand.entry, hits.size());
            hits << hit;
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const ScreeningHit &a, const ScreeningHit &b) { return a.score > b.score; });
    return hits;
}

QList<ScreeningHit> Screener::screenParty(const QString &name, const QStringList &aliases, double minScore) const
{
    QList<ScreeningHit> best;
    for (const QString &n : QStringList{name} + aliases) {
        for (const ScreeningHit &hit : screen(n, minScore)) {
            auto it = std::find_if(best.begin(), best.end(), [&](const ScreeningHit &h) { return h.entry == hit.entry; });
            if (it == best.end())
                best << hit;
            else if (hit.score > it->score)
                *it = hit;
        }
    }
    std::stable_sort(best.begin(), best.end(), [](const ScreeningHit &a, const ScreeningHit &b) { return a.score > b.score; });
    return best;
}

QList<QList<ScreeningHit>> Screener::screenAll(const QStringList &names, double minScore, int threads) const
{
    std::vector<QList<ScreeningHit>> results(static_cast<size_t>(names.size()));
    parallelFor(names.size(), threads, [&](qsizetype begin, qsizetype end) {
        NameNormaliser normaliser(m_folding);
        for (qsizetype i = begin; i < end; ++i)
            results[static_cast<size_t>(i)] = screen(normaliser.normalise(names.at(i)), minScore);
    });
    return QList<QList<ScreeningHit>>(std::make_move_iterator(results.begin()), std::make_move_iterator(results.end()));
}

} // namespace chiptrail
