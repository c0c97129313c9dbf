// SPDX-License-Identifier: GPL-3.0-or-later
// Exported images are what gets published: valid files, the parties' names in them, exactly as
// typed, and nothing that runs or loads from elsewhere.
#include "picture/chainlayout.h"
#include "canvas/chainscene.h"
#include "canvas/exportjob.h"
#include "canvas/groupnodeitem.h"
#include "canvas/linkedgeitem.h"
#include "canvas/mergededgeitem.h"
#include "canvas/partynodeitem.h"
#include "canvas/scenetopicture.h"
#include "dialogs/exportimagedialog.h"
#include "casesession.h"
#include "mainwindow.h"
#include "canvas/sceneexporter.h"
#include "cli/commands.h"
#include "error.h"
#include "cli/imageexport.h"
#include "interchange/casejson.h"
#include "layout/dotescape.h"
#include "layout/graphvizrunner.h"
#include "layout/layoutgraph.h"
#include "panels/findingshtml.h"
#include "picture/chainstyle.h"
#include "picture/picturegeometry.h"
#include "rules/rulechecker.h"
#include "store/casestore.h"
#include "../layout/layouttestdata.h"

#include <QDomDocument>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QImage>
#include <QMessageBox>
#include <QStatusBar>
#include <QScopeGuard>
#include <QTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>
#include <QXmlStreamReader>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// All text of an SVG document, element by element, as a reader of the file would get it.
QStringList svgTexts(const QByteArray &svg)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    return xml.hasError() ? QStringList{QStringLiteral("XML ERROR: ") + xml.errorString()} : texts;
}

CaseData hostileCase()
{
    CaseData data;
    data.info.title = QStringLiteral("Hostile names");
    const QStringList names{QStringLiteral("\"]; node [URL=\"javascript:x\""), QStringLiteral("\\N"),
                            QStringLiteral("<b>x</b>"), QStringLiteral("A & B <script>alert(1)</script>")};
    for (int i = 0; i < names.size(); ++i) {
        Party p;
        p.id = PartyId(i + 1);
        p.key = QStringLiteral("p%1").arg(i);
        p.name = names.at(i);
        p.role = PartyRole(i % 5);
        data.parties.append(p);
    }
    return data;
}

// Holds every thread of the global pool until released: a job started meanwhile waits in the queue,
// so a test can cancel it before it has written a byte, every time. The holders are queued before
// the job (the queue is first in, first out), and holdsThePool() waits until each of them runs on a
// pool thread, so none of them is still in the queue when release() waits for it (waitForFinished()
// would run a queued one on the calling thread).
class PoolBlocker
{
public:
    PoolBlocker()
    {
        for (int i = 0; i < QThreadPool::globalInstance()->maxThreadCount(); ++i)
            m_running.append(QtConcurrent::run([this] {
                m_started.release();
                m_gate.acquire();
            }));
    }
    ~PoolBlocker() { release(); }
    // False when some holder did not get a thread within 30 s (the pool is busy elsewhere).
    bool holdsThePool() { return m_started.tryAcquire(int(m_running.size()), 30000); }
    void release()
    {
        m_gate.release(int(m_running.size()));
        for (QFuture<void> &f : m_running)
            f.waitForFinished();
        m_running.clear();
    }

private:
    QSemaphore m_started;
    QSemaphore m_gate;
    QList<QFuture<void>> m_running;
};

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    CaseData m_sample;

