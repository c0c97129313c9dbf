// SPDX-License-Identifier: GPL-3.0-or-later
#include "namenormaliser.h"

#include "error.h"
#include "rulestr.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace chiptrail {

struct NameNormaliser::Icu
{
    std::unique_ptr<icu::Transliterator> translit;
};

NameNormaliser::NameNormaliser(const NameFoldingData &data) : m_data(data), m_icu(std::make_unique<Icu>())
{
    for (const QString &w : data.genericWords)
        m_generic.insert(w);
    for (const QString &w : data.orgWords)
        m_org.insert(w);
    for (const QString &w : data.stopWords)
        m_stop.insert(w);
    UErrorCode status = U_ZERO_ERROR;
    m_icu->translit.reset(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8("Any-Latin; Latin-ASCII"), UTRANS_FORWARD, status)); // notr
    if (U_FAILURE(status) || !m_icu->translit)
        throw CaseError(Rules::tr("ICU transliterator \"Any-Latin; Latin-ASCII\" is not available (%1)") // notr
                            .arg(QString::fromLatin1(u_errorName(status))));
}

NameNormaliser::~NameNormaliser() = default;

double NameNormaliser::weight(TokenWeight kind) const
{
    switch (kind) {
    case TokenWeight::Generic:
        return m_data.genericWeight;
    case TokenWeight::Organisation:
        return m_data.orgWeight;
    case TokenWeight::Normal:
        break;
    }
    return 1.0;
}

QString NameNormaliser::transliterate(const QString &text) const
{
    icu::UnicodeString u(reinterpret_cast<const UChar *>(text.utf16()), static_cast<int32_t>(text.size()));
    m_icu->translit->transliterate(u);
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
}

namespace {

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
    case QChar::Script_Latin: return Rules::tr("Latin with accents");
    default: return Rules::tr("non-Latin");
    }
}

} // namespace

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

void NameNormaliser::stripLegalForms(QStringList &tokens, QStringList &removed) const
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
        for (const QStringList &form : m_data.legalFormsEnd) {
            if (endsWith(form)) {
                tokens.resize(tokens.size() - form.size());
                removed.prepend(form.join(QLatin1Char(' ')));
                again = true;
                break;
            }
        }
    }
    for (const QStringList &form : m_data.legalFormsStart) {
        if (form.size() < tokens.size() && tokens.mid(0, form.size()) == form) {
            tokens.remove(0, form.size());
            removed.prepend(form.join(QLatin1Char(' ')));
            break;
        }
    }
}

NormalisedName NameNormaliser::normalise(const QString &name) const
{
    NormalisedName out;
    out.original = name;
    QString s = name.normalized(QString::NormalizationForm_KC);
    if (s != name)
        out.changes << Rules::tr("compatibility forms folded (NFKC, e.g. fullwidth letters)");

    bool ascii = true;
    for (QChar c : std::as_const(s))
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii) {
        for (const QString &form : m_data.cjkLegalForms) {
            if (s.contains(form)) {
                s.replace(form, QStringLiteral(" "));
                out.legalForms << form;
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
        if (needs) {
            const QString before = s;
            s = transliterate(s);
            if (s != before)
                out.changes << Rules::tr("transliterated from %1: \"%2\"").arg(scriptName(script), s.simplified());
        }
    }

    s = s.toCaseFolded();
    QString folded;
    folded.reserve(s.size() + 8);
    for (QChar c : std::as_const(s)) {
        if (c.isLetterOrNumber())
            folded += c;
        else if (c == QLatin1Char('&') || c == QLatin1Char('+'))
            folded += QStringLiteral(" and ");
        else if (c == QLatin1Char('\'') || c == QChar(0x2019))
            continue; // "Moore's" = "Moores"
        else
            folded += QLatin1Char(' ');
    }
    QStringList tokens = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    tokens.removeIf([this](const QString &t) { return m_stop.contains(t); });
    stripLegalForms(tokens, out.legalForms);
    out.tokens = tokens;
    out.kinds.reserve(tokens.size());
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
    }
    out.joined = tokens.join(QString());
    return out;
}

} // namespace chiptrail
