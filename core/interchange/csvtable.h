// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablereader.h"

#include <QChar>

namespace chiptrail {

enum class TextEncoding { Utf8, Utf8Bom, Utf16Le, Utf16Be, Windows1252 };
QString encodingName(TextEncoding encoding); // for the user: "UTF-8 with BOM"

struct CsvDialect
{
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    QChar quote = QLatin1Char('"');
};

// A CSV file in any common dialect (comma, semicolon, tab or bar; double or single quotes) and
// encoding (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252), RFC 4180 quoting with
// line breaks inside quoted cells. The file is read in blocks; dialect and encoding are found
// before the first row is handed out (UTF-8 is checked over the whole file, so a bad byte on row
// 900,000 does not turn the first rows into something else).
class CsvTableReader : public TableReader
{
public:
    explicit CsvTableReader(const QString &path);

    QStringList sheetNames() const override { return {QString()}; }
    void selectSheet(const QString &) override {}
    QString description() const override;
    void readRows(const std::function<bool(const TableRow &)> &each) override;

    const CsvDialect &dialect() const { return m_dialect; }
    void setDialect(const CsvDialect &dialect) { m_dialect = dialect; }

private:
    void detect();
    QString m_path;
    CsvDialect m_dialect;
};

} // namespace chiptrail
