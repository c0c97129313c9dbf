// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergepartiescommand.h"

#include "store/casestore.h"

#include <QCoreApplication>

namespace chiptrail::gui {
namespace {

struct Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

} // namespace

MergePartiesCommand::MergePartiesCommand(CaseSession *session, PartyId keep, QList<PartyId> others,
                                         const QString &keptName, NameKey nameKey)
    : CaseCommand(session, Commands::tr("Merge %n party(s) into “%1”", nullptr, int(others.size())).arg(keptName)),
      m_keep(keep), m_others(std::move(others)), m_nameKey(std::move(nameKey))
{
}

void MergePartiesCommand::apply(CaseStore &store) { m_merge = store.mergeParties(m_keep, m_others, m_nameKey); }

void MergePartiesCommand::revert(CaseStore &store) { store.unmergeParties(m_merge); }

} // namespace chiptrail::gui
