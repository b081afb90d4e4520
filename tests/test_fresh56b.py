"""A body the text ties to a registry body named after it ("X التابعة لـ Y") (round 56,
fresh56b).

Every example is made up; each test pins one general pattern and checks the content's offsets.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import corpus_claim_with

from tracker.models import Report, Status
from tracker.pipeline import Options, analyse_paths


def _voices(result: object) -> dict[str, str]:
    """Each attribution's source name and content, after checking its offsets slice the text."""
    text = result.article.text  # type: ignore[attr-defined]
    found = {}
    for att in result.attributions:  # type: ignore[attr-defined]
        assert text[att.start : att.end] == att.content
        found[att.source.name] = att.content
    return found


def test_a_body_tied_to_a_registry_body_after_it_is_named_as_written(read):
    """ "لجنة … التابعة للأمم المتحدة": the committee speaks, not the registry body named
    after the tie; a channel "التابعة لحزب …" is the channel by its own name, not the party."""
    result = read(
        "وقالت لجنة حماية الطفولة التابعة للأمم المتحدة إن أربعة آلاف طفل حرموا من الدراسة"
        " في الإقليم."
    )
    assert _voices(result) == {
        "لجنة حماية الطفولة التابعة للأمم المتحدة": ("أربعة آلاف طفل حرموا من الدراسة في الإقليم")
    }

    result = read("وذكرت قناة الندى التابعة لحزب الله أن المعارك توقفت في البلدة الحدودية.")
    assert _voices(result) == {"الندى": "المعارك توقفت في البلدة الحدودية"}


def _story(tmp_path: Path, *articles: tuple[str, str, str]) -> Report:
    """The report over made-up articles (id, publisher, text), dated one a day in order."""
    records = [
        {
            "id": ident,
            "title": "خبر",
            "publisher": publisher,
            "date": f"2026-04-{n + 1:02d}",
            "text": text,
        }
        for n, (ident, publisher, text) in enumerate(articles)
    ]
    path = tmp_path / "story.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return analyse_paths([str(path)], Options())


def test_a_part_of_a_registry_body_counts_as_one_origin_with_it(tmp_path):
    """The committee and the registry body it belongs to tell one claim: one origin, not
    two (the part is named apart, but in the body's independence group)."""
    report = _story(
        tmp_path,
        (
            "a1",
            "okaz",
            "وقالت لجنة حماية الطفولة التابعة للأمم المتحدة إن أربعة آلاف طفل"
            " حرموا من الدراسة في إقليم الوادي.",
        ),
        (
            "a2",
            "alriyadh",
            "وقالت الأمم المتحدة إن أربعة آلاف طفل حرموا من الدراسة في إقليم الوادي.",
        ),
    )
    names = {a.source.name for r in report.results for a in r.attributions}
    assert "لجنة حماية الطفولة التابعة للأمم المتحدة" in names
    claim = corpus_claim_with(report, "أربعة آلاف طفل")
    assert claim.status is not Status.CORROBORATED
