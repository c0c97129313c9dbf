// SPDX-License-Identifier: GPL-3.0-or-later
// Picture benchmark: what a graphics desk would not publish, counted by the geometry check
// (picturecheck.h) on generated chains of 10 to 300 parties laid out as the export lays them out;
// and the export of a laid-out 1,000-party chain (SVG, PDF, PNG web preset) beside Graphviz
// drawing the same positions (`neato -n2 -Tsvg/-Tpdf/-Tpng` on dot's own laid-out DOT).
//
//   bench_picture [--cases 20] [--export-size 1000] [--runs 3] [--no-export] [--formats svg,pdf,png]
//                 [--no-anchor] [--keep DIR]

#include "casegenerator.h"
#include "picture/chainlayout.h"
#include "picture/chainstyle.h"
#include "picture/graphvizlines.h"
#include "layout/graphvizrunner.h"
#include "layout/layoutjob.h"
#include "picture/picturebuilder.h"
#include "picture/labelplacement.h"
#include "picture/lineplacement.h"
#include "picture/picturecheck.h"
#include "picture/pictureexport.h"
#include "picture/textfloor.h"
#include "error.h"
#include "rules/rulechecker.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace chiptrail;

namespace {

QTextStream out(stdout);

double msSince(const QElapsedTimer &timer) { return timer.nsecsElapsed() / 1e6; }

QString ms(double value) { return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" ms"); }

picture::ChainPicture pictureOf(const CaseData &data)
{
    picture::PictureRequest request;
    request.positions = picture::placesForExport(data, {});
    const RuleBook book = RuleBook::load();
    request.linkColours = picture::chainstyle::verdictColours(RuleChecker(book).check(data, {}));
    return picture::buildChainPicture(data, request);
}

// The crossings in dot's own drawing of the chain's DOT export (every link); -1 when dot fails on it.
int dotCrossings(const CaseData &data)
{
    layout::GraphvizRequest request;
    request.dot = picture::chainDot(data);
    request.extraArguments = layout::planLayout(picture::canvasLayoutGraph(data), {}).arguments;
    layout::GraphvizRunner runner;
    try {
        return picture::countLineCrossings(picture::layoutLines(runner.layout(request)));
    } catch (const CaseError &) {
        return -1;
    }
}

void geometry(int cases)
{
    out << "Geometry check (label-card, label-label, label-header overlaps; lines through cards they do not join)\n";
    picture::PictureFaults sum, sumBefore;
    qsizetype labels = 0;
    int dropped = 0;
    for (int i = 0; i < cases; ++i) {
        bench::GeneratorOptions options;
        options.parties = 10 + (cases > 1 ? i * 290 / (cases - 1) : 0);
        options.seed = 20251007 + quint32(i);
        const CaseData data = bench::generateSupplyChainCase(options);
        QElapsedTimer timer;
        timer.start();
        const picture::ChainPicture chain = pictureOf(data);
        const double built = msSince(timer);
        timer.restart();
        const picture::PictureFaults before = picture::checkPicture(chain);
        const double checked = msSince(timer);
        // As every framed export draws it: Graphviz's lines, labels moved clear or left out.
        picture::ChainPicture exported = chain;
        timer.restart();
        const picture::GraphvizLinesOutcome lines = picture::drawLinesWithGraphviz(exported, data);
        const double splined = msSince(timer);
        picture::routeLinesAroundCards(exported);
        const int leftOut = picture::placeLabelsClear(exported);
        const picture::PictureFaults faults = picture::checkPicture(exported);
        out << QStringLiteral("  %1 parties, %2 links: as laid out %3; exported %4, %5 labels left out; %6 lines along "
                              "dot's splines, %7 neato's (%8); dot's own drawing of the DOT export: %9 line crossings "
                              "(built %10, checked %11)\n")
                   .arg(data.parties.size(), 3)
                   .arg(data.links.size(), 3)
                   .arg(before.summary(), faults.summary())
                   .arg(leftOut)
                   .arg(lines.fromDot)
                   .arg(lines.fromNeato)
                   .arg(ms(splined))
                   .arg(dotCrossings(data))
                   .arg(ms(built), ms(checked));
        out.flush();
        sumBefore.labelOnCard += before.labelOnCard;
        sumBefore.labelOnLabel += before.labelOnLabel;
        sumBefore.labelOnHeader += before.labelOnHeader;
        sumBefore.lineThroughCard += before.lineThroughCard;
        sum.labelOnCard += faults.labelOnCard;
        sum.labelOnLabel += faults.labelOnLabel;
        sum.labelOnHeader += faults.labelOnHeader;
        sum.lineThroughCard += faults.lineThroughCard;
        sum.lineCrossings += faults.lineCrossings;
        sumBefore.lineCrossings += before.lineCrossings;
        labels += exported.labels.size();
        dropped += leftOut;
    }
    out << "  all " << cases << " cases, as laid out: " << sumBefore.summary() << '\n';
    out << "  all " << cases << " cases, exported:    " << sum.summary() << "; " << dropped << " of " << labels
        << " labels left out\n\n";
}

