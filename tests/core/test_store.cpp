// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"
#include "interchange/casejson.h"
#include "store/casestore.h"
#include "store/schema.h"
#include "testcases.h"

#include <QSignalSpy>
#include <cmath>
#include <QTemporaryDir>
#include <QTest>

using namespace chiptrail;

class TestStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("case%1.chiptrail").arg(++m_counter)); }
    static CaseInfo titled(const QString &title, const QString &language = {})
    {
        CaseInfo info;
        info.title = title;
        info.language = language;
        return info;
    }

    // Every edit must survive closing and reopening the file: there is no unsaved state.
    CaseData reopened(const QString &path)
    {
        return CaseStore::open(path, CaseStore::Access::ReadOnly)->load();
    }

    // The case of testcases.h with a party of each role and an owner's share on ownership links.
    static CaseData withRolesAndShares()
    {
        CaseData data = testing::oneOfEverything();
        qint64 id = data.parties.size(); // ids in file order, as the case JSON numbers them
        for (const PartyRole role : allPartyRoles()) {
            Party p;
            p.id = PartyId(++id);
            p.key = toWord(role).replace(QLatin1Char('_'), QLatin1Char('-'));
            p.name = toWord(role);
            p.role = role;
            data.parties << p;
        }
        const auto owns = [&](const char *key, qint64 owner, std::optional<double> share) {
            Link l;
            l.id = LinkId(data.links.size() + 1);
            l.key = QString::fromLatin1(key);
            l.kind = LinkKind::Ownership;
            l.from = PartyId(owner);
            l.to = PartyId(2);
            l.ownershipShare = share;
            data.links << l;
        };
        owns("stake", 1, 33.3);
        owns("all", 3, 100);
        owns("none", 4, 0);
        owns("unknown", 5, std::nullopt);
        return data;
    }

