"""Who counts as an independent origin of a claim across articles (tracker.link.independence
and the copy and relay rules of tracker.corroborate), on fixtures written for each pattern."""

from __future__ import annotations

import pytest
from conftest import FIXTURES

from tracker import analyse_article
from tracker.link.independence import same_voice, why_same
from tracker.models import Source, SourceKind, Status
from tracker.pipeline import Options, analyse_paths
from tracker.readers import parse_article

HERE = FIXTURES / "link"


def _report(*names):
    return analyse_paths([str(HERE / n) for n in names], Options())


def _claim(report, text):
    return next(c for c in report.corpus_claims if text in c.text)


def test_copies_of_a_relayed_statement_count_as_what_was_relayed():
    """A wire citing the state agency ("وقالت وكالة أنباء الإمارات إن …", under a د ب أ
    dateline) and outlets printing the wire's same words: the one origin is the agency the wire
    relays, not the wire, however many copies credit the wire; and another wire saying the same
    decree in its own words relays the state's agency too (it was corroborated by د ب أ and واس)."""
    report = _report(
        "i01-water-law-wire-relays.txt",
        "i02-water-law-wire-copy.txt",
        "i03-water-law-other-wire.txt",
    )
    claim = _claim(report, "ينظم استخدام المياه الجوفية")
    assert len(claim.articles) == 3
    assert claim.status is Status.SINGLE_SOURCED
    assert "all tracing to وكالة أنباء الإمارات" in claim.explanation
    assert "relayed through وكالة الأنباء الألمانية" in claim.explanation
    assert "وكالة الأنباء السعودية not counted: states in its own voice" in claim.explanation


def test_the_head_of_a_body_named_by_its_head_noun_speaks_for_it():
    """ "مدير المرصد سالم العتيبي" after "المرصد الوطني للزلازل" is that body's voice; a
    title over another body ("مدير الهيئة"), or a body of one word, ties nothing."""
    head = Source("p", "سالم العتيبي", SourceKind.OFFICIAL, descriptor="مدير المرصد")
    body = Source("o", "المرصد الوطني للزلازل", SourceKind.ORGANIZATION, in_registry=True)
    assert why_same(head, body) == "one speaks for the other"
    assert not same_voice(head, Source("h", "الهيئة الوطنية للزلازل", SourceKind.ORGANIZATION))
    assert not same_voice(head, Source("b", "المرصد", SourceKind.ORGANIZATION))


def test_a_unit_of_a_body_speaks_for_the_body():
    """A club's media centre, its board "برئاسة" someone, and the club are one voice; units
    of two different bodies, or two units of a ministry, are not."""
    club = Source("c", "نادي الوادي", SourceKind.ORGANIZATION)
    media = Source("m", "المركز الإعلامي بنادي الوادي", SourceKind.ORGANIZATION)
    board = Source("b", "إدارة الوادي برئاسة سالم الفارس", SourceKind.GOVERNMENT_BODY)
    assert why_same(media, club) == why_same(club, board) == "a unit of the body speaks for it"
    other = Source("o", "المركز الإعلامي بنادي الساحل", SourceKind.ORGANIZATION)
    assert not same_voice(other, club)
    traffic = Source("t", "إدارة المرور", SourceKind.GOVERNMENT_BODY)
    assert not same_voice(traffic, Source("p", "إدارة الجوازات", SourceKind.GOVERNMENT_BODY))


def test_an_official_of_a_country_is_the_person_named_with_its_feminine_nisba(registry):
    """ "المسؤول التركي" after "رئيس الحكومة التركية سالم أوزتورك" is that person, as after
    "رئيس الوزراء التركي": the adjective agrees with the noun it follows, not with the man."""
    text = (
        "أعلن رئيس الحكومة التركية سالم أوزتورك أن التحقيق كشف هوية منفذ الهجوم. "
        "وقال المسؤول التركي إن التحقيق مستمر."
    )
    result = analyse_article(parse_article(text, "t.json", language="ar"), registry)
    assert [a.source.name for a in result.attributions] == ["سالم أوزتورك"] * 2


