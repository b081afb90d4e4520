"""Real-world inputs: HTML pages, JSON Lines, JSON arrays, encodings, duplicates, bad input."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tracker import Registry, analyse_article
from tracker.cli import app
from tracker.extract import extract
from tracker.readers import parse_article, read_documents

INPUTS = Path(__file__).parent / "inputs"
FIXTURES = Path(__file__).parent / "fixtures"
runner = CliRunner()


def run(*args: str, stdin: bytes | None = None):
    return runner.invoke(app, list(args), input=stdin, env={"NO_COLOR": "1", "COLUMNS": "100"})


def test_html_page_yields_the_article_not_the_chrome():
    """A saved page's navigation, ad and related links give no attributions; metadata is read."""
    data = json.loads(run("report", str(INPUTS / "page.html"), "-f", "json").stdout)
    (article,) = data["articles"]
    assert article["title"] == "وزير سوري: المعبر يفتح الأحد"
    assert article["published"] == "2024-10-09"
    assert article["publisher"] == "موقع الساحل"
    assert article["url"] == "https://example.org/news/2024/10/09/crossing"
    assert article["author"] == "سلمى حداد"
    assert article["text_source"] == "html-main"
    sources = {a["source"]["name"] for a in data["attributions"]}
    assert sources == {"فادي سليم", "الأناضول"}
    assert not any(
        "الإنترنت" in a["content"] or "الوقود" in a["content"] for a in data["attributions"]
    )


def test_html_offsets_index_the_extracted_text():
    """With --include-text, every span indexes the analysed (extracted) text."""
    data = json.loads(
        run("report", str(INPUTS / "page.html"), "-f", "json", "--include-text").stdout
    )
    text = data["articles"][0]["text"]
    assert all(text[a["start"] : a["end"]] == a["content"] for a in data["attributions"])


def test_truncated_html_is_one_error_line():
    """A page cut off before its article: one Error line, exit 1."""
    result = run("report", str(INPUTS / "truncated.html"))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {INPUTS / 'truncated.html'}: no article text found in this HTML page; "
        "save the complete page or give the article as a .txt file\n"
    )


def test_json_lines_keep_going_past_a_bad_line():
    """A malformed line and a record without text are reported by line; the rest is read."""
    result = run("report", str(INPUTS / "articles.jsonl"), "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [a["path"].rsplit("#", 1)[1] for a in data["articles"]] == ["r1", "r2"]
    assert [(a["publisher"], a["published"]) for a in data["articles"]] == [
        ("موقع الضفة", "2024-10-06"),
        ("شبكة المدار", "2024-10-06"),
    ]
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"Error: {INPUTS / 'articles.jsonl'}:2: not valid JSON")
    assert lines[1] == (
        f"Error: {INPUTS / 'articles.jsonl'}:4: no article text "
        "(looked for text/content/body); map it with --field text=NAME"
    )


def test_field_mapping(tmp_path):
    """--field text=NAME reads the text from another field."""
    path = tmp_path / "x.jsonl"
    record = {"body_ar": "قال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا في العاصمة لبحث الأزمة."}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run("report", str(path)).exit_code == 1
    result = run("report", str(path), "--field", "text=body_ar", "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["attributions"][0]["cue"] == "قال"
    assert run("report", str(path), "--field", "colour=x").exit_code == 2


def test_saudinewsnet_layout_json_array():
    """A JSON array of {source, url, date_extracted, title, content} is read record by record."""
    data = json.loads(run("report", str(INPUTS / "snn-layout.json"), "-f", "json").stdout)
    assert [(a["publisher"], a["published"]) for a in data["articles"]] == [
        ("aawsat", "2015-07-21"),
        ("spa", "2015-07-22"),
    ]
    assert data["articles"][0]["url"] == "http://example.org/a"
    assert data["articles"][0]["text_source"] == "json-field"


def test_one_pretty_printed_json_object_is_one_article(tmp_path):
    """A .json file holding one article object over several lines is read as that article."""
    record = {
        "id": "r9",
        "publisher": "موقع الضفة",
        "date": "2024-10-06",
        "text": "قال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا في العاصمة لبحث الأزمة.",
    }
    path = tmp_path / "one.json"
    path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    result = run("report", str(path), "-f", "json")
    assert (result.exit_code, result.stderr) == (0, "")
    data = json.loads(result.stdout)
    assert [(a["path"], a["publisher"]) for a in data["articles"]] == [(f"{path}#r9", "موقع الضفة")]
    assert data["attributions"][0]["cue"] == "قال"


def test_broken_pretty_printed_json_object_is_one_error(tmp_path):
    """A malformed object over several lines is one Error line naming where it breaks."""
    path = tmp_path / "one.json"
    path.write_text('{\n  "text": "قال الوزير إن الاجتماع سيعقد غدا",\n  "id": r9\n}\n')
    result = run("report", str(path))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {path}: not valid JSON at line 3 (Expecting value); fix the file\n"
    )


