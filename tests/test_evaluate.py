"""tracker eval: scoring extraction against gold JSON and brat standoff."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tracker.cli import app
from tracker.evaluate import Score, load_gold

GOLD = Path(__file__).parent / "gold"
#: brat standoff beside the English fixture it annotates (one copy of the text).
BRAT = Path(__file__).parent / "fixtures" / "en" / "en-01-crossing.ann"
runner = CliRunner()


def _scores(*args: str) -> dict[str, tuple[float, float]]:
    result = runner.invoke(app, ["eval", *args, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    return {s["role"]: (s["precision"], s["recall"]) for s in json.loads(result.stdout)["scores"]}


def test_gold_json_scores_found_and_missed():
    """Three gold attributions are found and one (not in the text) is missed: P 1.0, R 0.75."""
    scores = _scores(str(GOLD / "ar-01.gold.json"))
    assert scores["content"] == (1.0, 0.75)
    assert scores["full"] == (1.0, 0.75)


def test_brat_gold_with_text_beside_it():
    """brat .ann beside its .txt: every attribution is found and nothing else, in every role."""
    scores = _scores(str(BRAT))
    for role in ("content@0.3", "content@0.8", "source", "cue", "full"):
        assert scores[role] == (1.0, 1.0), role


def test_brat_offsets_slice_their_text_in_one_paragraph():
    """Each brat span slices to its text, and an event's spans lie in one paragraph.

    A discontinuous span ("223 304;330 374") is its pieces joined by one space, as brat writes.
    """
    text = BRAT.with_suffix(".txt").read_text(encoding="utf-8")
    spans: dict[str, tuple[int, int]] = {}
    events: list[list[str]] = []
    for line in BRAT.read_text(encoding="utf-8").splitlines():
        ref, middle, *rest = line.split("\t")
        if ref.startswith("T"):
            pieces = [tuple(map(int, p.split())) for p in middle.split(" ", 1)[1].split(";")]
            spans[ref] = (pieces[0][0], pieces[-1][1])
            assert " ".join(text[a:b] for a, b in pieces) == rest[0], line
        else:
            events.append([arg.split(":")[1] for arg in middle.split()])
    for refs in events:
        first = min(spans[r][0] for r in refs)
        last = max(spans[r][1] for r in refs)
        assert "\n\n" not in text[first:last], refs


def test_table_output_names_every_role():
    """The table lists the roles with precision, recall and F1."""
    result = runner.invoke(app, ["eval", str(BRAT)], env={"COLUMNS": "100"})
    for role in ("content@0.3", "content@0.8", "source", "cue", "full"):
        assert role in result.stdout


def test_bad_gold_path_is_one_error_line(tmp_path):
    """A file that is not gold is one Error line, exit 1."""
    bogus = tmp_path / "notes.md"
    bogus.write_text("#", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(bogus)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {bogus}: not gold")


def test_score_arithmetic():
    """F1 is the harmonic mean of precision and recall."""
    score = Score("content", gold=10, predicted=5, matched_gold=4, matched_predicted=4)
    assert (score.precision, score.recall) == (0.8, 0.4)
    assert round(score.f1, 4) == 0.5333


def test_load_gold_reads_brat_relations():
    """Each E line with a content becomes a gold attribution with its source and cue."""
    (article,) = load_gold([str(BRAT)])
    assert len(article.attributions) == 13
    assert article.attributions[3].cue == "According to"


def test_missed_and_extra_attributions_are_listed_per_article():
    """The one gold attribution not in the text is listed as missed, with its file."""
    result = runner.invoke(app, ["eval", str(GOLD / "ar-01.gold.json"), "-f", "json"])
    mismatches = json.loads(result.stdout)["mismatches"]
    missed = [m for m in mismatches if m["kind"] == "missed"]
    assert len(missed) == 1
    assert missed[0]["file"] == "ar-01-outlet-relay.txt"


def test_gold_json_lines_with_articles_in_a_folder_beside(tmp_path):
    """JSON Lines gold whose files sit in articles/ beside it (the dev set's layout) loads."""
    (tmp_path / "articles").mkdir()
    record = json.loads((GOLD / "ar-01.gold.json").read_text(encoding="utf-8"))
    text = (GOLD / record["file"]).read_text(encoding="utf-8")
    for name, tail in (("one.txt", ""), ("two.txt", "\nسطر آخر.\n")):
        (tmp_path / "articles" / name).write_text(text + tail, encoding="utf-8")
    lines = [json.dumps({**record, "file": name}) for name in ("one.txt", "two.txt")]
    (tmp_path / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles = load_gold([str(tmp_path / "gold.jsonl")])
    assert [a.path.parent.name for a in articles] == ["articles", "articles"]
    assert _scores(str(tmp_path / "gold.jsonl"))["content"] == (1.0, 0.75)
