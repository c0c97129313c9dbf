// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/linkchart.h"
#include "interchange/xlsxwriter.h"

namespace chiptrail {

// The link-chart tools' own table layouts (docs/interchange-graphs.md cites their documentation):
// - Kumu: elements "ID", "Label", "Type", "Description", "Tags" …; connections "ID", "From",
//   "To", "Type", "Direction", "Label" … (ids, because two parties may share a name and two
//   links the same ends); further columns become Kumu fields.
// - Maltego (Import Graph from Table): entities "Entity Type", "Value" …; links one row each
//   with both ends ("Source", "Target") and "Link Label", for the wizard's column mapping.
// - i2 Analyst's Notebook (import specification): entities "Identity", "Label", "Type" …;
//   links "Link Identity", "Entity 1 Identity/Label/Type", "Link Type", "Link Label", "Date",
//   "Direction", "Entity 2 Identity/Label/Type" …
enum class LinkChartTool { Kumu, Maltego, I2 };

struct LinkChartTables
{
    SheetTable elements;    // named "Elements"
    SheetTable connections; // named "Connections"
};
LinkChartTables linkChartTables(const LinkChart &chart, LinkChartTool tool);

// RFC 4180 CSV in UTF-8 with a byte order mark (Excel and i2 read UTF-8 only with it), CRLF line
// ends, every field quoted. A cell starting with = + - @ tab or CR gets a leading ' (OWASP's
// advice against CSV injection), so a spreadsheet shows it as text instead of running it.
QByteArray writeCsv(const SheetTable &table);
QString csvInjectionSafe(const QString &cell);

} // namespace chiptrail
