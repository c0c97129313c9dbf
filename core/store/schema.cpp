// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include <array>
#include <string>

namespace chiptrail::schema {
namespace {

// Version 1: the domain. Subjects of notes and attribute confidences are (kind, id) pairs, so the
// store removes them with their subject; everything else is held by foreign keys.
constexpr const char *version1 = R"sql(
CREATE TABLE case_info (name TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

CREATE TABLE party (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    incorporation_country TEXT,
    headquarters_country TEXT,
    description TEXT,
    confidence TEXT NOT NULL
) STRICT;
CREATE TABLE party_alias (
    party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    alias TEXT NOT NULL,
    PRIMARY KEY (party_id, position)
) STRICT;
CREATE TABLE party_identifier (
    party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    scheme TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (party_id, position)
) STRICT;

CREATE TABLE site (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    city TEXT,
    operator_id INTEGER REFERENCES party(id),
    description TEXT,
    confidence TEXT NOT NULL
) STRICT;

CREATE TABLE product (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    vendor TEXT,
    kind TEXT NOT NULL,
    tpp REAL,
    die_area_mm2 REAL,
    performance_density REAL,
    memory_bandwidth_gbps REAL,
    interconnect_gbps REAL,
    datacenter INTEGER NOT NULL DEFAULT 1,
    contains_id INTEGER REFERENCES product(id),
    chips_per_unit INTEGER NOT NULL DEFAULT 0,
    description TEXT,
    confidence TEXT NOT NULL
) STRICT;

CREATE TABLE link (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    from_id INTEGER NOT NULL REFERENCES party(id),
    to_id INTEGER NOT NULL REFERENCES party(id),
    product_id INTEGER REFERENCES product(id),
    quantity INTEGER,
    value REAL,
    currency TEXT,
    date_from TEXT,
    date_to TEXT,
    site_id INTEGER REFERENCES site(id),
    ship_from_country TEXT,
    ship_to_country TEXT,
    description TEXT,
    confidence TEXT NOT NULL
) STRICT;
CREATE INDEX link_from ON link(from_id);
CREATE INDEX link_to ON link(to_id);

CREATE TABLE source (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    publisher TEXT,
    date TEXT,
    language TEXT NOT NULL,
    url TEXT,
    text TEXT NOT NULL
) STRICT;

CREATE TABLE note (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    source_id INTEGER NOT NULL REFERENCES source(id),
    start INTEGER NOT NULL CHECK (start >= 0),
    length INTEGER NOT NULL CHECK (length > 0),
    excerpt TEXT NOT NULL,
    translation_of INTEGER REFERENCES note(id)
) STRICT;
CREATE TABLE note_claim (
    note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id INTEGER NOT NULL,
    attribute TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (note_id, position)
) STRICT;
CREATE INDEX note_claim_subject ON note_claim(subject_kind, subject_id);

CREATE TABLE attribute_confidence (
    subject_kind TEXT NOT NULL,
    subject_id INTEGER NOT NULL,
    attribute TEXT NOT NULL,
    confidence TEXT NOT NULL,
    PRIMARY KEY (subject_kind, subject_id, attribute)
) STRICT;
)sql";

// Version 2: where the user (or the layout) put each party on the canvas. Pinned positions were
// placed by hand and survive a re-layout.
constexpr const char *version2 = R"sql(
CREATE TABLE node_position (
    party_id INTEGER PRIMARY KEY REFERENCES party(id) ON DELETE CASCADE,
    x REAL NOT NULL,
    y REAL NOT NULL,
    pinned INTEGER NOT NULL DEFAULT 0
) STRICT;
)sql";

// Version 3: decisions on screening hits ("not the listed Inspur"), kept with the case.
constexpr const char *version3 = R"sql(
CREATE TABLE screening_decision (
    party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE,
    entry_id TEXT NOT NULL,
    list_name TEXT NOT NULL,
    is_match INTEGER NOT NULL,
    reason TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (party_id, entry_id)
) STRICT;
)sql";

