// SPDX-License-Identifier: GPL-3.0-or-later
#include "casestore.h"

#include "error.h"
#include "model/limits.h"
#include "store/opener.h"
#include "store/privatecopy.h"
#include "store/schema.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <utility>
#include <QFile>
#include <QFileInfo>
#include <cmath>

namespace chiptrail {
CaseStore::CaseStore(sql::Connection db, QString path, Access access)
    : m_db(std::move(db)), m_path(std::move(path)), m_access(access)
{
}

CaseStore::~CaseStore() = default;

void CaseStore::throwReadOnly() const
{
    throw CaseError(tr("%1: the case is open read-only").arg(QDir::toNativeSeparators(m_path)));
}

std::unique_ptr<CaseStore> CaseStore::create(const QString &path, const CaseInfo &info)
{
    auto db = sql::openCaseFile(path, sql::OpenIntent::CreateNew);
    std::unique_ptr<CaseStore> store(new CaseStore(std::move(db), path, Access::ReadWrite));
    store->setInfo(info);
    return store;
}

std::unique_ptr<CaseStore> CaseStore::open(const QString &path, Access access)
{
    const QString file = QDir::toNativeSeparators(path);
    sql::requireRegularFile(path); // before anything reads it: a named pipe would block for ever
    if (access == Access::ReadWrite && sql::needsPrivateCopy(path)) {
        // Opened for editing, SQLite finishes an interrupted edit in the file itself. It may do so
        // only once the result has been read whole in a private copy: a damaged journal played
        // back into the file damaged it for good (found by the hostile-file campaign).
        try {
            open(path, Access::ReadOnly)->load();
        } catch (const CaseError &error) {
            throw CaseError(tr("%1: holds an interrupted edit that cannot be finished (%2); it was not opened, and "
                               "nothing was written")
                                .arg(file, messageExcerpt(error.message().startsWith(file) ? error.message().mid(file.size() + 2)
                                                                                           : error.message(), 200)));
        }
    }
    const auto intent = access == Access::ReadOnly ? sql::OpenIntent::ReadOnly
                                                   : sql::OpenIntent::ReadWrite;
    // A read-only open of an older file comes back migrated in memory (opener.cpp).
    auto db = sql::openCaseFile(path, intent);
    std::unique_ptr<CaseStore> store(new CaseStore(std::move(db), path, access));
    try {
        const QStringList problems = store->integrityProblems();
        if (!problems.isEmpty())
            throw CaseError(tr("%1: the case is inconsistent: %2").arg(file, problems.first()));
        store->checkSearchIndex();
    } catch (const CaseError &error) {
        // A page found damaged only now: named like every other refusal.
        if (error.message().startsWith(file))
            throw;
        throw CaseError(file + QStringLiteral(": ") + error.message());
    }
    return store;
}

std::unique_ptr<CaseStore> CaseStore::createFrom(const QString &path, const CaseData &data)
{
    // Built next to the target and renamed into place: a failed import leaves no file behind.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    try {
        auto store = create(partial, data.info);
        store->insertCase(data);
        const QStringList problems = store->integrityProblems();
        if (!problems.isEmpty())
            throw CaseError(problems.first());
        store.reset();
        if (QFileInfo::exists(path))
            throw CaseError(tr("%1: a file of that name already exists").arg(QDir::toNativeSeparators(path)));
        if (!QFile::rename(partial, path))
            throw CaseError(tr("%1: cannot be written").arg(QDir::toNativeSeparators(path)));
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    return open(path, Access::ReadWrite);
}

CaseError CaseStore::notOpened(const QString &path, const CaseError &error)
{
    const QString file = QDir::toNativeSeparators(path);
    if (error.message().startsWith(file))
        return CaseError(tr("%1; it was not opened").arg(error.message()));
    return CaseError(tr("%1: %2; it was not opened").arg(file, error.message()));
}

void CaseStore::insertCase(const CaseData &data)
{
    inTransaction([&] {
        for (const auto &party : data.parties)
            writeParty(party, true);
        for (const auto &product : data.products)
            if (!product.contains)
                writeProduct(product, true);
        for (const auto &product : data.products)
            if (product.contains)
                writeProduct(product, true);
        for (const auto &site : data.sites)
            writeSite(site, true);
        for (const auto &link : data.links)
            writeLink(link, true);
        for (const auto &source : data.sources)
            writeSource(source, true);
        // Translations point at other notes: insert them first without the pairing, then pair.
        for (auto note : data.notes) {
            note.translationOf.reset();
            writeNote(note, true);
        }
        for (const auto &note : data.notes)
            if (note.translationOf)
                writeNote(note, false);
        for (const auto &decision : data.screeningDecisions)
            writeScreeningDecision(decision);
        m_change.everything = true;
    });
}

CaseStore::ChangeScope::ChangeScope(CaseStore &s) : store(s)
{
    if (store.m_editDepth++ == 0)
        store.m_change = {};
}

CaseStore::ChangeScope::~ChangeScope()
{
    if (--store.m_editDepth > 0)
        return;
    CaseChange change = std::exchange(store.m_change, {});
    if (committed && !change.isEmpty())
        Q_EMIT store.changed(change);
}

void CaseStore::ChangeScope::commit() { committed = true; }

void CaseStore::editAtOnce(const std::function<void()> &edits) { inTransaction(edits); }

int CaseStore::schemaVersion() const { return sql::userVersion(m_db); }

CaseInfo CaseStore::info() const
{
    CaseInfo info;
    sql::Statement select(m_db, "SELECT name, value FROM case_info");
    while (select.step()) {
        const QString name = select.text(0);
        if (name == QLatin1String("title"))
            info.title = select.text(1);
        else if (name == QLatin1String("description"))
            info.description = select.text(1);
        else if (name == QLatin1String("language"))
            info.language = select.text(1);
        else if (name == QLatin1String("subtitle"))
            info.subtitle = select.text(1);
        else if (name == QLatin1String("author"))
            info.author = select.text(1);
        else if (name == QLatin1String("credit"))
            info.credit = select.text(1);
    }
    return info;
}

void CaseStore::setInfo(const CaseInfo &info)
{
    // The title shares its column with the description, whose limit is far higher (model/limits.h).
    limits::requireWithin(info.title, limits::shortText, QStringLiteral("case_info.title"));
    limits::requireWithin(info.subtitle, limits::shortText, QStringLiteral("case_info.subtitle"));
    limits::requireWithin(info.author, limits::shortText, QStringLiteral("case_info.author"));
    limits::requireWithin(info.credit, limits::shortText, QStringLiteral("case_info.credit"));
    inTransaction([&] {
        sql::Statement upsert(m_db, "INSERT INTO case_info(name, value) VALUES (?1, ?2) "
                                    "ON CONFLICT(name) DO UPDATE SET value = excluded.value");
        const std::pair<const char *, QString> fields[] = {
            {"title", info.title},   {"subtitle", info.subtitle}, {"description", info.description},
            {"author", info.author}, {"credit", info.credit},     {"language", info.language}};
        for (const auto &[name, value] : fields) {
            upsert.bind(1, QString::fromLatin1(name)).bind(2, value.isNull() ? QStringLiteral("") : value);
            upsert.run();
        }
        m_change.info = true;
    });
}

CaseCounts CaseStore::counts() const
{
    CaseCounts counts;
    sql::Statement select(m_db, R"sql(
        SELECT (SELECT count(*) FROM party), (SELECT count(*) FROM site),
               (SELECT count(*) FROM product), (SELECT count(*) FROM link),
               (SELECT count(*) FROM source), (SELECT count(*) FROM note),
               (SELECT count(*) FROM party p WHERE NOT EXISTS (SELECT 1 FROM note_claim c
                    WHERE c.subject_kind = 'party' AND c.subject_id = p.id))
             + (SELECT count(*) FROM site s WHERE NOT EXISTS (SELECT 1 FROM note_claim c
                    WHERE c.subject_kind = 'site' AND c.subject_id = s.id))
             + (SELECT count(*) FROM product r WHERE NOT EXISTS (SELECT 1 FROM note_claim c
                    WHERE c.subject_kind = 'product' AND c.subject_id = r.id))
             + (SELECT count(*) FROM link l WHERE NOT EXISTS (SELECT 1 FROM note_claim c
                    WHERE c.subject_kind = 'link' AND c.subject_id = l.id)))sql");
    if (select.step()) {
        counts.parties = int(select.int64(0));
        counts.sites = int(select.int64(1));
        counts.products = int(select.int64(2));
        counts.links = int(select.int64(3));
        counts.sources = int(select.int64(4));
        counts.notes = int(select.int64(5));
        counts.unsourcedClaims = int(select.int64(6));
    }
    return counts;
}

QStringList CaseStore::integrityProblems() const
{
    QStringList problems;
    sql::Statement foreignKeys(m_db, "PRAGMA foreign_key_check");
    while (foreignKeys.step() && problems.size() < 20)
        problems << tr("a row of table %1 points at a missing row of table %2")
                        .arg(foreignKeys.text(0), foreignKeys.text(2));

    sql::Statement claims(m_db, R"sql(
        SELECT n.key, c.subject_kind, c.subject_id FROM note_claim c JOIN note n ON n.id = c.note_id
        WHERE (c.subject_kind = 'party' AND c.subject_id NOT IN (SELECT id FROM party))
           OR (c.subject_kind = 'site' AND c.subject_id NOT IN (SELECT id FROM site))
           OR (c.subject_kind = 'product' AND c.subject_id NOT IN (SELECT id FROM product))
           OR (c.subject_kind = 'link' AND c.subject_id NOT IN (SELECT id FROM link))
           OR c.subject_kind NOT IN ('party', 'site', 'product', 'link'))sql");
    while (claims.step() && problems.size() < 20)
        problems << tr("note \"%1\" supports a %2 (id %3) that does not exist")
                        .arg(messageExcerpt(claims.text(0)), messageExcerpt(claims.text(1)))
                        .arg(claims.int64(2));

    const QList<Source> allSources = sources();
    QHash<qint64, const Source *> byId;
    for (const auto &source : allSources)
        byId.insert(source.id.value, &source);
    for (const auto &note : notes()) {
        const Source *source = byId.value(note.source.value);
        if (source && codePointSlice(source->text, note.start, note.length) != note.excerpt)
            problems << tr("note \"%1\" no longer matches the text of source \"%2\" at %3")
                            .arg(messageExcerpt(note.key), messageExcerpt(source->key))
                            .arg(note.start);
    }
    return problems;
}

QList<NodePosition> CaseStore::nodePositions() const
{
    // A place nobody could have dragged a card to (a file from a stranger: 1e300, infinity) is
    // left out: the party counts as unplaced and is laid out again, like a new one.
    constexpr double farthest = 1e8; // what Graphviz coordinates are held to (graphvizjson.cpp)
    const auto plausible = [](double v) { return std::isfinite(v) && std::abs(v) <= farthest; };
    QList<NodePosition> positions;
    sql::Statement select(m_db, "SELECT party_id, x, y, pinned FROM node_position ORDER BY party_id");
    while (select.step()) {
        const double x = select.real(1), y = select.real(2);
        if (plausible(x) && plausible(y))
            positions.append({PartyId(select.int64(0)), QPointF(x, y), select.int64(3) != 0});
    }
    return positions;
}

void CaseStore::setNodePositions(const QList<NodePosition> &positions)
{
    inTransaction([&] {
        sql::Statement upsert(m_db, "INSERT INTO node_position(party_id, x, y, pinned) "
                                    "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(party_id) DO UPDATE "
                                    "SET x = excluded.x, y = excluded.y, pinned = excluded.pinned");
        for (const auto &p : positions) {
            upsert.bind(1, p.party.value).bind(2, p.position.x()).bind(3, p.position.y());
            upsert.bind(4, p.pinned ? 1 : 0);
            upsert.run();
            m_change.positions.insert(p.party.value);
        }
    });
}

void CaseStore::clearNodePositions(const QList<PartyId> &parties)
{
    inTransaction([&] {
        sql::Statement remove(m_db, "DELETE FROM node_position WHERE party_id = ?1");
        for (const auto id : parties) {
            remove.bind(1, id.value);
            remove.run();
            m_change.positions.insert(id.value);
        }
    });
}

std::optional<NodePosition> CaseStore::nodePosition(PartyId party) const
{
    sql::Statement select(m_db, "SELECT x, y, pinned FROM node_position WHERE party_id = ?1");
    select.bind(1, party.value);
    if (!select.step())
        return std::nullopt;
    const double x = select.real(0), y = select.real(1);
    constexpr double farthest = 1e8; // as nodePositions()
    if (!std::isfinite(x) || !std::isfinite(y) || std::abs(x) > farthest || std::abs(y) > farthest)
        return std::nullopt;
    return NodePosition{party, QPointF(x, y), select.int64(2) != 0};
}

QList<ScreeningDecision> CaseStore::screeningDecisions() const
{
    QList<ScreeningDecision> result;
    sql::Statement select(m_db, "SELECT party_id, entry_id, list_name, is_match, reason, decided_at "
                                "FROM screening_decision ORDER BY party_id, entry_id");
    while (select.step())
        result.append({PartyId(select.int64(0)), select.text(1), select.text(2), select.int64(3) != 0,
                       select.text(4), select.text(5)});
    return result;
}

void CaseStore::writeScreeningDecision(const ScreeningDecision &d)
{
    sql::Statement upsert(m_db, "INSERT INTO screening_decision VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                                "ON CONFLICT(party_id, entry_id) DO UPDATE SET list_name = excluded.list_name, "
                                "is_match = excluded.is_match, reason = excluded.reason, decided_at = excluded.decided_at");
    upsert.bind(1, d.party.value).bind(2, d.entryId).bind(3, d.listName).bind(4, d.isMatch ? 1 : 0);
    upsert.bind(5, d.reason.isNull() ? QStringLiteral("") : d.reason).bind(6, d.decidedAt.isNull() ? QStringLiteral("") : d.decidedAt);
    upsert.run();
    m_change.screening = true;
}

void CaseStore::setScreeningDecision(const ScreeningDecision &decision)
{
    inTransaction([&] { writeScreeningDecision(decision); });
}

void CaseStore::removeScreeningDecision(PartyId party, const QString &entryId)
{
    inTransaction([&] {
        sql::Statement remove(m_db, "DELETE FROM screening_decision WHERE party_id = ?1 AND entry_id = ?2");
        remove.bind(1, party.value).bind(2, entryId);
        remove.run();
        m_change.screening = true;
    });
}

void CaseStore::saveCopyAs(const QString &path) const
{
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        sqlite3 *handle = nullptr;
        const int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &handle,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        sql::Connection target(handle);
        if (rc != SQLITE_OK)
            throw CaseError(tr("%1: cannot be written (%2)")
                                .arg(QDir::toNativeSeparators(path), target.lastError()));
        sqlite3_backup *backup = sqlite3_backup_init(target.get(), "main", m_db.get(), "main");
        if (!backup)
            throw CaseError(tr("%1: cannot be written (%2)")
                                .arg(QDir::toNativeSeparators(path), target.lastError()));
        sqlite3_backup_step(backup, -1);
        if (sqlite3_backup_finish(backup) != SQLITE_OK) {
            const QString reason = target.lastError();
            QFile::remove(partial);
            throw CaseError(tr("%1: cannot be written (%2)").arg(QDir::toNativeSeparators(path), reason));
        }
        target.exec("PRAGMA journal_mode=DELETE");
        // A copy is what gets shared: no trace of deleted sources or notes may ride along. The
        // backup copies pages as they are, free ones and stale search-index segments included;
        // merging the search indexes and rebuilding the file leaves only what the case holds.
        try {
            target.exec("INSERT INTO source_search(source_search) VALUES('optimize')");
            target.exec("INSERT INTO note_search(note_search) VALUES('optimize')");
            target.exec("VACUUM");
        } catch (const CaseError &error) {
            QFile::remove(partial);
            throw CaseError(tr("%1: cannot be written (%2)").arg(QDir::toNativeSeparators(path), error.message()));
        }
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        throw CaseError(tr("%1: cannot be written").arg(QDir::toNativeSeparators(path)));
}

} // namespace chiptrail
