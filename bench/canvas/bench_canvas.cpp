// SPDX-License-Identifier: GPL-3.0-or-later
// Canvas benchmark: from a case file on disk to a laid-out, drawn, interactive chain canvas, and
// what the canvas costs afterwards (pan, redraw, hover, collapse, export), for generated supply
// chains of 1,000 / 5,000 / 20,000 parties; plain `dot -Tjson` on the same graph as the anchor.
//
//   bench_canvas [--sizes 1000,5000,20000] [--anchor-limit 60] [--anchor-all] [--no-anchor]
//                [--frames 30] [--keep DIR] [--parts export,interaction,hover,collapse,layout]
//
// Runs with the offscreen platform unless QT_QPA_PLATFORM says otherwise. See docs/layout.md.

#include "picture/chainlayout.h"
#include "canvas/chainscene.h"
#include "canvas/chainview.h"
#include "canvas/sceneexporter.h"
#include "casegenerator.h"
#include "layout/layoutjob.h"
#include "store/casestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

QTextStream out(stdout);

double msSince(const QElapsedTimer &timer) { return timer.nsecsElapsed() / 1e6; }

QString ms(double value)
{
    return value >= 1000 ? QString::number(value / 1000, 'f', 2) + QStringLiteral(" s")
                         : QString::number(value, 'f', value < 10 ? 3 : 1) + QStringLiteral(" ms");
}

// "  (target <= 1.5 s: met)" or "... MISSED".
QString against(double valueMs, double targetMs)
{
    return QStringLiteral("  (target <= %1: %2)").arg(ms(targetMs), valueMs <= targetMs ? QStringLiteral("met")
                                                                                         : QStringLiteral("MISSED"));
}

// kB from /proc/self/status ("VmHWM:  123456 kB").
double procStatusMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

// Linux resets the peak (VmHWM) to the current RSS when "5" is written to clear_refs.
bool resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

struct Stages
{
    double open = 0, layout = 0, cache = 0, scene = 0, frame = 0;
    double total() const { return open + layout + cache + scene + frame; }
};

QImage frameOf(ChainView &view)
{
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    view.viewport()->render(&image);
    return image;
}

// Open → interactive, as the window does it: open the file, load the case, lay out the parties
// that have no place (all of them the first time) and cache the places in the file, build the
// scene, fit the view and paint one frame.
Stages openCanvas(const QString &path, ChainScene &scene, ChainView &view)
{
    Stages stages;
    QElapsedTimer timer;
    timer.start();
    const auto store = CaseStore::open(path);
    const CaseData data = store->load();
    QList<NodePosition> places = store->nodePositions();
    stages.open = msSince(timer);
    {
        // As the layout controller does it: only components with unplaced parties (all of them
        // the first time), then only the places that are new go into the file.
        timer.restart();
        layout::LayoutJob job(picture::canvasLayoutGraph(data), layout::LayoutOptions{});
        layout::SettledLayout settled;
        for (const NodePosition &p : std::as_const(places))
            settled.centres.insert(QStringLiteral("p%1").arg(p.party.value), p.position);
        for (const layout::LayoutEdge &edge : job.graph().edges)
            settled.edges.insert(edge.id);
        job.setSettled(std::move(settled));
        if (job.nodesToLayOut() > 0) {
            const layout::LayoutResult result = job.run();
            QList<NodePosition> fresh;
            for (int i = 0; i < job.graph().nodes.size(); ++i)
                fresh.append({job.graph().nodes.at(i).party, result.nodes.at(i).centre, false});
            stages.layout = msSince(timer);
            timer.restart();
            store->setNodePositions(fresh);
            places = fresh;
            stages.cache = msSince(timer);
        } else {
            stages.layout = msSince(timer); // the check that nothing needs a layout
        }
    }
    timer.restart();
    scene.setCase(data, places);
    stages.scene = msSince(timer);
    timer.restart();
    view.fitWhole();
    frameOf(view);
    stages.frame = msSince(timer);
    return stages;
}

