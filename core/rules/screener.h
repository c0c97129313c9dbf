// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "namematcher.h"
#include "namenormaliser.h"
#include "rulebook.h"

#include <QHash>
#include <QMutex>
#include <vector>

namespace chiptrail {

struct ScreeningHit
{
    qsizetype entry = -1;  // index into the list's entries
    QString matchedName;   // the listed name or alias that matched
    bool alias = false;
    QString queryName;     // the screened name (a party's name or one of its aliases)
    double score = 0;
    QStringList reasons;   // why it matched and what differed, for the user
    QStringList rules;     // stable words of the matching rules that made the score (docs/rules.md)
};

// Screens names against one list. The index is built once; screening only reads it, so many
// threads may screen at the same time (each with its own NameNormaliser).
class Screener
{
public:
    Screener(ScreeningList list, const NameFoldingData &folding, int threads = 2);
    ~Screener();

    const ScreeningList &list() const { return m_list; }
    const NameFoldingData &folding() const { return m_folding; }

    // Hits at or above minScore, best first, one per list entry.
    QList<ScreeningHit> screen(const QString &name, double minScore) const;
    QList<ScreeningHit> screen(const NormalisedName &query, double minScore) const;
    // A party: its name and every alias; the best hit per list entry.
    QList<ScreeningHit> screenParty(const QString &name, const QStringList &aliases, double minScore) const;
    // Many names on `threads` threads; result i belongs to names[i].
    QList<QList<ScreeningHit>> screenAll(const QStringList &names, double minScore, int threads) const;

private:
    struct IndexedName
    {
        qsizetype entry;
        QString text;
        bool alias;
        NormalisedName norm;
    };
    void buildIndex(int threads);
    void candidates(const NormalisedName &query, std::vector<int> &out) const;

    ScreeningList m_list;
    NameFoldingData m_folding;
    NameMatcher m_matcher{m_folding};
    std::unique_ptr<NameNormaliser> m_normaliser; // for screen(QString); guarded by m_mutex
    mutable QMutex m_mutex;
    std::vector<IndexedName> m_names;
    QHash<QString, int> m_tokenIds;
    std::vector<std::vector<int>> m_postings; // token id -> names
    QHash<QString, std::vector<int>> m_deletions; // one-letter deletion -> token ids
    QHash<QString, std::vector<int>> m_joined;    // joined tokens -> names
    QHash<QString, std::vector<int>> m_sounds;    // a word's romanisation key -> token ids
    QHash<QString, std::vector<int>> m_wholeKeys; // joined romanisation key and consonant skeleton -> names
    size_t m_postingCap = 0;
};

} // namespace chiptrail
