// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"
#include "rules/csvreader.h"
#include "rules/listimport.h"
#include "rules/rulebook.h"
#include "rules/screener.h"

#include <QTemporaryDir>
#include <QBuffer>
#include <QTest>

using namespace chiptrail;

class TestListImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvQuotes()
    {
        const auto rows = parseCsv(QStringLiteral("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",,x\n"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), (QStringList{QStringLiteral("a"), QStringLiteral("b, c"), QStringLiteral("say \"hi\"")}));
        QCOMPARE(rows.at(1), (QStringList{QStringLiteral("multi\nline"), QString(), QStringLiteral("x")}));
    }

    void cslCsv()
    {
        const QString csv = QStringLiteral(
            "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,"
            "standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,"
            "vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,"
            "places_of_birth,source_information_url,ids\n"
            "abc1,Entity List (EL) - Bureau of Industry and Security,,Entity,,\"Sophgo Technologies Ltd.\",,"
            "\"Beijing, CN\",90 FR 4621,2025-01-16,,,For all items subject to the EAR,Presumption of denial,,,,,,,,,"
            "\"Sophgo; 算能科技\",,,,,,\n");
        const ScreeningList list = importCslCsv(csv, QStringLiteral("csl.csv"));
        QCOMPARE(list.entries.size(), 1);
        const ListEntry &e = list.entries.first();
        QCOMPARE(e.name, QStringLiteral("Sophgo Technologies Ltd."));
        QCOMPARE(e.aliases, (QStringList{QStringLiteral("Sophgo"), QStringLiteral("算能科技")}));
        QCOMPARE(e.listed, QDate(2025, 1, 16));
        QCOMPARE(e.citation, QStringLiteral("90 FR 4621"));
        QVERIFY(e.source.startsWith(QLatin1String("Entity List")));
        const RuleBook book = RuleBook::load();
        const Screener s(list, book.folding);
        QCOMPARE(s.screen(QStringLiteral("SOPHGO TECHNOLOGIES LIMITED"), 0.85).size(), 1);
    }

    void cslCsvMissingColumn()
    {
        try {
            importCslCsv(QStringLiteral("_id,source\n1,EL\n"), QStringLiteral("bad.csv"));
            QFAIL("accepted a file without names");
        } catch (const CaseError &e) {
            QVERIFY(e.message().contains(QLatin1String("bad.csv")));
            QVERIFY(e.message().contains(QLatin1String("\"name\"")));
        }
    }

    void cslJson()
    {
        const QByteArray json = R"({"total": 1, "results": [{"id": "x1", "source": "Entity List (EL) - Bureau of Industry and Security",
            "name": "Inspur Group Co., Ltd.", "alt_names": ["Inspur Group", "浪潮集团有限公司"],
            "addresses": [{"address": "Jinan", "country": "CN"}], "federal_register_notice": "88 FR 14295",
            "start_date": "2023-03-06", "programs": ["EAR"]}]})";
        const ScreeningList list = importCslJson(json, QStringLiteral("csl.json"));
        QCOMPARE(list.entries.size(), 1);
        QCOMPARE(list.entries.first().country, QStringLiteral("CN"));
        QCOMPARE(list.entries.first().aliases.size(), 2);
        QCOMPARE(list.entries.first().listed, QDate(2023, 3, 6));
    }

    void openSanctionsCsv()
    {
        const QString csv = QStringLiteral(
            "id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,dataset,first_seen,last_seen,last_change\n"
            "NK-1,Company,Moore Threads Technology Co. Ltd.,Moore Threads;摩尔线程,,cn,,,US BIS Entity List,,,US Trade CSL,2023-10-20T00:00:00,2025-01-01,2025-01-01\n");
        const ScreeningList list = importOpenSanctionsCsv(csv, QStringLiteral("targets.simple.csv"));
        QCOMPARE(list.entries.size(), 1);
        QCOMPARE(list.entries.first().country, QStringLiteral("CN"));
        QCOMPARE(list.entries.first().listed, QDate(2023, 10, 20));
        QCOMPARE(list.name, QStringLiteral("OpenSanctions targets"));
        // Its date is not a listing date, and the finding must say so.
        QVERIFY(list.entries.first().notes.contains(QLatin1String("first saw")));
    }

    void openSanctionsFtm()
    {
        // As OpenSanctions' entities.ftm.json writes them: targets beside the records about them.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("entities.ftm.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"id": "sanc-1", "schema": "Sanction", "properties": {"entity": ["NK-mt"], "authority": ["Bureau of Industry and Security"], "program": ["Entity List"], "listingDate": ["2023-10-17"]}, "target": false, "datasets": ["us_trade_csl"], "first_seen": "2023-10-20T00:00:00", "last_seen": "2026-11-28T06:10:02"}
{"id": "NK-mt", "schema": "Company", "properties": {"name": ["Moore Threads Technology Co. Ltd.", "摩尔线程智能科技"], "alias": ["Moore Threads"], "weakAlias": ["MT"], "country": ["cn"], "topics": ["export.control"]}, "target": true, "datasets": ["us_trade_csl"], "first_seen": "2023-10-20T00:00:00", "last_seen": "2026-11-27T06:10:02"}
{"id": "addr-1", "schema": "Address", "properties": {"full": ["Beijing"]}, "target": false}
{"id": "NK-owner", "schema": "Company", "properties": {"name": ["Unlisted Owner Ltd"]}, "target": false}

{"id": "NK-p", "schema": "Person", "properties": {"name": ["Jane Roe"], "nationality": ["ru"]}, "target": true, "datasets": ["eu_fsf"], "first_seen": "2022-03-01T00:00:00"}
)");
        f.close();
        ListFormat format = ListFormat::CslCsv;
        const ScreeningList list = importScreeningList(path, {}, &format);
        QCOMPARE(format, ListFormat::OpenSanctionsFtm);
        QCOMPARE(list.name, QStringLiteral("OpenSanctions entities"));
        QCOMPARE(list.downloaded, QDate(2026, 11, 28));
        QCOMPARE(list.entries.size(), 2); // the two targets; not the address, sanction or owner
        const ListEntry &mt = list.entries.at(0);
        QCOMPARE(mt.name, QStringLiteral("Moore Threads Technology Co. Ltd."));
        QCOMPARE(mt.aliases, (QStringList{QStringLiteral("摩尔线程智能科技"), QStringLiteral("Moore Threads")}));
        QCOMPARE(mt.country, QStringLiteral("CN"));
        QCOMPARE(mt.listed, QDate(2023, 10, 17)); // the sanction's listing date, not first_seen
        QCOMPARE(mt.citation, QStringLiteral("Bureau of Industry and Security: Entity List"));
        QVERIFY(mt.notes.isEmpty());
        QCOMPARE(mt.type, QStringLiteral("Company"));
        const ListEntry &person = list.entries.at(1);
        QCOMPARE(person.country, QStringLiteral("RU"));
        QCOMPARE(person.listed, QDate(2022, 3, 1));
        QVERIFY(person.notes.contains(QLatin1String("first saw")));
        QCOMPARE(person.citation, QStringLiteral("eu_fsf"));
    }

    void ftmWithoutTargetMarksTakesEveryParty()
    {
        // Aleph and `ftm export` write no "target": every party of the file is an entry.
        QByteArray lines(R"({"id": "a", "schema": "Organization", "properties": {"name": ["Org A"]}}
{"id": "b", "schema": "LegalEntity", "properties": {"name": ["Entity B"]}}
{"id": "c", "schema": "Ownership", "properties": {"owner": ["a"], "asset": ["b"]}}
)");
        QBuffer buffer(&lines);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QCOMPARE(importOpenSanctionsFtm(buffer, QStringLiteral("aleph.ftm.json")).entries.size(), 2);
    }

    void ftmRefusesWhatItCannotReadAndNamesTheLine()
    {
        const auto refuses = [](QByteArray lines, const QString &expected) {
            QBuffer buffer(&lines);
            buffer.open(QIODevice::ReadOnly);
            try {
                importOpenSanctionsFtm(buffer, QStringLiteral("x.ftm.json"));
            } catch (const CaseError &e) {
                return e.message().contains(expected) ? QString() : e.message();
            }
            return QStringLiteral("no error");
        };
        QCOMPARE(refuses(R"({"id": "a", "schema": "Company", "properties": {"name": ["A"]}, "target": "yes"})" "\n",
                         QStringLiteral("x.ftm.json: line 1")), QString());
        QCOMPARE(refuses("{\"id\": \"a\", \"schema\": \"Company\", \"properties\": {\"name\": [\"A\"]}}\n"
                         "{\"id\": \"b\", \"schema\": \"Company\", \"properties\": {}, \"target\": true}\n",
                         QStringLiteral("x.ftm.json: line 2")), QString());
    }

    void detectsFormat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,schema,name,aliases\nA,Company,Foo Ltd,\n");
        f.close();
        QCOMPARE(importScreeningList(path).entries.first().name, QStringLiteral("Foo Ltd"));
        QCOMPARE(importScreeningList(QStringLiteral(":/rules/entity_list.json")).entries.size(),
                 RuleBook::load().entityListEntries.entries.size());
    }
};

QTEST_GUILESS_MAIN(TestListImport)
#include "test_listimport.moc"
