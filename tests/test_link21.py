"""Issue 13, round 21: two voices saying there is no plan, proposal or intention of one same
thing, each in its own frame, state one claim ("no proposal to hold …" beside "does not intend
to hold …" stayed apart); a body's name spelled with another letter for one sound is one voice;
a medium cited for what its own article in the claim says is no second origin.

Every example is made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_link20 import _record, _report

from tracker.corroborate import DEFAULT, Side, _no_plan, match_key
from tracker.link.intent import framed, plan_core
from tracker.models import Stance, Status


def _side(text: str) -> Side:
    """A source's statement as judge_pair reads it."""
    return Side(match_key(text[:8], "x", text, Stance.ASSERTS), text)


_INTENDS = (
    "الإدارة لا تنوي دمج المدرستين الشرقيتين قبل نهاية العام الدراسي المقبل بسبب نقص المعلمين"
)
_NO_PROPOSAL = "لا يوجد مقترح بدمج المدرستين الشرقيتين"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_NO_PROPOSAL, True),
        ("ليس هناك أي خطة لإغلاق المصنع", True),
        ("there are no plans to close the plant", True),
        ("لم تؤجل الجمعية موسم الحصاد", False),
        ("لا يزال المقترح قيد الدراسة لدى الجمعية", False),
    ],
)
def test_a_negated_plan_frame_is_read_only_right_after_the_negation(text, expected):
    """ "لا يوجد مقترح …", "ليس هناك أي خطة …", "no plans to …" deny a plan; a plain negated
    act, or a frame word far from the particle ("لا يزال المقترح …": still), does not."""
    assert framed(text) is expected


def test_the_core_of_a_plan_denied_is_what_would_not_happen():
    """The core leaves the frame and the particle out: the merger and the schools remain."""
    key = match_key("a", "x", _NO_PROPOSAL, Stance.ASSERTS)
    core = plan_core(_NO_PROPOSAL, key.vocabulary)
    assert core is not None
    assert "مقترح" not in core
    assert "يوجد" not in core
    assert {"مدرستين", "شرقيتين"} <= set(core)


@pytest.mark.parametrize(
    ("other", "linked"),
    [
        (_NO_PROPOSAL, True),
        ("ليس ثمة احتمال لدمج المدرستين الشرقيتين", True),
        ("لا يوجد مقترح بدمج المدرستين الغربيتين", False),  # other schools
        ("لم تدمج الإدارة المدرستين الشرقيتين", False),  # an act, not a plan
    ],
)
def test_two_frames_of_no_plan_link_only_over_the_same_core(other, linked):
    """Every word of the shorter core must be in the other; both must deny a plan."""
    found = _no_plan(_side(_INTENDS), _side(other), DEFAULT)
    assert (found is not None) is linked


@pytest.mark.parametrize(
    ("opening", "second", "claims"),
    [
        ("قال عضو في مجلس التعليم إن", "وقال عضو آخر في المجلس", 1),
        ("قال مدير التعليم سالم العمري إن", "وقال المعلم خالد الفارس", 2),
    ],
)
def test_two_voices_of_one_article_denying_one_plan_are_one_claim(
    tmp_path: Path, opening: str, second: str, claims: int
) -> None:
    """ "عضو … إن الإدارة لا تنوي دمج المدرستين …" and "عضو آخر: لا يوجد مقترح بدمج المدرستين
    …" in one article: one claim, though they share too few words to match. Two named people
    of one article are joined only at the bar of a confirmed link: their frames alike are not
    enough."""
    report = _report(tmp_path, _record("okaz", f"{opening} {_INTENDS}. {second}: {_NO_PROPOSAL}."))
    (result,) = report.results
    assert len(result.attributions) == 2
    assert len(result.claims) == claims


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("نادي هارتفيلد يونايتد الإنجليزي", "نادي هارتفيلد يونايتد الإنكليزي", True),
        ("شركة بيرتون للاتصالات الدولية", "شركة بيرطون للاتصالات الدولية", True),
        ("جامعة الملك سالم الأهلية", "جامعة الملك خالد الأهلية", False),
        ("نادي الجبل الرياضي", "نادي الكبل الرياضي", True),
        ("نادي الاتحاد", "نادي الاتكاد", False),  # two words: too little of a name to tell
    ],
)
def test_a_body_spelled_with_another_letter_for_one_sound_is_one_voice(first, second, same):
    """Names of three words or more, the same but one word written with another letter for
    one foreign sound (ج/ك/غ for g, ت/ط, ك/خ/ق) or with two letters swapped, are one voice;
    another word in the name is another body."""
    from tracker.link.independence import same_voice
    from tracker.models import Source, SourceKind

    a = Source("a", first, SourceKind.ORGANIZATION)
    b = Source("b", second, SourceKind.ORGANIZATION)
    assert same_voice(a, b) is same


def test_a_club_spelled_two_ways_in_two_outlets_is_one_origin(tmp_path: Path) -> None:
    """One club's signing told by two outlets, one writing "الإنجليزي" and the other
    "الإنكليزي": single-sourced, not corroborated by two spellings of one club."""
    report = _report(
        tmp_path,
        _record(
            "okaz",
            "أعلن نادي هارتفيلد يونايتد الإنجليزي أمس أنه تعاقد مع المدافع الدولي توماس بيرك "
            "بموجب عقد يمتد لثلاثة مواسم.",
        ),
        _record(
            "alriyadh",
            "وقال نادي هارتفيلد يونايتد الإنكليزي في بيان إنه تعاقد مع المدافع توماس بيرك بعقد "
            "يمتد ثلاثة مواسم قادما من بورتسمان.",
        ),
    )
    (found,) = [c for c in report.corpus_claims if len(c.articles) == 2]
    assert found.status is Status.SINGLE_SOURCED
    assert "one name spelled otherwise" in found.explanation


#: A paper citing "الوطن" for a market's closing, and what the Watan paper itself printed.
_CITING = (
    "ذكرت صحيفة الوطن أن مصادر في البلدية أكدت إغلاق السوق القديم في حي الشاطئ نهاية الشهر "
    "الجاري لأعمال الصيانة."
)
_PRINTED = (
    "قالت مصادر مطلعة في البلدية إن السوق القديم في حي الشاطئ سيغلق نهاية الشهر الجاري لأعمال "
    "صيانة شاملة."
)


@pytest.mark.parametrize(("publisher", "own"), [("alwatan", True), ("alriyadh", False)])
def test_a_paper_cited_for_what_its_own_article_says_is_no_second_origin(
    tmp_path: Path, publisher: str, own: bool
) -> None:
    """One outlet citing "صحيفة الوطن" for a claim the Watan paper's own article tells from its
    sources: one origin (the sources), not the paper and its sources. When the other article
    is not the cited paper's, the rule says nothing of the paper."""
    report = _report(tmp_path, _record("okaz", _CITING), _record(publisher, _PRINTED))
    (found,) = [c for c in report.corpus_claims if len(c.articles) == 2]
    assert ("is cited for what its own article says" in found.explanation) is own
    if own:
        assert found.status is Status.SINGLE_SOURCED
