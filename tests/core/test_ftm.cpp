// SPDX-License-Identifier: GPL-3.0-or-later
// FollowTheMoney export and import: a round trip keeps every field of a case (the sample and one
// built to hit every mapping), a re-export gives the same bytes, the FtM side uses the schemas and
// properties FtM readers expect, and files from Aleph or OpenSanctions come in with what ChipTrail
// cannot take counted and bad references named by line.
#include "error.h"
#include "interchange/casejson.h"
#include "interchange/ftm.h"
#include "store/casestore.h"
#include "testcases.h"
#include "ftmtestfiles.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace chiptrail;

namespace {

// oneOfEverything plus what the mapping treats apart: every party schema, ownership of a firm
// and of a person, founders, ranges, a text longer than one FtM value, keys that are no plain
// words, a translation pair and a note on no claim.
CaseData everyMapping()
{
    CaseData data = testing::oneOfEverything();
    data.info = {};
    const auto party = [&](const QString &key, const QString &name, PartyRole role) {
        Party p;
        p.id = PartyId(data.parties.size() + 1);
        p.key = key;
        p.name = name;
        p.role = role;
        data.parties.append(p);
        return p.id;
    };
    const PartyId person = party(QStringLiteral("wang-li"), QStringLiteral("Wang Li 王力"), PartyRole::Person);
    const PartyId ministry = party(QStringLiteral("ministerium für ✓"), QStringLiteral("Ministerium"), PartyRole::GovernmentBody);
    const PartyId uni = party(QStringLiteral("uni"), QStringLiteral("Fudan University"), PartyRole::University);
    const PartyId other = party(QStringLiteral("other"), QStringLiteral("Somebody"), PartyRole::Other);
    data.parties[0].identifiers = {{QStringLiteral("lei"), QStringLiteral("549300ABCDEFGHIJKL12")},
                                   {QStringLiteral("website"), QStringLiteral("https://maker.example")},
                                   {QStringLiteral("registry:ID-AHU"), QStringLiteral("AHU-123")},
                                   {QStringLiteral("custom"), QStringLiteral("x-1")}};
    data.parties[0].description = QStringLiteral("Line one\nLine two");
    const auto link = [&](const QString &key, LinkKind kind, PartyId from, PartyId to) -> Link & {
        Link l;
        l.id = LinkId(data.links.size() + 1);
        l.key = key;
        l.kind = kind;
        l.from = from;
        l.to = to;
        data.links.append(l);
        return data.links.last();
    };
    link(QStringLiteral("own-firm"), LinkKind::Ownership, person, PartyId(2)).ownershipShare = 51.25;
    Link &ownUni = link(QStringLiteral("own-uni"), LinkKind::Ownership, ministry, uni);
    ownUni.ownershipShare = 100;
    ownUni.dateFrom = *PartialDate::fromIso(QStringLiteral("2019"));
    ownUni.dateTo = *PartialDate::fromIso(QStringLiteral("2024-06-30"));
    link(QStringLiteral("founded"), LinkKind::Founder, person, PartyId(2)).dateFrom = *PartialDate::fromIso(QStringLiteral("2018-03"));
    link(QStringLiteral("ties"), LinkKind::Affiliation, uni, other).confidence = Confidence::Suspected;
    Link &lease = link(QStringLiteral("lease"), LinkKind::Lease, PartyId(1), PartyId(2));
    lease.quantity = 9'007'199'254'740'993; // beyond a double's exact integers
    lease.description = QStringLiteral("remote access, no export");
    link(QStringLiteral("ship"), LinkKind::Shipment, PartyId(1), PartyId(2)).shipToCountry = QStringLiteral("SG");
    Link &contract = link(QStringLiteral("contract"), LinkKind::Contract, uni, PartyId(1));
    contract.value = 0.1;
    contract.currency = QStringLiteral("EUR");

    Source english;
    english.id = SourceId(2);
    english.key = QStringLiteral("src-en");
    english.title = QStringLiteral("Report");
    english.publisher = QStringLiteral("Paper");
    english.language = QStringLiteral("en");
    english.url = QStringLiteral("https://paper.example/report");
    english.archiveUrl = QStringLiteral("https://web.archive.org/web/2025/https://paper.example/report");
    english.retrieved = *PartialDate::fromIso(QStringLiteral("2025-12-01"));
    english.text = QStringLiteral("The firm sold 32 racks. ") + QStringLiteral("abc ").repeated(17500) + QStringLiteral("😀 end");
    english.pageStarts = {0, 30'000};
    data.sources.append(english);
    Source other_;
    other_.id = SourceId(3);
    other_.key = QStringLiteral("src-fr");
    other_.title = QStringLiteral("Rapport");
    other_.language = QStringLiteral("und");
    other_.text = QStringLiteral("Texte");
    data.sources.append(other_);

    Note translation;
    translation.id = NoteId(2);
    translation.key = QStringLiteral("n2");
    translation.source = SourceId(2);
    translation.start = 0;
    translation.length = 22;
    translation.excerpt = QStringLiteral("The firm sold 32 racks");
    translation.translationOf = NoteId(1);
    translation.claims = {{SubjectKind::Link, 1, QStringLiteral("quantity")}, {SubjectKind::Product, 2, {}},
                          {SubjectKind::Site, 1, {}}};
    data.notes.append(translation);
    Note loose;
    loose.id = NoteId(3);
    loose.key = QStringLiteral("n3");
    loose.source = SourceId(3);
    loose.length = 5;
    loose.excerpt = QStringLiteral("Texte");
    data.notes.append(loose);
    return data;
}

FtmImport readBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readFtm(buffer, QStringLiteral("in.ftm.json"));
}

QString importError(const QByteArray &bytes)
{
    try {
        readBytes(bytes);
    } catch (const CaseError &e) {
        return e.message();
    }
    return {};
}

QList<QJsonObject> entitiesOf(const QByteArray &lines)
{
    QList<QJsonObject> result;
    for (const QByteArray &line : lines.split('\n'))
        if (!line.isEmpty())
            result.append(QJsonDocument::fromJson(line).object());
    return result;
}

QJsonObject entity(const QList<QJsonObject> &all, const QString &id)
{
    for (const QJsonObject &e : all)
        if (e.value(QLatin1String("id")).toString() == id)
            return e;
    return {};
}

QStringList values(const QJsonObject &entity, const char *property)
{
    QStringList result;
    for (const QJsonValue &v : entity.value(QLatin1String("properties")).toObject().value(QLatin1String(property)).toArray())
        result.append(v.toString());
    return result;
}

// Field by field, so a failure names what the round trip lost.
void compareCases(const CaseData &got, const CaseData &want)
{
    QCOMPARE(got.parties.size(), want.parties.size());
    for (qsizetype i = 0; i < want.parties.size(); ++i) {
        const Party &a = got.parties[i], &b = want.parties[i];
        QCOMPARE(a.key, b.key);
        QCOMPARE(a.name, b.name);
        QCOMPARE(a.aliases, b.aliases);
        QCOMPARE(a.role, b.role);
        QCOMPARE(a.incorporationCountry, b.incorporationCountry);
        QCOMPARE(a.headquartersCountry, b.headquartersCountry);
        QCOMPARE(a.identifiers, b.identifiers);
        QCOMPARE(a.description, b.description);
        QCOMPARE(a.confidence, b.confidence);
        QCOMPARE(a.attributeConfidence, b.attributeConfidence);
        QCOMPARE(a, b);
    }
    QCOMPARE(got.sites, want.sites);
    QCOMPARE(got.products, want.products);
    QCOMPARE(got.links.size(), want.links.size());
    for (qsizetype i = 0; i < want.links.size(); ++i) {
        const Link &a = got.links[i], &b = want.links[i];
        QCOMPARE(a.key, b.key);
        QCOMPARE(a.kind, b.kind);
        QCOMPARE(a.from, b.from);
        QCOMPARE(a.to, b.to);
        QCOMPARE(a.dateFrom.toIso(), b.dateFrom.toIso());
        QCOMPARE(a.dateTo.toIso(), b.dateTo.toIso());
        QCOMPARE(a.quantity, b.quantity);
        QCOMPARE(a.value, b.value);
        QCOMPARE(a.ownershipShare, b.ownershipShare);
        QCOMPARE(a, b);
    }
    QCOMPARE(got.sources.size(), want.sources.size());
    for (qsizetype i = 0; i < want.sources.size(); ++i) {
        Source b = want.sources[i];
        b.file.reset(); // PDF bytes do not travel in FtM (docs/aleph.md)
        QCOMPARE(got.sources[i].text.size(), b.text.size());
        QCOMPARE(got.sources[i], b);
    }
    QCOMPARE(got.notes.size(), want.notes.size());
    for (qsizetype i = 0; i < want.notes.size(); ++i) {
        QCOMPARE(got.notes[i].excerpt, want.notes[i].excerpt);
        QCOMPARE(got.notes[i].claims, want.notes[i].claims);
        QCOMPARE(got.notes[i].translationOf, want.notes[i].translationOf);
        QCOMPARE(got.notes[i], want.notes[i]);
    }
    QCOMPARE(got.screeningDecisions, want.screeningDecisions);
}

} // namespace

