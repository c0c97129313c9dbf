// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablereader.h"

#include <QHash>
#include <QSet>

namespace chiptrail {

// An Office Open XML workbook (.xlsx) read sheet by sheet. Shared strings, inline strings,
// numbers, booleans; dates (cells whose number format is a date) become ISO 8601 from their Excel
// serial in the workbook's 1900 or 1904 date system. Formulas are never evaluated: a cell gives
// the value the program that wrote the file cached, or the formula as text ("=HYPERLINK(…)").
// Every part is decompressed with a bound (a zip bomb ends in an error, not in the memory), and
// a sheet is parsed as it is decompressed.
class XlsxTableReader : public TableReader
{
public:
    explicit XlsxTableReader(const QString &path);
    ~XlsxTableReader() override;

    QStringList sheetNames() const override { return m_sheetNames; }
    void selectSheet(const QString &name) override;
    QString description() const override;
    void readRows(const std::function<bool(const TableRow &)> &each) override;

    bool uses1904Dates() const { return m_date1904; }
    // An Excel serial day (with fraction) as ISO 8601: a date, or date and time when it has one.
    static QString serialToIso(double serial, bool date1904);

private:
    QByteArray readPart(const QString &name, qint64 limit) const;
    void readWorkbook();
    void readSharedStrings();
    void readStyles();

    QString m_path;
    QStringList m_sheetNames;
    QHash<QString, QString> m_sheetParts; // sheet name -> part path in the zip ("xl/worksheets/sheet1.xml")
    QStringList m_sharedStrings;
    QList<bool> m_dateStyles; // by cell style index (the "s" attribute)
    bool m_date1904 = false;
};

} // namespace chiptrail
