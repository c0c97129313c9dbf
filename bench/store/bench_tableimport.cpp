// SPDX-License-Identifier: GPL-3.0-or-later
// P8 (issue 18): 1,000,000 shipment rows from CSV into a case file. Targets: ≤ 2.5 s to the
// committed file, ≤ 5 s with its indexes; peak memory reported. Beside it, in the same run, the
// sqlite3 shell's `.import` of the same file into a plain table (no parsing of values, no names
// matched, no keys): the floor of what reading the file into SQLite costs.
//   bench_tableimport [ROWS]
#include "interchange/tableimport.h"
#include "rules/rulebook.h"
#include "store/casestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <sys/resource.h>

using namespace chiptrail;

namespace {

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// Shipments among 2,000 parties (in tiers, seller always before buyer), 20 products, dates and
// countries as a German newsroom's export would write them.
void writeShipments(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray out = "Seller;Buyer;Product;Quantity;Value;Currency;Date;Ship from;Ship to;Note\n";
    const char *countries[] = {"US", "DE", "SG", "ID", "MY", "AE", "TW", "NL"};
    quint64 state = 42;
    auto next = [&] { state = state * 6364136223846793005ULL + 1442695040888963407ULL; return quint32(state >> 33); };
    for (qint64 r = 0; r < rows; ++r) {
        const quint32 a = next() % 1000, b = 1000 + next() % 1000;
        out += "Trading Company " + QByteArray::number(a) + " GmbH;Buyer Holdings " + QByteArray::number(b)
            + " Ltd.;GPU Model " + QByteArray::number(next() % 20) + ";" + QByteArray::number(1 + next() % 5000)
            + ";" + QByteArray::number(next() % 1000) + "." + QByteArray::number(100 + next() % 900) + ",50;EUR;"
            + QByteArray::number(1 + next() % 28) + "." + QByteArray::number(1 + next() % 12) + ".20"
            + QByteArray::number(20 + next() % 6) + ";" + countries[next() % 8] + ";" + countries[next() % 8]
            + ";row " + QByteArray::number(r) + "\n";
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
}

struct Run
{
    double planMs = 0, writeMs = 0, planCpuMs = 0, writeCpuMs = 0;
    qint64 links = 0;
};

Run importOnce(const QString &csv, const QString &casePath, const RuleBook &book, bool rebuildIndexes)
{
    auto store = CaseStore::create(casePath, CaseInfo{QStringLiteral("bench"), {}, {}, {}, {}, QStringLiteral("en")});
    auto reader = TableReader::open(csv);
    TableMapping mapping = TableMapping::guess({QStringLiteral("Seller"), QStringLiteral("Buyer"), QStringLiteral("Product"),
                                                QStringLiteral("Quantity"), QStringLiteral("Value"), QStringLiteral("Currency"),
                                                QStringLiteral("Date"), QStringLiteral("Ship from"), QStringLiteral("Ship to"),
                                                QStringLiteral("Note")});
    mapping.numbers = NumberStyle::German;
    Run run;
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    TableImportPlan plan = planTableImport(*reader, mapping, store->load(), book.folding);
    plan.accept(AcceptMatches::Exact);
    run.planMs = double(timer.nsecsElapsed()) / 1e6;
    run.planCpuMs = cpuMs() - cpu;
    cpu = cpuMs();
    timer.restart();
    run.links = runTableImport(*store, *reader, mapping, plan, {}, rebuildIndexes).links;
    run.writeMs = double(timer.nsecsElapsed()) / 1e6;
    run.writeCpuMs = cpuMs() - cpu;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("shipments.csv"));
    writeShipments(csv, rows);
    std::printf("P8: %lld shipment rows, %.1f MB of CSV\n", static_cast<long long>(rows), double(QFile(csv).size()) / 1e6);
    const RuleBook book = RuleBook::load();
    std::printf("  peak RSS before importing: %.0f MB\n", peakRssMb());

    {
        // The floor inside ChipTrail: splitting the file into cells, nothing else.
        auto reader = TableReader::open(csv);
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuMs();
        qint64 n = 0;
        reader->readRows([&](const TableRow &) { return ++n > 0; });
        std::printf("  CSV split into cells only:                    %8.0f ms   (CPU %0.f ms)\n", double(timer.nsecsElapsed()) / 1e6, cpuMs() - cpu);
    }
    const Run dropped = importOnce(csv, dir.filePath(QStringLiteral("a.chiptrail")), book, true);
    std::printf("  read + check every row (pass 1):             %8.0f ms   (CPU %0.f ms)\n", dropped.planMs, dropped.planCpuMs);
    std::printf("  write + commit, link indexes dropped/rebuilt: %8.0f ms   (CPU %0.f ms, %lld links)\n", dropped.writeMs,
                dropped.writeCpuMs, static_cast<long long>(dropped.links));
    std::printf("  total to the committed file with indexes:     %8.0f ms   (targets: 2500 ms to the file, 5000 ms with indexes)\n",
                dropped.planMs + dropped.writeMs);
    const Run kept = importOnce(csv, dir.filePath(QStringLiteral("b.chiptrail")), book, false);
    std::printf("  the same with the indexes kept while writing: %8.0f ms   (pass 1 %0.f + write %0.f; CPU %0.f)\n",
                kept.planMs + kept.writeMs, kept.planMs, kept.writeMs, kept.planCpuMs + kept.writeCpuMs);
    std::printf("  peak RSS: %.0f MB\n", peakRssMb());

    QProcess sqlite;
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("plain.db"))});
    sqlite.write(QStringLiteral(".mode csv\n.separator ;\n.import %1 shipments\n").arg(csv).toUtf8());
    sqlite.closeWriteChannel();
    if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0)
        std::printf("  sqlite3 .import: did not run (%s)\n", qPrintable(QString::fromUtf8(sqlite.readAllStandardError())));
    else
        std::printf("  sqlite3 shell .import into a plain table:     %8.0f ms\n", double(timer.nsecsElapsed()) / 1e6);
    return 0;
}
