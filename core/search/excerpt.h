// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/wordforms.h"

namespace chiptrail::search {

// Words around the first match, quoted from the text as written: a hit for "Ausruestung" shows
// "Ausrüstung" as the source spells it. Matched words are wrapped in `markStart`/`markEnd`;
// "…" marks text left out. `firstMatch` is the code-point offset of the first matched word in
// `text` (for the page it is on), -1 when no word matched (the excerpt is then the text's start).
struct Excerpt
{
    QString text;
    int firstMatch = -1;
};
Excerpt quoteMatches(const QString &text, const QList<QueryTerm> &terms, TextLanguage language, QChar markStart,
                     QChar markEnd, int contextWords = 10);

// Does every term match some word of `texts` (of an entity: name, aliases, description…)?
bool matchesAll(const QStringList &texts, const QList<QueryTerm> &terms, TextLanguage language);

} // namespace chiptrail::search
