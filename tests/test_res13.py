"""Voice resolution: one voice is never two origins (res13)."""

from __future__ import annotations

import pytest

from tracker import analyse_article
from tracker.link.independence import same_voice, why_same
from tracker.models import Source, SourceKind
from tracker.readers import parse_article


@pytest.mark.parametrize(
    ("author", "text", "groups"),
    [
        (
            "الوادي",
            "أعلن البنك المركزي العماني أن الاحتياطي بلغ 20 مليار دولار. "
            "وقال محافظ المصرف المركزي العماني سالم الحارثي إن الاحتياطي كاف.",
            ["state:OM", "state:OM"],
        ),
        ("الكويت - واس", "أعلن البنك المركزي أن الاحتياطي بلغ 20 مليار دولار.", ["state:KW"]),
        ("رويترز", "أعلن البنك المركزي أن الاحتياطي بلغ 20 مليار دولار.", [""]),
    ],
)
def test_a_central_bank_speaks_for_its_state_with_its_governor(registry, author, text, groups):
    """ "البنك المركزي العماني" and "محافظ المصرف المركزي العماني فلان" are one state's voice
    (one origin, as a ministry and its minister); with no country named the bank is the home
    state's, and under a foreign wire with no dateline it stays unplaced."""
    article = parse_article(text, "t.json", publisher="الوادي", language="ar", author=author)
    found = [a.source.independence_group for a in analyse_article(article, registry).attributions]
    assert [g if g.startswith("state:") else "" for g in found] == groups


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # The mission's spokesman speaks for the United Nations, not for the dateline's state.
        (
            "قال المتحدث الرسمي باسم بعثة الأمم المتحدة في ليبيا سامر الحلبي إن الحوار سيستأنف. "
            "وأضاف المتحدث باسم البعثة أن الأطراف وافقت على الموعد.",
            "un",
        ),
        # "للحركة" at the end of the role: the movement named before.
        (
            "أعلنت حركة الساحل مسؤوليتها عن الهجوم. وقال المتحدث باسم العمليات العسكرية "
            "للحركة سالم أبو علي إن الهجوم رد على الغارات.",
            "first",
        ),
        # A ministry is a state body: its spokesman stays the state's.
        (
            "أعلنت وزارة الصحة تسجيل 12 إصابة جديدة. وقال المتحدث باسم الوزارة إن الحالات مستقرة.",
            "state:LY",
        ),
    ],
)
def test_a_role_over_a_body_named_by_its_noun_speaks_for_the_body_named_before(
    registry, text, group
):
    """A role closing with a body's head noun ("المتحدث باسم البعثة", "… للحركة") speaks for
    the body the article named before with that noun, in its group; a state body's role
    keeps its state."""
    article = parse_article(
        text, "t.json", publisher="الوادي", language="ar", author="طرابلس - الوادي"
    )
    atts = analyse_article(article, registry).attributions
    want = atts[0].source.independence_group if group == "first" else group
    assert atts[-1].source.independence_group == want


def test_a_head_and_the_body_named_for_his_title_are_one_voice():
    """ "أمين المنطقة الشمالية سالم الفارس" and "أمانة المنطقة الشمالية" (a mayor and his
    municipality), "مدير تعليم الساحل" and "إدارة تعليم الساحل" are one origin; a mayor and
    another city's municipality are two."""
    mayor = Source("p", "سالم الفارس", SourceKind.OFFICIAL, descriptor="أمين المنطقة الشمالية")
    city = Source("v", "أمانة المنطقة الشمالية", SourceKind.GOVERNMENT_BODY)
    assert why_same(mayor, city) == "one speaks for the other"
    head = Source("q", "جمال العلي", SourceKind.OFFICIAL, descriptor="مدير تعليم الساحل")
    assert same_voice(Source("w", "إدارة تعليم الساحل", SourceKind.GOVERNMENT_BODY), head)
    assert not same_voice(mayor, Source("x", "أمانة الوادي", SourceKind.GOVERNMENT_BODY))


@pytest.mark.parametrize(
    ("lead", "group"),
    [
        ("فاجأ رئيس الوزراء العراقي سالم الفارس شركاءه بحزمة إصلاحات.", "state:IQ"),
        ("فاجأ المدرب سالم الفارس جمهوره بخطة جديدة.", ""),  # no state's official
    ],
)
def test_an_officials_office_speaks_for_his_state(registry, lead, group):
    """ "المكتب الإعلامي للفارس" and "مكتب الفارس" after "رئيس الوزراء العراقي سالم الفارس"
    are his office, so Iraq's voice (one origin with "مكتب رئيس الوزراء العراقي"); the
    office of a man the text gives no state title has no state."""
    text = (
        f"{lead} وقال المكتب الإعلامي للفارس إن الحزمة تشمل إلغاء المناصب. "
        "وتابع مكتب الفارس أن اللجنة ستختار المرشحين."
    )
    article = parse_article(text, "t.json", publisher="الوادي", language="ar", author="الوادي")
    found = [a.source.independence_group for a in analyse_article(article, registry).attributions]
    assert [g if g.startswith("state:") else "" for g in found] == [group, group]


def test_a_role_ending_in_a_body_noun_with_a_joined_preposition_names_the_body():
    """ "المتحدث الرسمي للهيئة" is the spokesman of "الهيئة الوطنية للمهندسين" named in full
    elsewhere, as "المتحدث باسم الهيئة" is; a body of another head noun is not his."""
    spokesman = Source("p", "سالم الفارس", SourceKind.OFFICIAL, descriptor="المتحدث الرسمي للهيئة")
    body = Source("v", "الهيئة الوطنية للمهندسين", SourceKind.ORGANIZATION)
    assert why_same(spokesman, body) == "one speaks for the other"
    assert not same_voice(spokesman, Source("w", "جمعية المهندسين", SourceKind.ORGANIZATION))


def test_an_envoy_naming_his_country_to_a_body_named_before_stays_his_states(registry):
    """ "مندوب ليبيا لدى المنظمة" after "منظمة الصحة العالمية": the envoy speaks for Libya, not
    for the organisation he is posted to."""
    text = (
        "أعلنت منظمة الساحل للتنمية بدء البرنامج. "
        "وقال مندوب ليبيا لدى المنظمة سالم الفارس إن بلاده تدعم البرنامج."
    )
    article = parse_article(text, "t.json", publisher="الوادي", language="ar", author="الوادي")
    *_, envoy = analyse_article(article, registry).attributions
    assert envoy.source.independence_group == "state:LY"
