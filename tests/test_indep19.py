"""One body counted as two independent origins (issue 13, round 19: a false "corroborated").

Every example is made up; each test pins one general pattern of how a body's voices are
told apart from independent ones.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker import Options, analyse_article, analyse_paths
from tracker.link.independence import origin_of, same_voice, why_same
from tracker.models import Source, SourceKind, Status
from tracker.readers import parse_article


def _groups(registry, text: str, publisher: str = "okaz") -> list[tuple[str, str]]:
    """Each attribution's voice and the independence group of its origin, in text order."""
    article = parse_article(text, "t.json", publisher=publisher, language="ar")
    result = analyse_article(article, registry)
    return [(a.source.name, origin_of(a).independence_group) for a in result.attributions]


#: A wire's copy with no dateline: "أكدت تونس أن …، وقال رئيس الهيئة فلان".
_STATE_SPOKE = (
    "أكدت تونس الثلاثاء أن الميناء الجديد جاهز لاستقبال السفن التجارية الكبيرة. "
    "وقال رئيس الهيئة اللواء سالم الهمامي إن الميناء الجديد جاهز لاستقبال السفن. (أ ف ب)"
)
#: "قال الوزير الأمريكي …، وقالت طهران …، وقال رئيس لجنة الشؤون الخارجية فلان".
_STATE_SPOKE_AFTER = (
    "قال وزير الخارجية الأمريكي سالم جونز إن الاتفاق يمنع التقدم نحو السلاح. "
    "وقالت طهران إن الاتفاق لا يمس حقوقها. "
    "وقال رئيس لجنة الشؤون الخارجية إد مارتن إن الاتفاق يحتاج إلى مراجعة."
)


@pytest.mark.parametrize(
    ("text", "state", "official", "group"),
    [
        (_STATE_SPOKE, ("تونس", "state:TN"), "سالم الهمامي", "state:TN"),
        (_STATE_SPOKE_AFTER, ("طهران", "state:IR"), "إد مارتن", "state:US"),
    ],
)
def test_an_official_with_no_country_is_of_the_state_that_spoke_by_its_name(
    registry, text, state, official, group
):
    """With no dateline and no official named with his country, the state that spoke by its
    name is the one an official with no country belongs to, not the publisher's; after an
    official named with his country ("وزير الخارجية الأمريكي"), that country stays."""
    groups = dict(_groups(registry, text))
    assert groups[state[0]] == state[1]
    assert groups[official] == group


def test_a_public_corporation_and_its_director_general_are_the_home_states(registry):
    """ "مدير عام المؤسسة العامة للموانئ" is an official of the home state, one group with its
    minister; a club's general assembly ("الهيئة العامة لنادي الساحل") is no state body."""
    text = (
        "أعلن وزير النقل سالم الفارس أن تشغيل الرصيف الجديد يبدأ الشهر المقبل. "
        "وأكد المهندس خالد العمري مدير عام المؤسسة العامة للموانئ أن تشغيل الرصيف "
        "الجديد يبدأ الشهر المقبل. "
        "وقال عادل الحربي عضو الهيئة العامة لنادي الساحل إن الجمعية تنعقد الأحد."
    )
    groups = dict(_groups(registry, text))
    assert groups["سالم الفارس"] == groups["خالد العمري"] == "state:SA"
    assert not groups["عادل الحربي"].startswith("state:")


def test_a_public_body_itself_is_the_home_states_body(registry):
    """ "أعلنت المؤسسة العامة للتدريب" speaks for the home state, as its minister does."""
    text = "أعلنت المؤسسة العامة للتدريب المهني أن التسجيل في البرامج يبدأ الأحد."
    assert _groups(registry, text) == [("المؤسسة العامة للتدريب المهني", "state:SA")]


def test_the_head_of_a_bodys_unit_named_by_its_head_noun_speaks_for_the_body():
    """ "رئيس المركز الإعلامي للجنة" speaks for the committee an unnamed source is "in"
    ("مصدر في اللجنة الفرعية للانتخابات"); not for another body's unnamed source."""
    head = Source("p", "سالم الفارس", SourceKind.OFFICIAL, descriptor="رئيس المركز الإعلامي للجنة")
    source = Source("u", "مصدر في اللجنة الفرعية للانتخابات بمحافظة الوادي", SourceKind.ANONYMOUS)
    assert why_same(head, source) == "one speaks for the other"
    other = Source("o", "مصدر في الهيئة الوطنية للإغاثة", SourceKind.ANONYMOUS)
    assert not same_voice(head, other)


