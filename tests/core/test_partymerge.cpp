// SPDX-License-Identifier: GPL-3.0-or-later
// Merging parties found to be the same: every reference moves, nothing else changes, undo puts
// back every row, and the screening still sees the merged party's old names.
#include "error.h"
#include "interchange/casejson.h"
#include "rules/partyduplicates.h"
#include "rules/rulebook.h"
#include "rules/rulechecker.h"
#include "store/casestore.h"

#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace chiptrail;

namespace {

template <typename T>
T byKey(const QList<T> &list, const QString &key)
{
    for (const auto &item : list)
        if (item.key == key)
            return item;
    qFatal("no record with key %s", qPrintable(key));
}

bool claimsParty(const Note &note, PartyId id)
{
    return std::any_of(note.claims.cbegin(), note.claims.cend(), [&](const ClaimRef &c) {
        return c.subject == SubjectKind::Party && c.subjectId == id.value;
    });
}

QStringList inspurHits(const CaseData &data, const RuleBook &book, const QString &partyKey)
{
    const RuleChecker checker(book);
    QStringList entries;
    for (const PartyFinding &finding : checker.check(data, {}).parties)
        if (finding.partyKey == partyKey)
            for (const ScreeningMatch &match : finding.matches)
                entries << match.entryId;
    return entries;
}

} // namespace

class TestPartyMerge : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<CaseStore> sample()
    {
        const QString path = m_dir.filePath(QStringLiteral("case%1.chiptrail").arg(++m_files));
        return CaseStore::createFrom(path, readCaseJsonFile(QStringLiteral(":/samples/inf-tech-indosat.json")));
    }

