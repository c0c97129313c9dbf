// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 during edits, repeatably: a child process adds parties to a case file one edit (one
// transaction) at a time and reports each commit; the parent kills it with SIGKILL at a random
// moment, reopens the file and checks that every reported edit is there, in order, and nothing
// else but at most the one edit in flight — then lets the next child go on from there.
//
//     crashkill KILLS [SEED]          (ctest runs a small count; issue 16's campaign used 1,000)
//     crashkill --child CASE-FILE     (the editor; not for people)
#include "error.h"
#include "model/entities.h"
#include "store/casestore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <random>
#include <csignal>
#include <sys/types.h>

using namespace chiptrail;

namespace {

int child(const QString &path)
{
    auto store = CaseStore::open(path);
    int next = int(store->parties().size());
    for (;;) {
        Party party;
        party.key = QStringLiteral("p%1").arg(next);
        party.name = QStringLiteral("Party %1").arg(next);
        party.role = PartyRole::Distributor;
        party.description = QString(200 + next % 500, QLatin1Char('x')); // rows of varying size
        store->addParty(party);
        std::printf("%d\n", next++);
        std::fflush(stdout);
    }
}

// The parties must be "Party 0" … "Party n-1", nothing missing, nothing doubled.
int checkedCount(const QString &path, QString *problem)
{
    const auto store = CaseStore::open(path);
    const QList<Party> parties = store->parties();
    QSet<QString> names;
    for (const Party &party : parties)
        names.insert(party.name);
    for (int i = 0; i < parties.size(); ++i)
        if (!names.contains(QStringLiteral("Party %1").arg(i)))
            *problem = QStringLiteral("Party %1 is missing of %2").arg(i).arg(parties.size());
    return int(parties.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == u"--child")
        return child(args.at(2));
    bool ok = false;
    const int kills = args.value(1).toInt(&ok);
    if (!ok || kills < 1) {
        std::fprintf(stderr, "usage: crashkill KILLS [SEED]\n");
        return 2;
    }
    std::mt19937 random(args.value(2, QStringLiteral("16")).toUInt());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.chiptrail"));
    CaseStore::create(path, CaseInfo{QStringLiteral("kill -9"), {}, QStringLiteral("en")});

    int committed = 0; // edits the children reported
    for (int kill = 0; kill < kills; ++kill) {
        QProcess editor;
        editor.start(app.applicationFilePath(), {QStringLiteral("--child"), path});
        if (!editor.waitForStarted()) {
            std::fprintf(stderr, "crashkill: cannot start the editor\n");
            return 2;
        }
        QThread::msleep(20 + random() % 180);
        ::kill(pid_t(editor.processId()), SIGKILL);
        editor.waitForFinished();
        int reported = committed;
        for (const QByteArray &line : editor.readAllStandardOutput().split('\n'))
            if (!line.isEmpty())
                reported = line.toInt() + 1;
        QString problem;
        const int found = checkedCount(path, &problem);
        // The edit in flight may have committed before its report was written: one more is fine.
        if (!problem.isEmpty() || found < reported || found > reported + 1) {
            std::fprintf(stderr, "crashkill: after kill %d: %d edits reported, %d in the file. %s\n", kill + 1, reported,
                         found, qPrintable(problem));
            return 1;
        }
        committed = found;
    }
    if (committed < kills) {
        std::fprintf(stderr, "crashkill: only %d edits in %d runs: the kills hit the start-up, not the edits\n",
                     committed, kills);
        return 1;
    }
    std::printf("crashkill: %d kills during %d committed edits, 0 lost, 0 doubled, file opens every time\n", kills,
                committed);
    return 0;
}
