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
#include "picture/picturepainter.h"
#include "picture/labelplacement.h"
#include "picture/lineplacement.h"
#include "picture/graphvizlines.h"
#include "picture/picturecheck.h"
#include "picture/picturegeometry.h"
#include "model/displaytext.h"
#include "rules/rulechecker.h"
#include "store/casestore.h"

#include <QFile>
#include <algorithm>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTranslator>
#include <QXmlStreamReader>
#include <array>
#include <cmath>

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

bool nearEnough(const QPointF &a, const QPointF &b) { return std::abs(a.x() - b.x()) <= 0.1 && std::abs(a.y() - b.y()) <= 0.1; }

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

// The texts of an SVG by the class of the <g> they are in ("" outside any).
QHash<QString, QStringList> svgTextsByGroup(const QByteArray &svg)
{
    QHash<QString, QStringList> texts;
    QStringList open;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("g"))
            open.append(xml.attributes().value(QLatin1String("class")).toString());
        else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("g"))
            open.removeLast();
        else if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts[open.isEmpty() ? QString() : open.last()].append(xml.readElementText());
    }
    return xml.hasError() ? QHash<QString, QStringList>() : texts;
}

// The font sizes of an SVG's texts by group, in the document's units.
QHash<QString, QList<double>> svgFontSizesByGroup(const QByteArray &svg)
{
    QHash<QString, QList<double>> sizes;
    QStringList open;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("g"))
            open.append(xml.attributes().value(QLatin1String("class")).toString());
        else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("g"))
            open.removeLast();
        else if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            sizes[open.isEmpty() ? QString() : open.last()].append(xml.attributes().value(QLatin1String("font-size")).toDouble());
    }
    return sizes;
}

bool joinedContains(const QStringList &texts, const QString &words)
{
    return texts.join(QLatin1Char(' ')).simplified().contains(words.simplified());
}

