// SPDX-License-Identifier: GPL-3.0-or-later
// The case document between the store and the views: every edit reports exactly the rows it wrote,
// the document's copy of the case stays what the file holds without reading the file again, one
// edit (however many rows) is one notification, and the findings are worked out once per change
// off the calling thread, the newest winning.
#include "document/casedocument.h"
#include "error.h"
#include "interchange/casejson.h"
#include "rules/rulechecker.h"
#include "store/casestore.h"
#include "testcases.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace chiptrail;

Q_DECLARE_METATYPE(chiptrail::CaseChange)

namespace {

Party newParty(const QString &name, PartyRole role = PartyRole::Distributor)
{
    Party p;
    p.name = name;
    p.role = role;
    p.headquartersCountry = QStringLiteral("SG");
    return p;
}

Link sale(PartyId from, PartyId to, std::optional<ProductId> product = std::nullopt)
{
    Link l;
    l.kind = LinkKind::Sale;
    l.from = from;
    l.to = to;
    l.product = product;
    l.quantity = 64;
    l.dateFrom = PartialDate::fromDate(QDate(2025, 3, 1));
    return l;
}

const Party *byName(const CaseDocument &document, const QString &name)
{
    for (const Party &p : document.data().parties)
        if (p.name == name)
            return &p;
    return nullptr;
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<CaseStore> sampleStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("case-%1.chiptrail").arg(++m_files));
        CaseStore::createFrom(path, readCaseJsonFile(QStringLiteral(":/samples/inf-tech-indosat.json")));
        return CaseStore::open(path);
    }

