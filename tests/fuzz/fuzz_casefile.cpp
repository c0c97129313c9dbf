// SPDX-License-Identifier: GPL-3.0-or-later
// A case file from a stranger, opened read-only and read as the window and the command line
// read it: either it opens, or CaseError says why in one line. Findings beyond crashes and
// sanitizer reports: a read-only open that changes a byte of the file, or leaves a file beside
// it, aborts.
#include "error.h"
#include "fuzzfiles.h"
#include "store/casestore.h"
#include "store/sqlite_handles.h"

#include <QDir>
#include <QFile>
#include <cstdlib>

using fuzzfiles::folder;
using fuzzfiles::hashOf;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Stopped by the program's own budget well before libFuzzer's -timeout calls it a hang.
    chiptrail::sql::setStatementTimeBudget(std::chrono::seconds(2));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = folder().filePath(QStringLiteral("case.chiptrail"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const QByteArray before = hashOf(path);
    try {
        const auto store = chiptrail::CaseStore::open(path, chiptrail::CaseStore::Access::ReadOnly);
        store->load();
        store->counts();
        store->nodePositions();
        store->screeningDecisions();
        store->search(QStringLiteral("Indosat"));
    } catch (const chiptrail::CaseError &error) {
        if (error.message().contains(QLatin1Char('\n')) || error.message().size() > 2000)
            std::abort();
    }
    if (hashOf(path) != before || QDir(folder().path()).entryList(QDir::Files).size() != 1)
        std::abort();
    return 0;
}