// Colour vision deficiency, simulated as Machado, Oliveira and Fernandes (2009) do at full
// severity, on linear RGB; distances in CIELAB (CIE76 ΔE).
using Matrix = std::array<std::array<double, 3>, 3>;
constexpr Matrix deuteranopia{{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
constexpr Matrix protanopia{{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
constexpr Matrix normalVision{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};

double toLinear(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

std::array<double, 3> labAsSeen(const QColor &colour, const Matrix &vision)
{
    const std::array<double, 3> rgb{toLinear(colour.redF()), toLinear(colour.greenF()), toLinear(colour.blueF())};
    std::array<double, 3> seen{};
    for (int i = 0; i < 3; ++i)
        seen[i] = std::clamp(vision[i][0] * rgb[0] + vision[i][1] * rgb[1] + vision[i][2] * rgb[2], 0.0, 1.0);
    const double x = (0.4124 * seen[0] + 0.3576 * seen[1] + 0.1805 * seen[2]) / 0.95047;
    const double y = 0.2126 * seen[0] + 0.7152 * seen[1] + 0.0722 * seen[2];
    const double z = (0.0193 * seen[0] + 0.1192 * seen[1] + 0.9505 * seen[2]) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double deltaE(const std::array<double, 3> &a, const std::array<double, 3> &b)
{
    return std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

// The sources the sample's notes cite for its links and parties, counted without the picture code.
int citedSources(const CaseData &data)
{
    QSet<qint64> cited;
    for (const Note &note : data.notes)
        for (const ClaimRef &claim : note.claims)
            if (claim.subject == SubjectKind::Link || claim.subject == SubjectKind::Party)
                cited.insert(note.source.value);
    return int(cited.size());
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

    void manyParallelLinksShareABoundedFanOfArcs()
    {
        // 100,000 links between two parties froze the window (hostile-file campaign): each arc
        // bent further out than the last. Past 48 arcs the fan is used again; the first stay apart.
        const QPointF from(0, 0), to(400, 0);
        const QSizeF size(120, 40);
        const auto arc = [&](int index) { return picture::linkGeometry(from, size, to, size, false, index); };
        QVERIFY(arc(2).pathBounds != arc(4).pathBounds);
        QVERIFY(arc(47).pathBounds.height() > arc(1).pathBounds.height());
        const double widest = std::max(arc(47).pathBounds.height(), arc(48).pathBounds.height());
        for (const int index : {49, 1000, 99999})
            QVERIFY2(arc(index).pathBounds.height() <= widest, qPrintable(QString::number(index)));
        QCOMPARE(arc(49).pathBounds, arc(1).pathBounds);
        const auto loop = [&](int index) { return picture::linkGeometry(from, size, from, size, true, index); };
        QVERIFY(loop(99999).pathBounds.height() <= loop(48).pathBounds.height());
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
        // A name takes two lines where the page's smallest text size needs them.
        for (const Party &party : m_sample.parties)
            QVERIFY2(joinedContains(texts, party.name), qPrintable(party.name));
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
        request.linkColours = picture::chainstyle::verdictColours(findings);
        picture::ChainPicture chain = picture::buildChainPicture(m_sample, request);
        picture::drawLinesWithGraphviz(chain, m_sample); // as every framed export does
        picture::routeLinesAroundCards(chain);
        picture::placeLabelsClear(chain);
        const QString red = picture::chainstyle::licenceRequiredColour().name();
        // The chain lies in its area of the web page at the page's scale.
        const picture::FramedPage page = picture::framedPageFor(chain, {}, picture::ImageFormat::Svg);
        QList<QPointF> redStarts;
        for (const SvgElement &element : svgElements(readAll(path)))
            if (element.name == QLatin1String("path") && element.attributes.value(QLatin1String("stroke")) == red)
                redStarts << pathStart(element);
        for (const picture::LinkLine &line : chain.lines) {
            const QPointF start = page.chainArea.topLeft() + (line.geometry.start - chain.bounds.topLeft()) * page.chainScale;
            const bool drawnRed = std::any_of(redStarts.cbegin(), redStarts.cend(), [&](const QPointF &p) { return nearEnough(p, start); });
            QVERIFY2(drawnRed == needLicence.contains(line.link.value), qPrintable(QString::number(line.link.value)));
        }
        QCOMPARE(redStarts.size(), needLicence.size());
    }

    // An image goes to print or web as it comes out: title, date, a legend of what is drawn,
    // the numbered sources, the credit and the disclaimer, each in a group a desk can restyle.
    void everyImageIsComplete()
    {
        const QString path = m_dir.filePath(QStringLiteral("complete.svg"));
        QString err;
        QVERIFY2(runCli({QStringLiteral("export"), m_casePath, QStringLiteral("--format"), QStringLiteral("svg"),
                         QStringLiteral("--credit"), QStringLiteral("Graphics desk"), QStringLiteral("-o"), path}, &err) == 0,
                 qPrintable(err));
        const QHash<QString, QStringList> groups = svgTextsByGroup(readAll(path));
        QVERIFY(!groups.isEmpty());
        QVERIFY2(joinedContains(groups.value(QStringLiteral("title")), m_sample.info.title),
                 qPrintable(groups.value(QStringLiteral("title")).join(QLatin1Char('|'))));
        for (const Party &party : m_sample.parties)
            QVERIFY2(joinedContains(groups.value(QStringLiteral("cards")), party.name), qPrintable(party.name));
        const QStringList legend = groups.value(QStringLiteral("legend"));
        QVERIFY(joinedContains(legend, QStringLiteral("Licence required")));  // the sample has such links
        QVERIFY(joinedContains(legend, QStringLiteral("Dashed card border")));
        QSet<LinkKind> kinds;
        for (const Link &link : m_sample.links)
            kinds.insert(link.kind);
        for (const LinkKind kind : kinds)
            QVERIFY2(joinedContains(legend, DisplayText::linkKind(kind)), qPrintable(DisplayText::linkKind(kind)));
        // The sources: numbered 1 to n, n those the drawn links and cards cite.
        const int cited = citedSources(m_sample);
        QVERIFY(cited > 0);
        const QString sources = groups.value(QStringLiteral("sources")).join(QLatin1Char(' '));
        for (int n = 1; n <= cited; ++n)
            QVERIFY2(sources.contains(QStringLiteral("[%1]").arg(n)), qPrintable(sources));
        QVERIFY(!sources.contains(QStringLiteral("[%1]").arg(cited + 1)));
        const QStringList credit = groups.value(QStringLiteral("credit"));
        QVERIFY(joinedContains(credit, QStringLiteral("Graphics desk")));
        QVERIFY(joinedContains(credit, QStringLiteral("not legal advice")));

        // Each part can be switched off; the chain stays.
        const QString bare = m_dir.filePath(QStringLiteral("parts-off.svg"));
        QVERIFY2(runCli({QStringLiteral("export"), m_casePath, QStringLiteral("--format"), QStringLiteral("svg"),
                         QStringLiteral("--no-title"), QStringLiteral("--no-legend"), QStringLiteral("--no-sources"),
                         QStringLiteral("--no-credit"), QStringLiteral("-o"), bare}, &err) == 0, qPrintable(err));
        const QHash<QString, QStringList> without = svgTextsByGroup(readAll(bare));
        for (const char *part : {"title", "legend", "sources"})
            QVERIFY2(!without.contains(QLatin1String(part)), part);
        QVERIFY(!joinedContains(without.value(QStringLiteral("credit")), QStringLiteral("not legal advice")));
        QVERIFY(joinedContains(without.value(QStringLiteral("credit")), QStringLiteral("All dates"))); // the date stays
        QCOMPARE(without.value(QStringLiteral("cards")), groups.value(QStringLiteral("cards")));
    }

    // The frame speaks the UI language: German words in German.
    void theFrameSpeaksTheUiLanguage()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/chiptrail_de.qm")));
        QCoreApplication::installTranslator(&german);
        picture::PictureRequest request;
        request.positions = picture::placesForExport(m_sample, {});
        const picture::ChainPicture chain = picture::buildChainPicture(m_sample, request);
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(chain.frame.sourcesTitle, QStringLiteral("Quellen"));
        QCOMPARE(chain.frame.legendTitle, QStringLiteral("Legende"));
        QVERIFY2(chain.frame.disclaimer.contains(QStringLiteral("keine Rechtsberatung")), qPrintable(chain.frame.disclaimer));
    }

    // The sizes a newsroom publishes at, and text never below the page's floor in the frame.
    void presetsHaveNewsroomSizes()
    {
        struct Case
        {
            const char *preset;
            QSize size; // 0 height: as tall as it takes
        };
        for (const Case &c : {Case{"web", {2400, 0}}, Case{"social", {1080, 1350}}, Case{"a4", {2480, 3508}},
                              Case{"letter-landscape", {3300, 2550}}}) {
            const QString path = m_dir.filePath(QStringLiteral("preset-%1.png").arg(QLatin1String(c.preset)));
            QString err;
            QVERIFY2(runCli({QStringLiteral("export"), m_casePath, QStringLiteral("--format"), QStringLiteral("png"),
                             QStringLiteral("--preset"), QLatin1String(c.preset), QStringLiteral("-o"), path}, &err) == 0,
                     qPrintable(err));
            const QImage image(path);
            QVERIFY2(!image.isNull(), c.preset);
            QVERIFY2(std::abs(image.width() - c.size.width()) <= 1, qPrintable(QString::number(image.width())));
            if (c.size.height() > 0)
                QVERIFY2(std::abs(image.height() - c.size.height()) <= 1, qPrintable(QString::number(image.height())));
            else
                QVERIFY(image.height() > 400);
        }
        // An A4 landscape PDF page: 842 × 595 points.
        const QString pdf = m_dir.filePath(QStringLiteral("preset.pdf"));
        QString err;
        QVERIFY2(runCli({QStringLiteral("export"), m_casePath, QStringLiteral("--format"), QStringLiteral("pdf"),
                         QStringLiteral("--preset"), QStringLiteral("a4-landscape"), QStringLiteral("-o"), pdf}, &err) == 0,
                 qPrintable(err));
        static const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
        const QRegularExpressionMatch box = mediaBox.match(QString::fromLatin1(readAll(pdf)));
        QVERIFY(box.hasMatch());
        QVERIFY2(std::abs(box.captured(1).toDouble() - 841.9) < 1 && std::abs(box.captured(2).toDouble() - 595.3) < 1,
                 qPrintable(box.captured(0)));
        QVERIFY2(readAll(pdf).contains("/FontFile2"), "the PDF embeds its fonts");

        // Web text at 1×: the frame never below 11 px (SVG units are CSS pixels).
        const QString svg = m_dir.filePath(QStringLiteral("preset-web.svg"));
        QVERIFY2(runCli({QStringLiteral("export"), m_casePath, QStringLiteral("--format"), QStringLiteral("svg"),
                         QStringLiteral("-o"), svg}, &err) == 0, qPrintable(err));
        const QHash<QString, QList<double>> sizes = svgFontSizesByGroup(readAll(svg));
        for (const char *part : {"title", "legend", "sources", "credit"}) {
            const QList<double> list = sizes.value(QLatin1String(part));
            QVERIFY2(!list.isEmpty(), part);
            QVERIFY2(*std::min_element(list.cbegin(), list.cend()) >= 11 - 0.01, part);
        }
        // The chain's own text as the page scales it: not smaller either (test_pictureexport checks
        // every preset).
        for (const char *part : {"cards", "labels", "boxes"}) {
            const QList<double> list = sizes.value(QLatin1String(part));
            QVERIFY2(!list.isEmpty(), part);
            QVERIFY2(*std::min_element(list.cbegin(), list.cend()) >= 11 - 0.01, part);
        }
    }

    // A PDF lists every source the chain cites, on as many pages as it takes, none cut off.
    void thePdfListsEverySource()
    {
        CaseData data = m_sample;
        const int extra = 70;
        qint64 nextSource = 100000, nextNote = 100000;
        for (int i = 0; i < extra; ++i) {
            Source source;
            source.id = SourceId{nextSource++};
            source.key = QStringLiteral("extra-%1").arg(i);
            source.title = QStringLiteral("Extra report number %1 on the long chain").arg(i + 1);
            source.publisher = QStringLiteral("Publisher %1").arg(i + 1);
            source.language = QStringLiteral("en");
            data.sources.append(source);
            Note note;
            note.id = NoteId{nextNote++};
            note.key = QStringLiteral("extra-note-%1").arg(i);
            note.source = source.id;
            note.claims.append({SubjectKind::Link, data.links.first().id.value, {}});
            data.notes.append(note);
        }
        picture::PictureRequest request;
        request.positions = picture::placesForExport(m_sample, {});
        const picture::ChainPicture chain = picture::buildChainPicture(data, request);
        QCOMPARE(chain.frame.sources.size(), citedSources(m_sample) + extra);
        const picture::FramedPage page = picture::framedPageFor(chain, {}, picture::ImageFormat::Pdf);
        QVERIFY(page.sourcePageStarts.size() >= 2); // more than one page of sources
        QCOMPARE(page.sourcePageStarts.first(), 0);
        const QString path = m_dir.filePath(QStringLiteral("many-sources.pdf"));
        QVERIFY(picture::exportPicture(chain, picture::ImageFormat::Pdf, path));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        for (int n = 1; n <= chain.frame.sources.size(); ++n)
            QVERIFY2(text.contains(QStringLiteral("[%1]").arg(n)), qPrintable(QString::number(n)));
        QVERIFY(text.contains(QStringLiteral("Extra report number %1 on the long chain").arg(extra)));
        QCOMPARE(text.count(QStringLiteral("Extra report number")), extra);
    }

    // The six verdict colours stay apart for readers with deuteranopia or protanopia, and each
    // verdict has a shape of its own on the label, so it reads without colour at all.
    void verdictsReadWithoutFullColourVision()
    {
        using picture::VerdictMark;
        const QList<VerdictMark> marks{VerdictMark::LicenceRequired, VerdictMark::Warning, VerdictMark::NoLicenceRequired,
                                       VerdictMark::NotAnExport, VerdictMark::IfConfirmed, VerdictMark::NotYetHappened};
        constexpr double apart = 20; // CIE76 ΔE: clearly different at a glance, side by side or not
        for (const auto &[name, vision] : {std::pair{"normal", normalVision}, std::pair{"deuteranopia", deuteranopia},
                                           std::pair{"protanopia", protanopia}})
            for (int i = 0; i < marks.size(); ++i)
                for (int j = i + 1; j < marks.size(); ++j) {
                    const double d = deltaE(labAsSeen(picture::chainstyle::markColour(marks.at(i)), vision),
                                            labAsSeen(picture::chainstyle::markColour(marks.at(j)), vision));
                    QVERIFY2(d >= apart, qPrintable(QStringLiteral("%1: verdicts %2 and %3 only ΔE %4 apart")
                                                        .arg(QLatin1String(name)).arg(i).arg(j).arg(d)));
                }
        // Shapes: drawn in black and white, any two marks differ in many pixels.
        QList<QImage> shapes;
        for (const VerdictMark mark : marks) {
            QImage image(40, 40, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            picture::paintVerdictMark(p, mark, QRectF(4, 4, 32, 32));
            p.end();
            shapes.append(image.convertToFormat(QImage::Format_Grayscale8));
        }
        for (int i = 0; i < shapes.size(); ++i)
            for (int j = i + 1; j < shapes.size(); ++j) {
                int differ = 0;
                for (int y = 0; y < 40; ++y)
                    for (int x = 0; x < 40; ++x)
                        differ += (qGray(shapes.at(i).pixel(x, y)) < 160) != (qGray(shapes.at(j).pixel(x, y)) < 160);
                QVERIFY2(differ > 60, qPrintable(QStringLiteral("marks %1 and %2 differ in %3 pixels").arg(i).arg(j).arg(differ)));
            }
        // And the labels carry them: each checked link's label has its verdict's mark.
        const RuleBook book = RuleBook::load();
        const CaseFindings findings = RuleChecker(book).check(m_sample, {});
        picture::PictureRequest request;
        request.positions = picture::placesForExport(m_sample, {});
        request.linkColours = picture::chainstyle::verdictColours(findings);
        const picture::ChainPicture chain = picture::buildChainPicture(m_sample, request);
        QHash<qint64, VerdictMark> expected;
        for (const LinkFinding &f : findings.links)
            expected.insert(f.link.value, picture::chainstyle::verdictMark(f));
        for (const picture::LinkLabel &label : chain.labels)
            QCOMPARE(label.verdict, expected.value(label.link.value, VerdictMark::None));
    }

    // The geometry check counts what a desk would not publish: it finds a label on a card, two
    // labels on each other, a label on a country heading and a line through a third card.
    void theGeometryCheckFindsOverlaps()
    {
        picture::ChainPicture chain;
        const auto card = [&](double x, double y) {
            picture::Card c;
            c.rect = QRectF(x, y, 190, 58);
            c.name = QStringLiteral("Card");
            chain.cards.append(c);
        };
        card(0, 0);
        card(400, 0);
        card(800, 0);
        QCOMPARE(picture::checkPicture(chain).total(), 0);
        picture::LinkLine line; // from the first card to the third, through the second
        line.geometry = picture::linkGeometry(chain.cards.at(0).rect.center(), chain.cards.at(0).rect.size(),
                                              chain.cards.at(2).rect.center(), chain.cards.at(2).rect.size(), false, 0);
        chain.lines.append(line);
        QCOMPARE(picture::checkPicture(chain).lineThroughCard, 1);
        picture::LinkLabel label;
        label.text = QStringLiteral("H200\n100 units");
        picture::placeLabel(label, QPointF(495, 29)); // on the middle card
        chain.labels.append(label);
        picture::LinkLabel second = label;
        picture::placeLabel(second, QPointF(505, 35)); // and on the first label
        chain.labels.append(second);
        chain.boxes.append({QStringLiteral("ID"), QStringLiteral("Indonesia (ID)"), QRectF(380, -40, 240, 116), Qt::white, 0});
        picture::LinkLabel onHeader;
        onHeader.text = QStringLiteral("H20");
        picture::placeLabel(onHeader, picture::countryHeaderRect(chain.boxes.first()).center());
        chain.labels.append(onHeader);
        const picture::PictureFaults faults = picture::checkPicture(chain);
        QCOMPARE(faults.labelOnCard, 2);
        QCOMPARE(faults.labelOnLabel, 1);
        QCOMPARE(faults.lineThroughCard, 1);
        QCOMPARE(faults.labelOnHeader, 1);
        // Moved clear or left out: no label covers anything any more, and the legend says what went.
        picture::placeLabelsClear(chain);
        const picture::PictureFaults after = picture::checkPicture(chain);
        QCOMPARE(after.labelOnCard + after.labelOnLabel + after.labelOnHeader, 0);
    }

    // When a line is drawn again (a link added, removed, restyled), the canvas repaints the strip
    // it runs along, not its bounding box: the strip still covers every point of the line and its
    // margin, and for a long diagonal line it is a small part of the box.
    void aLineIsRepaintedAlongItsStripOnly()
    {
        const auto covered = [](const QList<QRectF> &rects, const QPointF &p) {
            return std::any_of(rects.cbegin(), rects.cend(), [&p](const QRectF &r) { return r.contains(p); });
        };
        const double margin = 6;
        const QPolygonF diagonal({QPointF(0, 0), QPointF(4000, 3000)});
        const QList<QRectF> strip = picture::stripRects(diagonal, margin);
        QVERIFY(strip.size() > 1);
        QVERIFY(strip.size() <= 16);
        double area = 0;
        for (const QRectF &r : strip)
            area += r.width() * r.height();
        const QRectF box = diagonal.boundingRect().adjusted(-margin, -margin, margin, margin);
        QVERIFY2(area < 0.1 * box.width() * box.height(), qPrintable(QString::number(area / (box.width() * box.height()))));
        // Every point of the line, and the margin on both sides of it, is inside one of them.
        const QPolygonF bent({QPointF(10, 10), QPointF(900, 10), QPointF(900, 700), QPointF(300, 1500)});
        for (const QPolygonF &line : {diagonal, bent}) {
            const QList<QRectF> rects = picture::stripRects(line, margin);
            QRectF united;
            for (const QRectF &r : rects)
                united |= r;
            QCOMPARE(united, line.boundingRect().adjusted(-margin, -margin, margin, margin));
            for (qsizetype i = 1; i < line.size(); ++i) {
                const QLineF segment(line.at(i - 1), line.at(i));
                const QPointF across = segment.normalVector().unitVector().p2() - segment.p1();
                for (double t = 0; t <= 1.0; t += 1.0 / 512)
                    for (const double side : {-margin + 0.01, 0.0, margin - 0.01})
                        QVERIFY2(covered(rects, segment.pointAt(t) + across * side),
                                 qPrintable(QStringLiteral("segment %1 at %2").arg(i).arg(t)));
            }
        }
        // A short line is one rectangle: its bounding box with the margin.
        const QPolygonF shortLine({QPointF(5, 5), QPointF(60, 40)});
        QCOMPARE(picture::stripRects(shortLine, margin),
                 QList<QRectF>{shortLine.boundingRect().adjusted(-margin, -margin, margin, margin)});
    }

    // Moving a placed label gives the box placing it there would (without measuring its text again).
    void aMovedLabelIsPlacedAsNew()
    {
        picture::LinkLabel label;
        label.text = QStringLiteral("2,300 × NVIDIA B200\nOctober 2025");
        label.noteCount = 2;
        picture::placeLabel(label, QPointF(10, 20));
        picture::LinkLabel moved = label;
        picture::moveLabel(moved, QPointF(-340.5, 911.25));
        picture::LinkLabel placed = label;
        picture::placeLabel(placed, QPointF(-340.5, 911.25));
        QCOMPARE(moved.box, placed.box);
        QCOMPARE(moved.badge, placed.badge);
        QVERIFY(moved.box != label.box);
    }

    // The canvas places only the labels an edit touched: the others stay put and are avoided, and
    // each label lands inside the area the canvas gathers its obstacles from.
    void onlyTheMovableLabelsMove()
    {
        picture::ChainPicture chain;
        for (const QPointF &at : {QPointF(0, 0), QPointF(700, 0), QPointF(0, 300), QPointF(700, 300)}) {
            picture::Card c;
            c.rect = QRectF(at, QSizeF(190, 58));
            c.name = QStringLiteral("Card");
            chain.cards.append(c);
        }
        const auto addLink = [&](qint64 id, const picture::Card &from, const picture::Card &to, const QString &text) {
            picture::LinkLine line;
            line.link = LinkId(id);
            line.geometry = picture::linkGeometry(from.rect.center(), from.rect.size(), to.rect.center(), to.rect.size(), false, 0);
            chain.lines.append(line);
            picture::LinkLabel label;
            label.link = LinkId(id);
            label.text = text;
            picture::placeLabel(label, line.geometry.labelAnchor);
            chain.labels.append(label);
        };
        addLink(1, chain.cards.at(0), chain.cards.at(1), QStringLiteral("NVIDIA H200\n2,000 units\nDecember 2025"));
        addLink(2, chain.cards.at(2), chain.cards.at(3), QStringLiteral("NVIDIA B200\n500 units"));
        // The second label sits where the first wants to go: on the middle of the first line.
        picture::placeLabel(chain.labels[1], chain.lines.at(0).geometry.labelAnchor + QPointF(10, 6));
        const QRectF fixedBefore = chain.labels.at(1).box;
        const QRectF wanted = chain.labels.at(0).box;
        QVERIFY(picture::labelBounds(chain.labels.at(0)).intersects(picture::labelBounds(chain.labels.at(1))));
        const QList<QRectF> area = picture::labelSearchArea(chain.lines.at(0).geometry.polyline, wanted.size());
        QVERIFY(!area.isEmpty());

        QCOMPARE(picture::placeLabelsClear(chain, {1}), 0);
        QCOMPARE(chain.labels.at(1).box, fixedBefore); // not movable: where it was, however it lies
        QCOMPARE(chain.labels.at(0).text.isEmpty(), false);
        QVERIFY(chain.labels.at(0).box != wanted);
        const picture::PictureFaults faults = picture::checkPicture(chain);
        QCOMPARE(faults.labelOnLabel + faults.labelOnCard, 0);
        const QRectF placed = picture::labelBounds(chain.labels.at(0));
        QVERIFY2(std::any_of(area.cbegin(), area.cend(), [&](const QRectF &r) { return r.contains(placed); }),
                 "the label lies inside its search area");
        QVERIFY(chain.frame.notes.isEmpty()); // the canvas says what was left out itself
    }

    // The sample as the command line exports it: no label on a card, a label or a heading.
    void theSampleImageHasNoLabelOverlaps()
    {
        const RuleBook book = RuleBook::load();
        picture::PictureRequest request;
        request.positions = picture::placesForExport(m_sample, {});
        request.linkColours = picture::chainstyle::verdictColours(RuleChecker(book).check(m_sample, {}));
        picture::ChainPicture chain = picture::buildChainPicture(m_sample, request);
        const picture::PictureFaults before = picture::checkPicture(chain);
        const int bent = picture::routeLinesAroundCards(chain);
        const int leftOut = picture::placeLabelsClear(chain);
        const picture::PictureFaults after = picture::checkPicture(chain);
        qInfo("sample: before %s; after %s; %d lines bent, %d labels left out", qPrintable(before.summary()),
              qPrintable(after.summary()), bent, leftOut);
        QVERIFY(after.lineThroughCard < before.lineThroughCard || before.lineThroughCard == 0);
        QCOMPARE(after.labelOnCard, 0);
        QCOMPARE(after.labelOnLabel, 0);
        QCOMPARE(after.labelOnHeader, 0);
        QVERIFY2(leftOut * 4 <= m_sample.links.size(), "most labels find a clear place");
    }

    // The DOT export keeps every link with its label, parallel ones too, and Graphviz reads it.
    void dotExportKeepsEveryLinkWithItsLabel()
    {
        const QString path = m_dir.filePath(QStringLiteral("chain.dot"));
        QString err;
        QVERIFY2(runCli({QStringLiteral("export"), m_casePath, QStringLiteral("--format"), QStringLiteral("dot"),
                         QStringLiteral("-o"), path}, &err) == 0, qPrintable(err));
        const QString dotProgram = QStandardPaths::findExecutable(QStringLiteral("dot"));
        if (dotProgram.isEmpty())
            QSKIP("Graphviz dot is not installed");
        QProcess dot;
        dot.start(dotProgram, {QStringLiteral("-Tjson"), path});
        QVERIFY(dot.waitForFinished(60000));
        QVERIFY2(dot.exitCode() == 0, dot.readAllStandardError().constData());
        const QJsonObject root = QJsonDocument::fromJson(dot.readAllStandardOutput()).object();
        QHash<QString, QString> labelOf;
        for (const QJsonValue &edge : root.value(QLatin1String("edges")).toArray()) {
            const QJsonObject object = edge.toObject();
            const QString id = object.value(QLatin1String("id")).toString();
            if (id.startsWith(QLatin1Char('l')))
                labelOf.insert(id, object.value(QLatin1String("xlabel")).toString()); // placed by Graphviz beside the edge
        }
        QCOMPARE(labelOf.size(), m_sample.links.size());
        for (const Link &link : m_sample.links) {
            const QString id = QStringLiteral("l%1").arg(link.id.value);
            QVERIFY2(labelOf.contains(id), qPrintable(id));
            QVERIFY2(!labelOf.value(id).isEmpty(), qPrintable(id));
        }
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
