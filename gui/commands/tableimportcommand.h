// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/casecommand.h"
#include "interchange/tableimport.h"

namespace chiptrail::gui {

// A shipment table added to the case as one edit (File → Import Table): the first apply reads the
// table again and writes it with CaseStore::importBulk, all rows or none; undo removes exactly
// what it added (CaseStore::removeBulk), redo puts it back under the same ids (restoreBulk).
// `progress` is asked during the first apply only; when it returns false the apply throws
// TableImportCancelled and the store's transaction leaves the case as it was.
class TableImportCommand : public CaseCommand
{
public:
    TableImportCommand(CaseSession *session, const QString &text, QString tablePath, TableMapping mapping,
                       TableImportPlan plan, TableProgress progress = {});
    void apply(CaseStore &store) override;
    void revert(CaseStore &store) override;

    // After the first apply: what was written.
    const TableImportSummary &summary() const { return m_summary; }

private:
    QString m_path;
    TableMapping m_mapping;
    TableImportPlan m_plan;
    TableProgress m_progress;
    TableImportSummary m_summary;
    BulkImportRemoval m_removal; // after an undo: the rows, to put them back
    bool m_written = false;
    bool m_removed = false;
};

} // namespace chiptrail::gui
