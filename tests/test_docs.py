"""The README's commands run as written, on the samples shipped in data/."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.cli import app

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
runner = CliRunner()


def _readme_commands() -> list[str]:
    """The tracker commands in the README's bash blocks that read only data/ samples."""
    blocks = re.findall(r"```bash\n(.*?)```", README, flags=re.DOTALL)
    found = []
    for block in blocks:
        for line in block.splitlines():
            command = line.split("#", 1)[0].split("&&")[-1].strip()
            command = command.removeprefix("python -m ")
            if command.startswith("tracker ") and " data/" in command and "|" not in command:
                found.append(command)
    return found


def test_readme_names_data_samples():
    """The README runs the Quickstart corpus and at least one single sample article."""
    commands = _readme_commands()
    assert "tracker report data/sample/ --corpus-only" in commands
    assert any(c.startswith("tracker report data/sample/s") for c in commands)


@pytest.mark.parametrize("command", _readme_commands())
def test_readme_command_runs(command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Each README command on data/ exits 0 from the repository root (outputs go to tmp)."""
    monkeypatch.chdir(ROOT)
    args = shlex.split(command)[1:]
    if "-o" in args:
        at = args.index("-o") + 1
        args[at] = str(tmp_path / args[at])
    result = runner.invoke(app, args, env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert result.exit_code == 0, result.stderr


def test_readme_paths_exist():
    """Every data/ path the README mentions is shipped."""
    for path in set(re.findall(r"\bdata/[\w./*\[\]-]+", README)):
        assert any(ROOT.glob(path.rstrip("."))), path


def test_quickstart_verdicts_are_as_the_readme_says(monkeypatch: pytest.MonkeyPatch):
    """The Quickstart story gives the verdicts the README describes under its first command."""
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, ["report", "data/sample/", "--corpus-only", "-f", "json"])
    claims = [c for c in json.loads(result.stdout)["corpus_claims"] if len(c["articles"]) > 1]
    closure = next(c for c in claims if "إغلاق" in c["text"])
    route = next(c for c in claims if "العقبة" in c["text"])
    assert "*contested*, with a single\norigin" in README
    assert closure["status"] == "contested"
    assert len(closure["origins"]) == 1
    # The ministry's spokesman denies it: the explanation names who spoke, unnamed as he is.
    assert "denied by المتحدث باسم وزارة الداخلية الأردنية" in closure["explanation"]
    assert "one origin: الوادي" in closure["explanation"]
    assert route["status"] == "corroborated"
    assert len(route["origins"]) == 2
