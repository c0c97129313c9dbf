// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QList>

namespace chiptrail {

// Many rows added in one edit (a table import): the new parties, products and sites, then the
// links, streamed in by the caller. Links are written through one prepared statement; their keys
// are `linkKeyPrefix`-rROW (ROW zero-padded to 7 digits), the prefix made unique in the case once.
struct BulkImport
{
    QList<Party> parties;
    QList<Product> products;
    QList<Site> sites; // an operator among `parties` is not supported (sites come without one)
    QString linkKeyPrefix;
    // Drops the link indexes while writing and builds them again at the end: faster from some
    // ten thousand links on (measured in bench_tableimport).
    bool rebuildIndexes = false;
};

// What a bulk import added, to undo it exactly. Links have consecutive ids.
struct BulkImportIds
{
    QList<PartyId> parties;
    QList<ProductId> products;
    QList<SiteId> sites;
    qint64 firstLink = 0, lastLink = -1;
    qint64 linkCount() const { return lastLink - firstLink + 1; }
};

// Everything a bulk import added, read back before it is removed (undo), to put it back (redo)
// with the same ids.
struct BulkImportRemoval
{
    BulkImportIds ids;
    QList<Party> parties;
    QList<Product> products;
    QList<Site> sites;
    QList<Link> links;
};

// Hands links to the store during CaseStore::importBulk. `ids()` are those of the parties,
// products and sites already written, in the order of BulkImport.
class BulkLinkWriter
{
public:
    virtual ~BulkLinkWriter() = default;
    // `row` makes the key (prefix-rROW): unique per import. Link ids in `link` are ignored.
    virtual void add(const Link &link, qint64 row) = 0;
    virtual const BulkImportIds &ids() const = 0;
};

} // namespace chiptrail
