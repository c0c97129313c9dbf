// SPDX-License-Identifier: GPL-3.0-or-later
#include "namenormaliser.h"

#include "error.h"
#include "rulestr.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace chiptrail {

bool NormalisedName::vowelsUncertain() const
{
    switch (script) {
    case QChar::Script_Arabic:
    case QChar::Script_Hebrew:
    case QChar::Script_Khmer:
    case QChar::Script_Hangul:
    case QChar::Script_Thai:
    case QChar::Script_Devanagari:
        return true;
    default:
        return false;
    }
}

struct NameNormaliser::Icu
{
    std::unique_ptr<icu::Transliterator> any, russian, ukrainian, khmer, simplified;
};

namespace {

std::unique_ptr<icu::Transliterator> makeTranslit(const char *id)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t)
        throw CaseError(Rules::tr("ICU transliterator \"%1\" is not available (%2)")
                            .arg(QString::fromLatin1(id), QString::fromLatin1(u_errorName(status))));
    return t;
}

QString runTranslit(icu::Transliterator &t, const QString &text)
{
    icu::UnicodeString u(reinterpret_cast<const UChar *>(text.utf16()), static_cast<int32_t>(text.size()));
    t.transliterate(u);
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
}

bool isLatinLetter(QChar c) { return c.isLetter() && c.script() == QChar::Script_Latin; }
bool isLookAlikeScript(QChar c)
{
    return c.script() == QChar::Script_Cyrillic || c.script() == QChar::Script_Greek;
}

QString scriptName(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Han: return Rules::tr("Han");
    case QChar::Script_Cyrillic: return Rules::tr("Cyrillic");
    case QChar::Script_Greek: return Rules::tr("Greek");
    case QChar::Script_Arabic: return Rules::tr("Arabic");
    case QChar::Script_Hangul: return Rules::tr("Hangul");
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana: return Rules::tr("Japanese kana");
    case QChar::Script_Hebrew: return Rules::tr("Hebrew");
    case QChar::Script_Thai: return Rules::tr("Thai");
    case QChar::Script_Khmer: return Rules::tr("Khmer");
    case QChar::Script_Latin: return Rules::tr("Latin with accents");
    default: return Rules::tr("non-Latin");
    }
}

QString lettersOnly(const QString &s)
{
    QString out;
    for (QChar c : s)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

} // namespace

NameNormaliser::NameNormaliser(const NameFoldingData &data) : m_data(data), m_icu(std::make_unique<Icu>())
{
    for (const QString &w : data.genericWords)
        m_generic.insert(w);
    for (const QString &w : data.orgWords)
        m_org.insert(w);
    for (const QString &w : data.stopWords)
        m_stop.insert(w);
    for (const QString &w : data.nameParticles)
        m_particles.insert(w);
    for (const auto &[words, index] : data.legalFormsEnd)
        m_formsJoined.insert(words.join(QString()), index);
    for (const auto &[words, index] : data.legalFormsStart) {
        m_startJoined.insert(words.join(QString()));
        m_startByFirst[words.first()].append({words, index}); // longest first, as in the data
    }
    for (const auto &[words, index] : data.legalFormsEnd)
        m_endByLast[words.last()].append({words, index});
    m_folds = sortedFolds(data);
    // BGN/PCGN for Cyrillic gives the spellings English-language lists use ("Rostekh", not ISO 9 "Rosteh").
    m_icu->any = makeTranslit("Any-Latin; Latin-ASCII");                                  // notr
    m_icu->russian = makeTranslit("Russian-Latin/BGN; Any-Latin; Latin-ASCII");             // notr
    m_icu->ukrainian = makeTranslit("Ukrainian-Latin/BGN; Any-Latin; Latin-ASCII");         // notr
    m_icu->simplified = makeTranslit("Traditional-Simplified");                            // notr
    UParseError parseError{};
    UErrorCode status = U_ZERO_ERROR;
    const QString rules = data.khmerLatinRules;
    m_icu->khmer.reset(icu::Transliterator::createFromRules(
        icu::UnicodeString::fromUTF8("Khmer-Latin-ChipTrail"), // notr
        icu::UnicodeString(reinterpret_cast<const UChar *>(rules.utf16()), static_cast<int32_t>(rules.size())),
        UTRANS_FORWARD, parseError, status));
    if (U_FAILURE(status) || !m_icu->khmer)
        throw CaseError(Rules::tr("name_folding.json: khmer_latin_rules: ICU cannot read the rules (%1, line %2)")
                            .arg(QString::fromLatin1(u_errorName(status)))
                            .arg(parseError.line));
}

