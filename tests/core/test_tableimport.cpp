// SPDX-License-Identifier: GPL-3.0-or-later
// Spreadsheet import: CSV dialects and encodings, XLSX, hostile files, values, and the import
// into a case as one edit with its exact undo.
#include "error.h"
#include "interchange/csvtable.h"
#include "interchange/tableimport.h"
#include "interchange/tablevalues.h"
#include "interchange/xlsxreader.h"
#include "rules/rulebook.h"
#include "store/casestore.h"
#include "testcases.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace chiptrail;

namespace {

// A German Excel export: semicolons, Windows-1252, "1.234,5", "31.12.2025", a line break in a quoted cell.
const QByteArray germanCsv = QByteArray(
    "Verk\xe4ufer;K\xe4ufer;Produkt;Menge;Wert;W\xe4hrung;Datum;Herkunftsland;Zielland;Bemerkung\r\n"
    "Nvidia Corp.;Aivres Systems Inc.;GB200 NVL72;32;1.234,5;EUR;31.12.2025;USA;Indonesien;\"erste\r\nLieferung\"\r\n"
    "Aivres Systems Inc;PT Indosat Tbk;GB200 NVL72;1.200;2.000.000,00;USD;Dezember 2025;US;ID;\r\n"
    "NVIDIA Corporation;Aivres;H100;8;;;2025;Vereinigte Staaten;Deutschland;\"sagt \"\"Quelle\"\"\"\r\n");

const QByteArray englishCsv = QByteArray(
    "\xEF\xBB\xBFSeller,Buyer,Product,Quantity,Value,Currency,Date,Ship from,Ship to,Note\n"
    "Nvidia Corp.,Aivres Systems Inc.,GB200 NVL72,32,\"1,234.5\",EUR,12/31/2025,United States,Indonesia,\n"
    "Aivres Systems Inc.,PT Indosat Tbk,GB200 NVL72,\"1,200\",2000000,USD,Dec 2025,US,ID,\"=HYPERLINK(\"\"http://x\"\")\"\n");

TableMapping germanMapping()
{
    TableMapping m = TableMapping::guess({QStringLiteral("Verkäufer"), QStringLiteral("Käufer"), QStringLiteral("Produkt"),
                                          QStringLiteral("Menge"), QStringLiteral("Wert"), QStringLiteral("Währung"),
                                          QStringLiteral("Datum"), QStringLiteral("Herkunftsland"), QStringLiteral("Zielland"),
                                          QStringLiteral("Bemerkung")});
    m.numbers = NumberStyle::German;
    return m;
}

QList<TableRow> readAll(TableReader &reader)
{
    QList<TableRow> rows;
    reader.readRows([&](const TableRow &row) {
        rows.append(row);
        return true;
    });
    return rows;
}

} // namespace

class TestTableImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RuleBook m_book;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }
    QString xlsx(const QString &kind)
    {
        const QString path = m_dir.filePath(kind + QStringLiteral(".xlsx"));
        const int rc = QProcess::execute(QStringLiteral("python3"),
                                         {QStringLiteral(CHIPTRAIL_SOURCE_DIR "/tests/core/fixtures/make_table_xlsx.py"), kind, path});
        if (rc != 0)
            qFatal("make_table_xlsx.py %s failed", qPrintable(kind));
        return path;
    }
    static QString errorOf(const std::function<void()> &fn)
    {
        try {
            fn();
        } catch (const CaseError &e) {
            return e.message();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_book = RuleBook::load();
    }

    void germanCsvDialect()
    {
        CsvTableReader reader(write(QStringLiteral("de.csv"), germanCsv));
        QCOMPARE(reader.dialect().encoding, TextEncoding::Windows1252);
        QCOMPARE(reader.dialect().delimiter, QLatin1Char(';'));
        QVERIFY(reader.hasHeader());
        const QList<TableRow> rows = readAll(reader);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).cells.first(), QStringLiteral("Verkäufer"));
        QCOMPARE(rows.at(1).cells.last(), QStringLiteral("erste\r\nLieferung"));
        QCOMPARE(rows.at(2).number, 3); // the quoted line break does not count as a row
        QCOMPARE(rows.at(3).cells.last(), QStringLiteral("sagt \"Quelle\""));
    }

    void englishCsvDialect()
    {
        CsvTableReader reader(write(QStringLiteral("en.csv"), englishCsv));
        QCOMPARE(reader.dialect().encoding, TextEncoding::Utf8Bom);
        QCOMPARE(reader.dialect().delimiter, QLatin1Char(','));
        const QList<TableRow> rows = readAll(reader);
        QCOMPARE(rows.first().cells.first(), QStringLiteral("Seller")); // no BOM in the first cell
        QCOMPARE(rows.at(1).cells.at(4), QStringLiteral("1,234.5"));
        QCOMPARE(rows.at(2).cells.last(), QStringLiteral("=HYPERLINK(\"http://x\")")); // a formula stays text
    }

    void utf16AndTabs()
    {
        const QString text = QStringLiteral("Seller\tBuyer\nHuawei Technologies\tÜberCloud GmbH\n");
        for (const bool little : {true, false}) {
            QByteArray bytes = little ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
            for (const QChar c : text) {
                const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
                bytes.append(little ? lo : hi).append(little ? hi : lo);
            }
            CsvTableReader reader(write(QStringLiteral("u16.csv"), bytes));
            QCOMPARE(reader.dialect().encoding, little ? TextEncoding::Utf16Le : TextEncoding::Utf16Be);
            QCOMPARE(reader.dialect().delimiter, QLatin1Char('\t'));
            QCOMPARE(readAll(reader).at(1).cells.at(1), QStringLiteral("ÜberCloud GmbH"));
        }
        // Single quotes and bars
        CsvTableReader bars(write(QStringLiteral("bars.csv"), "'a|b'|c\n'd'|e\n"));
        QCOMPARE(bars.dialect().delimiter, QLatin1Char('|'));
        QCOMPARE(bars.dialect().quote, QLatin1Char('\''));
        QCOMPARE(readAll(bars).first().cells, (QStringList{QStringLiteral("a|b"), QStringLiteral("c")}));
    }

    void hostileCsv()
    {
        // A 2 MB cell: refused with its place, not read into memory row after row.
        const QByteArray big = "Seller,Buyer\nA," + QByteArray(2 * 1024 * 1024, 'x') + "\n";
        QString error = errorOf([&] { CsvTableReader r(write(QStringLiteral("big.csv"), big)); readAll(r); });
        QVERIFY2(error.contains(QStringLiteral("big.csv, row 2, column B")), qPrintable(error));
        // A quoted cell never closed
        error = errorOf([&] { CsvTableReader r(write(QStringLiteral("open.csv"), "Seller,Buyer\n\"A,B\nC,D\n")); readAll(r); });
        QVERIFY2(error.contains(QStringLiteral("never closed")) && error.contains(QStringLiteral("row 2")), qPrintable(error));
        // Broken UTF-16 (a lone surrogate) and a byte Windows-1252 does not define
        error = errorOf([&] { CsvTableReader r(write(QStringLiteral("bad16.csv"), QByteArray("\xFF\xFE" "a\0,\0b\0\n\0\x00\xD8,\0", 16))); readAll(r); });
        QVERIFY2(error.startsWith(QStringLiteral("bad16.csv")) && error.contains(QStringLiteral("UTF-16")), qPrintable(error));
        error = errorOf([&] { CsvTableReader r(write(QStringLiteral("bad1252.csv"), "Seller,Buyer\nA\x81,B\n")); readAll(r); });
        QVERIFY2(error.contains(QStringLiteral("0x81")), qPrintable(error));
        // Binary junk with NUL bytes is not taken for text either
        error = errorOf([&] { CsvTableReader r(write(QStringLiteral("nul.csv"), QByteArray("a,b\n\0\0\x81", 7))); readAll(r); });
        QVERIFY2(!error.isEmpty(), "a file with NUL bytes was read as text");
        // A case file given where the table belongs (import-table's two arguments swapped)
        const QString caseFile = m_dir.filePath(QStringLiteral("swapped.chiptrail"));
        CaseStore::createFrom(caseFile, testing::oneOfEverything());
        error = errorOf([&] { TableReader::open(caseFile); });
        QVERIFY2(error.contains(QStringLiteral("swapped.chiptrail is a ChipTrail case file")), qPrintable(error));
    }

    void values()
    {
        QCOMPARE(parseTableNumber(QStringLiteral("1.234,5"), NumberStyle::Auto), 1234.5);
        QCOMPARE(parseTableNumber(QStringLiteral("1,234.5"), NumberStyle::Auto), 1234.5);
        QCOMPARE(parseTableNumber(QStringLiteral("1234.5"), NumberStyle::Auto), 1234.5);
        QCOMPARE(parseTableNumber(QStringLiteral("1.234"), NumberStyle::German), 1234.0);
        QCOMPARE(parseTableNumber(QStringLiteral("1.234"), NumberStyle::English), 1.234);
        QCOMPARE(parseTableNumber(QStringLiteral("€ 2.000.000,00"), NumberStyle::German), 2000000.0);
        QCOMPARE(parseTableNumber(QStringLiteral("-3"), NumberStyle::Auto), -3.0);
        QVERIFY(!parseTableNumber(QStringLiteral("1.23.4"), NumberStyle::Auto));
        QVERIFY(!parseTableNumber(QStringLiteral("12abc!"), NumberStyle::Auto));
        QVERIFY(!parseTableQuantity(QStringLiteral("2,5"), NumberStyle::German));

        const auto iso = [](const QString &text, DateStyle style = DateStyle::Auto) {
            const auto date = parseTableDate(text, style);
            return date ? date->toIso() : QStringLiteral("none");
        };
        QCOMPARE(iso(QStringLiteral("31.12.2025")), QStringLiteral("2025-12-31"));
        QCOMPARE(iso(QStringLiteral("2025-12-31")), QStringLiteral("2025-12-31"));
        QCOMPARE(iso(QStringLiteral("12/31/2025")), QStringLiteral("2025-12-31"));
        QCOMPARE(iso(QStringLiteral("03/04/2025")), QStringLiteral("none")); // March or April: not guessed
        QCOMPARE(iso(QStringLiteral("03/04/2025"), DateStyle::DayFirst), QStringLiteral("2025-04-03"));
        QCOMPARE(iso(QStringLiteral("Dec 2025")), QStringLiteral("2025-12"));
        QCOMPARE(iso(QStringLiteral("Dezember 2025")), QStringLiteral("2025-12"));
        QCOMPARE(iso(QStringLiteral("März 2024")), QStringLiteral("2024-03"));
        QCOMPARE(iso(QStringLiteral("31. Dezember 2025")), QStringLiteral("2025-12-31"));
        QCOMPARE(iso(QStringLiteral("2025")), QStringLiteral("2025"));
        QCOMPARE(iso(QStringLiteral("2025-12-31T10:00:00")), QStringLiteral("2025-12-31"));
        QCOMPARE(iso(QStringLiteral("31.02.2025")), QStringLiteral("none"));

        QCOMPARE(parseCountry(QStringLiteral("DE")), QStringLiteral("DE"));
        QCOMPARE(parseCountry(QStringLiteral("Germany")), QStringLiteral("DE"));
        QCOMPARE(parseCountry(QStringLiteral("Deutschland")), QStringLiteral("DE"));
        QCOMPARE(parseCountry(QStringLiteral("Vereinigte Staaten")), QStringLiteral("US"));
        QCOMPARE(parseCountry(QStringLiteral("Indonesien")), QStringLiteral("ID"));
        QVERIFY(!parseCountry(QStringLiteral("Atlantis")));
    }

    void mappingJsonAndGuess()
    {
        const TableMapping m = germanMapping();
        QCOMPARE(m.columns.at(0).field, TableField::Seller);
        QCOMPARE(m.columns.at(1).field, TableField::Buyer);
        QCOMPARE(m.columns.at(3).field, TableField::Quantity);
        QCOMPARE(m.columns.at(6).field, TableField::Date);
        QCOMPARE(m.columns.at(7).field, TableField::ShipFrom);
        QCOMPARE(m.columns.at(8).field, TableField::ShipTo);
        QCOMPARE(TableMapping::guessField(QStringLiteral("Ship to")), TableField::ShipTo);
        const QString path = m_dir.filePath(QStringLiteral("m.json"));
        m.save(path);
        QCOMPARE(TableMapping::load(path), m);
        const QString error = errorOf([&] { TableMapping::load(write(QStringLiteral("bad.json"), R"({"format":"chiptrail-table-mapping","version":1,"columns":[{"header":"A","field":"price"}]})")); });
        QVERIFY2(error.contains(QStringLiteral("bad.json")) && error.contains(QStringLiteral("columns[0].field")), qPrintable(error));
    }

    void missingColumnAndBadCell()
    {
        const QString path = write(QStringLiteral("de2.csv"), germanCsv);
        TableMapping m = germanMapping();
        m.columns.append({QStringLiteral("Standort"), -1, TableField::Site});
        auto reader = TableReader::open(path);
        QString error = errorOf([&] { planTableImport(*reader, m, {}, m_book.folding); });
        QVERIFY2(error.contains(QStringLiteral("Standort")) && error.startsWith(QStringLiteral("de2.csv")), qPrintable(error));

        // English numbers on a German file: "1.234,5" is no number there; the cell is named.
        m = germanMapping();
        m.numbers = NumberStyle::English;
        error = errorOf([&] { planTableImport(*reader, m, {}, m_book.folding); });
        QVERIFY2(error.contains(QStringLiteral("de2.csv, row 2, column E (Wert)")), qPrintable(error));

        const QList<TablePreviewRow> preview = previewTable(*reader, m);
        QCOMPARE(preview.size(), 3);
        QVERIFY(!preview.first().problems.isEmpty());
        QCOMPARE(preview.first().values.date.toIso(), QStringLiteral("2025-12-31"));
    }

    void xlsx()
    {
        XlsxTableReader reader(xlsx(QStringLiteral("shipments")));
        QCOMPARE(reader.sheetNames(), (QStringList{QStringLiteral("Notes"), QStringLiteral("Lieferungen")}));
        reader.selectSheet(QStringLiteral("Lieferungen"));
        const QList<TableRow> rows = readAll(reader);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).cells.at(5), QStringLiteral("Quelle")); // rich text runs, phonetic guide left out
        QCOMPARE(rows.at(1).cells.at(3), QStringLiteral("32"));     // a number format with "kg" is no date
        QCOMPARE(rows.at(1).cells.at(4), QStringLiteral("2025-12-31"));
        QCOMPARE(rows.at(1).cells.at(5), QStringLiteral("click")); // the cached value, never run
        QCOMPARE(rows.at(2).number, 4);
        QCOMPARE(rows.at(2).cells.at(1), QStringLiteral("PT Indosat Tbk"));
        QCOMPARE(rows.at(2).cells.at(4), QStringLiteral("2025-12-01T12:00:00"));
        QCOMPARE(rows.at(2).cells.at(5), QStringLiteral("=HYPERLINK(\"http://example.org/x\")"));

        XlsxTableReader y1904(xlsx(QStringLiteral("shipments1904")));
        QVERIFY(y1904.uses1904Dates());
        y1904.selectSheet(QStringLiteral("Lieferungen"));
        QCOMPARE(readAll(y1904).at(1).cells.at(4), QStringLiteral("2025-12-31"));
        QCOMPARE(XlsxTableReader::serialToIso(59, false), QStringLiteral("1900-02-28"));
        QCOMPARE(XlsxTableReader::serialToIso(60, false), QString()); // Excel's 1900-02-29, a day that never was
        QCOMPARE(XlsxTableReader::serialToIso(61, false), QStringLiteral("1900-03-01"));

        QString error = errorOf([&] { reader.selectSheet(QStringLiteral("Sheet9")); });
        QVERIFY2(error.contains(QStringLiteral("Sheet9")), qPrintable(error));
        error = errorOf([&] { XlsxTableReader r(xlsx(QStringLiteral("truncated"))); r.selectSheet(QStringLiteral("Lieferungen")); readAll(r); });
        QVERIFY2(error.startsWith(QStringLiteral("truncated.xlsx")), qPrintable(error));
        error = errorOf([&] { XlsxTableReader r(xlsx(QStringLiteral("bomb"))); });
        QVERIFY2(error.contains(QStringLiteral("zip bomb")), qPrintable(error));
    }

    void importUndoRedoCancel()
    {
        const QString casePath = m_dir.filePath(QStringLiteral("import.chiptrail"));
        auto store = CaseStore::createFrom(casePath, testing::oneOfEverything());
        Party nvidia;
        nvidia.name = QStringLiteral("NVIDIA Corporation");
        nvidia.role = PartyRole::Manufacturer;
        const PartyId nvidiaId = store->addParty(nvidia);
        const CaseData before = store->load();

        auto reader = TableReader::open(write(QStringLiteral("shipments.csv"), germanCsv));
        const TableMapping mapping = germanMapping();

        // Cancel while reading or while writing: nothing is written.
        bool cancelled = false;
        try {
            planTableImport(*reader, mapping, before, m_book.folding, [](qint64) { return false; });
        } catch (const TableImportCancelled &) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        {
            TableImportPlan plan = planTableImport(*reader, mapping, before, m_book.folding);
            cancelled = false;
            try {
                runTableImport(*store, *reader, mapping, plan, [](qint64) { return false; });
            } catch (const TableImportCancelled &) {
                cancelled = true;
            }
            QVERIFY(cancelled);
            QCOMPARE(store->load(), before);
        }
        const PartyId nvidia2 = nvidiaId;
        const CaseData &start = before;
        TableImportPlan plan = planTableImport(*reader, mapping, start, m_book.folding);
        QCOMPARE(plan.rows, 3);
        plan.accept(AcceptMatches::Exact);
        const TablePlanCounts counts = countTableImport(plan); // what the dialog's review page says
        const TableImportSummary summary = runTableImport(*store, *reader, mapping, plan);
        QCOMPARE(summary.links, 3);
        QCOMPARE(counts.rows, summary.rows);
        QCOMPARE(counts.partiesCreated, summary.partiesCreated);
        QCOMPARE(counts.partiesReused, summary.partiesReused);
        QCOMPARE(counts.productsCreated, summary.productsCreated);
        QCOMPARE(counts.productsReused, summary.productsReused);
        QCOMPARE(counts.sitesCreated, summary.sitesCreated);
        QCOMPARE(summary.partiesReused, 1); // "Nvidia Corp." and "NVIDIA Corporation" are the party of the case
        QCOMPARE(summary.partiesCreated, 3); // Aivres Systems Inc (both spellings), PT Indosat Tbk, Aivres (only proposed)
        QCOMPARE(summary.productsCreated, 2);
        const CaseData imported = store->load();
        QList<Link> links;
        for (const Link &l : imported.links)
            if (l.id.value >= summary.ids.firstLink)
                links.append(l);
        QCOMPARE(links.size(), 3);
        QCOMPARE(links.at(0).from, nvidia2); // seller -> buyer
        const auto partyName = [&](PartyId id) { return store->party(id)->name; };
        QCOMPARE(partyName(links.at(0).to), QStringLiteral("Aivres Systems Inc."));
        QCOMPARE(links.at(0).quantity, 32);
        QCOMPARE(links.at(0).value, 1234.5);
        QCOMPARE(links.at(0).currency, QStringLiteral("EUR"));
        QCOMPARE(links.at(0).dateFrom.toIso(), QStringLiteral("2025-12-31"));
        QCOMPARE(links.at(0).shipFromCountry, QStringLiteral("US"));
        QCOMPARE(links.at(0).shipToCountry, QStringLiteral("ID"));
        QCOMPARE(links.at(0).description, QStringLiteral("erste\r\nLieferung"));
        QCOMPARE(links.at(1).from, links.at(0).to); // "Aivres Systems Inc" folds like "Aivres Systems Inc."
        QCOMPARE(links.at(1).quantity, 1200);
        QCOMPARE(links.at(1).dateFrom.toIso(), QStringLiteral("2025-12"));
        QCOMPARE(links.at(2).dateFrom.toIso(), QStringLiteral("2025"));
        QCOMPARE(links.at(2).shipToCountry, QStringLiteral("DE"));
        QCOMPARE(links.at(0).product, links.at(1).product);
        QVERIFY(std::any_of(plan.proposals.cbegin(), plan.proposals.cend(), [&](const MatchProposal &p) {
            return plan.names.at(p.name) == QLatin1String("Aivres") && !p.accepted;
        }));

        // Undo removes exactly what the import added; redo puts it back with the same ids.
        const BulkImportRemoval removal = store->removeBulk(summary.ids);
        QCOMPARE(store->load(), start);
        store->restoreBulk(removal);
        QCOMPARE(store->load(), imported);
        QVERIFY(store->integrityProblems().isEmpty());

        // The file reopens: the link indexes were rebuilt exactly as the schema has them.
        const QString path = store->path();
        store.reset();
        auto reopened = CaseStore::open(path);
        QCOMPARE(reopened->load(), imported);
    }

    void acceptAllAndNone()
    {
        auto store = CaseStore::createFrom(m_dir.filePath(QStringLiteral("all.chiptrail")), testing::oneOfEverything());
        auto reader = TableReader::open(write(QStringLiteral("all.csv"), germanCsv));
        TableImportPlan plan = planTableImport(*reader, germanMapping(), store->load(), m_book.folding);
        plan.accept(AcceptMatches::All);
        QCOMPARE(countTableImport(plan).partiesCreated, 3);
        QCOMPARE(runTableImport(*store, *reader, germanMapping(), plan).partiesCreated, 3); // "Aivres" merged too
        auto none = CaseStore::createFrom(m_dir.filePath(QStringLiteral("none.chiptrail")), testing::oneOfEverything());
        plan = planTableImport(*reader, germanMapping(), none->load(), m_book.folding);
        plan.accept(AcceptMatches::None);
        QCOMPARE(countTableImport(plan).partiesCreated, 6);
        QCOMPARE(runTableImport(*none, *reader, germanMapping(), plan).partiesCreated, 6); // every spelling its own party
    }
};

QTEST_GUILESS_MAIN(TestTableImport)
#include "test_tableimport.moc"
