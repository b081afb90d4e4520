"""The claim store: incremental linking, status history, crash safety, migrations, queries."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import typer
from conftest import FIXTURES
from typer.testing import CliRunner

from tracker import Options, analyse_paths, quick, report_store
from tracker.cli import app
from tracker.models import Status
from tracker.store import ClaimQuery, SQLiteStore, StoreError, add_paths, open_store
from tracker.store.index import Index
from tracker.store.migrations import CURRENT

CORPUS = FIXTURES / "corpus"
FILES = sorted(str(p) for p in CORPUS.glob("*.txt"))
#: c01-c05 (fuel relays, the ministry's power cut), c06-c10 (the wire's power cut, the
#: crossing, the school closures and their denial), c11-c14 (the bridge copy, the building).
BATCHES = (FILES[:5], FILES[5:10], FILES[10:])
ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def _clock(stamp: str):
    return lambda: stamp


def _fill(path: Path, chunk: int = 2) -> SQLiteStore:
    store = SQLiteStore(path)
    for day, batch in enumerate(BATCHES, 20):
        add_paths(store, batch, Options(), chunk=chunk, clock=_clock(f"2024-10-{day}T09:00:00Z"))
    return store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    """The corpus fixtures added in three batches, two articles per transaction."""
    opened = _fill(tmp_path_factory.mktemp("store") / "claims.db")
    yield opened
    opened.close()


def _claim(store: SQLiteStore, words: str):
    (row,) = store.claims(ClaimQuery(search=words))
    return row


def _signature(claims):
    return {
        frozenset(c.members): (
            c.status,
            frozenset(c.origins),
            frozenset(c.denying_origins),
            c.explanation,
            c.text,
            c.attributions,
            c.statements,
            c.outlets,
        )
        for c in claims
    }


def test_incremental_linking_equals_one_report(store):
    """Three batches give the same claims, verdicts, relays and articles as one report."""
    batch = analyse_paths(FILES, Options())
    held = store.report()
    assert _signature(held.corpus_claims) == _signature(batch.corpus_claims)
    assert held.relays == batch.relays
    assert held.results == batch.results
    assert len(held.corpus_claims) == len(batch.corpus_claims)


def test_verdicts_of_the_story_claims(store):
    """The fixtures' stories keep their verdicts when added in batches."""
    assert _claim(store, "سترفع أسعار الوقود").status is Status.SINGLE_SOURCED
    assert _claim(store, "سترفع أسعار الوقود").articles == 4
    power = _claim(store, "انقطعت عن ثلاث محافظات")
    assert power.status is Status.CORROBORATED
    assert sorted(power.origins) == ["خالد الحمدان", "سامر العلي"]
    schools = _claim(store, "إغلاق مدارس في الريف الشمالي بسبب")
    assert schools.status is Status.CONTESTED
    assert schools.denied_by == ("وزارة التربية",)


def test_status_history_records_the_denial(store):
    """The school-closure claim is single-sourced from c09's date, contested from c10's."""
    schools = _claim(store, "إغلاق مدارس في الريف الشمالي بسبب")
    story = store.timeline(schools.id)
    assert story.summary == "single-sourced from 2024-10-10; contested from 2024-10-11"
    first, denial = story.history
    assert first.previous is None
    assert denial.previous is Status.SINGLE_SOURCED
    assert denial.article == store.report().results[9].article.id  # c10, the denial
    assert [a.role for a in story.appearances] == ["first", "denial"]
    assert story.claim.claimed_at == "2024-10-10"


def test_corroboration_arrives_with_a_second_origin_in_a_later_batch(store):
    """The power cut is single-sourced after batch 1 and corroborated by c06 (a governor quoted
    by Reuters) in batch 2."""
    power = _claim(store, "انقطعت عن ثلاث محافظات")
    story = store.timeline(power.id)
    assert [c.status for c in story.history] == [Status.SINGLE_SOURCED, Status.CORROBORATED]
    assert [c.recorded_at for c in story.history] == [
        "2024-10-20T09:00:00Z",
        "2024-10-21T09:00:00Z",
    ]
    assert story.claim.first_seen == "2024-10-20T09:00:00Z"
    ministry, wire = story.appearances
    assert (ministry.role, wire.role) == ("first", "new origin")
    assert wire.new_origins == ("خالد الحمدان",)


