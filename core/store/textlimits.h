// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlite_handles.h"

#include <QString>

namespace chiptrail::sql {

// The longest text ChipTrail takes in `column` ("party.name"), model/limits.h. Columns not named
// there hold short texts; a name without a table (a search's parameter) has no limit of its own.
qsizetype textLimitOf(const QString &column);
// The same for a row of case_info, by its name: the title, subtitle, author and credit are short.
qsizetype caseInfoLimitOf(const QString &name);

// A file holding a longer text than ChipTrail takes is refused (one 1 MB name froze the window,
// a 50 MB one took it to 2 GB): throws CaseError naming the column, the row and both lengths.
// Counted in code points (SQLite's length()), so a text of astral characters may still be up to
// twice the limit in UTF-16 code units; an edit of it then asks for it to be shortened.
void requireTextsWithinLimits(Connection &db);

} // namespace chiptrail::sql