double best(int runs, const std::function<void()> &work)
{
    double fastest = 1e18;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        fastest = std::min(fastest, msSince(timer));
    }
    return fastest;
}

// Graphviz drawing a DOT whose positions are given: the anchor an export is measured against.
double graphviz(const QString &dotFile, const QString &format, const QString &target, int runs)
{
    return best(runs, [&] {
        QProcess neato;
        neato.start(QStringLiteral("neato"), {QStringLiteral("-n2"), QStringLiteral("-T") + format, dotFile,
                                              QStringLiteral("-o"), target});
        if (!neato.waitForFinished(600000) || neato.exitCode() != 0)
            out << "  neato -n2 -T" << format << " exit code " << neato.exitCode() << ": "
                << neato.readAllStandardError().left(300) << '\n';
    });
}

void exports(int parties, int runs, const QString &directory, const QStringList &formats, bool anchor)
{
    bench::GeneratorOptions options;
    options.parties = parties;
    const CaseData data = bench::generateSupplyChainCase(options);
    out << "Export of a laid-out " << parties << "-party chain (" << data.links.size() << " links), best of " << runs << "\n";
    QElapsedTimer timer;
    timer.start();
    const picture::ChainPicture chain = pictureOf(data);
    out << "  laid out and built: " << ms(msSince(timer)) << ", faults: " << picture::checkPicture(chain).summary() << '\n';
    // Graphviz's lines (dot run again), as the window and the command line draw them before writing.
    picture::ChainPicture splined = chain;
    picture::GraphvizLinesOutcome lines;
    const double splining = best(1, [&] { lines = picture::drawLinesWithGraphviz(splined, data); });
    qsizetype points = 0;
    for (const picture::LinkLine &line : splined.lines)
        points += line.geometry.polyline.size();
    out << "  lines along Graphviz's splines: " << lines.fromDot << " of " << chain.lines.size() << " from dot, "
        << lines.fromNeato << " from neato, " << points << " points flattened, " << ms(splining) << (lines.notUsedBecause.isEmpty() ? QString() : QStringLiteral(" (") + lines.notUsedBecause + u')') << '\n';
    const double placing = best(runs, [&] {
        picture::ChainPicture copy = splined;
        picture::routeLinesAroundCards(copy);
        picture::placeLabelsClear(copy);
    });
    picture::ChainPicture exported = splined;
    picture::routeLinesAroundCards(exported);
    picture::placeLabelsClear(exported);
    out << "  lines bent around cards and labels moved clear (part of every framed export below): " << ms(placing)
        << ", faults then: " << picture::checkPicture(exported).summary() << '\n';

    // The exported DOT with every party's place as the picture has it (pos in points, y up), for
    // neato -n2: Graphviz draws the same chain from the same positions.
    const QString laidOut = QDir(directory).filePath(QStringLiteral("chain-positions.dot"));
    QHash<QString, QPointF> placeOf;
    for (const picture::Card &card : chain.cards)
        placeOf.insert(QStringLiteral("p%1").arg(card.party.value), card.rect.center());
    QByteArray positioned;
    static const QRegularExpression node(QStringLiteral("^(\\s*)([pt]\\d+) \\["));
    for (const QByteArray &line : picture::chainDot(data).split('\n')) {
        const QRegularExpressionMatch m = node.match(QString::fromUtf8(line));
        if (m.hasMatch()) {
            const QPointF p = placeOf.value(m.captured(2)); // the invisible tier nodes ("t0") at the origin
            positioned += m.captured(1).toUtf8() + m.captured(2).toUtf8() + " [pos=\"" + QByteArray::number(p.x(), 'f', 1) + ','
                          + QByteArray::number(-p.y(), 'f', 1) + "\" " + line.mid(m.capturedEnd(0)) + '\n';
        } else {
            positioned += line + '\n';
        }
    }
    picture::exportDot(positioned, laidOut);
    const bool haveAnchor = anchor && !QStandardPaths::findExecutable(QStringLiteral("neato")).isEmpty();
    if (anchor && !haveAnchor)
        out << "  neato not found (Debian package graphviz): no anchor\n";

    for (const picture::ImageFormat format : {picture::ImageFormat::Svg, picture::ImageFormat::Pdf}) {
        picture::ChainPicture page;
        const double preparing = best(runs, [&] { page = picture::pictureForPage(splined, format); });
        double smallest = 1e9;
        for (const picture::DrawnText &text : picture::drawnTexts(picture::recordPage(page, format)))
            smallest = std::min(smallest, text.size);
        out << "  pictureForPage for the " << picture::pagePresetName(picture::presetFor({}, format))
            << " page (lines bent, text raised to the page's minimum, labels placed; part of each export below): "
            << ms(preparing) << ", smallest text on the page " << QString::number(smallest, 'f', 2) << ", "
            << picture::cardsWithoutName(page) << " cards too small for their name\n";
    }
    out << "  Each export below is exportPicture() on the chain with Graphviz's lines: the lines bent and the labels\n"
           "  moved clear (as above), drawn and written. Not in it: laying out, building the picture, and the\n"
           "  dot -Tjson run for the splines (above). Graphviz: neato -n2 draws the same DOT with every party's\n"
           "  position given, routing its own edges; the ratio is ours / Graphviz's.\n";
    struct Row
    {
        const char *name;
        picture::ImageFormat format;
        const char *graphvizFormat;
        double target;
    };
    for (const Row &row : {Row{"svg", picture::ImageFormat::Svg, "svg", 50}, Row{"pdf", picture::ImageFormat::Pdf, "pdf", 200},
                           Row{"png", picture::ImageFormat::Png, "png", 400}}) {
        if (!formats.contains(QLatin1String(row.name)))
            continue;
        const QString path = QDir(directory).filePath(QStringLiteral("chain.") + QLatin1String(row.name));
        const double ours = best(runs, [&] { picture::exportPicture(splined, row.format, path); });
        QString line = QStringLiteral("  %1 (%2 preset): %3, %4 KiB  (target <= %5: %6)")
                           .arg(QString::fromLatin1(row.name).toUpper(),
                                picture::pagePresetName(picture::presetFor({}, row.format)), ms(ours))
                           .arg(QFileInfo(path).size() / 1024)
                           .arg(ms(row.target), ours <= row.target ? QStringLiteral("met") : QStringLiteral("MISSED"));
        if (haveAnchor) {
            const QString theirs = QDir(directory).filePath(QStringLiteral("graphviz.") + QLatin1String(row.name));
            const double anchor = graphviz(laidOut, QLatin1String(row.graphvizFormat), theirs, runs);
            line += QStringLiteral("; neato -n2 -T%1: %2, %3 KiB; ratio %4")
                        .arg(QLatin1String(row.graphvizFormat), ms(anchor))
                        .arg(QFileInfo(theirs).size() / 1024)
                        .arg(ours / anchor, 0, 'f', 2);
        }
        out << line << '\n';
        out.flush();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("cases"), QStringLiteral("generated cases for the geometry check"), QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("export-size"), QStringLiteral("parties of the exported chain"), QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("runs per export (the best counts)"), QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("no-export"), QStringLiteral("only the geometry check")});
    parser.addOption({QStringLiteral("formats"), QStringLiteral("the exports to measure"), QStringLiteral("svg,pdf,png"), QStringLiteral("svg,pdf,png")});
    parser.addOption({QStringLiteral("no-anchor"), QStringLiteral("without Graphviz drawing the same chain")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("write the files into DIR and keep them"), QStringLiteral("DIR")});
    parser.process(app);
    const int cases = parser.value(QStringLiteral("cases")).toInt();
    if (cases > 0)
        geometry(cases);
    if (!parser.isSet(QStringLiteral("no-export"))) {
        QTemporaryDir temporary;
        const QString directory = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temporary.path();
        QDir().mkpath(directory);
        exports(parser.value(QStringLiteral("export-size")).toInt(), std::max(1, parser.value(QStringLiteral("runs")).toInt()), directory,
                parser.value(QStringLiteral("formats")).split(u','), !parser.isSet(QStringLiteral("no-anchor")));
    }
    return 0;
}
