// SPDX-License-Identifier: GPL-3.0-or-later
#include "unsavedcases.h"

#include "error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace chiptrail::gui {
namespace {

struct Unsaved
{
    Q_DECLARE_TR_FUNCTIONS(Unsaved)
};

const QString suffix = QStringLiteral(".chiptrail");
const QString journalSuffix = QStringLiteral("-journal"); // SQLite's rollback journal (journal_mode=DELETE)

std::unique_ptr<QLockFile> lockFor(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // Only a dead owner makes a lock stale, never its age: a window can stay open for days.
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

UnsavedFile::UnsavedFile(QString path, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path)), m_lock(std::move(lock))
{
}

UnsavedFile::~UnsavedFile() = default; // QLockFile unlocks and keeps the case file

QDateTime UnsavedFile::lastEdited() const
{
    const QFileInfo journal(m_path + journalSuffix);
    const QDateTime file = QFileInfo(m_path).lastModified();
    return journal.exists() ? std::max(file, journal.lastModified()) : file;
}

void UnsavedFile::remove()
{
    QFile::remove(m_path + journalSuffix);
    QFile::remove(m_path);
    m_lock->unlock(); // deletes the lock file
}

QString UnsavedFile::setAside()
{
    const QFileInfo info(m_path);
    QDir folder = info.dir();
    if (!folder.mkpath(QStringLiteral("damaged")))
        throw CaseError(Unsaved::tr("%1: the folder for damaged files cannot be made")
                            .arg(QDir::toNativeSeparators(folder.filePath(QStringLiteral("damaged")))));
    const QString target = folder.filePath(QStringLiteral("damaged/%1-%2")
                                               .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                                    info.fileName()));
    if (!QFile::rename(m_path, target))
        throw CaseError(Unsaved::tr("%1: cannot be moved to %2")
                            .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(target)));
    // The journal belongs to the file: without it an interrupted edit cannot be rolled back.
    if (QFile::exists(m_path + journalSuffix))
        QFile::rename(m_path + journalSuffix, target + journalSuffix);
    m_lock->unlock();
    return target;
}

UnsavedCases::UnsavedCases(QString directory) : m_directory(std::move(directory)) {}

QString UnsavedCases::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("unsaved"));
}

std::unique_ptr<UnsavedFile> UnsavedCases::claimNew(const QString &stem) const
{
    if (!QDir().mkpath(m_directory))
        throw CaseError(Unsaved::tr("%1: the folder for unsaved cases cannot be made").arg(QDir::toNativeSeparators(m_directory)));
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString path = QDir(m_directory).filePath(
            stem + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8) + suffix);
        // The lock comes first: another instance that sees the file finds it already owned.
        auto lock = lockFor(path);
        if (!QFile::exists(path) && lock->tryLock(0))
            return std::make_unique<UnsavedFile>(path, std::move(lock));
    }
    throw CaseError(Unsaved::tr("%1: no new file can be made for the case").arg(QDir::toNativeSeparators(m_directory)));
}

std::vector<std::unique_ptr<UnsavedFile>> UnsavedCases::claimOrphans() const
{
    std::vector<std::unique_ptr<UnsavedFile>> orphans;
    const QDir folder(m_directory);
    const QFileInfoList files = folder.entryInfoList({QLatin1Char('*') + suffix}, QDir::Files, QDir::Time);
    for (const QFileInfo &file : files) {
        auto lock = lockFor(file.absoluteFilePath());
        // Held by a live process (this one or another instance): not ours to offer.
        if (lock->tryLock(0))
            orphans.push_back(std::make_unique<UnsavedFile>(file.absoluteFilePath(), std::move(lock)));
    }
    return orphans;
}

} // namespace chiptrail::gui