def test_directors_of_a_sector_its_minister_heads_are_his_states_officials(registry):
    """ "مديرو الصحة" after "وزير الصحة فلان" are officials under him (his state's group),
    not a person and not the outlet; "مديرو الشركات" under no minister stay the outlet's."""
    text = (
        "أكد وزير الصحة سالم الفارس جاهزية المستشفيات لموسم الحج. "
        "من جهتهم أكد مدراء صحة المناطق جاهزية المستشفيات لاستقبال الحالات. "
        "وقال مديرو الشركات إن الطلب على الأدوية ارتفع."
    )
    groups = _groups(registry, text)
    assert groups[:2] == [("سالم الفارس", "state:SA"), ("مدراء صحة المناطق", "state:SA")]
    assert groups[2][0] == "مديرو الشركات"
    assert not groups[2][1].startswith("state:")


def test_directors_under_a_minister_are_no_second_origin_beside_him(tmp_path: Path) -> None:
    """One paper quoting the minister, another the directors under him (after naming him)
    saying the same: one origin, single-sourced, not corroborated."""
    records = [
        {
            "source": "okaz",
            "url": "http://example.test/1",
            "title": "جاهزية المستشفيات",
            "content": "أكد وزير الصحة سالم الفارس جاهزية المستشفيات لاستقبال الحجاج هذا العام.",
        },
        {
            "source": "alriyadh",
            "url": "http://example.test/2",
            "title": "اجتماع الوزير",
            "content": (
                "وقال وزير الصحة سالم الفارس إن الوزارة ستفتتح ثلاثة مراكز جديدة في جدة. "
                "من جهتهم، أكد مدراء صحة المناطق أن المستشفيات جاهزة تماما لاستقبال الحجاج "
                "خلال الموسم."
            ),
        },
    ]
    path = tmp_path / "day.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    report = analyse_paths([str(path)], Options())
    (claim,) = [c for c in report.corpus_claims if "المستشفيات" in c.text]
    assert len(claim.articles) == 2
    assert claim.status is Status.SINGLE_SOURCED


def test_unnamed_sources_named_by_a_clubs_nisba_speak_for_the_club(registry):
    """ "مصادر ساحلية" in an article naming "فريق الساحل" speak for the club; a country's
    nisba ("مصادر عراقية") still counts with the outlet citing it."""
    text = (
        "وقالت مصادر عراقية إن المباراة ستقام في موعدها. "
        "واستبعد مدرب فريق الساحل المهاجم سالم الفارس من القائمة، "
        "وبحسب مصادر ساحلية فإن اللاعب لم يكمل برنامج التأهيل."
    )
    article = parse_article(text, "t.json", publisher="okaz", language="ar")
    result = analyse_article(article, registry)
    origins = {a.source.name: origin_of(a).name for a in result.attributions}
    assert origins["مصادر ساحلية"] == "فريق الساحل"
    assert origins["مصادر عراقية"] == "عكاظ"


def test_a_title_closing_on_a_clubs_name_speaks_for_the_club():
    """ "مدير الكرة بالساحل" speaks for "فريق الساحل" (or "نادي الساحل"); not for another
    club, and a title over a ministry is no club's."""
    club = Source("c", "فريق الساحل", SourceKind.ORGANIZATION)
    director = Source("p", "سالم الفارس", SourceKind.OFFICIAL, descriptor="مدير الكرة بالساحل")
    assert why_same(director, club) == "one speaks for the other"
    assert not same_voice(director, Source("o", "نادي الوادي", SourceKind.ORGANIZATION))
    minister = Source("m", "عادل الحربي", SourceKind.OFFICIAL, descriptor="وزير الساحل")
    assert not same_voice(minister, Source("n", "نادي الوادي", SourceKind.ORGANIZATION))
