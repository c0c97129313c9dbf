// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "model/entities.h"
#include "store/bulkimport.h"
#include "store/casechange.h"
#include "store/partymerge.h"
#include "store/sqlite_handles.h"
#include "store/transaction.h"

#include <QObject>
#include <QPointF>
#include <functional>
#include <memory>

namespace chiptrail {

struct CaseCounts
{
    int parties = 0, sites = 0, products = 0, links = 0, sources = 0, notes = 0;
    int unsourcedClaims = 0; // parties, sites, products and links without any note
};

// What removing a party took with it, so undo can put every row back with its old id.
struct PartyRemoval
{
    Party party;
    QList<Link> links;               // links from or to the party
    QList<Site> operatedSites;       // sites it operated (their operator is cleared)
    QList<ScreeningDecision> decisions; // decisions on its screening hits
    QList<Note> notesBefore;         // notes whose claims pointed at the party or its links
    std::optional<QPointF> position; // its place on the canvas
    bool pinned = false;
};

struct LinkRemoval
{
    Link link;
    QList<Note> notesBefore;
};

struct SiteRemoval
{
    Site site;
    QList<Note> notesBefore;
};

struct ProductRemoval
{
    Product product;
    QList<Note> notesBefore;
};

// One hit of a search: what was found and the words around the match, quoted from the text as
// written (never in the spelling searched for). The matched words are wrapped in
// SearchHit::markStart / markEnd; the rest is plain text.
struct SearchHit
{
    enum class Kind { Party, Link, Product, Source, Note };
    enum class Field { Name, Alias, Identifier, Description, Title, Text };
    static constexpr QChar markStart{0xE000};
    static constexpr QChar markEnd{0xE001};
    Kind kind = Kind::Note;
    qint64 id = 0;
    QString snippet;
    Field field = Field::Text; // where the snippet is from
    int page = 0;              // the page of a paged source the match is on, else 0
    QString title;             // what was found: a name, a source's title (a note's: its source's)
    QString language;          // of a source or note
    bool operator==(const SearchHit &) const = default;
};

// The case file. All SQL of the program lives behind this class (and its helpers in core/store).
// Every public mutator is one transaction: when it returns, the change is on disk and `changed`
// has said which rows it wrote; when it throws, the file is as it was and nothing is said.
class CaseStore : public QObject
{
    Q_OBJECT
public:
    enum class Access { ReadWrite, ReadOnly };

    // A new, empty case file at `path`; refuses to overwrite an existing file.
    static std::unique_ptr<CaseStore> create(const QString &path, const CaseInfo &info);
    // An existing case file, opened defensively. Throws CaseError naming the file and the reason.
    // ReadWrite upgrades an older schema in place; ReadOnly never writes.
    static std::unique_ptr<CaseStore> open(const QString &path, Access access = Access::ReadWrite);
    // A case built from `data` (e.g. imported JSON) in a new file, all or nothing.
    static std::unique_ptr<CaseStore> createFrom(const QString &path, const CaseData &data);
    // A refusal found after opening's checks passed (reading the rows), worded like theirs:
    // the file first (once, whether or not `error` names it already), "it was not opened" last.
    static CaseError notOpened(const QString &path, const CaseError &error);

    ~CaseStore() override;

    QString path() const { return m_path; }
    int schemaVersion() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly; }

    // Reading
    CaseInfo info() const;
    QList<Party> parties() const;
    QList<Site> sites() const;
    QList<Product> products() const;
    QList<Link> links() const;
    QList<Source> sources() const;
    QList<Note> notes() const;
    std::optional<Party> party(PartyId id) const;
    std::optional<Site> site(SiteId id) const;
    std::optional<Product> product(ProductId id) const;
    std::optional<Link> link(LinkId id) const;
    std::optional<Source> source(SourceId id) const;
    std::optional<Note> note(NoteId id) const;
    QList<Note> notesFor(SubjectKind subject, qint64 id) const;
    CaseData load() const;
    CaseCounts counts() const;
    QList<NodePosition> nodePositions() const;
    std::optional<NodePosition> nodePosition(PartyId party) const;
    QList<ScreeningDecision> screeningDecisions() const;

    // What opening did about a damaged search index, said once to the user: empty unless the
    // index was found damaged and rebuilt from the sources and notes (read-write opens only).
    QString repairedOnOpen() const { return m_repairedOnOpen; }
    // A read-only open never writes, so a damaged index stays as it is: this says so (searching
    // may then fail or miss rows; everything else reads as usual). Empty when the index is sound.
    QString searchIndexWarning() const { return m_searchIndexWarning; }

