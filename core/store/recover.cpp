// SPDX-License-Identifier: GPL-3.0-or-later
// Recover Data: the rows of a refused case file, copied into a fresh one through its constraints.
#include "recover.h"

#include "error.h"
#include "model/entities.h"
#include "store/casestore.h"
#include "store/opener.h"
#include "store/privatecopy.h"
#include "store/schema.h"
#include "store/schemacheck.h"
#include "store/textlimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>
#include <QUtf8StringView>
#include <optional>
#include <memory>
#include <vector>

namespace chiptrail {
namespace {

struct CaseFile
{
    Q_DECLARE_TR_FUNCTIONS(CaseFile)
};

constexpr int problemsKept = 10;

using Value = std::unique_ptr<sqlite3_value, decltype(&sqlite3_value_free)>;
struct Cell
{
    Value value;
    std::optional<QByteArray> repairedText; // written in place of `value`
};
using Row = std::vector<Cell>;

QString native(const QString &path) { return QDir::toNativeSeparators(path); }

QByteArray quotedName(const QString &name) { return '"' + name.toUtf8() + '"'; } // our names only

// Columns a later case format added to a table older files already had; a file without them
// is recovered with them empty (NULL).
bool addedLater(const QString &table, const QString &column)
{
    return table == QLatin1String("link") && column == QLatin1String("ownership_share"); // format 5
}

// The columns to read from the file's table of that name: empty unless it is a plain table with
// every column we read (those added later may be missing).
QStringList readableColumns(const sql::Connection &source, const QString &table, const QStringList &columns)
{
    sql::Statement kind(source, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1 COLLATE NOCASE");
    kind.bind(1, table);
    if (!kind.step() || !kind.text(0).trimmed().startsWith(QLatin1String("CREATE TABLE"), Qt::CaseInsensitive))
        return {};
    QStringList present;
    sql::Statement info(source, QByteArray("PRAGMA table_info(" + quotedName(table) + ")").constData());
    while (info.step())
        present << info.text(1).toLower();
    QStringList read;
    for (const QString &c : columns) {
        if (present.contains(c.toLower()))
            read << c;
        else if (!addedLater(table, c))
            return {};
    }
    return read;
}

// Thrown when the progress callback says stop; recoverCase turns it into a cancelled report.
struct Cancelled
{
};

// Asks the caller whether to go on: before each table and every `rowsBetweenAsks` rows.
struct Steps
{
    static constexpr int rowsBetweenAsks = 256;
    const RecoveryProgress &callback;
    int done = 0;
    int total = 0;
    void ask() const
    {
        if (callback && !callback(done, total))
            throw Cancelled{};
    }
    void row(size_t count) const
    {
        if (count % rowsBetweenAsks == 0)
            ask();
    }
};

void note(RecoveryReport &report, const QString &problem)
{
    if (report.problems.size() < problemsKept)
        report.problems << problem;
}

// A text ChipTrail would refuse to read — bytes that are not UTF-8, more characters than its
// column takes — is copied repaired (U+FFFD for those bytes, cut to the limit), and the report
// says so. The recovered case then opens everywhere; the original keeps the text as it was.
std::optional<QByteArray> repaired(sqlite3_value *value, const QString &field, qsizetype limit,
                                   RecoveryReport::Table &counts, RecoveryReport &report)
{
    if (sqlite3_value_type(value) != SQLITE_TEXT)
        return std::nullopt;
    const auto *data = reinterpret_cast<const char *>(sqlite3_value_text(value));
    const int bytes = sqlite3_value_bytes(value);
    if (bytes <= limit && QUtf8StringView(data, bytes).isValidUtf8())
        return std::nullopt;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(QByteArrayView(data, bytes));
    const bool notUtf8 = decoder.hasError();
    const qsizetype length = codePointLength(text);
    if (!notUtf8 && length <= limit)
        return std::nullopt;
    if (notUtf8)
        note(report, CaseFile::tr("%1: a text with bytes that are not UTF-8 was copied with U+FFFD in their place")
                         .arg(field));
    if (length > limit) {
        text = codePointSlice(text, 0, int(limit));
        note(report, CaseFile::tr("%1: a text of %2 characters was cut to the %3 ChipTrail takes there")
                         .arg(field, QLocale().toString(length), QLocale().toString(limit)));
    }
    ++counts.repaired;
    return text.toUtf8();
}

void copyTable(const sql::Connection &source, sql::Connection &target, const QString &table, RecoveryReport &report,
               const Steps &steps)
{
    RecoveryReport::Table &counts = report.tables[table];
    const QStringList columns = readableColumns(source, table, sql::knownColumns(table));
    if (columns.isEmpty()) {
        counts.missing = true;
        note(report, CaseFile::tr("table %1: not in the file as ChipTrail makes it; nothing of it was recovered").arg(table));
        return;
    }
    QByteArray list;
    QByteArray parameters;
    for (int i = 0; i < columns.size(); ++i) {
        list += (i ? ", " : "") + quotedName(columns.at(i));
        parameters += (i ? ", ?" : "?") + QByteArray::number(i + 1);
    }
    std::vector<Row> pending;
    {
        sql::Statement select(source, QByteArray("SELECT " + list + " FROM " + quotedName(table)).constData());
        // The values are taken as SQLite holds them, so the fresh file's STRICT tables judge them.
        // A damaged page (or the time budget) ends the table early: what was read is kept.
        try {
            const int infoName = table == QLatin1String("case_info") ? int(columns.indexOf(QStringLiteral("name"))) : -1;
            while (select.step()) {
                Row row;
                for (int i = 0; i < columns.size(); ++i) {
                    row.push_back(Cell{Value(sqlite3_value_dup(select.value(i)), &sqlite3_value_free), std::nullopt});
                    if (!row.back().value)
                        throw CaseError(CaseFile::tr("out of memory"));
                }
                for (int i = 0; i < columns.size(); ++i) {
                    const QString field = table + QLatin1Char('.') + columns.at(i);
                    const qsizetype limit = infoName >= 0 && i != infoName
                                                ? sql::caseInfoLimitOf(QString::fromUtf8(reinterpret_cast<const char *>(
                                                      sqlite3_value_text(row[size_t(infoName)].value.get()))))
                                                : sql::textLimitOf(field);
                    row[size_t(i)].repairedText = repaired(row[size_t(i)].value.get(), field, limit, counts, report);
                }
                pending.push_back(std::move(row));
                steps.row(pending.size());
            }
        } catch (const CaseError &error) {
            counts.damaged = true;
            note(report, CaseFile::tr("table %1: read up to row %2, then stopped (%3)")
                             .arg(table)
                             .arg(pending.size())
                             .arg(error.message()));
        }
    }
    sqlite3_stmt *insert = nullptr;
    const QByteArray sql = "INSERT INTO " + quotedName(table) + "(" + list + ") VALUES (" + parameters + ")";
    if (sqlite3_prepare_v2(target.get(), sql.constData(), -1, &insert, nullptr) != SQLITE_OK)
        throw CaseError(target.lastError());
    const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> guard(insert, &sqlite3_finalize);
    // Rows that point at rows of their own table (a system's chip, a note's original) may come
    // before what they point at: pass again while a pass gets more rows in.
    QString lastProblem;
    for (bool progress = true; progress && !pending.empty();) {
        progress = false;
        std::vector<Row> retry;
        size_t tried = 0;
        for (Row &row : pending) {
            steps.row(++tried);
            for (int i = 0; i < int(row.size()); ++i) {
                const Cell &cell = row[size_t(i)];
                const int bound = cell.repairedText
                                      ? sqlite3_bind_text64(insert, i + 1, cell.repairedText->constData(),
                                                            sqlite3_uint64(cell.repairedText->size()), SQLITE_STATIC, SQLITE_UTF8)
                                      : sqlite3_bind_value(insert, i + 1, cell.value.get());
                if (bound != SQLITE_OK)
                    throw CaseError(target.lastError());
            }
            target.startClock(std::chrono::steady_clock::now());
            const int rc = sqlite3_step(insert);
            const QString reason = rc == SQLITE_DONE ? QString() : messageExcerpt(target.lastError(), 120);
            sqlite3_reset(insert);
            if (rc == SQLITE_DONE) {
                ++counts.copied;
                progress = true;
            } else if (rc == SQLITE_CONSTRAINT_FOREIGNKEY) {
                retry.push_back(std::move(row));
                lastProblem = reason;
            } else if ((rc & 0xff) == SQLITE_CONSTRAINT || (rc & 0xff) == SQLITE_TOOBIG || (rc & 0xff) == SQLITE_MISMATCH) {
                ++counts.skipped;
                note(report, CaseFile::tr("table %1: a row was skipped (%2)").arg(table, reason));
            } else {
                throw CaseError(target.errorFor(rc));
            }
        }
        pending = std::move(retry);
    }
    for (size_t i = 0; i < pending.size(); ++i) {
        ++counts.skipped;
        note(report, CaseFile::tr("table %1: a row was skipped (%2)").arg(table, lastProblem));
    }
}

// What a fresh file's constraints cannot see but the case needs: notes that quote their source
// exactly, and claims about things that are there (CaseStore::integrityProblems).
void dropWhatDoesNotHold(sql::Connection &target, RecoveryReport &report)
{
    QHash<qint64, QString> texts;
    {
        sql::Statement sources(target, "SELECT id, text FROM source");
        while (sources.step())
            texts.insert(sources.int64(0), sources.text(1));
    }
    QList<qint64> badNotes;
    {
        sql::Statement notes(target, "SELECT id, key, source_id, start, length, excerpt FROM note");
        while (notes.step()) {
            const QString text = texts.value(notes.int64(2));
            const qint64 start = notes.int64(3), length = notes.int64(4);
            const bool fits = start >= 0 && length > 0 && start <= INT_MAX && length <= INT_MAX;
            if (!fits || codePointSlice(text, int(start), int(length)) != notes.text(5)) {
                badNotes << notes.int64(0);
                note(report, CaseFile::tr("note %1: skipped, its excerpt is not in its source")
                                 .arg(QStringLiteral("\u201c%1\u201d").arg(messageExcerpt(notes.text(1)))));
            }
        }
    }
    for (const qint64 id : badNotes) {
        // The note's claims go with it: they count as skipped too.
        sql::Statement claimsOfNote(target, "SELECT count(*) FROM note_claim WHERE note_id = ?1");
        claimsOfNote.bind(1, id);
        const int claims = claimsOfNote.step() ? int(claimsOfNote.int64(0)) : 0;
        report.tables[QStringLiteral("note_claim")].copied -= claims;
        report.tables[QStringLiteral("note_claim")].skipped += claims;
        sql::Statement unpair(target, "UPDATE note SET translation_of = NULL WHERE translation_of = ?1");
        unpair.bind(1, id);
        unpair.run();
        sql::Statement remove(target, "DELETE FROM note WHERE id = ?1"); // its claims go with it
        remove.bind(1, id);
        remove.run();
        --report.tables[QStringLiteral("note")].copied;
        ++report.tables[QStringLiteral("note")].skipped;
    }
    sql::Statement claims(target, R"sql(
        DELETE FROM note_claim
        WHERE (subject_kind = 'party' AND subject_id NOT IN (SELECT id FROM party))
           OR (subject_kind = 'site' AND subject_id NOT IN (SELECT id FROM site))
           OR (subject_kind = 'product' AND subject_id NOT IN (SELECT id FROM product))
           OR (subject_kind = 'link' AND subject_id NOT IN (SELECT id FROM link))
           OR subject_kind NOT IN ('party', 'site', 'product', 'link'))sql");
    claims.run();
    if (const int dropped = sqlite3_changes(target.get()); dropped > 0) {
        report.tables[QStringLiteral("note_claim")].copied -= dropped;
        report.tables[QStringLiteral("note_claim")].skipped += dropped;
        note(report, CaseFile::tr("%n claim(s) skipped: what they are about is not in the file", nullptr, dropped));
    }
}

// The search index (schema versions 4 and 5) is built from the recovered rows, never copied.
void buildSearchIndex(sql::Connection &target)
{
    target.exec(R"sql(
        INSERT INTO source_search(rowid, title, publisher, body, folded, stems)
            SELECT id, title, coalesce(publisher, ''), text,
                   chiptrail_fold(title || ' ' || coalesce(publisher, '') || ' ' || text),
                   chiptrail_stems(title || ' ' || coalesce(publisher, '') || ' ' || text, language) FROM source;
        INSERT INTO note_search(rowid, body, folded, stems)
            SELECT n.id, n.excerpt, chiptrail_fold(n.excerpt), chiptrail_stems(n.excerpt, s.language)
            FROM note n JOIN source s ON s.id = n.source_id;)sql");
}

} // namespace

int RecoveryReport::copied() const
{
    int sum = 0;
    for (const auto &table : tables)
        sum += table.copied;
    return sum;
}

int RecoveryReport::skipped() const
{
    int sum = 0;
    for (const auto &table : tables)
        sum += table.skipped;
    return sum;
}

int RecoveryReport::repaired() const
{
    int sum = 0;
    for (const auto &table : tables)
        sum += table.repaired;
    return sum;
}

RecoveryReport recoverCase(const QString &in, const QString &out, const RecoveryProgress &progress)
{
    sql::requireRegularFile(in);
    sql::requireHarmlessLeftovers(in);
    if (QFileInfo::exists(out) || QFileInfo(out).isSymLink())
        throw CaseError(CaseFile::tr("%1: a file of that name already exists").arg(native(out)));

    // A private copy: the original is never written, not even to finish an interrupted edit.
    sql::Connection source;
    try {
        source = sql::recoveredMemoryCopy(in);
    } catch (const InterruptedEditError &) {
        throw CaseError(CaseFile::tr("%1: cannot be read, not even in part").arg(native(in)));
    }
    sql::harden(source, in);
    {
        sql::Statement id(source, "PRAGMA application_id");
        sql::Statement version(source, "PRAGMA user_version");
        if (!id.step() || id.int64(0) != schema::applicationId)
            throw CaseError(CaseFile::tr("%1: not a ChipTrail case file (an SQLite database made by another program)")
                                .arg(native(in)));
        if (!version.step() || version.int64(0) > schema::currentVersion())
            throw CaseError(CaseFile::tr("%1: this case was saved by a newer ChipTrail (case format %2); recover it "
                                         "with that version")
                                .arg(native(in))
                                .arg(version.int64(0)));
    }

    RecoveryReport report;
    const QString partial = out + QStringLiteral(".partial");
    QFile::remove(partial);
    try {
        {
            sql::Connection target = sql::openCaseFile(partial, sql::OpenIntent::CreateNew);
            target.exec("BEGIN IMMEDIATE");
            const QStringList tables = sql::knownTables();
            Steps steps{progress, 0, int(tables.size())};
            for (const QString &table : tables) {
                steps.ask();
                copyTable(source, target, table, report, steps);
                ++steps.done;
            }
            steps.ask();
            // Rows of case format 4 and older carry the role format 5 split (store/schema.cpp).
            target.exec("UPDATE party SET role = 'cloud_provider' WHERE role = 'telecom_cloud_provider'");
            dropWhatDoesNotHold(target, report);
            buildSearchIndex(target);
            target.exec("COMMIT");
        }
        // The result passes every check a case file gets when opened.
        CaseStore::open(partial, CaseStore::Access::ReadOnly);
        if (QFileInfo::exists(out))
            throw CaseError(CaseFile::tr("%1: a file of that name already exists").arg(native(out)));
        if (!QFile::rename(partial, out))
            throw CaseError(CaseFile::tr("%1: cannot be written").arg(native(out)));
    } catch (const Cancelled &) {
        // `target` is closed by now (its transaction rolled back): nothing of OUT is left.
        QFile::remove(partial);
        QFile::remove(sql::journalOf(partial));
        RecoveryReport cancelled;
        cancelled.cancelled = true;
        return cancelled;
    } catch (...) {
        QFile::remove(partial);
        QFile::remove(sql::journalOf(partial));
        throw;
    }
    return report;
}

} // namespace chiptrail
