// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatecopy.h"

#include "error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace chiptrail::sql {
namespace {

struct CaseFile
{
    Q_DECLARE_TR_FUNCTIONS(CaseFile)
};

QString native(const QString &path) { return QDir::toNativeSeparators(path); }

// The last 8 bytes of a rollback journal that names a super-journal (SQLite's pager.c,
// aJournalMagic): the name, its length and checksum come just before them.
constexpr char journalMagic[] = "\xd9\xd5\x05\xf9\x20\xa1\x63\xd7";

bool headerSaysWal(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    // Bytes 18 and 19: file format write and read versions, 2 for WAL.
    return header.size() == 20 && (header.at(18) == 2 || header.at(19) == 2);
}

[[noreturn]] void throwInterrupted(const QString &path)
{
    throw InterruptedEditError(CaseFile::tr("%1: this file holds an interrupted edit; open it in ChipTrail or run "
                                            "`chiptrail-cli recover`")
                                   .arg(native(path)));
}

} // namespace

QString journalOf(const QString &path) { return path + QStringLiteral("-journal"); }
QString walOf(const QString &path) { return path + QStringLiteral("-wal"); }

bool needsPrivateCopy(const QString &path)
{
    const QFileInfo journal(journalOf(path));
    return (journal.exists() && journal.size() > 0) || QFileInfo::exists(walOf(path)) || headerSaysWal(path);
}

void requireHarmlessLeftovers(const QString &path)
{
    for (const QString &beside : QStringList{journalOf(path), walOf(path), path + QStringLiteral("-shm")}) {
        const QFileInfo info(beside);
        if (!info.exists() && !info.isSymLink())
            continue;
        if (info.isSymLink() || !info.isFile())
            throw CaseError(CaseFile::tr("%1: beside the case file lies %2, which is not a plain file; it was not "
                                         "opened")
                                .arg(native(path), native(beside)));
    }
    QFile journal(journalOf(path));
    if (journal.exists() && journal.size() >= 16 && journal.open(QIODevice::ReadOnly)) {
        journal.seek(journal.size() - 8);
        if (journal.read(8) == QByteArray(journalMagic, 8))
            throw CaseError(CaseFile::tr("%1: the interrupted edit beside the file (%2) names another file that "
                                         "SQLite would read and delete; ChipTrail never leaves such a journal, so the "
                                         "file was not opened. Move %2 away to open the file as it was saved")
                                .arg(native(path), native(journal.fileName())));
    }
}

Connection memoryCopyOf(const Connection &db)
{
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, nullptr);
    Connection memory(handle);
    if (rc != SQLITE_OK)
        throw CaseError(memory.lastError());
    sqlite3_backup *backup = sqlite3_backup_init(memory.get(), "main", db.get(), "main");
    if (!backup)
        throw CaseError(memory.lastError());
    const int stepped = sqlite3_backup_step(backup, -1);
    if (sqlite3_backup_finish(backup) != SQLITE_OK || stepped != SQLITE_DONE)
        throw CaseError(stepped == SQLITE_DONE ? memory.lastError() : QString::fromUtf8(sqlite3_errstr(stepped)));
    return memory;
}

Connection recoveredMemoryCopy(const QString &path)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        throwInterrupted(path);
    const QString copy = folder.filePath(QStringLiteral("case.chiptrail"));
    if (!QFile::copy(path, copy))
        throwInterrupted(path);
    for (const auto &[from, to] : {std::pair{journalOf(path), journalOf(copy)}, std::pair{walOf(path), walOf(copy)}})
        if (QFileInfo::exists(from) && !QFile::copy(from, to))
            throwInterrupted(path);

    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(copy).constData(), &handle,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE, nullptr);
    Connection db(handle);
    if (rc != SQLITE_OK)
        throwInterrupted(path);
    // Nothing of the file's schema may run here either; the pages are only copied.
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    db.watch(path);
    try {
        // The first read rolls back the journal (or folds in the WAL) inside the private folder.
        db.exec("SELECT 1 FROM sqlite_schema LIMIT 1");
        db.exec("PRAGMA journal_mode=DELETE");
        return memoryCopyOf(db);
    } catch (const CaseError &error) {
        // A stopped statement says so; anything else is the interrupted edit SQLite could not finish.
        if (error.message().startsWith(native(path)))
            throw;
        throwInterrupted(path);
    }
}

} // namespace chiptrail::sql
