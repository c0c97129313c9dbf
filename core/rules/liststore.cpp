// SPDX-License-Identifier: GPL-3.0-or-later
#include "liststore.h"

#include "error.h"
#include "model/limits.h"
#include "rulestr.h"
#include "store/sqlite_handles.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace chiptrail {
namespace {

constexpr int kApplicationId = 0x4354'4c53; // "CTLS"
constexpr int kSchemaVersion = 1;

const char *const kSchema = R"(
CREATE TABLE lists (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL DEFAULT '',
  format TEXT NOT NULL,
  downloaded TEXT,
  imported TEXT NOT NULL,
  entry_count INTEGER NOT NULL,
  active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE list_entry (
  list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  entry_id TEXT NOT NULL,
  name TEXT NOT NULL,
  aliases TEXT NOT NULL,
  country TEXT NOT NULL,
  addresses TEXT NOT NULL,
  programs TEXT NOT NULL,
  list_type TEXT NOT NULL,
  type TEXT NOT NULL,
  citation TEXT NOT NULL,
  start_date TEXT,
  end_date TEXT,
  remarks TEXT NOT NULL,
  notes TEXT NOT NULL,
  quality TEXT NOT NULL,
  PRIMARY KEY (list_id, seq)
) WITHOUT ROWID;
)";

// One change of the store: all of it or none of it. A real transaction, not a savepoint: a
// savepoint rolled back and then released still commits, which rewrites the file's header.
template <typename Fn>
void inTransaction(sql::Connection &db, Fn &&fn)
{
    db.exec("BEGIN IMMEDIATE");
    try {
        fn();
        db.exec("COMMIT");
    } catch (...) {
        sqlite3_exec(db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

// Aliases are joined with a character no name holds.
const QChar kAliasSeparator(0x1f);

QString dateText(QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

StoredList readInfo(const sql::Statement &s)
{
    StoredList l;
    l.name = s.text(0);
    l.url = s.text(1);
    l.format = s.text(2);
    l.downloaded = QDate::fromString(s.text(3), Qt::ISODate);
    l.imported = QDateTime::fromString(s.text(4), Qt::ISODate);
    l.entries = s.int64(5);
    l.active = s.int64(6) != 0;
    return l;
}

} // namespace

QString ListStore::defaultPath()
{
    const QString chosen = qEnvironmentVariable("CHIPTRAIL_LISTS");
    if (!chosen.isEmpty())
        return chosen;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/ChipTrail/ChipTrail/lists.sqlite");
}

ListStore::ListStore(const QString &path) : m_path(path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    m_db = std::make_unique<sql::Connection>(raw);
    if (rc != SQLITE_OK)
        throw CaseError(Rules::tr("%1: the screening-list store cannot be opened (%2)").arg(path, m_db->lastError()));
    sqlite3_busy_timeout(raw, 5000); // the window and chiptrail-cli may both have it open
    sqlite3_db_config(raw, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    try {
        m_db->exec("PRAGMA foreign_keys=ON; PRAGMA trusted_schema=OFF; PRAGMA journal_mode=DELETE");
        sql::Statement appId(*m_db, "PRAGMA application_id");
        appId.step();
        sql::Statement version(*m_db, "PRAGMA user_version");
        version.step();
        const qint64 id = appId.int64(0), v = version.int64(0);
        if (id == 0 && v == 0) {
            inTransaction(*m_db, [&] {
                m_db->exec(kSchema);
                m_db->exec(QStringLiteral("PRAGMA application_id=%1; PRAGMA user_version=%2")
                               .arg(kApplicationId).arg(kSchemaVersion).toUtf8().constData());
            });
        } else if (id != kApplicationId) {
            throw CaseError(Rules::tr("%1: this is not a ChipTrail screening-list store").arg(path));
        } else if (v > kSchemaVersion) {
            throw CaseError(Rules::tr("%1: the screening-list store was written by a newer ChipTrail").arg(path));
        }
    } catch (const CaseError &e) {
        if (e.message().startsWith(path))
            throw;
        throw CaseError(Rules::tr("%1: %2").arg(path, e.message()));
    }
}

ListStore::~ListStore() = default;

QList<StoredList> ListStore::lists() const
{
    sql::Statement s(*m_db, "SELECT name, url, format, downloaded, imported, entry_count, active FROM lists ORDER BY name");
    QList<StoredList> out;
    while (s.step())
        out << readInfo(s);
    return out;
}

std::optional<StoredList> ListStore::info(const QString &name) const
{
    sql::Statement s(*m_db, "SELECT name, url, format, downloaded, imported, entry_count, active FROM lists WHERE name = ?");
    s.bind(1, name);
    if (!s.step())
        return std::nullopt;
    return readInfo(s);
}

qint64 ListStore::idOf(const QString &name) const
{
    sql::Statement s(*m_db, "SELECT id FROM lists WHERE name = ?");
    s.bind(1, name);
    if (!s.step())
        throw CaseError(Rules::tr("there is no screening list \"%1\"").arg(messageExcerpt(name, 200)));
    return s.int64(0);
}

qint64 ListStore::startList(const QString &name, const QString &url, const QString &format, QDate downloaded)
{
    if (name.trimmed().isEmpty())
        throw CaseError(Rules::tr("a screening list needs a name"));
    limits::requireWithin(name, limits::shortText, Rules::tr("list name"));
    limits::requireWithin(url, limits::url, Rules::tr("source URL"));
    {
        sql::Statement del(*m_db, "DELETE FROM lists WHERE name = ?");
        del.bind(1, name).run();
    }
    sql::Statement add(*m_db, "INSERT INTO lists (name, url, format, downloaded, imported, entry_count, active) "
                              "VALUES (?, ?, ?, ?, ?, 0, 1)");
    add.bind(1, name)
        .bind(2, url.isNull() ? QStringLiteral("") : url)
        .bind(3, format)
        .bind(4, dateText(downloaded))
        .bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .run();
    return sqlite3_last_insert_rowid(m_db->get());
}

void ListStore::finishList(qint64 id, const QString &name, const QString &format, QDate downloaded, qint64 entries)
{
    limits::requireWithin(name, limits::shortText, Rules::tr("list name"));
    sql::Statement s(*m_db, "UPDATE lists SET name = ?, format = ?, downloaded = ?, entry_count = ? WHERE id = ?");
    s.bind(1, name).bind(2, format).bind(3, dateText(downloaded)).bind(4, entries).bind(5, id).run();
}

namespace {

class EntryWriter
{
public:
    EntryWriter(const sql::Connection &db, qint64 listId)
        : m_listId(listId),
          m_row(db, "INSERT INTO list_entry (list_id, seq, entry_id, name, aliases, country, addresses, "
                    "programs, list_type, type, citation, start_date, end_date, remarks, notes, quality) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    {
    }
    qint64 count() const { return m_seq; }
    void write(const ListEntry &e)
    {
        const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
        m_row.bind(1, m_listId)
            .bind(2, m_seq++)
            .bind(3, text(e.id))
            .bind(4, text(e.name))
            .bind(5, text(e.aliases.join(kAliasSeparator)))
            .bind(6, text(e.country))
            .bind(7, text(e.addresses))
            .bind(8, text(e.programs))
            .bind(9, text(e.source))
            .bind(10, text(e.type))
            .bind(11, text(e.citation))
            .bind(12, dateText(e.listed))
            .bind(13, dateText(e.ended))
            .bind(14, text(e.remarks))
            .bind(15, text(e.notes))
            .bind(16, text(e.quality));
        m_row.run();
        m_row.reset();
    }

private:
    qint64 m_listId, m_seq = 0;
    sql::Statement m_row;
};

} // namespace

void ListStore::store(const ScreeningList &list, const QString &format, const std::function<bool(qint64)> &progress)
{
    if (list.entries.size() > kMaxListEntries)
        throw CaseError(Rules::tr("the list has more than %L1 entries, more than ChipTrail takes").arg(kMaxListEntries));
    inTransaction(*m_db, [&] {
        const qint64 id = startList(list.name, list.url, format, list.downloaded);
        EntryWriter writer(*m_db, id);
        for (const ListEntry &e : list.entries) {
            if (progress && writer.count() % 4096 == 0 && !progress(writer.count()))
                throw ListImportCancelled(Rules::tr("import of \"%1\" cancelled; the store is unchanged")
                                              .arg(messageExcerpt(list.name, 200)));
            writer.write(e);
        }
        finishList(id, list.name, format, list.downloaded, writer.count());
    });
}

StoredList ListStore::importFile(const QString &file, const QString &name, const QString &url, QDate date,
                                 const ListProgress &progress)
{
    // A placeholder name until the file has said what it is; the transaction hides it from everyone.
    const QString provisional = name.isEmpty() ? QStringLiteral("\x01import") : name;
    QString finalName;
    inTransaction(*m_db, [&] {
        const qint64 id = startList(provisional, url, QStringLiteral("pending"), date);
        EntryWriter writer(*m_db, id);
        ListFormat format = ListFormat::CslCsv;
        const ScreeningList meta = importScreeningList(file, [&](ListEntry &&e) { writer.write(e); }, progress, &format);
        finalName = name.isEmpty() ? meta.name : name;
        if (name.isEmpty()) {
            sql::Statement del(*m_db, "DELETE FROM lists WHERE name = ? AND id <> ?");
            del.bind(1, finalName).bind(2, id).run();
        }
        finishList(id, finalName, toWord(format), meta.downloaded.isValid() ? meta.downloaded : date, writer.count());
    });
    return *info(finalName);
}

void ListStore::remove(const QString &name)
{
    const qint64 id = idOf(name);
    inTransaction(*m_db, [&] {
        sql::Statement del(*m_db, "DELETE FROM lists WHERE id = ?");
        del.bind(1, id).run();
    });
}

void ListStore::setActive(const QString &name, bool active)
{
    const qint64 id = idOf(name);
    sql::Statement s(*m_db, "UPDATE lists SET active = ? WHERE id = ?");
    s.bind(1, qint64(active ? 1 : 0)).bind(2, id).run();
}

void ListStore::setDownloaded(const QString &name, QDate date)
{
    const qint64 id = idOf(name);
    sql::Statement s(*m_db, "UPDATE lists SET downloaded = ? WHERE id = ?");
    s.bind(1, dateText(date)).bind(2, id).run();
}

ScreeningList ListStore::load(const QString &name) const
{
    const std::optional<StoredList> meta = info(name);
    if (!meta)
        throw CaseError(Rules::tr("there is no screening list \"%1\"").arg(messageExcerpt(name, 200)));
    ScreeningList list;
    list.name = meta->name;
    list.url = meta->url;
    list.downloaded = meta->downloaded;
    list.entries.reserve(meta->entries);
    sql::Statement s(*m_db, "SELECT entry_id, name, aliases, country, addresses, programs, list_type, type, citation, "
                            "start_date, end_date, remarks, notes, quality FROM list_entry WHERE list_id = ? ORDER BY seq");
    s.bind(1, idOf(name));
    while (s.step()) {
        ListEntry e;
        e.id = s.text(0);
        e.name = s.text(1);
        e.aliases = s.text(2).split(kAliasSeparator, Qt::SkipEmptyParts);
        e.country = s.text(3);
        e.addresses = s.text(4);
        e.programs = s.text(5);
        e.source = s.text(6);
        e.type = s.text(7);
        e.citation = s.text(8);
        e.listed = QDate::fromString(s.text(9), Qt::ISODate);
        e.ended = QDate::fromString(s.text(10), Qt::ISODate);
        e.remarks = s.text(11);
        e.notes = s.text(12);
        e.quality = s.text(13);
        list.entries << e;
    }
    return list;
}

QList<ScreeningList> ListStore::activeLists() const
{
    QList<ScreeningList> out;
    for (const StoredList &l : lists())
        if (l.active)
            out << load(l.name);
    return out;
}

} // namespace chiptrail
