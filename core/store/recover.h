// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>

namespace chiptrail {

// What File → Recover Data (and `chiptrail-cli recover`) saved of a case file that was refused.
struct RecoveryReport
{
    struct Table
    {
        int copied = 0;
        int skipped = 0; // rows that broke a rule of the case file (type, key, reference, excerpt)
        int repaired = 0; // texts copied changed: bytes that are not UTF-8 as U+FFFD, cut to the limit
        bool missing = false; // the table was not in the file (or not as a table of its columns)
        bool damaged = false; // reading the table stopped early (a damaged page, the time budget)
    };
    QMap<QString, Table> tables; // by table name, every table of the case format
    QStringList problems;        // the first few reasons for skipped rows and repaired texts, for the user
    bool cancelled = false;      // stopped by the progress callback: `out` was not written
    int copied() const;
    int skipped() const;
    int repaired() const;
};

// Copies the rows of the known tables of the case file `in` into a new case file `out`: only
// the columns ChipTrail knows, read with triggers and views off from a private copy (so `in` is
// never written, not even to roll back an interrupted edit), written through the constraints of
// a fresh case file. Rows that break them are skipped and counted; so are notes whose excerpt
// no longer matches their source and claims about things that are not there. A text ChipTrail
// would not read (bytes that are not UTF-8, longer than its column takes) is copied repaired and
// counted, so the recovered case opens in the window. The search index
// is built anew. `out` appears complete or not at all, and is never overwritten.
// Throws CaseError naming the file when `in` cannot be read at all or `out` cannot be written.
//
// `progress`, when given, is called (on the calling thread) before each table and every few
// hundred rows with the tables done and the tables in all; returning false stops the copy, removes
// what was written of `out` and returns a report with `cancelled` set.
using RecoveryProgress = std::function<bool(int tablesDone, int tables)>;
RecoveryReport recoverCase(const QString &in, const QString &out, const RecoveryProgress &progress = {});

} // namespace chiptrail