struct FrameTimes
{
    double mean = 0, worst = 0;
};

template <typename Step>
FrameTimes timeFrames(ChainView &view, int frames, Step step)
{
    FrameTimes t;
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer timer;
        timer.start();
        step(i);
        frameOf(view);
        const double elapsed = msSince(timer);
        t.mean += elapsed / frames;
        t.worst = std::max(t.worst, elapsed);
    }
    return t;
}

// Pan: scroll by a step (as a drag or the arrow keys do) and paint the frame. Full redraw: paint
// the frame again with nothing cached (the view's overview picture and the scene's line tiles
// dropped, the scene invalidated). The settings: the whole chain as the view shows it (from the
// overview picture) and without that picture for comparison; 40 % (the closest zoom without link
// labels, where the most lines and cards are drawn one by one); 100 %.
// With --keep, the first frame of each setting is saved next to the case, to look at.
void timeInteraction(ChainScene &scene, ChainView &view, int frames, bool withTargets, const QString &framePrefix)
{
    struct Setting
    {
        double zoom;        // 0: fit the whole chain
        bool overviewCache;
        const char *name;   // for the saved frame
    };
    for (const Setting setting : {Setting{0, true, "fit"}, Setting{0, false, "fit-no-overview"},
                                  Setting{0.4, true, "40"}, Setting{1.0, true, "100"}}) {
        view.setOverviewCache(setting.overviewCache);
        if (setting.zoom == 0)
            view.fitWhole(); // the whole chain, names or not: the far-out frames
        else
            view.setTransform(QTransform::fromScale(setting.zoom, setting.zoom));
        view.centerOn(scene.contentRect().center());
        QString where = setting.zoom == 0 ? QStringLiteral("whole chain (fit, zoom %1 %)").arg(view.zoom() * 100, 0, 'f', 1)
                                          : QStringLiteral("%1 % zoom").arg(setting.zoom * 100);
        // The view draws from the overview picture below overviewZoom; without it is a comparison.
        const bool comparison = !setting.overviewCache && view.zoom() < ChainView::overviewZoom;
        if (view.zoom() < ChainView::overviewZoom)
            where += setting.overviewCache ? QStringLiteral(", overview picture")
                                           : QStringLiteral(", overview picture off (comparison, not how the view draws)");
        const bool target = withTargets && !comparison;
        const QImage first = frameOf(view); // the first frame after a zoom change makes the picture
        if (!framePrefix.isEmpty())
            first.save(framePrefix + QLatin1String(setting.name) + QStringLiteral(".png"));
        QScrollBar *bar = view.horizontalScrollBar();
        const FrameTimes pan = timeFrames(view, frames, [&](int i) {
            bar->setValue(bar->value() + (i % 10 < 5 ? 40 : -40));
        });
        out << "  pan frame, " << where << ": " << ms(pan.mean) << " mean, " << ms(pan.worst) << " worst"
            << (target ? against(pan.mean, 16) : QString()) << "\n";
        const FrameTimes redraw = timeFrames(view, frames, [&](int) {
            view.dropOverviewCache();
            scene.dropDrawingCaches();
            view.resetCachedContent();
            scene.invalidate();
        });
        out << "  full redraw, " << where << ": " << ms(redraw.mean) << " mean, " << ms(redraw.worst) << " worst"
            << (target ? against(redraw.mean, 66) : QString()) << "\n";
    }
    view.setOverviewCache(true);
}

