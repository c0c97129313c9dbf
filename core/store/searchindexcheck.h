// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlite_handles.h"

#include <QString>

namespace chiptrail::sql {

// Why the full-text index (source_search, note_search) of an opened case file cannot be trusted,
// or an empty string when it can. The schema check cannot see inside the index: its shadow tables
// may have been edited, or rows may name sources and notes that are not there (or miss some).
// Checks that every source and note has exactly one index row holding its text as written, and
// that the index itself reads back: on a `writable` connection with FTS5's own integrity check
// (which compares the index with its rows, but is an INSERT and so needs a writable connection),
// else by reading the whole index once. A check stopped by the time budget counts as a problem.
QString searchIndexProblem(Connection &db, bool writable);

} // namespace chiptrail::sql
