// SPDX-License-Identifier: GPL-3.0-or-later
// Strangers' names through the DOT writer: every name reaches the DOT only inside a quoted
// label, in pieces Graphviz's lexer takes (at most 16,384 bytes each), and reads back as typed
// (apart from the documented replacements). Anything else aborts.
#include "fuzzcase.h"
#include "layout/dotescape.h"
#include "layout/dotwriter.h"
#include "layout/layoutgraph.h"

#include <QStringDecoder>
#include <cstdlib>

namespace {

// What Graphviz's lexer makes of one quoted string starting at `at` (the opening quote): the
// pieces joined, \" turned into "; `end` is set past the closing quote. Aborts on a piece over
// the lexer's limit or a string that never ends.
QString lexed(const QByteArray &dot, qsizetype at, qsizetype *end)
{
    QByteArray value;
    qsizetype piece = 0;
    qsizetype j = at + 1;
    for (;;) {
        if (j >= dot.size())
            std::abort(); // an unterminated string
        const char c = dot.at(j);
        if (c == '\\' && j + 1 < dot.size()) {
            value += dot.at(j + 1) == '"' ? QByteArray("\"") : dot.mid(j, 2);
            piece += 2;
            j += 2;
        } else if (c == '"') {
            if (piece > 16384)
                std::abort();
            if (dot.mid(j, 5) != "\" + \"")
                break;
            piece = 0;
            j += 5;
        } else {
            value += c;
            ++piece;
            ++j;
        }
    }
    *end = j + 1;
    // QString::fromUtf8 drops a leading U+FEFF that the name holds (and, after the first is put
    // back by hand, the next one: a name of two BOMs was a harness finding, not a writer's).
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(value);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace chiptrail;
    const CaseData chain = fuzzcase::chainFrom(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QByteArray dot = layout::writeDot(layout::buildLayoutGraph(chain));
    // Outside labels only our own syntax; every label one of the names (or a country code, or a
    // link's text) read back as written.
    QStringList labels;
    QByteArray rest;
    for (qsizetype i = 0; i < dot.size();) {
        const qsizetype at = dot.indexOf("label=\"", i);
        if (at < 0) {
            rest += dot.mid(i);
            break;
        }
        rest += dot.mid(i, at - i);
        qsizetype end = 0;
        labels.append(layout::unescapeDotLabel(lexed(dot, at + 6, &end)));
        i = end;
    }
    for (const char c : rest)
        if (!(QChar::isLetterOrNumber(uchar(c)) || QByteArrayView("_=.;[]{}->\" \t\n,:").contains(c)))
            std::abort();
    for (const Party &party : chain.parties)
        if (!labels.contains(layout::dotLabelRoundTrip(party.name)))
            std::abort();
    return 0;
}
