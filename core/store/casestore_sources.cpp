// SPDX-License-Identifier: GPL-3.0-or-later
// Sources and the notes that quote them: rows to entities and back.
#include "casestore.h"

#include "store/rowhelpers.h"
#include "store/transaction.h"
#include "model/limits.h"

#include <QCryptographicHash>

namespace chiptrail {
using namespace rows;

// --- sources --------------------------------------------------------------------------------

QList<Source> CaseStore::sources() const { return readSources(0); }

QList<Source> CaseStore::readSources(qint64 only) const
{
    QList<Source> result;
    sql::Statement select(m_db, selectSql(sourceColumns, "source", only ? "id = ?1" : nullptr).constData());
    if (only)
        select.bind(1, only);
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
    readSourceDetails(result, only);
    return result;
}

// Origin, pages and the file.
void CaseStore::readSourceDetails(QList<Source> &sources, qint64 only) const
{
    QHash<qint64, Source *> byId;
    for (auto &s : sources)
        byId.insert(s.id.value, &s);
    const char *where = only ? " WHERE source_id = ?1" : "";
    sql::Statement origin(m_db, QByteArray(QByteArray("SELECT source_id, retrieved, archive_url FROM source_origin") + where).constData());
    if (only)
        origin.bind(1, only);
    while (origin.step())
        if (Source *s = byId.value(origin.int64(0))) {
            s->retrieved = origin.date(1);
            s->archiveUrl = origin.text(2);
        }
    sql::Statement pages(m_db, QByteArray(QByteArray("SELECT source_id, start FROM source_page") + where
                                          + " ORDER BY source_id, page").constData());
    if (only)
        pages.bind(1, only);
    while (pages.step())
        if (Source *s = byId.value(pages.int64(0)))
            s->pageStarts.append(int(pages.int64(1)));
    sql::Statement file(m_db, QByteArray(QByteArray("SELECT source_id, name, media_type, sha256, bytes FROM source_file") + where).constData());
    if (only)
        file.bind(1, only);
    while (file.step())
        if (Source *s = byId.value(file.int64(0)))
            s->file = SourceFile{file.text(1), file.text(2), file.text(3), file.blob(4)};
}

// Pages must rise from the text's start and stay inside it, or a note would cite a wrong page.
void CaseStore::writeSourceDetails(const Source &s, qint64 id, bool insert)
{
    const int length = codePointLength(s.text);
    for (int i = 0; i < s.pageStarts.size(); ++i)
        if (s.pageStarts.at(i) < 0 || s.pageStarts.at(i) > length || (i == 0 && s.pageStarts.at(i) != 0)
            || (i > 0 && s.pageStarts.at(i) < s.pageStarts.at(i - 1)))
            throw CaseError(tr("source \"%1\": page %2 does not begin inside its text (at %3 of %4)")
                                .arg(s.title.left(60)).arg(i + 1).arg(s.pageStarts.at(i)).arg(length));
    limits::requireWithin(s.archiveUrl, limits::url, tr("archived copy"));
    for (const char *sql : {"DELETE FROM source_origin WHERE source_id = ?1", "DELETE FROM source_page WHERE source_id = ?1"}) {
        sql::Statement clear(m_db, sql);
        clear.bind(1, id);
        clear.run();
    }
    if (!s.retrieved.isNull() || !s.archiveUrl.isEmpty()) {
        sql::Statement origin(m_db, "INSERT INTO source_origin(source_id, retrieved, archive_url) VALUES (?1, ?2, ?3)");
        origin.bind(1, id).bind(2, s.retrieved).bind(3, s.archiveUrl);
        origin.run();
    }
    sql::Statement page(m_db, "INSERT INTO source_page(source_id, page, start) VALUES (?1, ?2, ?3)");
    for (int i = 0; i < s.pageStarts.size(); ++i) {
        page.bind(1, id).bind(2, i + 1).bind(3, s.pageStarts.at(i));
        page.run();
    }
    // The file comes with the source and stays as it came: an edit of the source never
    // replaces or drops it.
    if (!insert || !s.file)
        return;
    if (s.file->bytes.isEmpty())
        throw CaseError(tr("source \"%1\": the file %2 has no content").arg(s.title.left(60), s.file->name));
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(s.file->bytes, QCryptographicHash::Sha256).toHex());
    if (!s.file->sha256.isEmpty() && s.file->sha256.compare(hash, Qt::CaseInsensitive) != 0)
        throw CaseError(tr("source \"%1\": the file %2 is not the one recorded (its SHA-256 differs)")
                            .arg(s.title.left(60), s.file->name));
    limits::requireWithin(s.file->name, limits::shortText, tr("file name"));
    sql::Statement file(m_db, "INSERT INTO source_file(source_id, name, media_type, sha256, bytes) VALUES (?1, ?2, ?3, ?4, ?5)");
    file.bind(1, id).bind(2, s.file->name).bind(3, s.file->mediaType).bind(4, hash).bindBlob(5, s.file->bytes);
    file.run();
}

