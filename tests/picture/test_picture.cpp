// SPDX-License-Identifier: GPL-3.0-or-later
// The chain picture is what every image shows: built from the case without widgets, complete, and
// in the rule checks' colours when the command line draws it.
#include "cli/commands.h"
#include "cli/imageexport.h"
#include "interchange/casejson.h"
#include "picture/chainlayout.h"
#include "picture/chainstyle.h"
#include "picture/picturebuilder.h"
#include "picture/pictureexport.h"
#include "rules/rulechecker.h"
#include "store/casestore.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace chiptrail;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct SvgElement
{
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
};

// Every element of an SVG document with its attributes and text; empty when it does not parse.
QList<SvgElement> svgElements(const QByteArray &svg)
{
    QList<SvgElement> elements;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        SvgElement element{xml.name().toString(), xml.attributes(), {}};
        if (element.name == QLatin1String("text") || element.name == QLatin1String("title"))
            element.text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        elements.append(element);
    }
    return xml.hasError() ? QList<SvgElement>() : elements;
}

// Where a path's stroke starts ("M x y").
QPointF pathStart(const SvgElement &path)
{
    static const QRegularExpression move(QStringLiteral("^M(-?[0-9.]+) (-?[0-9.]+)"));
    const QRegularExpressionMatch m = move.match(path.attributes.value(QLatin1String("d")));
    return m.hasMatch() ? QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QPointF(qQNaN(), qQNaN());
}

bool near(const QPointF &a, const QPointF &b) { return std::abs(a.x() - b.x()) <= 0.02 && std::abs(a.y() - b.y()) <= 0.02; }

int runCli(const QStringList &arguments, QString *err = nullptr)
{
    QString out, errors;
    QTextStream o(&out), e(&errors);
    const int code = cli::run(arguments, {o, e});
    e.flush();
    if (err)
        *err = errors;
    return code;
}

} // namespace

class TestPicture : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_casePath;
    CaseData m_sample; // as stored: the ids the command line sees

