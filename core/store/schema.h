// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace chiptrail::schema {

// "ChTr": PRAGMA application_id of every case file, so no other SQLite file passes for one.
inline constexpr int applicationId = 0x43685472;

// Migration N (1-based) takes a file from user_version N-1 to N. Append only: never edit a
// migration that has shipped, or files made with it will differ from files migrated to it.
std::span<const char *const> migrations();
inline int currentVersion() { return int(migrations().size()); }

// The CREATE statements of source_search and note_search as the current version makes them.
const char *searchTables();

} // namespace chiptrail::schema
