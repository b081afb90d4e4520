"""Issue 13, round 25: the publisher's background inside what a voice is reported saying.

A reported content often carries the writer's own aside: a dated relative clause ("… السفينة
التي غرقت منذ ثلاثة أشهر"), the circumstances with a figure ("في ظل تراجع الصادرات إلى 40
مليونا"). Such an aside is a statement in the publisher's own voice (or the wire's it credits),
listed beside the attribution, which keeps its whole content; it never joins what the voice
said, in its article or in another one printing the same content.

Every example is made up.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from test_link20 import _record, _report

from tracker import Registry, analyse_article
from tracker.corroborate import DEFAULT, Side, judge_pair, match_key
from tracker.extract import background
from tracker.lang import get
from tracker.models import ArticleResult, Stance, is_background
from tracker.readers import parse_article

_REGISTRY = Registry.load()


def _read(text: str) -> ArticleResult:
    """A made-up Arabic article analysed."""
    return analyse_article(parse_article(text, "made-up.txt"), _REGISTRY)


def _asides(text: str) -> list[str]:
    """The background statements of a made-up Arabic article."""
    return [s.content for s in _read(text).statements if is_background(s.id)]


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        (
            "قال قائد خفر السواحل إن فرق الإنقاذ انتشلت حطام السفينة التي غرقت منذ ثلاثة أشهر"
            " قبالة الجزيرة الصغيرة.",
            "التي غرقت منذ ثلاثة أشهر",
        ),
        (
            "أعلن وزير النقل أن الحكومة ستعيد تشغيل خط القطار الذي أغلق في مارس الماضي"
            " بعد انهيار الجسر القديم.",
            "الذي أغلق في مارس الماضي",
        ),
        (
            "أكد رئيس الغرفة التجارية أن المعرض سيعود إلى المدينة في شهر الربيع"
            " في ظل تراجع الصادرات الزراعية إلى 40 مليون دولار هذا الموسم.",
            "في ظل تراجع الصادرات الزراعية إلى 40 مليون دولار هذا الموسم",
        ),
        (
            "قالت الشرطة إن المشتبه به اعترف بسرقة المتجر في أعقاب حريق كبير أتى على عشرات"
            " المحلات في السوق الشعبي.",
            "في أعقاب حريق كبير أتى على عشرات المحلات في السوق الشعبي",
        ),
    ],
)
def test_a_dated_or_counted_aside_in_a_content_is_the_publishers(text: str, aside: str) -> None:
    """A dated relative clause opening with a past verb, or a circumstance with a figure, is
    listed as a background statement; the attribution keeps its whole content. (A past verb
    opening with ت, "الذي توقف", reads as a present one and is left.)"""
    result = _read(text)
    assert [s.content for s in result.statements if is_background(s.id)] == [aside]
    (attribution,) = result.attributions
    assert aside in attribution.content


@pytest.mark.parametrize(
    "text",
    [
        # The clause tells a state, not a past event.
        "قال مدير الميناء إن السفن التي ترسو في الرصيف الشمالي منذ يناير ستنقل إلى الجنوب.",
        # No date in the clause.
        "قال المحافظ إن الجسر الذي زاره الوزير سيفتح أمام السيارات قريبا بعد الصيانة.",
        # The date is far from the pronoun: it belongs to what the voice says.
        "قال المتحدث إن اللجنة التي شكلها المجلس لدراسة ملف المياه والري في القرى البعيدة"
        " عن المدينة ستنهي عملها في ديسمبر المقبل.",
        # Inside quotation marks, the clause is the voice's own words.
        "وقال المدير: «أعدنا فتح المصنع الذي أغلق في مايو الماضي بعد الفيضانات».",
        # A circumstance with no figure.
        "قال الخبير إن الأسعار سترتفع في ظل تراجع المعروض من القمح في الأسواق العالمية.",
    ],
)
def test_no_aside_without_a_past_date_or_a_figure_outside_quotes(text: str) -> None:
    """An undated or non-past relative clause, a quoted one, or a circumstance with no figure
    is part of what the voice says."""
    assert _asides(text) == []


@pytest.mark.parametrize(
    ("text", "asides"),
    [
        (
            "The governor said the dam, which burst in October 2021 after heavy rain, will be"
            " rebuilt by a foreign firm.",
            ["which burst in October 2021"],
        ),
        (
            "Officials said the harbour reopened amid a 30 percent fall in fishing catches this"
            " season.",
            ["amid a 30 percent fall in fishing catches this season"],
        ),
        # A present verb after the pronoun: a state, part of what the voice says.
        ("The mayor said the school, which is closed since April, will open again soon.", []),
    ],
)
def test_english_asides(read_en, text: str, asides: list[str]) -> None:
    """English has the same asides: ", which … in 2021," and "amid" before a figure."""
    result = read_en(text)
    assert [s.content for s in result.statements if is_background(s.id)] == asides


def test_no_lists_no_asides() -> None:
    """Word lists without relative pronouns or leads list no aside."""
    words = replace(get("en").words, relative_pronouns=frozenset(), background_leads=frozenset())
    text = "The minister said the bridge, which closed in March 2014, will reopen."
    assert background(text, [(0, len(text))], words) == []


def test_an_aside_is_not_the_claim_of_the_voice_holding_it() -> None:
    """In its article, the aside is a claim of its own, apart from the attribution around it."""
    text = (
        "قال قائد خفر السواحل إن فرق الإنقاذ انتشلت حطام السفينة التي غرقت منذ ثلاثة أشهر"
        " قبالة الجزيرة الصغيرة."
    )
    result = _read(text)
    (aside,) = [s for s in result.statements if is_background(s.id)]
    (attribution,) = result.attributions
    claim_of = {m: c.id for c in result.claims for m in (*c.attributions, *c.statements)}
    assert claim_of[aside.id] != claim_of[attribution.id]


def test_an_aside_never_links_with_what_a_voice_said_in_another_article() -> None:
    """An aside told by a wire and a voice's content holding the same words are not one claim:
    the wire would count as a second origin of what the voice said."""
    aside = match_key("x.b1", "x", "الذي توقف في مارس الماضي بعد انهيار الجسر القديم", None)
    said = match_key(
        "y.a1", "y", "خط القطار الذي توقف في مارس الماضي بعد انهيار الجسر القديم", Stance.ASSERTS
    )
    own = match_key("y.s1", "y", "خط القطار الذي توقف في مارس الماضي بعد انهيار الجسر القديم", None)
    assert judge_pair(Side(aside), Side(said), DEFAULT) is None
    assert judge_pair(Side(said), Side(aside), DEFAULT) is None
    # With the publisher's own sentence, the aside links as any own statement does.
    found = judge_pair(Side(aside), Side(own), DEFAULT)
    assert found is not None
    assert found.tier == "confirmed"


def test_one_wire_content_printed_twice_gives_one_aside_claim_apart_from_the_voice(
    tmp_path: Path,
) -> None:
    """Two papers printing one wire's dispatch: the asides link with each other, the
    attributions with each other, and the two claims stay apart."""
    content = (
        "قال قائد خفر السواحل إن فرق الإنقاذ انتشلت حطام السفينة التي غرقت منذ ثلاثة أشهر"
        " قبالة الجزيرة الصغيرة، وإن التحقيق في أسباب الحادث مستمر."
    )
    report = _report(
        tmp_path,
        _record("okaz", content, author="رويترز"),
        _record("alriyadh", content + " وتبحث السلطات عن ناجين.", author="رويترز"),
    )
    shared = [c for c in report.corpus_claims if len(c.articles) == 2]
    asides = [c for c in shared if c.statements and all(map(is_background, c.statements))]
    said = [c for c in shared if c.attributions]
    assert len(asides) == 1
    assert len(said) == 1
    assert not set(said[0].statements) & set(asides[0].statements)
