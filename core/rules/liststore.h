// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listimport.h"
#include "rulebook.h"

#include <QDateTime>
#include <memory>

namespace chiptrail {

namespace sql {
class Connection;
}

// One list in the store, without its entries.
struct StoredList
{
    QString name, url, format; // format: toWord(ListFormat)
    QDate downloaded;          // from the file when it says, else as the user confirmed
    QDateTime imported;        // UTC
    qint64 entries = 0;
    bool active = true;
    bool operator==(const StoredList &) const = default;
};

// The screening lists a user imported (the CSL, OpenSanctions files), in one SQLite file beside
// the user's settings, not in any case: a list is the user's, shared by every case they open.
// Each change is one transaction, so an import that fails or is cancelled leaves the store as it
// was, and importing a list under a name it already has replaces it at once.
class ListStore
{
public:
    // $CHIPTRAIL_LISTS when set (tests, scripts), else lists.sqlite in the GUI's application data
    // folder (~/.local/share/ChipTrail/ChipTrail), which the command line uses too.
    static QString defaultPath();
    // Creates the file and its folder when missing. Throws CaseError naming the file.
    explicit ListStore(const QString &path);
    ~ListStore();
    ListStore(const ListStore &) = delete;
    ListStore &operator=(const ListStore &) = delete;

    QString path() const { return m_path; }
    QList<StoredList> lists() const; // by name
    std::optional<StoredList> info(const QString &name) const;
    // Stores `list` under list.name (replacing a list of that name); `format` as toWord gives it.
    // `progress` (entries written) returning false cancels: nothing is written.
    void store(const ScreeningList &list, const QString &format, const std::function<bool(qint64)> &progress = {});
    // Reads a list file straight into the store (one transaction: all of it or nothing), under
    // `name` (empty: the format's own name), with `date` when the file gives no date of its own.
    // `progress` gets the bytes read; returning false cancels (ListImportCancelled).
    StoredList importFile(const QString &file, const QString &name, const QString &url, QDate date,
                          const ListProgress &progress = {});
    void remove(const QString &name);     // throws when there is no such list
    void setActive(const QString &name, bool active);
    void setDownloaded(const QString &name, QDate date); // the user knows better than the file
    ScreeningList load(const QString &name) const;
    QList<ScreeningList> activeLists() const;

private:
    qint64 idOf(const QString &name) const; // throws when there is no such list
    // Inside a transaction: replaces the list `name` by an empty one and returns its id.
    qint64 startList(const QString &name, const QString &url, const QString &format, QDate downloaded);
    void finishList(qint64 id, const QString &name, const QString &format, QDate downloaded, qint64 entries);

    QString m_path;
    std::unique_ptr<sql::Connection> m_db;
};

} // namespace chiptrail
