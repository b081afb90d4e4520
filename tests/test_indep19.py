"""One body counted as two independent origins (issue 13, round 19: a false "corroborated").

Every example is made up; each test pins one general pattern of how a body's voices are
told apart from independent ones.
"""

from __future__ import annotations

from tracker.link.independence import same_voice, why_same
from tracker.models import Source, SourceKind


def test_the_head_of_a_bodys_unit_named_by_its_head_noun_speaks_for_the_body():
    """ "رئيس المركز الإعلامي للجنة" speaks for the committee an unnamed source is "in"
    ("مصدر في اللجنة الفرعية للانتخابات"); not for another body's unnamed source."""
    head = Source("p", "سالم الفارس", SourceKind.OFFICIAL, descriptor="رئيس المركز الإعلامي للجنة")
    source = Source("u", "مصدر في اللجنة الفرعية للانتخابات بمحافظة الوادي", SourceKind.ANONYMOUS)
    assert why_same(head, source) == "one speaks for the other"
    other = Source("o", "مصدر في الهيئة الوطنية للإغاثة", SourceKind.ANONYMOUS)
    assert not same_voice(head, other)


def test_a_title_closing_on_a_clubs_name_speaks_for_the_club():
    """ "مدير الكرة بالساحل" speaks for "فريق الساحل" (or "نادي الساحل"); not for another
    club, and a title over a ministry is no club's."""
    club = Source("c", "فريق الساحل", SourceKind.ORGANIZATION)
    director = Source("p", "سالم الفارس", SourceKind.OFFICIAL, descriptor="مدير الكرة بالساحل")
    assert why_same(director, club) == "one speaks for the other"
    assert not same_voice(director, Source("o", "نادي الوادي", SourceKind.ORGANIZATION))
    minister = Source("m", "عادل الحربي", SourceKind.OFFICIAL, descriptor="وزير الساحل")
    assert not same_voice(minister, Source("n", "نادي الوادي", SourceKind.ORGANIZATION))