def test_a_state_official_with_no_country_is_of_the_state_named_before(registry):
    """With no dateline, "نائب رئيس الوزراء فلان" after "رئيس الوزراء التركي فلان" is a Turkish
    official, not one of the publisher's country: one government, one origin."""
    text = (
        "أعلن رئيس الوزراء التركي سالم أوزتورك أن منفذ الهجوم عبر الحدود. "
        "وقال نائب رئيس الوزراء كمال يلدز إن منفذ الهجوم عبر الحدود."
    )
    article = parse_article(text, "t.json", publisher="okaz", language="ar")
    result = analyse_article(article, registry)
    assert {a.source.group for a in result.attributions} == {"state:TR"}
    (claim,) = [c for c in result.claims if c.attributions]
    assert claim.status is Status.SINGLE_SOURCED


def test_a_spokesman_of_a_body_named_by_its_head_noun_or_its_office_is_its_voice():
    """ "المتحدث باسم الصندوق" speaks for "صندوق التنمية الريفية"; "المتحدث باسم المقاومة
    الشعبية" for "المكتب الإعلامي للمقاومة"; a spokesman of the ministry for no fund."""
    fund = Source("f", "صندوق التنمية الريفية", SourceKind.ORGANIZATION)
    spokesman = Source("p", "سالم الفارس", SourceKind.OFFICIAL, descriptor="المتحدث باسم الصندوق")
    assert why_same(spokesman, fund) == "one speaks for the other"
    ministry = Source("m", "عادل الحربي", SourceKind.OFFICIAL, descriptor="المتحدث باسم الوزارة")
    assert not same_voice(ministry, fund)
    office = Source("o", "المكتب الإعلامي للمقاومة", SourceKind.ORGANIZATION)
    fighters = Source(
        "a", "علي الحمادي", SourceKind.OFFICIAL, descriptor="المتحدث باسم المقاومة الشعبية"
    )
    assert why_same(fighters, office) == "one speaks for the other"


def test_one_person_with_a_title_or_a_middle_name_is_one_voice():
    """ "الدكتور الربيعي" is "حامد بن صالح الربيعي"; "بدر محمد باسملة" is "وزير النقل بدر
    باسملة" read with his role; two men of one family are two."""
    doctor = Source("d", "الدكتور الربيعي", SourceKind.PERSON)
    assert why_same(doctor, Source("h", "حامد بن صالح الربيعي", SourceKind.OFFICIAL))
    badr = Source("b", "بدر محمد باسملة", SourceKind.OFFICIAL)
    assert why_same(badr, Source("r", "وزير النقل بدر باسملة", SourceKind.OFFICIAL))
    salem = Source("s", "سالم بن علي الحربي", SourceKind.PERSON)
    assert not same_voice(salem, Source("k", "خالد بن علي الحربي", SourceKind.PERSON))


def test_a_compound_name_written_joined_or_apart_is_one_voice():
    """ "عبد الكريم العبد الهادي" and "عبدالكريم بن سالم العبدالهادي" are one man, as are
    "د. الفارسي" and "خالد الفارسي" (a title's abbreviation is no part of the name) and
    "أبو راس"/"هاني أبوراس"; "عبد الكريم الهادي" and "عبد الرحيم الهادي" stay two."""
    apart = Source("a", "عبد الكريم العبد الهادي", SourceKind.PERSON)
    joined = Source("j", "عبدالكريم بن سالم العبدالهادي", SourceKind.OFFICIAL)
    assert why_same(apart, joined) == "one name holds the other"
    doctor = Source("d", "د. الفارسي", SourceKind.PERSON)
    assert same_voice(doctor, Source("k", "خالد الفارسي", SourceKind.PERSON))
    assert same_voice(
        Source("r", "أبو راس", SourceKind.PERSON), Source("h", "هاني أبوراس", SourceKind.PERSON)
    )
    karim = Source("c", "عبد الكريم الهادي", SourceKind.PERSON)
    assert not same_voice(karim, Source("e", "عبد الرحيم الهادي", SourceKind.PERSON))