private Q_SLOTS:
    void theStoreSaysWhichRowsAnEditWrote()
    {
        auto store = sampleStore();
        QSignalSpy changed(store.get(), &CaseStore::changed);
        const Party *indosat = nullptr;
        const QList<Party> parties = store->parties();
        for (const Party &p : parties)
            if (p.key == QLatin1String("indosat"))
                indosat = &p;
        QVERIFY(indosat);
        QList<qint64> itsLinks;
        for (const Link &l : store->links())
            if (l.from == indosat->id || l.to == indosat->id)
                itsLinks << l.id.value;
        QSet<qint64> itsNotes;
        for (const Note &n : store->notes())
            for (const ClaimRef &c : n.claims)
                if ((c.subject == SubjectKind::Party && c.subjectId == indosat->id.value)
                    || (c.subject == SubjectKind::Link && itsLinks.contains(c.subjectId)))
                    itsNotes.insert(n.id.value);
        QSet<qint64> itsSites;
        for (const Site &s : store->sites())
            if (s.operatorParty == indosat->id)
                itsSites.insert(s.id.value);
        QVERIFY(!itsLinks.isEmpty());
        QVERIFY(!itsNotes.isEmpty());

        store->removeParty(indosat->id);
        QCOMPARE(changed.size(), 1); // one edit, one report
        const auto change = changed.first().first().value<CaseChange>();
        QCOMPARE(change.parties, QSet<qint64>{indosat->id.value});
        QCOMPARE(change.links, QSet<qint64>(itsLinks.cbegin(), itsLinks.cend()));
        QCOMPARE(change.notes, itsNotes); // their claims on the party and its links went
        QCOMPARE(change.sites, itsSites); // the sites it operated lost their operator

        // A refused edit reports nothing.
        changed.clear();
        Product system;
        system.name = QStringLiteral("Rack without a chip");
        system.kind = ProductKind::System;
        QVERIFY_THROWS_EXCEPTION(CaseError, store->addProduct(system));
        QCOMPARE(changed.size(), 0);
    }

    void theDocumentStaysWhatTheFileHoldsWithoutReadingItAgain()
    {
        CaseDocument document;
        document.setStore(sampleStore());
        QCOMPARE(document.fullLoads(), 1);
        CaseStore &store = *document.store();

        const PartyId added = store.addParty(newParty(QStringLiteral("Neue Handels GmbH")), QPointF(10, 20));
        const Party *aivres = byName(document, QStringLiteral("Aivres"));
        QVERIFY(aivres);
        store.addLink(sale(aivres->id, added));
        Party renamed = *document.party(added);
        renamed.name = QStringLiteral("Neue Handels AG");
        store.updateParty(renamed);
        store.setNodePositions({{added, QPointF(300, 40), true}});
        Link first = document.data().links.first();
        store.removeLink(first.id);
        store.removeParty(byName(document, QStringLiteral("INF Tech"))->id);

        // After every kind of edit the document holds what a fresh read of the file holds.
        QCOMPARE(document.data(), store.load());
        QCOMPARE(document.positions(), store.nodePositions());
        QCOMPARE(document.fullLoads(), 1);
        const Party *neue = document.party(added);
        QVERIFY(neue);
        QCOMPARE(neue->name, QStringLiteral("Neue Handels AG"));
        QCOMPARE(neue->key, QStringLiteral("neue-handels-gmbh")); // minted by the store from the first name
    }

    void eachEditIsOneTypedNotification()
    {
        CaseDocument document;
        document.setStore(sampleStore());
        CaseStore &store = *document.store();
        QSignalSpy changed(&document, &CaseDocument::changed);

        const PartyId added = store.addParty(newParty(QStringLiteral("Ocean Link Pte. Ltd.")));
        QCOMPARE(changed.size(), 1);
        auto delta = changed.takeFirst().first().value<CaseDelta>();
        QCOMPARE(delta.parties.added, QSet<qint64>{added.value});
        QVERIFY(delta.parties.updated.isEmpty() && delta.parties.removed.isEmpty() && delta.links.isEmpty());

        // Five links deleted as one edit (an undo macro): one notification naming all five.
        QList<LinkId> five;
        for (const Link &l : document.data().links)
            if (five.size() < 5)
                five << l.id;
        QCOMPARE(five.size(), 5);
        {
            const CaseDocument::EditScope edit(&document);
            store.editAtOnce([&] {
                for (const LinkId id : std::as_const(five))
                    store.removeLink(id);
            });
        }
        QCOMPARE(changed.size(), 1);
        delta = changed.takeFirst().first().value<CaseDelta>();
        QCOMPARE(delta.links.removed.size(), 5);
        for (const LinkId id : std::as_const(five))
            QVERIFY(!document.link(id));

        // Several edits inside one scope: one notification at the end, none before.
        {
            const CaseDocument::EditScope edit(&document);
            store.addParty(newParty(QStringLiteral("A")));
            store.addParty(newParty(QStringLiteral("B")));
            QCOMPARE(changed.size(), 0);
        }
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst().first().value<CaseDelta>().parties.added.size(), 2);

        // A note backing a party: the party's count of notes follows, and the delta says whose.
        const Source source = document.data().sources.first();
        Note note;
        note.source = source.id;
        note.start = 0;
        note.length = 10;
        note.excerpt = codePointSlice(source.text, 0, 10);
        note.claims = {{SubjectKind::Party, added.value, {}}};
        QCOMPARE(document.noteCount(SubjectKind::Party, added.value), 0);
        const NoteId noteId = store.addNote(note);
        QCOMPARE(document.noteCount(SubjectKind::Party, added.value), 1);
        delta = changed.takeFirst().first().value<CaseDelta>();
        QVERIFY(delta.partiesBacked.contains(added.value));
        store.removeNote(noteId);
        QCOMPARE(document.noteCount(SubjectKind::Party, added.value), 0);
        QCOMPARE(document.counts().unsourcedClaims, store.counts().unsourcedClaims);
    }

    void theLayoutsPlacesWaitForTheFirstEdit()
    {
        CaseDocument document;
        document.setStore(sampleStore());
        CaseStore &store = *document.store();
        const QString path = store.path();
        const QList<Party> parties = document.data().parties;
        QVERIFY(parties.size() >= 3);
        QSignalSpy changed(&document, &CaseDocument::changed);

        // Shown at once (the views hear of them), not written.
        QList<NodePosition> places;
        for (int i = 0; i < parties.size(); ++i)
            places.append({parties.at(i).id, QPointF(100.0 * i, 50), false});
        places.append({PartyId(999999), QPointF(1, 1), false}); // no such party: left out
        document.placeUnstored(places);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst().first().value<CaseDelta>().positions.size(), parties.size());
        QCOMPARE(document.positions().size(), parties.size());
        QCOMPARE(document.position(parties.at(1).id)->position, QPointF(100, 50));
        QVERIFY(store.nodePositions().isEmpty());
        QVERIFY(document.hasUnstoredPlaces());

        // The same places again are no news.
        document.placeUnstored(places);
        QCOMPARE(changed.size(), 0);

        // The first edit (a party removed) writes the places before its own rows; the removed
        // party's goes with it, and the views hear only the edit.
        {
            const CaseDocument::EditScope edit(&document);
            store.removeParty(parties.at(0).id);
        }
        QVERIFY(!document.hasUnstoredPlaces());
        QCOMPARE(store.nodePositions().size(), parties.size() - 1);
        QCOMPARE(store.nodePosition(parties.at(2).id)->position, QPointF(200, 50));
        QCOMPARE(changed.size(), 1);
        const auto delta = changed.takeFirst().first().value<CaseDelta>();
        QCOMPARE(delta.parties.removed, QSet<qint64>{parties.at(0).id.value});
        QVERIFY(!delta.positions.contains(parties.at(2).id.value));

        // Another case forgets places it never wrote.
        document.placeUnstored({{parties.at(1).id, QPointF(-5, -5), false}});
        QVERIFY(document.hasUnstoredPlaces());
        document.setStore(CaseStore::open(path));
        QVERIFY(!document.hasUnstoredPlaces());
        QCOMPARE(document.position(parties.at(1).id)->position, QPointF(100, 50));
    }

    void findingsAreWorkedOutOffThisThreadNewestWins()
    {
        CaseDocument document;
        QSignalSpy findings(&document, &CaseDocument::findingsChanged);
        document.setStore(sampleStore());
        document.waitForFindings();
        QCOMPARE(findings.size(), 1);
        QVERIFY(document.checkError().isEmpty());

        // The same checks as the command line's, on the same case.
        const RuleChecker checker(*document.ruleBook());
        const CaseFindings expected = checker.check(document.store()->load(), {});
        QCOMPARE(document.findings().links.size(), expected.links.size());
        for (int i = 0; i < expected.links.size(); ++i)
            QCOMPARE(document.findings().links.at(i).verdict, expected.links.at(i).verdict);

        // Three edits in a row: the window keeps going; what arrives is for the case after the last.
        findings.clear();
        CaseStore &store = *document.store();
        const Party *nvidia = byName(document, QStringLiteral("NVIDIA"));
        QVERIFY(nvidia);
        const PartyId a = store.addParty(newParty(QStringLiteral("Relay One")));
        const PartyId b = store.addParty(newParty(QStringLiteral("Relay Two"), PartyRole::CloudTenant));
        const LinkId last = store.addLink(sale(nvidia->id, a, document.data().products.first().id));
        QVERIFY(document.isChecking());
        document.waitForFindings();
        QVERIFY(findings.size() >= 1);
        QVERIFY(findings.size() <= 3);
        bool sawLast = false;
        for (const LinkFinding &f : document.findings().links)
            sawLast = sawLast || f.link == last;
        QVERIFY2(sawLast, "the findings are those of the case after the newest edit");
        Q_UNUSED(b);

        // Places are not something the rules read: moving a card checks nothing again.
        findings.clear();
        store.setNodePositions({{a, QPointF(1, 2), true}});
        QCoreApplication::processEvents();
        QVERIFY(!document.isChecking());
        QCOMPARE(findings.size(), 0);
    }

    void anotherCaseIsAResetNotAnEdit()
    {
        CaseDocument document;
        QSignalSpy reset(&document, &CaseDocument::reset);
        QSignalSpy changed(&document, &CaseDocument::changed);
        document.setStore(sampleStore());
        document.setStore(sampleStore());
        QCOMPARE(reset.size(), 2);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(document.fullLoads(), 2);
        document.setStore(nullptr);
        QVERIFY(!document.hasCase());
        QVERIFY(document.data().parties.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "test_document.moc"
