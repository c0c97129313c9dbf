// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace chiptrail {

// Bounds on what a spreadsheet from a stranger may cost. Real shipment sheets stay far below.
inline constexpr qsizetype kMaxTableCellChars = 32 * 1024;
inline constexpr int kMaxTableColumns = 512;
inline constexpr qsizetype kMaxTableRowChars = 1024 * 1024;
// Decompressed size of one part of an XLSX file: a zip bomb stops here, not in the memory.
inline constexpr qint64 kMaxXlsxPartBytes = 1024LL * 1024 * 1024;
inline constexpr qint64 kMaxXlsxSharedStringsBytes = 256LL * 1024 * 1024;

// One row of a table as read: the cells as text (numbers as written in the file, XLSX dates as
// ISO 8601), and the row's number as the user sees it in a spreadsheet program (1-based).
struct TableRow
{
    qint64 number = 0;
    QStringList cells;
};

// A spreadsheet read row by row: only the row being handed out is in memory, so 10 million
// rows cost as much memory as ten. Every error is a CaseError naming file, sheet, row and column.
class TableReader
{
public:
    virtual ~TableReader() = default;

    QString fileName() const { return m_fileName; }
    // Sheets of the workbook; a CSV file has one, with an empty name.
    virtual QStringList sheetNames() const = 0;
    virtual void selectSheet(const QString &name) = 0;
    QString sheet() const { return m_sheet; }
    // What the reader found out about the file, for the user ("UTF-8 with BOM, ';', header row").
    virtual QString description() const = 0;
    // Whether the first row holds column names (guessed; the mapping may say otherwise).
    bool hasHeader() const { return m_hasHeader; }
    void setHasHeader(bool header) { m_hasHeader = header; }

    // Reads the selected sheet from its start, every row (the header too) handed to `each`;
    // `each` returns false to stop early (a preview, Cancel).
    virtual void readRows(const std::function<bool(const TableRow &)> &each) = 0;

    // "Shipments.xlsx, sheet Q1, row 12, column C (Datum)": where an error is, for messages.
    QString place(qint64 row, int column = -1, const QString &header = {}) const;
    static QString columnLetter(int column); // 0 -> "A", 26 -> "AA"

    // Opens a CSV or XLSX file by its content (a zip is XLSX), throws CaseError.
    static std::unique_ptr<TableReader> open(const QString &path);

protected:
    QString m_fileName;
    QString m_sheet;
    bool m_hasHeader = true;
};

} // namespace chiptrail