private Q_SLOTS:
    void everyReferenceMovesAndUndoRestoresTheRows()
    {
        auto store = sample();
        const Party alibaba = byKey(store->parties(), QStringLiteral("alibaba"));
        const Party inspur = byKey(store->parties(), QStringLiteral("inspur"));
        // What the sample lacks, so every kind of reference is there to move.
        store->setScreeningDecision({inspur.id, QStringLiteral("el-inspur-2023"), QStringLiteral("Entity List"), true,
                                     QStringLiteral("same company"), QStringLiteral("2026-01-02T10:00:00")});
        Site site = store->sites().first();
        site.operatorParty = inspur.id;
        store->updateSite(site);
        store->setNodePositions({{inspur.id, QPointF(10, 20), true}});
        store->setConfidence({SubjectKind::Party, inspur.id.value, QStringLiteral("headquarters_country")},
                             Confidence::Confirmed);

        const CaseData before = store->load();
        const QByteArray jsonBefore = writeCaseJson(before);
        const QList<NodePosition> positionsBefore = store->nodePositions();
        QList<Link> inspurLinks;
        for (const Link &link : before.links)
            if (link.from == inspur.id || link.to == inspur.id)
                inspurLinks << link;
        QList<Note> inspurNotes;
        for (const Note &note : before.notes)
            if (claimsParty(note, inspur.id))
                inspurNotes << note;
        QVERIFY(!inspurLinks.isEmpty());
        QVERIFY(!inspurNotes.isEmpty());

        QList<CaseChange> heard;
        connect(store.get(), &CaseStore::changed, this, [&](const CaseChange &c) { heard << c; });
        const RuleBook book = RuleBook::load();
        const PartyMerge merge = store->mergeParties(alibaba.id, {inspur.id}, screeningNameKey(book.folding));
        const CaseData after = store->load();

        // The party is gone, and nothing refers to it any more.
        QVERIFY(!store->party(inspur.id));
        QCOMPARE(after.parties.size(), before.parties.size() - 1);
        for (const Link &link : after.links)
            QVERIFY(link.from != inspur.id && link.to != inspur.id);
        for (const Note &note : after.notes)
            QVERIFY(!claimsParty(note, inspur.id));
        for (const Site &s : after.sites)
            QVERIFY(s.operatorParty != inspur.id);
        for (const ScreeningDecision &d : after.screeningDecisions)
            QVERIFY(d.party != inspur.id);
        // ... and everything that referred to it refers to the survivor.
        QCOMPARE(merge.linkCount(), inspurLinks.size());
        for (const Link &link : inspurLinks) {
            Link moved = link;
            if (moved.from == inspur.id)
                moved.from = alibaba.id;
            if (moved.to == inspur.id)
                moved.to = alibaba.id;
            QCOMPARE(*store->link(link.id), moved);
        }
        for (const Note &note : inspurNotes)
            QVERIFY(claimsParty(*store->note(note.id), alibaba.id));
        QCOMPARE(store->site(site.id)->operatorParty, std::optional<PartyId>(alibaba.id));
        QCOMPARE(after.screeningDecisions.size(), 1);
        QCOMPARE(after.screeningDecisions.first().party, alibaba.id);
        // The survivor keeps its own name, values and place; the other's names become aliases,
        // one per spelling after folding.
        const Party merged = *store->party(alibaba.id);
        QCOMPARE(merged.name, alibaba.name);
        QCOMPARE(merged.key, alibaba.key);
        QVERIFY(merged.aliases.contains(QStringLiteral("Inspur")));
        QVERIFY(merged.aliases.contains(QStringLiteral("浪潮集团")));
        QCOMPARE(merged.aliases.mid(0, alibaba.aliases.size()), alibaba.aliases);
        QCOMPARE(merge.aliasesAdded + merge.aliasesKnown, QStringList{inspur.name} + inspur.aliases);
        // Alibaba had no place in this case, so it takes Inspur's.
        QVERIFY(std::none_of(positionsBefore.cbegin(), positionsBefore.cend(),
                             [&](const NodePosition &p) { return p.party == alibaba.id; }));
        QCOMPARE(store->nodePosition(alibaba.id)->position, QPointF(10, 20));
        // Nothing else changed: every row not named above is as it was.
        for (const Link &link : before.links)
            if (!inspurLinks.contains(link))
                QCOMPARE(*store->link(link.id), link);
        for (const Note &note : before.notes)
            if (!inspurNotes.contains(note))
                QCOMPARE(*store->note(note.id), note);
        for (const Party &party : before.parties)
            if (party.id != alibaba.id && party.id != inspur.id)
                QCOMPARE(*store->party(party.id), party);
        QCOMPARE(after.sources, before.sources);
        QCOMPARE(after.products, before.products);
        // One report of the edit, naming what it wrote.
        QCOMPARE(heard.size(), 1);
        QVERIFY(heard.first().parties.contains(inspur.id.value));
        QVERIFY(heard.first().parties.contains(alibaba.id.value));
        QVERIFY(heard.first().screening);
        for (const Link &link : inspurLinks)
            QVERIFY(heard.first().links.contains(link.id.value));

        store->unmergeParties(merge);
        QCOMPARE(writeCaseJson(store->load()), jsonBefore);
        QCOMPARE(store->load(), before);
        QCOMPARE(store->nodePositions(), positionsBefore);
        QCOMPARE(*store->party(inspur.id), byKey(before.parties, QStringLiteral("inspur")));
        QVERIFY(store->integrityProblems().isEmpty());

        // Redo: the same merge again gives the same result.
        const PartyMerge again = store->mergeParties(alibaba.id, {inspur.id}, screeningNameKey(book.folding));
        QCOMPARE(store->load(), after);
        QCOMPARE(again.keptAfter, merge.keptAfter);
    }

    void conflictsStayTheSurvivorsAndAreReported()
    {
        auto store = sample();
        Party a = byKey(store->parties(), QStringLiteral("qi-yuan"));
        Party b = byKey(store->parties(), QStringLiteral("nyocor"));
        a.description = QStringLiteral("founder");
        a.headquartersCountry.clear();
        store->updateParty(a);
        b.description = QStringLiteral("operator");
        b.headquartersCountry = QStringLiteral("ID");
        store->updateParty(b);
        const PartyMerge merge = store->mergeParties(a.id, {b.id});
        const Party merged = *store->party(a.id);
        QCOMPARE(merged.description, QStringLiteral("founder"));
        QCOMPARE(merged.headquartersCountry, QStringLiteral("ID"));
        QVERIFY(merge.fieldsFilled.contains(QStringLiteral("headquarters_country")));
        const auto description = std::find_if(merge.conflicts.cbegin(), merge.conflicts.cend(),
                                              [](const auto &c) { return c.field == QLatin1String("description"); });
        QVERIFY(description != merge.conflicts.cend());
        QCOMPARE(description->kept, QStringLiteral("founder"));
        QCOMPARE(description->dropped, QStringLiteral("operator"));
        const auto role = std::find_if(merge.conflicts.cbegin(), merge.conflicts.cend(),
                                       [](const auto &c) { return c.field == QLatin1String("role"); });
        QVERIFY(role != merge.conflicts.cend());
        QCOMPARE(role->dropped, QStringLiteral("data_centre_operator"));
    }

    void aLinkBetweenTheMergedPartiesIsRefusedByName()
    {
        auto store = sample();
        const QByteArray before = writeCaseJson(store->load());
        const Party aivres = byKey(store->parties(), QStringLiteral("aivres"));
        const Party inspur = byKey(store->parties(), QStringLiteral("inspur"));
        try {
            store->mergeParties(aivres.id, {inspur.id});
            QFAIL("merged two parties joined by a link");
        } catch (const CaseError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("aivres-inspur")), qPrintable(error.message()));
        }
        QVERIFY_THROWS_EXCEPTION(CaseError, store->mergeParties(aivres.id, {aivres.id}));
        QVERIFY_THROWS_EXCEPTION(CaseError, store->mergeParties(aivres.id, {}));
        QCOMPARE(writeCaseJson(store->load()), before);
    }

    void screeningStillFindsTheMergedPartysOldName()
    {
        auto store = sample();
        const RuleBook book = RuleBook::load();
        const Party alibaba = byKey(store->parties(), QStringLiteral("alibaba"));
        const Party inspur = byKey(store->parties(), QStringLiteral("inspur"));
        QVERIFY(!inspurHits(store->load(), book, alibaba.key).contains(QStringLiteral("el-inspur-2023")));
        QVERIFY(inspurHits(store->load(), book, inspur.key).contains(QStringLiteral("el-inspur-2023")));
        store->mergeParties(alibaba.id, {inspur.id}, screeningNameKey(book.folding));
        QVERIFY(inspurHits(store->load(), book, alibaba.key).contains(QStringLiteral("el-inspur-2023")));
    }

    void everyTableThatRefersToPartiesIsHandled()
    {
        // A new table that refers to parties must be moved by the merge (or the merge would lose
        // its rows when the merged party goes): the schema's foreign keys and subject tables must
        // be those the merge handles.
        auto store = sample();
        const QString path = store->path();
        store.reset();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        QStringList foreignKeys, subjectTables;
        sqlite3_stmt *tables = nullptr;
        sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name", -1, &tables, nullptr);
        while (sqlite3_step(tables) == SQLITE_ROW) {
            const QByteArray table = reinterpret_cast<const char *>(sqlite3_column_text(tables, 0));
            sqlite3_stmt *keys = nullptr;
            sqlite3_prepare_v2(db, "SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?1)", -1, &keys, nullptr);
            sqlite3_bind_text(keys, 1, table.constData(), -1, SQLITE_TRANSIENT);
            while (sqlite3_step(keys) == SQLITE_ROW)
                if (QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(keys, 0))) == "party")
                    foreignKeys << QString::fromUtf8(table) + QLatin1Char('.')
                                       + QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(keys, 1)));
            sqlite3_finalize(keys);
            sqlite3_stmt *columns = nullptr;
            sqlite3_prepare_v2(db, "SELECT 1 FROM pragma_table_info(?1) WHERE name = 'subject_kind'", -1, &columns, nullptr);
            sqlite3_bind_text(columns, 1, table.constData(), -1, SQLITE_TRANSIENT);
            if (sqlite3_step(columns) == SQLITE_ROW)
                subjectTables << QString::fromUtf8(table);
            sqlite3_finalize(columns);
        }
        sqlite3_finalize(tables);
        sqlite3_close(db);
        foreignKeys.sort();
        QCOMPARE(foreignKeys, partyMergeForeignKeys());
        QCOMPARE(subjectTables, partyMergeSubjectTables());
    }

    void possibleDuplicatesAreFoundByTheScreeningsFolding()
    {
        const RuleBook book = RuleBook::load();
        Party a, b, c;
        a.id = PartyId(1);
        a.name = QStringLiteral("Inspur Group Co., Ltd.");
        b.id = PartyId(2);
        b.name = QStringLiteral("INSPUR GROUP");
        c.id = PartyId(3);
        c.name = QStringLiteral("Indosat Ooredoo Hutchison");
        const auto pairs = findPossibleDuplicates({c, b, a}, book.folding, book.entityList.possibleScore);
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs.first().first, PartyId(1));
        QCOMPARE(pairs.first().second, PartyId(2));
        QVERIFY(pairs.first().score >= book.entityList.possibleScore);
    }
};

QTEST_GUILESS_MAIN(TestPartyMerge)
#include "test_partymerge.moc"
