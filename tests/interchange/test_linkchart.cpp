// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV tables (Kumu, Maltego, i2), the two-sheet XLSX and the XML formats read back: the XLSX
// unzipped with QuaZip and its sheets parsed, the CSVs parsed as RFC 4180, hostile names through
// QXmlStreamReader.
#include "error.h"
#include "interchange/casejson.h"
#include "interchange/linkchartexport.h"
#include "interchange/linkcharttables.h"
#include "rules/rulechecker.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace chiptrail;

namespace {

// RFC 4180 with a UTF-8 byte order mark, as a spreadsheet reads it.
QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        qFatal("%s: no byte order mark", qPrintable(path));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                cell += u'"', ++i;
            else if (c == u'"')
                quoted = false;
            else
                cell += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell, cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell, cell.clear();
            rows << row, row.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

QByteArray unzipped(QuaZip &zip, const QString &name)
{
    if (!zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A worksheet's cells by reference ("B3" → text), failing on any formula or XML error.
QHash<QString, QString> sheetCells(const QByteArray &xml, QString *problem)
{
    QHash<QString, QString> cells;
    QXmlStreamReader reader(xml);
    QString ref;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("c"))
            ref = reader.attributes().value(QLatin1String("r")).toString();
        else if (reader.name() == QLatin1String("f"))
            *problem = QStringLiteral("formula in %1").arg(ref);
        else if (reader.name() == QLatin1String("t") || reader.name() == QLatin1String("v"))
            cells.insert(ref, reader.readElementText());
    }
    if (reader.hasError())
        *problem = reader.errorString();
    return cells;
}

QString xmlProblem(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QXmlStreamReader reader(&file);
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError() ? QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString()) : QString();
}

// Every label (GEXF node label attributes, GraphML label data) as the reader decodes it.
QStringList labelsIn(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QXmlStreamReader reader(&file);
    QStringList labels;
    bool graphmlLabel = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("node") && reader.attributes().hasAttribute(QLatin1String("label")))
            labels << reader.attributes().value(QLatin1String("label")).toString();
        graphmlLabel = reader.name() == QLatin1String("data")
                       && reader.attributes().value(QLatin1String("key")) == QLatin1String("n_label");
        if (graphmlLabel)
            labels << reader.readElementText();
    }
    return labels;
}

CaseData hostileCase()
{
    CaseData data;
    data.info.title = QStringLiteral("Hostile <case> & \"quotes\"");
    const QStringList names{
        QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
        QStringLiteral("+49 30 1234"),
        QStringLiteral("-SUM(A1:A9)"),
        QStringLiteral("@cmd"),
        QStringLiteral("Bell\x07 and vertical\x0Btab"),
        QStringLiteral("Lone ") + QChar(0xD800) + QStringLiteral(" surrogate"),
        QStringLiteral("Line one\nline two\t<tag> & \"quote\" 'single' ]]>"),
        QStringLiteral("Emoji 🚀 and Straße"),
    };
    for (int i = 0; i < names.size(); ++i) {
        Party party;
        party.id = PartyId(i + 1);
        party.key = QStringLiteral("party-%1").arg(i + 1);
        party.name = names.at(i);
        party.role = i == 3 ? PartyRole::Person : PartyRole::Distributor;
        party.description = i == 0 ? QString(30'000, u'x') : QStringLiteral("=1+1"); // a spreadsheet cell holds 32,767
        data.parties << party;
    }
    for (int i = 0; i + 1 < names.size(); ++i) {
        Link link;
        link.id = LinkId(i + 1);
        link.key = QStringLiteral("link-%1").arg(i + 1);
        link.from = PartyId(i + 1);
        link.to = PartyId(i + 2);
        link.kind = i % 2 ? LinkKind::Affiliation : LinkKind::Sale;
        link.quantity = 10 * (i + 1);
        link.dateFrom = *PartialDate::fromIso(QStringLiteral("2025-10"));
        link.description = names.at(i);
        data.links << link;
    }
    return data;
}

QList<NodePosition> gridPlaces(const CaseData &data)
{
    QList<NodePosition> places;
    for (int i = 0; i < data.parties.size(); ++i)
        places << NodePosition{data.parties.at(i).id, QPointF(250.0 * (i % 4), 120.0 * (i / 4)), false};
    return places;
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *word : list)
        out << QString::fromLatin1(word);
    return out;
}

} // namespace

