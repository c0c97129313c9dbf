// SPDX-License-Identifier: GPL-3.0-or-later
#include "notepairs.h"

#include <QHash>
#include <QSet>

namespace chiptrail::gui {
namespace {

QList<NotePair> pairUp(const QList<const Note *> &shown, const CaseData &data)
{
    QHash<qint64, const Note *> notes;
    QHash<qint64, const Source *> sources;
    for (const auto &n : data.notes)
        notes.insert(n.id.value, &n);
    for (const auto &s : data.sources)
        sources.insert(s.id.value, &s);
    const auto sideOf = [&](const Note *n) -> std::optional<NoteSide> {
        const Source *s = sources.value(n->source.value);
        return s ? std::optional<NoteSide>(NoteSide{*n, *s}) : std::nullopt;
    };
    const auto partnerOf = [&](const Note *n) -> const Note * {
        if (n->translationOf)
            return notes.value(n->translationOf->value);
        for (const auto &other : data.notes)
            if (other.translationOf == n->id)
                return &other;
        return nullptr;
    };

    QList<NotePair> pairs;
    QSet<qint64> placed;
    for (const Note *note : shown) {
        if (placed.contains(note->id.value))
            continue;
        const auto side = sideOf(note);
        if (!side)
            continue;
        placed.insert(note->id.value);
        NotePair pair;
        (isGerman(side->source) ? pair.german : pair.other) = side;
        if (const Note *partner = partnerOf(note); partner && !placed.contains(partner->id.value)) {
            const auto partnerSide = sideOf(partner);
            auto &slot = partnerSide && isGerman(partnerSide->source) ? pair.german : pair.other;
            if (partnerSide && !slot) { // two notes in one language are two rows, not a pair
                slot = partnerSide;
                placed.insert(partner->id.value);
            }
        }
        pairs.append(pair);
    }
    return pairs;
}

} // namespace

bool isGerman(const Source &source) { return source.language.startsWith(QLatin1String("de")); }

QList<NotePair> notePairsFor(const ClaimRef &claim, const CaseData &data)
{
    QList<const Note *> shown;
    for (const auto &note : data.notes)
        for (const auto &c : note.claims)
            if (c.subject == claim.subject && c.subjectId == claim.subjectId
                && (claim.attribute.isEmpty() || c.attribute == claim.attribute)) {
                shown.append(&note);
                break;
            }
    return pairUp(shown, data);
}

QList<NotePair> notePairsQuoting(SourceId source, const CaseData &data)
{
    QList<const Note *> shown;
    for (const auto &note : data.notes)
        if (note.source == source)
            shown.append(&note);
    return pairUp(shown, data);
}

} // namespace chiptrail::gui