def test_first_seen_never_changes(tmp_path):
    """Adding more articles to a claim leaves its first_seen as it was set."""
    store = SQLiteStore(tmp_path / "s.db")
    add_paths(store, FILES[:1], Options(), clock=_clock("2024-10-20T09:00:00Z"))
    (fuel,) = store.claims(ClaimQuery(search="سترفع أسعار الوقود"))
    add_paths(store, FILES[1:4], Options(), clock=_clock("2024-10-25T09:00:00Z"))
    after = store.timeline(fuel.id).claim
    assert after.first_seen == "2024-10-20T09:00:00Z"
    assert after.articles == 4
    store.close()


def test_adding_the_same_texts_again_adds_nothing(store):
    """Texts already held are duplicates: nothing is added and no claim changes."""
    before = len(store.claims(ClaimQuery()))
    again = add_paths(store, FILES[:3], Options())
    assert again.added == ()
    assert len(again.duplicates) == 3
    assert again.changes == ()
    assert len(store.claims(ClaimQuery())) == before


def test_claim_filters(store):
    """--status, --source, --since and --search narrow the claims table."""
    contested = store.claims(ClaimQuery(status=Status.CONTESTED))
    assert [c.text for c in contested] == [
        "وزارة التربية قررت إغلاق مدارس في الريف الشمالي بسبب نقص المعلمين"
    ]
    # c06 credits Reuters with its own sentence on the fuel queues (the power cut it quotes
    # from a governor, whose claim it is).
    reuters = store.claims(ClaimQuery(source="رويترز"))
    assert [c.status for c in reuters] == [Status.SINGLE_SOURCED]
    governor = store.claims(ClaimQuery(source="خالد الحمدان"))
    assert [c.status for c in governor] == [Status.CORROBORATED]
    since = store.claims(ClaimQuery(since="2024-10-14"))
    assert {c.claimed_at for c in since} == {"2024-10-14"}  # the two building articles


def test_sources_count_claims_corroborations_and_denials(store):
    """Reuters originates one claim, the governor one that others corroborate; the ministry
    denies one."""
    rows = {r.name: r for r in store.sources()}
    assert (rows["رويترز"].claims, rows["رويترز"].corroborated) == (1, 0)
    assert (rows["خالد الحمدان"].claims, rows["خالد الحمدان"].corroborated) == (1, 1)
    assert rows["وزارة التربية"].denials == 1
    (one,) = store.sources("رويترز")
    assert len(one.claim_ids) == 1


def test_kill_during_add_leaves_every_committed_article(tmp_path):
    """kill -9 in the middle of `add` leaves an intact store holding each committed chunk."""
    path = tmp_path / "killed.db"
    # Each round re-adds the same texts, so only the first round commits; the child keeps
    # reading and writing until killed.
    child = _adding_for_ever(path, jobs=1)
    assert child.stdout is not None
    committed = [child.stdout.readline().strip() for _ in range(6)]
    child.send_signal(signal.SIGKILL)
    child.wait()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    held = {p for (p,) in db.execute("SELECT path FROM articles")}
    db.close()
    assert set(committed) <= held
    store = SQLiteStore(path)
    add_paths(store, FILES, Options(date="2024-01-01", publisher="p0"))
    assert len(store.report().results) == len(FILES)
    store.close()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_workers_end_when_add_is_killed(tmp_path):
    """kill -9 of an `add` running extraction workers (--jobs 2) leaves no worker behind:
    each one sees its parent gone and exits."""
    child = _adding_for_ever(tmp_path / "w.db", jobs=2)
    assert child.stdout is not None
    child.stdout.readline()
    workers = _children(child.pid)
    assert workers, "add --jobs 2 started no worker"
    child.send_signal(signal.SIGKILL)
    child.wait()
    deadline = time.monotonic() + 30
    while _alive(workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _alive(workers)


def _adding_for_ever(path: Path, jobs: int) -> subprocess.Popen[str]:
    """A child process adding the fixture texts to the store at ``path`` again and again, one
    article per chunk, printing each article's path as it is committed."""
    script = (
        "import sys\n"
        "from tracker.store import SQLiteStore, add_paths\n"
        "from tracker.pipeline import Options\n"
        "store = SQLiteStore(sys.argv[1])\n"
        "def step(path, done, total):\n"
        "    print(path, flush=True)\n"
        "for n in range(1000):\n"
        "    add_paths(store, sys.argv[3:], Options(date=f'2024-01-{n % 28 + 1:02d}',\n"
        "              publisher=f'p{n}'), chunk=1, progress=step, jobs=int(sys.argv[2]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", script, str(path), str(jobs), *FILES],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def _children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pids: set[int]) -> set[int]:
    """Those of ``pids`` still running (a zombie waiting to be reaped has ended)."""
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


