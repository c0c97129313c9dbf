// SPDX-License-Identifier: GPL-3.0-or-later
#include "partyduplicates.h"

#include "namematcher.h"
#include "namenormaliser.h"
#include "rulebook.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <memory>

namespace chiptrail {

namespace {

QList<PossibleDuplicate> sorted(QList<PossibleDuplicate> pairs)
{
    std::sort(pairs.begin(), pairs.end(), [](const auto &l, const auto &r) {
        return l.score != r.score ? l.score > r.score
                                  : std::pair(l.first.value, l.second.value) < std::pair(r.first.value, r.second.value);
    });
    return pairs;
}

} // namespace

NameKey screeningNameKey(const NameFoldingData &folding)
{
    // The key keeps its own copy of the folding data: an undo step may use it long after the
    // rule book it came from was replaced.
    struct Held
    {
        explicit Held(const NameFoldingData &data) : data(data), normaliser(this->data) {}
        NameFoldingData data;
        NameNormaliser normaliser;
    };
    auto held = std::make_shared<Held>(folding);
    return [held](const QString &name) -> QString {
        const NormalisedName folded = held->normaliser.normalise(name);
        // A name of legal forms only ("GmbH") folds to nothing: then its plain spelling counts.
        const QString words = folded.joined.isEmpty() ? name.simplified().toCaseFolded() : folded.joined;
        return QString::number(int(folded.script)) + QLatin1Char(':') + words;
    };
}

QList<PossibleDuplicate> findPossibleDuplicates(const QList<Party> &parties, const NameFoldingData &folding,
                                                double minScore, const std::function<bool()> &cancelled)
{
    const NameNormaliser normaliser(folding);
    const NameMatcher matcher(folding);
    struct Spelling
    {
        int party;
        NormalisedName name;
    };
    QList<Spelling> spellings;
    QHash<QString, QList<int>> byWord; // folded word or joined name -> spellings
    for (int i = 0; i < parties.size(); ++i)
        for (const QString &name : QStringList{parties.at(i).name} + parties.at(i).aliases) {
            Spelling s{i, normaliser.normalise(name)};
            QSet<QString> words{s.name.joined};
            for (int t = 0; t < s.name.tokens.size(); ++t)
                if (s.name.kinds.value(t) == TokenWeight::Normal)
                    words.insert(s.name.tokens.at(t));
            words.remove(QString());
            for (const QString &word : words)
                byWord[word].append(int(spellings.size()));
            spellings.append(std::move(s));
        }

    QHash<QPair<int, int>, PossibleDuplicate> best;
    QSet<QPair<int, int>> compared;
    int steps = 0;
    for (auto it = byWord.cbegin(); it != byWord.cend(); ++it) {
        const QList<int> &group = it.value();
        for (int x = 0; x < group.size(); ++x)
            for (int y = x + 1; y < group.size(); ++y) {
                const Spelling &a = spellings.at(group.at(x)), &b = spellings.at(group.at(y));
                const QPair<int, int> key{std::min(group.at(x), group.at(y)), std::max(group.at(x), group.at(y))};
                if (a.party == b.party || compared.contains(key))
                    continue;
                compared.insert(key);
                if (cancelled && ++steps % 256 == 0 && cancelled())
                    return sorted(best.values());
                const double score = std::max(matcher.score(a.name, b.name), matcher.score(b.name, a.name));
                if (score < minScore)
                    continue;
                const bool aFirst = parties.at(a.party).id.value < parties.at(b.party).id.value;
                const Spelling &first = aFirst ? a : b, &second = aFirst ? b : a;
                const QPair<int, int> pair{first.party, second.party};
                auto found = best.find(pair);
                if (found == best.end() || found->score < score)
                    best.insert(pair, {parties.at(first.party).id, parties.at(second.party).id, first.name.original,
                                       second.name.original, score});
            }
    }
    return sorted(best.values());
}

} // namespace chiptrail
