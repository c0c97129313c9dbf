// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlite_handles.h"

#include <QString>

namespace chiptrail::sql {

enum class OpenIntent { CreateNew, ReadWrite, ReadOnly };

// Opens a case file as if it came from a stranger: a regular file, header check, defensive
// flags (no triggers, no views), resource and time limits, integrity_check, application_id, schema
// version, and a schema equal to the one ChipTrail makes for that version. ReadWrite migrates
// older files in place; ReadOnly never writes to or beside the file: an older file is migrated in
// memory, a file left by a crash (or in WAL mode) is read through a private copy.
// Throws CaseError with a message that names the file.
Connection openCaseFile(const QString &path, OpenIntent intent);

// Refuses at once, before anything reads it, a path that is not a regular file (a named pipe
// would block a reader for ever, a device never ends). Throws CaseError naming the path.
void requireRegularFile(const QString &path);

// The switches every connection to a case file gets (see docs/hostile-files.md).
void harden(Connection &db, const QString &path);

// Applies migrations from the file's version up to `targetVersion` (-1: the current one), each
// in its own transaction.
void migrate(Connection &db, const QString &path, int targetVersion = -1);

int userVersion(const Connection &db);

} // namespace chiptrail::sql