NameNormaliser::~NameNormaliser() = default;

QString NameNormaliser::transliterate(const QString &text, QChar::Script script) const
{
    switch (script) {
    case QChar::Script_Cyrillic: {
        // і ї є ґ are Ukrainian letters; Ukrainian BGN spells и as "y" and г as "h".
        static const QString ukrainian = QStringLiteral("іїєґІЇЄҐ");
        const bool isUkrainian = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return ukrainian.contains(c); });
        return runTranslit(isUkrainian ? *m_icu->ukrainian : *m_icu->russian, text);
    }
    case QChar::Script_Khmer:
        return runTranslit(*m_icu->any, runTranslit(*m_icu->khmer, text));
    default:
        return runTranslit(*m_icu->any, text);
    }
}

// Look-alike letters are only replaced where they hide in Latin text ("НUAWEI"); a name
// written wholly in Cyrillic is a real Cyrillic name and is transliterated instead.
QString NameNormaliser::replaceHomoglyphs(const QString &text, QStringList &changes) const
{
    bool hasLatin = false;
    for (QChar c : text)
        hasLatin = hasLatin || isLatinLetter(c);
    if (!hasLatin)
        return text;
    QString out = text;
    QStringList replaced;
    for (QString::size_type start = 0; start < out.size();) {
        QString::size_type end = start;
        while (end < out.size() && !out.at(end).isSpace())
            ++end;
        bool wordMixed = false, wordAllMappable = true, wordHasLookAlike = false;
        for (auto i = start; i < end; ++i) {
            const QChar c = out.at(i);
            if (isLatinLetter(c))
                wordMixed = true;
            if (isLookAlikeScript(c)) {
                wordHasLookAlike = true;
                wordAllMappable = wordAllMappable && m_data.homoglyphs.contains(c);
            }
        }
        if (wordHasLookAlike && (wordMixed || wordAllMappable)) {
            for (auto i = start; i < end; ++i) {
                const auto it = m_data.homoglyphs.constFind(out.at(i));
                if (it != m_data.homoglyphs.cend()) {
                    replaced << QStringLiteral("%1→%2").arg(out.at(i)).arg(*it);
                    out[i] = *it;
                }
            }
        }
        start = end + 1;
    }
    if (!replaced.isEmpty()) {
        replaced.removeDuplicates();
        changes << Rules::tr("look-alike Cyrillic/Greek letters replaced: %1").arg(replaced.join(QStringLiteral(", ")));
    }
    return out;
}

// Lists write people "PUTIN, Vladimir Vladimirovich"; a comma before a legal form ("Huawei, Ltd.")
// or in a long name is not that.
QString NameNormaliser::reorderSurnameFirst(const QString &text, NormalisedName &out) const
{
    if (text.count(QLatin1Char(',')) != 1)
        return text;
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    const QString head = text.left(comma).simplified(), tail = text.mid(comma + 1).simplified();
    const QStringList headWords = head.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList tailWords = tail.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (headWords.isEmpty() || tailWords.isEmpty() || headWords.size() > 3 || tailWords.size() > 4)
        return text;
    for (const QString &w : tailWords + headWords) {
        const QString l = lettersOnly(w);
        if (l.isEmpty() || m_formsJoined.contains(l) || m_generic.contains(l) || m_org.contains(l))
            return text;
    }
    out.changes << Rules::tr("\"%1, %2\" read as \"%2 %1\" (surname first)").arg(head, tail);
    out.rules << QStringLiteral("reordered");
    return tail + QLatin1Char(' ') + head;
}

// "BoschGmbH", "HuaweiLtd": a capital after a small letter where a glued legal form begins.
QString NameNormaliser::splitGluedForms(const QString &text, NormalisedName &out) const
{
    QString s = text;
    for (qsizetype i = s.size() - 1; i > 1; --i) {
        if (!(s.at(i).isUpper() && s.at(i - 1).isLower()))
            continue;
        qsizetype end = i;
        while (end < s.size() && (s.at(end).isLetter() || s.at(end) == QLatin1Char('.')))
            ++end;
        const QString rest = lettersOnly(s.mid(i, end - i));
        if (end == s.size() || s.at(end).isSpace() || s.at(end) == QLatin1Char(',')) {
            if (m_data.gluedForms.contains(rest)) {
                out.changes << Rules::tr("legal form \"%1\" written onto the name, split off").arg(s.mid(i, end - i));
                out.rules << QStringLiteral("legal_form_glued");
                s.insert(i, QLatin1Char(' '));
            }
        }
    }
    return s;
}