    // Problems in the file beyond SQLite's own checks (dangling claims, excerpts that no longer
    // match their source). Empty when the case is sound.
    QStringList integrityProblems() const;

    // Writing. An entity with a valid id is inserted under that id (undo of a removal).
    void setInfo(const CaseInfo &info);
    // With a position, the party gets that place in the same edit: pinned (placed by hand, kept by
    // Re-layout) or not (placed for the user; Re-layout may move it).
    PartyId addParty(const Party &party, std::optional<QPointF> position = std::nullopt, bool pinned = true);
    void updateParty(const Party &party);
    PartyRemoval removeParty(PartyId id);
    void restoreParty(const PartyRemoval &removal);

    SiteId addSite(const Site &site);
    void updateSite(const Site &site);
    SiteRemoval removeSite(SiteId id); // refused while a link uses the site
    void restoreSite(const SiteRemoval &removal);

    ProductId addProduct(const Product &product);
    void updateProduct(const Product &product);
    ProductRemoval removeProduct(ProductId id); // refused while a link or system uses it
    void restoreProduct(const ProductRemoval &removal);

    LinkId addLink(const Link &link);
    void updateLink(const Link &link);
    LinkRemoval removeLink(LinkId id);
    void restoreLink(const LinkRemoval &removal);

    SourceId addSource(const Source &source);
    // Notes whose excerpt moved are re-anchored where the excerpt occurs exactly once in the new
    // text (returned as they are now); if it occurs nowhere or more than once, the edit is refused.
    QList<Note> updateSource(const Source &source);
    void removeSource(SourceId id);           // refused while notes quote it
    // Puts a source back as it was, with the notes that quote it (undo of an edit).
    void restoreSource(const Source &source, const QList<Note> &notes);
    QList<Note> notesQuoting(SourceId id) const;
    // A source and one note quoting it, in one edit (a translation written by the user).
    // Ids in the arguments are used when valid; the note's source is set to the new source.
    std::pair<SourceId, NoteId> addSourceWithNote(const Source &source, Note note);
    void removeNoteWithSource(NoteId note, SourceId source);

    NoteId addNote(const Note &note);
    void updateNote(const Note &note);
    void removeNote(NoteId id);

    // Confidence of a claim: the subject's own, or that of one attribute. For an attribute,
    // nullopt means "as the subject's" (no own value stored).
    std::optional<Confidence> confidence(const ClaimRef &claim) const;
    void setConfidence(const ClaimRef &claim, std::optional<Confidence> confidence);

    // Searches everything the user wrote or quoted: parties (names, aliases, identifiers,
    // descriptions), links, products, sources and notes. Every word of the query must match,
    // by prefix, folding or word form (search/wordforms.h); hits come grouped by kind in the
    // order of SearchHit::Kind, each group best first, at most `limit` per group. An empty query
    // finds nothing.
    QList<SearchHit> search(const QString &query, int limit = 200) const;

    // Records (or replaces) the decision on one hit; undo keeps the earlier decision itself.
    void setScreeningDecision(const ScreeningDecision &decision);
    void removeScreeningDecision(PartyId party, const QString &entryId);

    // Parties found to be the same become one (store/partymerge.h): links, notes, site operators,
    // screening decisions and the canvas place of `others` move to `keep`, their names and aliases
    // become its aliases, its empty fields take their values, and then they are removed. Refused,
    // naming the link, when a link joins two of the parties (it would join a party to itself).
    // planPartyMerge writes nothing (the preview); mergeParties is one edit; unmergeParties puts
    // every row back as it was (undo).
    PartyMerge planPartyMerge(PartyId keep, const QList<PartyId> &others, const NameKey &nameKey = {}) const;
    PartyMerge mergeParties(PartyId keep, const QList<PartyId> &others, const NameKey &nameKey = {});
    void unmergeParties(const PartyMerge &merge);

    void setNodePositions(const QList<NodePosition> &positions);
    void clearNodePositions(const QList<PartyId> &parties);

    // Runs several edits as one: one transaction (all of them reach the file or none does) and
    // one report of what changed. `edits` calls the mutators above.
    void editAtOnce(const std::function<void()> &edits);

