// SPDX-License-Identifier: GPL-3.0-or-later
// Case JSON from a stranger: readCaseJson either returns a case or throws CaseError with one
// short line; it never crashes, hangs or quotes the input at length.
#include "error.h"
#include "interchange/casejson.h"

#include <QByteArray>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        chiptrail::readCaseJson(json, QStringLiteral("fuzz.json"));
    } catch (const chiptrail::CaseError &error) {
        // A message is one line and quotes at most an excerpt of the input.
        if (error.message().contains(QLatin1Char('\n')) || error.message().size() > 2000) {
            // What the harness refused, for the finding's report (cut, newlines shown).
            std::fprintf(stderr, "refused message (%lld characters): %s\n", static_cast<long long>(error.message().size()),
                         qPrintable(error.message().left(400).replace(QLatin1Char('\n'), QLatin1String("\\n"))));
            std::abort();
        }
    }
    return 0;
}