def test_a_term_of_address_or_a_preposition_read_as_a_name_is_no_second_origin():
    """ "قال صاحب السمو الملكي" with no name, "His Excellency", and phrases misread as a
    person ("لدى استقباله", "بحسب مصدر عسكري") name no one: never a second origin. A
    person named after such a word ("علي بن سالم") still counts."""
    from tracker.corroborate import _weak

    for name in (
        "صاحب السمو الملكي",
        "معالي",
        "His Excellency",
        "لدى استقباله",
        "بحسب مصدر",
        "منطقة الوادي المشرف العام",
        "الحمدان في",
        "سالم ب",
    ):
        assert _weak(Source("x", name, SourceKind.PERSON), one_article=False), name
    ali = Source("a", "علي بن سالم الحربي", SourceKind.PERSON)
    assert not _weak(ali, one_article=False)
    owner = Source("o", "صاحب المطعم", SourceKind.PERSON, descriptor="صاحب المطعم")
    assert not _weak(owner, one_article=False)


def test_a_medium_named_by_its_head_noun_alone_is_not_identified():
    """ "ذكرت صحيفة أن …" names no paper: it is never a second origin; "صحيفة الأفق" is."""
    from tracker.corroborate import _weak

    bare = Source("v", "صحيفة", SourceKind.OUTLET, descriptor="صحيفة")
    named = Source("w", "الأفق", SourceKind.OUTLET, descriptor="صحيفة")
    assert _weak(bare, one_article=False)
    assert not _weak(named, one_article=False)


def test_the_secretariat_of_a_body_speaks_for_it():
    """ "أمانة مهرجان الوادي" and the festival's general supervisor are one voice."""
    office = Source("o", "أمانة مهرجان الوادي", SourceKind.GOVERNMENT_BODY)
    head = Source(
        "p", "سالم الفارس", SourceKind.OFFICIAL, descriptor="المشرف العام على مهرجان الوادي"
    )
    assert why_same(head, office) == "one speaks for the other"


def test_two_people_in_one_article_saying_alike_things_about_their_own_countries_are_two_claims(
    registry,
):
    """Two residents each telling of Eid in his own country share most words; within an
    article two people's words link only at the bar of a confirmed link, so neither
    corroborates the other."""
    text = (
        "قال المقيم السوداني سالم عثمان الطيب إنه لا يلمس أي فرق في أجواء العيد بين المدينة "
        "وقريته في السودان. وقال المقيم الباكستاني عبد الحق نواز إن أسرته لا تلمس أي فرق في "
        "أجواء العيد بين المدينة وبلدته في باكستان."
    )
    article = parse_article(text, "t.json", publisher="okaz", language="ar")
    claims = [c for c in analyse_article(article, registry).claims if c.attributions]
    assert [c.status for c in claims] == [Status.SINGLE_SOURCED] * 2


def test_unnamed_officials_of_a_state_speak_for_that_state(registry):
    """ "وقال المسؤولون الأتراك" beside "وزارة الداخلية التركية": unnamed officials named by
    their state's nisba (a plural one too) are of that state's group, one origin with it."""
    text = (
        "أعلنت وزارة الداخلية التركية أن الانفجار أسفر عن مقتل 27 شخصا في بلدة حدودية. "
        "وقال المسؤولون الأتراك إن الانفجار أسفر عن مقتل 27 شخصا في بلدة حدودية."
    )
    result = analyse_article(
        parse_article(text, "t.json", publisher="okaz", language="ar"), registry
    )
    assert [a.origin.group for a in result.attributions] == ["state:TR", "state:TR"]
    (claim,) = [c for c in result.claims if c.attributions]
    assert claim.status is Status.SINGLE_SOURCED


