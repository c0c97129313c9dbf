// SPDX-License-Identifier: GPL-3.0-or-later
// Edits of the evidence that span rows: sources with their notes, and the confidence of a claim.
#include "casestore.h"

#include "error.h"

namespace chiptrail {
namespace {

// Table names come from this switch only, never from data.
const char *tableOf(SubjectKind kind)
{
    switch (kind) {
    case SubjectKind::Party: return "party";
    case SubjectKind::Site: return "site";
    case SubjectKind::Product: return "product";
    case SubjectKind::Link: return "link";
    }
    return "party";
}

} // namespace

QList<Note> CaseStore::notesQuoting(SourceId id) const
{
    QList<Note> result;
    for (const auto &note : notes())
        if (note.source == id)
            result.append(note);
    return result;
}

void CaseStore::restoreSource(const Source &source, const QList<Note> &notes)
{
    inTransaction([&] {
        writeSource(source, false);
        for (const auto &note : notes)
            writeNote(note, false);
    });
}

std::pair<SourceId, NoteId> CaseStore::addSourceWithNote(const Source &source, Note note)
{
    const auto ids = inTransaction([&] {
        note.source = SourceId(writeSource(source, true));
        return std::pair(note.source, NoteId(writeNote(note, true)));
    });
    return ids;
}

void CaseStore::removeNoteWithSource(NoteId note, SourceId source)
{
    inTransaction([&] {
        noteTranslationsOf(note);
        m_change.notes.insert(note.value);
        m_change.sources.insert(source.value);
        for (const char *sql : {"UPDATE note SET translation_of = NULL WHERE translation_of = ?1",
                                "DELETE FROM note WHERE id = ?1"}) {
            sql::Statement statement(m_db, sql);
            statement.bind(1, note.value);
            statement.run();
        }
        unindexNote(note.value);
        if (!notesQuoting(source).isEmpty())
            throw CaseError(tr("notes still quote this source; remove them first"));
        sql::Statement remove(m_db, "DELETE FROM source WHERE id = ?1");
        remove.bind(1, source.value);
        remove.run();
        unindexSource(source.value);
    });
}

std::optional<Confidence> CaseStore::confidence(const ClaimRef &claim) const
{
    if (!claim.attribute.isEmpty()) {
        const AttributeConfidence map = readAttributeConfidence(claim.subject, claim.subjectId);
        const auto it = map.constFind(claim.attribute);
        return it == map.cend() ? std::nullopt : std::optional<Confidence>(*it);
    }
    const QByteArray sql = QByteArray("SELECT confidence FROM ") + tableOf(claim.subject) + " WHERE id = ?1";
    sql::Statement select(m_db, sql.constData());
    select.bind(1, claim.subjectId);
    if (!select.step())
        return std::nullopt;
    return confidenceFromWord(select.text(0)).value_or(Confidence::Reported);
}

void CaseStore::setConfidence(const ClaimRef &claim, std::optional<Confidence> confidence)
{
    inTransaction([&] {
        if (claim.attribute.isEmpty()) {
            if (!confidence)
                throw CaseError(tr("a claim always has a confidence"));
            const QByteArray sql = QByteArray("UPDATE ") + tableOf(claim.subject)
                                   + " SET confidence = ?2 WHERE id = ?1";
            sql::Statement update(m_db, sql.constData());
            update.bind(1, claim.subjectId).bind(2, toWord(*confidence));
            update.run();
            if (sqlite3_changes(m_db.get()) == 0)
                throw CaseError(tr("there is no %1 with id %2 in this case")
                                    .arg(toWord(claim.subject))
                                    .arg(claim.subjectId));
            m_change.of(claim.subject).insert(claim.subjectId);
            return;
        }
        AttributeConfidence map = readAttributeConfidence(claim.subject, claim.subjectId);
        if (confidence)
            map.insert(claim.attribute, *confidence);
        else
            map.remove(claim.attribute);
        writeAttributeConfidence(claim.subject, claim.subjectId, map);
        m_change.of(claim.subject).insert(claim.subjectId);
    });
}

} // namespace chiptrail
