// SPDX-License-Identifier: GPL-3.0-or-later
#include "excerpt.h"

#include "model/entities.h"

#include <algorithm>

namespace chiptrail::search {
namespace {

bool anyTermMatches(const QList<QueryTerm> &terms, const QString &word, TextLanguage language)
{
    return std::any_of(terms.cbegin(), terms.cend(), [&](const QueryTerm &t) { return matches(t, word, language); });
}

} // namespace

Excerpt quoteMatches(const QString &text, const QList<QueryTerm> &terms, TextLanguage language, QChar markStart,
                     QChar markEnd, int contextWords)
{
    const QList<WordSpan> spans = wordSpans(text);
    if (spans.isEmpty())
        return {text.left(200), -1};
    qsizetype first = -1;
    for (qsizetype i = 0; i < spans.size() && first < 0; ++i)
        if (anyTermMatches(terms, text.mid(spans.at(i).begin, spans.at(i).end - spans.at(i).begin), language))
            first = i;
    const qsizetype from = first < 0 ? 0 : std::max<qsizetype>(0, first - contextWords);
    const qsizetype to = std::min<qsizetype>(spans.size() - 1, (first < 0 ? 0 : first) + contextWords + 4);

    Excerpt result;
    // Start at a word, end at a word: the quote never cuts one in half.
    const qsizetype begin = from == 0 ? 0 : spans.at(from).begin;
    const qsizetype end = to == spans.size() - 1 ? text.size() : spans.at(to).end;
    if (begin > 0)
        result.text += QChar(0x2026);
    qsizetype at = begin;
    for (qsizetype i = from; first >= 0 && i <= to; ++i) {
        const WordSpan &span = spans.at(i);
        const QString word = text.mid(span.begin, span.end - span.begin);
        if (i != first && !anyTermMatches(terms, word, language))
            continue;
        result.text += text.mid(at, span.begin - at);
        result.text += markStart + word + markEnd;
        at = span.end;
    }
    result.text += text.mid(at, end - at);
    if (end < text.size())
        result.text += QChar(0x2026);
    if (first >= 0)
        result.firstMatch = utf16IndexToCodePoint(text, int(spans.at(first).begin));
    return result;
}

bool matchesAll(const QStringList &texts, const QList<QueryTerm> &terms, TextLanguage language)
{
    if (terms.isEmpty())
        return false;
    for (const QueryTerm &term : terms) {
        bool found = false;
        for (const QString &text : texts) {
            for (const WordSpan &span : wordSpans(text))
                if (matches(term, text.mid(span.begin, span.end - span.begin), language)) {
                    found = true;
                    break;
                }
            if (found)
                break;
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace chiptrail::search
