// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/casecommand.h"
#include "model/entities.h"

namespace chiptrail::gui {

// Adds a whole imported case (e.g. FollowTheMoney entities) to the open case as one edit: one
// transaction, one undo step. Ids in `data` are the import's own (from 1) and are mapped to new
// rows; a key the case already uses is left for the store to choose, so nothing in the case is
// touched. Undo removes exactly the rows it added; redo puts them back under the same ids.
class ImportCaseDataCommand : public CaseCommand
{
public:
    ImportCaseDataCommand(CaseSession *session, const QString &text, CaseData data);
    void apply(CaseStore &store) override;
    void revert(CaseStore &store) override;

private:
    CaseData m_data;  // as imported
    CaseData m_added; // as added, with the case's ids
    bool m_addedOnce = false;
};

} // namespace chiptrail::gui
