# SPDX-License-Identifier: GPL-3.0-or-later
"""The hostile corpus of issue 16's campaign (campaign.py runs it): case files made by hand to
carry what a stranger's file can carry, mutations of the sample case file, and case JSON. Each
item is (name, make), where make(folder) writes case.chiptrail (or case.json) and whatever lies
beside it into an empty folder."""

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys

CASE = "case.chiptrail"

# Hand-made case files

def edit(path, *statements, schema=False):
    db = sqlite3.connect(path, isolation_level=None)
    if schema:
        db.execute("PRAGMA writable_schema = ON")
    for statement in statements:
        if isinstance(statement, tuple):
            db.execute(*statement)
        else:
            db.executescript(statement)
    if schema:
        assert db.total_changes > 0, f"{statements}: nothing in the schema was changed"
        version = db.execute("PRAGMA schema_version").fetchone()[0]
        db.execute(f"PRAGMA schema_version = {version + 1}")
        db.execute("PRAGMA writable_schema = OFF")
    db.close()


def patch(path, offset, data):
    with open(path, "r+b") as file:
        file.seek(offset)
        file.write(data)


def page_size(path):
    with open(path, "rb") as file:
        header = file.read(100)
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def interrupted(path, *statements, wal=False):
    """Leaves an edit interrupted by kill -9: a hot journal (or a WAL with frames) beside `path`."""
    script = (
        "import sqlite3, sys, time\n"
        "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        + ("db.execute('PRAGMA journal_mode = WAL')\n"
           "db.execute('PRAGMA wal_autocheckpoint = 0')\n" if wal else "")
        + "db.execute('PRAGMA cache_size = 1')\n"
        "db.execute('BEGIN')\n"
        f"for s in {list(statements)!r}: db.execute(s)\n"
        + ("db.execute('COMMIT')\ndb.execute('BEGIN')\ndb.execute(\"UPDATE party SET name = name || ' (uncommitted)'\")\n"
           if wal else "")
        + "print('ready', flush=True)\n"
        "time.sleep(60)\n")
    child = subprocess.Popen([sys.executable, "-c", script, path], stdout=subprocess.PIPE)
    assert child.stdout.readline().strip() == b"ready"
    child.kill()
    child.wait()


