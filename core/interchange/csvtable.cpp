// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtable.h"

#include "error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <array>

namespace chiptrail {
namespace {

struct TableFile
{
    Q_DECLARE_TR_FUNCTIONS(TableFile)
};

constexpr qint64 kBlockBytes = 1 << 20;

// Windows-1252 bytes 0x80-0x9F; 0 where the code page defines no character.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

// Whether `bytes` continue valid UTF-8 from `pending` (bytes of a character split by the block
// end); leaves the unfinished tail in `pending`.
bool validUtf8(QByteArrayView bytes, QByteArray &pending)
{
    QByteArray joined = pending + bytes.toByteArray();
    const auto *p = reinterpret_cast<const unsigned char *>(joined.constData());
    const qsizetype n = joined.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (c == 0)
                return false; // NUL: a binary file, not text
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int min = 0, cp = 0;
        if ((c & 0xE0) == 0xC0) { extra = 1; cp = c & 0x1F; min = 0x80; }
        else if ((c & 0xF0) == 0xE0) { extra = 2; cp = c & 0x0F; min = 0x800; }
        else if ((c & 0xF8) == 0xF0) { extra = 3; cp = c & 0x07; min = 0x10000; }
        else return false;
        if (i + extra >= n) {
            pending = joined.mid(i);
            return true;
        }
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    pending.clear();
    return true;
}

// Turns blocks of bytes into text in the chosen encoding; a byte no encoding reads is an error.
class Decoder
{
public:
    explicit Decoder(TextEncoding encoding) : m_encoding(encoding)
    {
        if (encoding == TextEncoding::Utf16Le)
            m_qt = QStringDecoder(QStringConverter::Utf16LE);
        else if (encoding == TextEncoding::Utf16Be)
            m_qt = QStringDecoder(QStringConverter::Utf16BE);
        else if (encoding != TextEncoding::Windows1252)
            m_qt = QStringDecoder(QStringConverter::Utf8);
    }
    // Null when a byte cannot be read; `badByte` then says which.
    QString decode(QByteArrayView bytes, int &badByte)
    {
        badByte = -1;
        if (m_encoding != TextEncoding::Windows1252) {
            QString text = m_qt.decode(bytes);
            if (m_qt.hasError() || text.contains(QChar(0))) {
                badByte = 0;
                return {};
            }
            return text;
        }
        QString text(bytes.size(), Qt::Uninitialized);
        QChar *out = text.data();
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto b = static_cast<unsigned char>(bytes[i]);
            char16_t c = b;
            if (b >= 0x80 && b < 0xA0)
                c = kCp1252High[b - 0x80];
            if (c == 0) {
                badByte = b;
                return {};
            }
            out[i] = QChar(c);
        }
        return text;
    }

private:
    TextEncoding m_encoding;
    QStringDecoder m_qt;
};

// The RFC 4180 state machine, fed text in pieces; a row leaves it complete or not at all.
class CsvParser
{
public:
    CsvParser(const CsvTableReader &reader, const CsvDialect &dialect,
              const std::function<bool(const TableRow &)> &each)
        : m_reader(reader), m_delimiter(dialect.delimiter), m_quote(dialect.quote), m_each(each)
    {
    }