def test_json_lines_in_a_json_file_stay_line_by_line(tmp_path):
    """A .json file of one-line objects is still JSON Lines: each line an article."""
    text = "قال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا في العاصمة لبحث الأزمة {}."
    records = [{"id": f"r{n}", "text": text.format(n)} for n in (1, 2)]
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    path = tmp_path / "lines.json"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = json.loads(run("report", str(path), "-f", "json").stdout)
    assert [a["path"] for a in data["articles"]] == [f"{path}#r1", f"{path}#r2"]


def test_duplicates_are_analysed_once(tmp_path):
    """The same text under two names is analysed once and reported as a duplicate."""
    source = (FIXTURES / "ar-01-outlet-relay.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(source, encoding="utf-8")
    (tmp_path / "b.txt").write_text(source, encoding="utf-8")
    result = run("report", str(tmp_path), "-f", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert len(data["articles"]) == 1
    assert data["duplicates"] == [
        {"path": str(tmp_path / "b.txt"), "same_as": str(tmp_path / "a.txt")}
    ]
    assert result.stderr == (
        f"Warning: {tmp_path / 'b.txt'}: same text as {tmp_path / 'a.txt'}; analysed once\n"
    )


def test_glob_and_recursive_directory(tmp_path):
    """Globs expand; directories are read recursively by ending (.txt, .html, .jsonl …)."""
    nested = tmp_path / "deep" / "er"
    nested.mkdir(parents=True)
    (nested / "a.txt").write_text(
        (FIXTURES / "ar-02-state-group.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "page.html").write_bytes((INPUTS / "page.html").read_bytes())
    (tmp_path / "notes.md").write_text("# not an article", encoding="utf-8")
    assert len(json.loads(run("report", str(tmp_path), "-f", "json").stdout)["articles"]) == 2
    pattern = str(tmp_path / "**" / "*.txt")
    assert len(json.loads(run("report", pattern, "-f", "json").stdout)["articles"]) == 1
    missing = run("report", str(tmp_path / "*.nothing"))
    assert (
        missing.stderr
        == f"Error: {tmp_path / '*.nothing'}: no files match this pattern; check it\n"
    )


def test_stdin_html_with_format_in():
    """--format-in html reads a page from standard input."""
    result = run(
        "report",
        "-",
        "--format-in",
        "html",
        "-f",
        "json",
        stdin=(INPUTS / "page.html").read_bytes(),
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout)["articles"][0]["text_source"] == "html-main"


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6", "utf-16"])
def test_legacy_encodings_are_detected_and_stated(tmp_path, encoding):
    """Windows-1256, ISO-8859-6 and UTF-16 articles are read, and the encoding is stated."""
    text = "قال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا في العاصمة لبحث الأزمة الاقتصادية."
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    data = json.loads(run("report", str(path), "-f", "json").stdout)
    assert (
        data["articles"][0]["encoding"].replace("_", "-").startswith(encoding.replace("_", "-")[:5])
    )
    assert data["attributions"][0]["content"].startswith("الاجتماع سيعقد")
    table = run("report", str(path)).stdout
    assert "encoding:" in table


def test_too_large_input(tmp_path):
    """An input over --max-bytes is refused with the flag to raise the limit."""
    path = tmp_path / "big.txt"
    path.write_text("قال الوزير إن " * 100, encoding="utf-8")
    result = run("report", str(path), "--max-bytes", "100")
    assert result.exit_code == 1
    assert "raise it with --max-bytes" in result.stderr


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path):
    """A file without read permission is one Error line."""
    path = tmp_path / "secret.txt"
    path.write_text("قال الوزير إن الاجتماع غدا.", encoding="utf-8")
    path.chmod(0)
    result = run("report", str(path))
    assert result.stderr == f"Error: {path}: permission denied; make the file readable\n"


def test_report_to_unwritable_output(tmp_path):
    """-o into a missing folder is one Error line; nothing half-written is left behind."""
    out = tmp_path / "missing" / "report.json"
    result = run("report", str(FIXTURES / "ar-01-outlet-relay.txt"), "-f", "json", "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {out}: cannot write")
    good = tmp_path / "report.json"
    assert (
        run(
            "report", str(FIXTURES / "ar-01-outlet-relay.txt"), "-f", "json", "-o", str(good)
        ).exit_code
        == 0
    )
    assert json.loads(good.read_text(encoding="utf-8"))["schema_version"] == 1
    assert not list(tmp_path.glob("*.partial"))


def test_bidi_option_reorders_arabic_for_plain_terminals():
    """--bidi prints Arabic in visual order with joined letter forms; JSON is unaffected."""
    plain = run("report", str(FIXTURES / "ar-01-outlet-relay.txt")).stdout
    shaped = run("report", str(FIXTURES / "ar-01-outlet-relay.txt"), "--bidi").stdout
    assert "القدس العربي" in plain
    assert "القدس العربي" not in shaped
    assert any("\ufe70" <= ch <= "\ufeff" for ch in shaped)  # presentation forms
    assert "Sources" in shaped


def test_read_documents_yields_errors_not_exceptions_for_records(tmp_path):
    """A bad record is yielded as an error so the caller can carry on."""
    path = tmp_path / "x.jsonl"
    path.write_text(
        'not json\n{"text": "قال الوزير إن الاجتماع غدا في العاصمة."}\n', encoding="utf-8"
    )
    found = list(read_documents(str(path)))
    assert isinstance(found[0], Exception)
    assert found[1].text.startswith("قال")


_REGISTRY = Registry.load()
_TEXT = st.text(
    alphabet=st.sampled_from(list("قال إن أن «»“”\"':،.؟!\n\x0b\x00 وزير الخارجية المصدر بحسب ab")),
    max_size=400,
) | st.text(max_size=300)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_extraction_never_raises_and_spans_hold(text):
    """Arbitrary text (Arabic, English, controls, unmatched quotes) never breaks extraction."""
    if not text.strip():
        return
    article = parse_article(text, "x.txt")
    raws, _ = extract(article, _REGISTRY.knows)
    assert all(0 <= raw.start <= raw.end <= len(text) for raw in raws)
    result = analyse_article(article, _REGISTRY)
    for att in result.attributions:
        assert text[att.start : att.end] == att.content
    for statement in result.statements:
        assert text[statement.start : statement.end] == statement.content


def test_html_byline_credits_its_wire_as_the_site_wrote_it():
    """ "عمان - رويترز" in the author meta tag and the byline element: HTML extractors tidy the
    author to "عمان", which drops the wire; the byline as written keeps Reuters as the outermost
    voice of every attribution."""
    data = json.loads(run("report", str(INPUTS / "wire-page.html"), "-f", "json").stdout)
    assert data["articles"][0]["author"] == "عمان - رويترز"
    chains = [[link["name"] for link in a["chain"]] for a in data["attributions"]]
    # Three in the body, and the headline "وزير الخارجية: …": the minister the body names.
    assert len(chains) == 4
    assert all(chain[0] == "رويترز" for chain in chains)
    assert all(chain[-1] == "سامر الخطيب" for chain in chains)