private Q_SLOTS:
    void rolesAndOwnershipSharesRoundTrip()
    {
        const CaseData data = withRolesAndShares();
        const QString path = freshPath();
        CaseStore::createFrom(path, data);
        QCOMPARE(reopened(path), data);
        // The case JSON holds the same, and writes the role words and the share as documented.
        const QByteArray json = writeCaseJson(data);
        QCOMPARE(readCaseJson(json, QStringLiteral("roles.json")), data);
        for (const char *word : {"\"telecom\"", "\"cloud_provider\"", "\"data_centre_operator\"", "\"investor\"",
                                 "\"distributor\"", "\"ownership_share\": 33.3"})
            QVERIFY2(json.contains(word), word);
    }

    void ownershipShareIsCheckedNamingTheField_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("share");
        QTest::newRow("over 100") << int(LinkKind::Ownership) << 100.5;
        QTest::newRow("negative") << int(LinkKind::Ownership) << -1.0;
        QTest::newRow("not a number") << int(LinkKind::Ownership) << std::nan("");
        QTest::newRow("on a sale") << int(LinkKind::Sale) << 50.0;
    }
    void ownershipShareIsCheckedNamingTheField()
    {
        QFETCH(int, kind);
        QFETCH(double, share);
        const QString path = freshPath();
        CaseStore::createFrom(path, testing::oneOfEverything());
        const QByteArray before = testing::fileHash(path);
        auto store = CaseStore::open(path);
        Link l = store->links().first();
        l.kind = LinkKind(kind);
        l.ownershipShare = share;
        for (const bool update : {true, false}) {
            try {
                if (update) {
                    store->updateLink(l);
                } else {
                    l.id = {};
                    l.key.clear();
                    store->addLink(l);
                }
                QFAIL("a bad share was stored");
            } catch (const CaseError &error) {
                QVERIFY2(error.message().contains(QLatin1String("ownership_share")), qPrintable(error.message()));
            }
        }
        store.reset();
        QCOMPARE(testing::fileHash(path), before);
        // The case JSON refuses the same, naming the record.
        QByteArray json = writeCaseJson(testing::oneOfEverything());
        // JSON has no NaN: written as a word, it is not even read as a number.
        const QByteArray shareText = std::isnan(share) ? QByteArray("\"NaN\"") : QByteArray::number(share);
        const QByteArray kindAndShare = QByteArray("\"kind\": \"") + toWord(LinkKind(kind)).toLatin1()
                                        + QByteArray("\", \"ownership_share\": ") + shareText;
        json.replace(QByteArray("\"kind\": \"sale\""), kindAndShare);
        try {
            readCaseJson(json, QStringLiteral("bad.json"));
            QFAIL("a bad share was read");
        } catch (const CaseError &error) {
            QVERIFY2(error.message().contains(QLatin1String("bad.json")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QLatin1String("links[0].ownership_share")), qPrintable(error.message()));
        }
    }

    void oldRoleWordsInCaseJsonStillRead()
    {
        QByteArray json = writeCaseJson(testing::oneOfEverything());
        QVERIFY(json.contains("\"role\": \"cloud_tenant\""));
        json.replace("\"role\": \"cloud_tenant\"", "\"role\": \"telecom_cloud_provider\"");
        const CaseData read = readCaseJson(json, QStringLiteral("old.json"));
        QCOMPARE(read.parties.at(1).role, PartyRole::CloudProvider);
        // Written again, it says the new word: the old one is only read.
        QVERIFY(writeCaseJson(read).contains("\"role\": \"cloud_provider\""));
    }

    void aWholeCaseRoundTrips()
    {
        const QString path = freshPath();
        const CaseData data = testing::oneOfEverything();
        CaseStore::createFrom(path, data);
        QCOMPARE(reopened(path), data);
    }

    void newCaseIsEmptyAndHasItsTitle()
    {
        const QString path = freshPath();
        CaseStore::create(path, titled(QStringLiteral("Leer"), QStringLiteral("de")));
        const auto store = CaseStore::open(path);
        QCOMPARE(store->info().title, QStringLiteral("Leer"));
        QCOMPARE(store->counts().parties, 0);
        QCOMPARE(store->schemaVersion(), schema::currentVersion());
    }

    void createRefusesToOverwrite()
    {
        const QString path = freshPath();
        CaseStore::create(path, titled(QStringLiteral("one")));
        QVERIFY_THROWS_EXCEPTION(CaseError, CaseStore::create(path, titled(QStringLiteral("two"))));
        QCOMPARE(reopened(path).info.title, QStringLiteral("one"));
    }

    void everyKindOfEditIsOnDiskAtOnce()
    {
        const QString path = freshPath();
        CaseStore::createFrom(path, testing::oneOfEverything());
        const auto store = CaseStore::open(path);
        QSignalSpy changed(store.get(), &CaseStore::changed);

        Party p = *store->party(PartyId(2));
        p.name = QStringLiteral("Renamed");
        p.aliases << QStringLiteral("Alias 2");
        store->updateParty(p);
        QCOMPARE(*CaseStore::open(path, CaseStore::Access::ReadOnly)->party(PartyId(2)), p);

        Party added;
        added.key = QStringLiteral("new-party");
        added.name = QStringLiteral("Neue GmbH");
        added.role = PartyRole::Distributor;
        const PartyId addedId = store->addParty(added);
        QCOMPARE(reopened(path).parties.size(), 3);

        Site s = *store->site(SiteId(1));
        s.city = QStringLiteral("Surabaya");
        store->updateSite(s);
        QCOMPARE(reopened(path).sites.first().city, QStringLiteral("Surabaya"));

        Product chip = *store->product(ProductId(1));
        chip.chip.performanceDensity = 6.04;
        store->updateProduct(chip);
        QCOMPARE(reopened(path).products.first().chip.performanceDensity, 6.04);

        Link l = *store->link(LinkId(1));
        l.quantity = 31;
        l.dateTo = *PartialDate::fromIso(QStringLiteral("2026"));
        store->updateLink(l);
        QCOMPARE(reopened(path).links.first(), l);

        Link second = l;
        second.id = {};
        second.key = QStringLiteral("second");
        second.to = addedId;
        const LinkId secondId = store->addLink(second);
        QCOMPARE(reopened(path).links.size(), 2);

        Source src = *store->source(SourceId(1));
        src.title = QStringLiteral("Neuer Titel");
        store->updateSource(src);
        QCOMPARE(reopened(path).sources.first().title, QStringLiteral("Neuer Titel"));

        Note n = *store->note(NoteId(1));
        n.claims.append({SubjectKind::Link, secondId.value, {}});
        store->updateNote(n);
        QCOMPARE(reopened(path).notes.first().claims.size(), 3);

        store->setNodePositions({{PartyId(1), QPointF(10, 20), true}});
        const auto positions = CaseStore::open(path, CaseStore::Access::ReadOnly)->nodePositions();
        QCOMPARE(positions.size(), 1);
        QCOMPARE(positions.first().position, QPointF(10, 20));
        QVERIFY(positions.first().pinned);

        store->removeLink(secondId);
        store->removeNote(NoteId(1));
        QCOMPARE(reopened(path).notes.size(), 0);
        QCOMPARE(reopened(path).links.size(), 1);
        QCOMPARE(changed.count(), 11); // one notification per edit, so views re-read once
    }

    void removingAPartyAndRestoringItGivesBackTheSameCase()
    {
        const QString path = freshPath();
        CaseStore::createFrom(path, testing::oneOfEverything());
        const auto store = CaseStore::open(path);
        store->setNodePositions({{PartyId(1), QPointF(1, 2), true}});
        const CaseData before = store->load();
        const auto positionsBefore = store->nodePositions();

        const PartyRemoval removal = store->removeParty(PartyId(1));
        QCOMPARE(removal.links.size(), 1);
        QCOMPARE(removal.operatedSites.size(), 1);
        const CaseData during = reopened(path);
        QCOMPARE(during.parties.size(), 1);
        QCOMPARE(during.links.size(), 0);
        QVERIFY(!during.sites.first().operatorParty);
        QVERIFY(during.notes.first().claims.isEmpty());

        store->restoreParty(removal);
        QCOMPARE(reopened(path), before);
        QCOMPARE(store->nodePositions().size(), positionsBefore.size());
    }

    void removingALinkAndRestoringItGivesBackTheSameCase()
    {
        const QString path = freshPath();
        CaseStore::createFrom(path, testing::oneOfEverything());
        const auto store = CaseStore::open(path);
        const CaseData before = store->load();
        store->restoreLink(store->removeLink(LinkId(1)));
        QCOMPARE(reopened(path), before);
    }

    void aFailedEditLeavesTheFileAsItWas()
    {
        const QString path = freshPath();
        CaseStore::createFrom(path, testing::oneOfEverything());
        const auto store = CaseStore::open(path);
        const QByteArray before = testing::fileHash(path);

        Link bad = *store->link(LinkId(1));
        bad.id = {};
        bad.key = QStringLiteral("sale"); // duplicate key
        QVERIFY_THROWS_EXCEPTION(CaseError, store->addLink(bad));
        bad.key = QStringLiteral("dangling");
        bad.to = PartyId(999);
        QVERIFY_THROWS_EXCEPTION(CaseError, store->addLink(bad));

        Note wrongExcerpt = *store->note(NoteId(1));
        wrongExcerpt.excerpt = QStringLiteral("not in the source");
        QVERIFY_THROWS_EXCEPTION(CaseError, store->updateNote(wrongExcerpt));
        QCOMPARE(testing::fileHash(path), before);
    }

    void sourceTextThatWouldBreakANoteIsRefused()
    {
        const QString path = freshPath();
        CaseStore::createFrom(path, testing::oneOfEverything());
        const auto store = CaseStore::open(path);
        Source src = *store->source(SourceId(1));
        src.text.replace(QStringLiteral("Firma"), QStringLiteral("Company"));
        QVERIFY_THROWS_EXCEPTION(CaseError, store->updateSource(src));
        src = *store->source(SourceId(1));
        src.text.append(QStringLiteral(" Nachtrag."));
        store->updateSource(src); // appending keeps every excerpt in place
        QVERIFY(store->integrityProblems().isEmpty());
        QVERIFY_THROWS_EXCEPTION(CaseError, store->removeSource(SourceId(1)));
    }

    void readOnlyStoresRefuseEdits()
    {
        const QString path = freshPath();
        CaseStore::createFrom(path, testing::oneOfEverything());
        const QByteArray before = testing::fileHash(path);
        const auto store = CaseStore::open(path, CaseStore::Access::ReadOnly);
        QVERIFY(store->isReadOnly());
        QVERIFY_THROWS_EXCEPTION(CaseError, store->setInfo(titled(QStringLiteral("x"))));
        QCOMPARE(testing::fileHash(path), before);
    }

    void saveAsCopiesTheWholeCase()
    {
        const QString path = freshPath();
        CaseStore::createFrom(path, testing::oneOfEverything());
        const QString copy = freshPath();
        CaseStore::open(path)->saveCopyAs(copy);
        QCOMPARE(reopened(copy), reopened(path));
        QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));
    }

    void countsFindUnsourcedClaims()
    {
        const QString path = freshPath();
        CaseStore::createFrom(path, testing::oneOfEverything());
        const CaseCounts counts = CaseStore::open(path)->counts();
        QCOMPARE(counts.parties, 2);
        QCOMPARE(counts.links, 1);
        QCOMPARE(counts.notes, 1);
        // The note backs party 1 and the link; party 2, the site and both products have none.
        QCOMPARE(counts.unsourcedClaims, 4);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
