// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rulebook.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

namespace chiptrail {

enum class TokenWeight { Normal, Generic, Organisation };

struct NormalisedName
{
    QString original;
    QStringList tokens;       // folded ASCII words, legal forms removed
    QList<TokenWeight> kinds; // one per token
    QString joined;           // tokens without spaces, to catch "Hua Wei" = "Huawei"
    QStringList legalForms;   // removed legal forms, as folded text ("co ltd")
    QStringList changes;      // what folding did, for the user ("Cyrillic look-alikes replaced: Н→H")
};

// Folds a party or list name for screening: NFKC, look-alike letters, ICU transliteration of
// other scripts ("Any-Latin; Latin-ASCII"), case and punctuation, legal forms. Not thread-safe
// (ICU transliterators are not): use one per thread.
class NameNormaliser
{
public:
    explicit NameNormaliser(const NameFoldingData &data);
    ~NameNormaliser();
    NameNormaliser(const NameNormaliser &) = delete;
    NameNormaliser &operator=(const NameNormaliser &) = delete;

    NormalisedName normalise(const QString &name) const;
    double weight(TokenWeight kind) const;

private:
    QString transliterate(const QString &text) const;
    QString replaceHomoglyphs(const QString &text, QStringList &changes) const;
    void stripLegalForms(QStringList &tokens, QStringList &removed) const;

    const NameFoldingData &m_data;
    QSet<QString> m_generic, m_org, m_stop;
    struct Icu; // keeps ICU headers out of the rest of the program
    std::unique_ptr<Icu> m_icu;
};

} // namespace chiptrail
