// SPDX-License-Identifier: GPL-3.0-or-later
// Screening lists from a stranger (the trade.gov CSL as CSV or JSON, OpenSanctions'
// targets.simple.csv and FtM entity lines): each importer either returns a list or throws CaseError with one short
// line naming the file. The first byte picks the importer, the rest is the file.
#include "error.h"
#include "rules/listimport.h"

#include <QBuffer>
#include <QByteArray>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray file(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    try {
        switch (data[0] % 4) {
        case 0: chiptrail::importCslCsv(QString::fromUtf8(file), QStringLiteral("fuzz.csv")); break;
        case 1: chiptrail::importCslJson(file, QStringLiteral("fuzz.json")); break;
        case 2: chiptrail::importOpenSanctionsCsv(QString::fromUtf8(file), QStringLiteral("fuzz.csv")); break;
        default: {
            QByteArray bytes = file;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            chiptrail::importOpenSanctionsFtm(buffer, QStringLiteral("fuzz.ftm.json"));
            break;
        }
        }
    } catch (const chiptrail::CaseError &error) {
        if (error.message().contains(QLatin1Char('\n')) || error.message().size() > 2000
            || !error.message().startsWith(QLatin1String("fuzz."))) {
            // What the harness refused, for the finding's report (cut, newlines shown).
            std::fprintf(stderr, "refused message (%lld characters): %s\n", static_cast<long long>(error.message().size()),
                         qPrintable(error.message().left(400).replace(QLatin1Char('\n'), QLatin1String("\\n"))));
            std::abort();
        }
    }
    return 0;
}
