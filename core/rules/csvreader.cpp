// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "error.h"
#include "rulestr.h"

#include <QBuffer>
#include <QIODevice>

namespace chiptrail {

QList<QStringList> parseCsv(const QString &input)
{
    QByteArray bytes = input.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvStream stream(buffer, QString(), std::numeric_limits<qsizetype>::max());
    QList<QStringList> rows;
    QStringList row;
    while (stream.next(row))
        rows << row;
    return rows;
}

CsvStream::CsvStream(QIODevice &device, QString fileName, qsizetype maxCell)
    : m_device(device), m_fileName(std::move(fileName)), m_maxCell(maxCell)
{
}

bool CsvStream::fill()
{
    if (m_eof)
        return false;
    const QByteArray chunk = m_device.read(1 << 20);
    m_bytes += chunk.size();
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    const qsizetype start = m_buffer.size();
    m_buffer += m_decoder.decode(chunk);
    if (m_decoder.hasError()) {
        // The decoder put U+FFFD where the bytes broke: name the line that holds it.
        qsizetype bad = m_buffer.indexOf(QChar(QChar::ReplacementCharacter), start);
        if (bad < 0)
            bad = m_buffer.size();
        const qint64 line = m_line + QStringView(m_buffer).mid(m_pos, bad - m_pos).count(QLatin1Char('\n'));
        throw CaseError(Rules::tr("%1: line %2: the text is not UTF-8; save the file as UTF-8 and import it again")
                            .arg(m_fileName).arg(line));
    }
    if (m_first && m_buffer.startsWith(QChar(0xFEFF)))
        m_pos = 1;
    m_first = false;
    return true;
}

bool CsvStream::next(QStringList &row)
{
    row.clear();
    QString field;
    bool quoted = false, fieldStarted = false, any = false;
    m_rowLine = m_line;
    const auto endField = [&] {
        row << field;
        field.clear();
        fieldStarted = false;
    };
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            break;
        const QChar c = m_buffer.at(m_pos++);
        if (c == QLatin1Char('\n'))
            ++m_line;
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('"')) {
                    field += c;
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = fieldStarted = any = true;
        } else if (c == QLatin1Char(',')) {
            endField();
            any = true;
        } else if (c == QLatin1Char('\n')) {
            endField();
            if (row.size() == 1 && row.first().isEmpty() && !any) {
                row.clear(); // a blank line
                m_rowLine = m_line;
                continue;
            }
            return true;
        } else if (c != QLatin1Char('\r')) { // \r\n ends a row at the \n
            field += c;
            fieldStarted = any = true;
        }
        if (field.size() > m_maxCell)
            throw CaseError(Rules::tr("%1: line %2, column %3: the cell is longer than %L4 characters")
                                .arg(m_fileName).arg(m_rowLine).arg(row.size() + 1).arg(m_maxCell));
    }
    if (fieldStarted || !row.isEmpty() || any) {
        endField();
        return true;
    }
    return false;
}

} // namespace chiptrail
