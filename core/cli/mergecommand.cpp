// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergecommand.h"

#include "document/partymergetext.h"
#include "error.h"
#include "rules/partyduplicates.h"
#include "rules/rulebook.h"
#include "store/casestore.h"

#include <QCoreApplication>
#include <QDir>

namespace chiptrail::cli {
namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

void declareMergeParties(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("dry-run"), Cli::tr("Print what the merge would do; change nothing.")});
}

int runMergeParties(QCommandLineParser &parser, Streams s)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 3) {
        s.err << Cli::tr("merge-parties: expected a case file, the key of the party to keep and the keys of the "
                         "parties to merge into it")
              << '\n';
        return Failure;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const auto store = CaseStore::open(args.first(), dryRun ? CaseStore::Access::ReadOnly : CaseStore::Access::ReadWrite);
    QHash<QString, Party> byKey;
    for (const Party &party : store->parties())
        byKey.insert(party.key, party);
    QList<PartyId> ids;
    for (const QString &key : args.mid(1)) {
        const auto it = byKey.constFind(key);
        if (it == byKey.cend())
            throw CaseError(Cli::tr("%1: there is no party with key \"%2\"").arg(QDir::toNativeSeparators(args.first()), key));
        ids << it->id;
    }
    // Names merged are compared as the screening compares them, so "Inspur Group Co., Ltd." does
    // not become a second alias beside "Inspur Group".
    const RuleBook book = RuleBook::load();
    const NameKey nameKey = screeningNameKey(book.folding);
    const PartyId keep = ids.takeFirst();
    const PartyMerge merge = dryRun ? store->planPartyMerge(keep, ids, nameKey) : store->mergeParties(keep, ids, nameKey);
    if (dryRun)
        s.out << Cli::tr("Dry run: nothing was changed.") << '\n';
    for (const QString &line : PartyMergeText::moves(merge))
        s.out << line << '\n';
    const QStringList conflicts = PartyMergeText::conflicts(merge);
    if (!conflicts.isEmpty()) {
        s.out << Cli::tr("Not kept (the party kept has its own value):") << '\n';
        for (const QString &line : conflicts)
            s.out << QStringLiteral("  ") << line << '\n';
    }
    return Success;
}

} // namespace chiptrail::cli