class TestFtm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsTheCase_data()
    {
        QTest::addColumn<CaseData>("data");
        CaseData sample = readCaseJsonFile(QStringLiteral(":/samples/inf-tech-indosat.json"));
        sample.info = {};
        QTest::newRow("sample") << sample;
        QTest::newRow("every mapping") << everyMapping();
    }

    void roundTripKeepsTheCase()
    {
        QFETCH(CaseData, data);
        const QByteArray lines = writeFtm(data);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(writeFtm(data), lines); // the same ids and order at every export
        const FtmImport read = readBytes(lines);
        QVERIFY2(read.skipped.isEmpty(), qPrintable(describeFtmImport(read)));
        compareCases(read.data, data);

        // And through a case file: the store takes what the reader built, as it was.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("back.chiptrail"));
        CaseStore::createFrom(path, read.data);
        CaseData stored = CaseStore::open(path)->load();
        stored.info = {};
        compareCases(stored, data);
#ifdef CHIPTRAIL_FTM_OUT
        // The npm check (tests/ftm) reads these files with FollowTheMoney's own model.
        QDir().mkpath(QStringLiteral(CHIPTRAIL_FTM_OUT));
        QFile out(QStringLiteral(CHIPTRAIL_FTM_OUT "/%1.ftm.json").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(lines) == lines.size());
#endif
    }

    void exportUsesFtmSchemasAndProperties()
    {
        const QList<QJsonObject> all = entitiesOf(writeFtm(everyMapping()));
        const QJsonObject maker = entity(all, QStringLiteral("ct-party-maker"));
        QCOMPARE(maker.value(QLatin1String("schema")).toString(), QStringLiteral("Company"));
        QCOMPARE(values(maker, "leiCode"), QStringList{QStringLiteral("549300ABCDEFGHIJKL12")});
        QCOMPARE(values(maker, "registrationNumber"), QStringList{QStringLiteral("AHU-123")});
        QCOMPARE(values(maker, "jurisdiction"), QStringList{QStringLiteral("us")});
        QCOMPARE(entity(all, QStringLiteral("ct-party-wang-li")).value(QLatin1String("schema")).toString(), QStringLiteral("Person"));
        QCOMPARE(entity(all, QStringLiteral("ct-party-uni")).value(QLatin1String("schema")).toString(), QStringLiteral("Organization"));
        QCOMPARE(entity(all, QStringLiteral("ct-party-other")).value(QLatin1String("schema")).toString(), QStringLiteral("LegalEntity"));

        const QJsonObject sale = entity(all, QStringLiteral("ct-link-sale"));
        QCOMPARE(sale.value(QLatin1String("schema")).toString(), QStringLiteral("Payment"));
        QCOMPARE(values(sale, "payer"), QStringList{QStringLiteral("ct-party-tenant")});
        QCOMPARE(values(sale, "beneficiary"), QStringList{QStringLiteral("ct-party-maker")});
        QCOMPARE(values(sale, "amount"), QStringList{QStringLiteral("150000000")});
        QCOMPARE(values(sale, "date"), QStringList{QStringLiteral("2025-10")});
        const QJsonObject own = entity(all, QStringLiteral("ct-link-own-firm"));
        QCOMPARE(own.value(QLatin1String("schema")).toString(), QStringLiteral("Ownership"));
        QCOMPARE(values(own, "percentage"), QStringList{QStringLiteral("51.25")});
        // A university is no FtM Asset, so its owner is linked without Ownership's asset.
        const QJsonObject ownUni = entity(all, QStringLiteral("ct-link-own-uni"));
        QCOMPARE(ownUni.value(QLatin1String("schema")).toString(), QStringLiteral("UnknownLink"));
        QCOMPARE(values(ownUni, "startDate"), QStringList{QStringLiteral("2019")});
        QCOMPARE(values(ownUni, "endDate"), QStringList{QStringLiteral("2024-06-30")});
        QCOMPARE(entity(all, QStringLiteral("ct-link-founded")).value(QLatin1String("schema")).toString(), QStringLiteral("Employment"));

        const QJsonObject report = entity(all, QStringLiteral("ct-source-src-en"));
        QCOMPARE(report.value(QLatin1String("schema")).toString(), QStringLiteral("Document"));
        QCOMPARE(values(report, "language"), QStringList{QStringLiteral("eng")});
        QCOMPARE(values(report, "bodyText").size(), 2); // 70,000 characters in two FtM values
        const QJsonObject note = entity(all, QStringLiteral("ct-note-n2"));
        QCOMPARE(note.value(QLatin1String("schema")).toString(), QStringLiteral("Documentation"));
        QCOMPARE(values(note, "document"), QStringList{QStringLiteral("ct-source-src-en")});
        QCOMPARE(values(note, "description"), QStringList{QStringLiteral("The firm sold 32 racks")});
        QVERIFY(values(note, "entity").contains(QStringLiteral("ct-party-tenant"))); // the link's end
        QVERIFY(values(note, "entity").contains(QStringLiteral("ct-product-rack")));
        QCOMPARE(values(entity(all, QStringLiteral("ct-note-n3")), "entity"), QStringList{QStringLiteral("ct-source-src-fr")});
        // A key that is no plain word gets a hashed id, the same every time.
        bool hashed = false;
        for (const QJsonObject &e : all)
            hashed |= QRegularExpression(QStringLiteral("^ct-party-[0-9a-f]{40}$")).match(e.value(QLatin1String("id")).toString()).hasMatch();
        QVERIFY(hashed);
    }

    void importsAlephAndOpenSanctionsEntities()
    {
        const QByteArray file = ftmtest::alephSample();
        const FtmImport read = readBytes(file);
        QCOMPARE(read.entities, 13);
        QCOMPARE(read.skipped.value(QStringLiteral("Sanction")), 2);
        // References to what was not taken are counted, not errors.
        QCOMPARE(read.skipped.value(QStringLiteral("Vessel")), 1);
        QCOMPARE(read.skipped.value(QStringLiteral("Ownership with a Vessel")), 1);
        QCOMPARE(read.skipped.value(QStringLiteral("claims on entities not taken")), 1);
        QCOMPARE(read.skipped.value(QStringLiteral("Address")), 1);
        QCOMPARE(read.skipped.value(QStringLiteral("Mention without an excerpt found in its document")), 1);
        QVERIFY(describeFtmImport(read).contains(QStringLiteral("2 Sanction")));
        const CaseData &d = read.data;
        QCOMPARE(d.parties.size(), 2);
        QCOMPARE(d.parties[0].name, QStringLiteral("Inspur Group"));
        QCOMPARE(d.parties[0].aliases, (QStringList{QStringLiteral("浪潮集团"), QStringLiteral("Inspur")}));
        QCOMPARE(d.parties[0].incorporationCountry, QStringLiteral("CN"));
        QCOMPARE(d.parties[0].identifiers, (QList<Identifier>{{QStringLiteral("lei"), QStringLiteral("300300XYZ")}}));
        QCOMPARE(d.parties[0].role, PartyRole::Other);
        // What no field took stays readable in the description.
        QVERIFY2(d.parties[0].description.contains(QStringLiteral("topics: sanction")), qPrintable(d.parties[0].description));
        QVERIFY(d.parties[0].description.contains(QStringLiteral("incorporationDate: 1998")));
        QCOMPARE(d.parties[1].role, PartyRole::Person);
        QCOMPARE(d.parties[1].headquartersCountry, QStringLiteral("CN"));
        QCOMPARE(d.links.size(), 2);
        const Link &director = d.links[0];
        QCOMPARE(director.kind, LinkKind::Founder);
        QCOMPARE(director.from, PartyId(2));
        QCOMPARE(director.to, PartyId(1));
        QCOMPARE(director.dateFrom.toIso(), QStringLiteral("2014-05-03"));
        QVERIFY(director.description.contains(QStringLiteral("role: Chairman")));
        QVERIFY(director.description.contains(QStringLiteral("startDate: 2014-05-03T00:00:00")));
        const Link &payment = d.links[1];
        QCOMPARE(payment.kind, LinkKind::Sale);
        QCOMPARE(payment.from, PartyId(1)); // the seller is paid
        QCOMPARE(payment.value, 1e6);
        QCOMPARE(payment.currency, QStringLiteral("USD"));
        QCOMPARE(d.sources.size(), 1);
        QCOMPARE(d.sources[0].language, QStringLiteral("en"));
        QCOMPARE(d.notes.size(), 2);
        QCOMPARE(d.notes[0].excerpt, QStringLiteral("Inspur Group"));
        QCOMPARE(d.notes[0].claims, (QList<ClaimRef>{{SubjectKind::Party, 1, {}}}));
        QCOMPARE(d.notes[1].excerpt, QStringLiteral("was added in 2023"));
        QCOMPARE(d.notes[1].start, 13);
        QCOMPARE(d.notes[1].claims, (QList<ClaimRef>{{SubjectKind::Party, 1, {}}}));

        QTemporaryDir dir;
        CaseStore::createFrom(dir.filePath(QStringLiteral("os.chiptrail")), d); // the store takes it
    }

    void refusesBadFilesNamingTheLine_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected");
        for (const auto &[name, file, expected] : ftmtest::badFiles())
            QTest::newRow(name) << file << expected;
    }

    void refusesBadFilesNamingTheLine()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        const QString message = importError(file);
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void cancelsWithoutAHalfResult()
    {
        QByteArray many;
        for (int i = 0; i < 1000; ++i)
            many += "{\"id\":\"p" + QByteArray::number(i) + "\",\"schema\":\"Company\",\"properties\":{\"name\":[\"P\"]}}\n";
        QBuffer buffer(&many);
        buffer.open(QIODevice::ReadOnly);
        const FtmImport read = readFtm(buffer, QStringLiteral("f"), [](qint64, qint64) { return false; });
        QVERIFY(read.cancelled);
        QVERIFY(read.data.parties.isEmpty());
        QVERIFY(writeFtm(everyMapping(), [](qint64, qint64) { return false; }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFtm)
#include "test_ftm.moc"
