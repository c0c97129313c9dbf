#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The hostile-file campaign of issue 16: make a corpus of hostile case files and case JSON, run
every file through the command line and the window, and count what happened.

    tests/hostile/campaign.py --build build/dev --out /tmp/hostile [--mutations 300] [--seed 1]

Corpus (under OUT/corpus, one folder per file, so files left beside a case are seen):
  - hand-made case files: triggers, views, recursive CTEs, foreign tables and indexes, altered
    definitions, giant values, odd texts, odd positions, broken rows, a damaged full-text index,
    broken headers, pipes and devices, hot journals, WAL files;
  - mutations of the sample case file (bytes flipped, pages zeroed or copied, cut, garbage added);
  - case JSON, hand-made and mutated (command line only: the window opens case files).

Each case file is given to `chiptrail-cli info`, `validate`, `check`, `export --format json`,
`recover` (when it was refused) and to the window (chiptrail-openinwindow: ChipTrail's start-up,
then File → Open's path). Each run has a watchdog: killed after 10 s (a hang) or above 2 GB of
resident memory. Before and after every run the file and everything beside it are compared byte
for byte with a pristine copy (restored after a change). When a run says the file is fine, what it
read is compared with the rows in the file read by Python's sqlite3 (counts, title, party names):
a difference is a silent alteration.

Writes OUT/results.jsonl (one line per run) and OUT/summary.md (the tables of the issue note).
"""

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
import corpus
from collections import Counter, OrderedDict
from pathlib import Path

HANG_SECONDS = 10
RSS_LIMIT = 2 * 1024 ** 3
WINDOW_SECONDS = 30
CASE = corpus.CASE
SOURCE_DIR = Path(__file__).resolve().parents[2]

# --------------------------------------------------------------------------------------------
# Running a program under a watchdog


def read_rss(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def limit_child():
    os.setsid()
    # A safety net for the machine; the campaign's own limit (2 GB resident) is checked below.
    limit = 8 * 1024 ** 3
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run_watched(argv, env, timeout=HANG_SECONDS):
    """Runs argv; kills it after `timeout` s or above RSS_LIMIT. Returns a dict."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env,
                                preexec_fn=limit_child)
        killed = None
        peak = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid == proc.pid:
                break
            peak = max(peak, read_rss(proc.pid))
            elapsed = time.monotonic() - started
            if killed is None and elapsed > timeout:
                killed = "hang"
            elif killed is None and peak > RSS_LIMIT:
                killed = "memory"
            if killed:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.01)
        proc.returncode = 0  # reaped by wait4; keep Popen from waiting again
        seconds = time.monotonic() - started
        peak = max(peak, usage.ru_maxrss * 1024)
        out.seek(0)
        err.seek(0)
        stdout = out.read(64 << 20)
        stderr_all = err.read()
    result = {
        "seconds": round(seconds, 3),
        "peak_rss": peak,
        "killed": killed,
        "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) and not killed else None,
        "exit": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        "stdout": stdout.decode("utf-8", "replace"),
        "stderr": stderr_all[:4000].decode("utf-8", "replace"),
        "stderr_bytes": len(stderr_all),
        "stderr_lines": stderr_all.count(b"\n"),
    }
    return result


# --------------------------------------------------------------------------------------------
# What lies in a corpus folder, byte for byte


def snapshot(folder):
    entries = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        info = os.lstat(path)
        if stat.S_ISREG(info.st_mode):
            with open(path, "rb") as file:
                entries[name] = ("file", info.st_size, hashlib.sha256(file.read()).hexdigest())
        elif stat.S_ISLNK(info.st_mode):
            entries[name] = ("link", os.readlink(path), None)
        elif stat.S_ISFIFO(info.st_mode):
            entries[name] = ("fifo", 0, None)
        elif stat.S_ISDIR(info.st_mode):
            entries[name] = ("dir", 0, None)
        else:
            entries[name] = ("other", 0, None)
    return entries