private Q_SLOTS:
    void initTestCase()
    {
        cli::registerImageExportFormats();
        m_casePath = m_dir.filePath(QStringLiteral("sample.chiptrail"));
        m_sample = CaseStore::createFrom(m_casePath, readCaseJsonFile(QStringLiteral(":/samples/inf-tech-indosat.json")))->load();
    }

    void thePictureHoldsACardPerPartyAndALinePerLink()
    {
        picture::PictureRequest request;
        request.positions = picture::placesForExport(m_sample, {});
        const picture::ChainPicture chain = picture::buildChainPicture(m_sample, request);
        QCOMPARE(chain.cards.size(), m_sample.parties.size());
        QCOMPARE(chain.lines.size(), m_sample.links.size());
        QCOMPARE(chain.labels.size(), m_sample.links.size());
        QSet<qint64> parties, links;
        for (const auto &card : chain.cards) {
            parties.insert(card.party.value);
            QVERIFY(chain.bounds.contains(card.rect));
        }
        for (const auto &line : chain.lines)
            links.insert(line.link.value);
        QCOMPARE(parties.size(), m_sample.parties.size());
        QCOMPARE(links.size(), m_sample.links.size());
        QVERIFY(!chain.boxes.isEmpty());
        QCOMPARE(chain.heading.title, m_sample.info.title);
    }

    // Links made after the as-of date are left out; a collapsed country is one card.
    void asOfAndCollapsedGroupsShapeThePicture()
    {
        picture::PictureRequest request;
        request.positions = picture::placesForExport(m_sample, {});
        QDate earliest;
        for (const Link &link : m_sample.links)
            if (!link.dateFrom.isNull() && (!earliest.isValid() || link.dateFrom.earliest() < earliest))
                earliest = link.dateFrom.earliest();
        QVERIFY(earliest.isValid());
        request.asOf = earliest.addDays(-1);
        const picture::ChainPicture before = picture::buildChainPicture(m_sample, request);
        QVERIFY(before.lines.size() < m_sample.links.size());
        QCOMPARE(before.cards.size(), m_sample.parties.size());

        request.asOf = {};
        request.collapsed = {CollapseKey::forCountry(QStringLiteral("CN"))};
        const picture::ChainPicture folded = picture::buildChainPicture(m_sample, request);
        QCOMPARE(folded.groups.size(), 1);
        QVERIFY(folded.cards.size() < m_sample.parties.size());
        QVERIFY(!folded.mergedLines.isEmpty());
    }

    void svgOfThePictureIsXmlWithThePartyNames()
    {
        picture::PictureRequest request;
        request.positions = picture::placesForExport(m_sample, {});
        const QString path = m_dir.filePath(QStringLiteral("picture.svg"));
        QVERIFY(picture::exportPicture(picture::buildChainPicture(m_sample, request), picture::ImageFormat::Svg, path));
        const QList<SvgElement> elements = svgElements(readAll(path));
        QVERIFY(!elements.isEmpty());
        QCOMPARE(elements.first().name, QStringLiteral("svg"));
        QStringList texts;
        for (const auto &element : elements)
            if (element.name == QLatin1String("text"))
                texts << element.text;
        for (const Party &party : m_sample.parties)
            QVERIFY2(texts.contains(party.name), qPrintable(party.name));
    }

    // `chiptrail-cli export --format svg` draws each link that needs a licence in that verdict's
    // colour, and no other link in it, as the rule checker finds them for the sample.
    void cliSvgShowsTheLicenceVerdicts()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli.svg"));
        QString err;
        QVERIFY2(runCli({QStringLiteral("export"), m_casePath, QStringLiteral("--format"), QStringLiteral("svg"),
                         QStringLiteral("-o"), path}, &err) == 0, qPrintable(err));
        const RuleBook book = RuleBook::load();
        const CaseFindings findings = RuleChecker(book).check(m_sample, {});
        QSet<qint64> needLicence;
        for (const LinkFinding &f : findings.links)
            if (f.verdict == Verdict::LicenseRequired)
                needLicence.insert(f.link.value);
        QVERIFY2(!needLicence.isEmpty(), "the sample has links that need a licence");

        // Where each link's line starts in the file: the picture the command line draws.
        picture::PictureRequest request;
        request.positions = picture::placesForExport(m_sample, CaseStore::open(m_casePath, CaseStore::Access::ReadOnly)->nodePositions());
        const picture::ChainPicture chain = picture::buildChainPicture(m_sample, request);
        const QString red = picture::chainstyle::licenceRequiredColour().name();
        QList<QPointF> redStarts;
        for (const SvgElement &element : svgElements(readAll(path)))
            if (element.name == QLatin1String("path") && element.attributes.value(QLatin1String("stroke")) == red)
                redStarts << pathStart(element);
        for (const picture::LinkLine &line : chain.lines) {
            const QPointF start = line.geometry.start - chain.bounds.topLeft();
            const bool drawnRed = std::any_of(redStarts.cbegin(), redStarts.cend(), [&](const QPointF &p) { return near(p, start); });
            QVERIFY2(drawnRed == needLicence.contains(line.link.value), qPrintable(QString::number(line.link.value)));
        }
        QCOMPARE(redStarts.size(), needLicence.size());
    }

    void cliLinksNoWidgets()
    {
        const QString ldd = QStandardPaths::findExecutable(QStringLiteral("ldd"));
        if (ldd.isEmpty())
            QSKIP("ldd is not installed");
        QProcess process;
        process.start(ldd, {QStringLiteral(CHIPTRAIL_CLI_PROGRAM)});
        QVERIFY(process.waitForFinished(30000));
        const QByteArray libraries = process.readAllStandardOutput();
        QVERIFY2(libraries.contains("libQt6Gui"), libraries.constData());
        QVERIFY2(!libraries.contains("Widgets"), libraries.constData());
        QVERIFY2(!libraries.contains("Charts"), libraries.constData());
    }

    // `chiptrail-cli chart` runs chiptrail-chart with its arguments and passes on what it says.
    void cliChartRunsTheChartProgram()
    {
        const QString chartPath = m_dir.filePath(QStringLiteral("hops.svg"));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CHIPTRAIL_CHART"), QStringLiteral(CHIPTRAIL_CHART_PROGRAM));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(CHIPTRAIL_CLI_PROGRAM), {QStringLiteral("chart"), m_casePath, QStringLiteral("--kind"),
                                                         QStringLiteral("hops"), QStringLiteral("--format"),
                                                         QStringLiteral("svg"), QStringLiteral("-o"), chartPath});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY(readAll(chartPath).contains("<svg"));

        // The chart program's own refusal, with its exit code.
        cli.start(QStringLiteral(CHIPTRAIL_CLI_PROGRAM), {QStringLiteral("chart"), m_casePath, QStringLiteral("--kind"),
                                                         QStringLiteral("pies"), QStringLiteral("-o"), chartPath});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), int(cli::Failure));
        QVERIFY(cli.readAllStandardError().contains("--kind"));

        // Missing: a clear message naming the program.
        env.insert(QStringLiteral("CHIPTRAIL_CHART"), m_dir.filePath(QStringLiteral("no-such-chiptrail-chart")));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(CHIPTRAIL_CLI_PROGRAM), {QStringLiteral("chart"), m_casePath, QStringLiteral("-o"), chartPath});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), int(cli::Failure));
        QVERIFY(cli.readAllStandardError().contains("no-such-chiptrail-chart"));
    }
};

QTEST_MAIN(TestPicture)
#include "test_picture.moc"
