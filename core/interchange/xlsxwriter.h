// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace chiptrail {

// One sheet of a table export: a header row and rows of text. Cells in `numberColumns` that
// parse as numbers are written as numbers; everything else is text.
struct SheetTable
{
    QString name; // at most 31 characters, none of []:*?/\ (the sheet names are ours)
    QStringList headers;
    QList<QStringList> rows;
    QSet<int> numberColumns;
};

// The smallest workbook Excel, LibreOffice and Kumu open: [Content_Types].xml, _rels/.rels,
// xl/workbook.xml, its rels and one worksheet per table, text as inline strings. Inline strings
// are never formulas, so a cell "=HYPERLINK(…)" stays text. Text XML cannot carry becomes U+FFFD.
// Throws CaseError naming sheet, row and column for a cell longer than Excel's 32,767 characters,
// and when the archive cannot be made.
QByteArray writeXlsx(const QList<SheetTable> &sheets);

// "A", "Z", "AA" … for the 0-based column.
QString xlsxColumnName(int column);

} // namespace chiptrail
