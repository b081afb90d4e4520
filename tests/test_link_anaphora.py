"""Denials of "the report" (tracker.link.anaphora): made-up articles, one pattern each."""

from __future__ import annotations

import pytest

from tracker.link.anaphora import points_back
from tracker.models import ArticleResult, Status


def _claim_of(result: ArticleResult, text: str):
    att = next(a for a in result.attributions if text in a.content)
    return next(c for c in result.claims if att.id in c.attributions)


def test_a_denial_of_the_report_contests_what_the_outlet_reported(read_en):
    """ "The army denied the report": the report is the Valley Times', whose first claim is
    its news; the claim is contested by the army, and the paper's second claim is not."""
    result = read_en(
        "Envoy in Port Selim\n\n"
        "The Valley Times reported that the envoy secretly visited Port Selim last week.\n\n"
        "The newspaper said the envoy met the council's chairman.\n\n"
        "A spokesman for the army, Omar Saleh, denied the report.\n"
    )
    visit = _claim_of(result, "secretly visited")
    assert visit.status is Status.CONTESTED
    assert len(visit.attributions) == 2
    assert _claim_of(result, "met the council").status is Status.SINGLE_SOURCED


def test_a_denial_of_the_report_in_arabic_contests_it(read):
    """ "ونفى المتحدث هذه الأنباء" after a paper's report: the report's claim is contested."""
    result = read(
        "زيارة سرية\n\n"
        "كشفت صحيفة الأفق أن المبعوث زار مدينة الواحة سرا الأسبوع الماضي.\n\n"
        "ونفى المتحدث باسم الجيش هذه الأنباء.\n"
    )
    assert _claim_of(result, "زار مدينة الواحة").status is Status.CONTESTED


def test_a_denial_with_no_outlet_before_it_stays_apart(read_en):
    """With no outlet's report before it, "the reports" point at nothing the article says."""
    result = read_en(
        "Port Selim\n\n"
        "The mayor said the envoy visited Port Selim last week.\n\n"
        "The army denied the reports.\n"
    )
    assert _claim_of(result, "visited Port Selim").status is Status.SINGLE_SOURCED


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("the report", True),
        ("these false claims", True),
        ("هذه الأنباء", True),
        ("ما نشرته الصحيفة", True),
        ("صحة التقرير", True),
        ("the report that the envoy visited Port Selim", False),
        ("أن يكون المبعوث قد زار المدينة", False),
    ],
)
def test_only_a_content_of_report_words_points_back(content, expected):
    assert points_back(content) is expected