// Version 4: full-text search over sources and notes. FTS5 folds case and strips diacritics
// ("uber" finds "über"); the `folded` column holds the text spelt without umlauts and ß
// (chiptrail::foldGerman, registered as chiptrail_fold while migrating) so "Mueller" finds
// "Müller". Row ids are those of source and note. The store keeps both tables in step from C++:
// with trusted_schema=OFF a trigger cannot write to a virtual table.
constexpr const char *version4 = R"sql(
CREATE VIRTUAL TABLE source_search USING fts5(
    title, publisher, body, folded, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE note_search USING fts5(
    body, folded, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO source_search(rowid, title, publisher, body, folded)
    SELECT id, title, coalesce(publisher, ''), text,
           chiptrail_fold(title || ' ' || coalesce(publisher, '') || ' ' || text) FROM source;
INSERT INTO note_search(rowid, body, folded) SELECT id, excerpt, chiptrail_fold(excerpt) FROM note;
)sql";

// Version 5: the combined role "telecom_cloud_provider" split into telecom, cloud provider and
// data-centre operator (plus investor); old rows become cloud_provider, the role the combined one
// stood for in every case seen (renting out compute). Ownership links get the owner's share in
// percent, checked here as well as in the store so a hand-made file cannot hold 150 %.
constexpr const char *version5 = R"sql(
UPDATE party SET role = 'cloud_provider' WHERE role = 'telecom_cloud_provider';
ALTER TABLE link ADD COLUMN ownership_share REAL
    CHECK (ownership_share IS NULL OR (ownership_share >= 0 AND ownership_share <= 100));
)sql";

// The search index of the current case format. Made by version 6 and again by CaseStore when
// the index in a file is found damaged on open: one text, so both make the same schema.
constexpr const char *searchTablesSql = R"sql(
CREATE VIRTUAL TABLE source_search USING fts5(
    title, publisher, body, folded, stems, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE note_search USING fts5(
    body, folded, stems, tokenize = 'unicode61 remove_diacritics 2');
)sql";

// Version 6: sources as reporters keep them, and search by word forms.
// - source_origin: when the source was retrieved and where an archived copy is (one row per
//   source that has either; a separate table so older files recover without it).
// - source_page: where each page of a paged source (PDF) begins in its text, in code points, so
//   a note cites "p. 3".
// - source_file: the PDF itself, byte for byte, with its SHA-256 (the case is the only state).
// - the search index gains a `stems` column (Snowball stems, chiptrail_stems(text, language)
//   while migrating); FTS5 tables cannot gain a column, so both are made again from the rows.
constexpr const char *version6Tables = R"sql(
CREATE TABLE source_origin (
    source_id INTEGER PRIMARY KEY REFERENCES source(id) ON DELETE CASCADE,
    retrieved TEXT,
    archive_url TEXT
) STRICT;
CREATE TABLE source_page (
    source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    page INTEGER NOT NULL CHECK (page >= 1),
    start INTEGER NOT NULL CHECK (start >= 0),
    PRIMARY KEY (source_id, page)
) STRICT;
CREATE TABLE source_file (
    source_id INTEGER PRIMARY KEY REFERENCES source(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    bytes BLOB NOT NULL
) STRICT;
DROP TABLE source_search;
DROP TABLE note_search;
)sql";
constexpr const char *version6Fill = R"sql(
INSERT INTO source_search(rowid, title, publisher, body, folded, stems)
    SELECT id, title, coalesce(publisher, ''), text,
           chiptrail_fold(title || ' ' || coalesce(publisher, '') || ' ' || text),
           chiptrail_stems(title || ' ' || coalesce(publisher, '') || ' ' || text, language) FROM source;
INSERT INTO note_search(rowid, body, folded, stems)
    SELECT n.id, n.excerpt, chiptrail_fold(n.excerpt), chiptrail_stems(n.excerpt, s.language)
    FROM note n JOIN source s ON s.id = n.source_id;
)sql";

} // namespace

std::span<const char *const> migrations()
{
    static const std::string version6 = std::string(version6Tables) + searchTablesSql + version6Fill;
    static const std::array<const char *, 6> all{version1, version2, version3, version4, version5, version6.c_str()};
    return all;
}

const char *searchTables() { return searchTablesSql; }

} // namespace chiptrail::schema
