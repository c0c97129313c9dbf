// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableimportcommand.h"

#include "store/casestore.h"

namespace chiptrail::gui {

TableImportCommand::TableImportCommand(CaseSession *session, const QString &text, QString tablePath,
                                       TableMapping mapping, TableImportPlan plan, TableProgress progress)
    : CaseCommand(session, text), m_path(std::move(tablePath)), m_mapping(std::move(mapping)), m_plan(std::move(plan)),
      m_progress(std::move(progress))
{
}

void TableImportCommand::apply(CaseStore &store)
{
    if (!m_written) {
        // The file is read again: the plan named every row's parties, the write checks each cell once more.
        const auto reader = TableReader::open(m_path);
        m_summary = runTableImport(store, *reader, m_mapping, m_plan, m_progress);
        m_written = true; // only once the transaction is in: a refused or cancelled import leaves no trace
        m_progress = {};  // the progress dialog is gone after the first apply
        m_plan = {};      // not needed again; its name tables can be large
        return;
    }
    if (m_removed) {
        store.restoreBulk(m_removal);
        m_removed = false;
        m_removal = {}; // the rows are in the case again
    }
}

void TableImportCommand::revert(CaseStore &store)
{
    m_removal = store.removeBulk(m_summary.ids);
    m_removed = true;
}

} // namespace chiptrail::gui
