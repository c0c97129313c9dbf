// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search over sources and notes, and keeping its index (schema version 4) in step.
#include "casestore.h"

#include "model/textfolding.h"

namespace chiptrail {
namespace {

// Each word must match, in the text as written (FTS5 strips diacritics: "uber" finds "über")
// or in the folded column ("Mueller" finds "Müller", "Strasse" "Straße"). Words are letters
// and digits only, so quoting them cannot change the meaning of the query.
QString matchExpression(const QString &query, const QString &textColumns)
{
    QStringList clauses;
    for (const QString &term : searchTerms(query))
        clauses << QStringLiteral("(%1 : \"%2\"* OR folded : \"%3\"*)") // notr
                       .arg(textColumns, term, foldGerman(term));
    return clauses.join(QLatin1String(" AND "));
}

QString pickSnippet(const QString &inText, const QString &inFolded)
{
    // A match only in the folded spelling has no marks in the text as written; show the folded
    // words then, so the user sees why it matched.
    return inText.contains(SearchHit::markStart) || inFolded.isEmpty() ? inText : inFolded;
}

} // namespace

void CaseStore::indexSource(const Source &s)
{
    unindexSource(s.id.value);
    sql::Statement insert(m_db, "INSERT INTO source_search(rowid, title, publisher, body, folded) "
                                "VALUES (?1, ?2, ?3, ?4, ?5)");
    const QString empty = QStringLiteral("");
    insert.bind(1, s.id.value).bind(2, s.title.isNull() ? empty : s.title);
    insert.bind(3, s.publisher.isNull() ? empty : s.publisher).bind(4, s.text.isNull() ? empty : s.text);
    insert.bind(5, foldGerman(s.title + QLatin1Char(' ') + s.publisher + QLatin1Char(' ') + s.text));
    insert.run();
}

void CaseStore::indexNote(qint64 id, const QString &excerpt)
{
    unindexNote(id);
    sql::Statement insert(m_db, "INSERT INTO note_search(rowid, body, folded) VALUES (?1, ?2, ?3)");
    insert.bind(1, id).bind(2, excerpt).bind(3, foldGerman(excerpt));
    insert.run();
}

void CaseStore::unindexSource(qint64 id)
{
    sql::Statement remove(m_db, "DELETE FROM source_search WHERE rowid = ?1");
    remove.bind(1, id);
    remove.run();
}

void CaseStore::unindexNote(qint64 id)
{
    sql::Statement remove(m_db, "DELETE FROM note_search WHERE rowid = ?1");
    remove.bind(1, id);
    remove.run();
}

QList<SearchHit> CaseStore::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    if (searchTerms(query).isEmpty() || limit <= 0)
        return hits;
    const QString start(SearchHit::markStart), end(SearchHit::markEnd), more(QChar(0x2026));

    // The joins drop index rows of a hostile file that name no real note or source.
    sql::Statement notes(m_db, R"sql(
        SELECT n.id, snippet(note_search, 0, ?2, ?3, ?4, 24), snippet(note_search, 1, ?2, ?3, ?4, 24)
        FROM note_search JOIN note n ON n.id = note_search.rowid
        WHERE note_search MATCH ?1 ORDER BY rank LIMIT ?5)sql");
    notes.bind(1, matchExpression(query, QStringLiteral("body"))).bind(2, start).bind(3, end);
    notes.bind(4, more).bind(5, limit);
    while (notes.step())
        hits.append({SearchHit::Kind::Note, notes.int64(0), pickSnippet(notes.text(1), notes.text(2))});

    sql::Statement sources(m_db, R"sql(
        SELECT s.id, snippet(source_search, 2, ?2, ?3, ?4, 24), snippet(source_search, 3, ?2, ?3, ?4, 24)
        FROM source_search JOIN source s ON s.id = source_search.rowid
        WHERE source_search MATCH ?1 ORDER BY rank LIMIT ?5)sql");
    sources.bind(1, matchExpression(query, QStringLiteral("{title publisher body}"))).bind(2, start);
    sources.bind(3, end).bind(4, more).bind(5, limit);
    while (sources.step())
        hits.append({SearchHit::Kind::Source, sources.int64(0), pickSnippet(sources.text(1), sources.text(2))});
    return hits;
}

} // namespace chiptrail
