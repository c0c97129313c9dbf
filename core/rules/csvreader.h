// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace chiptrail {

// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Rows of the
// result keep their fields in column order; a UTF-8 byte-order mark is dropped.
QList<QStringList> parseCsv(const QString &text);

// The same CSV read row by row from a device, so a list of millions of rows never sits in
// memory twice. The bytes must be UTF-8; a cell longer than `maxCell` characters and bytes that
// are not UTF-8 throw CaseError naming the file and line.
class CsvStream
{
public:
    CsvStream(QIODevice &device, QString fileName, qsizetype maxCell);
    // The next non-empty row; false at the end of the file.
    bool next(QStringList &row);
    qint64 line() const { return m_rowLine; }    // the line the last row started on (1-based)
    qint64 bytesRead() const { return m_bytes; }

private:
    bool fill();

    QIODevice &m_device;
    QString m_fileName;
    qsizetype m_maxCell;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1, m_rowLine = 0, m_bytes = 0;
    bool m_first = true, m_eof = false;
};

} // namespace chiptrail
