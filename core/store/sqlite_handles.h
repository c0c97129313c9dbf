// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/partialdate.h"

#include <QString>
#include <optional>
#include <sqlite3.h>

namespace chiptrail::sql {

// Owns one sqlite3 connection; closing is the destructor's job, so no path can leak it.
class Connection
{
public:
    Connection() = default;
    explicit Connection(sqlite3 *db) : m_db(db) {}
    ~Connection();
    Connection(Connection &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    sqlite3 *get() const { return m_db; }
    QString lastError() const;
    void exec(const char *sql); // throws CaseError with the statement's error

private:
    sqlite3 *m_db = nullptr;
};

// One prepared statement. Binding helpers map Qt types and "absent" to SQL NULL.
class Statement
{
public:
    Statement(const Connection &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bind(int index, const PartialDate &value);
    Statement &bindNull(int index);
    template <typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    bool step(); // true while a row is available
    void run();  // a statement that returns no rows
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    std::optional<double> optionalReal(int column) const;
    PartialDate date(int column) const;

private:
    const Connection &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace chiptrail::sql
