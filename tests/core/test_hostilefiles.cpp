// SPDX-License-Identifier: GPL-3.0-or-later
// Case files from strangers (issue 16): a file whose schema ChipTrail did not make is refused
// before anything of it can run, and left byte for byte as it was; Recover Data saves its rows.
#include "error.h"
#include "interchange/casejson.h"
#include "store/casestore.h"
#include "store/opener.h"
#include "store/recover.h"
#include "store/schema.h"
#include "testcases.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace chiptrail;

namespace {

// Runs SQL on a file behind ChipTrail's back, as a stranger's tool would.
void tamper(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

// Counts rows behind ChipTrail's back: what a hostile trigger would have deleted shows here.
qint64 rowsIn(const QString &path, const char *table)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *count = nullptr;
    sqlite3_prepare_v2(db, QByteArray(QByteArray("SELECT count(*) FROM ") + table).constData(), -1, &count, nullptr);
    const qint64 rows = sqlite3_step(count) == SQLITE_ROW ? sqlite3_column_int64(count, 0) : -1;
    sqlite3_finalize(count);
    sqlite3_close(db);
    return rows;
}

QString openError(const QString &path, CaseStore::Access access)
{
    try {
        CaseStore::open(path, access);
    } catch (const CaseError &error) {
        return error.message();
    }
    return {};
}

// Every value of every row of a table, bytes and types, as a stranger's tool reads them.
QByteArray tableBytes(const QString &path, const char *table)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *select = nullptr;
    sqlite3_prepare_v2(db, QByteArray(QByteArray("SELECT * FROM ") + table + " ORDER BY rowid").constData(), -1,
                       &select, nullptr);
    QByteArray bytes;
    while (sqlite3_step(select) == SQLITE_ROW)
        for (int i = 0; i < sqlite3_column_count(select); ++i) {
            const auto *data = static_cast<const char *>(sqlite3_column_blob(select, i));
            bytes += QByteArray::number(sqlite3_column_type(select, i)) + ':'
                     + QByteArray(data, sqlite3_column_bytes(select, i)).toHex() + ';';
        }
    sqlite3_finalize(select);
    sqlite3_close(db);
    return bytes;
}

