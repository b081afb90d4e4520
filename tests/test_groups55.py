"""Round 55: officials of one ministry's regional directorates are one dependency group.

"مدير عام تعليم الوادي" and "المدير العام للتعليم بالساحل" head two provinces' directorates of
one education ministry: when both tell a date the ministry set, they are one origin (their
government's), not two. The sector nouns that name a ministry's directorates are in
data/terms.toml (``branch_ar``).

Every example is made up.
"""

from __future__ import annotations

import pytest
from test_link20 import _record, _report

from tracker.models import Status
from tracker.sources import _regional_branch

#: One ministry-wide date, told by two provinces' directors of education.
_FIRST = (
    "أوضح مدير عام تعليم الوادي الدكتور سالم بن علي الكعبي أن الدراسة في جميع مدارس"
    " المملكة ستبدأ يوم الأحد العشرين من الشهر المقبل حسب التقويم الذي اعتمدته الوزارة."
)
_SECOND = (
    "أكد المدير العام للتعليم بالساحل خالد بن سعد العمري أن العام الدراسي في مدارس"
    " المملكة كافة سيبدأ الأحد العشرين من الشهر المقبل بحسب التقويم المعتمد للوزارة."
)
#: The same date, as a teachers' union of its own finds it.
_UNION = (
    "وقالت نقابة المعلمين المستقلة في بيان أمس إن الدراسة ستبدأ في مدارس المملكة كلها"
    " يوم الأحد العشرين من الشهر القادم بحسب التقويم المعتمد."
)


def _claim(report):
    claims = [c for c in report.corpus_claims if len(c.articles) >= 2]
    assert len(claims) == 1
    return claims[0]


def test_two_provinces_directors_of_education_telling_one_date_are_one_origin(tmp_path):
    """Two provinces' education directors, each in his own paper, telling the ministry's
    date: one origin, and the explanation says they count as one (their state's group)."""
    report = _report(tmp_path, _record("okaz", _FIRST), _record("almadina", _SECOND))
    claim = _claim(report)
    assert claim.status is Status.SINGLE_SOURCED
    assert "count as one (state:SA)" in claim.explanation
    assert "سالم بن علي الكعبي" in claim.explanation
    assert "خالد بن سعد العمري" in claim.explanation


def test_a_director_of_education_and_a_union_still_corroborate(tmp_path):
    """Two directors and a union: the directors are one origin, the union a second one, so
    the date is corroborated by two independent origins (not three)."""
    report = _report(
        tmp_path,
        _record("okaz", _FIRST),
        _record("almadina", _SECOND),
        _record("alyaum", _UNION),
    )
    claim = _claim(report)
    assert claim.status is Status.CORROBORATED
    assert len(claim.origins) == 2


@pytest.mark.parametrize(
    ("descriptor", "ministry"),
    [
        ("مدير عام تعليم الوادي", "education-ministry"),
        ("مدير إدارة شؤون المعلمين بتعليم الساحل", "education-ministry"),
        ("المدير العام للتعليم في منطقة الوادي", "education-ministry"),
        ("مدير صحة الساحل", "health-ministry"),
        ("مدير المستشفى العام بصحة الوادي", "health-ministry"),
        ("مدير عام الصحة في محافظة الساحل", "health-ministry"),
        ("المدير العام لفرع الزراعة في محافظة الوادي", "agriculture-ministry"),
        ("مدير عام المياه بالمنطقة الشمالية", "water-ministry"),
        ("مدير الصحة والسلامة المهنية", ""),
        ("مدير التعليم في شركة الساحل", ""),
        ("مدير مركز صحة المرأة", ""),
        ("المديرة الإقليمية لمنظمة الصحة العالمية", ""),
        ("وزير التعليم", ""),
    ],
)
def test_the_ministry_a_regional_directorate_belongs_to(descriptor, ministry):
    """The ministry is read from the sector noun and the place after it; a noun before "و",
    over a company, or of a centre or an international body names no directorate."""
    assert _regional_branch(descriptor) == ministry
