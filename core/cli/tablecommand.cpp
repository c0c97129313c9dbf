// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecommand.h"

#include "error.h"
#include "interchange/tableimport.h"
#include "rules/rulebook.h"
#include "store/casestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace chiptrail::cli {
namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

namespace {

int importInto(std::unique_ptr<CaseStore> &store, TableReader &reader, const TableMapping &mapping,
               AcceptMatches accept, const QString &tablePath, const QString &casePath, Streams s)
{
    if (QFileInfo::exists(casePath)) {
        store = CaseStore::open(casePath);
    } else {
        CaseInfo info;
        info.title = QFileInfo(tablePath).completeBaseName();
        info.language = QStringLiteral("en");
        store = CaseStore::create(casePath, info);
        s.out << Cli::tr("Created %1").arg(QDir::toNativeSeparators(casePath)) << '\n';
    }
    const RuleBook book = RuleBook::load();
    TableImportPlan plan = planTableImport(reader, mapping, store->load(), book.folding);
    plan.accept(accept);
    s.out << Cli::tr("%1: %2").arg(reader.place(0), reader.description()) << '\n';
    for (const MatchProposal &p : std::as_const(plan.proposals))
        s.out << (p.accepted ? Cli::tr("  merged: \"%1\" with \"%2\" (score %3)") : Cli::tr("  kept apart: \"%1\" and \"%2\" (score %3)"))
                     .arg(messageExcerpt(plan.names.at(p.name), 80), messageExcerpt(p.candidate, 80))
                     .arg(p.score, 0, 'f', 2)
              << '\n';
    const TableImportSummary summary = runTableImport(*store, reader, mapping, plan);
    s.out << Cli::tr("Rows read: %1").arg(summary.rows) << '\n'
          << Cli::tr("Links created: %1").arg(summary.links) << '\n'
          << Cli::tr("Parties created: %1, reused: %2").arg(summary.partiesCreated).arg(summary.partiesReused) << '\n'
          << Cli::tr("Products created: %1, reused: %2").arg(summary.productsCreated).arg(summary.productsReused) << '\n'
          << Cli::tr("Sites created: %1").arg(summary.sitesCreated) << '\n';
    return Success;
}

} // namespace

void declareImportTable(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("mapping"), Cli::tr("The column mapping (JSON, see docs/cli.md); without it, columns are read by their names."), Cli::tr("FILE")});
    p.addOption({QStringLiteral("sheet"), Cli::tr("XLSX: the sheet to read (default: the mapping's, else the first)."), Cli::tr("NAME")});
    p.addOption({QStringLiteral("accept-matches"),
                 Cli::tr("Which names become parties already known: exact (same name after folding, the default), "
                         "none (every name a new party), all (near matches too)."),
                 Cli::tr("WHICH"), QStringLiteral("exact")});
}

int runImportTable(QCommandLineParser &parser, Streams s)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        s.err << Cli::tr("import-table: expected a table file (CSV or XLSX) and a case file") << '\n';
        return Failure;
    }
    const QString which = parser.value(QStringLiteral("accept-matches"));
    AcceptMatches accept = AcceptMatches::Exact;
    if (which == QLatin1String("none"))
        accept = AcceptMatches::None;
    else if (which == QLatin1String("all"))
        accept = AcceptMatches::All;
    else if (which != QLatin1String("exact")) {
        s.err << Cli::tr("import-table: --accept-matches takes exact, none or all, not \"%1\"").arg(messageExcerpt(which)) << '\n';
        return Failure;
    }
    const bool guessed = !parser.isSet(QStringLiteral("mapping"));
    TableMapping mapping = guessed ? TableMapping() : TableMapping::load(parser.value(QStringLiteral("mapping")));
    if (parser.isSet(QStringLiteral("sheet")))
        mapping.sheet = parser.value(QStringLiteral("sheet"));

    const QString tablePath = args.at(0), casePath = args.at(1);
    auto reader = TableReader::open(tablePath);
    if (guessed) {
        // Without a mapping the column names decide, as the window's dialog starts; what was
        // guessed is printed so nobody imports a column as something it is not without seeing it.
        const QStringList header = tableHeader(*reader, mapping);
        const QString sheet = mapping.sheet;
        mapping = TableMapping::guess(header);
        mapping.sheet = sheet;
        s.out << Cli::tr("No --mapping: columns read by their names (write a mapping to choose otherwise):") << '\n';
        for (const ColumnMapping &column : std::as_const(mapping.columns))
            if (column.field != TableField::Ignore)
                s.out << Cli::tr("  %1 -> %2").arg(messageExcerpt(column.header, 60), toWord(column.field)) << '\n';
        const auto mapped = [&mapping](TableField field) {
            return std::any_of(mapping.columns.cbegin(), mapping.columns.cend(),
                               [field](const ColumnMapping &c) { return c.field == field; });
        };
        if (!mapped(TableField::Seller) || !mapped(TableField::Buyer)) {
            s.err << Cli::tr("%1: no column name says which column holds the seller and which the buyer "
                             "(e.g. \"Seller\", \"Verkäufer\", \"Buyer\", \"Käufer\"); pass --mapping FILE (docs/cli.md)")
                         .arg(QDir::toNativeSeparators(tablePath))
                  << '\n';
            return Failure;
        }
    }
    std::unique_ptr<CaseStore> store;
    const bool created = !QFileInfo::exists(casePath);
    try {
        return importInto(store, *reader, mapping, accept, tablePath, casePath, s);
    } catch (...) {
        // A case made for this import goes again when the import fails: no empty file left behind.
        if (created && store) {
            store.reset();
            QFile::remove(casePath);
        }
        throw;
    }
}

} // namespace chiptrail::cli
