// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// How search sees a word. A query word finds a word of the text when one of these is its prefix:
// - plain: case and diacritics ignored, as FTS5's `remove_diacritics 2` ("uber" finds "über");
// - folded: German spelt without umlauts and ß ("Mueller" finds "Müller", "Strasse" "Straße");
// - stems: Snowball stems, of the text's language (both when it is not German or English):
//   German "kaufen"/"kaufte"/"Kauf" → "kauf"/"kauft"/"kauf", English "buying"/"buys" → "buy".
//   Two cheap additions where Snowball stops: a German word is also stemmed without its leading
//   verb prefixes (ge-, ver-, ein-, …: "gekauft" and "Verkauf" are found by "kauf"), and a short
//   table of English irregular verbs ("bought" is found by "buy"). Compounds are found by their
//   first part only ("Rechenzentrum" finds "Rechenzentrumskomplex", "Kontrolle" does not find
//   "Exportkontrolle"); irregular German verbs ("verkaufte" yes, "brachte"/"bringen" no) and
//   translations ("kaufen" does not find "bought") are not found. docs/search.md says the same.
namespace chiptrail::search {

enum class TextLanguage { German, English, Unknown };
// "de…" German, "en…" English, anything else (or nothing) Unknown.
TextLanguage textLanguage(const QString &bcp47);

QString plainForm(const QString &word);
QString foldedForm(const QString &word);
// The forms the `stems` index column holds for one word of a text in `language`.
QStringList stemForms(const QString &word, TextLanguage language);

// Every stem form of every word of `text`, space separated: the `stems` column of the index.
QString indexStems(const QString &text, TextLanguage language);

// One word of a query in all its forms. Its stems are those of both languages (a query has no
// language), without prefix stripping: "Bericht" must not look for "richt".
struct QueryTerm
{
    QString plain;
    QString folded;
    QStringList stems;
};
QList<QueryTerm> parseQuery(const QString &query);

// Does `word` (one word of a text in `language`) match `term`?
bool matches(const QueryTerm &term, const QString &word, TextLanguage language);

// The words of a text: [begin, end) in UTF-16 units, letters, digits and combining marks.
struct WordSpan
{
    qsizetype begin = 0;
    qsizetype end = 0;
};
QList<WordSpan> wordSpans(const QString &text);

} // namespace chiptrail::search