def _downgrade_to_v1(path: Path) -> None:
    """Turn a current store into the version-1 layout: no claimed_at, no history dates."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("ALTER TABLE claims DROP COLUMN claimed_at")
    db.execute("ALTER TABLE history DROP COLUMN published")
    # Version 4 packed the blocking lists: back to one row per (word, statement).
    db.execute(
        "CREATE TABLE postings (word TEXT, item TEXT, PRIMARY KEY (word, item)) WITHOUT ROWID"
    )
    db.execute(
        "CREATE TABLE blocks (word TEXT, item TEXT, size INTEGER NOT NULL, "
        "PRIMARY KEY (word, item)) WITHOUT ROWID"
    )
    for kind, word, items, sizes in db.execute(
        "SELECT kind, key, items, sizes FROM lists"
    ).fetchall():
        listed = items.split("\x1f")
        if kind == "p":
            db.executemany("INSERT INTO postings VALUES (?, ?)", [(word, i) for i in listed])
        elif kind == "b":
            rows = [(word, i, int(n)) for i, n in zip(listed, sizes.split(), strict=True)]
            db.executemany("INSERT INTO blocks VALUES (?, ?, ?)", rows)
    for table in ("lists", "key_df", "reasons"):  # versions 3 and 4
        db.execute(f"DROP TABLE {table}")
    db.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    db.close()


def test_old_schema_store_migrates(tmp_path):
    """A version-1 store opens in this version with its claims, dates filled in."""
    path = tmp_path / "old.db"
    store = SQLiteStore(path)
    add_paths(store, BATCHES[1], Options())
    store.close()
    _downgrade_to_v1(path)
    migrated = SQLiteStore(path)
    version = migrated._db.execute("SELECT value FROM meta WHERE key = 'schema_version'")
    assert version.fetchone() == (str(CURRENT),)
    # Version 3 blocks the statements held on the stems of their rarest words; version 4 packs
    # the lists, the words' postings among them.
    kinds = dict(migrated._db.execute("SELECT kind, count(*) FROM lists GROUP BY kind"))
    assert kinds["s"] > 0
    assert kinds["p"] > 0
    schools = _claim(migrated, "إغلاق مدارس في الريف الشمالي بسبب")
    assert schools.claimed_at == "2024-10-10"
    assert migrated.timeline(schools.id).summary == (
        "single-sourced from 2024-10-10; contested from 2024-10-11"
    )
    add_paths(migrated, BATCHES[0], Options())
    assert _claim(migrated, "انقطعت عن ثلاث محافظات").status is Status.CORROBORATED
    migrated.close()


def test_newer_store_is_refused(tmp_path):
    """A store from a newer tracker is refused with what to do, as one Error: line."""
    path = tmp_path / "new.db"
    SQLiteStore(path).close()
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    db.close()
    with pytest.raises(StoreError, match="schema version 99, written by a newer tracker"):
        open_store(path)
    result = runner.invoke(app, ["claims", "--store", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert "Upgrade tracker" in result.stderr


def _open_at_once(path: str, barrier, errors) -> None:
    barrier.wait()
    try:
        SQLiteStore(path).close()
    except StoreError as exc:
        errors.put(str(exc))


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork to start fast"
)
def test_processes_creating_one_store_at_once_all_open_it(tmp_path):
    """Three processes creating one new store at the same moment all open it: switching the new
    file to WAL may fail at once ("database is locked") instead of waiting, and is tried again.
    (Before, about one open in eleven failed so, saying the store had been busy for 30 s.)"""
    fork = multiprocessing.get_context("fork")
    errors = fork.Queue()
    for n in range(30):
        barrier = fork.Barrier(3)
        path = str(tmp_path / f"s{n}.db")
        workers = [fork.Process(target=_open_at_once, args=(path, barrier, errors)) for _ in "abc"]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        assert [w.exitcode for w in workers] == [0, 0, 0]
    assert errors.empty()


def test_two_processes_adding_at_once_both_succeed(tmp_path):
    """Two `tracker add` processes on one store both finish; the store holds every article."""
    path = tmp_path / "shared.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    command = [sys.executable, "-m", "tracker", "add", "--store", str(path), "--quiet"]
    first = subprocess.Popen([*command, *FILES[:7]], env=env, stderr=subprocess.PIPE)
    second = subprocess.Popen([*command, *FILES[7:]], env=env, stderr=subprocess.PIPE)
    codes = (first.wait(), second.wait())
    assert codes == (0, 0), [p.stderr.read().decode() for p in (first, second) if p.stderr]
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("SELECT count(*) FROM articles").fetchone() == (len(FILES),)
    db.close()


def run(*args: str):
    return runner.invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "100"})


def test_cli_add_claims_timeline(tmp_path):
    """add prints a summary; claims and timeline show the store's claims."""
    db = str(tmp_path / "cli.db")
    first = run("add", *BATCHES[0], "--store", db)
    assert first.exit_code == 0
    assert "added 5 articles, 0 duplicates, 0 failures" in first.stderr
    second = run("add", *BATCHES[1], "--store", db)
    assert "2 claims changed status" in second.stderr
    assert "single-sourced → corroborated" in second.stderr
    assert "single-sourced → contested" in second.stderr
    table = run("claims", "--store", db, "--status", "contested")
    assert "Claims in the store (1)" in table.stdout
    assert "contested" in table.stdout
    markdown = run("claims", "--store", db, "--status", "contested", "-f", "markdown")
    assert "إغلاق مدارس في الريف الشمالي" in markdown.stdout
    data = json.loads(run("claims", "--store", db, "--status", "contested", "-f", "json").stdout)
    claim = data["claims"][0]["id"]
    story = run("timeline", claim, "--store", db)
    assert story.exit_code == 0
    assert "single-sourced from 2024-10-10; contested from 2024-10-11" in story.stdout


