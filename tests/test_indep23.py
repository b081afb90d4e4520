"""Issue 13, round 23: the state an official speaks for is the first country his descriptor
names, the one he serves, not the one he is posted in ("السفير الأمريكي لدى المملكة العربية
السعودية" is the United States' ambassador), so two officials of one state posted abroad and
at home count as one origin.

Every example is made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_link16 import _attribution, _voice
from test_link20 import _record, _report

from tracker import Registry
from tracker.corroborate import standing
from tracker.link.independence import same_voice
from tracker.models import Source, SourceKind, Status


@pytest.mark.parametrize(
    ("descriptor", "country"),
    [
        ("السفير الأمريكي لدى المملكة العربية السعودية", "US"),
        ("الملحق العسكري الأردني في الولايات المتحدة", "JO"),
        ("المستشار الإعلامي التونسي بالمملكة العربية السعودية", "TN"),
        ("مندوب سوريا الدائم لدى الأمم المتحدة", "SY"),
        ("وزير خارجية الإمارات العربية المتحدة", "AE"),
    ],
)
def test_the_first_country_a_descriptor_names_is_its_state(
    registry: Registry, descriptor: str, country: str
) -> None:
    """A longer country name later in the descriptor (where he is posted) does not win over
    the nisba right after the title."""
    assert registry.country_of(descriptor) == country


def test_an_envoy_posted_abroad_and_his_home_ministry_are_one_origin(tmp_path: Path) -> None:
    """The Jordanian counsellor posted in Saudi Arabia speaks for Jordan, as the Jordanian
    ministry does: one claim told by both is single-sourced."""
    report = _report(
        tmp_path,
        _record(
            "alwatan",
            "قال المستشار الثقافي الأردني بالمملكة العربية السعودية الدكتور سامي الخطيب إن"
            " الوزارة ستفتح باب القبول في منح الدراسات العليا لأبناء الجالية مطلع الشهر المقبل.",
        ),
        _record(
            "okaz",
            "أعلنت وزارة التعليم العالي الأردنية أنها ستفتح باب القبول لأبناء الجالية في"
            " منح الدراسات العليا مع مطلع الشهر المقبل.",
        ),
    )
    sources = [s for r in report.results for s in r.sources]
    counsellor = next(s for s in sources if s.name == "سامي الخطيب")
    assert counsellor.group == "state:JO"
    claims = [c for c in report.corpus_claims if len(c.articles) == 2]
    assert claims
    assert all(c.status is Status.SINGLE_SOURCED for c in claims)


def _body_group(tmp_path: Path, author: str, title: str, name: str) -> str:
    record = _record(
        "aleqtisadiya",
        "وافقت الحكومة أمس على خطة لتوسعة شبكة الكهرباء في الجنوب، وفقا لبيان صادر عن"
        " رئاسة الوزراء. وقال بيان رئاسة الوزراء إن الخطة ستنفذ على ثلاث مراحل خلال العامين"
        " المقبلين.",
        author=author,
    )
    record["title"] = title
    report = _report(tmp_path, record)
    return next(s for r in report.results for s in r.sources if s.name == name).group


def test_a_home_desk_byline_gives_way_to_the_state_a_headline_opens_with(
    tmp_path: Path,
) -> None:
    """ "«الصحيفة» من الرياض" is the paper's desk at home: the cabinet of the Jordanian story
    it files ("الأردن يوسع …") is Jordan's, not Saudi Arabia's."""
    group = _body_group(
        tmp_path, "«الاقتصادية» من الرياض", "الأردن يوسع شبكة الكهرباء", "رئاسة الوزراء"
    )
    assert group == "state:JO"


def test_a_correspondent_abroad_still_places_the_story(tmp_path: Path) -> None:
    """A byline from abroad ("بيروت: سامي الخطيب") says where the story is, before any
    headline."""
    group = _body_group(
        tmp_path, "بيروت: سامي الخطيب", "السعودية تدعم شبكة الكهرباء في لبنان", "رئاسة الوزراء"
    )
    assert group == "state:LB"


@pytest.mark.parametrize(
    ("descriptor", "same"),
    [
        ("الممثل الشخصي لأمين عام الأمم المتحدة بالساحل", True),
        ("الموفد الخاص للأمم المتحدة إلى الساحل", True),
        ("ممثل الساحل الدائم لدى الأمم المتحدة", False),
        ("المبعوث الأمريكي إلى الساحل", False),
    ],
)
def test_the_un_envoy_by_role_is_the_un_representative_named_elsewhere(
    descriptor: str, same: bool
) -> None:
    """Outlets call one man "المبعوث الأممي" and "الممثل الشخصي لأمين عام الأمم المتحدة":
    one voice on a claim, not two origins. A state's delegate to the UN is someone else."""
    role = Source("r", "المبعوث الأممي", SourceKind.OFFICIAL)
    holder = Source("h", "يوهان كارلسون", SourceKind.OFFICIAL, descriptor=descriptor)
    assert same_voice(role, holder) is same


