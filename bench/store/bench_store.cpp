// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 2 figures: cold start of the app to a painted window on the sample case (target ≤ 1 s)
// and one edit committed to the case file (target median ≤ 10 ms).
#include "interchange/casejson.h"
#include "store/casestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace chiptrail;

namespace {

struct Stats
{
    double median, p95, min, max;
};

Stats stats(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) { return values[size_t(q * double(values.size() - 1))]; };
    return {at(0.5), at(0.95), values.front(), values.back()};
}

void printStats(const char *what, const Stats &s, const char *target)
{
    std::printf("%-44s median %8.2f ms  p95 %8.2f ms  min %8.2f  max %8.2f   (target %s)\n", what,
                s.median, s.p95, s.min, s.max, target);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const int startRuns = 10, editRuns = 500;

    // Cold start: a new process each time, offscreen, until the window has been painted.
    std::vector<double> starts;
    for (int i = 0; i < startRuns; ++i) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("DISPLAY")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(CHIPTRAIL_APP_PATH), {QStringLiteral("--sample"), QStringLiteral("--quit-after-paint")});
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            std::fprintf(stderr, "the app did not start and quit cleanly\n");
            return 1;
        }
        starts.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    printStats("cold start to painted window (sample case)", stats(starts), "<= 1000 ms");

    // One edit = one transaction on disk (journal_mode=DELETE, synchronous=FULL).
    const QString path = dir.filePath(QStringLiteral("bench.chiptrail"));
    auto store = CaseStore::createFrom(path, readCaseJsonFile(QStringLiteral(":/samples/inf-tech-indosat.json")));
    Party party = store->parties().first();
    std::vector<double> edits;
    for (int i = 0; i < editRuns; ++i) {
        party.description = QStringLiteral("edit %1").arg(i);
        QElapsedTimer timer;
        timer.start();
        store->updateParty(party);
        edits.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    printStats("one edit committed (update a party)", stats(edits), "median <= 10 ms");

    std::vector<double> adds;
    Link link = store->links().first();
    for (int i = 0; i < editRuns; ++i) {
        link.id = {};
        link.key = QStringLiteral("bench-%1").arg(i);
        QElapsedTimer timer;
        timer.start();
        store->addLink(link);
        adds.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    printStats("one edit committed (add a link)", stats(adds), "median <= 10 ms");
    std::printf("runs: %d cold starts, %d edits of each kind\n", startRuns, editRuns);
    return 0;
}
