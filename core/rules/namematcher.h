// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "namenormaliser.h"

#include <QSet>
#include <QStringList>
#include <optional>

namespace chiptrail {

// A score and why: `rules` are stable words (docs/rules.md, "How names are matched"), `reasons`
// say in the user's language what made the match and what differed.
struct NameMatch
{
    double score = 0;
    QStringList rules;
    QStringList reasons;
};

// Scores two folded names. Pure and thread-safe: it only reads the folding data.
class NameMatcher
{
public:
    explicit NameMatcher(const NameFoldingData &data);

    double score(const NormalisedName &query, const NormalisedName &listed) const;
    NameMatch explain(const NormalisedName &query, const NormalisedName &listed) const;

private:
    double run(const NormalisedName &q, const NormalisedName &c, NameMatch *out) const;
    // Words of one name written apart where the other writes one word ("hua wei" / "Huawei",
    // "Tse-tung" / "Zedong"): the first run of two to four words of `a` that spells, or sounds
    // like, a word of `b` that `a` lacks.
    struct WordRun
    {
        qsizetype first = 0, count = 0;
    };
    std::optional<WordRun> findRun(const NormalisedName &a, const NormalisedName &b) const;
    void mergeRun(NormalisedName &a, WordRun run) const;
    const NameFoldingData &m_data;
    QList<QPair<QString, QString>> m_folds;
    QSet<QString> m_generic, m_org, m_places;
};

// Damerau-Levenshtein distance, stopping early: returns limit + 1 when it is larger than limit.
int editDistance(QStringView a, QStringView b, int limit);

} // namespace chiptrail
