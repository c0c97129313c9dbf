// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlite_handles.h"

#include <cstring>

#include "error.h"
#include "model/limits.h"
#include "textlimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <atomic>
#include <limits>

namespace chiptrail::sql {
namespace {

struct CaseFile
{
    Q_DECLARE_TR_FUNCTIONS(CaseFile)
};

std::atomic<int> budgetSeconds{10};

// How many virtual-machine steps pass between two looks at the clock: often enough to stop within
// milliseconds of the budget, rarely enough to cost nothing measurable.
constexpr int stepsBetweenChecks = 10'000;

// The column a numbered parameter (?N) of one of our statements writes to, for the message when
// SQLite refuses a value: "party.description". Our SQL is INSERT INTO t(cols) VALUES (?1, …),
// INSERT INTO t VALUES (…) or UPDATE t SET col = ?N; anything else gives the parameter number.
QString columnOfParameter(sqlite3 *db, const QString &sql, int index)
{
    const QString parameter = QStringLiteral("?%1").arg(index); // notr
    static const QRegularExpression update(QStringLiteral(R"(^\s*UPDATE\s+(\w+)\b)"), // notr
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression insert(
        QStringLiteral(R"(^\s*INSERT\s+(?:OR\s+\w+\s+)?INTO\s+(\w+)\s*(?:\(([^)]*)\))?\s*VALUES\s*\(([^)]*)\))"), // notr
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = update.match(sql); m.hasMatch()) {
        const QRegularExpression set(QStringLiteral(R"((\w+)\s*=\s*\?%1\b)").arg(index)); // notr
        if (const auto column = set.match(sql); column.hasMatch())
            return m.captured(1) + QLatin1Char('.') + column.captured(1);
        return m.captured(1);
    }
    if (const auto m = insert.match(sql); m.hasMatch()) {
        const QStringList values = m.captured(3).split(QLatin1Char(','));
        qsizetype position = -1;
        for (qsizetype i = 0; i < values.size(); ++i)
            if (values.at(i).trimmed() == parameter)
                position = i;
        QStringList columns;
        if (!m.captured(2).isEmpty()) {
            for (const QString &column : m.captured(2).split(QLatin1Char(',')))
                columns << column.trimmed();
        } else {
            // The table's own column order; the name comes from our SQL, never from a file.
            sqlite3_stmt *info = nullptr;
            const QByteArray pragma = "PRAGMA table_info(" + m.captured(1).toUtf8() + ")";
            if (sqlite3_prepare_v2(db, pragma.constData(), -1, &info, nullptr) == SQLITE_OK)
                while (sqlite3_step(info) == SQLITE_ROW)
                    columns << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info, 1)));
            sqlite3_finalize(info);
        }
        if (position >= 0 && position < columns.size())
            return m.captured(1) + QLatin1Char('.') + columns.at(position);
        return m.captured(1);
    }
    return parameter;
}

} // namespace

void setStatementTimeBudget(std::chrono::seconds budget) { budgetSeconds = int(std::max<qint64>(1, budget.count())); }
std::chrono::seconds statementTimeBudget() { return std::chrono::seconds(budgetSeconds.load()); }

struct Connection::Watchdog
{
    QString path;
    std::chrono::seconds budget;
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
    bool fired = false;

    static int onProgress(void *self)
    {
        auto *watchdog = static_cast<Watchdog *>(self);
        if (std::chrono::steady_clock::now() < watchdog->deadline)
            return 0;
        watchdog->fired = true;
        return 1; // SQLite stops the statement with SQLITE_INTERRUPT
    }
};

Connection::Connection() = default;
Connection::Connection(sqlite3 *db) : m_db(db) {}
Connection::Connection(Connection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_watchdog(std::move(other.m_watchdog)), m_kept(std::exchange(other.m_kept, {}))
{
}

Connection::~Connection()
{
    finalizeKept();
    if (m_db)
        sqlite3_close_v2(m_db);
}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        finalizeKept();
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_watchdog = std::move(other.m_watchdog);
        m_kept = std::exchange(other.m_kept, {});
    }
    return *this;
}

void Connection::finalizeKept()
{
    for (sqlite3_stmt *statement : std::as_const(m_kept))
        sqlite3_finalize(statement);
    m_kept.clear();
}

sqlite3_stmt *Connection::takePrepared(const QByteArray &sql) const
{
    // Taken out while in use: a second Statement with the same SQL at the same time (a nested
    // read) prepares its own.
    return m_kept.take(sql);
}

void Connection::keepPrepared(sqlite3_stmt *statement) const
{
    // Statements with texts built at run time (searches) could fill the pool without end.
    constexpr qsizetype mostKept = 128;
    const QByteArray sql(sqlite3_sql(statement));
    if (m_db && m_kept.size() < mostKept && !m_kept.contains(sql))
        m_kept.insert(sql, statement);
    else
        sqlite3_finalize(statement);
}

void Connection::watch(const QString &path)
{
    m_watchdog = std::make_unique<Watchdog>();
    m_watchdog->path = path;
    m_watchdog->budget = statementTimeBudget();
    sqlite3_progress_handler(m_db, stepsBetweenChecks, &Watchdog::onProgress, m_watchdog.get());
}

void Connection::startClock(std::chrono::steady_clock::time_point started) const
{
    if (!m_watchdog)
        return;
    m_watchdog->deadline = started + m_watchdog->budget;
    m_watchdog->fired = false;
}

