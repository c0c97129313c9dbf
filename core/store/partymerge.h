// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"
#include "store/nodeposition.h"

#include <QPointF>
#include <QStringList>
#include <functional>
#include <optional>

namespace chiptrail {

// Two spellings of a name are the same alias when their keys are equal. The screening's
// normalisation makes a good key (rules/partyduplicates.h: screeningNameKey); without one, case
// and spaces are folded.
using NameKey = std::function<QString(const QString &)>;

// A value of the merged party that the surviving party did not take, because it holds a different
// one. Kept nowhere else once the merge is done (until undo): the merge reports it so the user
// can copy it by hand.
struct PartyMergeConflict
{
    PartyId other;   // the party merged in
    QString field;   // "role", "incorporation_country", "headquarters_country", "description",
                     // "confidence", "attribute_confidence:ATTRIBUTE" or "screening_decision:ENTRY"
    QString kept;    // the surviving party's value
    QString dropped; // the merged party's value
    bool operator==(const PartyMergeConflict &) const = default;
};

// One party merged into the surviving one: the party as it was and every row that referred to
// it, before the merge (what undo writes back).
struct MergedParty
{
    Party party;
    QList<Link> links;                  // links from or to it
    QList<Site> operatedSites;          // sites it operated
    QList<Note> notes;                  // notes whose claims named it (or one of its attributes)
    QList<ScreeningDecision> decisions; // decisions on its screening hits
    std::optional<NodePosition> position;
    bool operator==(const MergedParty &) const = default;
};

// A merge of parties into one: what it changes, what it could not keep, and everything undo
// needs to put the rows back exactly (same ids, keys and references). Made by
// CaseStore::planPartyMerge (nothing written) and CaseStore::mergeParties.
struct PartyMerge
{
    PartyId keep;
    Party keptBefore;
    Party keptAfter;
    std::optional<NodePosition> keptPositionBefore;
    std::optional<NodePosition> keptPositionAfter;
    QList<ScreeningDecision> keptDecisionsBefore;
    QList<MergedParty> merged;

    // The rows as the merge writes them.
    QList<Link> linksAfter;
    QList<Site> sitesAfter;
    QList<Note> notesAfter;
    QList<ScreeningDecision> decisionsMoved; // now on the surviving party

    // The report.
    QStringList aliasesAdded;   // names and aliases of the others that became aliases
    QStringList aliasesKnown;   // ... that were not added: the same name after normalisation
    QList<Identifier> identifiersAdded;
    QStringList fieldsFilled;   // fields the surviving party had empty and took from another
    QList<PartyMergeConflict> conflicts;
    QList<ScreeningDecision> decisionsDropped; // the surviving party already decided on that entry

    int linkCount() const { return int(linksAfter.size()); }
    int noteCount() const { return int(notesAfter.size()); }
    int siteCount() const { return int(sitesAfter.size()); }
};

// The references to parties the merge moves, as "table.column": every foreign key to party(id)
// in the schema. A table added later that refers to parties must be handled by the merge and
// named here (test_partymerge compares this list with the schema's foreign keys).
QStringList partyMergeForeignKeys();
// Tables that refer to parties by (subject_kind, subject_id) rather than a foreign key.
QStringList partyMergeSubjectTables();

} // namespace chiptrail