def test_cli_add_bad_input_goes_on(tmp_path):
    """A missing file is one Error: line; the rest is added and the exit code is 1."""
    db = str(tmp_path / "bad.db")
    result = run("add", str(tmp_path / "missing.txt"), *BATCHES[0], "--store", db)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1
    assert "missing.txt" in errors[0]
    assert "added 5 articles" in result.stderr


def test_store_from_environment(tmp_path, monkeypatch):
    """TRACKER_STORE names the store when --store is not given."""
    db = tmp_path / "env.db"
    result = runner.invoke(app, ["add", FILES[0], "--quiet"], env={"TRACKER_STORE": str(db)})
    assert result.exit_code == 0
    assert db.exists()


def test_json_keys_are_pinned(store, tmp_path):
    """claims, timeline and sources JSON carry schema_version and these keys."""
    db = store.path
    claims = json.loads(run("claims", "--store", db, "-f", "json").stdout)
    assert set(claims) == {"schema_version", "claims"}
    assert set(claims["claims"][0]) == {
        "id",
        "text",
        "status",
        "articles",
        "outlets",
        "origins",
        "denied_by",
        "first_seen",
        "claimed_at",
        "explanation",
    }
    story = json.loads(
        run("timeline", claims["claims"][0]["id"], "--store", db, "-f", "json").stdout
    )
    assert set(story) == {
        "schema_version",
        "claim",
        "first_article",
        "appearances",
        "history",
        "summary",
        "merged",
    }
    assert set(story["appearances"][0]) == {
        "article",
        "published",
        "outlet",
        "url",
        "chains",
        "role",
        "new_origins",
    }
    assert set(story["history"][0]) == {"status", "previous", "article", "published", "recorded_at"}
    sources = json.loads(run("sources", "--store", db, "-f", "json").stdout)
    assert set(sources["sources"][0]) == {
        "id",
        "name",
        "kind",
        "claims",
        "corroborated",
        "denials",
        "claim_ids",
    }


