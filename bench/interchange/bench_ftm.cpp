// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: FollowTheMoney export and import of a generated 20,000-party case (about 40,000
// links, with sources and notes): case file -> FtM file, FtM file -> case data -> new case file.
// Prints each step's time and the process's peak memory after it.
//
//     bench_ftm [PARTIES]
#include "casegenerator.h"
#include "interchange/ftm.h"
#include "store/casestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using namespace chiptrail;

namespace {

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void report(const char *step, QElapsedTimer &timer)
{
    std::printf("%-46s %9.0f ms   peak RSS %7.0f MB\n", step, double(timer.nsecsElapsed()) / 1e6, peakMegabytes());
    timer.restart();
}

// The generator gives parties and links; a case for Aleph has sources and notes too: one source
// per 20 parties, one note per party naming it.
void addSourcesAndNotes(CaseData &data)
{
    for (qsizetype i = 0; i < data.parties.size(); ++i) {
        const Party &party = data.parties[i];
        if (i % 20 == 0) {
            Source s;
            s.id = SourceId(data.sources.size() + 1);
            s.key = QStringLiteral("source-%1").arg(s.id.value);
            s.title = QStringLiteral("Filing %1").arg(s.id.value);
            s.publisher = QStringLiteral("Registry");
            s.language = i % 40 ? QStringLiteral("en") : QStringLiteral("de");
            data.sources.append(s);
        }
        Source &source = data.sources.last();
        const QString sentence = party.name + QStringLiteral(" is named in this filing. ");
        Note n;
        n.id = NoteId(data.notes.size() + 1);
        n.key = QStringLiteral("note-%1").arg(n.id.value);
        n.source = source.id;
        n.start = codePointLength(source.text);
        n.length = codePointLength(party.name);
        n.excerpt = party.name;
        n.claims = {{SubjectKind::Party, party.id.value, {}}};
        source.text += sentence;
        data.notes.append(n);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int parties = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20'000;
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();

    bench::GeneratorOptions options;
    options.parties = parties;
    CaseData data = bench::generateSupplyChainCase(options);
    addSourcesAndNotes(data);
    const QString casePath = dir.filePath(QStringLiteral("big.chiptrail"));
    CaseStore::createFrom(casePath, data);
    std::printf("case: %lld parties, %lld links, %lld sources, %lld notes\n", qlonglong(data.parties.size()),
                qlonglong(data.links.size()), qlonglong(data.sources.size()), qlonglong(data.notes.size()));
    data = {};
    report("generate and write the case file (setup)", timer);

    const CaseData loaded = CaseStore::open(casePath, CaseStore::Access::ReadOnly)->load();
    report("export: load the case file", timer);
    const QString ftmPath = dir.filePath(QStringLiteral("big.ftm.json"));
    writeFtmFile(loaded, ftmPath);
    report("export: write FtM lines", timer);
    std::printf("FtM file: %.1f MB\n", double(QFileInfo(ftmPath).size()) / 1e6);

    const FtmImport read = readFtmFile(ftmPath);
    report("import: read FtM lines into case data", timer);
    CaseStore::createFrom(dir.filePath(QStringLiteral("back.chiptrail")), read.data);
    report("import: write the new case file (one transaction)", timer);
    std::printf("import: %s\n", qPrintable(describeFtmImport(read)));
    const bool same = read.data.parties.size() == loaded.parties.size() && read.data.links.size() == loaded.links.size()
        && read.data.notes.size() == loaded.notes.size();
    return same ? 0 : 1;
}