def test_one_man_read_with_and_without_his_title_is_one_origin(tmp_path: Path) -> None:
    """A minister named bare in one paper (a man, no group) and with his title in another
    (his state's official) is one voice, and so one origin with his title alone in a third."""
    report = _report(
        tmp_path,
        _record(
            "alwatan",
            "وقال سامي عبد الرحيم إن القاهرة لن تغير موقفها من أزمة السدود في الجنوب مهما"
            " اشتدت الضغوط عليها.",
        ),
        _record(
            "okaz",
            "وأكد وزير الخارجية المصري أن موقف القاهرة من أزمة السدود في الجنوب لن يتغير"
            " مهما اشتدت الضغوط.",
        ),
        _record(
            "alriyadh",
            "من جهته قال وزير الخارجية المصري سامي عبد الرحيم إن القاهرة لن تغير موقفها"
            " إزاء أزمة سدود الجنوب ولو اشتدت الضغوط.",
        ),
    )
    claims = [c for c in report.corpus_claims if len(c.articles) == 3]
    assert claims
    assert all(c.status is Status.SINGLE_SOURCED for c in claims)


def test_a_weak_voice_beside_two_identified_origins_is_set_aside() -> None:
    """A ministry and a company, each named, corroborate a find; "the first estimates" (a
    record no one is named as issuing) beside them is not a third origin: it is listed as not
    counted, with the reason."""
    ministry = _voice(SourceKind.GOVERNMENT_BODY, "وزارة الطاقة الساحلية")
    company = _voice(SourceKind.ORGANIZATION, "شركة الشمال للتنقيب")
    estimates = _voice(SourceKind.DOCUMENT, "التقديرات الأولية")
    judged = standing(
        [
            _attribution("a1", ministry, "الحقل الجديد يحوي نحو أربعة مليارات متر مكعب من الغاز"),
            _attribution("a2", company, "احتياطي الحقل المكتشف يبلغ أربعة مليارات متر مكعب"),
            _attribution("a3", estimates, "في الحقل ما يقارب أربعة مليارات متر مكعب من الغاز"),
        ],
        [],
        {},
    )
    assert judged.status is Status.CORROBORATED
    assert sorted(v.name for v in judged.asserting.values()) == [company.name, ministry.name]
    assert [v.name for v, _ in judged.aside] == [estimates.name]


