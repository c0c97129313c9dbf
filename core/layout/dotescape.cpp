// SPDX-License-Identifier: GPL-3.0-or-later
#include "dotescape.h"

namespace chiptrail::layout {

namespace {

constexpr char16_t replacement = 0xFFFD;

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

// Applies the replacements (line breaks normalised to LF, tab to space, controls to U+FFFD).
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
            out.append(u' ');
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
    QString escaped;
    escaped.reserve(clean.size() + clean.size() / 8 + 2);
    escaped.append(u'"');
    for (const QChar ch : clean) {
        switch (ch.unicode()) {
        case u'\\': escaped.append(u"\\\\"); break;
        case u'"': escaped.append(u"\\\""); break;
        case u'\n': escaped.append(u"\\n"); break;
        case u'&': escaped.append(u"&amp;"); break;
        case u'<': escaped.append(u"&lt;"); break;
        case u'>': escaped.append(u"&gt;"); break;
        default: escaped.append(ch);
        }
    }
    escaped.append(u'"');
    return escaped.toUtf8();
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