def bytes_changed(pristine, folder, before, after):
    """Bytes that differ between the pristine folder and `folder` (files created count whole)."""
    changed = 0
    for name in set(before) | set(after):
        if before.get(name) == after.get(name):
            continue
        old = os.path.join(pristine, name)
        new = os.path.join(folder, name)
        old_bytes = open(old, "rb").read() if before.get(name, ("",))[0] == "file" else b""
        new_bytes = open(new, "rb").read() if after.get(name, ("",))[0] == "file" else b""
        if before.get(name, ("",))[0] != "file" and after.get(name, ("",))[0] != "file":
            changed += 1  # a pipe, link or folder made or removed
            continue
        common = min(len(old_bytes), len(new_bytes))
        changed += abs(len(old_bytes) - len(new_bytes))
        changed += sum(1 for i in range(common) if old_bytes[i] != new_bytes[i]) if common < 1 << 20 \
            else sum(1 for i in range(0, common, 4096) if old_bytes[i:i + 4096] != new_bytes[i:i + 4096]) * 4096
    return changed


def restore(pristine, folder):
    shutil.rmtree(folder)
    copy_folder(pristine, folder)


def copy_folder(source, target):
    os.makedirs(target)
    for name in os.listdir(source):
        src = os.path.join(source, name)
        dst = os.path.join(target, name)
        info = os.lstat(src)
        if stat.S_ISLNK(info.st_mode):
            os.symlink(os.readlink(src), dst)
        elif stat.S_ISFIFO(info.st_mode):
            os.mkfifo(dst)
        elif stat.S_ISDIR(info.st_mode):
            os.makedirs(dst)
        else:
            shutil.copy2(src, dst)


# --------------------------------------------------------------------------------------------
# The rows in a file, read without ChipTrail (the oracle for silent alterations)


def copied_database(folder, scratch):
    """A connection to a copy of the case in `folder` (with its journal or WAL, so an interrupted
    edit is rolled back as SQLite does), with a 5 s budget per statement."""
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if os.path.isfile(path) and not os.path.islink(path):
            shutil.copy2(path, os.path.join(scratch, name))
    db = sqlite3.connect(os.path.join(scratch, CASE))
    deadline = time.monotonic() + 5
    db.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 10000)
    db.text_factory = bytes
    return db


def raw_rows(folder):
    """Counts, title and party names of the case in `folder`, read by Python's sqlite3 from a
    copy. None when the copy cannot be read."""
    with tempfile.TemporaryDirectory() as scratch:
        try:
            db = copied_database(folder, scratch)
            rows = {}
            for table in ("party", "link", "site", "product", "source", "note"):
                rows[table] = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            title = db.execute("SELECT value FROM case_info WHERE name = 'title'").fetchone()
            rows["title"] = title[0] if title else b""
            names = hashlib.sha256()
            for (name,) in db.execute("SELECT name FROM party ORDER BY id"):
                names.update(name + b"\n")
            rows["names"] = names.hexdigest()
            db.close()
            return rows
        except Exception:  # a damaged file makes sqlite3 fail in more ways than sqlite3.Error
            return None


