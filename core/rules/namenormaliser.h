// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rulebook.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

namespace chiptrail {

enum class TokenWeight { Normal, Generic, Organisation };

// Bounds that keep a hostile or broken name (a 160 KB "name" pasted from a PDF) from costing
// more than a real one: real names on the lists are well under these.
inline constexpr qsizetype kMaxNameChars = 300;
inline constexpr qsizetype kMaxTokenChars = 40;
inline constexpr qsizetype kMaxTokens = 24;

struct NormalisedName
{
    QString original;
    QStringList tokens;       // folded ASCII words, legal forms removed, numbers as digits
    QList<TokenWeight> kinds; // one per token
    QList<bool> lightWords;   // one per token: a patronymic or a particle ("bin", "van")
    QString joined;           // tokens without spaces, to catch "Hua Wei" = "Huawei"
    QStringList sounds;       // one per token: the word with romanisation variants folded ("hsiao" -> "siao")
    QString soundJoined;      // sounds without spaces
    QString skeleton;         // joined without vowels, for scripts that do not write them
    QStringList legalForms;   // legal forms as written in the name, folded ("aktiengesellschaft")
    QStringList legalFormCodes; // the same as short forms ("ag")
    QStringList families;     // their families, "any" left out (see legal_forms.json)
    QChar::Script script = QChar::Script_Latin; // script the name was written in
    QString native;           // its Han letters (simplified), legal forms removed; empty for other scripts
    bool personLike = false;  // 2-5 plain words, no legal form, no generic word: initials and middle names count
    QStringList changes;      // what folding did, for the user ("Cyrillic look-alikes replaced: Н→H")
    QStringList rules;        // stable words of the folding rules that applied (docs/rules.md)

    bool fromScript() const { return script != QChar::Script_Latin; }
    // Scripts whose romanisation loses vowels or spells them many ways (abjads, abugidas, Hangul).
    bool vowelsUncertain() const;
};

// Folds a party or list name for screening: NFKC, "Surname, Given" order, look-alike letters,
// ICU transliteration of other scripts, case and punctuation, legal forms (legal_forms.json),
// numbers and abbreviations. Not thread-safe (ICU transliterators are not): use one per thread.
class NameNormaliser
{
public:
    explicit NameNormaliser(const NameFoldingData &data);
    ~NameNormaliser();
    NameNormaliser(const NameNormaliser &) = delete;
    NameNormaliser &operator=(const NameNormaliser &) = delete;

    NormalisedName normalise(const QString &name) const;
    QString soundKey(const QString &token) const { return foldSounds(token, m_folds); }
    // Folds, longest `from` first, then doubled letters: "hsiao" -> "siao", "yevgeniy" -> "ievgeni".
    static QString foldSounds(QStringView token, const QList<QPair<QString, QString>> &sortedFolds);
    static QList<QPair<QString, QString>> sortedFolds(const NameFoldingData &data);
    // The consonants of a word, doubled letters once, without a final "h" (Arabic ة): "hassan" -> "hsn".
    static QString skeletonOf(const QString &sound);

private:
    QString transliterate(const QString &text, QChar::Script script) const;
    QString replaceHomoglyphs(const QString &text, QStringList &changes) const;
    QString reorderSurnameFirst(const QString &text, NormalisedName &out) const;
    QString splitGluedForms(const QString &text, NormalisedName &out) const;
    void joinDottedForms(QStringList &tokens) const;
    void stripLegalForms(QStringList &tokens, NormalisedName &out) const;
    void recordForm(int index, const QString &asWritten, NormalisedName &out) const;

    const NameFoldingData &m_data;
    QSet<QString> m_generic, m_org, m_stop, m_particles;
    QHash<QString, int> m_formsJoined; // every spelling without spaces -> form, for "g m b h"
    QSet<QString> m_startJoined;       // the same for forms that stand before the name
    // Legal forms by their last (end forms) or first (start forms) word, so a name is compared
    // only with the forms that can end or begin it.
    QHash<QString, QList<QPair<QStringList, int>>> m_endByLast, m_startByFirst;
    QList<QPair<QString, QString>> m_folds; // longest first
    struct Icu; // keeps ICU headers out of the rest of the program
    std::unique_ptr<Icu> m_icu;
};

} // namespace chiptrail
