"""Issue 11, round 29: voices read from samples of real days, in made-up sentences.

- "الشؤون الصحية" (written "الشئون" too) with its place is a region's directorate of health
  affairs: a body of the state, not a person's name, and its director speaks for the same
  state as the directorate (one group).
- "في رده على …" (in his reply to …) after a named official is the occasion he spoke on, as
  "في تصريح" is, and no part of his name.
- A page's own medium, named in its header with the word for what it is ("وكالة الخبر العربي
  للأنباء", "موقع الوادي الإخباري"), writes itself without that word in its text ("في تصريح
  لوكالة الخبر العربي"): it is still the publisher, never a carrier.

Every example is made up.
"""

from __future__ import annotations

import pytest

from tracker import Registry, analyse_article
from tracker.models import ArticleResult, SourceKind
from tracker.readers import parse_article

_REGISTRY = Registry.load()


def _read(text: str, source: str = "made-up.txt") -> ArticleResult:
    return analyse_article(parse_article(text, source, language="ar"), _REGISTRY)


@pytest.mark.parametrize("affairs", ["الشؤون الصحية", "الشئون الصحية"])
def test_the_directorate_of_health_affairs_is_a_state_body(affairs: str) -> None:
    text = f"الرياض - نفت {affairs} بمنطقة الواحة اليوم ما تردد عن إصابة رضيع بحروق."
    (found,) = _read(text).attributions
    assert found.source.kind is SourceKind.GOVERNMENT_BODY
    assert found.source.group.startswith("state:")


def test_the_director_of_health_affairs_counts_with_the_directorate() -> None:
    text = (
        "الرياض - أكدت الشؤون الصحية بمنطقة الواحة أن المستشفى استقبل أربعة مصابين في الحادث. "
        "وقال مدير الشؤون الصحية بالمنطقة الدكتور نادر الشمري إن حالتهم مستقرة."
    )
    body, director = _read(text).attributions
    assert director.source.name == "نادر الشمري"
    assert body.source.group == director.source.group
    assert body.source.group.startswith("state:")


def test_a_researcher_in_other_affairs_is_no_state_official() -> None:
    text = "الرياض - قال الباحث في الشؤون الاجتماعية نادر الشمري إن البطالة تراجعت هذا العام."
    (found,) = _read(text).attributions
    assert not found.source.group.startswith("state:")


@pytest.mark.parametrize("reply", ["في رده على أسئلة الصحفيين،", "في معرض رده على سؤال،"])
def test_his_reply_is_the_occasion_not_part_of_his_name(reply: str) -> None:
    text = f"وأوضح المتحدث باسم البلدية حامد الزهراني {reply} أن أعمال الصيانة ستنتهي قريبا."
    (found,) = _read(text).attributions
    assert found.source.name == "حامد الزهراني"
    assert found.content == "أعمال الصيانة ستنتهي قريبا"


@pytest.mark.parametrize(
    ("site", "told"),
    [
        ("وكالة الخبر العربي للأنباء", "لوكالة الخبر العربي"),
        ("موقع الوادي الإخباري", "لموقع الوادي"),
    ],
)
def test_the_publisher_without_its_medium_word_is_no_carrier(site: str, told: str) -> None:
    text = (
        f"{site}\nالأحد 5 يناير 2025\n\n"
        "وزير النقل ينفي إغلاق المعبر الحدودي مع الجارة الشمالية\n\n"
        f"نفى وزير النقل سالم الفارس في تصريح {told} إغلاق المعبر الحدودي.\n"
    )
    found = [a for a in _read(text).attributions if "تصريح" in text[a.cue_start - 40 : a.start]]
    assert found
    assert [[v.name for v in a.chain] for a in found] == [["سالم الفارس"]]


def test_a_body_named_by_no_state_is_one_voice_per_state() -> None:
    said = " - قالت وزارة الداخلية إن الطريق الساحلي أعيد فتحه أمام المسافرين."
    one = _read("الرياض" + said, "one.txt").attributions[0].source
    other = _read("القاهرة" + said, "other.txt").attributions[0].source
    again = _read("الرياض" + said, "again.txt").attributions[0].source
    assert (one.group, other.group) == ("state:SA", "state:EG")
    assert one.id != other.id
    assert one.id == again.id


def test_a_name_set_off_after_a_role_names_the_role_that_speaks_later() -> None:
    text = (
        "اطمأن وكيل محافظة الواحة، سالم الدوسري، يوم أمس، على حالة المصابين في المستشفى. "
        "وأكد وكيل محافظة الواحة أن الحكومة تقدم كل الخدمات للمصابين، "
        "وقال الدوسري إن الفريق الطبي قدم كل ما يلزم."
    )
    found = _read(text).attributions
    assert [a.source.name for a in found] == ["سالم الدوسري", "سالم الدوسري"]
    assert {a.source.kind for a in found} == {SourceKind.OFFICIAL}