// "G.m.b.H.", "P.T.", "p.l.c." fold to single letters; joined they are the form.
void NameNormaliser::joinDottedForms(QStringList &tokens) const
{
    const auto single = [&](qsizetype i) { return tokens.at(i).size() == 1 && tokens.at(i).at(0).isLetter(); };
    qsizetype start = tokens.size();
    while (start > 0 && single(start - 1))
        --start;
    if (tokens.size() - start >= 2 && start > 0) {
        const QString joined = tokens.mid(start).join(QString());
        if (m_formsJoined.contains(joined)) {
            tokens.resize(start);
            tokens << joined;
        }
    }
    qsizetype end = 0;
    while (end < tokens.size() && single(end))
        ++end;
    if (end >= 2 && end < tokens.size()) {
        // Only forms that stand first: "A. B. Miller" is a person, not the Swedish "AB".
        const QString joined = tokens.mid(0, end).join(QString());
        if (m_startJoined.contains(joined)) {
            tokens.remove(0, end);
            tokens.prepend(joined);
        }
    }
}

void NameNormaliser::recordForm(int index, const QString &asWritten, NormalisedName &out) const
{
    const LegalForm &form = m_data.legalForms.at(index);
    out.legalForms << asWritten;
    out.legalFormCodes << form.form;
    if (form.family != QLatin1String("any") && !out.families.contains(form.family))
        out.families << form.family;
    if (!out.rules.contains(QLatin1String("legal_form")))
        out.rules << QStringLiteral("legal_form");
}

void NameNormaliser::stripLegalForms(QStringList &tokens, NormalisedName &out) const
{
    const auto endsWith = [&](const QStringList &form) {
        if (form.size() >= tokens.size())
            return false; // never remove the whole name
        for (qsizetype i = 0; i < form.size(); ++i)
            if (tokens.at(tokens.size() - form.size() + i) != form.at(i))
                return false;
        return true;
    };
    for (bool again = true; again;) {
        again = false;
        joinDottedForms(tokens); // "trumpf g m b h co k g": "kg", then "gmbh"
        for (const auto &[form, index] : m_endByLast.value(tokens.isEmpty() ? QString() : tokens.last())) {
            if (endsWith(form)) {
                tokens.resize(tokens.size() - form.size());
                recordForm(index, form.join(QLatin1Char(' ')), out);
                again = true;
                break;
            }
        }
        // A form written as one word ("sdnbhd", "coltd") after a glued form was split off.
        if (!again && tokens.size() >= 2 && m_formsJoined.contains(tokens.last())) {
            recordForm(m_formsJoined.value(tokens.last()), tokens.last(), out);
            tokens.removeLast();
            again = true;
            continue;
        }
        // "boschgmbh", "huaweiltd" in one case: a glued form at the end of the last word. Three
        // letters ("ltd", "llc") only after a long enough name, so "zinc" keeps its "c".
        if (!again && tokens.size() >= 1) {
            const QString last = tokens.last();
            for (auto it = m_data.gluedForms.cbegin(); it != m_data.gluedForms.cend(); ++it) {
                const qsizetype rest = last.size() - it.key().size();
                if (it.key().size() >= 3 && rest >= (it.key().size() >= 4 ? 3 : 4) && last.endsWith(it.key())) {
                    tokens.last().chop(it.key().size());
                    recordForm(it.value(), it.key(), out);
                    out.changes << Rules::tr("legal form \"%1\" written onto the name, split off").arg(it.key());
                    out.rules << QStringLiteral("legal_form_glued");
                    again = true;
                    break;
                }
            }
        }
    }
    for (const auto &[form, index] : m_startByFirst.value(tokens.isEmpty() ? QString() : tokens.first())) {
        if (form.size() < tokens.size() && tokens.mid(0, form.size()) == form) {
            tokens.remove(0, form.size());
            recordForm(index, form.join(QLatin1Char(' ')), out);
            break;
        }
    }
}