QStringList listing(const QString &folder) { return QDir(folder).entryList(QDir::Files | QDir::System | QDir::Hidden); }

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    CaseData m_sample;
    QString m_clean;

    // A copy of the sample case in a folder of its own, so a listing shows what appears beside it.
    QString sampleCopy(const QString &name)
    {
        QDir(m_dir.path()).mkpath(name);
        const QString path = m_dir.filePath(name + QStringLiteral("/case.chiptrail"));
        QFile::copy(m_clean, path);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sample = readCaseJsonFile(QStringLiteral(":/samples/inf-tech-indosat.json"));
        m_clean = m_dir.filePath(QStringLiteral("clean.chiptrail"));
        CaseStore::createFrom(m_clean, m_sample);
        QVERIFY(rowsIn(m_clean, "note_claim") > 100);
    }

    void aSchemaChipTrailDidNotMakeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("trigger wiping the claims")
            << QByteArray("CREATE TRIGGER wipe AFTER INSERT ON node_position BEGIN DELETE FROM note_claim; END;")
            << QStringLiteral("the file holds a trigger \u201cwipe\u201d that ChipTrail did not make");
        QTest::newRow("view") << QByteArray("CREATE VIEW everything AS SELECT * FROM party;")
                              << QStringLiteral("the file holds a view \u201ceverything\u201d that ChipTrail did not make");
        QTest::newRow("index") << QByteArray("CREATE INDEX party_name ON party(name);")
                               << QStringLiteral("the file holds an index \u201cparty_name\u201d that ChipTrail did not make");
        QTest::newRow("table") << QByteArray("CREATE TABLE payload(x);")
                               << QStringLiteral("the file holds a table \u201cpayload\u201d that ChipTrail did not make");
        QTest::newRow("table replaced by an endless view")
            << QByteArray("DROP TABLE note_claim; CREATE VIEW note_claim(note_id, position, subject_kind, subject_id, "
                          "attribute) AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                          "SELECT x, x, 'party', 1, '' FROM n;")
            << QStringLiteral("\u201cnote_claim\u201d is a view in the file, where ChipTrail makes a table");
        QTest::newRow("altered table") << QByteArray("ALTER TABLE party ADD COLUMN payload TEXT;")
                                       << QStringLiteral("the definition of the table \u201cparty\u201d is not the one ChipTrail made");
        QTest::newRow("trigger with a name that forges lines")
            << QByteArray("CREATE TRIGGER \"x\nchiptrail: all fine\" AFTER INSERT ON party BEGIN SELECT 1; END;")
            << QStringLiteral("the file holds a trigger \u201cx\\nchiptrail: all fine\u201d that ChipTrail did not make");
    }
    void aSchemaChipTrailDidNotMakeIsRefused()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, expected);
        const QString path = sampleCopy(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        tamper(path, sql.constData());
        const QByteArray before = testing::fileHash(path);
        const QStringList filesBefore = listing(QFileInfo(path).path());
        for (const auto access : {CaseStore::Access::ReadOnly, CaseStore::Access::ReadWrite}) {
            QElapsedTimer clock;
            clock.start();
            const QString message = openError(path, access);
            QVERIFY2(message.startsWith(path + QStringLiteral(": ") + expected), qPrintable(message));
            QVERIFY2(message.endsWith(QStringLiteral("it was not opened. Use File \u2192 Recover Data or "
                                                     "`chiptrail-cli recover`")),
                     qPrintable(message));
            QVERIFY(!message.contains(QLatin1Char('\n')));
            QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        }
        QCOMPARE(testing::fileHash(path), before);
        QCOMPARE(listing(QFileInfo(path).path()), filesBefore);
    }

    void theWipingTriggerWipesNothing()
    {
        // The attack of issue 16: storing positions on open fired the trigger. Now nothing opens.
        const QString path = sampleCopy(QStringLiteral("wipe"));
        const qint64 claims = rowsIn(path, "note_claim");
        tamper(path, "CREATE TRIGGER wipe AFTER INSERT ON node_position BEGIN DELETE FROM note_claim; END;");
        QVERIFY_THROWS_EXCEPTION(CaseError, CaseStore::open(path)->setNodePositions({}));
        QCOMPARE(rowsIn(path, "note_claim"), claims);
    }

    void anOldFileWithAForeignSchemaIsRefusedBeforeItIsUpgraded()
    {
        // A version 1 file: the check runs against version 1's schema, before any migration
        // writes to it, so even the writable open leaves it byte for byte as it was.
        QDir(m_dir.path()).mkpath(QStringLiteral("old"));
        const QString path = m_dir.filePath(QStringLiteral("old/case.chiptrail"));
        tamper(path, QByteArray(QByteArray("PRAGMA application_id=") + QByteArray::number(schema::applicationId) + ";"
                                + schema::migrations()[0] + "PRAGMA user_version=1;"
                                + "CREATE TRIGGER wipe AFTER INSERT ON party BEGIN DELETE FROM note; END;")
                         .constData());
        const QByteArray before = testing::fileHash(path);
        for (const auto access : {CaseStore::Access::ReadOnly, CaseStore::Access::ReadWrite})
            QVERIFY(openError(path, access).contains(QStringLiteral("trigger \u201cwipe\u201d")));
        QCOMPARE(testing::fileHash(path), before);
    }

    void ownFilesOpenAtEveryVersion()
    {
        // The reference schema is what the migrations make: a file of each version opens.
        for (int version = 1; version <= schema::currentVersion(); ++version) {
            const QString path = m_dir.filePath(QStringLiteral("v%1.chiptrail").arg(version));
            QByteArray sql = "PRAGMA application_id=" + QByteArray::number(schema::applicationId) + ";";
            for (int step = 0; step < version; ++step)
                sql += QByteArray(schema::migrations()[size_t(step)])
                           .replace("chiptrail_fold(", "(")
                           .replace("chiptrail_stems(", "coalesce(");
            sql += "PRAGMA user_version=" + QByteArray::number(version) + ";";
            tamper(path, sql.constData());
            QVERIFY2(openError(path, CaseStore::Access::ReadOnly).isEmpty(), qPrintable(openError(path, CaseStore::Access::ReadOnly)));
            QVERIFY2(openError(path, CaseStore::Access::ReadWrite).isEmpty(), qPrintable(openError(path, CaseStore::Access::ReadWrite)));
        }
    }

    void triggersAndViewsAreOffOnEveryConnection()
    {
        // The second wall: were a trigger or view to get past the schema check, neither runs.
        const QString path = m_dir.filePath(QStringLiteral("wall.sqlite"));
        tamper(path, "CREATE TABLE t(x); CREATE TABLE log(x); "
                     "CREATE TRIGGER t_log AFTER INSERT ON t BEGIN INSERT INTO log VALUES (new.x); END; "
                     "CREATE VIEW v AS SELECT x FROM t;");
        sqlite3 *handle = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &handle);
        sql::Connection db(handle);
        sql::harden(db, path);
        db.exec("INSERT INTO t VALUES (1)");
        QCOMPARE(rowsIn(path, "t"), 1);
        QCOMPARE(rowsIn(path, "log"), 0);
        QVERIFY_THROWS_EXCEPTION(CaseError, db.exec("SELECT * FROM v"));
    }

    void aStatementThatRunsTooLongIsStopped()
    {
        sql::setStatementTimeBudget(std::chrono::seconds(1));
        const auto restore = qScopeGuard([] { sql::setStatementTimeBudget(std::chrono::seconds(10)); });
        sql::Connection db = sql::openCaseFile(m_clean, sql::OpenIntent::ReadOnly);
        QElapsedTimer clock;
        clock.start();
        try {
            sql::Statement endless(db, "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                                       "SELECT count(*) FROM n");
            endless.step();
            QFAIL("an endless query ran to its end");
        } catch (const CaseError &error) {
            QCOMPARE(error.message(), m_clean + QStringLiteral(": reading the file took longer than 1 s and was "
                                                               "stopped; the file may be hostile"));
        }
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
    }

    void thingsThatAreNotFilesAreRefusedAtOnce()
    {
        const QString pipe = m_dir.filePath(QStringLiteral("pipe.chiptrail"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(openError(pipe, CaseStore::Access::ReadOnly),
                 pipe + QStringLiteral(": is not a regular file (a pipe, a device or a socket); it was not read"));
        // Opened for editing too (as the window does): the campaign found a pipe blocking it for ever.
        QCOMPARE(openError(pipe, CaseStore::Access::ReadWrite),
                 pipe + QStringLiteral(": is not a regular file (a pipe, a device or a socket); it was not read"));
        QCOMPARE(openError(QStringLiteral("/dev/zero"), CaseStore::Access::ReadOnly),
                 QStringLiteral("/dev/zero: is not a regular file (a pipe, a device or a socket); it was not read"));
        QCOMPARE(openError(m_dir.path(), CaseStore::Access::ReadWrite),
                 m_dir.path() + QStringLiteral(": is a folder, not a case file"));
        QVERIFY(clock.elapsed() < 1000);
    }

    void aFileLeftByACrashIsReadThroughAPrivateCopy()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("crashed"));
        const QString path = m_dir.filePath(QStringLiteral("crashed/case.chiptrail"));
        QVERIFY(testing::copyAsCrashedMidEdit(m_clean, path));
        QVERIFY(testing::fileHash(path) != testing::fileHash(m_clean)); // the edit reached the file
        const QByteArray before = testing::fileHash(path);
        const QByteArray journal = testing::fileHash(path + QStringLiteral("-journal"));
        const QStringList filesBefore = listing(QFileInfo(path).path());
        QCOMPARE(filesBefore, QStringList({QStringLiteral("case.chiptrail"), QStringLiteral("case.chiptrail-journal")}));

        const CaseData clean = CaseStore::open(m_clean, CaseStore::Access::ReadOnly)->load();
        QCOMPARE(CaseStore::open(path, CaseStore::Access::ReadOnly)->load(), clean);
        QCOMPARE(testing::fileHash(path), before);
        QCOMPARE(testing::fileHash(path + QStringLiteral("-journal")), journal);
        QCOMPARE(listing(QFileInfo(path).path()), filesBefore);

        // Opened for editing, SQLite rolls the interrupted edit back in place, as always.
        QCOMPARE(CaseStore::open(path)->load(), clean);
        QCOMPARE(listing(QFileInfo(path).path()), QStringList{QStringLiteral("case.chiptrail")});
    }

    void readingAFileInWalModeLeavesNothingBesideIt()
    {
        const QString path = sampleCopy(QStringLiteral("wal"));
        tamper(path, "PRAGMA journal_mode=WAL;");
        const QStringList filesBefore = listing(QFileInfo(path).path());
        QCOMPARE(filesBefore, QStringList{QStringLiteral("case.chiptrail")});
        const QByteArray before = testing::fileHash(path);
        QCOMPARE(CaseStore::open(path, CaseStore::Access::ReadOnly)->counts().notes, m_sample.notes.size());
        QCOMPARE(listing(QFileInfo(path).path()), filesBefore);
        QCOMPARE(testing::fileHash(path), before);
    }

    void aJournalThatNamesAnotherFileIsRefused()
    {
        // A journal can name a "super-journal", which SQLite reads and may delete while rolling
        // back. ChipTrail never writes one; a file that comes with one is not opened.
        QDir(m_dir.path()).mkpath(QStringLiteral("super"));
        const QString path = m_dir.filePath(QStringLiteral("super/case.chiptrail"));
        QVERIFY(testing::copyAsCrashedMidEdit(m_clean, path));
        const QString victim = m_dir.filePath(QStringLiteral("super/victim.txt"));
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
        file.close();
        QFile journal(path + QStringLiteral("-journal"));
        QVERIFY(journal.open(QIODevice::Append));
        const QByteArray name = QFile::encodeName(victim);
        QByteArray record = QByteArray(4, '\0') + name;
        quint32 sum = 0;
        for (const char c : name)
            sum += quint8(c);
        for (const quint32 n : {quint32(name.size()), sum})
            for (const int shift : {24, 16, 8, 0})
                record += char(n >> shift);
        record += QByteArray("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
        journal.write(record);
        journal.close();
        const QByteArray before = testing::fileHash(path);
        for (const auto access : {CaseStore::Access::ReadOnly, CaseStore::Access::ReadWrite})
            QVERIFY(openError(path, access).contains(QStringLiteral("names another file")));
        QVERIFY(QFile::exists(victim));
        QCOMPARE(testing::fileHash(path), before);
    }

    void whatLiesBesideTheFileMustBeAPlainFile()
    {
        const QString path = sampleCopy(QStringLiteral("journal-pipe"));
        const QString journal = path + QStringLiteral("-journal");
        QCOMPARE(::mkfifo(QFile::encodeName(journal).constData(), 0600), 0);
        QElapsedTimer clock;
        clock.start();
        for (const auto access : {CaseStore::Access::ReadOnly, CaseStore::Access::ReadWrite})
            QCOMPARE(openError(path, access), path + QStringLiteral(": beside the case file lies ") + journal
                                                  + QStringLiteral(", which is not a plain file; it was not opened"));
        QVERIFY(clock.elapsed() < 1000);
    }

    void aValueSqliteDoesNotTakeIsAnErrorNamingIt()
    {
        // Binding is checked: over SQLite's length limit (64 MiB here) a value is refused with
        // the parameter it was for, never stored empty.
        sql::Connection db = sql::openCaseFile(m_clean, sql::OpenIntent::ReadOnly);
        sql::Statement select(db, "SELECT length(?1)");
        try {
            select.bind(1, QString(65 * 1024 * 1024, QLatin1Char('x')));
            QFAIL("a 65 MiB value was bound");
        } catch (const CaseError &error) {
            QCOMPARE(error.message(), QStringLiteral("?1: the value is %1 MB long; a case file holds at most %2 MB in one value")
                                          .arg(QLocale().toString(65.0, 'f', 1), QLocale().toString(64.0, 'f', 0)));
        }
    }

    void aDamagedSearchIndexIsRebuiltOnOpen_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("index pages deleted") << QByteArray("DELETE FROM source_search_data WHERE id > 10;");
        QTest::newRow("index pages garbled") << QByteArray("UPDATE note_search_data SET block = x'00ff00ff00ff' WHERE id > 10;");
        QTest::newRow("bogus note row")
            << QByteArray("INSERT INTO note_search(rowid, body, folded, stems) VALUES (99999, 'bogus', 'bogus', 'bogus');");
        QTest::newRow("source row missing")
            << QByteArray("DELETE FROM source_search WHERE rowid = (SELECT min(id) FROM source);");
        QTest::newRow("note text replaced")
            << QByteArray("UPDATE note_search SET body = 'Lorem ipsum' WHERE rowid = (SELECT min(id) FROM note);");
        QTest::newRow("index out of step with its rows")
            << QByteArray("UPDATE source_search_content SET c2 = 'nothing here' WHERE id = (SELECT min(id) FROM source);");
    }
    void aDamagedSearchIndexIsRebuiltOnOpen()
    {
        QFETCH(QByteArray, sql);
        const QString path = sampleCopy(QStringLiteral("fts-") + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        tamper(path, sql.constData());
        const QByteArray sources = tableBytes(path, "source"), notes = tableBytes(path, "note");
        QVERIFY(!sources.isEmpty() && !notes.isEmpty());

        // Read-only: the case reads as usual, the damage is named, and the file stays as it was.
        const QByteArray before = testing::fileHash(path);
        const QStringList filesBefore = listing(QFileInfo(path).path());
        {
            const auto store = CaseStore::open(path, CaseStore::Access::ReadOnly);
            QCOMPARE(store->load(), CaseStore::open(m_clean, CaseStore::Access::ReadOnly)->load());
            QVERIFY2(store->searchIndexWarning().startsWith(path + QStringLiteral(": the search index is damaged; open "
                                                                                   "the case in ChipTrail to rebuild it (")),
                     qPrintable(store->searchIndexWarning()));
            QVERIFY(!store->searchIndexWarning().contains(QLatin1Char('\n')));
            QVERIFY(store->repairedOnOpen().isEmpty());
        }
        QCOMPARE(testing::fileHash(path), before);
        QCOMPARE(listing(QFileInfo(path).path()), filesBefore);

        // Read-write: rebuilt from the rows, said once, and searching finds what the clean case finds.
        {
            const auto store = CaseStore::open(path);
            QVERIFY2(store->repairedOnOpen().startsWith(path + QStringLiteral(": the search index was damaged and has "
                                                                               "been rebuilt from the sources and notes")),
                     qPrintable(store->repairedOnOpen()));
            QVERIFY(store->searchIndexWarning().isEmpty());
            const auto clean = CaseStore::open(m_clean, CaseStore::Access::ReadOnly);
            for (const QString &word : {QStringLiteral("Indosat"), QStringLiteral("Jakarta"), QStringLiteral("GB200"),
                                        QStringLiteral("bogus"), QStringLiteral("Lorem")}) {
                const QList<SearchHit> hits = store->search(word);
                QCOMPARE(hits, clean->search(word));
            }
            const auto kinds = [&](const QString &word) {
                QSet<SearchHit::Kind> found;
                for (const SearchHit &hit : store->search(word))
                    found.insert(hit.kind);
                return found;
            };
            QVERIFY(kinds(QStringLiteral("Indosat")).contains(SearchHit::Kind::Source));
            QVERIFY(kinds(QStringLiteral("Indosat")).contains(SearchHit::Kind::Note));
        }
        QCOMPARE(tableBytes(path, "source"), sources);
        QCOMPARE(tableBytes(path, "note"), notes);
        QCOMPARE(listing(QFileInfo(path).path()), QStringList{QStringLiteral("case.chiptrail")});
        // Once rebuilt, the index passes both checks: nothing more is said.
        QVERIFY(CaseStore::open(path)->repairedOnOpen().isEmpty());
        QVERIFY(CaseStore::open(path, CaseStore::Access::ReadOnly)->searchIndexWarning().isEmpty());
    }

    void aDamagedSearchIndexIsNotRebuiltInACaseThatCannotBeRead()
    {
        // The index needs a rebuild, and a party's description holds bytes that are not UTF-8:
        // opened for editing, the case is refused before the rebuild writes anything.
        const QString path = sampleCopy(QStringLiteral("fts-and-not-utf8"));
        tamper(path, "DELETE FROM source_search WHERE rowid = (SELECT min(id) FROM source);"
                     "UPDATE party SET description = CAST(X'506cff6365686f6c646572' AS TEXT) WHERE id = 1;");
        const QByteArray before = testing::fileHash(path);
        const QString error = openError(path, CaseStore::Access::ReadWrite);
        QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(": party.description: "))
                     && error.endsWith(QStringLiteral("cannot be read as written; it was not opened")),
                 qPrintable(error));
        QCOMPARE(testing::fileHash(path), before);
    }

    void aSoundSearchIndexIsLeftAlone()
    {
        const QString path = sampleCopy(QStringLiteral("fts-sound"));
        const QByteArray before = testing::fileHash(path);
        QVERIFY(CaseStore::open(path)->repairedOnOpen().isEmpty());
        QVERIFY(CaseStore::open(path, CaseStore::Access::ReadOnly)->searchIndexWarning().isEmpty());
        QCOMPARE(testing::fileHash(path), before);
    }

    void recoverCopiesTheRowsOfARefusedFile()
    {
        const QString in = sampleCopy(QStringLiteral("recover-in"));
        tamper(in, "CREATE TRIGGER wipe AFTER INSERT ON node_position BEGIN DELETE FROM note_claim; END;");
        const QByteArray before = testing::fileHash(in);
        const QStringList filesBefore = listing(QFileInfo(in).path());
        const QString out = m_dir.filePath(QStringLiteral("recovered.chiptrail"));

        const RecoveryReport report = recoverCase(in, out);
        QCOMPARE(report.skipped(), 0);
        QCOMPARE(report.tables.value(QStringLiteral("note_claim")).copied, int(rowsIn(m_clean, "note_claim")));
        QCOMPARE(testing::fileHash(in), before);
        QCOMPARE(listing(QFileInfo(in).path()), filesBefore);

        const auto recovered = CaseStore::open(out);
        QCOMPARE(recovered->load(), CaseStore::open(m_clean, CaseStore::Access::ReadOnly)->load());
        QCOMPARE(rowsIn(out, "sqlite_schema WHERE type = 'trigger'"), 0);
        // The search index was built again from the rows.
        QVERIFY(!recovered->search(QStringLiteral("Indosat")).isEmpty());
        // Storing positions (what the window does on open) leaves the claims alone.
        const qint64 claims = rowsIn(out, "note_claim");
        recovered->setNodePositions({{m_sample.parties.first().id, QPointF(1, 2), false}});
        QCOMPARE(rowsIn(out, "note_claim"), claims);
    }

    void recoverSkipsRowsThatBreakTheRulesAndSaysSo()
    {
        // A table replaced by an endless view, a claim about a party that is not there, a note
        // whose excerpt is not in its source, a party with a text where a number belongs.
        const QString in = sampleCopy(QStringLiteral("recover-broken"));
        tamper(in, "PRAGMA foreign_keys=OFF;"
                   "DROP TABLE screening_decision;"
                   "CREATE VIEW screening_decision AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                   "SELECT x AS party_id, '' AS entry_id, '' AS list_name, 0 AS is_match, '' AS reason, '' AS decided_at FROM n;"
                   "INSERT INTO note_claim VALUES ((SELECT min(id) FROM note), 99, 'party', 4242, '');"
                   "UPDATE note SET excerpt = 'forged' WHERE id = (SELECT max(id) FROM note);"
                   "PRAGMA writable_schema=ON;"
                   "UPDATE sqlite_schema SET sql = replace(sql, 'incorporation_country TEXT', 'incorporation_country ANY') "
                   "WHERE name = 'party';");
        tamper(in, "UPDATE party SET incorporation_country = X'DEADBEEF' WHERE id = (SELECT min(id) FROM party)");
        const QByteArray before = testing::fileHash(in);
        const QString out = m_dir.filePath(QStringLiteral("recovered-broken.chiptrail"));
        QElapsedTimer clock;
        clock.start();
        const RecoveryReport report = recoverCase(in, out);
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(testing::fileHash(in), before);
        QVERIFY(report.tables.value(QStringLiteral("screening_decision")).missing);
        QVERIFY(report.tables.value(QStringLiteral("party")).skipped >= 1);
        QVERIFY(report.tables.value(QStringLiteral("note")).skipped >= 1);
        QVERIFY(report.tables.value(QStringLiteral("note_claim")).skipped >= 1);
        QVERIFY(!report.problems.isEmpty());
        const auto recovered = CaseStore::open(out);
        QVERIFY(recovered->integrityProblems().isEmpty());
        // The counts say what the new file holds.
        QCOMPARE(recovered->parties().size(), report.tables.value(QStringLiteral("party")).copied);
        QCOMPARE(recovered->parties().size(), m_sample.parties.size() - report.tables.value(QStringLiteral("party")).skipped);
        QCOMPARE(recovered->notes().size(), report.tables.value(QStringLiteral("note")).copied);
        QCOMPARE(rowsIn(out, "note_claim"), report.tables.value(QStringLiteral("note_claim")).copied);
        QCOMPARE(rowsIn(out, "note_claim") + report.tables.value(QStringLiteral("note_claim")).skipped,
                 rowsIn(m_clean, "note_claim") + 1);
    }

    void recoverReadsACrashedFileAsItWasLastSaved()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("crashed-recover"));
        const QString in = m_dir.filePath(QStringLiteral("crashed-recover/case.chiptrail"));
        QVERIFY(testing::copyAsCrashedMidEdit(m_clean, in));
        const QStringList filesBefore = listing(QFileInfo(in).path());
        const QByteArray before = testing::fileHash(in);
        const QString out = m_dir.filePath(QStringLiteral("crashed-recovered.chiptrail"));
        QCOMPARE(recoverCase(in, out).skipped(), 0);
        QCOMPARE(CaseStore::open(out)->load(), CaseStore::open(m_clean, CaseStore::Access::ReadOnly)->load());
        QCOMPARE(testing::fileHash(in), before);
        QCOMPARE(listing(QFileInfo(in).path()), filesBefore);
    }

    void recoverSavesWhatADamagedFileStillHolds()
    {
        // Pages in the middle of the file overwritten: the file is refused as damaged; recovery
        // gives a sound case file of what can still be read, and leaves the damaged one alone.
        const QString in = sampleCopy(QStringLiteral("damaged"));
        QFile file(in);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        file.seek(size / 2);
        file.write(QByteArray(int(size / 5), '\x55'));
        file.close();
        QVERIFY(openError(in, CaseStore::Access::ReadOnly).contains(QStringLiteral("damaged")));
        const QByteArray before = testing::fileHash(in);
        const QString out = m_dir.filePath(QStringLiteral("damaged-recovered.chiptrail"));
        const RecoveryReport report = recoverCase(in, out);
        QVERIFY(report.copied() > 0);
        QCOMPARE(testing::fileHash(in), before);
        const auto recovered = CaseStore::open(out, CaseStore::Access::ReadOnly);
        QVERIFY(recovered->integrityProblems().isEmpty());
        QVERIFY(recovered->counts().parties + recovered->counts().sources > 0);
    }

    void anIndexThatDisagreesWithItsTableIsRefused()
    {
        // The page of an empty index copied over the sites' index: every page is sound on its
        // own, so quick_check passes, but the sites read through their index would be none.
        const QString path = sampleCopy(QStringLiteral("index-page"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        auto number = [db](const char *sql) {
            sqlite3_stmt *statement = nullptr;
            sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
            const qint64 value = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1;
            sqlite3_finalize(statement);
            return value;
        };
        const qint64 pageSize = number("PRAGMA page_size");
        const qint64 sites = number("SELECT rootpage FROM sqlite_schema WHERE name = 'sqlite_autoindex_site_1'");
        const qint64 empty = number("SELECT rootpage FROM sqlite_schema WHERE name = 'sqlite_autoindex_screening_decision_1'");
        QVERIFY(number("SELECT count(*) FROM site") > 0);
        QCOMPARE(number("SELECT count(*) FROM screening_decision"), 0);
        sqlite3_close(db);
        QVERIFY(pageSize > 0 && sites > 1 && empty > 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((empty - 1) * pageSize));
        const QByteArray emptyPage = file.read(pageSize);
        QVERIFY(file.seek((sites - 1) * pageSize));
        QCOMPARE(file.write(emptyPage), pageSize);
        file.close();

        QCOMPARE(rowsIn(path, "site NOT INDEXED"), 3); // the table still holds them
        QCOMPARE(rowsIn(path, "site"), 0);              // counted through the index: none
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt *quick = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &quick, nullptr);
        QCOMPARE(sqlite3_step(quick), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(quick, 0))), QByteArray("ok"));
        sqlite3_finalize(quick);
        sqlite3_close(db);

        const QByteArray before = testing::fileHash(path);
        for (const auto access : {CaseStore::Access::ReadOnly, CaseStore::Access::ReadWrite}) {
            const QString error = openError(path, access);
            QVERIFY2(error.contains(QStringLiteral("damaged")) && error.contains(QStringLiteral("sqlite_autoindex_site_1")),
                     qPrintable(error));
        }
        QCOMPARE(testing::fileHash(path), before);
    }

    void recoverStopsWhenCancelled()
    {
        const QString in = sampleCopy(QStringLiteral("cancel"));
        tamper(in, "CREATE TRIGGER wipe AFTER INSERT ON node_position BEGIN DELETE FROM note_claim; END;");
        const QByteArray before = testing::fileHash(in);
        const QString folder = QFileInfo(in).path();
        const QString out = QDir(folder).filePath(QStringLiteral("saved.chiptrail"));
        // Asked before each table and between rows: stopped at once, after the third table, or
        // at the last question (after every table, before the copy is committed).
        int questions = 0;
        const RecoveryReport full = recoverCase(in, QDir(folder).filePath(QStringLiteral("full.chiptrail")),
                                                [&questions](int, int) { return ++questions > 0; });
        QVERIFY(!full.cancelled);
        QVERIFY(full.copied() > 200);
        QVERIFY(QFile::remove(QDir(folder).filePath(QStringLiteral("full.chiptrail"))));
        for (const int stopAt : {1, 3, questions}) {
            int asked = 0;
            int lastDone = -1, tables = 0;
            const RecoveryReport report = recoverCase(in, out, [&](int done, int all) {
                lastDone = done;
                tables = all;
                return ++asked < stopAt;
            });
            QVERIFY(report.cancelled);
            QCOMPARE(asked, stopAt);
            QVERIFY(lastDone >= 0 && lastDone <= tables);
            QVERIFY(!QFileInfo::exists(out));
            QVERIFY(!QFileInfo::exists(out + QStringLiteral(".partial")));
            QCOMPARE(listing(folder), QStringList{QStringLiteral("case.chiptrail")});
            QCOMPARE(testing::fileHash(in), before);
        }
    }

    void aTextLongerThanChipTrailTakesIsRefusedAndRecoveredCut()
    {
        // One long name froze the window: a file holding one is refused, named by column and row,
        // and left as it was; Recover Data copies the name cut to the limit and says so.
        const QString in = sampleCopy(QStringLiteral("overlong"));
        tamper(in, QByteArray("UPDATE party SET name = '" + QByteArray(10001, 'N') + "' WHERE id = 2;").constData());
        const QByteArray before = testing::fileHash(in);
        const QString expected = in + QStringLiteral(": party.name of row 2 is 10,001 characters long; ChipTrail takes at most "
                                                     "10,000 there; it was not opened. Use File → Recover Data or "
                                                     "`chiptrail-cli recover`");
        QCOMPARE(openError(in, CaseStore::Access::ReadOnly), expected);
        QCOMPARE(openError(in, CaseStore::Access::ReadWrite), expected);
        QCOMPARE(testing::fileHash(in), before);
        // A title is short too, though case_info also holds the long description.
        const QString titled = sampleCopy(QStringLiteral("overlong-title"));
        tamper(titled, QByteArray("UPDATE case_info SET value = '" + QByteArray(10001, 'T') + "' WHERE name = 'title';").constData());
        QVERIFY2(openError(titled, CaseStore::Access::ReadOnly).contains(QStringLiteral("case_info.title of row")),
                 qPrintable(openError(titled, CaseStore::Access::ReadOnly)));

        const QString out = QDir(QFileInfo(in).path()).filePath(QStringLiteral("saved.chiptrail"));
        const RecoveryReport report = recoverCase(in, out);
        QCOMPARE(report.skipped(), 0);
        QCOMPARE(report.repaired(), 1);
        QCOMPARE(report.problems, QStringList{QStringLiteral("party.name: a text of 10,001 characters was cut to the 10,000 "
                                                             "ChipTrail takes there")});
        const CaseData saved = CaseStore::open(out, CaseStore::Access::ReadOnly)->load();
        QCOMPARE(saved.parties.size(), m_sample.parties.size());
        QCOMPARE(saved.parties.at(1).name, QString(10000, u'N'));
        QCOMPARE(testing::fileHash(in), before);
    }

    void textIsReadAsWrittenOrNotAtAll()
    {
        // Two byte-order marks in front of a name are two characters of it (Qt's fromUtf8 dropped one).
        const QString boms = sampleCopy(QStringLiteral("boms"));
        tamper(boms, "UPDATE party SET name = CAST(X'efbbbfefbbbf416976726573' AS TEXT) WHERE id = 1;");
        QCOMPARE(CaseStore::open(boms, CaseStore::Access::ReadOnly)->load().parties.first().name,
                 QStringLiteral("\uFEFF\uFEFFAivres"));
        // Bytes that are not UTF-8 are not read as U+FFFD without a word: reading says which field.
        const QString broken = sampleCopy(QStringLiteral("not-utf8"));
        tamper(broken, "UPDATE party SET name = CAST(X'496e73707572ff' AS TEXT) WHERE id = 1;");
        const QByteArray before = testing::fileHash(broken);
        try {
            CaseStore::open(broken, CaseStore::Access::ReadOnly)->load();
            QFAIL("a name that is not UTF-8 was read");
        } catch (const CaseError &error) {
            QCOMPARE(error.message(), QDir::toNativeSeparators(broken)
                                          + QStringLiteral(": party.name: \u201cInspur\uFFFD\u201d holds bytes that are not "
                                                           "UTF-8, so it cannot be read as written"));
        }
        // Recover Data saves the rest of the name, and says what it put in place of the bytes.
        const QString out = QDir(QFileInfo(broken).path()).filePath(QStringLiteral("saved.chiptrail"));
        const RecoveryReport report = recoverCase(broken, out);
        QCOMPARE(report.repaired(), 1);
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(CaseStore::open(out, CaseStore::Access::ReadOnly)->load().parties.first().name, QStringLiteral("Inspur\uFFFD"));
        QCOMPARE(testing::fileHash(broken), before);
    }

    void aDamagedJournalIsNotPlayedBackIntoTheFile()
    {
        // Found by the hostile-file campaign: opened for editing, a file beside a damaged journal
        // had the journal played back into it and was refused afterwards — damaged for good. Now
        // the result is read in a private copy first; the file and its journal stay as they were.
        const QString folder = QFileInfo(sampleCopy(QStringLiteral("bad-journal"))).path();
        const QString path = QDir(folder).filePath(QStringLiteral("crashed.chiptrail"));
        QVERIFY(testing::copyAsCrashedMidEdit(m_clean, path));
        QFile::remove(QDir(folder).filePath(QStringLiteral("case.chiptrail")));
        const QString journal = path + QStringLiteral("-journal");
        {
            QFile file(journal);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 middle = file.size() / 2;
            file.seek(middle);
            const QByteArray garbled(int(std::min<qint64>(8192, file.size() - middle)), '\xA5');
            file.write(garbled);
        }
        const QByteArray before = testing::fileHash(path), journalBefore = testing::fileHash(journal);
        const QString message = openError(path, CaseStore::Access::ReadWrite);
        QVERIFY2(message.startsWith(path + QStringLiteral(": holds an interrupted edit that cannot be finished (")), qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("); it was not opened, and nothing was written")), qPrintable(message));
        QCOMPARE(testing::fileHash(path), before);
        QCOMPARE(testing::fileHash(journal), journalBefore);
        // An undamaged journal is still rolled back in place: the case as it was last saved.
        const QString sound = QDir(folder).filePath(QStringLiteral("sound.chiptrail"));
        QVERIFY(testing::copyAsCrashedMidEdit(m_clean, sound));
        QCOMPARE(CaseStore::open(sound, CaseStore::Access::ReadWrite)->load(), CaseStore::open(m_clean, CaseStore::Access::ReadOnly)->load());
    }

    void aRefusedRepairWritesNothing()
    {
        // The search index damaged past rebuilding: opening for editing is refused, and the file is
        // byte for byte as it was (the failed repair used to commit an empty transaction, which
        // moved the change counter in the file's header).
        const QString path = sampleCopy(QStringLiteral("index-past-repair"));
        tamper(path, "UPDATE note_search_config SET v = 99 WHERE k = 'version';");
        const QByteArray before = testing::fileHash(path);
        const QString message = openError(path, CaseStore::Access::ReadWrite);
        QVERIFY2(message.contains(QStringLiteral("could not be rebuilt")), qPrintable(message));
        QCOMPARE(testing::fileHash(path), before);
    }

    void recoverNeverOverwrites()
    {
        const QString out = m_dir.filePath(QStringLiteral("precious.chiptrail"));
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine");
        file.close();
        QVERIFY_THROWS_EXCEPTION(CaseError, recoverCase(m_clean, out));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("mine"));
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "test_hostilefiles.moc"