void timeHover(ChainScene &scene, ChainView &view, int calls, bool withTargets)
{
    QRandomGenerator random(7);
    const QRectF area = scene.contentRect();
    QList<QPointF> points;
    for (int i = 0; i < calls; ++i)
        points.append({area.left() + random.bounded(area.width()), area.top() + random.bounded(area.height())});
    qsizetype found = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QPointF &p : std::as_const(points))
        found += scene.items(p).size();
    const double perCall = msSince(timer) / calls;
    out << "  hover hit-test, scene.items(point): " << ms(perCall) << " per call (" << found << " hits in " << calls
        << ")" << (withTargets ? against(perCall, 1) : QString()) << "\n";

    view.setTransform(QTransform());
    view.centerOn(area.center());
    const QRect port = view.viewport()->rect();
    found = 0;
    timer.restart();
    for (int i = 0; i < calls; ++i)
        found += view.itemAt(random.bounded(port.width()), random.bounded(port.height())) != nullptr;
    const double perViewCall = msSince(timer) / calls;
    out << "  hover hit-test, view.itemAt at 100 %: " << ms(perViewCall) << " per call (" << found << " hits in "
        << calls << ")" << (withTargets ? against(perViewCall, 1) : QString()) << "\n";
}

// Folds the country with the most parties into one node and opens it again.
void timeCollapse(ChainScene &scene, ChainView &view)
{
    QHash<QString, int> perCountry;
    for (const Party &p : scene.caseData().parties)
        ++perCountry[p.headquartersCountry.isEmpty() ? p.incorporationCountry : p.headquartersCountry];
    QString biggest;
    for (auto it = perCountry.cbegin(); it != perCountry.cend(); ++it)
        if (biggest.isNull() || it.value() > perCountry.value(biggest))
            biggest = it.key();
    const qsizetype before = scene.items().size();
    QElapsedTimer timer;
    timer.start();
    scene.collapse(CollapseKey::forCountry(biggest));
    frameOf(view);
    const double collapse = msSince(timer);
    const qsizetype folded = scene.items().size();
    timer.restart();
    scene.expand(CollapseKey::forCountry(biggest));
    frameOf(view);
    out << "  collapse country " << biggest << " (" << perCountry.value(biggest) << " parties; " << before
        << " -> " << folded << " items) + frame: " << ms(collapse) << ", expand + frame: " << ms(msSince(timer))
        << "\n";
}

// The layout after an edit: a party added on its own, and one added with a link into the chain.
void timeIncremental(const ChainScene &scene)
{
    const CaseData &data = scene.caseData();
    layout::SettledLayout settled;
    for (const NodePosition &p : scene.positions())
        settled.centres.insert(QStringLiteral("p%1").arg(p.party.value), p.position);
    for (const Link &link : data.links)
        settled.edges.insert(QStringLiteral("l%1").arg(link.id.value));
    qint64 lastParty = 0, lastLink = 0;
    for (const Party &p : data.parties)
        lastParty = std::max(lastParty, p.id.value);
    for (const Link &l : data.links)
        lastLink = std::max(lastLink, l.id.value);
    for (const bool linked : {false, true}) {
        CaseData grown = data;
        Party party;
        party.id = PartyId(lastParty + 1);
        party.key = QStringLiteral("bench-newcomer");
        party.name = QStringLiteral("Newcomer Cloud Pte. Ltd.");
        party.role = PartyRole::CloudTenant;
        party.headquartersCountry = QStringLiteral("SG");
        grown.parties.append(party);
        if (linked) {
            Link link;
            link.id = LinkId(lastLink + 1);
            link.key = QStringLiteral("bench-newcomer-link");
            link.from = data.parties.at(data.parties.size() / 2).id;
            link.to = party.id;
            link.kind = LinkKind::Lease;
            grown.links.append(link);
        }
        QElapsedTimer timer;
        timer.start();
        layout::LayoutJob job(picture::canvasLayoutGraph(grown), layout::LayoutOptions{});
        job.setSettled(settled);
        job.run();
        out << "  layout after adding a party" << (linked ? " with a link into the chain" : " on its own") << ": "
            << ms(msSince(timer)) << " (" << job.nodesToLayOut() << " of " << grown.parties.size()
            << " parties laid out, " << job.plan().reason << ")\n";
    }
}

