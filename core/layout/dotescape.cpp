// SPDX-License-Identifier: GPL-3.0-or-later
#include "dotescape.h"

namespace chiptrail::layout {

namespace {

constexpr char16_t replacement = 0xFFFD;

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

// Graphviz's lexer refuses a quoted string longer than 16,384 bytes; DOT joins "a" + "b".
constexpr qsizetype pieceBytes = 8000;

// Applies the replacements (line breaks normalised to LF, controls other than tab to U+FFFD).
QString normalised(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\r') {
            if (i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            out.append(u'\n');
        } else if (c == u'\n') {
            out.append(u'\n');
        } else if (c == u'\t') {
            out.append(u'\t'); // Graphviz keeps it (-Tjson gives "\t" back)
        } else if (isControl(c)) {
            out.append(QChar(replacement));
        } else {
            out.append(QChar(c));
        }
    }
    return out;
}

} // namespace

QByteArray dotQuoted(const QString &text)
{
    const QString clean = normalised(text);
    QByteArray quoted;
    quoted.reserve(clean.size() + clean.size() / 8 + 2);
    quoted.append('"');
    qsizetype piece = 0; // bytes in the current quoted piece
    const auto append = [&](QByteArrayView bytes) {
        if (piece + bytes.size() > pieceBytes) {
            quoted.append("\" + \"");
            piece = 0;
        }
        quoted.append(bytes);
        piece += bytes.size();
    };
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const char16_t c = clean.at(i).unicode();
        switch (c) {
        case u'\\': append("\\\\"); break;
        case u'"': append("\\\""); break;
        case u'\n': append("\\n"); break;
        case u'&': append("&amp;"); break;
        case u'<': append("&lt;"); break;
        case u'>': append("&gt;"); break;
        default:
            if (c < 0x80) {
                const char ascii = char(c);
                append(QByteArrayView(&ascii, 1));
            } else {
                // A surrogate pair stays in one piece.
                const qsizetype units = QChar::isHighSurrogate(c) && i + 1 < clean.size() ? 2 : 1;
                append(QStringView(clean).mid(i, units).toUtf8());
                i += units - 1;
            }
        }
    }
    quoted.append('"');
    return quoted;
}

QString unescapeDotLabel(const QString &value)
{
    QString out;
    out.reserve(value.size());
    const qsizetype n = value.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = value.at(i);
        if (ch == u'\\' && i + 1 < n) {
            const QChar next = value.at(i + 1);
            if (next == u'\\' || next == u'"') {
                out.append(next);
                ++i;
                continue;
            }
            if (next == u'n' || next == u'l' || next == u'r') {
                out.append(u'\n');
                ++i;
                continue;
            }
        } else if (ch == u'&') {
            static const struct { QStringView entity; QChar ch; } entities[] = {
                {u"&amp;", u'&'}, {u"&lt;", u'<'}, {u"&gt;", u'>'}, {u"&quot;", u'"'}};
            bool matched = false;
            for (const auto &e : entities) {
                if (QStringView(value).mid(i).startsWith(e.entity)) {
                    out.append(e.ch);
                    i += e.entity.size() - 1;
                    matched = true;
                    break;
                }
            }
            if (matched)
                continue;
        }
        out.append(ch);
    }
    return out;
}

QString dotLabelRoundTrip(const QString &text)
{
    return normalised(text);
}

} // namespace chiptrail::layout
