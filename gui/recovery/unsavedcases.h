// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <memory>
#include <vector>

class QLockFile;

namespace chiptrail::gui {

// One untitled case's file in the unsaved folder, with the lock that says this process works on
// it. Letting go of it (destruction) unlocks the file and keeps it: only remove() deletes it, so a
// case nobody decided about is offered again at the next start.
class UnsavedFile
{
public:
    UnsavedFile(QString path, std::unique_ptr<QLockFile> lock);
    ~UnsavedFile();
    UnsavedFile(const UnsavedFile &) = delete;
    UnsavedFile &operator=(const UnsavedFile &) = delete;

    QString path() const { return m_path; }
    QDateTime lastEdited() const; // when the last edit reached the file

    // Deletes the case file (and a journal a crash left beside it) and the lock.
    void remove();
    // Moves the file (and its journal) into the folder's "damaged" subfolder under a name with
    // the time, so it is neither offered again nor lost. Returns where it went; throws CaseError
    // when it cannot be moved (the file then stays where it was).
    QString setAside();

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

// The per-user folder where untitled cases live (AppLocalDataLocation/unsaved) instead of a
// temporary folder, so every committed edit survives a crash or a kill. A case's lock names the
// process that works on it; a file whose process is gone is an orphan, offered back at the next
// start, and a running instance's file is never offered to another.
class UnsavedCases
{
public:
    explicit UnsavedCases(QString directory = defaultDirectory());
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // A fresh, locked name for a new untitled case ("new-1a2b3c4d.chiptrail"); the file itself is
    // for the caller to create. Throws CaseError when the folder cannot be made.
    std::unique_ptr<UnsavedFile> claimNew(const QString &stem) const;
    // The files whose process is gone, newest first, each now locked by this process.
    std::vector<std::unique_ptr<UnsavedFile>> claimOrphans() const;

private:
    QString m_directory;
};

} // namespace chiptrail::gui
