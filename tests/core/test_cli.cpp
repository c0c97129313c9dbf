// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "store/casestore.h"
#include "store/schema.h"
#include "../core/testcases.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace chiptrail;

namespace {

struct Result
{
    int exitCode;
    QString out;
    QString err;
};

Result runCli(const QStringList &arguments)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    const int code = cli::run(arguments, {outStream, errStream});
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void importThenInfoPrintsTheCounts()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.chiptrail"));
        const Result imported = runCli({QStringLiteral("import"), QStringLiteral("--sample"), path});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(imported.err.isEmpty());
        const Result info = runCli({QStringLiteral("info"), path});
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains(QStringLiteral("INF Tech / Indosat")));
        QVERIFY(info.out.contains(QStringLiteral("Parties:         12")));
        QVERIFY(info.out.contains(QStringLiteral("Sources:         5")));
        QVERIFY(info.out.contains(QStringLiteral("Schema version:  %1").arg(schema::currentVersion())));
    }

    void importTable()
    {
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(m_dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(name));
            file.write(bytes);
            return file.fileName();
        };
        const QString csv = write(QStringLiteral("rows.csv"), "Seller;Buyer;Menge;Datum\r\nNvidia Corp.;Aivres;1.200;31.12.2025\r\n"
                                                              "Aivres;PT Indosat Tbk;32;Dez 2025\r\nNVIDIA Corporation;Aivres Systems;4;2025\r\n");
        const QString mapping = write(QStringLiteral("m.json"), R"({"format":"chiptrail-table-mapping","version":1,"numbers":"de",
            "columns":[{"header":"Seller","field":"seller"},{"header":"Buyer","field":"buyer"},{"header":"Menge","field":"quantity"},{"header":"Datum","field":"date"}]})");
        const QString path = m_dir.filePath(QStringLiteral("table.chiptrail"));
        const Result imported = runCli({QStringLiteral("import-table"), csv, path, QStringLiteral("--mapping"), mapping});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("Rows read: 3")), qPrintable(imported.out));
        QVERIFY(imported.out.contains(QStringLiteral("Links created: 3")));
        QVERIFY(imported.out.contains(QStringLiteral("Parties created: 4, reused: 0"))); // Nvidia once, "Aivres Systems" apart
        QVERIFY(imported.out.contains(QStringLiteral("kept apart: \"Aivres Systems\" and \"Aivres\"")));
        // Again into the same case: every name is now a party of the case.
        const Result again = runCli({QStringLiteral("import-table"), csv, path, QStringLiteral("--mapping"), mapping,
                                     QStringLiteral("--accept-matches"), QStringLiteral("all")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("Parties created: 0, reused: 4")), qPrintable(again.out));

        // A bad cell: exit 2, the place named, no case file left behind.
        const QString bad = write(QStringLiteral("bad.csv"), "Seller;Buyer;Menge;Datum\nA;B;viele;2025\n");
        const QString badCase = m_dir.filePath(QStringLiteral("bad.chiptrail"));
        const Result refused = runCli({QStringLiteral("import-table"), bad, badCase, QStringLiteral("--mapping"), mapping});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("bad.csv, row 2, column C (Menge)")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(badCase));
        // Without --mapping the column names decide, and the output says how each was read.
        const QString guessedCase = m_dir.filePath(QStringLiteral("guessed.chiptrail"));
        const Result guessed = runCli({QStringLiteral("import-table"), csv, guessedCase});
        QCOMPARE(guessed.exitCode, 0);
        QVERIFY2(guessed.out.contains(QStringLiteral("Menge -> quantity")), qPrintable(guessed.out));
        QVERIFY(guessed.out.contains(QStringLiteral("Datum -> date")));
        QVERIFY(guessed.out.contains(QStringLiteral("Links created: 3")));
        // Columns whose names say nothing: refused, nothing left behind.
        const QString unnamed = write(QStringLiteral("unnamed.csv"), "Firma 1;Firma 2\nA;B\n");
        const QString unnamedCase = m_dir.filePath(QStringLiteral("unnamed.chiptrail"));
        const Result unknown = runCli({QStringLiteral("import-table"), unnamed, unnamedCase});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("unnamed.csv")), qPrintable(unknown.err));
        QVERIFY(!QFile::exists(unnamedCase));
    }

    void exportThenImportGivesTheSameJson()
    {
        const QString first = m_dir.filePath(QStringLiteral("a.chiptrail"));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--sample"), first}).exitCode, 0);
        const QString json = m_dir.filePath(QStringLiteral("a.json"));
        QCOMPARE(runCli({QStringLiteral("export"), first, QStringLiteral("--format"), QStringLiteral("json"),
                         QStringLiteral("-o"), json}).exitCode, 0);
        const QString second = m_dir.filePath(QStringLiteral("b.chiptrail"));
        QCOMPARE(runCli({QStringLiteral("import"), json, second}).exitCode, 0);
        const Result a = runCli({QStringLiteral("export"), first});
        const Result b = runCli({QStringLiteral("export"), second});
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out);
    }

    void badInputGivesOneMessageOnStderrAndExitCode2()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.chiptrail"));
        const Result info = runCli({QStringLiteral("info"), missing});
        QCOMPARE(info.exitCode, 2);
        QVERIFY(info.out.isEmpty());
        QCOMPARE(info.err.trimmed(), missing + QStringLiteral(": no such file"));

        const Result unknown = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown command")));

        const Result format = runCli({QStringLiteral("export"), missing, QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(format.exitCode, 2);
    }

    void validateReportsProblemsWithExitCode1()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "chiptrail-case", "format_version": 1, "case": {"title": 5}})");
        file.close();
        const Result result = runCli({QStringLiteral("validate"), bad});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err.trimmed(), bad + QStringLiteral(": $.case.title: expected a string"));
    }

    void aFileWithAForeignSchemaIsRefusedByEveryReadingCommand()
    {
        const QString path = m_dir.filePath(QStringLiteral("wipe.chiptrail"));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--sample"), path}).exitCode, 0);
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        QCOMPARE(sqlite3_exec(db, "CREATE TRIGGER wipe AFTER INSERT ON node_position BEGIN DELETE FROM note_claim; END;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        const QByteArray before = testing::fileHash(path);
        const QString expected = path + QStringLiteral(": the file holds a trigger \u201cwipe\u201d that ChipTrail did not make; "
                                                       "it was not opened. Use File \u2192 Recover Data or `chiptrail-cli recover`");
        for (const auto &[command, code] : {std::pair{"info", 2}, std::pair{"validate", 1}, std::pair{"check", 2},
                                            std::pair{"export", 2}}) {
            const Result result = runCli({QString::fromLatin1(command), path});
            QCOMPARE(result.exitCode, code);
            QCOMPARE(result.err, expected + QLatin1Char('\n'));
            QVERIFY(result.out.isEmpty());
        }
        QCOMPARE(testing::fileHash(path), before);

        const QString recovered = m_dir.filePath(QStringLiteral("recovered.chiptrail"));
        const Result recover = runCli({QStringLiteral("recover"), path, recovered});
        QCOMPARE(recover.exitCode, 0);
        QVERIFY2(recover.out.contains(QStringLiteral("note_claim: ")), qPrintable(recover.out));
        QCOMPARE(testing::fileHash(path), before);
        const Result info = runCli({QStringLiteral("info"), recovered});
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains(QStringLiteral("Parties:         12")));
    }

    // A name whose bytes are not UTF-8 is found only when the rows are read; the message still
    // starts with the file, as every refusal at opening does (it named only the field).
    void aTextThatIsNotUtf8IsRefusedNamingFileAndField()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-utf8.chiptrail"));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--sample"), path}).exitCode, 0);
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        QCOMPARE(sqlite3_exec(db, "UPDATE party SET name = CAST(X'496e73707572ff' AS TEXT) WHERE id = 1;", nullptr, nullptr,
                              nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        const QByteArray before = testing::fileHash(path);
        const QString expected = path + QStringLiteral(": party.name: \u201cInspur\uFFFD\u201d holds bytes that are not "
                                                       "UTF-8, so it cannot be read as written\n");
        for (const auto &[command, code] : {std::pair{"validate", 1}, std::pair{"check", 2}, std::pair{"export", 2}}) {
            const Result result = runCli({QString::fromLatin1(command), path});
            QCOMPARE(result.exitCode, code);
            QCOMPARE(result.err, expected);
            QVERIFY(result.out.isEmpty());
        }
        QCOMPARE(testing::fileHash(path), before);
    }

    void readingCommandsWarnAboutADamagedSearchIndexAndWriteNothing()
    {
        const QString clean = m_dir.filePath(QStringLiteral("fts-clean.chiptrail"));
        const QString path = m_dir.filePath(QStringLiteral("fts-damaged.chiptrail"));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--sample"), clean}).exitCode, 0);
        QVERIFY(QFile::copy(clean, path));
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        QCOMPARE(sqlite3_exec(db, "DELETE FROM note_search_data WHERE id > 10;", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const QByteArray before = testing::fileHash(path);
        const QString warning = QStringLiteral("warning: ") + path
                                + QStringLiteral(": the search index is damaged; open the case in ChipTrail to rebuild it (");
        // validate answers "is this file sound?": no. The others need no search and go on as usual.
        const Result validate = runCli({QStringLiteral("validate"), path});
        QCOMPARE(validate.exitCode, 1);
        QVERIFY2(validate.err.startsWith(warning), qPrintable(validate.err));
        QVERIFY(!validate.out.contains(QStringLiteral(": valid")));
        for (const char *command : {"info", "check", "export"}) {
            const Result damaged = runCli({QString::fromLatin1(command), path});
            const Result sound = runCli({QString::fromLatin1(command), clean});
            QCOMPARE(damaged.exitCode, sound.exitCode);
            QVERIFY2(damaged.err.startsWith(warning), qPrintable(damaged.err));
            QCOMPARE(damaged.err.count(QLatin1Char('\n')), 1);
            QVERIFY(sound.err.isEmpty());
            if (qstrcmp(command, "info") == 0)
                QVERIFY(damaged.out.contains(QStringLiteral("search index damaged")));
            else
                QCOMPARE(damaged.out, sound.out);
        }
        QCOMPARE(testing::fileHash(path), before);
    }

    void recoverSaysWhatItSkippedWithExitCode1()
    {
        const QString path = m_dir.filePath(QStringLiteral("dangling.chiptrail"));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--sample"), path}).exitCode, 0);
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        QCOMPARE(sqlite3_exec(db, "PRAGMA foreign_keys=OFF; CREATE VIEW v AS SELECT 1;"
                                  "INSERT INTO note_claim VALUES (424242, 0, 'party', 1, '');",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        const QString out = m_dir.filePath(QStringLiteral("dangling-recovered.chiptrail"));
        const Result recover = runCli({QStringLiteral("recover"), path, out});
        QCOMPARE(recover.exitCode, 1);
        // ("1 row(s)": the program loads the English plural forms; this test does not.)
        QVERIFY2(recover.err.startsWith(QStringLiteral("1 row")), qPrintable(recover.err));
        QVERIFY2(recover.err.contains(QStringLiteral(" could not be recovered:\n  table note_claim: a row was skipped "
                                                     "(FOREIGN KEY constraint failed)\n")),
                 qPrintable(recover.err));
        QCOMPARE(runCli({QStringLiteral("info"), out}).exitCode, 0);
    }

    void aNamedPipeIsRefusedAtOnce()
    {
        const QString pipe = m_dir.filePath(QStringLiteral("pipe.chiptrail"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        for (const char *command : {"info", "validate", "check", "export"}) {
            QElapsedTimer clock;
            clock.start();
            const Result result = runCli({QString::fromLatin1(command), pipe});
            QVERIFY(clock.elapsed() < 1000);
            QVERIFY(result.exitCode != 0);
            QCOMPARE(result.err.trimmed(), pipe + QStringLiteral(": is not a regular file (a pipe, a device or a socket); it was not read"));
        }
        const Result import = runCli({QStringLiteral("import"), pipe, m_dir.filePath(QStringLiteral("from-pipe.chiptrail"))});
        QCOMPARE(import.exitCode, 2);
        QVERIFY(import.err.contains(QStringLiteral("not a regular file")));
    }

    void readingCommandsReadACrashedFileAsItWasLastSaved()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("crash"));
        const QString clean = m_dir.filePath(QStringLiteral("crash-clean.chiptrail"));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--sample"), clean}).exitCode, 0);
        const QString path = m_dir.filePath(QStringLiteral("crash/case.chiptrail"));
        QVERIFY(testing::copyAsCrashedMidEdit(clean, path));
        const QStringList filesBefore = QDir(QFileInfo(path).path()).entryList(QDir::Files);
        const QByteArray before = testing::fileHash(path);
        const Result validate = runCli({QStringLiteral("validate"), path});
        QCOMPARE(validate.exitCode, 0);
        QVERIFY(validate.out.contains(QStringLiteral(": valid")));
        QCOMPARE(runCli({QStringLiteral("info"), path}).out.section(QLatin1Char('\n'), 2),
                 runCli({QStringLiteral("info"), clean}).out.section(QLatin1Char('\n'), 2));
        QCOMPARE(runCli({QStringLiteral("export"), path}).out, runCli({QStringLiteral("export"), clean}).out);
        QCOMPARE(testing::fileHash(path), before);
        QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::Files), filesBefore);
    }

    void aCrashedFileThatCannotBeCopiedIsAnInterruptedEditWithExitCode2()
    {
        // No room for the private copy (here: no temporary folder can be made): the reading commands
        // say what to do, with exit code 2 — validate too, as the case itself is not at fault.
        QDir(m_dir.path()).mkpath(QStringLiteral("crash-nocopy"));
        const QString clean = m_dir.filePath(QStringLiteral("crash-nocopy-clean.chiptrail"));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--sample"), clean}).exitCode, 0);
        const QString path = m_dir.filePath(QStringLiteral("crash-nocopy/case.chiptrail"));
        QVERIFY(testing::copyAsCrashedMidEdit(clean, path));
        const QByteArray before = testing::fileHash(path);
        const QByteArray temp = qgetenv("TMPDIR");
        // A file where the temporary folder should be: no folder can be made in it.
        const QString notAFolder = m_dir.filePath(QStringLiteral("not-a-folder"));
        QFile blocker(notAFolder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        qputenv("TMPDIR", QFile::encodeName(notAFolder));
        const Result validate = runCli({QStringLiteral("validate"), path});
        const Result info = runCli({QStringLiteral("info"), path});
        temp.isNull() ? qunsetenv("TMPDIR") : qputenv("TMPDIR", temp);
        for (const Result &result : {validate, info}) {
            QCOMPARE(result.exitCode, 2);
            QCOMPARE(result.err, path + QStringLiteral(": this file holds an interrupted edit; open it in ChipTrail or "
                                                       "run `chiptrail-cli recover`\n"));
        }
        QCOMPARE(testing::fileHash(path), before);
    }

    void aValueTooLongToStoreIsAnErrorNamingTheField()
    {
        // 70 MB in one description: more than a case file holds in one value. Nothing is written.
        const QString exported = m_dir.filePath(QStringLiteral("long.json"));
        const QString sample = m_dir.filePath(QStringLiteral("long-source.chiptrail"));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--sample"), sample}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("export"), sample, QStringLiteral("-o"), exported}).exitCode, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray parties = root.value(QStringLiteral("parties")).toArray();
        QJsonObject party = parties.at(1).toObject();
        party.insert(QStringLiteral("description"), QString(70 * 1024 * 1024, QLatin1Char('x')));
        parties.replace(1, party);
        root.insert(QStringLiteral("parties"), parties);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
        file.close();

        const QString target = m_dir.filePath(QStringLiteral("long.chiptrail"));
        const Result result = runCli({QStringLiteral("import"), exported, target});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith(exported + QStringLiteral(": $.parties[1].description: is ")), qPrintable(result.err.left(300)));
        QVERIFY(result.err.size() < 400);
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));
    }

    void timeLimitIsAnOptionOfEveryCommand()
    {
        const Result bad = runCli({QStringLiteral("info"), QStringLiteral("--time-limit"), QStringLiteral("soon"),
                                   QStringLiteral("x.chiptrail")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("--time-limit")));
        const QString path = m_dir.filePath(QStringLiteral("limited.chiptrail"));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--sample"), path}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("--time-limit=30"), QStringLiteral("info"), path}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("--time-limit=10"), QStringLiteral("--version")}).exitCode, 0); // the default again
    }

    void everyCommandHasHelp()
    {
        for (const char *command : {"new", "import", "export", "info", "validate", "recover"}) {
            const Result help = runCli({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains(QStringLiteral("Usage: chiptrail-cli ") + QLatin1String(command)),
                     command);
        }
        QCOMPARE(runCli({QStringLiteral("--help")}).exitCode, 0);
        QVERIFY(runCli({QStringLiteral("--version")}).out.startsWith(QStringLiteral("chiptrail-cli ")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
