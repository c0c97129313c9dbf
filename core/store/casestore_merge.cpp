// SPDX-License-Identifier: GPL-3.0-or-later
// Merging parties found to be the same, and undoing it.
#include "casestore.h"

#include "error.h"
#include "store/rowhelpers.h"

#include <QSet>

namespace chiptrail {
using namespace rows;

QStringList partyMergeForeignKeys()
{
    return {QStringLiteral("link.from_id"),          QStringLiteral("link.to_id"),
            QStringLiteral("node_position.party_id"), QStringLiteral("party_alias.party_id"),
            QStringLiteral("party_identifier.party_id"), QStringLiteral("screening_decision.party_id"),
            QStringLiteral("site.operator_id")};
}

QStringList partyMergeSubjectTables() { return {QStringLiteral("attribute_confidence"), QStringLiteral("note_claim")}; }

namespace {

QString plainKey(const QString &name) { return name.simplified().toCaseFolded(); }

// One text field of the party, by the word attribute confidences and notes use for it.
struct TextField
{
    const char *word;
    QString Party::*member;
};
constexpr TextField textFields[] = {{"incorporation_country", &Party::incorporationCountry},
                                    {"headquarters_country", &Party::headquartersCountry},
                                    {"description", &Party::description}};

} // namespace

PartyMerge CaseStore::planPartyMerge(PartyId keep, const QList<PartyId> &others, const NameKey &givenKey) const
{
    const NameKey nameKey = givenKey ? givenKey : NameKey(plainKey);
    const auto kept = party(keep);
    if (!kept)
        throw CaseError(tr("there is no party with id %1 in this case").arg(keep.value));
    if (others.isEmpty())
        throw CaseError(tr("choose at least one party to merge into \"%1\"").arg(kept->name));

    PartyMerge m;
    m.keep = keep;
    m.keptBefore = *kept;
    m.keptPositionBefore = nodePosition(keep);
    m.keptPositionAfter = m.keptPositionBefore;
    const QList<ScreeningDecision> allDecisions = screeningDecisions();
    for (const auto &decision : allDecisions)
        if (decision.party == keep)
            m.keptDecisionsBefore.append(decision);

    QSet<qint64> involved{keep.value};
    for (const PartyId id : others) {
        const auto other = party(id);
        if (!other)
            throw CaseError(tr("there is no party with id %1 in this case").arg(id.value));
        if (involved.contains(id.value))
            throw CaseError(tr("party \"%1\" is named twice in the merge").arg(other->name));
        involved.insert(id.value);
        MergedParty merged;
        merged.party = *other;
        merged.position = nodePosition(id);
        merged.notes = notesFor(SubjectKind::Party, id.value);
        for (const auto &decision : allDecisions)
            if (decision.party == id)
                merged.decisions.append(decision);
        m.merged.append(merged);
    }

    // Links and sites, read once for all the parties.
    const QList<Link> allLinks = links();
    for (auto &merged : m.merged)
        for (const auto &link : allLinks)
            if (link.from == merged.party.id || link.to == merged.party.id)
                merged.links.append(link);
    for (const auto &link : allLinks)
        if (involved.contains(link.from.value) && involved.contains(link.to.value)) {
            const auto from = party(link.from), to = party(link.to);
            throw CaseError(tr("link \"%1\" joins \"%2\" and \"%3\": merged, it would join a party to itself. "
                               "Remove the link or point it elsewhere first")
                                .arg(link.key, from ? from->name : QString(), to ? to->name : QString()));
        }
    const QList<Site> allSites = sites();
    for (auto &merged : m.merged)
        for (const auto &site : allSites)
            if (site.operatorParty == merged.party.id)
                merged.operatedSites.append(site);

    // The surviving party: its own values first, then what the others add.
    Party &a = m.keptAfter;
    a = *kept;
    QSet<QString> knownNames{nameKey(a.name)};
    for (const QString &alias : a.aliases)
        knownNames.insert(nameKey(alias));
    QSet<qint64> movedNotes, movedSites;
    for (const auto &merged : m.merged) {
        const Party &b = merged.party;
        for (const QString &name : QStringList{b.name} + b.aliases) {
            const QString key = nameKey(name);
            if (knownNames.contains(key)) {
                m.aliasesKnown.append(name);
                continue;
            }
            knownNames.insert(key);
            a.aliases.append(name);
            m.aliasesAdded.append(name);
        }
        for (const Identifier &identifier : b.identifiers)
            if (!a.identifiers.contains(identifier)) {
                a.identifiers.append(identifier);
                m.identifiersAdded.append(identifier);
            }
        auto conflict = [&](const QString &field, const QString &keptValue, const QString &dropped) {
            m.conflicts.append({b.id, field, keptValue, dropped});
        };
        // A value taken from another party brings its confidence along; a value kept keeps its own.
        auto take = [&](const QString &word) {
            m.fieldsFilled.append(word);
            a.attributeConfidence.remove(word);
            if (b.attributeConfidence.contains(word))
                a.attributeConfidence.insert(word, b.attributeConfidence.value(word));
        };
        if (b.role != PartyRole::Other) {
            if (a.role == PartyRole::Other) {
                a.role = b.role;
                take(QStringLiteral("role"));
            } else if (a.role != b.role) {
                conflict(QStringLiteral("role"), toWord(a.role), toWord(b.role));
            }
        }
        for (const TextField &field : textFields) {
            const QString word = QLatin1String(field.word);
            const QString &theirs = b.*field.member;
            QString &ours = a.*field.member;
            if (theirs.isEmpty() || theirs == ours)
                continue;
            if (ours.isEmpty()) {
                ours = theirs;
                take(word);
            } else {
                conflict(word, ours, theirs);
            }
        }
        if (a.confidence != b.confidence)
            conflict(QStringLiteral("confidence"), toWord(a.confidence), toWord(b.confidence));
        for (auto it = b.attributeConfidence.cbegin(); it != b.attributeConfidence.cend(); ++it)
            if (a.attributeConfidence.value(it.key(), it.value()) != it.value()
                || !a.attributeConfidence.contains(it.key()))
                conflict(QStringLiteral("attribute_confidence:") + it.key(),
                         a.attributeConfidence.contains(it.key()) ? toWord(a.attributeConfidence.value(it.key())) : QString(),
                         toWord(it.value()));

        for (Link link : merged.links) {
            if (link.from == b.id)
                link.from = keep;
            if (link.to == b.id)
                link.to = keep;
            m.linksAfter.append(link);
        }
        for (Site site : merged.operatedSites) {
            if (movedSites.contains(site.id.value))
                continue;
            movedSites.insert(site.id.value);
            site.operatorParty = keep;
            m.sitesAfter.append(site);
        }
        for (const auto &decision : merged.decisions) {
            const auto same = std::find_if(m.keptDecisionsBefore.cbegin(), m.keptDecisionsBefore.cend(),
                                           [&](const auto &d) { return d.entryId == decision.entryId; });
            const auto moved = std::find_if(m.decisionsMoved.cbegin(), m.decisionsMoved.cend(),
                                            [&](const auto &d) { return d.entryId == decision.entryId; });
            const ScreeningDecision *already = same != m.keptDecisionsBefore.cend() ? &*same
                                               : moved != m.decisionsMoved.cend() ? &*moved : nullptr;
            if (!already) {
                ScreeningDecision now = decision;
                now.party = keep;
                m.decisionsMoved.append(now);
                continue;
            }
            m.decisionsDropped.append(decision);
            if (already->isMatch != decision.isMatch)
                conflict(QStringLiteral("screening_decision:") + decision.entryId,
                         already->isMatch ? QStringLiteral("match") : QStringLiteral("not_a_match"),
                         decision.isMatch ? QStringLiteral("match") : QStringLiteral("not_a_match"));
        }
        if (!m.keptPositionAfter && merged.position) {
            m.keptPositionAfter = merged.position;
            m.keptPositionAfter->party = keep;
        }
    }

    // Notes: claims on a merged party now name the surviving one; a claim the note already made on
    // it is not made twice.
    QSet<qint64> mergedIds;
    for (const auto &merged : m.merged)
        mergedIds.insert(merged.party.id.value);
    for (const auto &merged : m.merged)
        for (Note note : merged.notes) {
            if (movedNotes.contains(note.id.value))
                continue;
            movedNotes.insert(note.id.value);
            QList<ClaimRef> claims;
            for (ClaimRef claim : note.claims) {
                if (claim.subject == SubjectKind::Party && mergedIds.contains(claim.subjectId))
                    claim.subjectId = keep.value;
                if (!claims.contains(claim))
                    claims.append(claim);
            }
            note.claims = claims;
            m.notesAfter.append(note);
        }
    return m;
}

void CaseStore::writeNodePosition(PartyId party, const std::optional<NodePosition> &position)
{
    if (position) {
        sql::Statement upsert(m_db, "INSERT INTO node_position(party_id, x, y, pinned) VALUES (?1, ?2, ?3, ?4) "
                                    "ON CONFLICT(party_id) DO UPDATE SET x = excluded.x, y = excluded.y, "
                                    "pinned = excluded.pinned");
        upsert.bind(1, party.value).bind(2, position->position.x()).bind(3, position->position.y());
        upsert.bind(4, position->pinned ? 1 : 0);
        upsert.run();
    } else {
        sql::Statement remove(m_db, "DELETE FROM node_position WHERE party_id = ?1");
        remove.bind(1, party.value);
        remove.run();
    }
    m_change.positions.insert(party.value);
}

PartyMerge CaseStore::mergeParties(PartyId keep, const QList<PartyId> &others, const NameKey &nameKey)
{
    PartyMerge merge = inTransaction([&] {
        PartyMerge m = planPartyMerge(keep, others, nameKey);
        // Everything moves off the merged parties before they go: nothing may cascade away with them.
        for (const auto &link : m.linksAfter)
            writeLink(link, false);
        for (const auto &site : m.sitesAfter)
            writeSite(site, false);
        for (const auto &note : m.notesAfter)
            writeNote(note, false);
        for (const auto &decision : m.decisionsMoved)
            writeScreeningDecision(decision);
        if (m.keptPositionAfter != m.keptPositionBefore)
            writeNodePosition(keep, m.keptPositionAfter);
        writeParty(m.keptAfter, false);
        for (const auto &merged : m.merged) {
            const qint64 id = merged.party.id.value;
            for (const char *sql : {"DELETE FROM attribute_confidence WHERE subject_kind = 'party' AND subject_id = ?1",
                                    "DELETE FROM screening_decision WHERE party_id = ?1",
                                    "DELETE FROM node_position WHERE party_id = ?1",
                                    "DELETE FROM party WHERE id = ?1"}) {
                sql::Statement remove(m_db, sql);
                remove.bind(1, id);
                remove.run();
            }
            m_change.parties.insert(id);
            if (merged.position)
                m_change.positions.insert(id);
            if (!merged.decisions.isEmpty())
                m_change.screening = true;
        }
        return m;
    });
    return merge;
}

void CaseStore::unmergeParties(const PartyMerge &m)
{
    inTransaction([&] {
        for (const auto &merged : m.merged)
            writeParty(merged.party, true);
        writeParty(m.keptBefore, false);
        for (const auto &merged : m.merged) {
            for (const auto &link : merged.links)
                writeLink(link, false);
            for (const auto &site : merged.operatedSites)
                writeSite(site, false);
            for (const auto &note : merged.notes)
                writeNote(note, false);
        }
        sql::Statement clear(m_db, "DELETE FROM screening_decision WHERE party_id = ?1");
        clear.bind(1, m.keep.value);
        clear.run();
        m_change.screening = true;
        for (const auto &decision : m.keptDecisionsBefore)
            writeScreeningDecision(decision);
        for (const auto &merged : m.merged) {
            for (const auto &decision : merged.decisions)
                writeScreeningDecision(decision);
            if (merged.position)
                writeNodePosition(merged.party.id, merged.position);
        }
        if (m.keptPositionAfter != m.keptPositionBefore)
            writeNodePosition(m.keep, m.keptPositionBefore);
    });
}

} // namespace chiptrail