def test_one_long_sentence_given_to_two_voices_in_one_article_is_one_text() -> None:
    """The very same long sentence quoted from two men two paragraphs apart is a sentence
    pasted twice: one text, one origin. Like wording in one article is not enough."""
    said = "أسعار الوقود مرتبطة إلى حد بعيد بكلفة البناء والتشييد في البلاد"
    first = _voice(SourceKind.OFFICIAL, "سالم الفارس", "رئيس جمعية المقاولين")
    second = _voice(SourceKind.OFFICIAL, "خالد بن علي العمري", "مدير شركة الساحل العقارية")
    copied = standing([_attribution("a1", first, said), _attribution("a1", second, said)], [], {})
    assert copied.status is Status.SINGLE_SOURCED
    reworded = standing(
        [
            _attribution("a1", first, said),
            _attribution("a1", second, "كلفة البناء والتشييد في البلاد ترتبط بأسعار الوقود"),
        ],
        [],
        {},
    )
    assert reworded.status is Status.CORROBORATED


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("بنك مورجان ستانلي", "مؤسسة مورغان ستانلي", True),
        ("شركة الاتصالات الساحلية", "مجموعة الاتصالات الساحلية", True),
        ("بنك الخليج", "شركة الخليج", False),
        ("بنك باركليز", "شركة نومورا", False),
    ],
)
def test_one_firm_under_two_head_nouns_is_one_voice(one: str, other: str, same: bool) -> None:
    """Outlets call one firm a bank, an institution or a group, and spell its name in turn
    (ج/غ): one voice on a claim. A one-word common name after the head ("الخليج") is too
    little to tell."""
    first = Source("a", one, SourceKind.ORGANIZATION)
    second = Source("b", other, SourceKind.ORGANIZATION)
    assert same_voice(first, second) is same


def test_a_spokesman_with_two_titles_and_his_own_before_his_name_speaks_for_his_body() -> None:
    """ "رئيس وحدة النشر والمتحدث الرسمي للكلية الدكتور" read up to the name: the
    spokesman's title (the last of the two joined by و), without the doctor's title that
    closes it, names the college named in full elsewhere."""
    college = Source("u", "كلية الساحل", SourceKind.ORGANIZATION)
    spokesman = Source(
        "s",
        "سامي الخطيب",
        SourceKind.OFFICIAL,
        descriptor="رئيس وحدة النشر والمتحدث الرسمي للكلية الدكتور",
    )
    assert same_voice(spokesman, college)
    other = Source("o", "جامعة الساحل", SourceKind.ORGANIZATION)
    coach = Source("c", "فهد العلي", SourceKind.PERSON, descriptor="مدرب فريق الكرة الدكتور")
    assert not same_voice(coach, other)


@pytest.mark.parametrize(
    ("name", "resolved"),
    [
        ("وكالة الأنباء الكورية", None),
        ("وكالة الانباء الرسمية السورية", "وكالة الأنباء السورية"),
        ("وكالة الأنباء الكويتيه", "وكالة الأنباء الكويتية"),
    ],
)
def test_a_name_one_nisba_from_a_registry_agency_is_another_peoples(
    registry: Registry, name: str, resolved: str | None
) -> None:
    """ "الكورية" is a letter or two from "السورية": a name that differs from a registry alias
    in a nisba of a people is another people's agency, however close; a nisba that describes
    a body ("الرسمية" for "العربية") and a misspelt ending still find the agency."""
    found = registry.fuzzy(name)
    assert (found.name if found else None) == resolved


def test_an_unnamed_source_placed_in_no_body_is_tied_to_none():
    """ "مصادر بالسوق" (in the market) and "مصادر مقربة من أصحاب المحلات" (close to shop
    owners) name no body they could speak for: each speaks for the outlet citing it, so two
    such sources in one paper are one origin; "مصدر في وزارة الصحة" is the ministry's."""
    from tracker.link.independence import affiliation

    def unnamed(name: str) -> Source:
        return Source(f"anon-{name}", name, SourceKind.ANONYMOUS)

    assert affiliation(unnamed("مصادر بالسوق")) == ""
    assert affiliation(unnamed("مصادر مقربة من أصحاب المحلات")) == ""
    assert affiliation(unnamed("مصدر من أهالي الحي")) == ""
    assert affiliation(unnamed("مصدر في وزارة الصحة")) != ""