QList<QPair<QString, QString>> NameNormaliser::sortedFolds(const NameFoldingData &data)
{
    QList<QPair<QString, QString>> folds = data.romanisationFolds;
    std::stable_sort(folds.begin(), folds.end(), [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    return folds;
}

QString NameNormaliser::foldSounds(QStringView token, const QList<QPair<QString, QString>> &folds)
{
    QString out;
    out.reserve(token.size());
    for (qsizetype i = 0; i < token.size();) {
        bool folded = false;
        for (const auto &[from, to] : folds) {
            if (from.at(0) == token.at(i) && token.mid(i).startsWith(from)) {
                out += to;
                i += from.size();
                folded = true;
                break;
            }
        }
        if (!folded)
            out += token.at(i++);
    }
    QString collapsed;
    for (QChar c : std::as_const(out))
        if (collapsed.isEmpty() || collapsed.back() != c)
            collapsed += c;
    return collapsed;
}

QString NameNormaliser::skeletonOf(const QString &sound)
{
    static const QString vowels = QStringLiteral("aeiouyw");
    QString out;
    for (QChar c : sound) {
        if (vowels.contains(c))
            continue;
        if (out.isEmpty() || out.back() != c)
            out += c;
    }
    if (out.size() > 1 && out.endsWith(QLatin1Char('h')))
        out.chop(1);
    return out;
}

NormalisedName NameNormaliser::normalise(const QString &name) const
{
    NormalisedName out;
    out.original = name;
    QString s = name.left(kMaxNameChars).normalized(QString::NormalizationForm_KC);
    if (name.size() > kMaxNameChars) {
        out.changes << Rules::tr("only the first %1 of %2 characters compared").arg(kMaxNameChars).arg(name.size());
        out.rules << QStringLiteral("cut");
    } else if (s != name) {
        out.changes << Rules::tr("compatibility forms folded (NFKC, e.g. fullwidth letters)");
    }
    s = reorderSurnameFirst(s, out);
    s = splitGluedForms(s, out);

    bool ascii = true;
    for (QChar c : std::as_const(s))
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii) {
        for (const auto &[form, index] : m_data.scriptLegalForms) {
            if (s.contains(form)) {
                s.replace(form, QStringLiteral(" "));
                recordForm(index, form, out);
            }
        }
        s = replaceHomoglyphs(s, out.changes);
        QChar::Script script = QChar::Script_Latin;
        bool needs = false;
        for (QChar c : std::as_const(s)) {
            if (c.unicode() >= 0x80 && c.isLetter()) {
                needs = true;
                if (script == QChar::Script_Latin)
                    script = c.script();
            }
            needs = needs || (c.unicode() >= 0x80 && !c.isSpace());
        }
        if (script == QChar::Script_Han) {
            // Transliteration loses which character was meant (华 and 化 are both "hua"): keep them.
            for (QChar c : std::as_const(s))
                if (c.script() == QChar::Script_Han)
                    out.native += c;
            out.native = runTranslit(*m_icu->simplified, out.native);
        }
        out.script = script == QChar::Script_Latin || !needs ? QChar::Script_Latin : script;
        if (script == QChar::Script_Arabic)
            s.remove(QChar(0x0629)); // ta marbuta: a silent or "a"/"ah" ending that lists leave out
        if (needs) {
            const QString before = s;
            s = transliterate(s, script);
            if (s != before && out.fromScript()) {
                out.changes << Rules::tr("transliterated from %1: \"%2\"").arg(scriptName(script), s.simplified());
                out.rules << QStringLiteral("transliterated");
            }
        }
    }

    s = s.toCaseFolded();
    QString folded;
    folded.reserve(s.size() + 8);
    for (QChar c : std::as_const(s)) {
        if (c.category() == QChar::Letter_Modifier)
            continue; // ʿ ʾ ʹ: ayn, hamza, soft sign marks of transliterations
        if (c.isLetterOrNumber())
            folded += c;
        else if (c == QLatin1Char('&') || c == QLatin1Char('+'))
            folded += QStringLiteral(" and ");
        else if (c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02B9) || c == QChar(0x02BC) || c == QChar(0x00B7))
            continue; // "Moore's" = "Moores"; BGN's soft sign and separator dot
        else
            folded += QLatin1Char(' ');
    }
    QStringList tokens = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    tokens.removeIf([this](const QString &t) { return m_stop.contains(t); });
    if (tokens.size() > kMaxTokens) {
        tokens.resize(kMaxTokens);
        out.changes << Rules::tr("only the first %1 words compared").arg(kMaxTokens);
        if (!out.rules.contains(QLatin1String("cut")))
            out.rules << QStringLiteral("cut");
    }
    for (QString &t : tokens) {
        if (t.size() > kMaxTokenChars) {
            t.truncate(kMaxTokenChars);
            if (!out.rules.contains(QLatin1String("cut"))) {
                out.changes << Rules::tr("words longer than %1 letters cut").arg(kMaxTokenChars);
                out.rules << QStringLiteral("cut");
            }
        }
    }
    joinDottedForms(tokens);
    stripLegalForms(tokens, out);
    // Two- and three-word keys first ("ke ji" -> "technology"), then single words.
    for (qsizetype n = 3; n >= 2; --n) {
        for (qsizetype i = 0; i + n <= tokens.size(); ++i) {
            const QString key = tokens.mid(i, n).join(QLatin1Char(' '));
            if (const auto ab = m_data.abbreviations.constFind(key); ab != m_data.abbreviations.cend()) {
                out.changes << Rules::tr("\"%1\" read as \"%2\"").arg(key, *ab);
                if (!out.rules.contains(QLatin1String("abbreviation")))
                    out.rules << QStringLiteral("abbreviation");
                tokens[i] = *ab;
                tokens.remove(i + 1, n - 1);
            }
        }
    }
    for (QString &t : tokens) {
        if (const auto it = m_data.numbers.constFind(t); it != m_data.numbers.cend()) {
            out.changes << Rules::tr("number \"%1\" read as %2").arg(t, *it);
            if (!out.rules.contains(QLatin1String("number")))
                out.rules << QStringLiteral("number");
            t = *it;
        } else if (const auto ab = m_data.abbreviations.constFind(t); ab != m_data.abbreviations.cend()) {
            out.changes << Rules::tr("\"%1\" read as \"%2\"").arg(t, *ab);
            if (!out.rules.contains(QLatin1String("abbreviation")))
                out.rules << QStringLiteral("abbreviation");
            t = *ab;
        }
    }
    // "thirty eighth" -> "30 8" -> "38"
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        bool tensOk = false, unitsOk = false;
        const int tens = tokens.at(i).toInt(&tensOk), units = tokens.at(i + 1).toInt(&unitsOk);
        if (tensOk && unitsOk && tens >= 20 && tens <= 90 && tens % 10 == 0 && units >= 1 && units <= 9
            && out.rules.contains(QLatin1String("number"))) {
            tokens[i] = QString::number(tens + units);
            tokens.removeAt(i + 1);
        }
    }
    tokens = tokens.join(QLatin1Char(' ')).split(QLatin1Char(' '), Qt::SkipEmptyParts); // "hk" -> "hong kong"
    out.tokens = tokens;
    out.kinds.reserve(tokens.size());
    bool anyWeak = false, allAlpha = true;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens.at(i);
        // Two-word org words ("ji tuan") count on both halves.
        const bool pairOrg = (i + 1 < tokens.size() && m_org.contains(t + QLatin1Char(' ') + tokens.at(i + 1)))
                             || (i > 0 && m_org.contains(tokens.at(i - 1) + QLatin1Char(' ') + t));
        const bool pairGeneric = (i + 1 < tokens.size() && m_generic.contains(t + QLatin1Char(' ') + tokens.at(i + 1)))
                                 || (i > 0 && m_generic.contains(tokens.at(i - 1) + QLatin1Char(' ') + t));
        if (m_org.contains(t) || pairOrg)
            out.kinds << TokenWeight::Organisation;
        else if (m_generic.contains(t) || pairGeneric)
            out.kinds << TokenWeight::Generic;
        else
            out.kinds << TokenWeight::Normal;
        anyWeak = anyWeak || out.kinds.last() != TokenWeight::Normal;
        for (QChar c : t)
            allAlpha = allAlpha && c.isLetter();
        bool light = m_particles.contains(t);
        for (const QString &suffix : m_data.patronymicSuffixes)
            light = light || (t.size() > suffix.size() + 2 && t.endsWith(suffix));
        out.lightWords << light;
        out.sounds << soundKey(t);
    }
    out.personLike = out.legalForms.isEmpty() && !anyWeak && allAlpha && tokens.size() >= 2 && tokens.size() <= 5;
    out.joined = tokens.join(QString());
    out.soundJoined = out.sounds.join(QString());
    out.skeleton = skeletonOf(out.joined);
    return out;
}

} // namespace chiptrail
