// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlite_handles.h"

#include <type_traits>

namespace chiptrail::sql {

// Runs `fn` inside a savepoint: all of it reaches the file, or none of it does. Savepoints nest,
// so a composite edit can call other edits and still commit once.
template <typename Fn>
auto withTransaction(Connection &db, Fn &&fn)
{
    const bool outermost = sqlite3_get_autocommit(db.get()) != 0;
    db.exec("SAVEPOINT edit");
    try {
        if constexpr (std::is_void_v<std::invoke_result_t<Fn>>) {
            fn();
            db.exec("RELEASE edit");
        } else {
            auto result = fn();
            db.exec("RELEASE edit");
            return result;
        }
    } catch (...) {
        // The outermost one is rolled back whole: "ROLLBACK TO; RELEASE" would commit an empty
        // transaction, and a file the edit (or a failed repair on opening) never changed would
        // still change — its change counter in the header.
        sqlite3_exec(db.get(), outermost ? "ROLLBACK" : "ROLLBACK TO edit; RELEASE edit", nullptr, nullptr, nullptr);
        throw;
    }
}

} // namespace chiptrail::sql
