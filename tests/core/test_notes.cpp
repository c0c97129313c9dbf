// SPDX-License-Identifier: GPL-3.0-or-later
// Sources and notes in the case file: German-aware search, offsets that survive reopening,
// re-anchoring when a source text changes, confidence of claims, and the upgrade to schema 4.
#include "error.h"
#include "model/textfolding.h"
#include "store/casestore.h"
#include "store/schema.h"

#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace chiptrail;

namespace {

Source makeSource(const QString &key, const QString &language, const QString &text)
{
    Source s;
    s.key = key;
    s.title = QStringLiteral("Title of %1").arg(key);
    s.publisher = QStringLiteral("Publisher");
    s.language = language;
    s.text = text;
    return s;
}

Note quote(const QString &key, const Source &source, const QString &passage, ClaimRef claim)
{
    Note n;
    n.key = key;
    n.source = source.id;
    const auto index = source.text.indexOf(passage);
    n.start = utf16IndexToCodePoint(source.text, int(index));
    n.length = codePointLength(passage);
    n.excerpt = passage;
    n.claims = {claim};
    return n;
}

QStringList noteKeys(const CaseStore &store, const QString &query)
{
    QStringList keys;
    for (const auto &hit : store.search(query))
        if (hit.kind == SearchHit::Kind::Note)
            keys << store.note(NoteId(hit.id))->key;
    keys.sort();
    return keys;
}

QStringList sourceKeys(const CaseStore &store, const QString &query)
{
    QStringList keys;
    for (const auto &hit : store.search(query))
        if (hit.kind == SearchHit::Kind::Source)
            keys << store.source(SourceId(hit.id))->key;
    keys.sort();
    return keys;
}

} // namespace

class TestNotes : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<CaseStore> m_store;
    Source m_de, m_en;
    PartyId m_party;

    QString freshPath() { return m_dir.filePath(QStringLiteral("notes%1.chiptrail").arg(++m_counter)); }