def test_what_a_new_article_keeps_decoded_equals_its_rows_read_back(tmp_path):
    """The items, claims and head the store keeps of an article it adds (to judge its claims
    without reading them back) are what decoding the stored rows gives."""
    path = tmp_path / "kept.db"
    kept = SQLiteStore(path)
    add_paths(kept, FILES, Options(), chunk=4, clock=_clock("2024-10-20T09:00:00Z"))
    members = list(kept._member_items)
    articles = list(kept._heads)
    assert len(articles) == len(FILES)
    assert members
    fresh = SQLiteStore(path)
    assert fresh._items_of(members) == {m: kept._member_items[m] for m in members}
    assert fresh._heads_of(articles) == {a: kept._heads[a] for a in articles}
    rows = fresh._db.execute("SELECT id, article, data FROM members").fetchall()
    assert fresh._decoded_claims(rows) == [kept._member_claims[m] for m, _, _ in rows]
    fresh.close()
    kept.close()


def test_report_from_store_matches_report_of_paths(store):
    """report --store gives the corpus claims a report over the paths gives (ids aside)."""
    held = json.loads(run("report", "--store", store.path, "-f", "json").stdout)
    batch = json.loads(run("report", *FILES, "-f", "json").stdout)

    def strip(claims):
        return sorted(
            json.dumps({k: v for k, v in c.items() if k != "id"}, sort_keys=True) for c in claims
        )

    assert strip(held["corpus_claims"]) == strip(batch["corpus_claims"])
    assert held["attributions"] == batch["attributions"]


def test_sample_in_two_batches_matches_one_report(tmp_path):
    """The sample added in two runs of `tracker add` gives report's corpus claims (ids aside):
    the denial merges with the claim it denies, and the relays' copies count as one origin."""
    sample = sorted(str(p) for p in (ROOT / "data" / "sample").glob("*.txt"))
    path = str(tmp_path / "sample.db")
    assert run("add", *sample[:2], "--store", path).exit_code == 0
    assert run("add", *sample[2:], "--store", path).exit_code == 0
    held = json.loads(run("report", "--store", path, "-f", "json").stdout)
    batch = json.loads(run("report", *sample, "-f", "json").stdout)

    def strip(claims):
        return sorted(
            json.dumps({k: v for k, v in c.items() if k != "id"}, sort_keys=True) for c in claims
        )

    assert strip(held["corpus_claims"]) == strip(batch["corpus_claims"])
    assert any("linked by same words" in c["explanation"] for c in held["corpus_claims"])


def test_jsonld_export_is_claim_review_shaped(store, tmp_path):
    """export --store -o FILE.jsonld writes schema.org Claims with authors and appearances."""
    out = tmp_path / "claims.jsonld"
    result = run("export", "--store", store.path, "-o", str(out))
    assert result.exit_code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["@context"][0] == "https://schema.org"
    schools = next(c for c in doc["@graph"] if "إغلاق مدارس في الريف الشمالي بسبب" in c["text"])
    assert schools["@type"] == "Claim"
    assert [a["name"] for a in schools["author"]] == ["الأفق"]
    assert schools["firstAppearance"]["datePublished"] == "2024-10-10"
    assert [a["datePublished"] for a in schools["appearance"]] == ["2024-10-10", "2024-10-11"]
    assert schools["tracker:status"] == "contested"
    assert [d["name"] for d in schools["tracker:deniedBy"]] == ["وزارة التربية"]


_FACTORY = (
    "قال المتحدث باسم الشركة أحمد سالم إن المصنع الجديد سينتج {} سنويا في المدينة الصناعية.\n"
)


def test_a_new_article_merges_two_stored_claims_into_the_older_id(tmp_path):
    """A statement confirming two stored claims merges them; the newer id leads to the older."""
    # "10 …" and "20 …" never link (their numbers differ); the third, with no number, links
    # to both, so one report over the three has a single claim, and so must the store.
    texts = ("10 آلاف سيارة كهربائية", "20 آلاف سيارة كهربائية", "آلاف السيارات الكهربائية")
    paths = []
    for n, words in enumerate(texts, 1):
        path = tmp_path / f"f{n}.txt"
        path.write_text(_FACTORY.format(words), encoding="utf-8")
        paths.append(str(path))
    store = SQLiteStore(tmp_path / "merge.db")
    add_paths(store, paths[:1], Options())
    add_paths(store, paths[1:2], Options())
    assert sorted(c.id for c in store.claims(ClaimQuery())) == [1, 2]
    add_paths(store, paths[2:], Options())
    (merged,) = store.claims(ClaimQuery())
    assert (merged.id, merged.articles) == (1, 3)
    assert store.timeline(2).claim.id == 1
    assert store.timeline(1).merged == (2,)
    batch = analyse_paths(paths, Options())
    assert _signature(store.report().corpus_claims) == _signature(batch.corpus_claims)
    store.close()


