"""Round 51: a trailing credit whose verb points back to "ما", a trailing "كما" cue that
relays another voice, and an agency named with "للأنباء".

Every example is made up.
"""

from __future__ import annotations

import pytest

from tracker import Registry, analyse_article
from tracker.models import Attribution
from tracker.readers import parse_article


def _read(text: str, registry: Registry) -> tuple[Attribution, ...]:
    return analyse_article(parse_article(text, "made-up.txt", language="ar"), registry).attributions


def _chain(attribution: Attribution) -> list[str]:
    return [source.name for source in attribution.chain]


def test_as_what_the_agency_announced_credits_the_clause_before(registry: Registry) -> None:
    found = _read(
        "وقصفت المدفعية مواقع قرب النهر طوال الليل، على ما أعلنته وكالة الواحة للأنباء.", registry
    )
    assert [_chain(a) for a in found] == [["وكالة الواحة"]]
    assert found[0].content == "وقصفت المدفعية مواقع قرب النهر طوال الليل"


def test_as_what_it_announced_citing_witnesses_is_a_chain(registry: Registry) -> None:
    found = _read(
        "وقصفت المدفعية مواقع قرب النهر، على ما ذكرته وكالة سوغان للأنباء نقلا عن شهود.",
        registry,
    )
    assert [_chain(a) for a in found] == [["وكالة سوغان", "شهود"]]
    assert found[0].content == "وقصفت المدفعية مواقع قرب النهر"


@pytest.mark.parametrize(
    "text",
    [
        "وعودا على ما ذكره الوزير في كلمته، فإن المشروع يحتاج إلى تمويل إضافي.",
        "وجاء البيان ردا على ما قاله النائب فلان الفلاني أمس عن الميزانية.",
    ],
)
def test_returning_to_what_he_said_is_no_credit(text: str, registry: Registry) -> None:
    assert not [a for a in _read(text, registry) if a.cue == "على"]


def test_a_trailing_as_cue_relays_the_voice_after_citing(registry: Registry) -> None:
    found = _read(
        "وقصفت المدفعية مواقع قرب النهر، كما قالت وكالة الواحة للأنباء نقلا عن مصادر أمنية.",
        registry,
    )
    assert [_chain(a) for a in found] == [["وكالة الواحة", "مصادر أمنية"]]
    assert found[0].content == "وقصفت المدفعية مواقع قرب النهر"


def test_a_credit_to_an_agency_named_with_news(registry: Registry) -> None:
    found = _read(
        "وأغلق الجيش المعبر الحدودي، بحسب وكالة سوغان للأنباء. "
        "وقالت وكالة سوغان إن المعبر سيفتح بعد أسبوع.",
        registry,
    )
    assert [_chain(a) for a in found] == [["وكالة سوغان"], ["وكالة سوغان"]]
    assert found[0].content == "وأغلق الجيش المعبر الحدودي"
    assert found[0].source.id == found[1].source.id  # one agency, not two voices


def test_an_agency_with_news_carries_a_ministers_words(registry: Registry) -> None:
    # (as before this round: the carrier's name stops before "للأنباء")
    found = _read("وقال الوزير سامر الواحي لوكالة سوغان للأنباء إن المعبر سيفتح.", registry)
    assert [_chain(a) for a in found] == [["وكالة سوغان", "سامر الواحي"]]
    assert found[0].content == "المعبر سيفتح"


def test_the_statement_named_at_the_close_of_a_bodys_words_is_its_own(registry: Registry) -> None:
    found = _read(
        "وأوضحت وزارة الدفاع أن الغارة أدت إلى مقتل قيادي في التنظيم، وذلك في بيان وزع على"
        " الصحافيين.\nوجاء في البيان أن القيادي أشرف على عمليات ضد قوات حكومية.",
        registry,
    )
    assert [a.source.name for a in found] == ["وزارة الدفاع", "وزارة الدفاع"]


@pytest.mark.parametrize(
    "where", ["في بيان لاحق", "في بيان لوزارة الداخلية", "في بيان صادر عن الجيش"]
)
def test_a_statement_of_another_or_to_come_is_not_the_speakers(
    where: str, registry: Registry
) -> None:
    found = _read(
        f"وأوضح الوزير سامر الواحي أن نتائج التحقيق نشرت {where}.\n"
        "وجاء في البيان أن القيادي أشرف على عمليات ضد قوات حكومية.",
        registry,
    )
    assert found[-1].source.name != "سامر الواحي"


@pytest.mark.parametrize("also", ["أيضا", "كذلك"])
def test_also_in_the_statement_is_its_authors(also: str, registry: Registry) -> None:
    found = _read(
        "وقال الجيش في بيان إن قواته استعادت السيطرة على البلدة. "
        f"وجاء {also} في البيان أن المسلحين انسحبوا نحو الجبال.",
        registry,
    )
    assert [(a.source.name, a.content) for a in found][1:] == [
        ("الجيش", "المسلحين انسحبوا نحو الجبال")
    ]
