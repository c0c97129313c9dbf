// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordforms.h"

#include "model/textfolding.h"
#include "search/stemmer.h"

#include <QHash>
#include <QSet>

namespace chiptrail::search {
namespace {

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing;
}

// Leading German verb prefixes, longest first, in folded spelling. Stripped in the index only.
const QStringList &germanPrefixes()
{
    static const QStringList prefixes{
        QStringLiteral("zurueck"), QStringLiteral("wieder"), QStringLiteral("ueber"), QStringLiteral("unter"),
        QStringLiteral("durch"), QStringLiteral("nach"), QStringLiteral("miss"), QStringLiteral("zer"),
        QStringLiteral("ver"), QStringLiteral("ent"), QStringLiteral("emp"), QStringLiteral("auf"),
        QStringLiteral("aus"), QStringLiteral("ein"), QStringLiteral("mit"), QStringLiteral("vor"),
        QStringLiteral("weg"), QStringLiteral("an"), QStringLiteral("ab"), QStringLiteral("be"),
        QStringLiteral("er"), QStringLiteral("ge"), QStringLiteral("um"), QStringLiteral("zu")};
    return prefixes;
}

// Irregular English verbs of the trade (buying, selling, shipping, building, renting), past
// forms to the base form Snowball gives the present ones.
const QHash<QString, QString> &englishIrregular()
{
    static const QHash<QString, QString> table{
        {QStringLiteral("bought"), QStringLiteral("buy")},   {QStringLiteral("sold"), QStringLiteral("sell")},
        {QStringLiteral("built"), QStringLiteral("build")},  {QStringLiteral("paid"), QStringLiteral("pay")},
        {QStringLiteral("sent"), QStringLiteral("send")},    {QStringLiteral("held"), QStringLiteral("hold")},
        {QStringLiteral("made"), QStringLiteral("make")},    {QStringLiteral("got"), QStringLiteral("get")},
        {QStringLiteral("gotten"), QStringLiteral("get")},   {QStringLiteral("led"), QStringLiteral("lead")},
        {QStringLiteral("lent"), QStringLiteral("lend")},    {QStringLiteral("spent"), QStringLiteral("spend")},
        {QStringLiteral("brought"), QStringLiteral("bring")},{QStringLiteral("took"), QStringLiteral("take")},
        {QStringLiteral("taken"), QStringLiteral("take")},   {QStringLiteral("gave"), QStringLiteral("give")},
        {QStringLiteral("given"), QStringLiteral("give")},   {QStringLiteral("won"), QStringLiteral("win")},
        {QStringLiteral("dealt"), QStringLiteral("deal")},   {QStringLiteral("met"), QStringLiteral("meet")},
        {QStringLiteral("told"), QStringLiteral("tell")},    {QStringLiteral("found"), QStringLiteral("find")},
        {QStringLiteral("kept"), QStringLiteral("keep")},    {QStringLiteral("left"), QStringLiteral("leave")},
        {QStringLiteral("ran"), QStringLiteral("run")},      {QStringLiteral("shipped"), QStringLiteral("ship")}};
    return table;
}

void addUnique(QStringList &list, const QString &form)
{
    if (!form.isEmpty() && !list.contains(form))
        list << form;
}

} // namespace

TextLanguage textLanguage(const QString &bcp47)
{
    if (bcp47.startsWith(QLatin1String("de"), Qt::CaseInsensitive))
        return TextLanguage::German;
    if (bcp47.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
        return TextLanguage::English;
    return TextLanguage::Unknown;
}

QString plainForm(const QString &word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_D);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c;
    return plain.toCaseFolded();
}

QString foldedForm(const QString &word) { return foldGerman(word.toLower()).toCaseFolded(); }

QStringList stemForms(const QString &word, TextLanguage language)
{
    QStringList forms;
    if (language != TextLanguage::English) {
        QString folded = foldedForm(word);
        addUnique(forms, stem(StemLanguage::German, folded));
        // "eingekauft" → "gekauft" → "kauft": at most two prefixes, and a stem of four letters left.
        for (int round = 0; round < 2; ++round) {
            bool stripped = false;
            for (const QString &prefix : germanPrefixes()) {
                if (folded.size() - prefix.size() >= 4 && folded.startsWith(prefix)) {
                    folded = folded.mid(prefix.size());
                    addUnique(forms, stem(StemLanguage::German, folded));
                    stripped = true;
                    break;
                }
            }
            if (!stripped)
                break;
        }
    }
    if (language != TextLanguage::German) {
        const QString lower = word.toLower();
        addUnique(forms, stem(StemLanguage::English, lower));
        addUnique(forms, englishIrregular().value(lower));
    }
    return forms;
}

QList<WordSpan> wordSpans(const QString &text)
{
    QList<WordSpan> spans;
    qsizetype begin = -1;
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        if (isWordChar(c)) {
            if (begin < 0)
                begin = i;
        } else if (begin >= 0) {
            spans.append({begin, i});
            begin = -1;
        }
        i += width;
    }
    if (begin >= 0)
        spans.append({begin, text.size()});
    return spans;
}

QString indexStems(const QString &text, TextLanguage language)
{
    QString out;
    // A long text repeats its words: each distinct word is stemmed once.
    QHash<QString, QStringList> cache;
    for (const WordSpan &span : wordSpans(text)) {
        const QString word = text.mid(span.begin, span.end - span.begin).toLower();
        auto found = cache.constFind(word);
        if (found == cache.cend())
            found = cache.insert(word, stemForms(word, language));
        for (const QString &form : *found) {
            if (!out.isEmpty())
                out += QLatin1Char(' ');
            out += form;
        }
    }
    return out;
}

QList<QueryTerm> parseQuery(const QString &query)
{
    QList<QueryTerm> terms;
    for (const QString &word : searchTerms(query)) {
        QueryTerm term{plainForm(word), foldedForm(word), {}};
        const QString lower = word.toLower();
        addUnique(term.stems, stem(StemLanguage::German, term.folded));
        addUnique(term.stems, stem(StemLanguage::English, lower));
        addUnique(term.stems, englishIrregular().value(lower));
        terms.append(term);
    }
    return terms;
}

bool matches(const QueryTerm &term, const QString &word, TextLanguage language)
{
    if (plainForm(word).startsWith(term.plain) || foldedForm(word).startsWith(term.folded))
        return true;
    const QStringList forms = stemForms(word, language);
    for (const QString &form : forms)
        for (const QString &s : term.stems)
            if (form.startsWith(s))
                return true;
    return false;
}

} // namespace chiptrail::search