double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void timeExports(ChainScene &scene, const QDir &dir)
{
    struct Target
    {
        const char *name;
        ImageFormat format;
        double targetMs;
    };
    for (const Target &t : {Target{"SVG", ImageFormat::Svg, 50}, Target{"PDF", ImageFormat::Pdf, 200},
                            Target{"PNG", ImageFormat::Png, 400}, Target{"DOT", ImageFormat::Dot, 0}}) {
        const QString path = dir.filePath(QStringLiteral("chain.") + QString::fromLatin1(t.name).toLower());
        // The whole export, file on disk; and the part of it that holds the GUI thread (the
        // snapshot of the scene: the rest runs in a worker when the window exports).
        QList<double> runs, snapshots;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            {
                const ExportSnapshot snapshot = snapshotForExport(scene, t.format, path);
                snapshots.append(msSince(timer));
                writeExport(snapshot);
            }
            runs.append(msSince(timer));
        }
        const double median = medianOf(runs);
        out << "  export " << t.name << ": " << ms(median) << " (median of 3, " << QFile(path).size() / 1024
            << " KiB; GUI thread " << ms(medianOf(snapshots)) << ")"
            << (t.targetMs > 0 ? against(median, t.targetMs) : QString()) << "\n";
    }
}

// The anchor: plain `dot -Tjson` on the DOT of the same graph (ranks, clusters, names), no tuning.
void runAnchor(const CaseData &data, double limitSeconds)
{
    QProcess dot;
    dot.start(QStringLiteral("dot"), {QStringLiteral("-Tjson"), QStringLiteral("-q")});
    if (!dot.waitForStarted()) {
        out << "  anchor: plain dot -Tjson: not run (dot not found; Debian package graphviz)\n";
        return;
    }
    QElapsedTimer timer;
    timer.start();
    dot.write(picture::chainDot(data));
    dot.closeWriteChannel();
    qint64 bytes = 0;
    while (dot.state() != QProcess::NotRunning && timer.elapsed() < limitSeconds * 1000) {
        dot.waitForReadyRead(50);
        bytes += dot.readAllStandardOutput().size();
    }
    if (dot.state() != QProcess::NotRunning) {
        dot.kill();
        dot.waitForFinished();
        out << "  anchor: plain dot -Tjson: > " << limitSeconds << " s (limit)\n";
        return;
    }
    bytes += dot.readAllStandardOutput().size();
    out << "  anchor: plain dot -Tjson: " << ms(msSince(timer))
        << (dot.exitCode() == 0 ? QStringLiteral(" (%1 KiB of JSON)").arg(bytes / 1024)
                                : QStringLiteral(" (failed, exit code %1)").arg(dot.exitCode()))
        << "\n";
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ChipTrail canvas benchmark"));
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("Party counts."),
                                         QStringLiteral("list"), QStringLiteral("1000,5000,20000"));
    const QCommandLineOption limitOption(QStringLiteral("anchor-limit"), QStringLiteral("Time limit of plain dot, s."),
                                         QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption anchorAllOption(QStringLiteral("anchor-all"),
                                             QStringLiteral("Also run plain dot above 5,000 parties."));
    const QCommandLineOption noAnchorOption(QStringLiteral("no-anchor"), QStringLiteral("Skip plain dot."));
    const QCommandLineOption framesOption(QStringLiteral("frames"), QStringLiteral("Frames per pan/redraw figure."),
                                          QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Write the case files and exports here."),
                                        QStringLiteral("dir"));
    const QCommandLineOption partsOption(QStringLiteral("parts"),
                                         QStringLiteral("What to time after opening (to profile one part)."),
                                         QStringLiteral("list"), QStringLiteral("export,interaction,hover,collapse,layout"));
    parser.addOptions({sizesOption, limitOption, anchorAllOption, noAnchorOption, framesOption, keepOption, partsOption});
    parser.process(app);
    const double limit = parser.value(limitOption).toDouble();
    const int frames = std::max(1, parser.value(framesOption).toInt());
    const QStringList parts = parser.value(partsOption).split(u',');

    QTemporaryDir scratch;
    const QDir dir(parser.isSet(keepOption) ? parser.value(keepOption) : scratch.path());
    out << "ChipTrail canvas benchmark (Qt " << qVersion() << ", platform " << QGuiApplication::platformName()
        << ", view 1280 x 800)\n";
    for (const QString &sizeText : parser.value(sizesOption).split(u',')) {
        const int size = sizeText.toInt();
        bench::GeneratorOptions generator;
        generator.parties = size;
        const QString path = dir.filePath(QStringLiteral("chain-%1.chiptrail").arg(size));
        QFile::remove(path);
        {
            const CaseData data = bench::generateSupplyChainCase(generator);
            CaseStore::createFrom(path, data);
            out << "\n== " << size << " parties, " << data.links.size() << " links\n";
        }
        out.flush();

        const bool peakReset = resetPeakRss();
        const double rssBefore = procStatusMiB("VmRSS:");
        auto scene = std::make_unique<ChainScene>();
        auto view = std::make_unique<ChainView>(scene.get());
        view->resize(1280, 800);
        view->show();
        const Stages cold = openCanvas(path, *scene, *view);
        const double target = size == 5000 ? 1500 : size == 20000 ? 5000 : 0;
        out << "  open -> interactive canvas, first open (layout): " << ms(cold.total())
            << (target > 0 ? against(cold.total(), target) : QString()) << "\n"
            << "    open+load " << ms(cold.open) << ", layout " << ms(cold.layout) << ", cache places "
            << ms(cold.cache) << ", scene " << ms(cold.scene) << ", first frame " << ms(cold.frame) << "\n";
        out << "  peak RSS " << (peakReset ? "during open" : "so far (could not reset VmHWM)") << ": "
            << QString::number(procStatusMiB("VmHWM:"), 'f', 0) << " MiB; held by the canvas: "
            << QString::number(procStatusMiB("VmRSS:") - rssBefore, 'f', 0) << " MiB\n";
        out.flush();

        // Opened again: the places are cached in the file now, no layout.
        view.reset();
        scene.reset();
        scene = std::make_unique<ChainScene>();
        view = std::make_unique<ChainView>(scene.get());
        view->resize(1280, 800);
        view->show();
        const Stages warm = openCanvas(path, *scene, *view);
        out << "  open -> interactive canvas, places cached: " << ms(warm.total())
            << (target > 0 ? against(warm.total(), target) : QString()) << "\n"
            << "    open+load " << ms(warm.open) << ", layout check " << ms(warm.layout) << ", scene " << ms(warm.scene)
            << ", first frame " << ms(warm.frame)
            << "\n";
        out.flush();

        if (size == 1000 && parts.contains(QLatin1String("export")))
            timeExports(*scene, dir);
        if (parts.contains(QLatin1String("interaction")))
            timeInteraction(*scene, *view, frames, size == 20000,
                            parser.isSet(keepOption) ? dir.filePath(QStringLiteral("frame-%1-").arg(size)) : QString());
        if (parts.contains(QLatin1String("hover")))
            timeHover(*scene, *view, 20000, size == 20000);
        if (parts.contains(QLatin1String("collapse")))
            timeCollapse(*scene, *view);
        if (parts.contains(QLatin1String("layout")))
            timeIncremental(*scene);
        out.flush();

        if (!parser.isSet(noAnchorOption)) {
            if (size <= 5000 || parser.isSet(anchorAllOption))
                runAnchor(scene->caseData(), limit);
            else
                out << "  anchor: plain dot -Tjson: skipped (over the " << limit
                    << " s limit: more than 120 s in bench_layout; --anchor-all runs it)\n";
        }
        out.flush();
    }
    return 0;
}
