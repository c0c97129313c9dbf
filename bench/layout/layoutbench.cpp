// SPDX-License-Identifier: GPL-3.0-or-later
// Layout benchmark: DOT writing, the chosen layout strategy, and plain `dot -Tjson` on the same
// graph as the anchor, for generated supply chains of 1,000 / 5,000 / 20,000 parties.
//
//   bench_layout [--sizes 1000,5000,20000] [--anchor-limit 120] [--no-anchor]
//                [--untiered-anchor] [--sfdp] [--dump-dot DIR] [--picture DIR]

#include "casegenerator.h"
#include "layout/dotwriter.h"
#include "layout/graphvizrunner.h"
#include "layout/layoutgraph.h"
#include "layout/layoutjob.h"

#include <QCommandLineParser>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <limits>

using namespace chiptrail;
using namespace chiptrail::layout;

namespace {

QTextStream out(stdout);

QString seconds(qint64 ns)
{
    return QString::number(ns / 1e9, 'f', 3) + QStringLiteral(" s");
}

// Times `fn`; on a LayoutError prints the kind instead of a time. `*elapsed` gets the seconds
// (infinity when it failed).
template <typename Fn>
QString timed(Fn &&fn, double limitSeconds = 0, double *elapsed = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    if (elapsed)
        *elapsed = std::numeric_limits<double>::infinity();
    try {
        fn();
    } catch (const LayoutError &e) {
        if (e.kind() == LayoutError::Kind::TimedOut)
            return QStringLiteral("> %1 s (limit)").arg(limitSeconds);
        return QStringLiteral("failed: ") + e.message();
    }
    if (elapsed)
        *elapsed = timer.nsecsElapsed() / 1e9;
    return seconds(timer.nsecsElapsed());
}

// Targets for the whole app, case to interactive canvas; the layout is one part of that.
double targetSeconds(int parties)
{
    if (parties == 5000)
        return 1.5;
    if (parties == 20000)
        return 5.0;
    return 0;
}

// A picture of a layout, to look at (not the canvas: boxes, lines, country boxes, no text).
void writePicture(const LayoutResult &result, const QString &path)
{
    const double scale = std::min(1.0, 1600.0 / std::max(result.boundingBox.width(), result.boundingBox.height()));
    QImage image((result.boundingBox.size() * scale).toSize().expandedTo(QSize(1, 1)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    painter.translate(-result.boundingBox.topLeft());
    painter.setPen(QPen(QColor(120, 120, 200), 2));
    for (const ClusterGeometry &c : result.clusters)
        painter.drawRect(c.box);
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1));
    for (const EdgeGeometry &e : result.edges) {
        if (e.points.size() < 2)
            continue;
        QPainterPath path(e.points.first());
        if (e.curve == CurveKind::Bezier) {
            for (int i = 1; i + 2 < e.points.size(); i += 3)
                path.cubicTo(e.points[i], e.points[i + 1], e.points[i + 2]);
        } else {
            for (int i = 1; i < e.points.size(); ++i)
                path.lineTo(e.points[i]);
        }
        painter.drawPath(path);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(230, 120, 40));
    for (const NodeGeometry &n : result.nodes)
        painter.drawRect(QRectF(n.centre - QPointF(n.size.width() / 2, n.size.height() / 2), n.size));
    painter.end();
    image.save(path);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ChipTrail layout benchmark"));
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("Party counts."),
                                         QStringLiteral("list"), QStringLiteral("1000,5000,20000"));
    const QCommandLineOption limitOption(QStringLiteral("anchor-limit"),
                                         QStringLiteral("Time limit of the plain dot anchor, s."),
                                         QStringLiteral("seconds"), QStringLiteral("120"));
    const QCommandLineOption noAnchorOption(QStringLiteral("no-anchor"), QStringLiteral("Skip plain dot."));
    const QCommandLineOption untieredOption(QStringLiteral("untiered-anchor"),
                                            QStringLiteral("Also time plain dot without ranks and clusters."));
    const QCommandLineOption sfdpOption(QStringLiteral("sfdp"), QStringLiteral("Also time sfdp (untiered)."));
    const QCommandLineOption dumpOption(QStringLiteral("dump-dot"), QStringLiteral("Write the DOT files here."),
                                        QStringLiteral("dir"));
    const QCommandLineOption pictureOption(QStringLiteral("picture"),
                                           QStringLiteral("Write a PNG of each chosen layout here."),
                                           QStringLiteral("dir"));
    parser.addOptions({sizesOption, limitOption, noAnchorOption, untieredOption, sfdpOption, dumpOption, pictureOption});
    parser.process(app);
    const double limit = parser.value(limitOption).toDouble();

