// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"
#include "store/partymerge.h"

#include <functional>

namespace chiptrail {

struct NameFoldingData;

// Two spellings are one alias when the screening folds them to the same words in the same
// script ("Inspur Group Co., Ltd." = "INSPUR GROUP"); a name in its own script ("浪潮集团")
// stays beside its romanisation. For CaseStore::mergeParties. The key owns its normaliser;
// call it from one thread at a time.
NameKey screeningNameKey(const NameFoldingData &folding);

// Two parties of a case whose names (or aliases) the screening's matcher scores alike.
struct PossibleDuplicate
{
    PartyId first, second; // first has the lower id
    QString firstName, secondName; // the spellings that matched best
    double score = 0;
};

// Pairs of parties at or above `minScore`, best first. Only parties that share a folded word are
// compared, so a case of 20,000 parties costs far less than every pair. `cancelled` is asked now
// and then; when it says yes the pairs found so far come back.
QList<PossibleDuplicate> findPossibleDuplicates(const QList<Party> &parties, const NameFoldingData &folding,
                                                double minScore, const std::function<bool()> &cancelled = {});

} // namespace chiptrail
