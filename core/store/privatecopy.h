// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlite_handles.h"

#include <QString>

namespace chiptrail::sql {

// Files that SQLite keeps beside a case file: the rollback journal of an edit that a crash
// interrupted, and the log and index of a file in WAL mode.
QString journalOf(const QString &path);
QString walOf(const QString &path);

// True when reading the file as it lies would need SQLite to write beside it or into it: a
// journal left by an interrupted edit (SQLite must roll it back), or a file in WAL mode (SQLite
// makes -wal and -shm files). A read-only open then reads a private copy instead.
bool needsPrivateCopy(const QString &path);

// Refuses what SQLite would act on beside the file that ChipTrail itself never leaves there:
// a journal, log or index that is not a regular file, or a journal that names a "super-journal"
// (only made by transactions over several databases, which ChipTrail never runs) — SQLite would
// read that other file and might delete it. Throws CaseError naming the file.
void requireHarmlessLeftovers(const QString &path);

// Copies the file and what lies beside it into a private temporary folder, lets SQLite finish
// there what the crash interrupted (roll back the journal, fold in the WAL), and returns the
// result as an in-memory database. The file itself is never written. On failure throws
// InterruptedEditError with the message the command line prints.
Connection recoveredMemoryCopy(const QString &path);

// A connection's database copied into a new in-memory database (the backup API).
Connection memoryCopyOf(const Connection &db);

} // namespace chiptrail::sql