def test_a_file_that_is_no_store_is_one_error_line(tmp_path):
    """A --store that is not a SQLite file is refused with what to do, exit code 1."""
    path = tmp_path / "notes.db"
    path.write_text("shopping list\n" * 200, encoding="utf-8")
    result = runner.invoke(app, ["add", FILES[0], "--store", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}: not a usable tracker store")
    assert "give another --store" in result.stderr


#: A made-up story two made-up outlets print in the same words, from unnamed "sources".
_MARKET = """{date}
محليات

{title}

{outlet}

{lead} أن السوق القديم سيغلق يوم الخميس المقبل لأعمال صيانة شاملة تستمر أسبوعين.

{other}
"""


@pytest.mark.parametrize(
    ("lead", "role"),
    [
        # The same words from "sources": the second outlet's own voice collapses into the first's.
        ("وذكرت مصادر", "copy"),
        # The second outlet names the first as its source: it relays the first's origin.
        ("ونقلت صحيفة الوادي عن مصادر", "relayed"),
    ],
)
def test_a_second_outlet_printing_the_same_text_adds_no_origin(tmp_path, lead, role):
    """An outlet repeating another's sentence word for word adds no origin: the timeline says
    it copies or relays (not "new origin"), and the status history is what one report says."""
    stories = (
        (
            "الاثنين 14 أكتوبر 2024",
            "إغلاق السوق القديم",
            "صحيفة الوادي",
            "وشهد السوق خلال الشهر الماضي ازدحاما كبيرا بسبب موسم الحصاد.",
        ),
        (
            "الثلاثاء 15 أكتوبر 2024",
            "السوق القديم يغلق أبوابه",
            "موقع النخيل",
            "ويطالب التجار بتعويضات عن خسائرهم خلال فترة الإغلاق المرتقبة.",
        ),
    )
    paths = []
    for n, (date, title, outlet, other) in enumerate(stories, 1):
        path = tmp_path / f"m{n}.txt"
        first = "وذكرت مصادر" if n == 1 else lead
        text = _MARKET.format(date=date, title=title, outlet=outlet, lead=first, other=other)
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    store = SQLiteStore(tmp_path / "copy.db")
    add_paths(store, paths[:1], Options())
    add_paths(store, paths[1:], Options())
    (market,) = store.claims(ClaimQuery(search="السوق القديم سيغلق"))
    story = store.timeline(market.id)
    assert [(a.outlet, a.role) for a in story.appearances] == [
        ("صحيفة الوادي", "first"),
        ("موقع النخيل", role),
    ]
    assert story.appearances[1].new_origins == ()
    (alone,) = analyse_paths(paths[:1], Options()).results[0].claims[:1]
    (both,) = [c for c in analyse_paths(paths, Options()).corpus_claims if len(c.articles) == 2]
    assert (alone.status, both.status) == (Status.SINGLE_SOURCED, Status.SINGLE_SOURCED)
    assert story.summary == "single-sourced from 2024-10-14"
    assert market.status is both.status
    store.close()


def test_the_claims_table_shows_a_page_and_says_how_to_see_the_rest(store, monkeypatch):
    """Without --limit the table shows the first PAGE claims and how to get the others; with
    --limit it shows that many; JSON and Markdown always hold every claim."""
    db = store.path
    every = json.loads(run("claims", "--store", db, "-f", "json").stdout)["claims"]
    assert len(every) > 3
    monkeypatch.setattr(report_store, "PAGE", 2)
    table = run("claims", "--store", db).stdout
    assert f"Claims in the store ({len(every)})" in table
    assert f"the first 2 shown; {len(every) - 2} more with --limit {len(every)}" in table
    assert every[1]["id"] in table
    assert every[2]["id"] not in table.split()
    limited = run("claims", "--store", db, "--limit", "3").stdout
    assert every[2]["id"] in limited.split()
    assert "more with --limit" not in limited
    markdown = run("claims", "--store", db, "-f", "markdown").stdout
    assert all(f"| {c['id']} |" in markdown for c in every)


def _quick(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[bool, str]:
    answered = quick.answer(args)
    return answered, capsys.readouterr().out


def test_quick_queries_print_what_the_full_command_line_prints(store, capsys):
    """The quick path answers the store queries exactly as the typer commands do."""
    db = store.path
    first = json.loads(run("claims", "--store", db, "-f", "json").stdout)["claims"][0]["id"]
    for args in (
        ["claims", "--store", db, "--status", "corroborated", "--format", "json"],
        ["claims", f"--store={db}", "--search", "الكهرباء", "-f", "markdown", "--limit", "2"],
        ["timeline", first, "--store", db, "-f", "json"],
        ["sources", "--store", db, "--name", "الوادي", "-f", "json"],
    ):
        answered, out = _quick(args, capsys)
        assert answered, args
        assert out == run(*args).stdout, args


@pytest.mark.parametrize(
    "args",
    [
        ["claims", "--help"],
        ["claims", "--status", "doubtful"],
        ["claims", "--since", "yesterday"],
        ["claims", "--limit", "0"],
        ["claims", "--limit", "many"],
        ["claims", "--format", "csv"],
        ["claims", "-f=json"],
        ["claims", "--stat", "corroborated"],
        ["claims", "--status"],
        ["claims", "k3"],
        ["timeline"],
        ["timeline", "k3", "k4"],
        ["timeline", "third"],
        ["sources", "--search", "x"],
        ["report", "--store", "x.db"],
        [],
    ],
)
def test_quick_leaves_to_the_full_command_line_what_it_does_not_take(store, capsys, args):
    """Help, unknown options, missing or bad values and other commands print nothing and go to
    the full command line, which explains them."""
    answered, out = _quick([*args, "--store", store.path] if args else args, capsys)
    assert (answered, out) == (False, "")


def test_quick_leaves_store_errors_to_the_full_command_line(tmp_path, capsys):
    """A store that is not there: nothing printed, and the full command line says so."""
    args = ["claims", "--store", str(tmp_path / "none.db")]
    assert _quick(args, capsys) == (False, "")
    result = run(*args)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {tmp_path / 'none.db'}: no store here")


def test_quick_options_are_the_commands_options():
    """quick.OPTIONS spells each query command's options as cli.py declares them."""
    group = typer.main.get_command(app)
    for name, spellings in quick.OPTIONS.items():
        command = group.commands[name]  # type: ignore[attr-defined]
        declared = {
            spelling: param.name
            for param in command.params
            if param.param_type_name == "option" and param.name != "help"
            for spelling in param.opts
        }
        arguments = [p.name for p in command.params if p.param_type_name == "argument"]
        assert spellings == declared, name
        assert arguments == ([quick.ARGUMENT[name]] if name in quick.ARGUMENT else []), name


def test_a_claims_query_loads_neither_the_linking_code_nor_typer(store):
    """`python -m tracker claims` answers without importing typer, pydantic, the pipeline or
    the linking code (a new Python, so that other tests' imports do not count)."""
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['tracker', 'claims', '--store', {store.path!r}, '--status', 'contested']\n"
        "runpy.run_module('tracker', run_name='__main__')\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'typer', 'pydantic', 'rapidfuzz'} or m.startswith(('tracker.link', "
        "'tracker.corroborate', 'tracker.pipeline', 'tracker.extract', 'tracker.report')))\n"
        "print(loaded, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    assert "Claims in the store (1)" in done.stdout
    assert done.stderr.strip() == "['tracker.report_store']"


def _index_of(path: Path) -> tuple[sqlite3.Connection, Index]:
    db = sqlite3.connect(path, isolation_level=None)
    return db, Index(
        db,
        lambda sql, values: db.execute(sql.format(",".join("?" * len(values))), values).fetchall(),
    )


def test_the_blocking_cache_follows_what_another_connection_wrote(tmp_path):
    """A cached posting list is read again once another connection has written to the store."""
    path = tmp_path / "index.db"
    SQLiteStore(path).close()
    _, index = _index_of(path)
    theirs, other = _index_of(path)
    index.begin()
    assert index.postings.get(["جسر"])["جسر"] == {}
    other.begin()
    theirs.execute("BEGIN IMMEDIATE")
    other.postings.add([("جسر", "a1.s1", 0)])
    other.words.get(["جسر"])
    other.words.add({"جسر": 1})
    other.flush()
    theirs.execute("COMMIT")
    assert index.postings.get(["جسر"])["جسر"] == {}  # until begin: the copy
    index.begin()
    assert index.postings.get(["جسر"])["جسر"] == {"a1.s1": 0}
    assert index.words.get(["جسر"])["جسر"] == 1


def test_a_failed_add_leaves_no_counts_behind(tmp_path, monkeypatch):
    """An add that fails mid-chunk rolls back, and its counts are not kept in the cache either:
    adding the same articles again gives the store one add of them gives."""
    results = analyse_paths(FILES[:4], Options()).results
    pairs = [(f"h{n}", r) for n, r in enumerate(results)]
    failing = SQLiteStore(tmp_path / "failing.db")
    calls = {"n": 0}
    original = SQLiteStore._relays

    def relays_then_fail(self, result, seq):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk on fire")
        return original(self, result, seq)

    monkeypatch.setattr(SQLiteStore, "_relays", relays_then_fail)
    with pytest.raises(RuntimeError):
        failing.add(pairs, "2024-10-20T09:00:00Z")
    monkeypatch.setattr(SQLiteStore, "_relays", original)
    failing.add(pairs, "2024-10-20T09:00:00Z")
    clean = SQLiteStore(tmp_path / "clean.db")
    clean.add(pairs, "2024-10-20T09:00:00Z")
    for table in ("words", "lists", "key_df", "links"):
        rows = f"SELECT * FROM {table} ORDER BY 1, 2"
        assert failing._db.execute(rows).fetchall() == clean._db.execute(rows).fetchall(), table
    assert _signature(failing.report().corpus_claims) == _signature(clean.report().corpus_claims)


def test_rows_encoded_in_worker_processes_are_the_rows_encoded_here(tmp_path):
    """With --jobs the workers encode each article's rows; the store holds the same texts."""
    here = SQLiteStore(tmp_path / "here.db")
    add_paths(here, FILES, Options(), clock=lambda: "2024-10-20T09:00:00Z")
    workers = SQLiteStore(tmp_path / "workers.db")
    add_paths(workers, FILES, Options(), clock=lambda: "2024-10-20T09:00:00Z", jobs=2)
    for table in ("articles", "items", "members", "voices", "claims", "lists"):
        rows = f"SELECT * FROM {table} ORDER BY 1, 2"
        assert here._db.execute(rows).fetchall() == workers._db.execute(rows).fetchall(), table
    assert here._db.execute("SELECT count(*) FROM voices").fetchone()[0] > 0


def test_a_retelling_met_through_its_count_links_in_the_store_as_in_one_report(tmp_path):
    """Two outlets tell one bridge collapse in other words but keep its count ("34 شخصا"):
    one report links them through the count, so the store, adding them a day apart, keeps
    the same key for each and links them as the report does."""
    told = (
        "قال الدفاع المدني في بيان إن 34 شخصا على الأقل قتلوا حين سقط جسر قديم على سوق "
        "مزدحم في بلدة جبلية صباح اليوم."
    )
    retold = (
        "وذكر شهود عيان من سكان البلدة أن جسرا حجريا سقط فوق متاجر البلدة الجبلية ما تسبب "
        "بمقتل 34 شخصا على الأقل من المتسوقين."
    )
    paths = []
    for name, text in (("a1.txt", told), ("a2.txt", retold)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    batch = analyse_paths(paths, Options())
    (claim,) = batch.corpus_claims
    assert "same count 34" in claim.explanation
    store = SQLiteStore(tmp_path / "claims.db")
    for day, path in enumerate(paths, 20):
        add_paths(store, [path], Options(), clock=_clock(f"2024-10-{day}T09:00:00Z"))
    assert _signature(store.report().corpus_claims) == _signature(batch.corpus_claims)
    store.close()
    with sqlite3.connect(tmp_path / "claims.db") as db:
        kept = db.execute("SELECT key, df FROM key_df WHERE kind = 'c'").fetchall()
    assert [(key.split()[0], df) for key, df in kept] == [("34", 2)]
