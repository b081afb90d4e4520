"""Arabic voices read wrong on SaudiNewsNet days sampled at random (round 26, prec26).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def _groups(result) -> list[tuple[str, str]]:
    return [(a.source.name, a.origin.group) for a in result.attributions]


def test_a_country_in_brackets_after_the_byline_place_is_the_home_state(read):
    """ "المنيا (مصر): فلان": an unnamed country's official is that state's, not the
    publisher's."""
    result = read(
        "وقال المتحدث باسم مديرية الأمن إن الدوريات ضبطت ثلاث شاحنات محملة بالأسلحة.",
        publisher="aawsat",
        author="المنيا (مصر): سامي الدسوقي",
    )
    assert _groups(result) == [("المتحدث باسم مديرية الأمن", "state:EG")]


def test_a_region_of_a_country_in_brackets_names_it_too(read):
    """ "درنة (شرق ليبيا): فلان": the bracket names the country with its side."""
    result = read(
        "وقال العقيد فرج الزوي المتحدث باسم الغرفة الأمنية إن الطريق الساحلي أعيد فتحه.",
        publisher="aawsat",
        author="درنة (شرق ليبيا): سالم العبيدي",
    )
    assert _groups(result) == [("فرج الزوي", "state:LY")]
