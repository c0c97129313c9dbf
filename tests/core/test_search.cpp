// SPDX-License-Identifier: GPL-3.0-or-later
// One search for the whole case: word forms through Snowball (German, English), hits that quote
// the text as written, parties, aliases, links and products, pages of PDF sources, and the index
// of older files built again when they are upgraded.
#include "error.h"
#include "interchange/casejson.h"
#include "model/textfolding.h"
#include "search/excerpt.h"
#include "search/wordforms.h"
#include "store/casestore.h"
#include "store/schema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace chiptrail;

namespace {

const QString marked(const QString &word) { return SearchHit::markStart + word + SearchHit::markEnd; }

Source makeSource(const QString &key, const QString &language, const QString &text)
{
    Source s;
    s.key = key;
    s.title = QStringLiteral("Bericht %1").arg(key);
    s.language = language;
    s.text = text;
    return s;
}

QStringList keysOf(const CaseStore &store, const QString &query, SearchHit::Kind kind)
{
    QStringList keys;
    for (const auto &hit : store.search(query)) {
        if (hit.kind != kind)
            continue;
        switch (kind) {
        case SearchHit::Kind::Source: keys << store.source(SourceId(hit.id))->key; break;
        case SearchHit::Kind::Note: keys << store.note(NoteId(hit.id))->key; break;
        case SearchHit::Kind::Party: keys << store.party(PartyId(hit.id))->key; break;
        case SearchHit::Kind::Product: keys << store.product(ProductId(hit.id))->key; break;
        case SearchHit::Kind::Link: keys << store.link(LinkId(hit.id))->key; break;
        }
    }
    keys.sort();
    return keys;
}

std::optional<SearchHit> firstHit(const CaseStore &store, const QString &query, SearchHit::Kind kind)
{
    for (const auto &hit : store.search(query))
        if (hit.kind == kind)
            return hit;
    return std::nullopt;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<CaseStore> m_store;

    QString freshPath() { return m_dir.filePath(QStringLiteral("search%1.chiptrail").arg(++m_counter)); }

private Q_SLOTS:
    void init()
    {
        m_store = CaseStore::create(freshPath(), {QStringLiteral("Search"), {}, QStringLiteral("de")});
        const QList<Source> sources{
            makeSource(QStringLiteral("gekauft"), QStringLiteral("de"), QStringLiteral("Die Server wurden 2024 gekauft.")),
            makeSource(QStringLiteral("kaufte"), QStringLiteral("de"), QStringLiteral("Indosat kaufte die Racks.")),
            makeSource(QStringLiteral("verkauf"), QStringLiteral("de"), QStringLiteral("Der Verkauf lief über Aivres.")),
            makeSource(QStringLiteral("miete"), QStringLiteral("de"),
                       QStringLiteral("Die Miete lief weiter; die Ausrüstung steht in Jakarta, im Rechenzentrumskomplex.")),
            makeSource(QStringLiteral("bought"), QStringLiteral("en"), QStringLiteral("Aivres bought 2,304 GPUs.")),
            makeSource(QStringLiteral("buying"), QStringLiteral("en"), QStringLiteral("INF Tech is buying capacity.")),
            makeSource(QStringLiteral("rented"), QStringLiteral("en"), QStringLiteral("They rented racks in Jakarta."))};
        for (const auto &s : sources)
            m_store->addSource(s);
    }

    void cleanup() { m_store.reset(); }

    void snowballStems()
    {
        using namespace search;
        QVERIFY(stemForms(QStringLiteral("kaufen"), TextLanguage::German).contains(QStringLiteral("kauf")));
        QVERIFY(stemForms(QStringLiteral("buying"), TextLanguage::English).contains(QStringLiteral("buy")));
        // Snowball keeps "ge-"; the index also holds the stem without it.
        const QStringList gekauft = stemForms(QStringLiteral("gekauft"), TextLanguage::German);
        QVERIFY2(gekauft.contains(QStringLiteral("gekauft")) && gekauft.contains(QStringLiteral("kauft")),
                 qPrintable(gekauft.join(QLatin1Char(' '))));
        // English words get no German prefix stripping ("answer" is not "an" + "swer").
        QVERIFY(!stemForms(QStringLiteral("answer"), TextLanguage::English).contains(QStringLiteral("swer")));
    }

    void germanWordForms_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("found");
        const QString gekauft = QStringLiteral("gekauft"), kaufte = QStringLiteral("kaufte"),
                      verkauf = QStringLiteral("verkauf");
        QTest::newRow("kaufen: gekauft, kaufte, Verkauf") << QStringLiteral("kaufen") << QStringList{gekauft, kaufte, verkauf};
        QTest::newRow("Kauf, any case") << QStringLiteral("Kauf") << QStringList{gekauft, kaufte, verkauf};
        QTest::newRow("verkaufen: only Verkauf") << QStringLiteral("verkaufen") << QStringList{verkauf};
        QTest::newRow("gekauft") << QStringLiteral("gekauft") << QStringList{gekauft};
        QTest::newRow("compound by its first part") << QStringLiteral("Rechenzentrum") << QStringList{QStringLiteral("miete")};
        QTest::newRow("folded umlaut") << QStringLiteral("Ausruestung") << QStringList{QStringLiteral("miete")};
        QTest::newRow("nothing") << QStringLiteral("Leasing") << QStringList{};
    }

