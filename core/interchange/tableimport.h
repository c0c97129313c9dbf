// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"
#include "store/bulkimport.h"
#include "tablemapping.h"
#include "tablereader.h"

#include <QHash>
#include <functional>
#include <optional>

namespace chiptrail {

class CaseStore;
struct NameFoldingData;

// The values of one data row, read with the mapping.
struct TableRowValues
{
    qint64 row = 0;
    QString seller, buyer, product, currency, site, source, note;
    QString shipFrom, shipTo; // ISO 3166-1 alpha-2
    std::optional<qint64> quantity;
    std::optional<double> value;
    PartialDate date;
};

// Reads data rows with a mapping. Columns are found by their header (or index) once; a cell the
// mapping cannot read adds a message naming file, sheet, row and column.
class TableRowMapper
{
public:
    // Throws CaseError when a mapped column is not in the table, or seller or buyer is unmapped.
    TableRowMapper(const TableReader &reader, const TableMapping &mapping, const QStringList &header);
    TableRowValues map(const TableRow &row, QStringList &problems) const;
    int columnOf(TableField field) const { return m_columns.value(int(field), -1); }
    QString headerOf(int column) const { return m_header.value(column); }

private:
    QString cell(const TableRow &row, TableField field) const;
    QString place(qint64 row, TableField field) const;
    const TableReader &m_reader;
    TableMapping m_mapping;
    QStringList m_header;
    QHash<int, int> m_columns; // field -> column
    // Dates and countries repeat down a column: each text is read once (up to a bound).
    mutable QHash<QString, std::optional<PartialDate>> m_dates;
    mutable QHash<QString, std::optional<QString>> m_countries;
};

// A name of the table that is like, but not the same as, a party of the case or another name of
// the table. Nothing is merged unless the user accepts it.
struct MatchProposal
{
    int name = -1;              // index into TableImportPlan::names
    QString candidate;          // the name it resembles
    PartyId existing;           // valid: a party of the case
    int otherName = -1;         // else: another name of the table
    double score = 0;
    QStringList reasons;
    bool accepted = false;
};

enum class AcceptMatches { Exact, None, All };

// What a table would add, found by reading it once before anything is written.
struct TableImportPlan
{
    qint64 rows = 0; // data rows
    QStringList names;                          // distinct party names as first written
    QList<std::optional<PartyId>> exactParties; // per name: the party of the case with the same normalised name
    QList<MatchProposal> proposals;
    QList<int> sameAs;                          // per name: the first name that folds alike (itself if none)
    QHash<QString, int> nameIndex;              // as written -> index into names
    QStringList products;
    QList<std::optional<ProductId>> existingProducts;
    QHash<QString, int> productIndex;           // folded and as written -> index into products
    QStringList sites;
    QList<QString> siteCountries;               // the first ship-to country seen with the site
    QList<std::optional<SiteId>> existingSites;
    QHash<QString, int> siteIndex;              // folded -> index into sites

    // Applies --accept-matches: names that fold alike and exact matches in the case are one party
    // unless `None`; `All` accepts every proposal.
    void accept(AcceptMatches which);
    bool useExact = true;
};

// Thrown when the caller's progress function asks to stop: nothing has been written.
struct TableImportCancelled
{
};

// Progress: rows read so far; return false to cancel.
using TableProgress = std::function<bool(qint64 rows)>;

// Reads every row once (every cell is checked, the first bad one is a CaseError naming it) and
// matches names against the case's parties, products and sites.
TableImportPlan planTableImport(TableReader &reader, const TableMapping &mapping, const CaseData &existing,
                                const NameFoldingData &folding, const TableProgress &progress = {});

struct TableImportSummary
{
    qint64 rows = 0;
    qint64 links = 0;
    int partiesCreated = 0, partiesReused = 0, productsCreated = 0, productsReused = 0, sitesCreated = 0;
    BulkImportIds ids;
};

// What the import of a plan would add and reuse, as the user decided (before anything is written).
struct TablePlanCounts
{
    qint64 rows = 0; // each one link
    int partiesCreated = 0, partiesReused = 0, productsCreated = 0, productsReused = 0, sitesCreated = 0, sitesReused = 0;
};
TablePlanCounts countTableImport(const TableImportPlan &plan);

// Reads the table again and writes it with CaseStore::importBulk: one edit, all or nothing.
TableImportSummary runTableImport(CaseStore &store, TableReader &reader, const TableMapping &mapping,
                                  const TableImportPlan &plan, const TableProgress &progress = {},
                                  bool rebuildIndexes = true);

// The first `limit` data rows as the mapping reads them, with their problems (the preview).
struct TablePreviewRow
{
    TableRowValues values;
    QStringList cells;
    QStringList problems;
};
QList<TablePreviewRow> previewTable(TableReader &reader, const TableMapping &mapping, int limit = 20);

// The header of the selected sheet (row 1 cells, or "A", "B", … when it has none) and the mapping
// adjusted to the reader: the sheet selected and the header flag set.
QStringList tableHeader(TableReader &reader, const TableMapping &mapping);

} // namespace chiptrail
