"""Issue 13, round 27b: false corroborations read claim by claim in a window of three days.

Each test pins one general cause of a claim called corroborated when one origin stands behind
it, or of the voice misread that made it so.

Every example is made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_link20 import _record, _report

from tracker.models import Status

#: A club named, then the same club's statement quoted under "النادي الإنجليزي".
_CLUB_NAMED = (
    "أعلن نادي بورتسموث الرياضي صباح الخميس أنه أعار لاعب الوسط الدولي الغاني كوفي منساه"
    " إلى نادي لاتسيو الإيطالي لمدة موسمين مع خيار الشراء في نهاية المدة.\n\n"
    "ولعب منساه ثلاثة مواسم مع بورتسموث بعد وصوله من نادي أكرا عام 2012.\n\n"
)
_CLUB_QUOTED = (
    'وجاء في بيان {body} على موقعه الرسمي "انتقل كوفي منساه إلى لاتسيو على سبيل الإعارة'
    ' لمدة موسمين مع خيار الشراء في نهاية المدة".'
)


@pytest.mark.parametrize("body", ["النادي الإنجليزي", "الشركة البريطانية"])
def test_a_body_named_by_its_head_and_a_nisba_is_no_second_origin(
    tmp_path: Path, body: str
) -> None:
    """A body named by its head noun and one adjective of relation ("النادي الإنجليزي") refers
    back to the body its article named: beside that body it is no second origin."""
    report = _report(
        tmp_path,
        _record("okaz", _CLUB_NAMED + _CLUB_QUOTED.format(body=body)),
        _record(
            "alriyadh",
            "ذكرت إدارة نادي لاتسيو أنها حصلت على خدمات لاعب الوسط كوفي منساه.\n\n"
            + _CLUB_QUOTED.format(body=body),
        ),
    )
    claims = [c for c in report.corpus_claims if len(c.articles) == 2]
    assert claims
    assert claims[0].status is Status.SINGLE_SOURCED
    assert "not identified enough" in claims[0].explanation


#: A wire's story as two outlets print it, one with a link to another story of its own after it.
_WIRE_STORY = (
    "باريس - أ ف ب: أعلنت الشرطة الفرنسية مساء الأحد أنها عثرت على قطعة معدنية كبيرة"
    " على شاطئ جزيرة صغيرة في المحيط، وأرسلتها إلى مختبر قرب مدينة ليون لفحصها.\n\n"
)
_LINK = "رابط الخبر بصحيفة الساحل: {headline}\n"


def test_a_link_to_another_story_after_its_label_is_no_statement(tmp_path: Path) -> None:
    """ "رابط الخبر بصحيفة الساحل: <headline>" closing a page, on its own line or after its
    last sentence, is a link to another story: its headline (colon and all) is no statement
    of the page, and two pages' links are no corroboration."""
    report = _report(
        tmp_path,
        _record(
            "okaz",
            _WIRE_STORY
            + _LINK.format(headline="وصول قطعة معدنية إلى مختبر فرنسي قد تعود للطائرة المفقودة"),
        ),
        _record(
            "alriyadh",
            "لندن - رويترز: قالت الشرطة إن الفحص بدأ. "
            + _LINK.format(headline="بالصور: قطعة معدنية في جزيرة يشتبه أنها للطائرة المفقودة"),
        ),
    )
    texts = [
        found.content
        for result in report.results
        for found in (*result.statements, *result.attributions)
    ]
    assert not [t for t in texts if "المفقودة" in t]
    assert not [c for c in report.corpus_claims if c.status is Status.CORROBORATED]


def test_a_spokeswoman_in_the_body_her_article_named_speaks_for_it(tmp_path: Path) -> None:
    """A spokeswoman whose descriptor closes on a body's head noun alone ("… في الاتحاد")
    speaks for the body her article named ("الاتحاد الآسيوي"): with the body quoted in
    another outlet, one origin."""
    report = _report(
        tmp_path,
        _record(
            "okaz",
            "طالب الاتحاد الآسيوي للطائرة الشراعية الأندية بمراجعة قواعد السلامة في مسابقاتها."
            "\n\nوقالت سلمى نوردين، المتحدثة باسم ليلى هانسن مديرة المسابقات في الاتحاد:"
            " «ننتظر من الأندية إثبات التزامها بقواعد السلامة في المسابقات بالأفعال لا بالوعود».",
        ),
        _record(
            "alriyadh",
            "وأكد الاتحاد الآسيوي للطائرة الشراعية في بيان أمس أن على الأندية إثبات التزامها"
            " بقواعد السلامة ليس بالوعود فقط بل بالأفعال أيضا.",
        ),
    )
    claims = [c for c in report.corpus_claims if len(c.articles) == 2]
    assert claims
    assert claims[0].status is Status.SINGLE_SOURCED
    assert "speaks for" in claims[0].explanation