@pytest.mark.parametrize(
    ("voice", "group"),
    [
        ("مصادر أمنية عراقية", "state:IQ"),
        ("مصدر عسكري ليبي", "state:LY"),
        ("مصادر حكومية يونانية", "state:GR"),
        ("مسؤولو أمن بتركيا", "state:TR"),  # officials in the construct plural
        ("مصادر عراقية", ""),  # sources of a country, not of its state: the outlet's
    ],
)
def test_unnamed_sources_of_a_states_forces_speak_for_that_state(registry, voice, group):
    """ "مصادر أمنية عراقية" are of Iraq's forces, one origin with its officials whoever
    quotes them; "مصادر عراقية" could be anyone in Iraq and count with the outlet citing them."""
    text = f"وقالت {voice} إن القوات أوقفت القصف الجوي جزئيا لفتح ممر للعائلات."
    result = analyse_article(
        parse_article(text, "t.json", publisher="okaz", language="ar"), registry
    )
    (att,) = result.attributions
    assert att.origin.group == (group or att.origin.group)
    assert att.origin.group.startswith("state:") == bool(group)


def test_a_woman_ambassador_is_her_states_official(registry):
    """ "السفيرة الأمريكية" is a US official as "السفير الأمريكي" is (group state:US)."""
    text = "وقالت السفيرة الأمريكية إن الاتفاق سيجعل المنطقة أكثر أمنا."
    result = analyse_article(
        parse_article(text, "t.json", publisher="okaz", language="ar"), registry
    )
    assert [a.source.group for a in result.attributions] == ["state:US"]


def test_a_delegate_named_by_her_capital_is_that_states_official(registry):
    """ "مندوبة واشنطن" is a US official (group state:US), as "السفيرة الأمريكية" is."""
    text = "وقالت مندوبة واشنطن إن الاتفاق سيجعل المنطقة أكثر أمنا."
    article = parse_article(text, "t.json", publisher="okaz", language="ar")
    result = analyse_article(article, registry)
    assert [a.source.group for a in result.attributions] == ["state:US"]


def test_unnamed_sources_close_to_a_named_states_government_speak_for_that_state():
    """ "مصادر مقربة من الحكومة الوادية" (a state the text names) speak for that state, as
    its named spokesman does: one origin; sources close to a company do not."""
    from tracker.link.independence import origin_of

    sources = Source("a", "مصادر مقربة من الحكومة الوادية", SourceKind.ANONYMOUS, country="XA")
    att = _said_by(sources)
    assert origin_of(att).independence_group == "state:XA"
    company = Source("c", "مصادر مقربة من شركة الوادي", SourceKind.ANONYMOUS, country="XA")
    assert origin_of(_said_by(company)).independence_group.startswith("body:")


def _said_by(voice):
    from tracker.models import Attribution, QuoteKind, Stance

    return Attribution(
        id="x.a1",
        article="x",
        source=voice,
        chain=(voice,),
        cue="قالت",
        cue_start=0,
        cue_end=4,
        content="الجسر سيفتح غدا",
        start=10,
        end=25,
        quote=QuoteKind.INDIRECT,
        stance=Stance.ASSERTS,
        origin=voice,
    )


def test_an_unnamed_official_of_a_ministry_speaks_for_its_state(registry):
    """ "قال مسؤول في وزارة التعليم" in a story from Riyadh is Saudi Arabia's, as the
    ministry's named spokesman is: one origin, not a body of its own."""
    from tracker.link.independence import origin_of

    text = "الرياض - الوادي: أوضح مسؤول بوزارة التعليم أن الفحص إلزامي للمرشحين."
    article = parse_article(text, "t.json", publisher="الوادي", language="ar")
    (att,) = analyse_article(article, registry).attributions
    assert origin_of(att).independence_group == "state:SA"


