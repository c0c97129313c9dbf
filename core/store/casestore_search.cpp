// SPDX-License-Identifier: GPL-3.0-or-later
// Search over everything in the case, and keeping the full-text index of sources and notes
// (schema versions 4 and 5) in step.
#include "casestore.h"

#include "error.h"
#include "model/textfolding.h"
#include "search/excerpt.h"
#include "store/schema.h"
#include "store/searchindexcheck.h"

#include <QDir>

namespace chiptrail {
namespace {

using search::QueryTerm;
using search::TextLanguage;

// Each word must match, in the text as written (FTS5 strips diacritics: "uber" finds "über"),
// in the folded column ("Mueller" finds "Müller") or among the stems ("kaufen" finds
// "gekauft"). Words and stems are letters and digits only, so quoting them cannot change the
// meaning of the query.
QString matchExpression(const QList<QueryTerm> &terms, const QString &textColumns)
{
    QStringList clauses;
    for (const QueryTerm &term : terms) {
        QStringList any{QStringLiteral("%1 : \"%2\"*").arg(textColumns, term.plain), // notr
                        QStringLiteral("folded : \"%1\"*").arg(term.folded)};          // notr
        for (const QString &stem : term.stems)
            any << QStringLiteral("stems : \"%1\"*").arg(stem); // notr
        clauses << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    return clauses.join(QLatin1String(" AND "));
}

// FTS5 takes letters and digits inside quotes; a term of nothing but marks would be empty.
bool searchable(const QList<QueryTerm> &terms)
{
    return !terms.isEmpty() && std::all_of(terms.cbegin(), terms.cend(), [](const QueryTerm &t) {
        return !t.plain.isEmpty() && !t.folded.isEmpty();
    });
}

struct Field
{
    SearchHit::Field field;
    QString text;
};

// An entity is a hit when every term matches a word of one of its fields; the excerpt is from
// the first field (in the order given) that holds a matching word.
std::optional<SearchHit> entityHit(SearchHit::Kind kind, qint64 id, const QString &title, const QList<Field> &fields,
                                   const QList<QueryTerm> &terms)
{
    QStringList texts;
    for (const Field &f : fields)
        texts << f.text;
    if (!search::matchesAll(texts, terms, TextLanguage::Unknown))
        return std::nullopt;
    for (const Field &f : fields) {
        const auto quoted = search::quoteMatches(f.text, terms, TextLanguage::Unknown, SearchHit::markStart,
                                                 SearchHit::markEnd);
        if (quoted.firstMatch >= 0)
            return SearchHit{kind, id, quoted.text, f.field, 0, title, {}};
    }
    return std::nullopt;
}

} // namespace

// What a hit needs of a source: its text, language and pages, not its file.
std::optional<Source> CaseStore::searchedSource(qint64 id) const
{
    sql::Statement select(m_db, "SELECT title, publisher, language, text FROM source WHERE id = ?1");
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    Source s;
    s.id = SourceId(id);
    s.title = select.text(0);
    s.publisher = select.text(1);
    s.language = select.text(2);
    s.text = select.text(3);
    sql::Statement pages(m_db, "SELECT start FROM source_page WHERE source_id = ?1 ORDER BY page");
    pages.bind(1, id);
    while (pages.step())
        s.pageStarts.append(int(pages.int64(0)));
    return s;
}

void CaseStore::indexSource(const Source &s)
{
    unindexSource(s.id.value);
    sql::Statement insert(m_db, "INSERT INTO source_search(rowid, title, publisher, body, folded, stems) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    const QString empty = QStringLiteral("");
    const QString all = s.title + QLatin1Char(' ') + s.publisher + QLatin1Char(' ') + s.text;
    insert.bind(1, s.id.value).bind(2, s.title.isNull() ? empty : s.title);
    insert.bind(3, s.publisher.isNull() ? empty : s.publisher).bind(4, s.text.isNull() ? empty : s.text);
    insert.bind(5, foldGerman(all)).bind(6, search::indexStems(all, search::textLanguage(s.language)));
    insert.run();
}

void CaseStore::indexNote(qint64 id, const QString &excerpt, const QString &language)
{
    unindexNote(id);
    sql::Statement insert(m_db, "INSERT INTO note_search(rowid, body, folded, stems) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, id).bind(2, excerpt).bind(3, foldGerman(excerpt));
    insert.bind(4, search::indexStems(excerpt, search::textLanguage(language)));
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

void CaseStore::checkSearchIndex()
{
    const QString problem = sql::searchIndexProblem(m_db, m_access == Access::ReadWrite);
    if (problem.isEmpty())
        return;
    const QString file = QDir::toNativeSeparators(m_path);
    if (m_access == Access::ReadOnly) {
        m_searchIndexWarning = tr("%1: the search index is damaged; open the case in ChipTrail to rebuild it (%2)")
                                   .arg(file, problem);
        return;
    }
    // Nothing is written to a case that cannot be read to its end: a text that is not UTF-8,
    // found only when the rows are read, refused the file after the index had been rebuilt
    // (found by the hostile-file campaign, mutation-264). Only a damaged index pays this read.
    try {
        load();
    } catch (const CaseError &error) {
        throw notOpened(m_path, error);
    }
    try {
        rebuildSearchIndex();
    } catch (const CaseError &error) {
        if (error.message().startsWith(file))
            throw;
        throw CaseError(tr("%1: the search index is damaged and could not be rebuilt (%2)").arg(file, error.message()));
    }
    m_repairedOnOpen = tr("%1: the search index was damaged and has been rebuilt from the sources and notes; "
                          "nothing else in the case was changed (%2)")
                           .arg(file, problem);
}

// The index is derived from the rows, so it is made anew rather than mended: dropping the tables
// removes whatever the shadow tables hold without reading it (deleting rows would have FTS5 read
// the damaged index). One transaction: the file has the old index or the whole new one.
void CaseStore::rebuildSearchIndex()
{
    sql::withTransaction(m_db, [this] {
        m_db.exec("DROP TABLE source_search");
        m_db.exec("DROP TABLE note_search");
        m_db.exec(schema::searchTables());
        // Ids first, then one statement per row: each stays within the time budget on its own.
        QList<qint64> ids;
        {
            sql::Statement select(m_db, "SELECT id FROM source");
            while (select.step())
                ids << select.int64(0);
        }
        for (const qint64 id : std::as_const(ids))
            if (const auto s = searchedSource(id))
                indexSource(*s);
        ids.clear();
        {
            sql::Statement select(m_db, "SELECT id FROM note");
            while (select.step())
                ids << select.int64(0);
        }
        for (const qint64 id : std::as_const(ids)) {
            sql::Statement note(m_db, "SELECT n.excerpt, s.language FROM note n JOIN source s ON s.id = n.source_id "
                                      "WHERE n.id = ?1");
            note.bind(1, id);
            if (note.step())
                indexNote(id, note.text(0), note.text(1));
        }
    });
}

QList<SearchHit> CaseStore::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    const QList<QueryTerm> terms = search::parseQuery(query);
    if (!searchable(terms) || limit <= 0)
        return hits;

    // Parties, links and products are few (thousands at most) and not in the full-text index:
    // they are matched here, word by word, with the same forms.
    const QList<Party> parties = this->parties();
    QHash<qint64, QString> partyNames;
    int found = 0;
    for (const Party &p : parties) {
        partyNames.insert(p.id.value, p.name);
        QList<Field> fields{{SearchHit::Field::Name, p.name}};
        for (const QString &alias : p.aliases)
            fields.append({SearchHit::Field::Alias, alias});
        for (const Identifier &identifier : p.identifiers)
            fields.append({SearchHit::Field::Identifier, identifier.value});
        fields.append({SearchHit::Field::Description, p.description});
        if (found < limit)
            if (auto hit = entityHit(SearchHit::Kind::Party, p.id.value, p.name, fields, terms)) {
                hits.append(*hit);
                ++found;
            }
    }
    const QList<Product> products = this->products();
    QHash<qint64, QString> productNames;
    found = 0;
    for (const Product &p : products) {
        productNames.insert(p.id.value, p.name);
        if (found < limit)
            if (auto hit = entityHit(SearchHit::Kind::Product, p.id.value, p.name,
                                     {{SearchHit::Field::Name, p.name},
                                      {SearchHit::Field::Name, p.vendor},
                                      {SearchHit::Field::Description, p.description}},
                                     terms)) {
                hits.append(*hit);
                ++found;
            }
    }
    found = 0;
    for (const Link &l : this->links()) {
        if (found >= limit)
            break;
        // A link is named by its ends and what went between them: "Aivres → Indosat: GB200 NVL72".
        QString name = partyNames.value(l.from.value) + QStringLiteral(" \u2192 ") + partyNames.value(l.to.value);
        if (l.product)
            name += QStringLiteral(": ") + productNames.value(l.product->value);
        if (auto hit = entityHit(SearchHit::Kind::Link, l.id.value, name,
                                 {{SearchHit::Field::Name, name}, {SearchHit::Field::Description, l.description}},
                                 terms)) {
            hits.append(*hit);
            ++found;
        }
    }

    // Sources and notes: FTS5 finds the rows, best first; the excerpt is cut from the text as
    // written, so it quotes the source. The joins drop index rows of a hostile file that name
    // no real note or source.
    sql::Statement sources(m_db, R"sql(
        SELECT s.id FROM source_search JOIN source s ON s.id = source_search.rowid
        WHERE source_search MATCH ?1 ORDER BY rank LIMIT ?2)sql");
    sources.bind(1, matchExpression(terms, QStringLiteral("{title publisher body}"))).bind(2, limit);
    QList<qint64> sourceIds;
    while (sources.step())
        sourceIds << sources.int64(0);
    for (const qint64 id : std::as_const(sourceIds)) {
        const auto s = searchedSource(id);
        if (!s)
            continue;
        const TextLanguage language = search::textLanguage(s->language);
        auto quoted = search::quoteMatches(s->text, terms, language, SearchHit::markStart, SearchHit::markEnd);
        SearchHit hit{SearchHit::Kind::Source, id, quoted.text, SearchHit::Field::Text, pageAt(*s, quoted.firstMatch),
                      s->title, s->language};
        if (quoted.firstMatch < 0) { // only the title or publisher matched
            const QString heading = s->title + (s->publisher.isEmpty() ? QString() : QStringLiteral(" \u00B7 ") + s->publisher);
            quoted = search::quoteMatches(heading, terms, language, SearchHit::markStart, SearchHit::markEnd);
            hit.snippet = quoted.text;
            hit.field = SearchHit::Field::Title;
            hit.page = 0;
        }
        hits.append(hit);
    }

    sql::Statement notes(m_db, R"sql(
        SELECT n.id, n.excerpt, s.language, n.source_id, n.start FROM note_search
        JOIN note n ON n.id = note_search.rowid JOIN source s ON s.id = n.source_id
        WHERE note_search MATCH ?1 ORDER BY rank LIMIT ?2)sql");
    notes.bind(1, matchExpression(terms, QStringLiteral("body"))).bind(2, limit);
    struct NoteRow { qint64 id; QString excerpt, language; qint64 source; int start; };
    QList<NoteRow> noteRows;
    while (notes.step())
        noteRows.append({notes.int64(0), notes.text(1), notes.text(2), notes.int64(3), int(notes.int64(4))});
    QHash<qint64, Source> sourcesOfNotes;
    for (const NoteRow &row : std::as_const(noteRows)) {
        const auto quoted = search::quoteMatches(row.excerpt, terms, search::textLanguage(row.language),
                                                 SearchHit::markStart, SearchHit::markEnd);
        if (!sourcesOfNotes.contains(row.source))
            if (const auto s = searchedSource(row.source))
                sourcesOfNotes.insert(row.source, *s);
        const Source of = sourcesOfNotes.value(row.source);
        hits.append({SearchHit::Kind::Note, row.id, quoted.text, SearchHit::Field::Text,
                     pageAt(of, row.start + std::max(0, quoted.firstMatch)), of.title, row.language});
    }
    return hits;
}

} // namespace chiptrail
