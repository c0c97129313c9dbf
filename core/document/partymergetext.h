// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/partymerge.h"

#include <QCoreApplication>
#include <QStringList>

namespace chiptrail {

// What a merge of parties moves and what it cannot keep, in the user's language: one line per
// item, for the merge dialog and `chiptrail-cli merge-parties`.
class PartyMergeText
{
    Q_DECLARE_TR_FUNCTIONS(PartyMergeText)
public:
    // "3 links, 2 notes, 1 site, 1 screening decision move to “Alibaba”", then aliases,
    // identifiers and the fields taken.
    static QStringList moves(const PartyMerge &merge);
    // The values of the merged parties the survivor does not take (it has its own): each names
    // the field, the value kept and the value dropped. Empty when there is no conflict.
    static QStringList conflicts(const PartyMerge &merge);
    // A field of a party (as in PartyMergeConflict::field) in the user's language.
    static QString field(const QString &word);
};

} // namespace chiptrail
