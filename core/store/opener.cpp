// SPDX-License-Identifier: GPL-3.0-or-later
#include "opener.h"

#include "error.h"
#include "model/textfolding.h"
#include "search/wordforms.h"
#include "store/privatecopy.h"
#include "store/schema.h"
#include "store/schemacheck.h"
#include "store/textlimits.h"

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

int pragmaInt(const Connection &db, const char *sql)
{
    Statement statement(db, sql);
    return statement.step() ? int(statement.int64(0)) : 0;
}

void foldFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray folded = foldGerman(QString::fromUtf8(text ? text : "")).toUtf8();
    sqlite3_result_text64(context, folded.constData(), sqlite3_uint64(folded.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void stemsFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const auto *language = reinterpret_cast<const char *>(sqlite3_value_text(argv[1]));
    const QByteArray stems = search::indexStems(QString::fromUtf8(text ? text : ""),
                                                search::textLanguage(QString::fromUtf8(language ? language : "")))
                                 .toUtf8();
    sqlite3_result_text64(context, stems.constData(), sqlite3_uint64(stems.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

// Migrations fill the search index from SQL and need the same folding and stemming as the
// store's C++. DIRECTONLY: a crafted schema (view, trigger) can never call them.
void registerFunctions(Connection &db)
{
    if (sqlite3_create_function(db.get(), "chiptrail_fold", 1,
                                SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, nullptr,
                                foldFunction, nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_create_function(db.get(), "chiptrail_stems", 2,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, nullptr,
                                   stemsFunction, nullptr, nullptr)
            != SQLITE_OK)
        throw CaseError(db.lastError());
}

// An older file opened read-only is upgraded in a private in-memory copy, so reading never
// writes to a file the user may only have been sent.
Connection migratedMemoryCopy(const Connection &file, const QString &path)
{
    Connection memory = memoryCopyOf(file);
    harden(memory, path);
    migrate(memory, path);
    return memory;
}

} // namespace

void requireRegularFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        throw CaseError(fileError(path, CaseFile::tr("no such file")));
    if (info.isDir())
        throw CaseError(fileError(path, CaseFile::tr("is a folder, not a case file")));
    if (!info.isFile())
        throw CaseError(fileError(path, CaseFile::tr("is not a regular file (a pipe, a device or a socket); "
                                                     "it was not read")));
}

void harden(Connection &db, const QString &path)
{
    sqlite3 *handle = db.get();
    sqlite3_extended_result_codes(handle, 1);
    // A crafted schema must not run functions, views or triggers on our behalf. ChipTrail's own
    // schema has neither views nor triggers (the search index is kept in step from C++), so both
    // are off on every connection: the second wall behind the schema check.
    const std::pair<int, int> switches[] = {
        {SQLITE_DBCONFIG_DEFENSIVE, 1},         {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0},
        {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0}, {SQLITE_DBCONFIG_DQS_DML, 0},
        {SQLITE_DBCONFIG_DQS_DDL, 0},           {SQLITE_DBCONFIG_ENABLE_TRIGGER, 0},
        {SQLITE_DBCONFIG_ENABLE_VIEW, 0},
    };
    for (const auto &[option, value] : switches) {
        int now = -1;
        if (sqlite3_db_config(handle, option, value, &now) != SQLITE_OK || now != value)
            throw CaseError(CaseFile::tr("this SQLite cannot switch off what a hostile file could use (option %1)")
                                .arg(option));
    }
    db.watch(path);
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

int userVersion(const Connection &db) { return pragmaInt(db, "PRAGMA user_version"); }

void migrate(Connection &db, const QString &path, int targetVersion)
{
    const auto steps = schema::migrations();
    const int target = targetVersion < 0 ? int(steps.size()) : std::min(targetVersion, int(steps.size()));
    registerFunctions(db);
    for (int version = userVersion(db); version < target; ++version) {
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
    if (creating && (QFileInfo::exists(path) || QFileInfo(path).isSymLink()))
        throw CaseError(fileError(path, CaseFile::tr("a file of that name already exists")));
    if (!creating) {
        requireRegularFile(path);
        requireSqliteHeader(path);
        requireHarmlessLeftovers(path);
    }

    Connection db;
    if (intent == OpenIntent::ReadOnly && needsPrivateCopy(path)) {
        // Reading as it lies would make SQLite roll back the journal (or write -wal and -shm files)
        // beside a file the user may only have been sent.
        db = recoveredMemoryCopy(path);
    } else {
        int flags = intent == OpenIntent::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
        if (creating)
            flags |= SQLITE_OPEN_CREATE;
        flags |= SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE;
        sqlite3 *handle = nullptr;
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
        db = Connection(handle);
        if (rc != SQLITE_OK)
            throw CaseError(fileError(path, CaseFile::tr("cannot be opened (%1)").arg(db.lastError())));
    }

    try {
        harden(db, path);
        if (creating) {
            db.exec("PRAGMA journal_mode=DELETE");
            db.exec(QByteArray("PRAGMA application_id=" + QByteArray::number(schema::applicationId))
                        .constData());
            migrate(db, path);
            return db;
        }

        // integrity_check, not quick_check: a page copied over an index page passes quick_check,
        // and the rows read through that index then differ from the table's without a word.
        // It reads every index against its table: a page cache of 64 MB instead of 2 MB makes that
        // about a quarter faster on big files (1,000,000 links: 4.9 s → 3.7 s).
        db.exec("PRAGMA cache_size = -65536");
        QStringList problems;
        {
            Statement check(db, "PRAGMA integrity_check(5)");
            while (check.step() && problems.size() < 5)
                if (check.text(0) != QLatin1String("ok"))
                    problems << messageExcerpt(check.text(0), 100);
        }
        db.exec("PRAGMA cache_size = -2000");
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
        // Before anything is written (a migration would be), the schema must be the one
        // ChipTrail made for this version; after migrating, the one of the current version.
        requireOwnSchema(db, version, path);
        if (intent == OpenIntent::ReadWrite) {
            db.exec("PRAGMA journal_mode=DELETE");
            migrate(db, path);
        } else if (version < schema::currentVersion()) {
            db = migratedMemoryCopy(db, path);
        }
        if (version < schema::currentVersion())
            requireOwnSchema(db, schema::currentVersion(), path);
        requireTextsWithinLimits(db);
    } catch (const CaseError &error) {
        if (error.message().startsWith(QDir::toNativeSeparators(path)))
            throw;
        throw CaseError(fileError(path, error.message()));
    }
    return db;
}

} // namespace chiptrail::sql