def rows_beside_layout(folder, skip=(b"node_position",)):
    """A hash of every row of every table except node_position, where the window keeps the
    layout's places as a cache (a case without them is laid out and gets them on opening).
    None when the copy cannot be read."""
    with tempfile.TemporaryDirectory() as scratch:
        try:
            db = copied_database(folder, scratch)
            digest = hashlib.sha256()
            tables = [t for (t,) in db.execute("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                               "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
            for table in tables:
                if table in skip or table.startswith(b"sqlite_"):
                    continue
                digest.update(table + b"\0")
                for row in sorted(repr(row) for row in db.execute(f'SELECT * FROM "{table.decode()}"')):
                    digest.update(row.encode() + b"\n")
            db.close()
            return digest.hexdigest()
        except Exception:
            return None


def decoded(text):
    """Bytes from SQLite as a program reading UTF-8 shows them."""
    return text.decode("utf-8", "replace")


# --------------------------------------------------------------------------------------------
# Runs and their outcome classes


def one_line(run):
    """A refusal as the issue asks for it: one line, short."""
    return run["stderr_lines"] <= 1 and run["stderr_bytes"] <= 2000


def classify_cli(run, read_ok):
    if run["killed"] == "hang":
        return "hang over 10 s"
    if run["killed"] == "memory":
        return "over 2 GB"
    if run["signal"]:
        return f"crash (signal {run['signal']})"
    if read_ok:
        return "read"
    if not one_line(run):
        return "refused, message of several lines or over 2,000 bytes"
    return "refused with one line"


def parse_info(stdout):
    fields = {}
    for line in stdout.splitlines():
        if ":" in line:
            key, _, value = line.partition(":")
            fields[key.strip()] = value.strip()
    return fields


def compare_cli(command, run, raw, output_path):
    """The differences between what a command read and the rows in the file."""
    differences = []
    if raw is None:
        return ["the file's rows cannot be read without ChipTrail, yet it read them"]
    if command == "info":
        fields = parse_info(run["stdout"])
        for label, table in (("Parties", "party"), ("Links", "link"), ("Sites", "site"),
                             ("Products", "product"), ("Sources", "source"), ("Notes", "note")):
            if fields.get(label) != str(raw[table]):
                differences.append(f"{label}: {fields.get(label)} read, {raw[table]} in the file")
        title = decoded(raw["title"])
        # info prints the title on one line; a title with line breaks is compared up to the first.
        shown = run["stdout"].split("Case:", 1)[1].split("\nFile:", 1)[0].strip() if "Case:" in run["stdout"] else None
        if shown is None or shown != title.strip():
            differences.append("title differs")
    elif command == "export-json":
        try:
            exported = json.load(open(output_path, encoding="utf-8"))
        except (OSError, ValueError) as error:
            return [f"exported JSON unreadable: {error}"]
        names = hashlib.sha256()
        for party in exported.get("parties", []):
            names.update(party.get("name", "").encode("utf-8", "surrogatepass") + b"\n")
        if len(exported.get("parties", [])) != raw["party"]:
            differences.append(f"{len(exported.get('parties', []))} parties exported, {raw['party']} in the file")
        elif names.hexdigest() != raw["names"]:
            differences.append("party names differ from the file's bytes")
    return differences


def classify_window(run, report, changed, raw, layout_only, crashed, no_row):
    if run["killed"] == "hang":
        return "hang over 10 s", []
    if run["killed"] == "memory":
        return "over 2 GB", []
    if run["signal"]:
        return f"crash (signal {run['signal']})", []
    if report is None:
        return f"no report (exit {run['exit']})", []
    if report.get("longestFreezeMs", 0) > HANG_SECONDS * 1000:
        return "hang over 10 s", []
    dialogs = report.get("dialogs", [])
    if not report.get("opened"):
        if len(dialogs) == 1 and "\n" not in dialogs[0] and len(dialogs[0]) <= 2000:
            return "refused with a one-line dialog", []
        return f"refused, {len(dialogs)} dialog(s) of several lines or long", []
    differences = []
    if raw is None:
        differences.append("the file's rows cannot be read without ChipTrail, yet the window opened it")
    else:
        for key, table in (("parties", "party"), ("links", "link"), ("sites", "site"),
                           ("products", "product"), ("sources", "source"), ("notes", "note")):
            if report.get(key) != raw[table]:
                differences.append(f"{key}: {report.get(key)} shown, {raw[table]} in the file")
        if report.get("namesSha256") != raw["names"]:
            differences.append("party names differ from the file's bytes")
    said = dialogs + report.get("status", [])
    if dialogs:
        outcome = "opened, with a dialog"
    elif changed and no_row and not crashed:
        outcome = "opened, header rewritten, no row changed"
    elif changed and layout_only:
        outcome = "opened, layout places stored (node_position only)"
    elif changed and crashed:
        outcome = "opened, SQLite finished the interrupted edit in the file (journal or WAL)"
    elif changed:
        outcome = "opened, file written beyond the layout places" + (
            " (said so)" if any("rebuilt" in s or "neu aufgebaut" in s for s in said) else "")
    else:
        outcome = "opened unchanged"
    return outcome, differences


class Campaign:
    def __init__(self, args):
        self.args = args
        self.build = Path(args.build).resolve()
        self.cli = str(self.build / "core/cli/chiptrail-cli")
        self.window = str(self.build / "tests/hostile/chiptrail-openinwindow")
        self.out = Path(args.out).resolve()
        self.home = self.out / "home"
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", HOME=str(self.home),
                        XDG_CONFIG_HOME=str(self.home / ".config"), XDG_DATA_HOME=str(self.home / ".local/share"),
                        XDG_CACHE_HOME=str(self.home / ".cache"), XDG_RUNTIME_DIR=str(self.home / "runtime"))
        self.results = open(self.out / "results.jsonl", "w")

    def record(self, entry):
        self.results.write(json.dumps(entry) + "\n")
        self.results.flush()

    def fresh_home(self):
        if self.home.exists():
            shutil.rmtree(self.home)
        self.home.mkdir()
        (self.home / "runtime").mkdir(mode=0o700)

    def checked_run(self, name, pristine, folder, command, argv, timeout=HANG_SECONDS):
        before = snapshot(folder)
        run = run_watched(argv, self.env, timeout)
        after = snapshot(folder)
        changed = 0 if after == before else bytes_changed(pristine, folder, before, after)
        run["layout_only"] = run["no_row"] = False
        if changed:
            if set(after) == set(before) and all(after[n][0] == "file" for n in after):
                old = rows_beside_layout(pristine)
                run["layout_only"] = old is not None and old == rows_beside_layout(folder)
                every = rows_beside_layout(pristine, skip=())
                run["no_row"] = every is not None and every == rows_beside_layout(folder, skip=())
                run["layout_only"] = run["layout_only"] and not run["no_row"]
            restore(pristine, folder)
        return run, changed

    def case_file(self, name, pristine):
        folder = str(self.out / "work" / name)
        if os.path.exists(folder):
            shutil.rmtree(folder)
        copy_folder(pristine, folder)
        path = os.path.join(folder, CASE)
        raw = raw_rows(pristine) if os.path.isfile(os.path.join(pristine, CASE)) else None
        outputs = self.out / "outputs"
        outputs.mkdir(exist_ok=True)
        refused = False
        for command, argv, output in (
                ("info", [self.cli, "info", path], None),
                ("validate", [self.cli, "validate", path], None),
                ("check", [self.cli, "check", path], None),
                ("export-json", [self.cli, "export", path, "--format", "json", "-o", str(outputs / "x.json")],
                 str(outputs / "x.json"))):
            if output and os.path.exists(output):
                os.remove(output)
            run, changed = self.checked_run(name, pristine, folder, command, argv)
            read_ok = run["exit"] in ((0, 3) if command == "check" else (0,)) and not run["killed"]
            if command == "info" and not read_ok:
                refused = True
            outcome = classify_cli(run, read_ok)
            differences = compare_cli(command, run, raw, output) if read_ok and command in ("info", "export-json") else []
            self.record({"file": name, "side": "cli", "command": command, "outcome": outcome, "changed": changed,
                         "differences": differences, "seconds": run["seconds"], "peak_rss": run["peak_rss"],
                         "exit": run["exit"], "stderr": run["stderr"][:600], "stderr_lines": run["stderr_lines"]})
        if refused:
            recovered = os.path.join(str(self.out / "work"), name + ".recovered.chiptrail")
            for leftover in (recovered, recovered + ".partial"):
                if os.path.exists(leftover):
                    os.remove(leftover)
            run, changed = self.checked_run(name, pristine, folder, "recover", [self.cli, "recover", path, recovered])
            opens = None
            if os.path.exists(recovered):
                check = run_watched([self.cli, "info", recovered], self.env)
                opens = check["exit"] == 0
                os.remove(recovered)
            outcome = classify_cli(run, run["exit"] in (0, 1) and not run["killed"])
            if outcome == "read":
                outcome = "recovered" if opens else ("nothing written" if opens is None else "recovered file does not open")
            self.record({"file": name, "side": "cli", "command": "recover", "outcome": outcome, "changed": changed,
                         "differences": [], "seconds": run["seconds"], "peak_rss": run["peak_rss"], "exit": run["exit"],
                         "stderr": run["stderr"][:600], "stderr_lines": run["stderr_lines"]})
        self.fresh_home()
        # The window process also starts, settles and tears down: the watchdog gives it 30 s, and
        # a hang is the window not answering for over 10 s at a time (its own 50 ms ticker).
        run, changed = self.checked_run(name, pristine, folder, "window", [self.window, path], timeout=WINDOW_SECONDS)
        report = None
        for line in reversed(run["stdout"].splitlines()):
            if line.startswith("{"):
                try:
                    report = json.loads(line)
                except ValueError:
                    pass
                break
        crashed = any(os.path.isfile(os.path.join(pristine, CASE + suffix)) for suffix in ("-journal", "-wal"))
        outcome, differences = classify_window(run, report, changed, raw, run["layout_only"], crashed, run["no_row"])
        self.record({"file": name, "side": "window", "command": "open", "outcome": outcome, "changed": changed,
                     "differences": differences, "seconds": run["seconds"], "peak_rss": run["peak_rss"],
                     "freeze_ms": (report or {}).get("longestFreezeMs"), "open_ms": (report or {}).get("openMs"),
                     "exit": run["exit"], "dialogs": (report or {}).get("dialogs", [])[:3],
                     "status": (report or {}).get("status", [])[:3], "stderr": run["stderr"][:600]})
        shutil.rmtree(folder)

    def json_file(self, name, pristine):
        folder = str(self.out / "work" / name)
        if os.path.exists(folder):
            shutil.rmtree(folder)
        copy_folder(pristine, folder)
        path = os.path.join(folder, "case.json")
        for command in ("validate", "import"):
            target = str(self.out / "work" / (name + ".chiptrail"))
            if os.path.exists(target):
                os.remove(target)
            argv = [self.cli, "validate", path] if command == "validate" else [self.cli, "import", path, target]
            run, changed = self.checked_run(name, pristine, folder, command, argv)
            read_ok = run["exit"] == 0 and not run["killed"]
            outcome = classify_cli(run, read_ok)
            differences = []
            if command == "import" and read_ok:
                exported = str(self.out / "work" / (name + ".out.json"))
                back = run_watched([self.cli, "export", target, "--format", "json", "-o", exported], self.env)
                try:
                    given = json.loads(open(path, "rb").read().decode("utf-8-sig"))
                    names_in = [p.get("name") for p in given.get("parties", [])]
                    names_out = [p.get("name") for p in json.load(open(exported, encoding="utf-8")).get("parties", [])]
                    if sorted(names_in) != sorted(names_out):
                        differences.append("party names differ between the JSON given and the case made")
                except (OSError, ValueError, AttributeError, TypeError) as error:
                    if back["exit"] != 0:
                        differences.append(f"the imported case does not export: {back['stderr'][:200]}")
                if os.path.exists(exported):
                    os.remove(exported)
            if os.path.exists(target) and not read_ok:
                differences.append("a case file was left behind by a refused import")
            if os.path.exists(target):
                os.remove(target)
            self.record({"file": name, "side": "cli", "command": command, "outcome": outcome, "changed": changed,
                         "differences": differences, "seconds": run["seconds"], "peak_rss": run["peak_rss"],
                         "exit": run["exit"], "stderr": run["stderr"][:600], "stderr_lines": run["stderr_lines"]})
        shutil.rmtree(folder)


def make_base(campaign):
    """The sample case as the window leaves it: imported by the CLI, opened once in the window so
    its places are stored (a file without places is laid out and gets them on first open)."""
    base_folder = campaign.out / "base"
    if base_folder.exists():
        shutil.rmtree(base_folder)
    base_folder.mkdir(parents=True)
    base = str(base_folder / CASE)
    campaign.fresh_home()
    subprocess.run([campaign.cli, "import", "--sample", base], check=True, env=campaign.env, stdout=subprocess.DEVNULL)
    campaign.fresh_home()
    subprocess.run([campaign.window, base, "3000"], check=True, env=campaign.env, stdout=subprocess.DEVNULL)
    return base


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=str(SOURCE_DIR / "build/dev"))
    parser.add_argument("--out", required=True)
    parser.add_argument("--mutations", type=int, default=300)
    parser.add_argument("--json-mutations", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", help="run only the files whose name contains this")
    parser.add_argument("--skip", type=int, default=0, help="leave out the first SKIP case files (to go on after a stop)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    (out / "corpus").mkdir(parents=True)
    (out / "work").mkdir()
    campaign = Campaign(args)
    base = make_base(campaign)
    json_sample = str(SOURCE_DIR / "resources/samples/inf-tech-indosat.json")

    started = time.monotonic()
    cases = [("sample-as-saved", lambda f: shutil.copy2(base, os.path.join(f, CASE)))]
    cases += corpus.hand_made(base, json_sample) + corpus.mutations(base, args.mutations, rng)
    for name, make in cases[args.skip:]:
        if args.only and args.only not in name:
            continue
        pristine = str(out / "corpus" / name)
        os.makedirs(pristine)
        make(pristine)
        print(f"{time.monotonic() - started:7.0f} s  {name}", flush=True)
        campaign.case_file(name, pristine)
    for name, data in corpus.json_items(json_sample, args.json_mutations, rng):
        if args.only and args.only not in name:
            continue
        pristine = str(out / "corpus" / name)
        os.makedirs(pristine)
        open(os.path.join(pristine, "case.json"), "wb").write(data)
        print(f"{time.monotonic() - started:7.0f} s  {name}", flush=True)
        campaign.json_file(name, pristine)
    campaign.results.close()
    summarise(out / "results.jsonl", out / "summary.md", time.monotonic() - started)
    print((out / "summary.md").read_text())


def summarise(results, target, seconds=None):
    rows = [json.loads(line) for line in open(results)]
    files = OrderedDict()
    for row in rows:
        files.setdefault(row["file"], []).append(row)
    lines = []
    case_files = [f for f in files if not f.startswith("json-")]
    json_files = [f for f in files if f.startswith("json-")]
    hangs = [r for r in rows if r["outcome"] == "hang over 10 s"]
    memory = [r for r in rows if r["outcome"] == "over 2 GB" or r["peak_rss"] > RSS_LIMIT]
    crashes = [r for r in rows if r["outcome"].startswith("crash")]
    changed = [r for r in rows if r["changed"] and "layout places stored" not in r["outcome"]
               and "interrupted edit" not in r["outcome"] and "no row changed" not in r["outcome"]]
    header = [r for r in rows if "no row changed" in r["outcome"]]
    finished = [r for r in rows if "interrupted edit" in r["outcome"]]
    layout = [r for r in rows if "layout places stored" in r["outcome"]]
    silent = [r for r in rows if r["differences"]]
    peak = max(rows, key=lambda r: r["peak_rss"])
    slowest = max(rows, key=lambda r: r["seconds"] if r["side"] == "cli" else 0)
    frozen = max((r for r in rows if r["side"] == "window"), key=lambda r: r.get("freeze_ms") or 0, default=None)
    lines.append("| figure | value |")
    lines.append("|---|---|")
    lines.append(f"| files | {len(files)} ({len(case_files)} case files, {len(json_files)} case JSON) |")
    lines.append(f"| process runs | {len(rows)} |")
    if seconds:
        lines.append(f"| campaign time | {seconds / 60:.1f} min |")
    lines.append(f"| hangs over 10 s | {len(hangs)} |")
    lines.append(f"| processes over 2 GB | {len(memory)} |")
    lines.append(f"| crashes by signal | {len(crashes)} |")
    lines.append(f"| runs that changed bytes of the input (beyond the layout cache) | {len(changed)} ({sum(r['changed'] for r in changed):,} bytes) |")
    lines.append(f"| window opens that stored the layout's places (node_position only) | {len(layout)} "
                 f"({sum(r['changed'] for r in layout):,} bytes) |")
    lines.append(f"| window opens in which SQLite finished an interrupted edit in the file | {len(finished)} "
                 f"({sum(r['changed'] for r in finished):,} bytes) |")
    lines.append(f"| window opens that rewrote the header only (no row changed) | {len(header)} "
                 f"({sum(r['changed'] for r in header):,} bytes) |")
    lines.append(f"| silent alterations | {len(silent)} |")
    lines.append(f"| slowest command-line run | {slowest['seconds']:.1f} s ({slowest['file']}, {slowest['command']}) |")
    if frozen:
        lines.append(f"| longest time the window did not answer | {(frozen.get('freeze_ms') or 0) / 1000:.1f} s "
                     f"({frozen['file']}) |")
    lines.append(f"| most memory | {peak['peak_rss'] / 1024 ** 2:.0f} MB ({peak['file']}, {peak['command']}) |")
    lines.append("")
    lines.append("| side | command | outcome | runs |")
    lines.append("|---|---|---|---|")
    counts = Counter((r["side"], r["command"], r["outcome"]) for r in rows)
    for (side, command, outcome), count in sorted(counts.items()):
        lines.append(f"| {side} | {command} | {outcome} | {count} |")
    for title, bad in (("Hangs", hangs), ("Over 2 GB", memory), ("Crashes", crashes),
                       ("Input changed", changed), ("Silent alterations", silent)):
        if bad:
            lines.append("")
            lines.append(f"{title}:")
            for r in bad[:40]:
                lines.append(f"- {r['file']} ({r['side']} {r['command']}): {r['outcome']}; changed {r['changed']} bytes; "
                             f"{'; '.join(r['differences'])} {r.get('dialogs', '') or ''} {r.get('status', '') or ''}".rstrip())
    Path(target).write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--summarise":
        summarise(Path(sys.argv[2]) / "results.jsonl", Path(sys.argv[2]) / "summary.md")
        print((Path(sys.argv[2]) / "summary.md").read_text())
    else:
        main()
