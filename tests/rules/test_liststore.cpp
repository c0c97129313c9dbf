// SPDX-License-Identifier: GPL-3.0-or-later
// The screening-list store: each import format, restarts, replacing, switching off, hostile files
// that must leave the store as it was, and `check`/`screen`/`lists` on the command line.
#include "cli/commands.h"
#include "error.h"
#include "rules/liststore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace chiptrail;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CHIPTRAIL_SOURCE_DIR "/tests/rules/data/lists/") + QLatin1String(name);
}

const QString kSample = QStringLiteral(CHIPTRAIL_SOURCE_DIR "/resources/samples/inf-tech-indosat.json");

struct Run
{
    int code;
    QString out, err;
};
Run run(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = cli::run(args, {o, e});
    o.flush();
    e.flush();
    return {code, out, err};
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Everything the store holds, to compare before and after a refused import.
QString dump(const ListStore &store)
{
    QString out;
    for (const StoredList &l : store.lists()) {
        out += QStringLiteral("%1|%2|%3|%4|%5\n").arg(l.name, l.url, l.downloaded.toString(Qt::ISODate)).arg(l.entries).arg(l.active);
        for (const ListEntry &e : store.load(l.name).entries)
            out += e.id + QLatin1Char('|') + e.name + QLatin1Char('\n');
    }
    return out;
}

} // namespace

class TestListStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); m_path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_n)); }

    void cslCsv()
    {
        ListStore store(m_path);
        const StoredList l = store.importFile(fixture("csl_excerpt.csv"), QString(), QStringLiteral("https://example.invalid/csl.csv"),
                                              QDate(2026, 11, 20));
        QCOMPARE(l.name, QStringLiteral("Consolidated Screening List"));
        QCOMPARE(l.entries, 3);
        QCOMPARE(l.downloaded, QDate(2026, 11, 20)); // the CSV carries no date: the confirmed one
        QCOMPARE(l.format, QStringLiteral("csl-csv"));
        QVERIFY(l.active);
        const ScreeningList list = store.load(l.name);
        const ListEntry &e = list.entries.at(0);
        QCOMPARE(e.id, QStringLiteral("test-el-0001"));
        QCOMPARE(e.name, QStringLiteral("Nyocor Holdings Ltd."));
        QCOMPARE(e.aliases, QStringList{QStringLiteral("Nyocor")});
        QCOMPARE(e.listed, QDate(2025, 6, 2));
        QCOMPARE(e.citation, QStringLiteral("99 FR 10001"));
        QCOMPARE(e.country, QStringLiteral("SG"));
        QCOMPARE(e.type, QStringLiteral("Entity"));
        QVERIFY(e.source.startsWith(QLatin1String("Entity List (EL)")));
        QVERIFY(e.remarks.contains(QLatin1String("TEST FIXTURE")));
        QCOMPARE(list.entries.at(2).aliases, (QStringList{QStringLiteral("Fictional Shipping"), QStringLiteral("\"FSE\"")}));
        QCOMPARE(list.entries.at(2).programs, QStringLiteral("CYBER2"));
        QCOMPARE(list.label(), QStringLiteral("Consolidated Screening List, downloaded 2026-11-20"));
    }

    void cslJsonCarriesItsDate()
    {
        ListStore store(m_path);
        const StoredList l = store.importFile(fixture("csl_excerpt.json"), QStringLiteral("CSL"), QString(), QDate(2000, 1, 1));
        QCOMPARE(l.downloaded, QDate(2026, 11, 20)); // sources_used[].source_last_updated
        QCOMPARE(l.entries, 2);
        const ListEntry e = store.load(QStringLiteral("CSL")).entries.at(0);
        QCOMPARE(e.addresses, QStringLiteral("Room 1, Test Street, Singapore, SG"));
        QCOMPARE(e.country, QStringLiteral("SG"));
    }

    void openSanctionsTargets()
    {
        ListStore store(m_path);
        const StoredList l = store.importFile(fixture("targets.simple.csv"), QString(), QString(), QDate(2026, 11, 19));
        QCOMPARE(l.name, QStringLiteral("OpenSanctions targets"));
        QCOMPARE(l.format, QStringLiteral("opensanctions-csv"));
        const ScreeningList list = store.load(l.name);
        QCOMPARE(list.entries.size(), 2);
        QCOMPARE(list.entries.at(0).aliases, (QStringList{QStringLiteral("Fictional Compute Broker"), QStringLiteral("FCB")}));
        QCOMPARE(list.entries.at(0).country, QStringLiteral("SG"));
        QCOMPARE(list.entries.at(0).type, QStringLiteral("Company"));
        QCOMPARE(list.entries.at(1).name, QStringLiteral("DOE, Example"));
        QCOMPARE(list.entries.at(1).listed, QDate(2024, 5, 6));
    }

    void survivesRestartAndReplaces()
    {
        {
            ListStore store(m_path);
            store.importFile(fixture("csl_excerpt.csv"), QStringLiteral("CSL"), QStringLiteral("u"), QDate(2026, 11, 20));
            store.importFile(fixture("targets.simple.csv"), QStringLiteral("OS"), QString(), QDate(2026, 11, 19));
            store.setActive(QStringLiteral("OS"), false);
        }
        ListStore again(m_path);
        QCOMPARE(again.lists().size(), 2);
        QCOMPARE(again.info(QStringLiteral("CSL"))->entries, 3);
        QVERIFY(!again.info(QStringLiteral("OS"))->active);
        QCOMPARE(again.activeLists().size(), 1);
        QCOMPARE(again.activeLists().first().name, QStringLiteral("CSL"));
        // The same name replaces the list, in one step.
        again.importFile(fixture("csl_excerpt.json"), QStringLiteral("CSL"), QString(), QDate(2026, 1, 1));
        QCOMPARE(again.lists().size(), 2);
        QCOMPARE(again.info(QStringLiteral("CSL"))->entries, 2);
        again.remove(QStringLiteral("OS"));
        QCOMPARE(again.lists().size(), 1);
        QVERIFY_THROWS_EXCEPTION(CaseError, again.remove(QStringLiteral("OS")));
    }

    void hostileFilesLeaveTheStoreUnchanged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); // part of the message
        const QByteArray header = "_id,source,name,alt_names\n";
        QTest::newRow("latin-1") << header + "1,EL,M\xfcller GmbH,\n" << QStringLiteral("line 2: the text is not UTF-8");
        QTest::newRow("huge cell") << header + "1,EL,\"" + QByteArray(200'000, 'x') + "\",\n"
                                   << QStringLiteral("line 2, column 3: the cell is longer than");
        QTest::newRow("long name") << header + "1,EL," + QByteArray(20'000, 'x') + ",\n"
                                   << QStringLiteral("line 2: name: the text is 20");
        QTest::newRow("missing name column") << QByteArray("_id,source,alt_names\n1,EL,x\n")
                                             << QStringLiteral("line 1: column \"name\" is missing");
        QTest::newRow("empty name") << header + "1,EL,ok,\n2,EL,,\n" << QStringLiteral("line 3: column \"name\" is empty");
        QTest::newRow("bad json") << QByteArray("{\"results\": [ {\"name\": \"x\"},") << QStringLiteral("offset");
        QTest::newRow("json without name") << QByteArray("{\"results\": [{\"name\": \"A\"}, {\"id\": 2}]}")
                                           << QStringLiteral("$.results[1].name");
    }

    void hostileFilesLeaveTheStoreUnchanged()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        ListStore store(m_path);
        store.importFile(fixture("csl_excerpt.csv"), QStringLiteral("CSL"), QString(), QDate(2026, 11, 20));
        const QString before = dump(store);
        const QString bad = m_dir.filePath(QStringLiteral("bad-%1").arg(m_n));
        write(bad, bytes);
        // Under a new name and under the name it would replace: neither may change anything.
        for (const QString &name : {QStringLiteral("New"), QStringLiteral("CSL")}) {
            try {
                store.importFile(bad, name, QString(), QDate(2026, 1, 1));
                QFAIL("a hostile file was imported");
            } catch (const CaseError &e) {
                QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
                QVERIFY2(e.message().startsWith(bad), qPrintable(e.message()));
            }
            QCOMPARE(dump(store), before);
        }
    }

    void tenMillionLinesStopAtTheLimit()
    {
        ListStore store(m_path);
        store.importFile(fixture("targets.simple.csv"), QStringLiteral("OS"), QString(), QDate(2026, 11, 19));
        const QString before = dump(store);
        const QString big = m_dir.filePath(QStringLiteral("big.csv"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("source,name\n");
            const QByteArray block = QByteArray(",a\n").repeated(100'000);
            for (int i = 0; i < 100; ++i) // 10,000,000 rows
                f.write(block);
        }
        qint64 lastProgress = 0;
        try {
            store.importFile(big, QStringLiteral("Big"), QString(), QDate(2026, 1, 1), [&](qint64 bytes) {
                lastProgress = bytes;
                return true;
            });
            QFAIL("ten million rows were taken");
        } catch (const CaseError &e) {
            QVERIFY2(e.message().contains(QLatin1String("more than 2,000,000 entries")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QLatin1String("line 2000002")), qPrintable(e.message()));
        }
        QVERIFY(lastProgress > 0);
        QCOMPARE(dump(store), before);
        QFile::remove(big);
    }

    void cancelLeavesNothing()
    {
        ListStore store(m_path);
        const QString big = m_dir.filePath(QStringLiteral("cancel.csv"));
        write(big, "source,name\n" + QByteArray("EL,Some Name\n").repeated(50'000));
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(ListImportCancelled,
                                 store.importFile(big, QStringLiteral("C"), QString(), QDate(2026, 1, 1),
                                                  [&](qint64) { return ++calls < 3; }));
        QVERIFY(store.lists().isEmpty());
    }

    void notAStore()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        write(other, "this is no database at all, just text that is long enough to be read as a header...........");
        QVERIFY_THROWS_EXCEPTION(CaseError, ListStore{other});
    }

    // `check` names the list and its date in text and JSON; switching the list off removes it.
    void checkNamesTheList()
    {
        const QString store = m_path;
        QCOMPARE(run({QStringLiteral("lists"), QStringLiteral("import"), fixture("csl_excerpt.csv"), QStringLiteral("--date"),
                      QStringLiteral("2026-11-20"), QStringLiteral("--url"), QStringLiteral("https://example.invalid/csl"),
                      QStringLiteral("--list-store"), store})
                     .code,
                 0);
        const QStringList check{QStringLiteral("check"), kSample, QStringLiteral("--list-store"), store};
        Run r = run(check);
        QVERIFY2(r.out.contains(QLatin1String("Screening: Nyocor ~ \"Nyocor Holdings Ltd.\" (Consolidated Screening List, "
                                               "downloaded 2026-11-20, listed 2025-06-02)")),
                 qPrintable(r.out));
        r = run(check + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        bool found = false;
        for (const QJsonValue &p : o.value(QStringLiteral("parties")).toArray())
            for (const QJsonValue &m : p.toObject().value(QStringLiteral("screening")).toArray())
                if (m.toObject().value(QStringLiteral("entry")) == QLatin1String("test-el-0001")) {
                    found = true;
                    QCOMPARE(p.toObject().value(QStringLiteral("party")).toString(), QStringLiteral("nyocor"));
                    QCOMPARE(m.toObject().value(QStringLiteral("list")).toString(),
                             QStringLiteral("Consolidated Screening List, downloaded 2026-11-20"));
                    QVERIFY(m.toObject().value(QStringLiteral("list_source")).toString().startsWith(QLatin1String("Entity List")));
                }
        QVERIFY(found);
        QCOMPARE(run({QStringLiteral("lists"), QStringLiteral("deactivate"), QStringLiteral("Consolidated Screening List"),
                      QStringLiteral("--list-store"), store})
                     .code,
                 0);
        r = run(check);
        QVERIFY(!r.out.contains(QLatin1String("Nyocor Holdings")));
        // --list: this run only, nothing imported.
        r = run(check + QStringList{QStringLiteral("--list"), fixture("csl_excerpt.json")});
        QVERIFY(r.out.contains(QLatin1String("(Consolidated Screening List, downloaded 2026-11-20, listed 2025-06-02)")));
        QCOMPARE(ListStore(store).lists().size(), 1);
        r = run({QStringLiteral("lists"), QStringLiteral("--list-store"), store});
        QVERIFY(r.out.contains(QLatin1String("[ ] Consolidated Screening List  downloaded 2026-11-20, 3 entries")));
    }

    void screenAsOf()
    {
        const QStringList screen{QStringLiteral("screen"), QStringLiteral("--list"), fixture("csl_excerpt.csv"),
                                 QStringLiteral("Example Later Listed Co"), QStringLiteral("Nyocor")};
        Run r = run(screen);
        QVERIFY(r.out.contains(QLatin1String("\"Example Later Listed Co.\"")));
        r = run(screen + QStringList{QStringLiteral("--as-of"), QStringLiteral("2026-06-01")});
        QVERIFY(!r.out.contains(QLatin1String("\"Example Later Listed Co.\"")));
        QVERIFY2(r.out.contains(QLatin1String("left out: listed after 2026-06-01 or delisted before it")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("\"Nyocor Holdings Ltd.\"")));
        QCOMPARE(run(screen + QStringList{QStringLiteral("--as-of"), QStringLiteral("June")}).code, int(cli::Failure));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestListStore)
#include "test_liststore.moc"
