// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/casecommand.h"
#include "store/partymerge.h"

namespace chiptrail::gui {

// Merges parties found to be the same into one (CaseStore::mergeParties). Undo puts every merged
// party back with its id, key and rows, and every reference where it was; redo merges again.
class MergePartiesCommand : public CaseCommand
{
public:
    MergePartiesCommand(CaseSession *session, PartyId keep, QList<PartyId> others, const QString &keptName,
                        NameKey nameKey);
    void apply(CaseStore &store) override;
    void revert(CaseStore &store) override;
    const PartyMerge &merge() const { return m_merge; } // what the last apply did

private:
    PartyId m_keep;
    QList<PartyId> m_others;
    NameKey m_nameKey;
    PartyMerge m_merge;
};

} // namespace chiptrail::gui
