// SPDX-License-Identifier: GPL-3.0-or-later
#include "partymergetext.h"

#include "model/displaytext.h"

namespace chiptrail {
namespace {

QString quoted(const QString &text) { return QStringLiteral("“%1”").arg(text); }

QString nameOf(const PartyMerge &merge, PartyId id)
{
    for (const MergedParty &merged : merge.merged)
        if (merged.party.id == id)
            return merged.party.name;
    return merge.keptBefore.name;
}

// A conflicting value as the user reads it: roles and confidences in words of the UI language.
QString valueText(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return PartyMergeText::tr("none");
    if (field == QLatin1String("role"))
        if (const auto role = partyRoleFromWord(value))
            return DisplayText::role(*role);
    if (field == QLatin1String("confidence") || field.startsWith(QLatin1String("attribute_confidence:")))
        if (const auto confidence = confidenceFromWord(value))
            return DisplayText::confidence(*confidence);
    if (field.startsWith(QLatin1String("screening_decision:")))
        return value == QLatin1String("match") ? PartyMergeText::tr("a match") : PartyMergeText::tr("not a match");
    return quoted(value);
}

} // namespace

QString PartyMergeText::field(const QString &word)
{
    if (word == QLatin1String("role"))
        return tr("role");
    if (word == QLatin1String("confidence"))
        return tr("confidence");
    if (word == QLatin1String("description"))
        return tr("description");
    if (word.startsWith(QLatin1String("attribute_confidence:")))
        return tr("confidence of the %1").arg(DisplayText::attribute(word.section(QLatin1Char(':'), 1)));
    if (word.startsWith(QLatin1String("screening_decision:")))
        return tr("screening decision on list entry %1").arg(word.section(QLatin1Char(':'), 1));
    return DisplayText::attribute(word);
}

QStringList PartyMergeText::moves(const PartyMerge &m)
{
    QStringList lines;
    QStringList names;
    for (const MergedParty &merged : m.merged)
        names << quoted(merged.party.name);
    lines << tr("%1 merged into %2, then removed").arg(names.join(QStringLiteral(", ")), quoted(m.keptBefore.name));
    lines << tr("Links moved: %1").arg(m.linkCount());
    lines << tr("Notes moved: %1").arg(m.noteCount());
    if (m.siteCount() > 0)
        lines << tr("Sites now operated by %1: %2").arg(quoted(m.keptBefore.name)).arg(m.siteCount());
    lines << tr("Screening decisions moved: %1").arg(m.decisionsMoved.size());
    if (!m.aliasesAdded.isEmpty())
        lines << tr("New aliases: %1").arg(m.aliasesAdded.join(QStringLiteral("; ")));
    if (!m.aliasesKnown.isEmpty())
        lines << tr("Names already known (the same after folding, not added again): %1")
                     .arg(m.aliasesKnown.join(QStringLiteral("; ")));
    if (!m.identifiersAdded.isEmpty()) {
        QStringList ids;
        for (const Identifier &id : m.identifiersAdded)
            ids << id.scheme + QLatin1Char(' ') + id.value;
        lines << tr("New identifiers: %1").arg(ids.join(QStringLiteral("; ")));
    }
    if (!m.fieldsFilled.isEmpty()) {
        QStringList fields;
        for (const QString &word : m.fieldsFilled)
            fields << field(word);
        lines << tr("Empty fields filled: %1").arg(fields.join(QStringLiteral(", ")));
    }
    if (m.keptPositionAfter && !m.keptPositionBefore)
        lines << tr("%1 takes the place on the canvas of the party merged into it").arg(quoted(m.keptBefore.name));
    return lines;
}

QStringList PartyMergeText::conflicts(const PartyMerge &m)
{
    QStringList lines;
    for (const PartyMergeConflict &c : m.conflicts)
        lines << tr("%1: kept %2, dropped %3 (of %4)")
                     .arg(field(c.field), valueText(c.field, c.kept), valueText(c.field, c.dropped),
                          quoted(nameOf(m, c.other)));
    for (const ScreeningDecision &d : m.decisionsDropped)
        lines << tr("Screening decision on %1 (%2) of %3 dropped: %4 has its own")
                     .arg(d.entryId, d.listName, quoted(nameOf(m, d.party)), quoted(m.keptBefore.name));
    return lines;
}

} // namespace chiptrail