private Q_SLOTS:
    void initTestCase() { m_sample = readCaseJsonFile(QStringLiteral(":/samples/inf-tech-indosat.json")); }

    void aCaseNeverOpenedInTheWindowIsLaidOutForExport()
    {
        // `chiptrail-cli import` then `export`: no stored places, yet the picture must be the
        // tiered chain the window shows, not cards piled on each other.
        const QList<NodePosition> places = picture::placesForExport(m_sample, {});
        QCOMPARE(places.size(), m_sample.parties.size());
        QHash<qint64, QRectF> cards;
        for (const NodePosition &p : places) {
            const QString name = std::find_if(m_sample.parties.cbegin(), m_sample.parties.cend(),
                                              [&](const Party &party) { return party.id == p.party; })->name;
            const QSizeF size = picture::chainstyle::nodeSizeFor(name);
            cards.insert(p.party.value, QRectF(p.position - QPointF(size.width() / 2, size.height() / 2), size));
        }
        for (auto a = cards.cbegin(); a != cards.cend(); ++a)
            for (auto b = std::next(a); b != cards.cend(); ++b)
                QVERIFY2(!a.value().intersects(b.value()), qPrintable(QStringLiteral("parties %1 and %2 overlap")
                                                                          .arg(a.key()).arg(b.key())));
        // Places a user pinned stay where they are; complete stored places are used as they are.
        const NodePosition pinned{m_sample.parties.first().id, QPointF(-5000, -5000), true};
        const QList<NodePosition> withPin = picture::placesForExport(m_sample, {pinned});
        const auto kept = std::find_if(withPin.cbegin(), withPin.cend(),
                                       [&](const NodePosition &p) { return p.party == pinned.party; });
        QVERIFY(kept != withPin.cend());
        QCOMPARE(kept->position, pinned.position);
        QCOMPARE(picture::placesForExport(m_sample, places).size(), places.size());
    }

    void svgIsXmlWithThePartyNamesAndNoActiveContent()
    {
        ChainScene scene;
        scene.setCase(m_sample, {});
        const QString path = m_dir.filePath(QStringLiteral("chain.svg"));
        exportScene(scene, ImageFormat::Svg, path);
        const QByteArray svg = readAll(path);
        QDomDocument document;
        QVERIFY(document.setContent(svg));
        QCOMPARE(document.documentElement().tagName(), QStringLiteral("svg"));
        const QStringList texts = svgTexts(svg);
        // A name takes two lines where the page's smallest text size needs them.
        for (const char *name : {"NVIDIA", "Aivres", "INF Tech", "Fudan University"})
            QVERIFY2(texts.join(u' ').contains(QLatin1String(name)), name);
        for (const char *forbidden : {"<script", "javascript:", "xlink:href=\"http", "onload", "<image"})
            QVERIFY2(!svg.contains(forbidden), forbidden);
    }

    void hostileNamesComeBackExactlyAsTyped()
    {
        ChainScene scene;
        const CaseData data = hostileCase();
        scene.setCase(data, {});
        const QString path = m_dir.filePath(QStringLiteral("hostile.svg"));
        exportScene(scene, ImageFormat::Svg, path);
        const QByteArray svg = readAll(path);
        const QStringList texts = svgTexts(svg);
        for (const auto &p : data.parties)
            QVERIFY2(texts.contains(p.name), qPrintable(p.name + QStringLiteral(" not in ") + texts.join(QLatin1Char('|'))));
        QVERIFY(!svg.contains("<script"));
        QVERIFY(!svg.contains("<b>"));
    }

    void pngHasTheRequestedSizeAndBackground()
    {
        ChainScene scene;
        scene.setCase(m_sample, {});
        const QSizeF content = scene.contentRect().size();
        const QString white = m_dir.filePath(QStringLiteral("white.png"));
        ExportOptions options;
        options.preset = picture::PagePreset::Bare; // the chain alone, at the scale asked for
        options.pngScale = 1.5;
        exportScene(scene, ImageFormat::Png, white, options);
        QImage image(white);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), (content * 1.5).toSize());
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));

        options.transparent = true;
        const QString clear = m_dir.filePath(QStringLiteral("clear.png"));
        exportScene(scene, ImageFormat::Png, clear, options);
        QCOMPARE(QImage(clear).pixelColor(0, 0).alpha(), 0);
    }

    void pdfIsAPdfWithTheCaseAndItsSources()
    {
        ChainScene scene;
        scene.setCase(m_sample, {});
        const QString path = m_dir.filePath(QStringLiteral("chain.pdf"));
        exportScene(scene, ImageFormat::Pdf, path);
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY(pdf.size() > 10'000);
        // Two pages: the chain with its legend, and the numbered sources.
        QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 2);
    }

    void unwritableTargetGivesAClearError()
    {
        ChainScene scene;
        scene.setCase(m_sample, {});
        const QString path = QStringLiteral("/nonexistent-dir/chain.png");
        try {
            exportScene(scene, ImageFormat::Png, path);
            QFAIL("exported into a missing directory");
        } catch (const CaseError &error) {
            QVERIFY(error.message().startsWith(path));
        }
    }

    void cliExportsEveryImageFormatWithoutADisplay()
    {
        cli::registerImageExportFormats();
        const QString path = m_dir.filePath(QStringLiteral("cli.chiptrail"));
        CaseStore::createFrom(path, m_sample);
        for (const char *format : {"svg", "png", "pdf"}) {
            QString out, err;
            QTextStream o(&out), e(&err);
            const QString target = m_dir.filePath(QStringLiteral("cli.") + QLatin1String(format));
            const int code = cli::run({QStringLiteral("export"), path, QStringLiteral("--format"), QLatin1String(format),
                                       QStringLiteral("-o"), target}, {o, e});
            e.flush();
            QVERIFY2(code == 0, qPrintable(err));
            QVERIFY(QFileInfo(target).size() > 1000);
        }
        QString out, err;
        QTextStream o(&out), e(&err);
        QCOMPARE(cli::run({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("png")}, {o, e}), 2);
    }

    // A Graphviz that hangs: the command line stops it after --layout-timeout, draws with the
    // built-in layout and says so, instead of waiting a minute in silence.
    void cliSaysWhenItFellBackFromGraphviz()
    {
        cli::registerImageExportFormats();
        const QString path = m_dir.filePath(QStringLiteral("fallback.chiptrail"));
        CaseStore::createFrom(path, m_sample); // no stored places: the layout must run
        QDir(m_dir.path()).mkdir(QStringLiteral("hanging-graphviz"));
        for (const char *name : {"dot", "sfdp"}) {
            QFile script(m_dir.filePath(QStringLiteral("hanging-graphviz/") + QLatin1String(name)));
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write("#!/bin/sh\nsleep 30\n");
            script.close();
            script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
        }
        const QByteArray oldPath = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(m_dir.filePath(QStringLiteral("hanging-graphviz"))) + ':' + oldPath);
        QString out, err;
        QTextStream o(&out), e(&err);
        const QString target = m_dir.filePath(QStringLiteral("fallback.svg"));
        QElapsedTimer clock;
        clock.start();
        const int code = cli::run({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("svg"),
                                   QStringLiteral("-o"), target, QStringLiteral("--layout-timeout"), QStringLiteral("0.5")},
                                  {o, e});
        qputenv("PATH", oldPath);
        e.flush();
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY(clock.elapsed() < 10000);
        QVERIFY2(err.startsWith(QStringLiteral("warning: Graphviz (dot) did not finish within")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("built-in layout")));
        QVERIFY(QFileInfo(target).size() > 1000);
    }


    // The window and the command line draw one picture: the sample's SVG from the scene (places as
    // the command line lays them out, verdict colours as the rule panel gives them) and from
    // `chiptrail-cli export` hold the same elements, attribute for attribute.
    void theWindowAndTheCommandLineWriteTheSameSvg()
    {
        cli::registerImageExportFormats();
        const QString casePath = m_dir.filePath(QStringLiteral("same.chiptrail"));
        const auto store = CaseStore::createFrom(casePath, m_sample);
        const CaseData data = store->load();
        const QString fromCli = m_dir.filePath(QStringLiteral("same-cli.svg"));
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = cli::run({QStringLiteral("export"), casePath, QStringLiteral("--format"), QStringLiteral("svg"),
                                   QStringLiteral("-o"), fromCli}, {o, e});
        e.flush();
        QVERIFY2(code == 0, qPrintable(err));

        ChainScene scene;
        scene.setCase(data, picture::placesForExport(data, store->nodePositions()));
        const RuleBook book = RuleBook::load();
        QHash<qint64, QColor> colours;
        for (const LinkFinding &f : RuleChecker(book).check(data, {}).links)
            colours.insert(f.link.value, findingshtml::verdictColour(f)); // as the rule panel tells the canvas
        scene.setLinkColours(colours);
        const QString fromWindow = m_dir.filePath(QStringLiteral("same-window.svg"));
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        QVERIFY(job.start(scene, ImageFormat::Svg, fromWindow));
        QVERIFY(!finished.isEmpty() || finished.wait(30000));

        const auto elements = [](const QByteArray &svg) {
            QStringList list;
            QXmlStreamReader xml(svg);
            while (!xml.atEnd())
                if (xml.readNext() == QXmlStreamReader::StartElement) {
                    QString element = xml.name().toString();
                    for (const QXmlStreamAttribute &a : xml.attributes())
                        element += QLatin1Char(' ') + a.name() + QLatin1Char('=') + a.value();
                    list << element;
                }
            return xml.hasError() ? QStringList{QStringLiteral("XML ERROR: ") + xml.errorString()} : list;
        };
        const QStringList window = elements(readAll(fromWindow)), commandLine = elements(readAll(fromCli));
        QVERIFY(window.size() > data.parties.size() + data.links.size());
        QCOMPARE(window, commandLine);
        QVERIFY(readAll(fromCli).contains(picture::chainstyle::licenceRequiredColour().name().toLatin1()));
    }

    // File → Export Chain → Image…: what the dialog's choices write is what `chiptrail-cli export`
    // writes with the arguments the dialog names for them, element for element.
    void theExportDialogWritesWhatTheCommandLineWrites()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QLatin1String(ExportImageDialog::settingsGroup));
        cli::registerImageExportFormats();
        const QString casePath = m_dir.filePath(QStringLiteral("dialog.chiptrail"));
        const auto store = CaseStore::createFrom(casePath, m_sample);
        const CaseData data = store->load();
        const QDate asOf(2025, 12, 31);

        ChainScene scene;
        scene.setCase(data, picture::placesForExport(data, store->nodePositions()));
        scene.setAsOf(asOf);
        const RuleBook book = RuleBook::load();
        CheckOptions check;
        check.rulesAt = asOf; // as the timeline sets the rule panel's date
        QHash<qint64, QColor> colours;
        for (const LinkFinding &f : RuleChecker(book).check(data, check).links)
            colours.insert(f.link.value, findingshtml::verdictColour(f));
        scene.setLinkColours(colours);

        ExportImageDialog dialog(sceneToPicture(scene, {}, LinesAndLabels::ToBePlaced), scene.asOf(), ImageFormat::Svg);
        auto *preset = dialog.findChild<QComboBox *>(QStringLiteral("preset"));
        QVERIFY(preset);
        preset->setCurrentIndex(preset->findData(int(picture::PagePreset::Social)));
        dialog.findChild<QCheckBox *>(QStringLiteral("partLegend"))->setChecked(false);
        dialog.findChild<QCheckBox *>(QStringLiteral("partCredit"))->setChecked(false);
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("transparent"))->isEnabled()); // PNG only
        const QStringList arguments = dialog.commandLineArguments();
        QCOMPARE(arguments, (QStringList{QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--preset"),
                                         QStringLiteral("social"), QStringLiteral("--no-legend"),
                                         QStringLiteral("--no-credit"), QStringLiteral("--as-of"),
                                         QStringLiteral("2025-12-31")}));
        QCOMPARE(dialog.suggestedFileName(data.info.title), QStringLiteral("inf-tech-indosat-social.svg"));

        const QString fromWindow = m_dir.filePath(QStringLiteral("dialog-window.svg"));
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        QVERIFY(job.start(scene, dialog.format(), fromWindow, dialog.options()));
        QVERIFY(!finished.isEmpty() || finished.wait(60000));

        const QString fromCli = m_dir.filePath(QStringLiteral("dialog-cli.svg"));
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = cli::run(QStringList{QStringLiteral("export"), casePath} + arguments
                                      + QStringList{QStringLiteral("-o"), fromCli},
                                  {o, e});
        e.flush();
        QVERIFY2(code == 0, qPrintable(err));

        const auto elements = [](const QByteArray &svg) {
            QStringList list;
            QXmlStreamReader xml(svg);
            while (!xml.atEnd())
                if (xml.readNext() == QXmlStreamReader::StartElement) {
                    QString element = xml.name().toString();
                    for (const QXmlStreamAttribute &a : xml.attributes())
                        element += QLatin1Char(' ') + a.name() + QLatin1Char('=') + a.value();
                    list << element;
                }
            return xml.hasError() ? QStringList{QStringLiteral("XML ERROR: ") + xml.errorString()} : list;
        };
        const QStringList window = elements(readAll(fromWindow)), commandLine = elements(readAll(fromCli));
        QVERIFY(window.size() > data.parties.size() + data.links.size());
        QCOMPARE(window, commandLine);
        // The choices are in the file: the social page, no legend, no credit, the title.
        const QString svg = QString::fromUtf8(readAll(fromWindow));
        QVERIFY2(svg.contains(QStringLiteral("width=\"1080\"")) || svg.contains(QStringLiteral("1080 1350")), qPrintable(svg.left(400)));
        const QStringList texts = svgTexts(readAll(fromWindow));
        QVERIFY(texts.join(u' ').contains(data.info.title));
        QVERIFY(!texts.join(u' ').contains(QStringLiteral("ChipTrail; not legal advice")));
    }

    // The dialog says what size each page comes out at, draws a preview of the page without
    // holding up the window, refuses what the export would refuse, and remembers the choices.
    void theExportDialogShowsSizesPreviewsAndRemembers()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QLatin1String(ExportImageDialog::settingsGroup));
        const CaseData data = m_sample;
        ChainScene scene;
        scene.setCase(data, picture::placesForExport(data, {}));
        const picture::ChainPicture chain = sceneToPicture(scene, {}, LinesAndLabels::ToBePlaced); // as the window gives it
        {
            ExportImageDialog dialog(chain, {}, ImageFormat::Png);
            auto *preset = dialog.findChild<QComboBox *>(QStringLiteral("preset"));
            auto *size = dialog.findChild<QLabel *>(QStringLiteral("size"));
            QVERIFY(preset && size);
            const auto choose = [&](picture::PagePreset p) { preset->setCurrentIndex(preset->findData(int(p))); };
            choose(picture::PagePreset::Web);
            QVERIFY2(size->text().contains(QStringLiteral("1200 px wide")) && size->text().contains(QStringLiteral("2× = 2400 ×")),
                     qPrintable(size->text()));
            choose(picture::PagePreset::Social);
            QVERIFY2(size->text().contains(QStringLiteral("1080 × 1350 px")), qPrintable(size->text()));
            // The preview comes from a worker; it has the page's shape (4:5).
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isDrawingPreview() && !dialog.previewImage().isNull(), 20000);
            const QImage preview = dialog.previewImage();
            QVERIFY(preview.width() <= ExportImageDialog::previewWidth && preview.height() <= ExportImageDialog::previewHeight);
            QVERIFY2(std::abs(double(preview.width()) / preview.height() - 0.8) < 0.02,
                     qPrintable(QStringLiteral("%1 × %2").arg(preview.width()).arg(preview.height())));
            choose(picture::PagePreset::A4Landscape);
            QVERIFY2(size->text().contains(QStringLiteral("297 × 210 mm")) && size->text().contains(QStringLiteral("300 dpi = 3508 × 2480 px")),
                     qPrintable(size->text()));
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isDrawingPreview(), 20000);
            QVERIFY(std::abs(double(dialog.previewImage().width()) / dialog.previewImage().height() - 297.0 / 210) < 0.02);
            dialog.findChild<QCheckBox *>(QStringLiteral("partSources"))->setChecked(false);
            dialog.findChild<QCheckBox *>(QStringLiteral("transparent"))->setChecked(true);
            QVERIFY(dialog.problem().isEmpty());
            dialog.accept();
        }
        {
            // Opened again from File → Export Chain → Image…: the last choices.
            ExportImageDialog dialog(chain, {});
            QCOMPARE(dialog.format(), ImageFormat::Png);
            QCOMPARE(dialog.preset(), picture::PagePreset::A4Landscape);
            QVERIFY(!dialog.options().parts.sources && dialog.options().parts.legend && dialog.options().transparent);
            QVERIFY(dialog.commandLineArguments().contains(QStringLiteral("--no-sources")));
            QVERIFY(dialog.commandLineArguments().contains(QStringLiteral("--transparent")));
        }
        {
            // A picture the PNG writer refuses (nothing to draw): said in the dialog, OK is off.
            picture::ChainPicture empty = chain;
            empty.bounds = QRectF();
            ExportImageDialog dialog(empty, {}, ImageFormat::Png);
            auto *preset = dialog.findChild<QComboBox *>(QStringLiteral("preset"));
            preset->setCurrentIndex(preset->findData(int(picture::PagePreset::Bare)));
            auto *buttons = dialog.findChild<QDialogButtonBox *>();
            QVERIFY(buttons);
            QVERIFY(!dialog.problem().isEmpty());
            QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("size"))->text() == dialog.problem(), qPrintable(dialog.problem()));
                QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        }
    }

    // What is exported lies where it lies on screen: the picture of a scene has each card, group,
    // line and label where the items are, after a card was dragged and a country folded.
    void thePictureOfASceneIsWhereItsItemsAre()
    {
        ChainScene scene;
        scene.setCase(m_sample, picture::placesForExport(m_sample, {}));
        PartyNodeItem *dragged = scene.node(m_sample.parties.first().id);
        QVERIFY(dragged);
        dragged->setPos(dragged->pos() + QPointF(70, 40));
        QString folded;
        for (const Party &party : m_sample.parties)
            if (!party.headquartersCountry.isEmpty() && party.id != dragged->partyId())
                folded = party.headquartersCountry;
        QVERIFY(!folded.isEmpty());
        scene.collapse(CollapseKey::forCountry(folded));
        QVERIFY(!scene.groupNodes().isEmpty());

        const picture::ChainPicture chain = sceneToPicture(scene);
        int cards = 0;
        for (const Party &party : m_sample.parties)
            cards += scene.node(party.id) != nullptr;
        QCOMPARE(chain.cards.size(), cards);
        for (const picture::Card &card : chain.cards) {
            const PartyNodeItem *node = scene.node(card.party);
            QVERIFY(node);
            QCOMPARE(card.rect, node->mapRectToScene(node->card().rect));
        }
        QCOMPARE(chain.groups.size(), scene.groupNodes().size());
        for (const picture::GroupCard &group : chain.groups)
            QCOMPARE(picture::groupBounds(group.rect), scene.groupNode(group.key)->sceneBoundingRect());
        int lines = 0;
        for (const Link &link : m_sample.links)
            lines += scene.edge(link.id) != nullptr;
        QCOMPARE(chain.lines.size(), lines);
        for (const picture::LinkLine &line : chain.lines)
            QCOMPARE(line.geometry.polyline, scene.edge(line.link)->polyline());
        for (const picture::LinkLabel &label : chain.labels)
            QCOMPARE(picture::labelBounds(label), scene.edge(label.link)->sceneBoundingRect());
        QCOMPARE(chain.mergedLines.size(), scene.mergedEdges().size());
        QRectF merged, mergedItems;
        for (const picture::MergedLine &line : chain.mergedLines)
            merged |= picture::mergedBounds(line);
        for (const MergedEdgeItem *edge : scene.mergedEdges())
            mergedItems |= edge->sceneBoundingRect();
        QCOMPARE(merged, mergedItems);
        QCOMPARE(chain.bounds, scene.contentRect());
    }

    // File → Export runs the writing in a worker: the files are the ones the direct export makes.
    void theBackgroundExportWritesTheSameValidFiles()
    {
        ChainScene scene;
        scene.setCase(m_sample, {});
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        QSignalSpy failed(&job, &ExportJob::failed);
        for (const char *name : {"svg", "png", "pdf", "dot"}) {
            const ImageFormat format = *imageFormatFromName(QLatin1String(name));
            const QString background = m_dir.filePath(QStringLiteral("background.") + QLatin1String(name));
            const QString direct = m_dir.filePath(QStringLiteral("direct.") + QLatin1String(name));
            finished.clear();
            QVERIFY(job.start(scene, format, background));
            QVERIFY(!job.start(scene, format, background)); // one at a time
            // Also when the worker is done but its outcome not yet reported (no event handled).
            QThreadPool::globalInstance()->waitForDone();
            QVERIFY(job.isRunning());
            QVERIFY(!job.start(scene, format, background));
            QVERIFY2(!finished.isEmpty() || finished.wait(30000), name);
            QCOMPARE(finished.first().first().toString(), background);
            QVERIFY(failed.isEmpty());
            exportScene(scene, format, direct);
            const QByteArray bytes = readAll(background);
            if (format != ImageFormat::Pdf) // the PDF holds its creation time
                QVERIFY2(bytes == readAll(direct), name);
            switch (format) {
            case ImageFormat::Svg: {
                QDomDocument document;
                QVERIFY(document.setContent(bytes));
                const QStringList texts = svgTexts(bytes);
                for (const char *party : {"NVIDIA", "Aivres", "INF Tech", "Fudan University"})
                    QVERIFY2(texts.join(u' ').contains(QLatin1String(party)), party);
                break;
            }
            case ImageFormat::Png: {
                const QImage image = QImage::fromData(bytes, "PNG");
                QVERIFY(!image.isNull());
                QCOMPARE(image.width(), 2400); // the web preset: 1200 CSS pixels at 2×
                QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
                break;
            }
            case ImageFormat::Pdf:
                QVERIFY(bytes.startsWith("%PDF-"));
                QVERIFY(bytes.trimmed().endsWith("%%EOF"));
                break;
            case ImageFormat::Dot:
                QVERIFY(bytes.contains("digraph"));
                break;
            }
        }
    }

    // Qt 6.4's raster engine splits a big fill over the global thread pool and waits for the pieces
    // (QT_THREAD_PARALLEL_FILLS), except on a thread of that pool. The export worker is one, and it
    // draws half the PNG on a helper thread whose fills need the pool: with one slot (one core, or
    // the other slots busy) the worker must still finish, not wait for ever for its own slot.
    void aPngExportFinishesWithOnePoolThread()
    {
        ChainScene scene;
        scene.setCase(m_sample, {});
        QThreadPool *pool = QThreadPool::globalInstance();
        const int slots = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        const auto restore = qScopeGuard([&] { pool->setMaxThreadCount(slots); });
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        QSignalSpy failed(&job, &ExportJob::failed);
        const QString path = m_dir.filePath(QStringLiteral("one-slot.png"));
        QVERIFY(job.start(scene, ImageFormat::Png, path));
        // On failure the job never ends: ~ExportJob() then waits for ever (ctest's timeout).
        QVERIFY(!finished.isEmpty() || finished.wait(30000));
        QVERIFY(failed.isEmpty());
        QCOMPARE(QImage(path).width(), 2400); // the web preset: 1200 CSS pixels at 2×
    }

    // The picture is taken when the export starts: edits after that do not tear it.
    void theSnapshotIsTheSceneAtTheStart()
    {
        ChainScene scene;
        scene.setCase(m_sample, {});
        const QString path = m_dir.filePath(QStringLiteral("snapshot.svg"));
        const ExportSnapshot snapshot = snapshotForExport(scene, ImageFormat::Svg, path);
        scene.setCase(hostileCase(), {});
        QVERIFY(writeExport(snapshot));
        const QStringList texts = svgTexts(readAll(path));
        QVERIFY(texts.contains(QStringLiteral("NVIDIA")));
        QVERIFY(!texts.contains(QStringLiteral("<b>x</b>")));
    }

    void cancelLeavesNoFileAndAnOlderFileAsItWas()
    {
        ChainScene scene;
        scene.setCase(m_sample, {});
        for (const char *name : {"svg", "png", "pdf", "dot"}) {
            const ImageFormat format = *imageFormatFromName(QLatin1String(name));
            // Cancelled from the status bar before the worker wrote anything.
            const QString fresh = m_dir.filePath(QStringLiteral("cancelled.") + QLatin1String(name));
            ExportJob job;
            ExportProgressWidget progress(&job);
            QSignalSpy cancelled(&job, &ExportJob::cancelled);
            QSignalSpy finished(&job, &ExportJob::finished);
            {
                PoolBlocker blocker;
                QVERIFY(blocker.holdsThePool());
                QVERIFY(job.start(scene, format, fresh));
                auto *cancel = progress.findChild<QPushButton *>(QStringLiteral("cancelExport"));
                QVERIFY(cancel);
                cancel->click();
            }
            QVERIFY2(!cancelled.isEmpty() || cancelled.wait(30000), name);
            QVERIFY(finished.isEmpty());
            QVERIFY2(!QFileInfo::exists(fresh), name);

            // Cancelled at every step of the writing: the older file stays as it was.
            const QString older = m_dir.filePath(QStringLiteral("older.") + QLatin1String(name));
            {
                QFile file(older);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write("the older file");
            }
            const ExportSnapshot snapshot = snapshotForExport(scene, format, older);
            for (int stopAt = 1; stopAt <= 8; ++stopAt) {
                int calls = 0;
                const bool written = writeExport(snapshot, [&](double) { return ++calls < stopAt; });
                if (written)
                    break; // the writing asked fewer times than that: nothing left to cancel
                QCOMPARE(readAll(older), QByteArray("the older file"));
            }
            QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*.tmp"), QStringLiteral("older.*.*")}, QDir::Files).isEmpty());
        }
    }

    void aFailingExportNamesTheFile()
    {
        ChainScene scene;
        scene.setCase(m_sample, {});
        for (const char *name : {"svg", "png", "pdf", "dot"}) {
            const QString path = QStringLiteral("/nonexistent-dir/chain.") + QLatin1String(name);
            ExportJob job;
            QSignalSpy failed(&job, &ExportJob::failed);
            QVERIFY(job.start(scene, *imageFormatFromName(QLatin1String(name)), path));
            QVERIFY2(!failed.isEmpty() || failed.wait(30000), name);
            QVERIFY2(failed.first().first().toString().startsWith(path), qPrintable(failed.first().first().toString()));
            QVERIFY(!QFileInfo::exists(path));
        }
        // Refused before the worker starts (an impossible size): also named, also no file.
        ExportJob job;
        QSignalSpy failed(&job, &ExportJob::failed);
        ExportOptions huge;
        huge.preset = picture::PagePreset::Bare;
        huge.pngScale = 1e-9;
        const QString path = m_dir.filePath(QStringLiteral("empty.png"));
        QVERIFY(!job.start(scene, ImageFormat::Png, path, huge));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().startsWith(path));
        QVERIFY(!QFileInfo::exists(path));
    }


    // In the window: the export shows in the status bar while it runs, says where the file went,
    // and a failure is one dialog that names the file.
    void theWindowShowsTheExportAndItsFailure()
    {
        CaseSession session;
        MainWindow window(&session);
        window.show();
        session.openSample();
        auto *progress = window.statusBar()->findChild<QWidget *>(QStringLiteral("exportProgress"));
        QVERIFY(progress);
        QVERIFY(!progress->isVisible());
        // The error dialog is modal (exec()): closed from a timer for the whole test, so a failure
        // is a message here instead of a dialog nobody closes.
        QString shown;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *box = window.findChild<QMessageBox *>(QStringLiteral("errorDialog"))) {
                shown = box->text();
                box->accept();
            }
        });
        closer.start(10);
        QSignalSpy finished(window.exportJob(), &ExportJob::finished);
        const QString path = m_dir.filePath(QStringLiteral("window.png"));
        {
            PoolBlocker blocker;
            QVERIFY(blocker.holdsThePool());
            QVERIFY(window.exportJob()->start(*window.chainScene(), ImageFormat::Png, path));
            QVERIFY(progress->isVisible());
        }
        QVERIFY2(!finished.isEmpty() || finished.wait(30000), qPrintable(shown));
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
        QVERIFY(!progress->isVisible());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("window.png")));
        QVERIFY(!QImage(path).isNull());

        const QString bad = QStringLiteral("/nonexistent-dir/chain.svg");
        QSignalSpy failed(window.exportJob(), &ExportJob::failed);
        QVERIFY(window.exportJob()->start(*window.chainScene(), ImageFormat::Svg, bad));
        QVERIFY(!failed.isEmpty() || failed.wait(30000));
        QTRY_VERIFY(!shown.isEmpty());
        QVERIFY2(shown.startsWith(bad), qPrintable(shown));
        QVERIFY(!progress->isVisible());
    }

    // Controls and odd text reach the SVG as well-formed XML; the text a person typed stays.
    void svgStaysWellFormedWithControlCharacters()
    {
        CaseData data = hostileCase();
        data.parties[0].name = QStringLiteral("Nul\u0001here & \"there\"");
        ChainScene scene;
        scene.setCase(data, {});
        const QString path = m_dir.filePath(QStringLiteral("controls.svg"));
        exportScene(scene, ImageFormat::Svg, path);
        const QByteArray svg = readAll(path);
        QDomDocument document;
        QVERIFY(document.setContent(svg));
        const QStringList texts = svgTexts(svg);
        QVERIFY2(texts.contains(QStringLiteral("Nul\uFFFDhere & \"there\"")), qPrintable(texts.join(u'|')));
    }

    // The DOT export is the graph the layout uses; Graphviz must read it and show every name as typed.
    void cliExportsDotThatGraphvizReadsWithTheNamesAsTyped()
    {
        const QString dotProgram = layout::GraphvizRunner::findProgram(layout::GraphvizEngine::Dot);
        if (dotProgram.isEmpty())
            QSKIP("Graphviz dot is not installed");
        cli::registerImageExportFormats();
        const QString path = m_dir.filePath(QStringLiteral("hostile-dot.chiptrail"));
        const CaseData typed = layouttest::hostileCase();
        const CaseData stored = CaseStore::createFrom(path, typed)->load();
        QCOMPARE(stored.parties.size(), typed.parties.size());
        QHash<QString, QString> nameOfNode;
        for (int i = 0; i < stored.parties.size(); ++i) {
            QCOMPARE(stored.parties.at(i).name, typed.parties.at(i).name);
            nameOfNode.insert(QStringLiteral("p%1").arg(stored.parties.at(i).id.value), typed.parties.at(i).name);
        }

        QString out, err;
        QTextStream o(&out), e(&err);
        const QString target = m_dir.filePath(QStringLiteral("hostile.dot"));
        const int code = cli::run({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("dot"),
                                   QStringLiteral("-o"), target}, {o, e});
        e.flush();
        QVERIFY2(code == 0, qPrintable(err));

        QProcess dot;
        dot.start(dotProgram, {QStringLiteral("-Tjson"), QStringLiteral("-q"), target});
        QVERIFY(dot.waitForFinished(60000));
        QCOMPARE(dot.exitCode(), 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(dot.readAllStandardOutput(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        int parties = 0;
        for (const QJsonValue &value : root.value(QLatin1String("objects")).toArray()) {
            const QJsonObject object = value.toObject();
            const QString name = object.value(QLatin1String("name")).toString();
            if (!nameOfNode.contains(name)) {
                // clusters, skeleton nodes, anonymous rank subgraphs ("%3")
                QVERIFY2(name.startsWith(QLatin1String("cluster_")) || name.startsWith(u't') || name.startsWith(u'%'), qPrintable(name));
                continue;
            }
            ++parties;
            QCOMPARE(layout::unescapeDotLabel(object.value(QLatin1String("label")).toString()),
                     layout::dotLabelRoundTrip(nameOfNode.value(name)));
            for (const char *key : {"URL", "href", "image", "shapefile", "tooltip", "target"})
                QVERIFY2(!object.contains(QLatin1String(key)), key);
        }
        QCOMPARE(parties, typed.parties.size()); // no node more, none less
        QCOMPARE(root.value(QLatin1String("edges")).toArray().size(), 1); // the one link (one tier: no skeleton edges)
    }
};

QTEST_MAIN(TestExport)
#include "test_export.moc"
