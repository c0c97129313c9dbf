// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities.h"

namespace chiptrail {

int codePointToUtf16Index(const QString &text, int codePoint)
{
    int index = 0;
    for (int seen = 0; seen < codePoint; ++seen) {
        if (index >= text.size())
            return -1;
        index += (text.at(index).isHighSurrogate() && index + 1 < text.size()) ? 2 : 1;
    }
    return index;
}

int utf16IndexToCodePoint(const QString &text, int index)
{
    int codePoints = 0;
    for (int i = 0; i < index && i < text.size(); ++codePoints)
        i += (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
    return codePoints;
}

QString codePointSlice(const QString &text, int start, int length)
{
    if (start < 0 || length < 0)
        return {};
    const int begin = codePointToUtf16Index(text, start);
    if (begin < 0)
        return {};
    const QString rest = text.mid(begin);
    const int end = codePointToUtf16Index(rest, length);
    if (end < 0)
        return {};
    return rest.left(end);
}

int codePointLength(const QString &text) { return utf16IndexToCodePoint(text, int(text.size())); }

int pageAt(const Source &source, int offset)
{
    int page = 0;
    for (int i = 0; i < source.pageStarts.size() && source.pageStarts.at(i) <= offset; ++i)
        page = i + 1;
    return page;
}

} // namespace chiptrail
