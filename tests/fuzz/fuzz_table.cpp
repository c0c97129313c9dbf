// SPDX-License-Identifier: GPL-3.0-or-later
// Spreadsheets from a stranger: the first byte picks CSV or XLSX, the rest is the file. Reading
// every row of every sheet either succeeds or throws CaseError with one bounded line naming the
// file; it never crashes, hangs or runs out of memory, and it leaves the file as it was.
#include "error.h"
#include "fuzzfiles.h"
#include "interchange/csvtable.h"
#include "interchange/xlsxreader.h"

#include <QByteArray>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool xlsx = data[0] % 2 == 1;
    const QString path = fuzzfiles::folder().filePath(xlsx ? QStringLiteral("fuzz.xlsx") : QStringLiteral("fuzz.csv"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data) + 1, qint64(size - 1));
    }
    const QByteArray hash = fuzzfiles::hashOf(path);
    try {
        std::unique_ptr<chiptrail::TableReader> reader;
        if (xlsx)
            reader = std::make_unique<chiptrail::XlsxTableReader>(path);
        else
            reader = std::make_unique<chiptrail::CsvTableReader>(path);
        for (const QString &sheet : reader->sheetNames()) {
            reader->selectSheet(sheet);
            qint64 cells = 0;
            reader->readRows([&](const chiptrail::TableRow &row) {
                if (row.cells.size() > chiptrail::kMaxTableColumns)
                    std::abort();
                for (const QString &cell : row.cells)
                    if (cell.size() > chiptrail::kMaxTableCellChars)
                        std::abort();
                cells += row.cells.size();
                return true;
            });
        }
    } catch (const chiptrail::CaseError &error) {
        if (error.message().contains(QLatin1Char('\n')) || error.message().size() > 2000
            || !error.message().startsWith(QLatin1String("fuzz.")))
            std::abort();
    }
    if (fuzzfiles::hashOf(path) != hash)
        std::abort();
    return 0;
}
