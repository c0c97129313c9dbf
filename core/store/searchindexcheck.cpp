// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindexcheck.h"

#include "error.h"

#include <QCoreApplication>

namespace chiptrail::sql {
namespace {

struct CaseFile
{
    Q_DECLARE_TR_FUNCTIONS(CaseFile)
};

// Each statement yields one row: 1 when the index rows match the case's rows one to one.
// Row ids of the index are those of source and note (casestore_search.cpp).
constexpr const char *sourcesMatch = R"sql(
    SELECT (SELECT count(*) FROM source) = (SELECT count(*) FROM source_search)
       AND NOT EXISTS (SELECT 1 FROM source s LEFT JOIN source_search f ON f.rowid = s.id
                       WHERE f.rowid IS NULL OR f.title IS NOT s.title
                          OR f.publisher IS NOT coalesce(s.publisher, '') OR f.body IS NOT s.text))sql";
constexpr const char *notesMatch = R"sql(
    SELECT (SELECT count(*) FROM note) = (SELECT count(*) FROM note_search)
       AND NOT EXISTS (SELECT 1 FROM note n LEFT JOIN note_search f ON f.rowid = n.id
                       WHERE f.rowid IS NULL OR f.body IS NOT n.excerpt))sql";

bool holds(const Connection &db, const char *sql)
{
    Statement statement(db, sql);
    return statement.step() && statement.int64(0) == 1;
}

// A read-only connection cannot run FTS5's integrity check; fts5vocab walks every entry of the
// index instead, which fails on a damaged page. The vocabulary table lives in `temp`, never in
// the file.
void readWholeIndex(Connection &db, const char *table)
{
    const QByteArray create = QByteArray("CREATE VIRTUAL TABLE temp.chiptrail_vocab USING fts5vocab(main, ") + table
                              + ", 'instance')";
    db.exec(create.constData());
    try {
        Statement scan(db, "SELECT count(*) FROM temp.chiptrail_vocab");
        scan.step();
    } catch (...) {
        sqlite3_exec(db.get(), "DROP TABLE temp.chiptrail_vocab", nullptr, nullptr, nullptr);
        throw;
    }
    db.exec("DROP TABLE temp.chiptrail_vocab");
}

} // namespace

QString searchIndexProblem(Connection &db, bool writable)
{
    try {
        if (!holds(db, sourcesMatch))
            return CaseFile::tr("the search index of the sources does not match the sources");
        if (!holds(db, notesMatch))
            return CaseFile::tr("the search index of the notes does not match the notes");
        for (const char *table : {"source_search", "note_search"}) {
            if (writable)
                db.exec(QByteArray(QByteArray("INSERT INTO ") + table + "(" + table
                                           + ", rank) VALUES ('integrity-check', 0)")
                                    .constData());
            else
                readWholeIndex(db, table);
        }
    } catch (const CaseError &error) {
        return CaseFile::tr("reading the index failed: %1").arg(error.message());
    }
    return {};
}

} // namespace chiptrail::sql
