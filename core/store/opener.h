// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlite_handles.h"

#include <QString>

namespace chiptrail::sql {

enum class OpenIntent { CreateNew, ReadWrite, ReadOnly };

// Opens a case file as if it came from a stranger: header check, defensive flags, resource
// limits, quick_check, application_id and schema version. Migrates older files when writable.
// Throws CaseError with a message that names the file.
Connection openCaseFile(const QString &path, OpenIntent intent);

// Applies migrations from the file's version up to the current one, each in its own transaction.
void migrate(Connection &db, const QString &path);

int userVersion(const Connection &db);

} // namespace chiptrail::sql