def test_an_official_known_by_his_role_alone_speaks_for_the_body_it_names():
    """ "متحدث باسم الصندوق" with no name is the fund's voice, as a named spokesman of it is;
    a role over another body ("متحدث باسم الوزارة") is not."""
    fund = Source("f", "صندوق التنمية الريفية", SourceKind.ORGANIZATION, in_registry=True)
    role = Source("r", "متحدث باسم الصندوق", SourceKind.OFFICIAL)
    assert why_same(role, fund) == "one speaks for the other"
    assert not same_voice(Source("m", "متحدث باسم الوزارة", SourceKind.OFFICIAL), fund)


def test_a_role_known_by_no_name_is_its_named_holder():
    """ "مدير جمعية الثقافة والفنون بالحصن" in one paper and "سالم الفارس، مدير ثقافة وفنون
    الحصن" in another are one man; the same role in another town, or his deputy, is not."""
    role = Source("r", "مدير جمعية الثقافة والفنون بالحصن", SourceKind.OFFICIAL)
    holder = Source("h", "سالم الفارس", SourceKind.OFFICIAL, descriptor="مدير ثقافة وفنون الحصن")
    assert why_same(role, holder) == "the role and its holder"
    assert why_same(holder, role) == "the role and its holder"
    elsewhere = Source("e", "مدير جمعية الثقافة والفنون بالوادي", SourceKind.OFFICIAL)
    assert not same_voice(elsewhere, holder)
    deputy = Source("d", "نائب مدير جمعية الثقافة والفنون بالحصن", SourceKind.OFFICIAL)
    assert not same_voice(deputy, holder)  # the titles differ


def test_a_foreign_name_spelt_with_another_letter_for_one_sound_is_one_man():
    """ "جاي باريخ" in one paper and "جي باريك" in another write one foreign name (kh and k);
    a family name one other letter apart is another family."""
    one = Source("a", "جاي باريخ", SourceKind.PERSON)
    other = Source("b", "جي باريك", SourceKind.PERSON)
    assert why_same(one, other) == "one name misspelt in the other"
    assert not same_voice(
        Source("c", "سالم القاسمي", SourceKind.PERSON),
        Source("d", "سالم الجاسمي", SourceKind.PERSON),
    )


def test_a_two_word_role_is_the_holder_described_by_it():
    """ "النائب العام للدولة" quoted in one paper and "النائب العام سالم الفارس" in another
    are one man: two words of a role are enough when the holder's
    descriptor has both (a false second origin is the worse error); another title is still
    another man."""
    role = Source("r", "النائب العام للدولة", SourceKind.OFFICIAL)
    holder = Source("h", "سالم الفارس", SourceKind.OFFICIAL, descriptor="النائب العام")
    assert why_same(role, holder) == "the role and its holder"
    deputy = Source("d", "مساعد النائب العام للدولة", SourceKind.OFFICIAL)
    assert not same_voice(deputy, holder)


def test_a_role_named_for_a_bodys_head_noun_speaks_for_that_body():
    """ "مساعدة المدير العام للتعليم بمنطقة الساحل" and "الإدارة العامة للتعليم بمنطقة الساحل":
    a director heads a directorate; one voice. Another region's directorate is another."""
    aide = Source(
        "p",
        "سلمى بنت سالم الحربي",
        SourceKind.OFFICIAL,
        descriptor="مساعدة المدير العام للتعليم بمنطقة الساحل للشؤون التعليمية",
    )
    here = Source("v1", "الإدارة العامة للتعليم بمنطقة الساحل", SourceKind.GOVERNMENT_BODY)
    there = Source("v2", "الإدارة العامة للتعليم بمنطقة الواحة", SourceKind.GOVERNMENT_BODY)
    assert same_voice(aide, here)
    assert not same_voice(aide, there)