    // False when `each` asked to stop.
    bool feed(QStringView text)
    {
        // Plain text between delimiters and quotes is appended as one run, not a character at a
        // time: a million-row file spends most of its reading time here (bench_tableimport).
        const auto runEnd = [&](qsizetype from, bool quoted) {
            qsizetype end = from;
            while (end < text.size()) {
                const QChar d = text[end];
                if (quoted ? d == m_quote : (d == m_delimiter || d == QLatin1Char('\r') || d == QLatin1Char('\n')))
                    break;
                ++end;
            }
            return end;
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (m_skipLineFeed) {
                m_skipLineFeed = false;
                if (c == QLatin1Char('\n'))
                    continue;
            }
            switch (m_state) {
            case State::FieldStart:
                if (c == m_quote) {
                    m_state = State::Quoted;
                    m_quotedFrom = m_row.number;
                    break;
                }
                [[fallthrough]];
            case State::Unquoted:
                if (c == m_delimiter)
                    endField();
                else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                    m_skipLineFeed = c == QLatin1Char('\r');
                    if (!endRow())
                        return false;
                } else {
                    const qsizetype end = runEnd(i + 1, false);
                    append(text.sliced(i, end - i));
                    i = end - 1;
                    m_state = State::Unquoted;
                }
                break;
            case State::Quoted:
                if (c == m_quote) {
                    m_state = State::QuoteInQuoted;
                } else {
                    const qsizetype end = runEnd(i + 1, true);
                    append(text.sliced(i, end - i));
                    i = end - 1;
                }
                break;
            case State::QuoteInQuoted:
                if (c == m_quote) {
                    append(c);
                    m_state = State::Quoted;
                } else if (c == m_delimiter) {
                    endField();
                } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                    m_skipLineFeed = c == QLatin1Char('\r');
                    if (!endRow())
                        return false;
                } else {
                    // "a"b: not RFC 4180, but what spreadsheet programs read as the text a"b
                    append(m_quote);
                    append(c);
                    m_state = State::Unquoted;
                }
                break;
            }
        }
        return true;
    }

    void finish()
    {
        if (m_state == State::Quoted)
            throw CaseError(TableFile::tr("%1: a quoted cell is never closed (it opens in row %2)")
                                .arg(m_reader.place(m_row.number, int(m_row.cells.size())))
                                .arg(m_quotedFrom));
        if (m_state != State::FieldStart || !m_row.cells.isEmpty())
            endRow();
    }

    qint64 row() const { return m_row.number; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    void append(QChar c) { append(QStringView(&c, 1)); }
    void append(QStringView run)
    {
        if (m_field.size() + run.size() > kMaxTableCellChars)
            throw CaseError(TableFile::tr("%1: the cell is longer than %2 characters")
                                .arg(m_reader.place(m_row.number, int(m_row.cells.size())))
                                .arg(kMaxTableCellChars));
        m_field.append(run);
    }
    void endField()
    {
        if (m_row.cells.size() >= kMaxTableColumns)
            throw CaseError(TableFile::tr("%1: the row has more than %2 columns")
                                .arg(m_reader.place(m_row.number)).arg(kMaxTableColumns));
        m_rowChars += m_field.size();
        if (m_rowChars > kMaxTableRowChars)
            throw CaseError(TableFile::tr("%1: the row is longer than %2 characters")
                                .arg(m_reader.place(m_row.number)).arg(kMaxTableRowChars));
        m_row.cells.append(m_field);
        m_field.clear();
        m_state = State::FieldStart;
    }
    bool endRow()
    {
        endField();
        bool go = true;
        // A blank line keeps its row number (as in a spreadsheet program) but is not handed out.
        if (!(m_row.cells.size() == 1 && m_row.cells.first().isEmpty()))
            go = m_each(m_row);
        m_row.cells.clear();
        ++m_row.number;
        m_rowChars = 0;
        return go;
    }

    const CsvTableReader &m_reader;
    QChar m_delimiter, m_quote;
    const std::function<bool(const TableRow &)> &m_each;
    State m_state = State::FieldStart;
    bool m_skipLineFeed = false;
    QString m_field;
    TableRow m_row{1, {}};
    qsizetype m_rowChars = 0;
    qint64 m_quotedFrom = 0;
};

bool looksNumeric(const QString &cell)
{
    const QString t = cell.trimmed();
    if (t.isEmpty())
        return false;
    for (const QChar c : t)
        if (!c.isDigit() && !QStringLiteral(".,-+/ %:").contains(c))
            return false;
    return true;
}

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return TableFile::tr("UTF-8");
    case TextEncoding::Utf8Bom: return TableFile::tr("UTF-8 with byte-order mark");
    case TextEncoding::Utf16Le: return TableFile::tr("UTF-16 little-endian");
    case TextEncoding::Utf16Be: return TableFile::tr("UTF-16 big-endian");
    case TextEncoding::Windows1252: return TableFile::tr("Windows-1252 (not valid UTF-8)");
    }
    return {};
}

CsvTableReader::CsvTableReader(const QString &path) : m_path(path)
{
    m_fileName = QFileInfo(path).fileName();
    detect();
}

QString CsvTableReader::description() const
{
    const QChar d = m_dialect.delimiter;
    const QString delimiter = d == QLatin1Char('\t') ? TableFile::tr("tab") : QString(d);
    return TableFile::tr("CSV, %1, separated by %2, quoted with %3, %4")
        .arg(encodingName(m_dialect.encoding), delimiter, QString(m_dialect.quote),
             m_hasHeader ? TableFile::tr("first row holds column names") : TableFile::tr("no header row"));
}