std::optional<Source> CaseStore::source(SourceId id) const
{
    if (!id.isValid())
        return std::nullopt;
    const QList<Source> found = readSources(id.value);
    return found.isEmpty() ? std::nullopt : std::optional<Source>(found.first());
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
    write.bind(2, keyFor(s.key, insert, "source", s.title, QStringLiteral("source"))).bind(3, s.title).bind(4, s.publisher).bind(5, s.date);
    write.bind(6, s.language).bind(7, s.url).bind(8, s.text.isNull() ? QStringLiteral("") : s.text);
    write.run();
    if (!insert)
        requireChanged(m_db.get(), "source", s.id.value);
    Source indexed = s;
    indexed.id = SourceId(insert && !s.id.isValid() ? sqlite3_last_insert_rowid(m_db.get()) : s.id.value);
    writeSourceDetails(s, indexed.id.value, insert);
    indexSource(indexed);
    m_change.sources.insert(indexed.id.value);
    return indexed.id.value;
}

SourceId CaseStore::addSource(const Source &source)
{
    const SourceId id = inTransaction([&] {
        return SourceId(writeSource(source, true));
    });
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
        m_change.sources.insert(id.value);
    });
}

// --- notes ----------------------------------------------------------------------------------

QList<Note> CaseStore::notes() const { return readNotes(0); }

QList<Note> CaseStore::readNotes(qint64 only) const
{
    QList<Note> result;
    sql::Statement select(m_db, selectSql(noteColumns, "note", only ? "id = ?1" : nullptr).constData());
    if (only)
        select.bind(1, only);
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
    sql::Statement claims(m_db, only ? "SELECT note_id, subject_kind, subject_id, attribute FROM note_claim "
                                       "WHERE note_id = ?1 ORDER BY position"
                                     : "SELECT note_id, subject_kind, subject_id, attribute FROM note_claim "
                                       "ORDER BY note_id, position");
    if (only)
        claims.bind(1, only);
    while (claims.step())
        if (Note *n = byId.value(claims.int64(0)))
            if (const auto kind = subjectKindFromWord(claims.text(1)))
                n->claims.append({*kind, claims.int64(2), claims.text(3)});
    return result;
}

std::optional<Note> CaseStore::note(NoteId id) const
{
    if (!id.isValid())
        return std::nullopt;
    const QList<Note> found = readNotes(id.value);
    return found.isEmpty() ? std::nullopt : std::optional<Note>(found.first());
}

QList<Note> CaseStore::notesFor(SubjectKind subject, qint64 id) const
{
    QList<Note> result;
    sql::Statement select(m_db, "SELECT DISTINCT note_id FROM note_claim WHERE subject_kind = ?1 AND subject_id = ?2 "
                                "ORDER BY note_id");
    select.bind(1, toWord(subject)).bind(2, id);
    while (select.step())
        if (auto n = note(NoteId(select.int64(0))))
            result.append(*n);
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
    write.bind(2, (insert && n.key.trimmed().isEmpty() ? keyFor({}, true, "note", source->key + QStringLiteral(" note"), QStringLiteral("note")) : n.key)).bind(3, n.source.value).bind(4, n.start).bind(5, n.length);
    write.bind(6, n.excerpt).bind(7, rawId(n.translationOf));
    write.run();
    const qint64 id = insert && !n.id.isValid() ? sqlite3_last_insert_rowid(m_db.get()) : n.id.value;
    if (!insert)
        requireChanged(m_db.get(), "note", id);
    indexNote(id, n.excerpt, source->language);

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
    m_change.notes.insert(id);
    return id;
}

void CaseStore::noteTranslationsOf(NoteId id)
{
    sql::Statement select(m_db, "SELECT id FROM note WHERE translation_of = ?1");
    select.bind(1, id.value);
    while (select.step())
        m_change.notes.insert(select.int64(0));
}

NoteId CaseStore::addNote(const Note &note)
{
    const NoteId id = inTransaction([&] {
        return NoteId(writeNote(note, true));
    });
    return id;
}

void CaseStore::updateNote(const Note &note)
{
    inTransaction([&] { writeNote(note, false); });
}

void CaseStore::removeNote(NoteId id)
{
    inTransaction([&] {
        noteTranslationsOf(id);
        sql::Statement unpair(m_db, "UPDATE note SET translation_of = NULL WHERE translation_of = ?1");
        unpair.bind(1, id.value);
        unpair.run();
        sql::Statement remove(m_db, "DELETE FROM note WHERE id = ?1");
        remove.bind(1, id.value);
        remove.run();
        requireChanged(m_db.get(), "note", id.value);
        unindexNote(id.value);
        m_change.notes.insert(id.value);
    });
}

} // namespace chiptrail
