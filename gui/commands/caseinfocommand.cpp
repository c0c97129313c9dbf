// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseinfocommand.h"

#include "store/casestore.h"

#include <QCoreApplication>

namespace chiptrail::gui {
namespace {

struct Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

} // namespace

SetCaseInfoCommand::SetCaseInfoCommand(CaseSession *session, CaseInfo before, CaseInfo after)
    : CaseCommand(session, Commands::tr("Edit case properties")), m_before(std::move(before)), m_after(std::move(after))
{
}

void SetCaseInfoCommand::apply(CaseStore &store) { store.setInfo(m_after); }

void SetCaseInfoCommand::revert(CaseStore &store) { store.setInfo(m_before); }

} // namespace chiptrail::gui