class TestLinkChart : public QObject
{
    Q_OBJECT

private:
    CaseData m_sample;
    LinkChart m_chart;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = readCaseJsonFile(QStringLiteral(":/samples/inf-tech-indosat.json"));
        const RuleBook book = RuleBook::load();
        m_chart = buildLinkChart(m_sample, gridPlaces(m_sample), RuleChecker(book).check(m_sample, {}));
        QCOMPARE(m_chart.nodes.size(), m_sample.parties.size());
    }

    void csvTables_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("elementHeads");
        QTest::addColumn<QStringList>("connectionHeads");
        QTest::addColumn<int>("labelColumn");
        QTest::addColumn<int>("linkIdColumn");
        QTest::newRow("kumu") << QStringLiteral("kumu") << words({"ID", "Label", "Type", "Description", "Tags"})
                              << words({"ID", "From", "To", "Type", "Direction", "Label"}) << 1 << 0;
        QTest::newRow("maltego") << QStringLiteral("maltego") << words({"Entity Type", "Value", "Identifier"})
                                 << words({"Source Type", "Source", "Source Identifier", "Target Type", "Target",
                                                "Target Identifier", "Link Identifier", "Link Label"})
                                 << 1 << 6;
        QTest::newRow("i2") << QStringLiteral("i2") << words({"Identity", "Label", "Type"})
                            << words({"Link Identity", "Entity 1 Identity", "Entity 1 Label", "Entity 1 Type",
                                           "Link Type", "Link Label", "Date", "End Date", "Direction",
                                           "Entity 2 Identity", "Entity 2 Label", "Entity 2 Type"})
                            << 1 << 0;
    }

    void csvTables()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, elementHeads);
        QFETCH(QStringList, connectionHeads);
        QFETCH(int, labelColumn);
        QFETCH(int, linkIdColumn);
        const QString path = m_dir.filePath(format + QStringLiteral(".csv"));
        QVERIFY(writeLinkChart(m_chart, *linkChartFormatFromName(format), path));
        QVERIFY(!QFile::exists(path)); // two files instead
        const QList<QStringList> elements = readCsv(m_dir.filePath(format + QStringLiteral("-elements.csv")));
        const QList<QStringList> connections = readCsv(m_dir.filePath(format + QStringLiteral("-connections.csv")));
        QCOMPARE(elements.first().mid(0, elementHeads.size()), elementHeads);
        QCOMPARE(connections.first().mid(0, connectionHeads.size()), connectionHeads);
        QCOMPARE(elements.size() - 1, m_sample.parties.size());
        QCOMPARE(connections.size() - 1, m_sample.links.size());
        QStringList labels, linkIds;
        for (const QStringList &row : elements.mid(1)) {
            QCOMPARE(row.size(), elements.first().size());
            labels << row.at(labelColumn);
        }
        for (const QStringList &row : connections.mid(1)) {
            QCOMPARE(row.size(), connections.first().size());
            linkIds << row.at(linkIdColumn);
        }
        for (const Party &party : m_sample.parties)
            QVERIFY2(labels.contains(party.name), qPrintable(party.name));
        for (const Link &link : m_sample.links)
            QVERIFY2(linkIds.contains(QStringLiteral("l%1").arg(link.id.value)), qPrintable(link.key));
        // The verdicts are the checker's, by link.
        const int verdictColumn = connections.first().indexOf(QStringLiteral("Verdict"));
        QVERIFY(verdictColumn > 0);
        QSet<QString> verdicts;
        for (const QStringList &row : connections.mid(1))
            verdicts << row.at(verdictColumn);
        QVERIFY2(verdicts.contains(QStringLiteral("license_required")), qPrintable(QStringList(verdicts.values()).join(u',')));
    }

    void xlsxReadsBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("kumu.xlsx"));
        QVERIFY(writeLinkChart(m_chart, LinkChartFormat::KumuXlsx, path));
        QuaZip zip(path);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        const QStringList parts = zip.getFileNameList();
        for (const char *part : {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                 "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"})
            QVERIFY2(parts.contains(QLatin1String(part)), part);
        const QByteArray workbook = unzipped(zip, QStringLiteral("xl/workbook.xml"));
        QXmlStreamReader reader(workbook);
        QStringList sheetNames;
        while (!reader.atEnd())
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("sheet"))
                sheetNames << reader.attributes().value(QLatin1String("name")).toString();
        QCOMPARE(sheetNames, (QStringList{QStringLiteral("Elements"), QStringLiteral("Connections")}));

        const LinkChartTables tables = linkChartTables(m_chart, LinkChartTool::Kumu);
        const SheetTable *expected[] = {&tables.elements, &tables.connections};
        for (int s = 0; s < 2; ++s) {
            QString problem;
            const QHash<QString, QString> cells =
                sheetCells(unzipped(zip, QStringLiteral("xl/worksheets/sheet%1.xml").arg(s + 1)), &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            const SheetTable &table = *expected[s];
            for (int c = 0; c < table.headers.size(); ++c)
                QCOMPARE(cells.value(xlsxColumnName(c) + u'1'), table.headers.at(c));
            for (int r = 0; r < table.rows.size(); ++r)
                for (int c = 0; c < table.rows.at(r).size(); ++c)
                    QCOMPARE(cells.value(xlsxColumnName(c) + QString::number(r + 2)), table.rows.at(r).at(c));
        }
    }

    void injectionSafe()
    {
        const CaseData data = hostileCase();
        const LinkChart chart = buildLinkChart(data, gridPlaces(data), {});
        QVERIFY(writeLinkChart(chart, LinkChartFormat::KumuCsv, m_dir.filePath(QStringLiteral("hostile.csv"))));
        const QList<QStringList> elements = readCsv(m_dir.filePath(QStringLiteral("hostile-elements.csv")));
        QCOMPARE(elements.size() - 1, data.parties.size());
        for (const QStringList &row : elements.mid(1))
            for (const QString &cell : row)
                QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()), qPrintable(cell.left(60)));
        QCOMPARE(elements.at(1).at(1), u'\'' + data.parties.at(0).name);
        QCOMPARE(elements.at(3).at(1), u'\'' + data.parties.at(2).name);
        QCOMPARE(elements.at(8).at(1), data.parties.at(7).name); // emoji and ß survive

        // In the XLSX the same cells are inline strings: text, the name unchanged, never a formula.
        const QString xlsx = m_dir.filePath(QStringLiteral("hostile.xlsx"));
        QVERIFY(writeLinkChart(chart, LinkChartFormat::KumuXlsx, xlsx));
        QuaZip zip(xlsx);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QString problem;
        const QHash<QString, QString> cells = sheetCells(unzipped(zip, QStringLiteral("xl/worksheets/sheet1.xml")), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(cells.value(QStringLiteral("B2")), data.parties.at(0).name);
        QCOMPARE(cells.value(QStringLiteral("B3")), data.parties.at(1).name);
    }

    void hostileNamesMakeWellFormedXml()
    {
        CaseData data = hostileCase();
        data.parties[1].description = QString(5'000'000, u'z') + QChar(0x01); // huge, and ends badly
        const LinkChart chart = buildLinkChart(data, gridPlaces(data), {});
        for (const auto format : {LinkChartFormat::Gexf, LinkChartFormat::GraphMl}) {
            const QString path = m_dir.filePath(QStringLiteral("hostile.") + linkChartSuffix(format));
            QVERIFY(writeLinkChart(chart, format, path));
            const QString problem = xmlProblem(path);
            QVERIFY2(problem.isEmpty(), qPrintable(path + u' ' + problem));
            QStringList expected;
            for (const Party &party : data.parties)
                expected << xmlSafeText(party.name);
            QCOMPARE(labelsIn(path), expected);
        }
        // What XML cannot carry is replaced, and only that.
        int replaced = 0;
        QCOMPARE(xmlSafeText(data.parties.at(4).name, &replaced), QStringLiteral("Bell\uFFFD and vertical\uFFFDtab"));
        QCOMPARE(xmlSafeText(data.parties.at(5).name, &replaced), QStringLiteral("Lone \uFFFD surrogate"));
        QCOMPARE(replaced, 3);
        QCOMPARE(xmlSafeText(data.parties.at(7).name), data.parties.at(7).name);
    }

    void overlongCellIsAClearError()
    {
        CaseData data = hostileCase();
        data.parties[2].description = QString(40'000, u'y');
        const LinkChart chart = buildLinkChart(data, gridPlaces(data), {});
        const QString path = m_dir.filePath(QStringLiteral("overlong.xlsx"));
        try {
            writeLinkChart(chart, LinkChartFormat::KumuXlsx, path);
            QFAIL("no error");
        } catch (const CaseError &error) {
            QVERIFY2(error.message().contains(QLatin1String("overlong.xlsx")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QLatin1String("\"Elements\", row 4, column D (Description)")),
                     qPrintable(error.message()));
        }
        QVERIFY(!QFile::exists(path));
    }

    void cancelLeavesNoFile()
    {
        for (const auto format : {LinkChartFormat::Gexf, LinkChartFormat::GraphMl, LinkChartFormat::I2Csv}) {
            const QString path = m_dir.filePath(QStringLiteral("cancelled.") + linkChartSuffix(format));
            QVERIFY(!writeLinkChart(m_chart, format, path, [](double) { return false; }));
            for (const QString &file : linkChartFiles(format, path))
                QVERIFY2(!QFile::exists(file), qPrintable(file));
        }
    }
};

QTEST_MAIN(TestLinkChart) // QtGui: the card sizes need the font database
#include "test_linkchart.moc"
