"""Arabic patterns the open story sets (round 59, cluster59) showed read wrong.

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest

from tracker import Registry, analyse_article
from tracker.corroborate import Side, judge_pair, match_key
from tracker.models import Stance, Status
from tracker.readers import parse_article


def test_an_inquiry_a_body_conducted_speaks_for_it(read):
    """ "أظهر تحقيق أجرته المنظمة أن …": the body that conducted the inquiry is the voice."""
    found = read(
        "وأظهر تحقيق أجرته منظمة الصحة العالمية أن مئات المرضى ينتظرون العلاج منذ سنوات."
    ).attributions
    assert len(found) == 1
    assert "الصحة العالمية" in found[0].source.name
    assert found[0].content.startswith("مئات المرضى")
    # With no one conducting it, an inquiry is an act, and no voice is made of it.
    bare = read("وأظهر تحقيق في الحادث أن السائق كان يقود بسرعة كبيرة.").attributions
    assert all("تحقيق" not in a.source.name for a in bare)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "وأكد المجلس المحلي حسب - وكالة الأنباء الرسمية - أن فرقه تقدم العلاج للجرحى "
            "في المستشفيات الميدانية.",
            "المجلس المحلي",
            "فرقه تقدم العلاج",
        ),
        (
            "وشدد السفير سالم الحربي - وفقا لما نقلته وكالة الأنباء الرسمية - على أن بلاده "
            "لن تقبل أي تدخل في شؤونها.",
            "سالم الحربي",
            "بلاده لن تقبل",
        ),
    ],
)
def test_a_credit_between_dashes_after_the_subject_carries_its_words(read, text, speaker, content):
    """ "وأكد المجلس حسب - وكالة الأنباء - أن …": the council speaks, the agency carried it."""
    found = read(text).attributions
    assert len(found) == 1
    said = found[0]
    assert said.source.name == speaker
    assert len(said.chain) == 2
    assert said.content.startswith(content)


_DENIED = "ما تردد عن تعرض عامل لإصابات خطيرة في حريق مصنع الورق بالمنطقة الصناعية"


def _side(n: int, text: str, stance: Stance | None) -> Side:
    return Side(match_key(f"a{n}.s1", f"a{n}", text, stance), text)


def test_a_denial_is_no_telling_of_the_complaint_about_it() -> None:
    """ "نفت الإدارة ما تردد عن إصابة العامل" and "تقدم شقيقه بشكوى حول إصابته": the story of
    the complaint is a claim of its own; the report of the injury itself is what is denied."""
    complaint = (
        "تقدم شقيق العامل بشكوى حول تعرضه لإصابات خطيرة في حريق مصنع الورق بالمنطقة الصناعية"
        " وبناء عليه شكلت الإدارة لجنة للتحقق"
    )
    told = judge_pair(_side(0, _DENIED, Stance.DENIES), _side(1, complaint, None))
    assert told is None or told.tier != "confirmed"
    report = "تعرض عامل لإصابات خطيرة في حريق مصنع الورق بالمنطقة الصناعية مساء أمس"
    denied = judge_pair(_side(0, _DENIED, Stance.DENIES), _side(1, report, None))
    assert denied is not None
    assert denied.tier == "confirmed"


def test_a_denial_and_the_complaint_it_answers_are_two_claims_in_an_article(
    registry: Registry,
) -> None:
    """Within one article too, a denial and the sentence telling of the complaint about what
    it denies are two claims, and the complaint's is not contested."""
    result = analyse_article(
        parse_article(
            "خبر قصير\n\nنفت إدارة المصنع " + _DENIED + ". وكان شقيق العامل قد تقدم بشكوى"
            " حول تعرضه لإصابات خطيرة في حريق مصنع الورق بالمنطقة الصناعية، فشكلت الإدارة"
            " لجنة للتحقق.",
            "made-up.txt",
        ),
        registry,
    )
    (denial,) = result.attributions
    (complaint,) = result.statements
    (holding,) = [c for c in result.claims if complaint.id in c.statements]
    assert denial.id not in holding.attributions
    assert holding.status is not Status.CONTESTED
