// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the files that turn case rows into entities and back (casestore_*.cpp).
#pragma once

#include "error.h"
#include "store/sqlite_handles.h"

#include <QCoreApplication>

namespace chiptrail::rows {


struct CaseFile
{
    Q_DECLARE_TR_FUNCTIONS(CaseFile)
};

// Rows of a hostile file can hold any word; an unknown one falls back to the safest reading.
inline Confidence confidenceOf(const QString &word)
{
    return confidenceFromWord(word).value_or(Confidence::Reported);
}

template <typename T>
std::optional<T> optionalId(const sql::Statement &s, int column)
{
    const auto value = s.optionalInt64(column);
    return value ? std::optional<T>(T(*value)) : std::nullopt;
}

template <typename T>
std::optional<qint64> rawId(const std::optional<T> &id)
{
    return id ? std::optional<qint64>(id->value) : std::nullopt;
}

inline void requireChanged(sqlite3 *db, const char *what, qint64 id)
{
    if (sqlite3_changes(db) == 0)
        throw CaseError(CaseFile::tr("there is no %1 with id %2 in this case").arg(QLatin1String(what)).arg(id));
}

constexpr const char *partyColumns =
    "id, key, name, role, incorporation_country, headquarters_country, description, confidence";
constexpr const char *siteColumns =
    "id, key, name, country, city, operator_id, description, confidence";
constexpr const char *productColumns =
    "id, key, name, vendor, kind, tpp, die_area_mm2, performance_density, memory_bandwidth_gbps, "
    "interconnect_gbps, datacenter, contains_id, chips_per_unit, description, confidence";
constexpr const char *linkColumns =
    "id, key, kind, from_id, to_id, product_id, quantity, value, currency, date_from, date_to, "
    "site_id, ship_from_country, ship_to_country, description, confidence, ownership_share";
constexpr const char *sourceColumns = "id, key, title, publisher, date, language, url, text";
constexpr const char *noteColumns = "id, key, source_id, start, length, excerpt, translation_of";

inline QByteArray selectSql(const char *columns, const char *table, const char *where = nullptr)
{
    QByteArray sql = QByteArray("SELECT ") + columns + " FROM " + table;
    if (where)
        sql += QByteArray(" WHERE ") + where;
    return sql + " ORDER BY id";
}

} // namespace chiptrail::rows
