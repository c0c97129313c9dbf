// SPDX-License-Identifier: GPL-3.0-or-later
// Recover Data on a stranger's file: it writes a sound case file (one that opens) or throws
// CaseError; it never changes the input.
#include "error.h"
#include "fuzzfiles.h"
#include "store/casestore.h"
#include "store/recover.h"
#include "store/sqlite_handles.h"

#include <QFile>
#include <cstdlib>

using fuzzfiles::folder;
using fuzzfiles::hashOf;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    chiptrail::sql::setStatementTimeBudget(std::chrono::seconds(2));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString in = folder().filePath(QStringLiteral("in.chiptrail"));
    const QString out = folder().filePath(QStringLiteral("out.chiptrail"));
    QFile::remove(out);
    {
        QFile file(in);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const QByteArray before = hashOf(in);
    bool recovered = false;
    try {
        chiptrail::recoverCase(in, out);
        recovered = true;
    } catch (const chiptrail::CaseError &) {
    }
    if (hashOf(in) != before)
        std::abort();
    if (recovered) {
        try {
            chiptrail::CaseStore::open(out, chiptrail::CaseStore::Access::ReadOnly)->load();
        } catch (const chiptrail::CaseError &) {
            std::abort(); // what Recover Data writes must open
        }
    }
    return 0;
}
