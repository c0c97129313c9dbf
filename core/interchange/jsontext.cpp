// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include "error.h"

#include <QCoreApplication>
#include <QList>

namespace chiptrail {
namespace {

class JsonText
{
    Q_DECLARE_TR_FUNCTIONS(CaseJson)
};

constexpr char bom[] = "\xEF\xBB\xBF";

struct Frame
{
    bool array = false;
    qsizetype index = 0;
    QString key;
    bool expectKey = false;
};

QString stepOf(const Frame &frame)
{
    if (frame.array)
        return QLatin1Char('[') + QString::number(frame.index) + QLatin1Char(']');
    if (!frame.key.isNull())
        return QLatin1Char('.') + messageExcerpt(frame.key);
    return {};
}

// Keys of control characters are shown escaped, six characters each: thirteen of them made a
// path of 2,000 characters (found by libFuzzer in FtM entity lines).
QString shortPath(const QString &path)
{
    constexpr qsizetype most = 400;
    if (path.size() <= most)
        return path;
    return path.left(most / 2) + QChar(0x2026) + path.right(most / 2 - 1);
}

// A stranger's file may nest thousands of levels deep: the message keeps the outermost and the
// innermost steps and counts the rest (the whole path made one line of 100 KB; found by CI's
// short libFuzzer run).
QString pathOf(const QList<Frame> &frames)
{
    constexpr qsizetype kept = 6; // at each end
    QString path = QStringLiteral("$");
    if (frames.size() <= 2 * kept + 1) {
        for (const Frame &frame : frames)
            path += stepOf(frame);
        return shortPath(path);
    }
    for (qsizetype i = 0; i < kept; ++i)
        path += stepOf(frames.at(i));
    path += JsonText::tr("…%n more levels…", "inside a JSON path", int(frames.size() - 2 * kept));
    for (qsizetype i = frames.size() - kept; i < frames.size(); ++i)
        path += stepOf(frames.at(i));
    return shortPath(path);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of "\uXXXX" starting at `at` (the backslash), or -1.
int escapedUnit(const QByteArray &json, qsizetype at)
{
    if (at + 6 > json.size() || json[at] != '\\' || json[at + 1] != 'u')
        return -1;
    int unit = 0;
    for (int i = 2; i < 6; ++i) {
        const int digit = hexValue(json[at + i]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

// Length of the UTF-8 sequence at `at`, or 0 when it is not one (overlong forms, encoded
// surrogates and values above U+10FFFF included).
int utf8Length(const QByteArray &json, qsizetype at)
{
    const auto byte = [&](qsizetype i) { return i < json.size() ? uchar(json[i]) : uchar(0); };
    const uchar lead = byte(at);
    const auto cont = [&](qsizetype i) { return (byte(i) & 0xC0) == 0x80; };
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return cont(at + 1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const uchar second = byte(at + 1);
        if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0))
            return 0;
        return cont(at + 1) && cont(at + 2) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const uchar second = byte(at + 1);
        if ((lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second >= 0x90))
            return 0;
        return cont(at + 1) && cont(at + 2) && cont(at + 3) ? 4 : 0;
    }
    return 0;
}

} // namespace

QByteArray checkedJsonText(const QByteArray &input, const QString &fileName)
{
    const QByteArray json = input.startsWith(bom) ? input.mid(3) : input;
    QByteArray out;
    out.reserve(json.size());
    QList<Frame> frames;
    bool inString = false;
    bool stringIsKey = false;
    QByteArray keyBytes;
    qsizetype line = 1;

    const auto fail = [&](const QString &reason) {
        throw CaseError(JsonText::tr("%1: %2: %3").arg(fileName, pathOf(frames), reason));
    };

    for (qsizetype i = 0; i < json.size();) {
        const char c = json[i];
        if (c == '\n')
            ++line;
        if (!inString) {
            switch (c) {
            case '{': frames.append({false, 0, QString(), true}); break;
            case '[': frames.append({true, 0, QString(), false}); break;
            case '}':
            case ']':
                if (!frames.isEmpty())
                    frames.removeLast();
                break;
            case ',':
                if (!frames.isEmpty()) {
                    if (frames.last().array)
                        ++frames.last().index;
                    else
                        frames.last().expectKey = true;
                }
                break;
            case '"':
                inString = true;
                stringIsKey = !frames.isEmpty() && !frames.last().array && frames.last().expectKey;
                keyBytes.clear();
                break;
            default:
                if (uchar(c) >= 0x80) {
                    // Outside a string only ASCII is JSON; the parser says where.
                    out.append(json.mid(i));
                    return out;
                }
            }
            out.append(c);
            ++i;
            continue;
        }
        if (c == '"') {
            inString = false;
            if (stringIsKey) {
                frames.last().key = QString::fromUtf8(keyBytes);
                frames.last().expectKey = false;
            }
            out.append(c);
            ++i;
            continue;
        }
        if (c == '\\') {
            const int unit = escapedUnit(json, i);
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                fail(JsonText::tr("holds a lone surrogate escape (\\u%1), which is not a character")
                         .arg(unit, 4, 16, QLatin1Char('0')));
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const int low = escapedUnit(json, i + 6);
                if (low < 0xDC00 || low > 0xDFFF)
                    fail(JsonText::tr("holds a lone surrogate escape (\\u%1), which is not a character")
                             .arg(unit, 4, 16, QLatin1Char('0')));
                out.append(json.mid(i, 12));
                if (stringIsKey)
                    keyBytes.append(json.mid(i, 12));
                i += 12;
                continue;
            }
            const qsizetype length = unit >= 0 ? 6 : 2;
            out.append(json.mid(i, length));
            if (stringIsKey)
                keyBytes.append(json.mid(i, length));
            i += length;
            continue;
        }
        const int length = utf8Length(json, i);
        if (length == 0)
            fail(JsonText::tr("line %1: byte 0x%2 inside a text is not UTF-8 (save the file as UTF-8)")
                     .arg(line)
                     .arg(uchar(c), 2, 16, QLatin1Char('0')));
        if (length == 3 && json.mid(i, 3) == bom)
            out.append("\\ufeff");
        else
            out.append(json.mid(i, length));
        if (stringIsKey)
            keyBytes.append(json.mid(i, length));
        i += length;
    }
    return out;
}

QByteArray escapeByteOrderMarks(QByteArray json)
{
    return json.replace(bom, "\\ufeff");
}

} // namespace chiptrail
