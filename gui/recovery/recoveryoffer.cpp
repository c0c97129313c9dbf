// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryoffer.h"

#include "casesession.h"
#include "error.h"
#include "recovery/caseprompts.h"

#include <QCoreApplication>

namespace chiptrail::gui {
namespace {

struct Recovery
{
    Q_DECLARE_TR_FUNCTIONS(Recovery)
};

bool holdsNothing(const CaseCounts &counts, const CaseInfo &info)
{
    return counts.parties == 0 && counts.sites == 0 && counts.products == 0 && counts.links == 0
           && counts.sources == 0 && counts.notes == 0 && info.subtitle.isEmpty() && info.description.isEmpty()
           && info.author.isEmpty() && info.credit.isEmpty();
}

void setAside(UnsavedFile &file, const QString &problem, CasePrompts &prompts, QWidget *parent)
{
    try {
        prompts.tellDamaged(parent, problem, file.setAside());
    } catch (const CaseError &error) {
        prompts.tellDamaged(parent, problem + QLatin1Char(' ') + error.message(), file.path());
    }
}

} // namespace

bool offerRecovery(CaseSession &session, CasePrompts &prompts, QWidget *parent)
{
    auto orphans = session.unsavedCases().claimOrphans();
    for (auto &file : orphans) {
        const QDateTime lastEdited = file->lastEdited(); // before opening rolls back a half-done edit
        RecoveryCandidate candidate;
        candidate.lastEdited = lastEdited;
        QString problem;
        bool empty = false;
        try {
            // Read only: a damaged file is looked at, never written, before the user decides.
            const auto store = CaseStore::open(file->path(), CaseStore::Access::ReadOnly);
            if (const QStringList problems = store->integrityProblems(); !problems.isEmpty())
                problem = Recovery::tr("%1: %2").arg(file->path(), problems.join(QStringLiteral("; ")));
            candidate.title = store->info().title;
            candidate.counts = store->counts();
            empty = holdsNothing(candidate.counts, store->info());
        } catch (const CaseError &error) {
            problem = error.message();
        }
        if (!problem.isEmpty()) {
            setAside(*file, problem, prompts, parent);
            continue;
        }
        if (empty) { // a new case nobody wrote anything into: nothing to offer, nothing to lose
            file->remove();
            continue;
        }
        switch (prompts.askRecovery(parent, candidate)) {
        case CasePrompts::Recovery::Recover:
            try {
                session.recover(std::move(file));
                return true; // the others wait: the window holds one case
            } catch (const CaseError &error) {
                // recover() threw before it took the file: it is still ours to set aside.
                if (file)
                    setAside(*file, error.message(), prompts, parent);
            }
            break;
        case CasePrompts::Recovery::Discard: file->remove(); break;
        case CasePrompts::Recovery::Later: break; // unlocked when `orphans` goes, offered next time
        }
    }
    return false;
}

} // namespace chiptrail::gui
