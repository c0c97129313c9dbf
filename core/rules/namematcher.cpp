// SPDX-License-Identifier: GPL-3.0-or-later
#include "namematcher.h"

#include "rulestr.h"
#include "similarity.h"

#include <algorithm>
#include <array>

namespace chiptrail {
namespace {

// The scores a rule gives one word pair. A match counts from 0.95 (rulesets.json, match_score):
// a one-word name that differs only by a rule below that is "possible", never a match.
constexpr double kInitial = 0.95;         // "j" for "john", in a person's name
constexpr double kSoundScript = 0.96;     // romanisation variant after transliteration
constexpr double kSoundLatin = 0.955;     // romanisation variant between two Latin spellings (Wade-Giles, pinyin)
constexpr double kVowels = 0.96;          // same consonants, from a script that does not write vowels
constexpr double kTypo = 0.96;            // one letter missing, extra or swapped, or wrong in a long word
constexpr double kShortSubstitution = 0.93; // one letter wrong in a word of five or less: "Biden", "Biren"
constexpr double kTypoFirstLetter = 0.90; // the same at the first letter, which people rarely mistype
constexpr double kTwoTypos = 0.92;        // two edits in a word of 8 letters or more
constexpr double kPrefix = 0.60;          // a word that begins another: "Sino" and "Sinopec" are not one
constexpr double kSpellingCap = 0.94;     // Jaro-Winkler alone never makes a match
// What a word of one name that the other lacks costs, against 1 for a distinctive word.
constexpr double kMissingPlaceAfter = 0.15; // "Inspur Taiwan" is a subsidiary of "Inspur"
constexpr double kMissingGeneric = 0.03, kMissingOrg = 0.02, kMissingLight = 0.08, kMissingInitial = 0.05;
// A weak word that replaces another ("Science and Technology" against "Science and Industry") is
// not an addition: it costs its full weight.
constexpr double kInitialWeight = 0.5;
constexpr double kOrderPenalty = 0.08;    // "Wang Jian" and "Jian Wang" are two people
constexpr double kFormPenalty = 0.08;     // "Siemens AG" and "Siemens GmbH" are two companies

enum class Rule { None, Initial, Sound, Vowels, Typo, Prefix, Spelling };

// Trivial on purpose: run() keeps a kMaxTokens x kMaxTokens table of them on the stack and sets only
// the cells it uses; default member initialisers made every call clear all 9 KB of it, which was
// a third of the time of matching the names of a big table import (callgrind, bench_tableimport).
struct Pair
{
    double sim;
    Rule rule;
};

} // namespace

int editDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype la = a.size(), lb = b.size();
    if (std::abs(la - lb) > limit)
        return limit + 1;
    if (la > 64 || lb > 64)
        return a == b ? 0 : limit + 1;
    // Three rolling rows (Damerau needs the row before last); names are short, so no allocation.
    std::array<int, 66> rows[3];
    int *prev2 = rows[0].data(), *prev = rows[1].data(), *cur = rows[2].data();
    for (qsizetype j = 0; j <= lb; ++j)
        prev[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= la; ++i) {
        cur[0] = static_cast<int>(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= lb; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[lb], limit + 1);
}

NameMatcher::NameMatcher(const NameFoldingData &data) : m_data(data), m_folds(NameNormaliser::sortedFolds(data))
{
    for (const QString &w : data.genericWords)
        m_generic.insert(w);
    for (const QString &w : data.orgWords)
        m_org.insert(w);
    for (const QString &w : data.placeWords)
        m_places.insert(w);
}

// Words one name writes apart and the other together: Han syllables ("hua wei" / "Huawei"),
// Wade-Giles syllables ("Tse-tung" / "Zedong"), "Abd Allah" / "Abdullah". Runs of two to four
// words of `a` that spell, or sound like, one word of `b` become that one word.
std::optional<NameMatcher::WordRun> NameMatcher::findRun(const NormalisedName &a, const NormalisedName &b) const
{
    const bool vowels = a.vowelsUncertain() || b.vowelsUncertain();
    for (qsizetype j = 0; j < b.tokens.size(); ++j) {
        const QString &target = b.tokens.at(j);
        if (target.size() < 4 || a.tokens.contains(target))
            continue;
        const QString &targetSound = b.sounds.at(j);
        const QString targetSkeleton = vowels ? NameNormaliser::skeletonOf(target) : QString();
        for (qsizetype i = 0; i + 1 < a.tokens.size(); ++i) {
            // Cheap test first: a run that could spell the word starts with its sound.
            if (a.sounds.at(i).isEmpty() || targetSound.isEmpty() || a.sounds.at(i).at(0) != targetSound.at(0))
                if (!vowels || a.tokens.at(i).at(0) != target.at(0))
                    continue;
            QString run = a.tokens.at(i), runSound = a.sounds.at(i);
            for (qsizetype end = i + 1; end < a.tokens.size() && end - i < 4 && run.size() < target.size() + 3; ++end) {
                run += a.tokens.at(end);
                runSound += a.sounds.at(end);
                if (std::abs(run.size() - target.size()) > 3)
                    continue;
                // The words' own sound keys joined: no folding (and no allocation) per try.
                if (run == target || runSound == targetSound
                    || (vowels && targetSkeleton.size() >= 2 && NameNormaliser::skeletonOf(run) == targetSkeleton))
                    return WordRun{i, end + 1 - i};
            }
        }
    }
    return std::nullopt;
}

void NameMatcher::mergeRun(NormalisedName &a, WordRun r) const
{
    const QString word = a.tokens.mid(r.first, r.count).join(QString());
    a.tokens[r.first] = word;
    a.sounds[r.first] = NameNormaliser::foldSounds(word, m_folds);
    a.kinds[r.first] = m_org.contains(word) ? TokenWeight::Organisation
                       : m_generic.contains(word) ? TokenWeight::Generic : TokenWeight::Normal;
    a.lightWords[r.first] = false;
    a.tokens.remove(r.first + 1, r.count - 1);
    a.sounds.remove(r.first + 1, r.count - 1);
    a.kinds.remove(r.first + 1, r.count - 1);
    a.lightWords.remove(r.first + 1, r.count - 1);
}

double NameMatcher::score(const NormalisedName &query, const NormalisedName &listed) const
{
    return run(query, listed, nullptr);
}

NameMatch NameMatcher::explain(const NormalisedName &query, const NormalisedName &listed) const
{
    NameMatch m;
    m.score = run(query, listed, &m);
    return m;
}

double NameMatcher::run(const NormalisedName &q, const NormalisedName &c, NameMatch *out) const
{
    if (q.tokens.isEmpty() || c.tokens.isEmpty())
        return 0;
    // Look before copying: copying the names for every candidate of unequal length costs more
    // than scoring it.
    const bool qLonger = q.tokens.size() > c.tokens.size();
    if (q.tokens.size() != c.tokens.size() && q.joined != c.joined && findRun(qLonger ? q : c, qLonger ? c : q)) {
        NormalisedName mq = q, mc = c;
        NormalisedName &longer = qLonger ? mq : mc;
        const NormalisedName &shorter = qLonger ? c : q;
        while (const std::optional<WordRun> r = findRun(longer, shorter))
            mergeRun(longer, *r);
        const double merged = run(mq, mc, out);
        if (out) {
            if (!out->rules.contains(QLatin1String("spacing")))
                out->rules << QStringLiteral("spacing");
            out->reasons.prepend(Rules::tr("words written apart in one name are one word in the other (\"%1\" / \"%2\")")
                                     .arg(mq.tokens.join(QLatin1Char(' ')), mc.tokens.join(QLatin1Char(' '))));
        }
        return merged;
    }
    const auto addRule = [&](const char *word) {
        if (out && !out->rules.contains(QLatin1String(word)))
            out->rules << QString::fromLatin1(word);
    };
    const qsizetype nq = std::min<qsizetype>(q.tokens.size(), kMaxTokens);
    const qsizetype nc = std::min<qsizetype>(c.tokens.size(), kMaxTokens);
    const bool scriptSide = q.fromScript() || c.fromScript();
    const bool vowelSide = q.vowelsUncertain() || c.vowelsUncertain();
    const bool persons = q.personLike && c.personLike;
    // A name of weak words only ("Digital Technology Group") is told apart by those words.
    bool qNormal = false, cNormal = false;
    for (qsizetype i = 0; i < nq; ++i)
        qNormal = qNormal || q.kinds.at(i) == TokenWeight::Normal;
    for (qsizetype j = 0; j < nc; ++j)
        cNormal = cNormal || c.kinds.at(j) == TokenWeight::Normal;
    const bool promote = !qNormal || !cNormal;
    const auto kindOf = [&](TokenWeight k) { return promote && k == TokenWeight::Generic ? TokenWeight::Normal : k; };
    const auto weightOf = [&](TokenWeight k) {
        k = kindOf(k);
        return k == TokenWeight::Normal ? 1.0 : k == TokenWeight::Generic ? m_data.genericWeight : m_data.orgWeight;
    };

    // Similarity of every word pair, by the first rule that holds.
    Pair sim[kMaxTokens][kMaxTokens]; // only [0, nq) x [0, nc) is used, and each of those set below
    for (qsizetype i = 0; i < nq; ++i) {
        const QString &a = q.tokens.at(i);
        for (qsizetype j = 0; j < nc; ++j) {
            const QString &b = c.tokens.at(j);
            Pair &p = sim[i][j];
            p = {0.0, Rule::None};
            if (a == b) {
                p = {1.0, Rule::None};
                continue;
            }
            const qsizetype shortLen = std::min(a.size(), b.size());
            // Every rule that holds gives a score; the best one counts.
            const auto consider = [&p](double score, Rule rule) {
                if (score > p.sim)
                    p = {score, rule};
            };
            if (persons && shortLen == 1 && a.at(0) == b.at(0))
                consider(kInitial, Rule::Initial);
            if (shortLen >= 2 && q.sounds.at(i) == c.sounds.at(j))
                consider(scriptSide ? kSoundScript : kSoundLatin, Rule::Sound);
            if (vowelSide && shortLen >= 2) {
                const QString sa = NameNormaliser::skeletonOf(a), sb = NameNormaliser::skeletonOf(b);
                if (sa == sb && (sa.size() >= 2 || std::max(a.size(), b.size()) <= 3))
                    consider(kVowels, Rule::Vowels);
            }
            if (shortLen >= 4 && editDistance(a, b, 1) <= 1) {
                const bool substitution = a.size() == b.size() && [&] {
                    qsizetype diff = 0;
                    for (qsizetype k = 0; k < a.size(); ++k)
                        diff += a.at(k) != b.at(k) ? 1 : 0;
                    return diff == 1;
                }();
                consider(a.at(0) != b.at(0) ? kTypoFirstLetter
                         : substitution && shortLen <= 5 ? kShortSubstitution : kTypo,
                         Rule::Typo);
            } else if (shortLen >= 8 && editDistance(a, b, 2) <= 2) {
                consider(kTwoTypos, Rule::Typo);
            }
            if (p.sim == 0 && shortLen >= 3 && (a.startsWith(b) || b.startsWith(a)))
                consider(kPrefix, Rule::Prefix);
            if (p.sim == 0 && shortLen >= 3) {
                const double jw = tokenSimilarity(a, b);
                if (jw > 0)
                    consider(std::min(jw, kSpellingCap), Rule::Spelling);
            }
        }
    }
    // One-to-one pairing, best pairs first.
    std::array<int, kMaxTokens> pairOf{}, pairedBy{};
    pairOf.fill(-1);
    pairedBy.fill(-1);
    for (;;) {
        double best = 0;
        qsizetype bi = -1, bj = -1;
        for (qsizetype i = 0; i < nq; ++i) {
            if (pairOf[i] >= 0)
                continue;
            for (qsizetype j = 0; j < nc; ++j) {
                if (pairedBy[j] < 0 && sim[i][j].sim > best) {
                    best = sim[i][j].sim;
                    bi = i;
                    bj = j;
                }
            }
        }
        if (bi < 0)
            break;
        pairOf[bi] = static_cast<int>(bj);
        pairedBy[bj] = static_cast<int>(bi);
    }

    // Words between two paired words of a person's name are middle names.
    const auto between = [](const std::array<int, kMaxTokens> &paired, qsizetype n, qsizetype k) {
        bool before = false, after = false;
        for (qsizetype x = 0; x < n; ++x) {
            if (paired[x] >= 0) {
                before = before || x < k;
                after = after || x > k;
            }
        }
        return before && after;
    };
    // Weak words left over on both sides replace each other: they count in full.
    bool qWeakLeft = false, cWeakLeft = false;
    for (qsizetype i = 0; i < nq; ++i)
        qWeakLeft = qWeakLeft || (pairOf[i] < 0 && kindOf(q.kinds.at(i)) != TokenWeight::Normal);
    for (qsizetype j = 0; j < nc; ++j)
        cWeakLeft = cWeakLeft || (pairedBy[j] < 0 && kindOf(c.kinds.at(j)) != TokenWeight::Normal);
    const bool weakReplaced = qWeakLeft && cWeakLeft;
    // The same for a person's names: "Karl M. Weber" is not "Karl Heinz Weber".
    bool qNameLeft = false, cNameLeft = false;
    for (qsizetype i = 0; i < nq; ++i)
        qNameLeft = qNameLeft || (pairOf[i] < 0 && q.kinds.at(i) == TokenWeight::Normal && !q.lightWords.at(i));
    for (qsizetype j = 0; j < nc; ++j)
        cNameLeft = cNameLeft || (pairedBy[j] < 0 && c.kinds.at(j) == TokenWeight::Normal && !c.lightWords.at(j));
    const bool nameReplaced = qNameLeft && cNameLeft;
    double num = 0, den = 0;
    const auto missing = [&](const NormalisedName &n, qsizetype k, const std::array<int, kMaxTokens> &paired,
                             qsizetype count, bool query) {
        const TokenWeight kind = kindOf(n.kinds.at(k));
        double cost = 1.0;
        if (kind == TokenWeight::Generic && !weakReplaced && k == n.tokens.size() - 1 && k > 0 && m_places.contains(n.tokens.at(k))) {
            cost = kMissingPlaceAfter;
            addRule("place_after_name");
        } else if (kind == TokenWeight::Generic) {
            cost = weakReplaced ? m_data.genericWeight : kMissingGeneric;
            addRule(weakReplaced ? "generic_word_differs" : "generic_word");
        } else if (kind == TokenWeight::Organisation) {
            cost = weakReplaced ? m_data.orgWeight : kMissingOrg;
            addRule("generic_word");
        } else if (persons && (n.lightWords.at(k) || (!nameReplaced && between(paired, count, k)))) {
            cost = n.tokens.at(k).size() == 1 ? kMissingInitial : kMissingLight;
            addRule("middle_name");
        } else if (n.kinds.at(k) == TokenWeight::Normal || !promote) {
            addRule("word_missing");
        }
        den += cost;
        if (out) {
            const bool weak = n.kinds.at(k) != TokenWeight::Normal;
            const QString &t = n.tokens.at(k);
            if (cost == kMissingLight || cost == kMissingInitial)
                out->reasons << Rules::tr("extra middle name or patronymic \"%1\" (counts little)").arg(t);
            else if (cost == kMissingPlaceAfter)
                out->reasons << Rules::tr("place \"%1\" after the name: it often names a branch or subsidiary").arg(t);
            else if (query)
                out->reasons << Rules::tr("\"%1\" is not in the listed name%2").arg(t, weak ? Rules::tr(" (weak word)") : QString());
            else
                out->reasons << Rules::tr("\"%1\" is only in the listed name%2").arg(t, weak ? Rules::tr(" (weak word)") : QString());
        }
    };
    for (qsizetype i = 0; i < nq; ++i) {
        if (pairOf[i] < 0) {
            missing(q, i, pairOf, nq, true);
            continue;
        }
        const qsizetype j = pairOf[i];
        const Pair &p = sim[i][j];
        double wq = weightOf(q.kinds.at(i)), wc = weightOf(c.kinds.at(j));
        if (p.rule == Rule::Initial)
            (q.tokens.at(i).size() == 1 ? wq : wc) = kInitialWeight;
        num += p.sim * (wq + wc);
        den += wq + wc;
        if (!out || p.rule == Rule::None)
            continue;
        const QString &a = q.tokens.at(i), &b = c.tokens.at(j);
        switch (p.rule) {
        case Rule::Initial:
            addRule("initial");
            out->reasons << Rules::tr("initial \"%1\" stands for \"%2\"").arg(a.size() == 1 ? a : b, a.size() == 1 ? b : a);
            break;
        case Rule::Sound:
            addRule("romanisation");
            out->reasons << Rules::tr("\"%1\" and \"%2\" are romanisations of the same sounds").arg(a, b);
            break;
        case Rule::Vowels:
            addRule("vowels_unwritten");
            out->reasons << Rules::tr("\"%1\" and \"%2\" have the same consonants (the script does not write vowels)").arg(a, b);
            break;
        case Rule::Typo:
            addRule("typo");
            out->reasons << Rules::tr("\"%1\" ≈ \"%2\" (one typing error)").arg(a, b);
            break;
        case Rule::Prefix:
            addRule("word_begins_other");
            out->reasons << Rules::tr("\"%1\" only begins \"%2\"").arg(a.size() < b.size() ? a : b, a.size() < b.size() ? b : a);
            break;
        case Rule::Spelling:
            addRule("similar_spelling");
            out->reasons << Rules::tr("\"%1\" ≈ \"%2\" (similarity %3)").arg(a, b, QString::number(p.sim, 'f', 2));
            break;
        case Rule::None:
            break;
        }
    }
    for (qsizetype j = 0; j < nc; ++j)
        if (pairedBy[j] < 0)
            missing(c, j, pairedBy, nc, false);
    double result = den > 0 ? num / den : 0;

    // Whole-name rules: the same letters with other spacing, the same sounds, the same consonants.
    if (q.joined == c.joined) {
        if (out && q.tokens != c.tokens) {
            addRule("spacing");
            out->reasons << Rules::tr("same letters, spacing differs");
        }
        result = 1.0;
    } else if (q.soundJoined == c.soundJoined && result < (scriptSide ? kSoundScript : kSoundLatin)) {
        result = scriptSide ? kSoundScript : kSoundLatin;
        if (out) {
            addRule("romanisation");
            out->reasons << Rules::tr("\"%1\" and \"%2\" are romanisations of the same sounds").arg(q.joined, c.joined);
        }
    } else if (vowelSide && q.skeleton == c.skeleton && q.skeleton.size() >= 3 && result < kVowels) {
        result = kVowels;
        if (out) {
            addRule("vowels_unwritten");
            out->reasons << Rules::tr("\"%1\" and \"%2\" have the same consonants (the script does not write vowels)").arg(q.joined, c.joined);
        }
    }
    if (out && result == 1.0 && q.tokens == c.tokens) {
        addRule("same_words");
        out->reasons.prepend(Rules::tr("same words after folding"));
    }

    // Word order: distinctive words paired out of order name other people ("bin" swapped).
    int lastJ = -1, inversions = 0, orderedPairs = 0;
    for (qsizetype i = 0; i < nq; ++i) {
        if (pairOf[i] < 0 || kindOf(q.kinds.at(i)) != TokenWeight::Normal || q.lightWords.at(i))
            continue;
        ++orderedPairs;
        if (pairOf[i] < lastJ)
            ++inversions;
        lastJ = pairOf[i];
    }
    if (inversions > 0 && orderedPairs >= 2 && q.joined != c.joined) {
        result -= kOrderPenalty;
        addRule("word_order");
        if (out)
            out->reasons << Rules::tr("word order differs (\"%1\" against \"%2\"): read as another person or company")
                                .arg(q.tokens.join(QLatin1Char(' ')), c.tokens.join(QLatin1Char(' ')));
    }

    // Han written on both sides: the characters decide, not their reading (华为 is not 化为).
    if (q.script == QChar::Script_Han && c.script == QChar::Script_Han && !q.native.isEmpty() && !c.native.isEmpty()
        && q.native != c.native) {
        const double native = jaroWinkler(q.native, c.native);
        if (native < result) {
            result = native;
            addRule("same_script_differs");
            if (out)
                out->reasons << Rules::tr("both written in Han, with other characters (\"%1\" against \"%2\") that read alike")
                                    .arg(q.native, c.native);
        }
    }

    // Legal forms: folded when they agree, a penalty when they name different kinds of company.
    if (out) {
        const auto describe = [&](const NormalisedName &n, qsizetype k, bool query) {
            out->reasons << (query ? Rules::tr("legal form \"%1\" ignored in the screened name")
                                   : Rules::tr("legal form \"%1\" ignored in the listed name"))
                                .arg(n.legalForms.at(k));
            if (n.legalForms.at(k) != n.legalFormCodes.at(k))
                out->reasons << Rules::tr("\"%1\" is the legal form \"%2\"").arg(n.legalForms.at(k), n.legalFormCodes.at(k));
        };
        for (qsizetype k = 0; k < q.legalForms.size(); ++k)
            describe(q, k, true);
        for (qsizetype k = 0; k < c.legalForms.size(); ++k)
            describe(c, k, false);
        if (!q.legalForms.isEmpty() || !c.legalForms.isEmpty())
            addRule("legal_form");
    }
    if (!q.families.isEmpty() && !c.families.isEmpty()
        && std::none_of(q.families.cbegin(), q.families.cend(), [&](const QString &f) { return c.families.contains(f); })) {
        result -= kFormPenalty;
        addRule("legal_form_differs");
        if (out)
            out->reasons << Rules::tr("legal forms name different kinds of company (%1 against %2)")
                                .arg(q.legalFormCodes.join(QLatin1Char(' ')), c.legalFormCodes.join(QLatin1Char(' ')));
    }
    if (out) {
        for (const QString &r : q.rules)
            if (r != QLatin1String("legal_form") || !out->rules.contains(r))
                addRule(qPrintable(r));
        for (const QString &r : c.rules)
            addRule(qPrintable(r));
        for (const QString &change : q.changes)
            out->reasons << Rules::tr("screened name: %1").arg(change);
        for (const QString &change : c.changes)
            out->reasons << Rules::tr("listed name: %1").arg(change);
    }
    return std::clamp(result, 0.0, 1.0);
}

} // namespace chiptrail
