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
        sqlite3_exec(db.get(), "ROLLBACK TO edit; RELEASE edit", nullptr, nullptr, nullptr);
        throw;
    }
}

} // namespace chiptrail::sql