void CsvTableReader::detect()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw CaseError(TableFile::tr("%1: cannot read the file: %2").arg(m_fileName, file.errorString()));
    QByteArray start = file.read(64 * 1024);
    if (start.startsWith("\xEF\xBB\xBF"))
        m_dialect.encoding = TextEncoding::Utf8Bom;
    else if (start.startsWith("\xFF\xFE"))
        m_dialect.encoding = TextEncoding::Utf16Le;
    else if (start.startsWith("\xFE\xFF"))
        m_dialect.encoding = TextEncoding::Utf16Be;
    else {
        QByteArray pending;
        bool valid = validUtf8(start, pending);
        while (valid && !file.atEnd())
            valid = validUtf8(file.read(kBlockBytes), pending);
        m_dialect.encoding = valid && pending.isEmpty() ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    }
    const qsizetype skip = m_dialect.encoding == TextEncoding::Utf8Bom ? 3
        : (m_dialect.encoding == TextEncoding::Utf16Le || m_dialect.encoding == TextEncoding::Utf16Be) ? 2 : 0;
    Decoder decoder(m_dialect.encoding);
    int bad = -1;
    QString sample = decoder.decode(start.mid(skip), bad);
    if (sample.isNull())
        sample = QString::fromLatin1(start); // the error is reported with its row when reading
    // Only whole lines of the sample count: the block may end inside one.
    const qsizetype lastBreak = sample.lastIndexOf(QLatin1Char('\n'));
    if (lastBreak > 0 && file.size() > start.size())
        sample.truncate(lastBreak);

    // Quote: the character that more often opens a cell and closes one.
    auto quoteScore = [&](QChar q) {
        int score = 0;
        for (qsizetype i = 0; i + 1 < sample.size(); ++i)
            if (sample[i] == q && (i == 0 || QStringLiteral(",;\t|\n").contains(sample[i - 1])))
                ++score;
        return score;
    };
    m_dialect.quote = quoteScore(QLatin1Char('\'')) > quoteScore(QLatin1Char('"')) ? QLatin1Char('\'') : QLatin1Char('"');

    // Delimiter: the one that splits the first lines into the same number of cells, most cells first.
    int bestLines = -1, bestCount = -1;
    for (const QChar d : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')}) {
        QList<int> counts{0};
        bool quoted = false;
        for (const QChar c : sample) {
            if (c == m_dialect.quote)
                quoted = !quoted;
            else if (!quoted && c == d)
                ++counts.last();
            else if (!quoted && c == QLatin1Char('\n')) {
                if (counts.size() == 20)
                    break;
                counts.append(0);
            }
        }
        while (counts.size() > 1 && counts.last() == 0)
            counts.removeLast();
        if (counts.first() == 0)
            continue;
        const int agreeing = int(std::count(counts.cbegin(), counts.cend(), counts.first()));
        if (agreeing > bestLines || (agreeing == bestLines && counts.first() > bestCount)) {
            bestLines = agreeing;
            bestCount = counts.first();
            m_dialect.delimiter = d;
        }
    }

    // Header: a first row with no number in it, above rows that have some (or no rows at all).
    QList<QStringList> firstRows;
    try {
        readRows([&](const TableRow &row) {
            firstRows.append(row.cells);
            return firstRows.size() < 2;
        });
    } catch (const CaseError &) {
        // reported again, with its place, when the rows are read for real
    }
    m_hasHeader = !firstRows.isEmpty() && std::none_of(firstRows.first().cbegin(), firstRows.first().cend(), looksNumeric);
}

void CsvTableReader::readRows(const std::function<bool(const TableRow &)> &each)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw CaseError(TableFile::tr("%1: cannot read the file: %2").arg(m_fileName, file.errorString()));
    const qsizetype skip = m_dialect.encoding == TextEncoding::Utf8Bom ? 3
        : (m_dialect.encoding == TextEncoding::Utf16Le || m_dialect.encoding == TextEncoding::Utf16Be) ? 2 : 0;
    file.read(skip);
    Decoder decoder(m_dialect.encoding);
    CsvParser parser(*this, m_dialect, each);
    while (!file.atEnd()) {
        const QByteArray block = file.read(kBlockBytes);
        if (block.isEmpty() && file.error() != QFile::NoError)
            throw CaseError(TableFile::tr("%1: cannot read the file: %2").arg(m_fileName, file.errorString()));
        int bad = -1;
        const QString text = decoder.decode(block, bad);
        if (text.isNull()) {
            const QString what = bad > 0 ? TableFile::tr("byte 0x%1 is no character in %2")
                                               .arg(bad, 2, 16, QLatin1Char('0')).arg(encodingName(m_dialect.encoding))
                                         : TableFile::tr("the text is not valid %1").arg(encodingName(m_dialect.encoding));
            throw CaseError(TableFile::tr("%1: %2").arg(place(parser.row()), what));
        }
        if (!parser.feed(text))
            return;
    }
    parser.finish();
}

QString TableReader::columnLetter(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString TableReader::place(qint64 row, int column, const QString &header) const
{
    QString where = m_fileName;
    if (!m_sheet.isEmpty())
        where += TableFile::tr(", sheet %1").arg(messageExcerpt(m_sheet));
    if (row > 0)
        where += TableFile::tr(", row %1").arg(row);
    if (column >= 0)
        where += header.isEmpty() ? TableFile::tr(", column %1").arg(columnLetter(column))
                                  : TableFile::tr(", column %1 (%2)").arg(columnLetter(column), messageExcerpt(header));
    return where;
}

} // namespace chiptrail
