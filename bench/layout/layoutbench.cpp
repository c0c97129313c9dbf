// SPDX-License-Identifier: GPL-3.0-or-later
// Layout benchmark: DOT writing, the chosen layout strategy, and plain `dot -Tjson` on the same
// graph as the anchor, for generated supply chains of 1,000 / 5,000 / 20,000 parties.
//
//   chiptrail-layout-bench [--sizes 1000,5000,20000] [--anchor-limit 120] [--no-anchor]
//                          [--sfdp] [--dump-dot DIR]

#include "casegenerator.h"
#include "layout/dotwriter.h"
#include "layout/graphvizrunner.h"
#include "layout/layoutgraph.h"
#include "layout/layoutjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace chiptrail;
using namespace chiptrail::layout;

namespace {

QTextStream out(stdout);

QString seconds(qint64 ns)
{
    return QString::number(ns / 1e9, 'f', 3) + QStringLiteral(" s");
}

// Times `fn`; on a LayoutError prints the kind instead of a time.
template <typename Fn>
QString timed(Fn &&fn, double limitSeconds = 0)
{
    QElapsedTimer timer;
    timer.start();
    try {
        fn();
    } catch (const LayoutError &e) {
        if (e.kind() == LayoutError::Kind::TimedOut)
            return QStringLiteral("> %1 s (limit)").arg(limitSeconds);
        return QStringLiteral("failed: ") + e.message();
    }
    return seconds(timer.nsecsElapsed());
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
    const QCommandLineOption sfdpOption(QStringLiteral("sfdp"), QStringLiteral("Also time sfdp (untiered)."));
    const QCommandLineOption dumpOption(QStringLiteral("dump-dot"), QStringLiteral("Write the DOT files here."),
                                        QStringLiteral("dir"));
    parser.addOptions({sizesOption, limitOption, noAnchorOption, sfdpOption, dumpOption});
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
            out << "  chosen strategy:             " << timed([&] { job.run(); }, limit)
                << "  (" << job.plan().reason << ")\n";
        }
        {
            // The whole way from the case in memory to positions, as the canvas will call it.
            out << "  case -> positions (chosen):  "
                << timed([&] { LayoutJob(buildLayoutGraph(data), options).run(); }, limit) << "\n";
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
        out.flush();
    }
    return 0;
}
