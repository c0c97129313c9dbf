// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace chiptrail::layout {

// User text inside DOT, the only way it gets there: as the value of a quoted `label`.
//
// Graphviz reads a quoted DOT string in two steps, and both are neutralised:
//  1. the DOT lexer: `\"` is a quote, backslash-newline joins lines, `\\` stays `\\`;
//  2. the label: `\N` `\G` `\E` `\T` `\H` become node/graph/edge names, `\n` `\l` `\r` break
//     lines, `\\` is one backslash, and HTML entities (`&amp;`) are decoded.
// So: `\` -> `\\`, `"` -> `\"`, `&` `<` `>` -> `&amp;` `&lt;` `&gt;`.
// Line breaks typed by the user (LF, CR LF, CR) become `\n` (a centred line break); a CR LF
// comes back as one LF. A tab stays a tab. NUL and every other control character (C0, DEL, C1)
// are REPLACED by U+FFFD so the reader sees that something was there; they cannot reach
// Graphviz, whose C strings end at NUL. Length is not limited: a text longer than Graphviz's
// lexer takes in one quoted string (16,384 bytes) is written as pieces joined by DOT's `+`.
QByteArray dotQuoted(const QString &text); // with the surrounding quotes, UTF-8

// The inverse of dotQuoted's escaping as Graphviz reports the attribute back (-Tjson "label":
// the lexer has already turned `\"` into `"`). Gives the text as typed, apart from the
// replacements above.
QString unescapeDotLabel(const QString &value);

// What dotQuoted() + unescapeDotLabel() give back for `text`: the text with the documented
// replacements applied. Tests compare against this.
QString dotLabelRoundTrip(const QString &text);

} // namespace chiptrail::layout