def hand_made(base, json_sample):
    """(name, make(folder)) pairs; `make` writes case.chiptrail (and what lies beside it)."""
    items = []

    def case(name):
        def register(make):
            def build(folder):
                target = os.path.join(folder, CASE)
                shutil.copy2(base, target)
                make(target)
            items.append((name, build))
            return make
        return register

    def other(name):
        def register(make):
            items.append((name, make))
            return make
        return register

    # Triggers, views, recursive queries: the file's schema is not the program's.
    @case("trigger-wipes-claims")
    def _(p): edit(p, "CREATE TRIGGER wipe AFTER INSERT ON node_position BEGIN DELETE FROM note_claim; END;")

    @case("trigger-on-update-party")
    def _(p): edit(p, "CREATE TRIGGER t BEFORE UPDATE ON party BEGIN DELETE FROM source; END;")

    @case("trigger-on-delete-raise")
    def _(p): edit(p, "CREATE TRIGGER t BEFORE DELETE ON link BEGIN SELECT RAISE(ABORT, 'no'); END;")

    @case("trigger-on-fts-shadow")
    def _(p): edit(p, "CREATE TRIGGER t AFTER INSERT ON note_search_data BEGIN DELETE FROM note; END;")

    @case("view-instead-of-note_claim")
    def _(p): edit(p, "CREATE TABLE keep AS SELECT * FROM note_claim; DROP TABLE note_claim; "
                      "CREATE VIEW note_claim AS SELECT * FROM keep;")

    @case("view-endless-recursive-cte")
    def _(p): edit(p, "DROP TABLE party_alias; CREATE VIEW party_alias AS WITH RECURSIVE n(x) AS "
                      "(SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x AS party_id, x AS position, 'a' AS alias FROM n;")

    @case("view-extra-endless")
    def _(p): edit(p, "CREATE VIEW forever AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n;")

    @case("table-extra")
    def _(p): edit(p, "CREATE TABLE extra(x); INSERT INTO extra VALUES (1);")

    @case("index-extra")
    def _(p): edit(p, "CREATE INDEX extra ON party(name);")

    @case("index-on-expression")
    def _(p): edit(p, "CREATE INDEX extra ON party(length(name) * 2);")

    @case("index-unknown-function")
    def _(p): edit(p, "CREATE INDEX extra ON party(name);",
                   "UPDATE sqlite_schema SET sql = 'CREATE INDEX extra ON party(evil(name))' WHERE name = 'extra';",
                   schema=True)

    @case("table-altered-check")
    def _(p): edit(p, "UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (start >= 0)', "
                      "'CHECK (start >= 0 OR load_extension(''/tmp/evil''))') WHERE name = 'note';", schema=True)

    @case("table-altered-default-subquery")
    def _(p): edit(p, "UPDATE sqlite_schema SET sql = replace(sql, 'DEFAULT 1', "
                      "'DEFAULT (randomblob(1000000000))') WHERE name = 'product';", schema=True)

    @case("table-column-added")
    def _(p): edit(p, "ALTER TABLE party ADD COLUMN extra TEXT;")

    @case("table-missing")
    def _(p): edit(p, "DROP TABLE screening_decision;")

    @case("fts-evil-module")
    def _(p): edit(p, "UPDATE sqlite_schema SET sql = replace(sql, 'USING fts5', 'USING evilmod') "
                      "WHERE name = 'note_search';", schema=True)

    @case("generated-column-via-schema")
    def _(p): edit(p, "UPDATE sqlite_schema SET sql = replace(sql, 'confidence TEXT NOT NULL\n) STRICT', "
                      "'confidence TEXT NOT NULL, g TEXT AS (zeroblob(2000000000))\n) STRICT') WHERE name = 'party';",
                   schema=True)

    # Giant values and many rows.
    @case("name-10001-chars")
    def _(p): edit(p, ("UPDATE party SET name = ? WHERE id = (SELECT min(id) FROM party)", ("N" * 10001,)))

    @case("name-160KB")
    def _(p): edit(p, ("UPDATE party SET name = ? WHERE id = (SELECT min(id) FROM party)", ("Huawei " * 23000,)))

    @case("name-1MB-every-party")
    def _(p): edit(p, ("UPDATE party SET name = ?", ("Inspur Group " * 80000,)))

    @case("name-50MB")
    def _(p): edit(p, ("UPDATE party SET name = ? WHERE id = (SELECT min(id) FROM party)", ("x" * (50 << 20),)))

    @case("title-20MB")
    def _(p): edit(p, ("UPDATE case_info SET value = ? WHERE name = 'title'", ("T" * (20 << 20),)))

    @case("description-70MB")
    def _(p): edit(p, ("UPDATE party SET description = ? WHERE id = (SELECT min(id) FROM party)", ("d" * (70 << 20),)))

    @case("alias-one-million-words")
    def _(p): edit(p, ("UPDATE party_alias SET alias = ?", (" ".join(["a"] * 1000000),)))

    @case("links-100000-between-two")
    def _(p): edit(p, "INSERT INTO link(key, kind, from_id, to_id, confidence) "
                      "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000) "
                      "SELECT 'fan-' || x, 'sale', (SELECT min(id) FROM party), (SELECT max(id) FROM party), "
                      "'reported' FROM n;")

    @case("parties-20000-unplaced")
    def _(p): edit(p, "INSERT INTO party(key, name, role, confidence) "
                      "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 20000) "
                      "SELECT 'bulk-' || x, 'Bulk party ' || x, 'distributor', 'reported' FROM n;")

    # Texts a program could mangle.
    @case("name-invalid-utf8")
    def _(p): edit(p, "UPDATE party SET name = CAST(X'496e73707572ff20c080' AS TEXT) WHERE id = (SELECT min(id) FROM party);")

    @case("name-cesu-surrogate")
    def _(p): edit(p, "UPDATE party SET name = CAST(X'41eda08042' AS TEXT) WHERE id = (SELECT min(id) FROM party);")

    @case("name-nul-byte")
    def _(p): edit(p, "UPDATE party SET name = CAST(X'4100420043' AS TEXT) WHERE id = (SELECT min(id) FROM party);")

    @case("name-controls-rtl-markup")
    def _(p): edit(p, ("UPDATE party SET name = ? WHERE id = (SELECT min(id) FROM party)",
                       ("Evil\u202eCorp\n<img src=x onerror=alert(1)> %1 %2 \x1b[2J\t\\N",)))

    @case("title-terminal-escapes")
    def _(p): edit(p, ("UPDATE case_info SET value = ? WHERE name = 'title'",
                       ("Case\x1b[2J\x1b]0;owned\x07\nFile check:      ok",)))

    @case("text-bom-start")
    def _(p): edit(p, ("UPDATE party SET name = ? WHERE id = (SELECT min(id) FROM party)", ("\ufeff\ufeffAivres",)))

    # Positions the canvas must survive.
    @case("positions-huge")
    def _(p): edit(p, "UPDATE node_position SET x = 1e308, y = -1e308 WHERE party_id % 2 = 0; "
                      "UPDATE node_position SET x = -1e308, y = 1e308 WHERE party_id % 2 = 1;")

    @case("positions-infinite")
    def _(p): edit(p, "UPDATE node_position SET x = 9e999, y = -9e999;")

    @case("positions-all-on-one-spot")
    def _(p): edit(p, "UPDATE node_position SET x = 0, y = 0, pinned = 1;")

    # Rows that break the case's own rules (the schema is the program's).
    @case("link-to-missing-party")
    def _(p): edit(p, "UPDATE link SET to_id = 999999 WHERE id = (SELECT min(id) FROM link);")

    @case("note-excerpt-mismatch")
    def _(p): edit(p, "UPDATE note SET excerpt = 'not in the source' WHERE id = (SELECT min(id) FROM note);")

    @case("note-offsets-out-of-range")
    def _(p): edit(p, "UPDATE note SET start = 2000000000 WHERE id = (SELECT min(id) FROM note);")

    @case("claim-about-nothing")
    def _(p): edit(p, "UPDATE note_claim SET subject_id = 999999 WHERE rowid IN (SELECT rowid FROM note_claim LIMIT 3);")

    @case("role-unknown")
    def _(p): edit(p, "UPDATE party SET role = 'overlord' WHERE id = (SELECT min(id) FROM party);")

    @case("date-garbage")
    def _(p): edit(p, "UPDATE link SET date_from = '2025-13-45', date_to = 'yesterday';")

    @case("quantity-extremes")
    def _(p): edit(p, "UPDATE link SET quantity = 9223372036854775807, value = 1e308;")

    @case("translation-cycle")
    def _(p): edit(p, "UPDATE note SET translation_of = id;")

    @case("title-missing")
    def _(p): edit(p, "DELETE FROM case_info WHERE name = 'title';")

    # The full-text index, damaged.
    @case("fts-data-deleted")
    def _(p): edit(p, "DELETE FROM source_search_data WHERE id > 10;")

    @case("fts-data-garbled")
    def _(p): edit(p, "UPDATE note_search_data SET block = randomblob(length(block)) WHERE id > 1;")

    @case("fts-bogus-row")
    def _(p): edit(p, "INSERT INTO note_search(rowid, body, folded, stems) VALUES (987654, 'bogus', 'bogus', 'bogus');")

    @case("fts-content-replaced")
    def _(p): edit(p, "UPDATE note_search_content SET c0 = 'replaced' WHERE id = (SELECT min(id) FROM note_search_content);")

    @case("fts-config-version")
    def _(p): edit(p, "UPDATE source_search_config SET v = 99 WHERE k = 'version';")

    @case("fts-docsize-wrong")
    def _(p): edit(p, "UPDATE note_search_docsize SET sz = X'ffffffff';")

    # The header and the pages.
    @case("header-newer-version")
    def _(p): edit(p, "PRAGMA user_version = 99;")

    @case("header-version-zero")
    def _(p): edit(p, "PRAGMA user_version = 0;")

    @case("header-application-id")
    def _(p): edit(p, "PRAGMA application_id = 1;")

    @case("header-utf16")
    def _(p): patch(p, 56, (2).to_bytes(4, "big"))

    @case("header-page-size-odd")
    def _(p): patch(p, 16, (1000).to_bytes(2, "big"))

    @case("header-reserved-bytes")
    def _(p): patch(p, 20, bytes([64]))

    @case("header-size-huge")
    def _(p): patch(p, 28, (0x7fffffff).to_bytes(4, "big"))

    @case("header-freelist-loop")
    def _(p): patch(p, 32, (2).to_bytes(4, "big")) or patch(p, 36, (5).to_bytes(4, "big"))

    @case("header-schema-format-9")
    def _(p): patch(p, 44, (9).to_bytes(4, "big"))

    @case("page-one-cut")
    def _(p): os.truncate(p, 60)

    @case("header-only")
    def _(p): os.truncate(p, 100)

    # Not a case file at all.
    @other("empty-file")
    def _(f): open(os.path.join(f, CASE), "wb").close()

    @other("text-file")
    def _(f): open(os.path.join(f, CASE), "w").write("this is not a case\n" * 10)

    @other("json-as-case")
    def _(f): shutil.copy2(json_sample, os.path.join(f, CASE))

    @other("zeros-1MB")
    def _(f): open(os.path.join(f, CASE), "wb").write(bytes(1 << 20))

    @other("sqlite-not-chiptrail")
    def _(f): edit(os.path.join(f, CASE), "CREATE TABLE t(x); INSERT INTO t VALUES (1);")

    # Pipes, devices, folders.
    @other("pipe-as-case")
    def _(f): os.mkfifo(os.path.join(f, CASE))

    @other("symlink-to-pipe")
    def _(f): os.mkfifo(os.path.join(f, "pipe")) or os.symlink("pipe", os.path.join(f, CASE))

    @other("symlink-to-dev-zero")
    def _(f): os.symlink("/dev/zero", os.path.join(f, CASE))

    @other("symlink-to-dev-urandom")
    def _(f): os.symlink("/dev/urandom", os.path.join(f, CASE))

    @other("folder-as-case")
    def _(f): os.makedirs(os.path.join(f, CASE))

    @case("pipe-as-journal")
    def _(p): os.mkfifo(p + "-journal")

    @case("pipe-as-wal")
    def _(p): os.mkfifo(p + "-wal")

    @case("folder-as-journal")
    def _(p): os.makedirs(p + "-journal")

    # After a crash: hot journals.
    long_edit = ("UPDATE source SET text = text || ' (edited)'", "UPDATE party SET name = name || ' (edited)'",
                 "DELETE FROM note_claim")

    @case("hot-journal")
    def _(p): interrupted(p, *long_edit)

    @case("hot-journal-garbled")
    def _(p):
        interrupted(p, *long_edit)
        size = os.path.getsize(p + "-journal")
        patch(p + "-journal", size // 2, os.urandom(min(4096, size // 4)))

    @case("hot-journal-cut")
    def _(p):
        interrupted(p, *long_edit)
        os.truncate(p + "-journal", 600)

    @case("hot-journal-header-zeroed")
    def _(p):
        interrupted(p, *long_edit)
        patch(p + "-journal", 0, bytes(28))

    @case("hot-journal-super-journal")
    def _(p):
        interrupted(p, *long_edit)
        # A super-journal name at the end of the journal (the format of SQLite's pager).
        name = b"/tmp/victim-file"
        record = (1 << 31).to_bytes(4, "big")  # PAGER_SJ_PGNO for a 4 KiB page size is not 1<<31,
        with open(p + "-journal", "ab") as journal:  # so this also exercises a malformed trailer
            journal.write(record + name + len(name).to_bytes(4, "big") + sum(name).to_bytes(4, "big")
                          + bytes.fromhex("d9d505f920a163d7"))

    @case("journal-of-another-file")
    def _(p):
        other_case = p + ".other"
        shutil.copy2(p, other_case)
        edit(other_case, "PRAGMA user_version = 5;")
        interrupted(other_case, *long_edit)
        os.replace(other_case + "-journal", p + "-journal")
        os.remove(other_case)

    # WAL headers and files.
    @case("wal-header-no-wal-file")
    def _(p): patch(p, 18, bytes([2, 2]))

    @case("wal-with-frames")
    def _(p): interrupted(p, "UPDATE party SET name = name || ' (in the WAL)'", wal=True)

    @case("wal-garbled")
    def _(p):
        interrupted(p, "UPDATE party SET name = name || ' (in the WAL)'", wal=True)
        size = os.path.getsize(p + "-wal")
        patch(p + "-wal", 32 + size // 3, os.urandom(min(8192, size // 3)))

    @case("wal-shm-is-pipe")
    def _(p):
        interrupted(p, "UPDATE party SET name = name || ' (in the WAL)'", wal=True)
        if os.path.exists(p + "-shm"):
            os.remove(p + "-shm")
        os.mkfifo(p + "-shm")

    @case("wal-from-another-file")
    def _(p):
        other_case = p + ".other"
        shutil.copy2(p, other_case)
        interrupted(other_case, "UPDATE party SET name = 'Someone else'", wal=True)
        patch(p, 18, bytes([2, 2]))
        os.replace(other_case + "-wal", p + "-wal")
        for leftover in (other_case, other_case + "-shm"):
            if os.path.exists(leftover):
                os.remove(leftover)

    return items


def mutations(base, count, rng):
    """(name, make(folder)) pairs of the sample case file, damaged at random."""
    data = open(base, "rb").read()
    size = page_size(base)
    pages = len(data) // size
    kinds = ["flip-bytes", "flip-page-one", "flip-header", "zero-page", "copy-page", "cut", "append",
             "flip-many"]
    items = []
    for index in range(count):
        kind = kinds[index % len(kinds)]
        local = random.Random(rng.getrandbits(64))

        def make(folder, kind=kind, local=local):
            bytes_ = bytearray(data)
            if kind == "flip-bytes":
                for _ in range(local.randint(1, 8)):
                    bytes_[local.randrange(len(bytes_))] ^= 1 << local.randrange(8)
            elif kind == "flip-many":
                for _ in range(local.randint(50, 500)):
                    bytes_[local.randrange(len(bytes_))] = local.randrange(256)
            elif kind == "flip-page-one":
                for _ in range(local.randint(1, 6)):
                    bytes_[local.randrange(100, size)] = local.randrange(256)
            elif kind == "flip-header":
                bytes_[local.randrange(100)] = local.randrange(256)
            elif kind == "zero-page":
                page = local.randrange(pages)
                bytes_[page * size:(page + 1) * size] = bytes(size)
            elif kind == "copy-page":
                source, target = local.randrange(pages), local.randrange(pages)
                bytes_[target * size:(target + 1) * size] = data[source * size:(source + 1) * size]
            elif kind == "cut":
                del bytes_[local.randrange(1, len(bytes_)):]
            elif kind == "append":
                bytes_ += bytes(local.randrange(256) for _ in range(local.randint(1, 3 * size)))
            open(os.path.join(folder, CASE), "wb").write(bytes_)

        items.append((f"mutation-{index:03d}-{kind}", make))
    return items


# --------------------------------------------------------------------------------------------
# The corpus: case JSON (command line only)

def json_items(sample, count, rng):
    text = open(sample, "rb").read()
    items = []

    def add(name, data):
        items.append((name, data))

    case = json.loads(text)

    def with_name(name):
        copy = json.loads(text)
        copy["parties"][0]["name"] = name
        return json.dumps(copy).encode()

    add("json-lone-surrogate", text.replace(b'"name": "', b'"name": "\\ud800', 1)
        if b'"name": "' in text else with_name("x").replace(b'"x"', b'"\\ud800x"'))
    add("json-invalid-utf8", with_name("Aivres").replace(b"Aivres", b"Aiv\xffres", 1))
    add("json-bom-name", with_name("\ufeffAivres"))
    add("json-tab-newline-name", with_name("Tab\there\nnewline"))
    add("json-name-10001", with_name("N" * 10001))
    add("json-name-50MB", with_name("x" * (50 << 20)))
    copy = json.loads(text)
    copy["parties"][0]["description"] = "d" * (70 << 20)
    add("json-description-70MB", json.dumps(copy).encode())
    add("json-deep-nesting", b"[" * 1000000 + b"]" * 1000000)
    add("json-deep-object", b'{"a":' * 200000 + b"1" + b"}" * 200000)
    add("json-huge-number", text.replace(b"2304", b"1e999", 1))
    add("json-duplicate-keys", text.replace(b"{", b'{"parties": [], ', 1))
    add("json-nul-bytes", with_name("A\u0000B"))
    add("json-truncated", text[:len(text) // 2])
    add("json-empty", b"")
    add("json-not-object", b"[1, 2, 3]")
    add("json-bom-file", b"\xef\xbb\xbf" + text)
    add("json-utf16-file", text.decode("utf-8").encode("utf-16"))
    many = json.loads(text)
    many["parties"] = [dict(case["parties"][0], key=f"p{i}", name=f"Party {i}") for i in range(100000)]
    add("json-100000-parties", json.dumps(many).encode())
    for index in range(count):
        local = random.Random(rng.getrandbits(64))
        data = bytearray(text)
        for _ in range(local.randint(1, 10)):
            position = local.randrange(len(data))
            choice = local.random()
            if choice < 0.5:
                data[position] = local.choice(b'{}[]",:\\0123456789aeuntrfl \xff\xc0')
            elif choice < 0.75:
                del data[position:position + local.randint(1, 40)]
            else:
                data[position:position] = local.choice([b"\\ud800", b"\\u0000", b"\xef\xbb\xbf", b"1e999",
                                                        b'"' + b"z" * 20000 + b'"', b"null", b"[[[[[["])
        add(f"json-mutation-{index:03d}", bytes(data))
    return items


