// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How long the texts of a case may be, in characters (UTF-16 code units, as Qt counts them).
// One long name froze the window, overflowed Graphviz and X11 and, in screening, exhausted
// memory (issue 16); a value over SQLite's length limit was dropped without a word. Import and
// every edit refuse longer texts with a message naming the field. Documented in
// docs/hostile-files.md; raising one is a format change (older programs would refuse the file).
namespace chiptrail::limits {

// Names, aliases, titles, identifiers, publishers, cities, vendors, list names: what is shown on
// a card, in a list row or a DOT label. Graphviz reads labels up to 16,384 characters; the
// hostile-name tests of the DOT writer use names of 10,000.
inline constexpr qsizetype shortText = 10'000;
// A source's web address.
inline constexpr qsizetype url = 4'000;
// Descriptions, reasons, source texts and excerpts: 10 million characters, at most 30 MB of
// UTF-8, well inside what SQLite stores in one value here (64 MiB, opener.cpp).
inline constexpr qsizetype longText = 10'000'000;

// Throws CaseError "`field`: the text is N characters long; ChipTrail takes at most M there".
void requireWithin(const QString &text, qsizetype limit, const QString &field);

} // namespace chiptrail::limits
