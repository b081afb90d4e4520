"""Speed without a change of output: the end of a command, denials read once, shared parts."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from tracker import cli, pipeline
from tracker.corroborate import deniers
from tracker.models import (
    Article,
    ArticleResult,
    Attribution,
    MatchKey,
    QuoteKind,
    Source,
    SourceKind,
    Stance,
)

_ROOT = Path(__file__).resolve().parent.parent


def _ended(code: str) -> subprocess.CompletedProcess[str]:
    program = f"import sys\nfrom tracker.__main__ import end\nsys.stdout.write('done')\n{code}\n"
    return subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        cwd=_ROOT,
        env={**os.environ, "PYTHONPATH": str(_ROOT)},
        check=False,
    )


def test_end_flushes_the_output_and_exits_with_the_code():
    """The command line's end writes out what is still buffered and exits with the command's
    code, as SystemExit would: 0 for None, the number, or 1 after printing a message."""
    for code, status, err in (("end(None)", 0, ""), ("end(3)", 3, ""), ("end('no')", 1, "no\n")):
        ended = _ended(code)
        assert (ended.stdout, ended.returncode, ended.stderr) == ("done", status, err)


def test_report_keeps_what_it_made_frozen_to_the_end():
    """tracker report keeps its report to the process's end and freezes what the run made
    before the collector is turned on again, so that ending the command walks and frees none
    of it."""
    gc.unfreeze()
    sample = str(_ROOT / "data" / "sample")
    done = CliRunner().invoke(cli.app, ["report", sample, "--format", "json", "--quiet"])
    try:
        assert done.exit_code == 0
        assert len(cli._KEPT) == 1
        assert len(cli._KEPT[0].results) == 5
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        cli._KEPT.clear()


def _slow_in_fork(parent: int) -> object:
    def run(n: int) -> tuple[int, int]:
        time.sleep(1.0 if os.getpid() != parent else 0.05)
        return n, os.getpid()

    return run


def test_forked_share_gives_the_forked_process_no_part_in_advance_at_the_end():
    """A forked process slow on its part is handed no second one in advance when few are
    left: this process, done with its own, runs every part left."""
    found = pipeline.ForkedShare(1)(_slow_in_fork(os.getpid()), 3)  # type: ignore[arg-type]
    here = [n for n, pid in found if pid == os.getpid()]
    assert [n for n, _ in found] == list(range(3))
    assert here == [0, 1]


def _denial_result(stance_in_key: Stance) -> ArticleResult:
    voice = Source("person:fulan", "فلان الفلاني", SourceKind.PERSON)
    article = Article("a1", "t.txt", "قال فلان الفلاني إن الجسر سيفتتح غدا.", language="ar")
    att = Attribution(
        id="a1.1",
        article="a1",
        source=voice,
        chain=(),
        origin=voice,
        cue="قال",
        cue_start=0,
        cue_end=3,
        content="الجسر سيفتتح غدا",
        start=18,
        end=34,
        quote=QuoteKind.INDIRECT,
        stance=Stance.ASSERTS,
    )
    key = MatchKey("a1.1", "a1", ("جسر", "غدا", "يفتتح"), (), False, stance_in_key)
    return ArticleResult(
        article=article,
        attributions=(att,),
        statements=(),
        claims=(),
        sources=(voice,),
        publisher=None,
        match_keys=(key,),
    )


def test_deniers_read_the_stance_the_match_keys_hold():
    """An attribution's stance is read from its match key, worked out where the article was
    read, not from its content once more."""
    assert set(deniers([_denial_result(Stance.DENIES)])) == {"a1.1"}
    assert deniers([_denial_result(Stance.ASSERTS)]) == {}
