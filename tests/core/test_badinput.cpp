// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of bad input a new user can hand us: one clear message, no crash, no file changed.
#include "error.h"
#include "interchange/casejson.h"
#include "model/limits.h"
#include "store/casestore.h"
#include "testcases.h"

#include <QLocale>
#include <QTemporaryDir>
#include <sqlite3.h>
#include <QTest>

using namespace chiptrail;

class TestBadInput : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static QString openError(const QString &path)
    {
        try {
            CaseStore::open(path);
        } catch (const CaseError &error) {
            return error.message();
        }
        return {};
    }

    static QString importError(const QByteArray &json)
    {
        try {
            readCaseJson(json, QStringLiteral("case.json"));
        } catch (const CaseError &error) {
            return error.message();
        }
        return {};
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    QByteArray validCaseJson() { return writeCaseJson(testing::oneOfEverything()); }

private Q_SLOTS:
    void missingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("nowhere.chiptrail"));
        QCOMPARE(openError(path), path + QStringLiteral(": no such file"));
        QVERIFY(!QFile::exists(path));
    }

    void fileThatIsNotSqlite()
    {
        const QString path = writeFile(QStringLiteral("notes.chiptrail"), QByteArray(4096, 'x'));
        const QByteArray before = testing::fileHash(path);
        QVERIFY(openError(path).contains(QStringLiteral("not a ChipTrail case file")));
        QCOMPARE(testing::fileHash(path), before);
    }

    void emptyFile()
    {
        const QString path = writeFile(QStringLiteral("empty.chiptrail"), {});
        QVERIFY(openError(path).contains(QStringLiteral("not a ChipTrail case file")));
    }

    void sqliteFileOfAnotherProgram()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            sqlite3 *db = nullptr;
            sqlite3_open(QFile::encodeName(path).constData(), &db);
            sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr);
            sqlite3_close(db);
        }
        const QByteArray before = testing::fileHash(path);
        QVERIFY(openError(path).contains(QStringLiteral("made by another program")));
        QCOMPARE(testing::fileHash(path), before);
    }

    void truncatedCaseFile_data()
    {
        QTest::addColumn<int>("keptBytes");
        QTest::newRow("half a page") << 2048;
        QTest::newRow("odd length") << 10000;
        QTest::newRow("first page only") << 4096;
    }
    void truncatedCaseFile()
    {
        QFETCH(int, keptBytes);
        const QString whole = m_dir.filePath(QStringLiteral("whole-%1.chiptrail").arg(keptBytes));
        CaseStore::createFrom(whole, testing::oneOfEverything());
        QFile source(whole);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        QVERIFY(bytes.size() > keptBytes);
        const QString path = writeFile(QStringLiteral("truncated-%1.chiptrail").arg(keptBytes), bytes.left(keptBytes));
        const QByteArray before = testing::fileHash(path);
        const QString message = openError(path);
        QVERIFY2(message.startsWith(path + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("damaged")) || message.contains(QStringLiteral("malformed")),
                 qPrintable(message));
        QCOMPARE(testing::fileHash(path), before);
    }

    void jsonThatIsNotJson()
    {
        QCOMPARE(importError("{\n  \"format\": \"chiptrail-case\",\n  oops\n}").left(18),
                 QStringLiteral("case.json: line 3:"));
    }

    void jsonWithAWrongType()
    {
        QByteArray json = validCaseJson();
        json.replace("\"quantity\": 32", "\"quantity\": \"32\"");
        QCOMPARE(importError(json), QStringLiteral("case.json: $.links[0].quantity: expected a number"));
    }

    void jsonWithADanglingReference()
    {
        QByteArray json = validCaseJson();
        json.replace("\"to\": \"tenant\"", "\"to\": \"tennant\"");
        QCOMPARE(importError(json), QStringLiteral("case.json: $.links[0].to: unknown party key \"tennant\""));
    }

    void jsonFromANewerProgram()
    {
        QByteArray json = validCaseJson();
        json.replace("\"format_version\": 1", "\"format_version\": 7");
        QVERIFY(importError(json).startsWith(QStringLiteral("case.json: $.format_version: format version 7")));
    }

    void jsonWithAnExcerptThatIsNotInItsSource()
    {
        QByteArray json = validCaseJson();
        json.replace("\"excerpt\": \"Die Firma verkaufte 3\"", "\"excerpt\": \"Die Firma kaufte 3\"");
        QVERIFY(importError(json).startsWith(QStringLiteral("case.json: $.notes[0].excerpt: does not match")));
    }

    void jsonWithUnknownWordsAndFields()
    {
        QByteArray json = validCaseJson();
        json.replace("\"kind\": \"sale\"", "\"kind\": \"gift\"");
        QCOMPARE(importError(json), QStringLiteral("case.json: $.links[0].kind: unknown value \"gift\""));
        json = validCaseJson();
        json.replace("\"key\": \"maker\",", "\"key\": \"maker\", \"colour\": \"red\",");
        QCOMPARE(importError(json), QStringLiteral("case.json: $.parties[0].colour: unknown field"));
    }

    void jsonWithALoneSurrogateNamesItsPath()
    {
        QByteArray json = validCaseJson();
        json.replace("\"name\": \"Maker Corp.\"", "\"name\": \"Maker \\ud800Corp.\"");
        QCOMPARE(importError(json), QStringLiteral("case.json: $.parties[0].name: holds a lone surrogate escape "
                                                   "(\\ud800), which is not a character"));
        json = validCaseJson();
        json.replace("\"name\": \"Maker Corp.\"", "\"name\": \"Maker \\udc00\"");
        QVERIFY(importError(json).startsWith(QStringLiteral("case.json: $.parties[0].name: holds a lone surrogate")));
        // A proper pair is a character.
        json = validCaseJson();
        json.replace("\"name\": \"Maker Corp.\"", "\"name\": \"Maker \\ud83d\\ude00\"");
        QCOMPARE(readCaseJson(json, QStringLiteral("x")).parties.at(0).name, QStringLiteral("Maker 😀"));
    }

    // 5,000 nested arrays around a bad byte: the message is one short line that still shows
    // where the path starts and ends (it listed every level: 20,000 characters).
    void deeplyNestedJsonGivesAShortPath()
    {
        const QByteArray json = "{\"parties\": " + QByteArray(5000, '[') + "[0, 1, \"\xC3(\"]";
        const QString error = importError(json);
        QVERIFY2(error.size() < 300, qPrintable(error.left(400)));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        // The object and 5,001 arrays: six steps at each end, 4,990 counted between.
        QVERIFY2(error.startsWith(QStringLiteral("case.json: $.parties[0][0][0][0][0]\u20264990 more levels\u2026"
                                                 "[0][0][0][0][0][2]: line 1: byte 0xc3")),
                 qPrintable(error));

        // Thirteen keys of forty control characters each, shown escaped: still a short line.
        QByteArray keys;
        for (int level = 0; level < 13; ++level)
            keys += "{\"" + QByteArray("\\u0001").repeated(40) + "\": ";
        const QString escaped = importError(keys + "\"\xC3(\"");
        QVERIFY2(escaped.size() < 600 && escaped.endsWith(QStringLiteral(": line 1: byte 0xc3 inside a text is not UTF-8 "
                                                                          "(save the file as UTF-8)")),
                 qPrintable(escaped));
    }

    // A key of attribute_confidence with a line break in it (found by a 10-minute libFuzzer
    // run): the message names it escaped, on one line.
    void aKeyWithALineBreakIsNamedOnOneLine()
    {
        QByteArray json = validCaseJson();
        json.replace("\"name\": \"Maker Corp.\"",
                     "\"name\": \"Maker Corp.\", \"attribute_confidence\": {\"headquarters\\ncountry\": \"rcported\"}");
        const QString error = importError(json);
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        QVERIFY2(error.startsWith(QStringLiteral("case.json: $.parties[0].attribute_confidence.headquarters\\ncountry: unknown value \"rcported\"")),
                 qPrintable(error));
    }

    void jsonThatIsNotUtf8NamesThePlace()
    {
        QByteArray json = validCaseJson();
        json.replace("Maker Corp.", "Maker \xC3(Corp.");
        const QString error = importError(json);
        QVERIFY2(error.startsWith(QStringLiteral("case.json: $.parties[0].name: line ")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("byte 0xc3")), qPrintable(error));
    }

    void byteOrderMarksAndTabsStayAsTheyAre()
    {
        // A source that begins with U+FEFF (as text copied from some files does) and a name with
        // a tab: through JSON, the case file and back, nothing dropped or replaced.
        CaseData data = testing::oneOfEverything();
        data.sources[0].text.prepend(QChar(0xFEFF));
        data.notes[0].start += 1;
        data.parties[0].name = QStringLiteral("Maker\tCorp.");
        const QByteArray json = QByteArray("\xEF\xBB\xBF") + writeCaseJson(data); // a BOM of the file itself
        const CaseData read = readCaseJson(json, QStringLiteral("x"));
        QCOMPARE(read.sources.at(0).text, data.sources.at(0).text);
        QCOMPARE(read.parties.at(0).name, data.parties.at(0).name);
        const QString path = m_dir.filePath(QStringLiteral("bom.chiptrail"));
        CaseStore::createFrom(path, read);
        const CaseData stored = CaseStore::open(path, CaseStore::Access::ReadOnly)->load();
        QCOMPARE(stored.sources.at(0).text, data.sources.at(0).text);
        QCOMPARE(stored.notes.at(0).excerpt, data.notes.at(0).excerpt);
        QCOMPARE(stored.parties.at(0).name, data.parties.at(0).name);
        QCOMPARE(readCaseJson(writeCaseJson(stored), QStringLiteral("y")).sources.at(0).text, data.sources.at(0).text);
    }

    void failedImportLeavesNoFile()
    {
        QByteArray json = validCaseJson();
        json.replace("\"to\": \"tenant\"", "\"to\": \"nobody\"");
        const QString target = m_dir.filePath(QStringLiteral("never.chiptrail"));
        QVERIFY_THROWS_EXCEPTION(CaseError, CaseStore::createFrom(target, readCaseJson(json, QStringLiteral("x"))));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));
    }

    void importNeverOverwritesAnExistingFile()
    {
        const QString target = writeFile(QStringLiteral("precious.chiptrail"), "my notes");
        QVERIFY_THROWS_EXCEPTION(CaseError, CaseStore::createFrom(target, testing::oneOfEverything()));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("my notes"));
    }

    void hostileSchemaIsRefusedBeforeItCanRun()
    {
        // A trigger that would load code the moment a party is added: the file is not opened at
        // all (the schema is the program's), and is left as it was.
        const QString path = m_dir.filePath(QStringLiteral("hostile.chiptrail"));
        CaseStore::createFrom(path, testing::oneOfEverything());
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        sqlite3_exec(db, "CREATE TRIGGER evil AFTER INSERT ON party BEGIN "
                         "SELECT load_extension('/tmp/evil.so'); END;",
                     nullptr, nullptr, nullptr);
        sqlite3_close(db);
        const QByteArray before = testing::fileHash(path);
        const QString message = openError(path);
        QVERIFY2(message.startsWith(path + QStringLiteral(": the file holds a trigger \u201cevil\u201d")),
                 qPrintable(message));
        QCOMPARE(testing::fileHash(path), before);
    }

    void textsOverTheirLimitAreRefusedNamingTheField()
    {
        // Import names the JSON path; an edit names the column. Nothing is stored either way.
        QByteArray json = validCaseJson();
        json.replace("\"name\": \"Maker Corp.\"", QByteArray("\"name\": \"" + QByteArray(limits::shortText + 1, 'M') + "\""));
        QCOMPARE(importError(json), QStringLiteral("case.json: $.parties[0].name: is %1 characters long; ChipTrail "
                                                   "takes at most %2 here")
                                        .arg(QLocale().toString(limits::shortText + 1), QLocale().toString(limits::shortText)));

        const QString path = m_dir.filePath(QStringLiteral("limits.chiptrail"));
        CaseStore::createFrom(path, testing::oneOfEverything());
        const auto store = CaseStore::open(path);
        const QByteArray before = testing::fileHash(path);
        Party party = store->parties().first();
        party.name = QString(limits::shortText + 1, QLatin1Char('M'));
        try {
            store->updateParty(party);
            QFAIL("a name over the limit was stored");
        } catch (const CaseError &error) {
            QCOMPARE(error.message(), QStringLiteral("party.name: the text is %1 characters long; ChipTrail takes at "
                                                     "most %2 there")
                                          .arg(QLocale().toString(limits::shortText + 1), QLocale().toString(limits::shortText)));
        }
        party.name = QString(limits::shortText, QLatin1Char('M')); // at the limit: stored
        store->updateParty(party);
        QCOMPARE(store->parties().first().name.size(), limits::shortText);

        Source source = store->sources().first();
        source.text += QString(10'000'000, QLatin1Char(' '));
        try {
            store->updateSource(source);
            QFAIL("an 11-million-character text was stored");
        } catch (const CaseError &error) {
            QVERIFY2(error.message().startsWith(QStringLiteral("source.text: the text is ")), qPrintable(error.message()));
        }
        QCOMPARE(store->sources().first().text, testing::oneOfEverything().sources.first().text);
        CaseInfo info = store->info();
        info.title = QString(limits::shortText + 1, QLatin1Char('T'));
        QVERIFY_THROWS_EXCEPTION(CaseError, store->setInfo(info));
        QCOMPARE(store->info().title, testing::oneOfEverything().info.title);
        QVERIFY(testing::fileHash(path) != before); // the name at the limit, and nothing else
    }

    void errorMessagesQuoteAShortEscapedExcerpt()
    {
        QByteArray json = validCaseJson();
        json.replace("\"kind\": \"sale\"", QByteArray("\"kind\": \"gift\\nchiptrail: all fine" + QByteArray(900, 'x') + "\""));
        const QString message = importError(json);
        QVERIFY2(message.startsWith(QStringLiteral("case.json: $.links[0].kind: unknown value \"gift\\nchiptrail: all fine")),
                 qPrintable(message.left(200)));
        QVERIFY(message.size() < 120);
        QVERIFY(!message.contains(QLatin1Char('\n')));
    }

    void placesNoCardCouldHaveAreLaidOutAgain()
    {
        // A stranger's file puts a party at 1e300, then at infinity: that party comes back
        // unplaced (it is laid out again); the plausible place is kept.
        const QString path = m_dir.filePath(QStringLiteral("far-away.chiptrail"));
        const CaseData data = testing::oneOfEverything();
        CaseStore::createFrom(path, data);
        CaseStore::open(path)->setNodePositions({{data.parties.at(0).id, QPointF(120, -40), true},
                                                 {data.parties.at(1).id, QPointF(1e300, 0), false}});
        const auto placesIn = [&path] { return CaseStore::open(path, CaseStore::Access::ReadOnly)->nodePositions(); };
        QCOMPARE(placesIn().size(), 1);
        QCOMPARE(placesIn().first().position, QPointF(120, -40));
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        QCOMPARE(sqlite3_exec(db, "UPDATE node_position SET x = 5, y = 9e999 WHERE x > 1e10", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        QCOMPARE(placesIn().size(), 1);
        QCOMPARE(placesIn().first().party, data.parties.at(0).id);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "test_badinput.moc"