    void germanWordForms()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, found);
        QStringList german;
        for (const QString &key : keysOf(*m_store, query, SearchHit::Kind::Source))
            if (key != QLatin1String("bought") && key != QLatin1String("buying") && key != QLatin1String("rented"))
                german << key;
        QCOMPARE(german, found);
    }

    void englishWordForms_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("found");
        const QString bought = QStringLiteral("bought"), buying = QStringLiteral("buying");
        QTest::newRow("buy: bought (irregular), buying") << QStringLiteral("buy") << QStringList{bought, buying};
        QTest::newRow("buying") << QStringLiteral("buying") << QStringList{bought, buying};
        QTest::newRow("buys") << QStringLiteral("buys") << QStringList{bought, buying};
        QTest::newRow("renting: rented") << QStringLiteral("renting") << QStringList{QStringLiteral("rented")};
    }

    void englishWordForms()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, found);
        QCOMPARE(keysOf(*m_store, query, SearchHit::Kind::Source), found);
    }

    void hitsQuoteTheSourceNotTheQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("word");
        QTest::newRow("umlaut typed as ue") << QStringLiteral("Ausruestung") << QStringLiteral("Ausrüstung");
        QTest::newRow("diacritics dropped") << QStringLiteral("uber") << QStringLiteral("über");
        QTest::newRow("word form") << QStringLiteral("kaufen") << QStringLiteral("gekauft");
        QTest::newRow("English word form") << QStringLiteral("buy") << QStringLiteral("bought");
        QTest::newRow("compound") << QStringLiteral("rechenzentrum") << QStringLiteral("Rechenzentrumskomplex");
    }

    void hitsQuoteTheSourceNotTheQuery()
    {
        QFETCH(QString, query);
        QFETCH(QString, word);
        bool seen = false;
        for (const auto &hit : m_store->search(query)) {
            if (hit.kind != SearchHit::Kind::Source || !hit.snippet.contains(marked(word)))
                continue;
            seen = true;
            // The quote is the source's text, word for word, once the marks are taken out.
            QString plain = hit.snippet;
            plain.remove(SearchHit::markStart).remove(SearchHit::markEnd);
            QVERIFY2(m_store->source(SourceId(hit.id))->text.contains(plain), qPrintable(plain));
            QVERIFY(query == word || !hit.snippet.contains(query));
        }
        QVERIFY2(seen, qPrintable(query));
    }

    void longTextsAreCutAroundTheMatch()
    {
        QString text;
        for (int i = 0; i < 200; ++i)
            text += QStringLiteral("Wort%1 ").arg(i);
        text += QStringLiteral("Straße ");
        for (int i = 0; i < 200; ++i)
            text += QStringLiteral("Nachwort%1 ").arg(i);
        const auto excerpt = search::quoteMatches(text, search::parseQuery(QStringLiteral("Strasse")),
                                                  search::TextLanguage::German, SearchHit::markStart, SearchHit::markEnd);
        QVERIFY(excerpt.text.startsWith(QChar(0x2026)));
        QVERIFY(excerpt.text.endsWith(QChar(0x2026)));
        QVERIFY(excerpt.text.contains(marked(QStringLiteral("Straße"))));
        QVERIFY(excerpt.text.size() < 300);
        QCOMPARE(excerpt.firstMatch, int(text.indexOf(QStringLiteral("Straße"))));
    }

    void partiesAliasesProductsAndLinks()
    {
        Party aivres;
        aivres.key = QStringLiteral("aivres");
        aivres.name = QStringLiteral("Aivres Systems");
        aivres.role = PartyRole::ServerIntegrator;
        Party indosat;
        indosat.key = QStringLiteral("indosat");
        indosat.name = QStringLiteral("PT Indosat Tbk");
        indosat.aliases = {QStringLiteral("Indosat Ooredoo Hutchison")};
        indosat.role = PartyRole::Telecom;
        indosat.description = QStringLiteral("Betreibt ein Rechenzentrum in Jakarta");
        const PartyId from = m_store->addParty(aivres);
        const PartyId to = m_store->addParty(indosat);
        Product rack;
        rack.key = QStringLiteral("nvl72");
        rack.name = QStringLiteral("GB200 NVL72");
        rack.vendor = QStringLiteral("Nvidia");
        const ProductId product = m_store->addProduct(rack);
        Link sale;
        sale.key = QStringLiteral("sale");
        sale.from = from;
        sale.to = to;
        sale.product = product;
        sale.description = QStringLiteral("Lieferung der Racks über Singapur");
        m_store->addLink(sale);

        QCOMPARE(keysOf(*m_store, QStringLiteral("Ooredoo"), SearchHit::Kind::Party), QStringList{QStringLiteral("indosat")});
        const auto alias = firstHit(*m_store, QStringLiteral("ooredoo"), SearchHit::Kind::Party);
        QVERIFY(alias);
        QCOMPARE(alias->field, SearchHit::Field::Alias);
        QCOMPARE(alias->title, QStringLiteral("PT Indosat Tbk"));
        QVERIFY(alias->snippet.contains(marked(QStringLiteral("Ooredoo"))));
        // Every word must match, in any field of the party.
        QCOMPARE(keysOf(*m_store, QStringLiteral("Indosat Jakarta"), SearchHit::Kind::Party), QStringList{QStringLiteral("indosat")});
        QCOMPARE(keysOf(*m_store, QStringLiteral("Aivres Jakarta"), SearchHit::Kind::Party), QStringList{});
        QCOMPARE(keysOf(*m_store, QStringLiteral("nvl72"), SearchHit::Kind::Product), QStringList{QStringLiteral("nvl72")});
        QCOMPARE(keysOf(*m_store, QStringLiteral("Nvidia"), SearchHit::Kind::Product), QStringList{QStringLiteral("nvl72")});
        // A link by the names of its ends and product, and by word forms of its description.
        QCOMPARE(keysOf(*m_store, QStringLiteral("Aivres NVL72"), SearchHit::Kind::Link), QStringList{QStringLiteral("sale")});
        QCOMPARE(keysOf(*m_store, QStringLiteral("Lieferungen"), SearchHit::Kind::Link), QStringList{QStringLiteral("sale")});
        const auto link = firstHit(*m_store, QStringLiteral("uber singapur"), SearchHit::Kind::Link);
        QVERIFY(link);
        QVERIFY(link->snippet.contains(marked(QStringLiteral("über"))));
        QCOMPARE(link->field, SearchHit::Field::Description);
        // Groups come in a fixed order: parties, links, products, sources, notes.
        const auto hits = m_store->search(QStringLiteral("Aivres"));
        QVERIFY(hits.size() >= 3);
        for (int i = 1; i < hits.size(); ++i)
            QVERIFY(int(hits.at(i - 1).kind) <= int(hits.at(i).kind));
    }

    void pagedSourcesNamePages()
    {
        Source pdf = makeSource(QStringLiteral("filing"), QStringLiteral("en"),
                                QStringLiteral("Page one text.\n\nThe defendant shipped servers.\n\nPage three."));
        pdf.pageStarts = {0, 16, 48};
        SourceFile file{QStringLiteral("filing.pdf"), QStringLiteral("application/pdf"), {}, QByteArray("%PDF-1.4 fake")};
        pdf.file = file;
        const SourceId id = m_store->addSource(pdf);
        const auto read = m_store->source(id);
        QCOMPARE(read->pageStarts, pdf.pageStarts);
        QVERIFY(read->file);
        QCOMPARE(read->file->bytes, file.bytes);
        QCOMPARE(read->file->sha256.size(), 64);
        const auto hit = firstHit(*m_store, QStringLiteral("shipping"), SearchHit::Kind::Source);
        QVERIFY(hit);
        QCOMPARE(hit->page, 2);
        QVERIFY(hit->snippet.contains(marked(QStringLiteral("shipped"))));

        Note note;
        note.source = id;
        note.start = 48;
        note.length = 5;
        note.excerpt = QStringLiteral("Page ");
        note.key = QStringLiteral("p3");
        m_store->addNote(note);
        const auto noteHit = firstHit(*m_store, QStringLiteral("page"), SearchHit::Kind::Note);
        QVERIFY(noteHit);
        QCOMPARE(noteHit->page, 3);
        QCOMPARE(pageAt(*read, 47), 2);
        QCOMPARE(pageAt(*read, 48), 3);

        // Pages that do not rise from the start are refused, with the source named.
        Source bad = pdf;
        bad.key = QStringLiteral("bad");
        bad.pageStarts = {0, 40, 20};
        try {
            m_store->addSource(bad);
            QFAIL("pages out of order were taken");
        } catch (const CaseError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("page 3")), qPrintable(error.message()));
        }
        // A file whose recorded hash is not its own is refused.
        bad.pageStarts = pdf.pageStarts;
        bad.file->sha256 = QString(64, QLatin1Char('0'));
        QVERIFY_THROWS_EXCEPTION(CaseError, m_store->addSource(bad));
    }

    void sourceDetailsTravelInCaseJson()
    {
        Source pdf = makeSource(QStringLiteral("filing"), QStringLiteral("en"), QStringLiteral("One.\n\nTwo."));
        pdf.url = QStringLiteral("https://example.org/filing");
        pdf.archiveUrl = QStringLiteral("https://web.archive.org/web/2025/https://example.org/filing");
        pdf.retrieved = *PartialDate::fromIso(QStringLiteral("2025-11-21"));
        pdf.pageStarts = {0, 6};
        pdf.file = SourceFile{QStringLiteral("filing.pdf"), QStringLiteral("application/pdf"), {}, QByteArray("%PDF-1.4\n\x01\xff")};
        m_store->addSource(pdf);
        const CaseData data = m_store->load();
        const QByteArray json = writeCaseJson(data);
        const CaseData back = readCaseJson(json, QStringLiteral("case.json"));
        const auto found = std::find_if(back.sources.cbegin(), back.sources.cend(),
                                        [](const Source &s) { return s.key == QLatin1String("filing"); });
        QVERIFY(found != back.sources.cend());
        QCOMPARE(found->retrieved.toIso(), QStringLiteral("2025-11-21"));
        QCOMPARE(found->archiveUrl, pdf.archiveUrl);
        QCOMPARE(found->pageStarts, pdf.pageStarts);
        QVERIFY(found->file);
        QCOMPARE(found->file->bytes, pdf.file->bytes);

        // Imported into a fresh case, the PDF is there byte for byte.
        auto copy = CaseStore::createFrom(freshPath(), back);
        bool seen = false;
        for (const Source &s : copy->sources())
            if (s.key == QLatin1String("filing")) {
                seen = true;
                QCOMPARE(s.file->bytes, pdf.file->bytes);
                QCOMPARE(s.pageStarts, pdf.pageStarts);
            }
        QVERIFY(seen);

        // A file whose data is not what its hash says is refused, naming where.
        QByteArray tampered = json;
        tampered.replace(pdf.file->bytes.toBase64(), QByteArray("%PDF-1.5").toBase64());
        QVERIFY(tampered != json);
        try {
            readCaseJson(tampered, QStringLiteral("case.json"));
            QFAIL("a changed file was taken");
        } catch (const CaseError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("sha256")), qPrintable(error.message()));
        }
        QByteArray badPages = json;
        badPages.replace("\"page_starts\": [\n                0,\n                6\n            ]", "\"page_starts\": [0, 60]");
        QVERIFY(badPages != json);
        QVERIFY_THROWS_EXCEPTION(CaseError, readCaseJson(badPages, QStringLiteral("case.json")));
    }

    void version4FilesGetAStemIndex()
    {
        const QString path = freshPath();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        // Version 4's search index, filled the way version 4 filled it (no stems).
        QByteArray setup = QByteArray("PRAGMA application_id=") + QByteArray::number(schema::applicationId)
                           + ";\nPRAGMA journal_mode=DELETE;\n";
        // Version 4 names chiptrail_fold; the case is empty, so it is never called.
        sqlite3_create_function(db, "chiptrail_fold", 1, SQLITE_UTF8, nullptr,
                                [](sqlite3_context *context, int, sqlite3_value **) { sqlite3_result_null(context); },
                                nullptr, nullptr);
        for (int i = 0; i < 4; ++i)
            setup += QByteArray(schema::migrations()[size_t(i)]) + "\n";
        setup += "PRAGMA user_version=4;\n"
                 "INSERT INTO source VALUES (1, 's', 'T', 'P', NULL, 'de', NULL, 'Die Racks wurden gekauft');\n"
                 "INSERT INTO source_search(rowid, title, publisher, body, folded) "
                 "VALUES (1, 'T', 'P', 'Die Racks wurden gekauft', 'T P Die Racks wurden gekauft');\n";
        char *error = nullptr;
        const int rc = sqlite3_exec(db, setup.constData(), nullptr, nullptr, &error);
        const QString message = QString::fromUtf8(error ? error : "");
        sqlite3_free(error);
        sqlite3_close(db);
        QVERIFY2(rc == SQLITE_OK, qPrintable(message));

        // Read-only: upgraded in memory; then for good.
        QCOMPARE(keysOf(*CaseStore::open(path, CaseStore::Access::ReadOnly), QStringLiteral("kaufen"), SearchHit::Kind::Source),
                 QStringList{QStringLiteral("s")});
        const auto store = CaseStore::open(path);
        QCOMPARE(store->schemaVersion(), schema::currentVersion());
        QCOMPARE(keysOf(*store, QStringLiteral("kaufen"), SearchHit::Kind::Source), QStringList{QStringLiteral("s")});
        QCOMPARE(keysOf(*store, QStringLiteral("Racks"), SearchHit::Kind::Source), QStringList{QStringLiteral("s")});
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
