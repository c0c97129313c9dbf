// SPDX-License-Identifier: GPL-3.0-or-later
// Sources and the notes that quote them: rows to entities and back.
#include "casestore.h"

#include "store/rowhelpers.h"
#include "store/transaction.h"

namespace chiptrail {
using namespace rows;

// --- sources --------------------------------------------------------------------------------

QList<Source> CaseStore::sources() const
{
    QList<Source> result;
    sql::Statement select(m_db, selectSql(sourceColumns, "source").constData());
    while (select.step()) {
        Source s;
        s.id = SourceId(select.int64(0));
        s.key = select.text(1);
        s.title = select.text(2);
        s.publisher = select.text(3);
        s.date = select.date(4);
        s.language = select.text(5);
        s.url = select.text(6);
        s.text = select.text(7);
        result.append(s);
    }
    return result;
}

std::optional<Source> CaseStore::source(SourceId id) const
{
    for (const auto &s : sources())
        if (s.id == id)
            return s;
    return std::nullopt;
}

qint64 CaseStore::writeSource(const Source &s, bool insert)
{
    sql::Statement write(m_db, insert
        ? "INSERT INTO source(id, key, title, publisher, date, language, url, text) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
        : "UPDATE source SET key = ?2, title = ?3, publisher = ?4, date = ?5, language = ?6, "
          "url = ?7, text = ?8 WHERE id = ?1");
    if (s.id.isValid())
        write.bind(1, s.id.value);
    write.bind(2, s.key).bind(3, s.title).bind(4, s.publisher).bind(5, s.date);
    write.bind(6, s.language).bind(7, s.url).bind(8, s.text.isNull() ? QStringLiteral("") : s.text);
    write.run();
    if (!insert)
        requireChanged(m_db.get(), "source", s.id.value);
    Source indexed = s;
    indexed.id = SourceId(insert && !s.id.isValid() ? sqlite3_last_insert_rowid(m_db.get()) : s.id.value);
    indexSource(indexed);
    return indexed.id.value;
}

SourceId CaseStore::addSource(const Source &source)
{
    const SourceId id = inTransaction([&] {
        return SourceId(writeSource(source, true));
    });
    Q_EMIT changed();
    return id;
}

QList<Note> CaseStore::updateSource(const Source &source)
{
    QList<Note> moved = inTransaction([&] {
        QList<Note> reanchored;
        for (auto note : notesQuoting(source.id)) {
            if (codePointSlice(source.text, note.start, note.length) == note.excerpt)
                continue;
            // The passage moved: follow it only where there is no doubt which one it is.
            const qsizetype first = source.text.indexOf(note.excerpt);
            const bool once = first >= 0 && source.text.indexOf(note.excerpt, first + 1) < 0;
            if (!once)
                throw CaseError((first < 0 ? tr("the new text would break note \"%1\": the passage "
                                                "\"%2\" is no longer in it; edit or remove the note first")
                                           : tr("the new text would break note \"%1\": the passage "
                                                "\"%2\" occurs more than once, so it is unclear which "
                                                "one the note means; edit or remove the note first"))
                                    .arg(note.key, note.excerpt.left(60)));
            note.start = utf16IndexToCodePoint(source.text, int(first));
            reanchored.append(note);
        }
        writeSource(source, false);
        for (const auto &note : std::as_const(reanchored))
            writeNote(note, false);
        return reanchored;
    });
    Q_EMIT changed();
    return moved;
}

void CaseStore::removeSource(SourceId id)
{
    inTransaction([&] {
        sql::Statement remove(m_db, "DELETE FROM source WHERE id = ?1");
        remove.bind(1, id.value);
        try {
            remove.run();
        } catch (const CaseError &) {
            throw CaseError(tr("notes still quote this source; remove them first"));
        }
        unindexSource(id.value);
    });
    Q_EMIT changed();
}

// --- notes ----------------------------------------------------------------------------------

QList<Note> CaseStore::notes() const
{
    QList<Note> result;
    sql::Statement select(m_db, selectSql(noteColumns, "note").constData());
    while (select.step()) {
        Note n;
        n.id = NoteId(select.int64(0));
        n.key = select.text(1);
        n.source = SourceId(select.int64(2));
        n.start = int(select.int64(3));
        n.length = int(select.int64(4));
        n.excerpt = select.text(5);
        n.translationOf = optionalId<NoteId>(select, 6);
        result.append(n);
    }
    QHash<qint64, Note *> byId;
    for (auto &n : result)
        byId.insert(n.id.value, &n);
    sql::Statement claims(m_db, "SELECT note_id, subject_kind, subject_id, attribute FROM note_claim "
                                "ORDER BY note_id, position");
    while (claims.step())
        if (Note *n = byId.value(claims.int64(0)))
            if (const auto kind = subjectKindFromWord(claims.text(1)))
                n->claims.append({*kind, claims.int64(2), claims.text(3)});
    return result;
}

std::optional<Note> CaseStore::note(NoteId id) const
{
    for (const auto &n : notes())
        if (n.id == id)
            return n;
    return std::nullopt;
}

QList<Note> CaseStore::notesFor(SubjectKind subject, qint64 id) const
{
    QList<Note> result;
    for (const auto &n : notes())
        for (const auto &claim : n.claims)
            if (claim.subject == subject && claim.subjectId == id) {
                result.append(n);
                break;
            }
    return result;
}

qint64 CaseStore::writeNote(const Note &n, bool insert)
{
    const auto source = this->source(n.source);
    if (!source)
        throw CaseError(tr("note \"%1\" quotes a source that is not in this case").arg(n.key));
    if (n.length <= 0 || codePointSlice(source->text, n.start, n.length) != n.excerpt)
        throw CaseError(tr("note \"%1\": the excerpt is not the text of source \"%2\" at %3–%4")
                            .arg(n.key, source->key)
                            .arg(n.start)
                            .arg(n.start + n.length));
    sql::Statement write(m_db, insert
        ? "INSERT INTO note(id, key, source_id, start, length, excerpt, translation_of) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
        : "UPDATE note SET key = ?2, source_id = ?3, start = ?4, length = ?5, excerpt = ?6, "
          "translation_of = ?7 WHERE id = ?1");
    if (n.id.isValid())
        write.bind(1, n.id.value);
    write.bind(2, n.key).bind(3, n.source.value).bind(4, n.start).bind(5, n.length);
    write.bind(6, n.excerpt).bind(7, rawId(n.translationOf));
    write.run();
    const qint64 id = insert && !n.id.isValid() ? sqlite3_last_insert_rowid(m_db.get()) : n.id.value;
    if (!insert)
        requireChanged(m_db.get(), "note", id);
    indexNote(id, n.excerpt);

    sql::Statement clear(m_db, "DELETE FROM note_claim WHERE note_id = ?1");
    clear.bind(1, id);
    clear.run();
    sql::Statement claim(m_db, "INSERT INTO note_claim VALUES (?1, ?2, ?3, ?4, ?5)");
    for (int i = 0; i < n.claims.size(); ++i) {
        const auto &c = n.claims.at(i);
        claim.bind(1, id).bind(2, i).bind(3, toWord(c.subject)).bind(4, c.subjectId);
        claim.bind(5, c.attribute.isNull() ? QStringLiteral("") : c.attribute);
        claim.run();
    }
    return id;
}

NoteId CaseStore::addNote(const Note &note)
{
    const NoteId id = inTransaction([&] {
        return NoteId(writeNote(note, true));
    });
    Q_EMIT changed();
    return id;
}

void CaseStore::updateNote(const Note &note)
{
    inTransaction([&] { writeNote(note, false); });
    Q_EMIT changed();
}

void CaseStore::removeNote(NoteId id)
{
    inTransaction([&] {
        sql::Statement unpair(m_db, "UPDATE note SET translation_of = NULL WHERE translation_of = ?1");
        unpair.bind(1, id.value);
        unpair.run();
        sql::Statement remove(m_db, "DELETE FROM note WHERE id = ?1");
        remove.bind(1, id.value);
        remove.run();
        requireChanged(m_db.get(), "note", id.value);
        unindexNote(id.value);
    });
    Q_EMIT changed();
}

} // namespace chiptrail