QString Connection::errorFor(int rc) const
{
    if ((rc & 0xff) == SQLITE_INTERRUPT && m_watchdog && m_watchdog->fired)
        return CaseFile::tr("%1: reading the file took longer than %2 s and was stopped; the file may be hostile")
            .arg(QDir::toNativeSeparators(m_watchdog->path))
            .arg(m_watchdog->budget.count());
    return lastError();
}

QString Connection::lastError() const
{
    // SQLite's messages can quote names from the file's schema ("malformed database schema
    // (…)"): cut and escaped like any excerpt of a stranger's file.
    return m_db ? messageExcerpt(QString::fromUtf8(sqlite3_errmsg(m_db)), 200) : QStringLiteral("no database"); // notr
}

void Connection::exec(const char *sql)
{
    startClock(std::chrono::steady_clock::now());
    char *message = nullptr;
    if (const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message); rc != SQLITE_OK) {
        const QString text = (rc & 0xff) == SQLITE_INTERRUPT || !message ? errorFor(rc)
                                                                          : messageExcerpt(QString::fromUtf8(message), 200);
        sqlite3_free(message);
        throw CaseError(text);
    }
}

Statement::Statement(const Connection &db, const char *sql) : m_db(db)
{
    db.startClock(std::chrono::steady_clock::now());
    m_stmt = db.takePrepared(QByteArray::fromRawData(sql, qstrlen(sql)));
    if (m_stmt)
        return;
    if (const int rc = sqlite3_prepare_v2(db.get(), sql, -1, &m_stmt, nullptr); rc != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        throw CaseError(db.errorFor(rc));
    }
}

Statement::~Statement()
{
    if (!m_stmt) // an empty statement (only a comment) prepares to nothing
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_db.keepPrepared(m_stmt);
}

void Statement::check(int rc, int index, qint64 bytes) const
{
    if (rc == SQLITE_OK)
        return;
    const QString column = columnOfParameter(m_db.get(), QString::fromUtf8(sqlite3_sql(m_stmt)), index);
    if (rc == SQLITE_TOOBIG) {
        const double mb = 1024.0 * 1024.0;
        const int limit = sqlite3_limit(m_db.get(), SQLITE_LIMIT_LENGTH, -1);
        throw CaseError(CaseFile::tr("%1: the value is %2 MB long; a case file holds at most %3 MB in one value")
                            .arg(column, QLocale().toString(double(bytes) / mb, 'f', 1),
                                 QLocale().toString(double(limit) / mb, 'f', 0)));
    }
    throw CaseError(CaseFile::tr("%1: the value cannot be stored (%2)").arg(column, QString::fromUtf8(sqlite3_errstr(rc))));
}

Statement &Statement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value), index);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value), index);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    if (value.size() > limits::shortText) {
        const QString column = columnOfParameter(m_db.get(), QString::fromUtf8(sqlite3_sql(m_stmt)), index);
        limits::requireWithin(value, textLimitOf(column), column);
    }
    const QByteArray utf8 = value.toUtf8();
    // 64-bit length: a value over 2 GiB must be refused, not wrapped round to a short one.
    check(sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                              SQLITE_UTF8),
          index, utf8.size());
    return *this;
}

Statement &Statement::bind(int index, const PartialDate &value)
{
    return value.isNull() ? bindNull(index) : bind(index, value.toIso());
}

Statement &Statement::bindNull(int index)
{
    check(sqlite3_bind_null(m_stmt, index), index);
    return *this;
}

bool Statement::step()
{
    // The clock runs from the first step of this statement, across the rows it returns: an
    // endless stream of rows is stopped like an endless search for the first one.
    if (!sqlite3_stmt_busy(m_stmt))
        m_started = std::chrono::steady_clock::now();
    m_db.startClock(m_started);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw CaseError(m_db.errorFor(rc));
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

Statement &Statement::bindBlob(int index, const QByteArray &bytes)
{
    check(sqlite3_bind_blob64(m_stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT), index,
          bytes.size());
    return *this;
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data && size > 0)
        throw CaseError(m_db.errorFor(sqlite3_errcode(m_db.get())));
    return QByteArray(static_cast<const char *>(data), size);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data) {
        // NULL reads as "absent"; a value SQLite could not hand over (out of memory) must not.
        if (sqlite3_column_type(m_stmt, column) != SQLITE_NULL)
            throw CaseError(m_db.errorFor(sqlite3_errcode(m_db.get())));
        return {};
    }
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    // Strictly: QString::fromUtf8 drops a leading U+FEFF as if it were a byte-order mark (in a
    // stored value it is part of the text, and excerpt offsets count it), and turns bytes that
    // are not UTF-8 into U+FFFD without a word — a name would change the moment it is read.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString result = decoder.decode(QByteArrayView(data, bytes));
    if (decoder.hasError()) {
        const char *table = sqlite3_column_table_name(m_stmt, column);
        const char *name = sqlite3_column_origin_name(m_stmt, column);
        const QString field = table && name ? QString::fromUtf8(table) + QLatin1Char('.') + QString::fromUtf8(name)
                                            : QString::fromUtf8(sqlite3_column_name(m_stmt, column));
        throw CaseError(CaseFile::tr("%1: “%2” holds bytes that are not UTF-8, so it cannot be read as written")
                            .arg(field, messageExcerpt(result, 40)));
    }
    return result;
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    return isNull(column) ? std::nullopt : std::optional(int64(column));
}

std::optional<double> Statement::optionalReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional(real(column));
}

PartialDate Statement::date(int column) const
{
    // A malformed date in a stranger's file reads as "no date" rather than a wrong one.
    return PartialDate::fromIso(text(column)).value_or(PartialDate{});
}

} // namespace chiptrail::sql
