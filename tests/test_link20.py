"""An unnamed source tied to a body by the proclitic ب ("مصدر بشركة …") speaks for that body
(issue 13, round 20: one body's source printed by two outlets counted as two origins).

Every example is made up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker import Options, analyse_paths
from tracker.link.independence import affiliation
from tracker.models import Source, SourceKind, Status


@pytest.mark.parametrize(
    ("joined", "spelled"),
    [
        ("مصدر مسؤول بشركة الساحل للملاحة", "مصدر مسؤول في شركة الساحل للملاحة"),
        ("مسؤول بقطاع الموانئ التابع لوزارة النقل", "مسؤول في قطاع الموانئ"),
        ("مصادر بإدارة المرور في المدينة", "مصادر في إدارة المرور"),
    ],
)
def test_a_body_joined_to_the_proclitic_ba_is_the_body_the_source_is_in(joined, spelled):
    """ "مصدر بشركة الساحل" is "مصدر في شركة الساحل": the ب joined to a body's head noun
    (no article) ties the unnamed voice to that body, as في does."""
    mine = affiliation(Source("a", joined, SourceKind.ANONYMOUS))
    assert mine
    assert mine == affiliation(Source("b", spelled, SourceKind.ANONYMOUS))


@pytest.mark.parametrize("name", ["مصدر بحريني", "مصدر بارز", "مسؤول برلماني"])
def test_an_adjective_after_ba_ties_the_source_to_no_body(name):
    """An adjective that opens with the letter ب ("مصدر بحريني", "مصدر بارز") names no body."""
    assert affiliation(Source("a", name, SourceKind.ANONYMOUS)) == ""


def test_one_sectors_source_in_two_outlets_is_one_origin(tmp_path: Path) -> None:
    """One outlet quoting "مسؤول بقطاع الموانئ", another "مصدر في قطاع الموانئ", on the same
    claim in their own words: one origin (the sector), single-sourced, not corroborated by
    the first outlet standing in for its unnamed source."""
    records = [
        {
            "source": "okaz",
            "url": "http://example.test/1",
            "title": "الخط البحري",
            "content": (
                "وقال مسؤول بقطاع الموانئ إن تشغيل الخط البحري الجديد بين الميناءين يبدأ "
                "مطلع الشهر المقبل بثلاث سفن."
            ),
        },
        {
            "source": "alriyadh",
            "url": "http://example.test/2",
            "title": "خط جديد",
            "content": (
                "أكد مصدر في قطاع الموانئ أن الخط البحري الجديد بين الميناءين يبدأ تشغيله "
                "بثلاث سفن مطلع الشهر المقبل."
            ),
        },
    ]
    path = tmp_path / "day.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    report = analyse_paths([str(path)], Options())
    (found,) = [c for c in report.corpus_claims if "البحري" in c.text]
    assert len(found.articles) == 2
    assert found.status is Status.SINGLE_SOURCED


def test_a_source_at_a_registry_body_counts_as_that_body(tmp_path: Path) -> None:
    """ "مسؤول بمنظمة الصحة العالمية", which the text resolves to the registry's body, counts as
    that body, not as a body named by its words: beside the body itself saying the same in
    another outlet, one origin, the registry's."""
    records = [
        {
            "source": "okaz",
            "url": "http://example.test/1",
            "title": "التطعيم",
            "content": (
                "وقال مسؤول بمنظمة الصحة العالمية إن حملة التطعيم الجديدة ستشمل مليون طفل "
                "في المنطقة الشمالية."
            ),
        },
        {
            "source": "alriyadh",
            "url": "http://example.test/2",
            "title": "حملة",
            "content": (
                "أعلنت منظمة الصحة العالمية أن حملة التطعيم الجديدة في المنطقة الشمالية "
                "ستشمل مليون طفل."
            ),
        },
    ]
    path = tmp_path / "day.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    report = analyse_paths([str(path)], Options())
    (found,) = [c for c in report.corpus_claims if "التطعيم" in c.text]
    assert len(found.articles) == 2
    assert found.status is Status.SINGLE_SOURCED
    assert "tracing to منظمة الصحة العالمية;" in found.explanation
