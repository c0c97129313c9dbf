// SPDX-License-Identifier: GPL-3.0-or-later
#include "opener.h"

#include "error.h"
#include "model/textfolding.h"
#include "store/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace chiptrail::sql {
namespace {

struct CaseFile
{
    Q_DECLARE_TR_FUNCTIONS(CaseFile)
};

QString fileError(const QString &path, const QString &reason)
{
    return CaseFile::tr("%1: %2").arg(QDir::toNativeSeparators(path), reason);
}

void requireSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        throw CaseError(fileError(path, CaseFile::tr("no such file")));
    if (!file.open(QIODevice::ReadOnly))
        throw CaseError(fileError(path, CaseFile::tr("cannot be read (%1)").arg(file.errorString())));
    const QByteArray header = file.read(16);
    if (header != QByteArrayView("SQLite format 3\0", 16)) // notr
        throw CaseError(fileError(path, CaseFile::tr("not a ChipTrail case file (it is not an SQLite database)")));
    if (file.size() < 512 || file.size() % 512 != 0)
        throw CaseError(fileError(path, QCoreApplication::translate("CaseFile", "the case file is damaged (it is %n bytes long, "
                                                           "which no complete case file is)",
                                                           nullptr, int(file.size()))));
}

void harden(Connection &db)
{
    sqlite3 *handle = db.get();
    sqlite3_extended_result_codes(handle, 1);
    // A crafted schema must not run functions or views with side effects on our behalf.
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    // Bounds so a hostile file cannot make us allocate or recurse without limit.
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
    sqlite3_limit(handle, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
    sqlite3_limit(handle, SQLITE_LIMIT_COLUMN, 200);
    sqlite3_limit(handle, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(handle, SQLITE_LIMIT_COMPOUND_SELECT, 10);
    sqlite3_limit(handle, SQLITE_LIMIT_VDBE_OP, 100'000'000);
    sqlite3_limit(handle, SQLITE_LIMIT_FUNCTION_ARG, 16);
    sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(handle, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 200);
    sqlite3_limit(handle, SQLITE_LIMIT_VARIABLE_NUMBER, 100);
    sqlite3_limit(handle, SQLITE_LIMIT_TRIGGER_DEPTH, 10);
    db.exec("PRAGMA trusted_schema=OFF");
    db.exec("PRAGMA cell_size_check=ON");
    db.exec("PRAGMA mmap_size=0");
    // Deleted sources and notes are overwritten, not left in free pages of a file that gets shared.
    db.exec("PRAGMA secure_delete=ON");
    db.exec("PRAGMA foreign_keys=ON");
    sqlite3_busy_timeout(handle, 2000);
}

int pragmaInt(const Connection &db, const char *sql)
{
    Statement statement(db, sql);
    return statement.step() ? int(statement.int64(0)) : 0;
}

void foldFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray folded = foldGerman(QString::fromUtf8(text ? text : "")).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

// Migrations fill the search index from SQL and need the same folding as the store's C++.
// DIRECTONLY: a crafted schema (view, trigger) can never call it.
void registerFunctions(Connection &db)
{
    sqlite3_create_function(db.get(), "chiptrail_fold", 1,
                            SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, nullptr,
                            foldFunction, nullptr, nullptr);
}

} // namespace

int userVersion(const Connection &db) { return pragmaInt(db, "PRAGMA user_version"); }

void migrate(Connection &db, const QString &path)
{
    const auto steps = schema::migrations();
    registerFunctions(db);
    for (int version = userVersion(db); version < int(steps.size()); ++version) {
        try {
            db.exec("BEGIN IMMEDIATE");
            db.exec(steps[size_t(version)]);
            db.exec(QByteArray("PRAGMA user_version=" + QByteArray::number(version + 1)).constData());
            db.exec("COMMIT");
        } catch (const CaseError &error) {
            sqlite3_exec(db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
            throw CaseError(fileError(path, CaseFile::tr("could not upgrade the case file to schema version "
                                               "%1: %2").arg(version + 1).arg(error.message())));
        }
    }
}

Connection openCaseFile(const QString &path, OpenIntent intent)
{
    const bool creating = intent == OpenIntent::CreateNew;
    if (creating && QFileInfo::exists(path))
        throw CaseError(fileError(path, CaseFile::tr("a file of that name already exists")));
    if (!creating)
        requireSqliteHeader(path);

    int flags = intent == OpenIntent::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (creating)
        flags |= SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE;

    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    Connection db(handle);
    if (rc != SQLITE_OK)
        throw CaseError(fileError(path, CaseFile::tr("cannot be opened (%1)").arg(db.lastError())));

    try {
        harden(db);
        if (creating) {
            db.exec("PRAGMA journal_mode=DELETE");
            db.exec(QByteArray("PRAGMA application_id=" + QByteArray::number(schema::applicationId))
                        .constData());
            migrate(db, path);
            return db;
        }

        Statement check(db, "PRAGMA quick_check");
        QStringList problems;
        while (check.step() && problems.size() < 5)
            if (check.text(0) != QLatin1String("ok"))
                problems << check.text(0);
        if (!problems.isEmpty())
            throw CaseError(CaseFile::tr("the case file is damaged (%1)").arg(problems.join(QLatin1String("; "))));

        if (pragmaInt(db, "PRAGMA application_id") != schema::applicationId)
            throw CaseError(CaseFile::tr("not a ChipTrail case file (an SQLite database made by another program)"));
        const int version = userVersion(db);
        if (version > schema::currentVersion())
            throw CaseError(CaseFile::tr("this case was saved by a newer ChipTrail (case format %1; this "
                               "program reads up to %2). Please update ChipTrail.")
                                .arg(version)
                                .arg(schema::currentVersion()));
        if (version < 1)
            throw CaseError(CaseFile::tr("not a ChipTrail case file (it has no case format version)"));
        if (intent == OpenIntent::ReadWrite) {
            db.exec("PRAGMA journal_mode=DELETE");
            migrate(db, path);
        }
    } catch (const CaseError &error) {
        if (error.message().startsWith(QDir::toNativeSeparators(path)))
            throw;
        throw CaseError(fileError(path, error.message()));
    }
    return db;
}

} // namespace chiptrail::sql