    out << "dot: " << GraphvizRunner::findProgram(GraphvizEngine::Dot) << "\n";
    for (const QString &sizeText : parser.value(sizesOption).split(u',')) {
        const int size = sizeText.toInt();
        bench::GeneratorOptions generator;
        generator.parties = size;
        const CaseData data = bench::generateSupplyChainCase(generator);
        out << "\n== " << size << " parties, " << data.links.size() << " links\n";

        LayoutGraph graph;
        out << "  build layout graph:          "
            << timed([&] { graph = buildLayoutGraph(data); }) << "\n";
        QByteArray dot;
        out << "  write DOT (ranks, clusters): " << timed([&] { dot = writeDot(graph); })
            << "  (" << dot.size() / 1024 << " KiB)\n";
        if (parser.isSet(dumpOption)) {
            QFile file(QDir(parser.value(dumpOption)).filePath(QStringLiteral("chain-%1.dot").arg(size)));
            if (file.open(QIODevice::WriteOnly))
                file.write(dot);
        }

        LayoutOptions options;
        options.fallbackToBuiltin = false; // measure what was asked for, not a fallback
        options.timeoutMs = int(limit * 1000);
        {
            LayoutJob job(graph, options);
            LayoutResult result;
            out << "  chosen strategy:             " << timed([&] { result = job.run(); }, limit)
                << "  (" << job.plan().reason << ")\n";
            if (parser.isSet(pictureOption))
                writePicture(result, QDir(parser.value(pictureOption)).filePath(QStringLiteral("chain-%1.png").arg(size)));
        }
        {
            // The whole way from the case in memory to positions, as the canvas will call it.
            double elapsed = 0;
            out << "  case -> positions (chosen):  "
                << timed([&] { LayoutJob(buildLayoutGraph(data), options).run(); }, limit, &elapsed);
            if (const double target = targetSeconds(size); target > 0) {
                out << "  (app target <= " << target << " s"
                    << (elapsed <= target ? QStringLiteral(")") : QStringLiteral(") OVER TARGET"));
            }
            out << "\n";
        }
        if (parser.isSet(sfdpOption)) {
            LayoutOptions sfdp = options;
            sfdp.strategy = LayoutStrategy::Sfdp;
            LayoutJob job(graph, sfdp);
            out << "  sfdp (untiered):             " << timed([&] { job.run(); }, limit) << "\n";
        }
        if (!parser.isSet(noAnchorOption)) {
            // The anchor: plain `dot -Tjson` on the same DOT (tiers as ranks, country clusters,
            // labels), no tuning.
            GraphvizRequest request;
            request.dot = dot;
            request.format = QStringLiteral("json");
            request.timeoutMs = int(limit * 1000);
            GraphvizRunner runner;
            out << "  anchor: plain dot -Tjson:    "
                << timed([&] { runner.layout(request); }, limit) << "\n";
        }
        if (parser.isSet(untieredOption)) {
            DotOptions plain;
            plain.ranks = false;
            plain.clusters = false;
            GraphvizRequest request;
            request.dot = writeDot(graph, plain);
            request.format = QStringLiteral("json");
            request.timeoutMs = int(limit * 1000);
            GraphvizRunner runner;
            out << "  anchor: dot, no ranks/clusters: "
                << timed([&] { runner.layout(request); }, limit) << "\n";
        }
        out.flush();
    }
    return 0;
}
