// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/partialdate.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <chrono>
#include <memory>
#include <optional>
#include <sqlite3.h>

namespace chiptrail::sql {

// How long one statement on a case file may run before it is stopped: a hostile file (a view over
// an endless recursive query, a schema built to be slow) must not hang the program. Process-wide;
// the command line sets it from --time-limit. Applies to connections opened afterwards.
void setStatementTimeBudget(std::chrono::seconds budget);
std::chrono::seconds statementTimeBudget();

// Owns one sqlite3 connection; closing is the destructor's job, so no path can leak it.
class Connection
{
public:
    Connection();
    explicit Connection(sqlite3 *db);
    ~Connection();
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    sqlite3 *get() const { return m_db; }
    QString lastError() const;
    void exec(const char *sql); // throws CaseError with the statement's error

    // Installs the progress handler that stops any statement running longer than the time
    // budget; `path` names the file in the message. Every connection to a case file has one.
    void watch(const QString &path);
    // Starts the clock for one statement (Statement and exec do this themselves).
    void startClock(std::chrono::steady_clock::time_point started) const;
    // The error to throw for a failed call with result code `rc`: "took longer than N s" when
    // the watchdog stopped it, else SQLite's message.
    QString errorFor(int rc) const;

    // Prepared statements kept for the next Statement with the same SQL: an edit runs the same
    // few dozen statements again and again, and preparing one costs more than running it.
    sqlite3_stmt *takePrepared(const QByteArray &sql) const;
    void keepPrepared(sqlite3_stmt *statement) const; // reset already; finalizes when not kept

private:
    void finalizeKept();

    struct Watchdog;
    sqlite3 *m_db = nullptr;
    std::unique_ptr<Watchdog> m_watchdog; // stable address: the progress handler points at it
    mutable QHash<QByteArray, sqlite3_stmt *> m_kept;
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
    Statement &bindBlob(int index, const QByteArray &bytes); // never NULL: empty binds a zero-length blob
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
    QByteArray blob(int column) const;
    sqlite3_value *value(int column) const { return sqlite3_column_value(m_stmt, column); }

private:
    // Throws a CaseError naming the table and column (as far as the SQL tells) of a value
    // SQLite refused to take, e.g. one over SQLITE_LIMIT_LENGTH.
    void check(int rc, int index, qint64 bytes = -1) const;

    const Connection &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    std::chrono::steady_clock::time_point m_started;
};

} // namespace chiptrail::sql