    // Adds many rows in one transaction (casestore_bulk.cpp): the entities of `import`, then the
    // links `writeLinks` hands over. If `writeLinks` throws (an error in row 900,000, Cancel),
    // nothing is written. One CaseChange is reported; past kBulkChangeLimit rows it says
    // "everything" rather than list a million ids.
    BulkImportIds importBulk(const BulkImport &import, const std::function<void(BulkLinkWriter &)> &writeLinks);
    // Removes exactly what importBulk added (undo), refused when a link or site of another edit
    // still uses one of its parties, products or sites; and puts it back (redo).
    BulkImportRemoval removeBulk(const BulkImportIds &ids);
    void restoreBulk(const BulkImportRemoval &removal);
    static constexpr qint64 kBulkChangeLimit = 20'000;

    // Copies the whole case to `path` with SQLite's backup API (Save As).
    void saveCopyAs(const QString &path) const;

Q_SIGNALS:
    // After each committed edit: the rows it wrote (see CaseDocument, which turns them into
    // typed notifications for the views).
    void changed(const chiptrail::CaseChange &change);

private:
    CaseStore(sql::Connection db, QString path, Access access);
    // Every mutator runs inside one of these; a read-only store refuses before touching the file.
    // The writers below note what they touch in m_change; the outermost edit reports it once
    // committed, and forgets it when rolled back.
    template <typename Fn>
    auto inTransaction(Fn &&fn)
    {
        if (m_access == Access::ReadOnly)
            throwReadOnly();
        ChangeScope scope(*this);
        if constexpr (std::is_void_v<std::invoke_result_t<Fn>>) {
            sql::withTransaction(m_db, std::forward<Fn>(fn));
            scope.commit();
        } else {
            auto result = sql::withTransaction(m_db, std::forward<Fn>(fn));
            scope.commit();
            return result;
        }
    }
    struct ChangeScope
    {
        explicit ChangeScope(CaseStore &store);
        ~ChangeScope();
        void commit();
        CaseStore &store;
        bool committed = false;
    };
    void noteClaimsOf(SubjectKind subject, qint64 id); // the notes whose claims on it go
    void noteTranslationsOf(NoteId id);                // the notes unpaired when it goes
    [[noreturn]] void throwReadOnly() const;
    // `given`, or for a new row without one a readable key from `name` unique in `table`.
    QString keyFor(const QString &given, bool insert, const char *table, const QString &name,
                   const QString &fallback) const;
    QString linkKeyName(const Link &link) const;
    void insertCase(const CaseData &data);
    // Every row of a table, or only the row with id `only` (0: all).
    QList<Party> readParties(qint64 only) const;
    QList<Site> readSites(qint64 only) const;
    QList<Product> readProducts(qint64 only) const;
    QList<Link> readLinks(qint64 only) const;
    QList<Source> readSources(qint64 only) const;
    void readSourceDetails(QList<Source> &sources, qint64 only) const;
    std::optional<Source> searchedSource(qint64 id) const;
    void writeSourceDetails(const Source &source, qint64 id, bool insert);
    QList<Note> readNotes(qint64 only) const;

    qint64 writeParty(const Party &party, bool insert);
    qint64 writeSite(const Site &site, bool insert);
    qint64 writeProduct(const Product &product, bool insert);
    qint64 writeLink(const Link &link, bool insert);
    void writeBulkLinks(const QList<Link> &links);
    QString freeLinkKeyPrefix(const QString &name) const;
    void noteBulk(const BulkImportIds &ids);
    // Throws CaseError naming ownership_share: a share outside 0-100 or on a link that owns nothing.
    static void requireValidShare(const Link &link);
    qint64 writeSource(const Source &source, bool insert);
    qint64 writeNote(const Note &note, bool insert);
    void writeAttributeConfidence(SubjectKind subject, qint64 id, const AttributeConfidence &map);
    AttributeConfidence readAttributeConfidence(SubjectKind subject, qint64 id) const;
    QList<Note> notesClaiming(const QList<ClaimRef> &subjects) const;
    void dropClaimsOf(SubjectKind subject, qint64 id);
    void writeScreeningDecision(const ScreeningDecision &decision);
    void writeNodePosition(PartyId party, const std::optional<NodePosition> &position);
    // The search index, kept in step with source and note rows (casestore_search.cpp).
    void indexSource(const Source &source);
    void indexNote(qint64 id, const QString &excerpt, const QString &language);
    void unindexSource(qint64 id);
    void unindexNote(qint64 id);
    // Checks the index after opening; read-write, rebuilds it when damaged (casestore_search.cpp).
    void checkSearchIndex();
    void rebuildSearchIndex();

    sql::Connection m_db;
    QString m_path;
    Access m_access;
    CaseChange m_change; // what the edit under way wrote so far
    int m_editDepth = 0;
    QString m_repairedOnOpen;
    QString m_searchIndexWarning;
};

} // namespace chiptrail