private Q_SLOTS:
    void init()
    {
        CaseInfo info;
        info.title = QStringLiteral("Notes");
        info.language = QStringLiteral("de");
        m_store = CaseStore::create(freshPath(), info);
        Party p;
        p.key = QStringLiteral("mueller");
        p.name = QStringLiteral("Müller GmbH");
        m_party = m_store->addParty(p);
        m_de = makeSource(QStringLiteral("de"), QStringLiteral("de"),
                          QStringLiteral("🚚 Die Müller GmbH in der Hauptstraße lieferte über Singapur "
                                         "2.304 Chips. Das Straßenfest fiel aus."));
        m_de.id = m_store->addSource(m_de);
        m_en = makeSource(QStringLiteral("en"), QStringLiteral("en"),
                          QStringLiteral("Mueller GmbH shipped 2,304 chips through Singapore; exports rose."));
        m_en.id = m_store->addSource(m_en);
        const ClaimRef claim{SubjectKind::Party, m_party.value, {}};
        const NoteId de = m_store->addNote(quote(QStringLiteral("n-de"), m_de,
                                                 QStringLiteral("Die Müller GmbH in der Hauptstraße lieferte über Singapur"), claim));
        Note en = quote(QStringLiteral("n-en"), m_en, QStringLiteral("Mueller GmbH shipped 2,304 chips through Singapore"), claim);
        en.translationOf = de;
        m_store->addNote(en);
    }

    void foldingSpellsGermanWithoutUmlauts()
    {
        QCOMPARE(foldGerman(QStringLiteral("Müller Straße ÄÖÜ ẞ öl")), QStringLiteral("Mueller Strasse AeOeUe SS oel"));
        QCOMPARE(foldGerman(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(searchTerms(QStringLiteral("  Müller, \"Straße\" (2.304)")),
                 QStringList({QStringLiteral("Müller"), QStringLiteral("Straße"), QStringLiteral("2"), QStringLiteral("304")}));
    }

    void searchIsGermanAware_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("notes");
        const QStringList both{QStringLiteral("n-de"), QStringLiteral("n-en")};
        const QStringList de{QStringLiteral("n-de")};
        const QStringList en{QStringLiteral("n-en")};
        QTest::newRow("Mueller finds Müller and Mueller") << QStringLiteral("Mueller") << both;
        QTest::newRow("Müller finds both spellings") << QStringLiteral("Müller") << both;
        QTest::newRow("Muller finds Müller") << QStringLiteral("muller") << de;
        QTest::newRow("Strasse finds Straße") << QStringLiteral("Hauptstrasse") << de;
        QTest::newRow("Straße as typed") << QStringLiteral("Hauptstraße") << de;
        QTest::newRow("uber finds über") << QStringLiteral("uber") << de;
        QTest::newRow("ueber finds über") << QStringLiteral("ueber Singapur") << de;
        QTest::newRow("English word") << QStringLiteral("shipped") << en;
        QTest::newRow("English, any case") << QStringLiteral("SINGAPORE") << en;
        QTest::newRow("prefix") << QStringLiteral("Singap") << both;
        QTest::newRow("all words must match") << QStringLiteral("Mueller Singapur") << de;
        QTest::newRow("nothing") << QStringLiteral("Taiwan") << QStringList();
        QTest::newRow("punctuation only") << QStringLiteral("\" * ( :") << QStringList();
        QTest::newRow("FTS syntax is just words") << QStringLiteral("body: NEAR(x") << QStringList();
    }

    void searchIsGermanAware()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, notes);
        QCOMPARE(noteKeys(*m_store, query), notes);
    }

    void searchFindsSourcesWithMarkedSnippets()
    {
        QCOMPARE(sourceKeys(*m_store, QStringLiteral("Strassenfest")), QStringList{QStringLiteral("de")});
        QCOMPARE(sourceKeys(*m_store, QStringLiteral("exports")), QStringList{QStringLiteral("en")});
        QCOMPARE(sourceKeys(*m_store, QStringLiteral("Publisher")).size(), 2);
        const auto hits = m_store->search(QStringLiteral("exports"));
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.first().snippet.contains(QString(SearchHit::markStart) + QStringLiteral("exports")
                                              + QString(SearchHit::markEnd)));
    }

    void searchFollowsEdits()
    {
        Note n = quote(QStringLiteral("fest"), m_de, QStringLiteral("Das Straßenfest fiel aus."),
                       {SubjectKind::Party, m_party.value, {}});
        const NoteId id = m_store->addNote(n);
        QCOMPARE(noteKeys(*m_store, QStringLiteral("Strassenfest")), QStringList{QStringLiteral("fest")});
        m_store->removeNote(id);
        QVERIFY(noteKeys(*m_store, QStringLiteral("Strassenfest")).isEmpty());

        Source edited = m_en;
        edited.text += QStringLiteral(" Taiwan denied it.");
        m_store->updateSource(edited);
        QCOMPARE(sourceKeys(*m_store, QStringLiteral("taiwan")), QStringList{QStringLiteral("en")});
        const auto extra = m_store->addSource(makeSource(QStringLiteral("x"), QStringLiteral("en"), QStringLiteral("Taiwan")));
        QCOMPARE(sourceKeys(*m_store, QStringLiteral("taiwan")).size(), 2);
        m_store->removeSource(extra);
        QCOMPARE(sourceKeys(*m_store, QStringLiteral("taiwan")).size(), 1);
    }

    void offsetsSurviveReopen()
    {
        const QString path = m_store->path();
        const Note before = *m_store->note(NoteId(1));
        QCOMPARE(before.start, 2); // after the emoji (one code point, two UTF-16 units) and a space
        m_store.reset();
        const auto reopened = CaseStore::open(path, CaseStore::Access::ReadOnly);
        const Note after = *reopened->note(NoteId(1));
        QCOMPARE(after, before);
        QCOMPARE(codePointSlice(reopened->source(after.source)->text, after.start, after.length), after.excerpt);
        QCOMPARE(noteKeys(*reopened, QStringLiteral("Mueller")).size(), 2);
    }

    void editingASourceReanchorsItsNotes()
    {
        Source edited = m_de;
        edited.text = QStringLiteral("Vorspann. ") + m_de.text;
        const QList<Note> moved = m_store->updateSource(edited);
        QCOMPARE(moved.size(), 1);
        const Note note = *m_store->note(NoteId(1));
        QCOMPARE(note.start, 12);
        QCOMPARE(codePointSlice(edited.text, note.start, note.length), note.excerpt);
        QVERIFY(m_store->integrityProblems().isEmpty());

        // Undo puts source and notes back exactly.
        const Note original = moved.first();
        Note back = original;
        back.start = 2;
        m_store->restoreSource(m_de, {back});
        QCOMPARE(m_store->note(NoteId(1))->start, 2);
        QCOMPARE(m_store->source(m_de.id)->text, m_de.text);
    }

    void editingASourceThatWouldBreakANoteIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("because");
        const QString passage = QStringLiteral("Die Müller GmbH in der Hauptstraße lieferte über Singapur");
        QTest::newRow("passage gone") << QStringLiteral("Ganz neuer Text.") << QStringLiteral("no longer");
        QTest::newRow("passage twice") << passage + QStringLiteral(" / ") + passage << QStringLiteral("more than once");
    }

    void editingASourceThatWouldBreakANoteIsRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, because);
        Source edited = m_de;
        edited.text = text;
        try {
            m_store->updateSource(edited);
            QFAIL("the edit was accepted");
        } catch (const CaseError &error) {
            QVERIFY2(error.message().contains(because), qPrintable(error.message()));
            QVERIFY(error.message().contains(QStringLiteral("n-de")));
        }
        QCOMPARE(m_store->source(m_de.id)->text, m_de.text);
        QCOMPARE(m_store->note(NoteId(1))->start, 2);
    }

    void confidenceOfClaimsAndAttributes()
    {
        const ClaimRef whole{SubjectKind::Party, m_party.value, {}};
        const ClaimRef name{SubjectKind::Party, m_party.value, QStringLiteral("name")};
        QCOMPARE(m_store->confidence(whole), Confidence::Reported);
        QCOMPARE(m_store->confidence(name), std::nullopt);
        m_store->setConfidence(whole, Confidence::Disputed);
        m_store->setConfidence(name, Confidence::Confirmed);
        QCOMPARE(m_store->party(m_party)->confidence, Confidence::Disputed);
        QCOMPARE(m_store->party(m_party)->attributeConfidence.value(QStringLiteral("name")), Confidence::Confirmed);
        m_store->setConfidence(name, std::nullopt);
        QCOMPARE(m_store->confidence(name), std::nullopt);
        QVERIFY_THROWS_EXCEPTION(CaseError, m_store->setConfidence({SubjectKind::Link, 99, {}}, Confidence::Denied));
    }

    void aSourceWithItsNoteIsAddedAndRemovedAsOne()
    {
        Source own = makeSource(QStringLiteral("own"), QStringLiteral("en"), QStringLiteral("My translation."));
        Note n;
        n.key = QStringLiteral("own-note");
        n.length = codePointLength(own.text);
        n.excerpt = own.text;
        n.translationOf = NoteId(1);
        const auto [sourceId, noteId] = m_store->addSourceWithNote(own, n);
        QCOMPARE(m_store->note(noteId)->source, sourceId);
        QCOMPARE(noteKeys(*m_store, QStringLiteral("translation")), QStringList{QStringLiteral("own-note")});
        m_store->removeNoteWithSource(noteId, sourceId);
        QVERIFY(!m_store->source(sourceId));
        QVERIFY(noteKeys(*m_store, QStringLiteral("translation")).isEmpty());
    }

    void aCopyForSharingHoldsNoTraceOfDeletedSources()
    {
        // An informant's words, deleted before the case is passed on, must not be in the copy.
        Source secret = makeSource(QStringLiteral("secret"), QStringLiteral("de"),
                                   QStringLiteral("Der Informant Quastenflosser sagte, die Lieferung ging über Kuala Lumpur."));
        secret.id = m_store->addSource(secret);
        const NoteId note = m_store->addNote(quote(QStringLiteral("n-secret"), secret,
                                                   QStringLiteral("Der Informant Quastenflosser sagte"),
                                                   {SubjectKind::Party, m_party.value, {}}));
        QVERIFY(!m_store->search(QStringLiteral("Quastenflosser")).isEmpty());
        m_store->removeNote(note);
        m_store->removeSource(secret.id);
        QVERIFY(m_store->search(QStringLiteral("Quastenflosser")).isEmpty());

        const QString copy = freshPath();
        m_store->saveCopyAs(copy);
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("Quastenflosser"));
        QVERIFY(!bytes.contains("quastenflosser")); // the search index keeps folded tokens
        QVERIFY(bytes.contains("Hauptstra")); // what the case still holds is there
        QCOMPARE(CaseStore::open(copy, CaseStore::Access::ReadOnly)->load().sources.size(), 2);
    }

    void version3FilesGetASearchIndex()
    {
        const QString path = freshPath();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QByteArray setup = QByteArray("PRAGMA application_id=") + QByteArray::number(schema::applicationId)
                           + ";\nPRAGMA journal_mode=DELETE;\n";
        for (int i = 0; i < 3; ++i)
            setup += QByteArray(schema::migrations()[size_t(i)]) + "\n";
        setup += "PRAGMA user_version=3;\n"
                 "INSERT INTO source VALUES (1, 's', 'T', 'P', NULL, 'de', NULL, 'Die Straße über den Fluss');\n"
                 "INSERT INTO note VALUES (1, 'n', 1, 4, 6, 'Straße', NULL);\n";
        char *error = nullptr;
        const int rc = sqlite3_exec(db, setup.constData(), nullptr, nullptr, &error);
        const QString message = QString::fromUtf8(error ? error : "");
        sqlite3_free(error);
        sqlite3_close(db);
        QVERIFY2(rc == SQLITE_OK, qPrintable(message));

        // Read-only: upgraded in memory, searchable, file untouched.
        QCOMPARE(noteKeys(*CaseStore::open(path, CaseStore::Access::ReadOnly), QStringLiteral("strasse")),
                 QStringList{QStringLiteral("n")});
        const auto store = CaseStore::open(path);
        QCOMPARE(store->schemaVersion(), schema::currentVersion());
        QCOMPARE(noteKeys(*store, QStringLiteral("strasse")), QStringList{QStringLiteral("n")});
        QCOMPARE(sourceKeys(*store, QStringLiteral("uber")), QStringList{QStringLiteral("s")});
    }
};

QTEST_GUILESS_MAIN(TestNotes)
#include "test_notes.moc"
