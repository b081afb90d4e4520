"""The source registry, alias resolution and independence groups."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker import analyse_article
from tracker.errors import RegistryError
from tracker.models import Article, Mention, Source, SourceKind
from tracker.readers import parse_article
from tracker.sources import (
    MAX_LOOKBACK,
    Registry,
    Resolver,
    _file_name,
    publisher_source,
    wire_credit,
)


def test_registry_is_general_and_large(registry):
    """The shipped registry covers dozens of outlets, agencies and organisations."""
    kinds = [s.kind for s in registry.sources.values()]
    assert kinds.count(SourceKind.AGENCY) >= 30
    assert kinds.count(SourceKind.OUTLET) >= 50


@pytest.mark.parametrize(
    "name", ["سانا", "وكالة الأنباء السورية", "SANA", "Syrian Arab News Agency"]
)
def test_aliases_across_scripts_resolve_to_one_agency(registry, name):
    """Arabic and English names of the Syrian state agency are one source."""
    assert registry.match(name.split(), False).id == "sana"


def test_longest_alias_wins(registry):
    """وكالة أنباء الشرق الأوسط is the Egyptian agency, not the newspaper الشرق الأوسط."""
    assert registry.match(["وكالة", "أنباء", "الشرق", "الأوسط"], True).id == "mena"
    assert registry.match(["صحيفة", "الشرق", "الأوسط"], True).id == "asharq-al-awsat"


def test_common_word_names_need_a_head_noun(registry):
    """ "اليوم" alone is a day, "صحيفة اليوم" is a newspaper."""
    assert registry.match(["اليوم"], False) is None
    assert registry.match(["صحيفة", "اليوم"], True).id == "al-yaum"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("الحكومة الفرنسية", None),
        ("وزارة الخارجية الألمانية", None),
        ("المملكة العربية السعودية", None),
        ("الشبكة العربية للحقوق", None),
        ("الوكالة الفرنسية", "afp"),
        ("الفرنسية", "afp"),
        ("مراسل العربية", "al-arabiya"),
        ("قناة العربية", "al-arabiya"),
    ],
)
def test_a_name_shaped_like_an_adjective_after_a_definite_noun_describes_it(
    registry, phrase, expected
):
    """ "الحكومة الفرنسية" is France's government, not the agency called "الفرنسية" for short;
    after a head noun, after an indefinite noun or alone, the short name is the source."""
    found = registry.match(phrase.split(), False)
    assert (found.id if found else None) == expected


def test_country_of_descriptor(registry):
    """Nationality adjectives and country names give the country code."""
    assert registry.country_of("وزير الخارجية السوري") == "SY"
    assert registry.country_of("المتحدث باسم الحكومة العراقية") == "IQ"


@pytest.mark.parametrize(
    ("descriptor", "code"),
    [
        ("وزير الخارجية الكيني", "KE"),
        ("المتحدث باسم الحكومة الكندية", "CA"),
        ("رئيس وزراء نيوزيلندا", "NZ"),
        ("Peruvian Interior Minister", "PE"),
        ("New Mexico Governor", "US"),
    ],
)
def test_countries_beyond_the_region(registry, descriptor, code):
    """Countries far from the region are read too; a US state named like a country is the US."""
    assert registry.country_of(descriptor) == code


@pytest.mark.parametrize(
    "descriptor",
    ["وزير الإعلام سالم الكندي", "الكاتب خالد السويدي", "في مجرى التحقيق", "مدير مالي"],
)
def test_words_and_family_names_that_look_like_countries_name_none(registry, descriptor):
    """الكندي and السويدي are family names, مجرى folds to the Hungarian adjective and مالي is
    "financial": none of them names a country."""
    assert registry.country_of(descriptor) is None


def test_a_country_far_from_the_region_as_the_voice_is_its_government(registry):
    """ "قالت كينيا إن …" is Kenya's government (group state:KE), not a person named كينيا."""
    text = "قالت كينيا أمس إن الحدود مع جارتها ستفتح الأسبوع المقبل."
    article = parse_article(text, "t.json", publisher="okaz", language="ar")
    (att,) = analyse_article(article, registry).attributions
    assert att.source.kind is SourceKind.GOVERNMENT_BODY
    assert att.source.group == "state:KE"


def test_extra_sources_file_adds_and_overrides(tmp_path):
    """--sources adds new entries and replaces entries with the same id."""
    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[[source]]\nid = "sana"\nname = "سانا"\nkind = "agency"\ngroup = "mine"\naliases = []\n'
        '[[source]]\nid = "river"\nname = "بوابة النهر"\nkind = "outlet"\naliases = ["النهر"]\n',
        encoding="utf-8",
    )
    registry = Registry.load([extra])
    assert registry.sources["sana"].group == "mine"
    assert registry.match(["وكالة", "الأنباء", "السورية"], True) is None
    assert registry.match(["بوابة", "النهر"], True).id == "river"


def test_malformed_sources_file_names_the_problem(tmp_path):
    """A bad kind or broken TOML raises a RegistryError that says how to fix it."""
    bad = tmp_path / "bad.toml"
    bad.write_text('[[source]]\nid = "x"\nname = "x"\nkind = "blog"\n', encoding="utf-8")
    with pytest.raises(RegistryError, match="kind 'blog'; use one of outlet"):
        Registry.load([bad])
    bad.write_text("[[source]\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="not valid TOML"):
        Registry.load([bad])


@pytest.mark.parametrize(
    ("phrase", "source_id"),
    [("والشرق الأوسط", "asharq-al-awsat"), ("للأمم المتحدة", "un"), ("لوكالة رويترز", "reuters")],
)
def test_proclitics_are_stripped_and_the_article_kept(registry, phrase, source_id):
    """و/ب/ل before a name are dropped, and وال/لل leave the article in place."""
    assert registry.match(phrase.split(), True).id == source_id


def _wire_of(registry, author: str, text: str = "قالت الوزارة إن الطريق مغلق.", publisher="okaz"):
    article = Article(id="t", path="t.json", text=text, publisher=publisher, author=author)
    found = wire_credit(article, registry)
    return found.id if found is not None else None


@pytest.mark.parametrize(
    ("author", "wire"),
    [
        ("رويترز - عمان", "reuters"),
        ("الخرطوم: أ ف ب", "afp"),
        ("أ. ف. ب (الدوحة)", "afp"),
        ("د ب ا - بيروت", "dpa"),
        ("مسقط - (رويترز)", "reuters"),
        ("أ ف ب ـ ساو باولو", "afp"),
    ],
)
def test_byline_credits_the_wire(registry, author, wire):
    """A wire named in the author field, before or after the dateline, is the article's wire."""
    assert _wire_of(registry, author) == wire


@pytest.mark.parametrize("author", ["وكالات - عمان", "الخرطوم - الوكالات", "جدة - سعيد الفلاني"])
def test_generic_or_personal_bylines_credit_no_wire(registry, author):
    """A generic "وكالات" or a reporter's name in the byline names no wire."""
    assert _wire_of(registry, author) is None


def test_the_publisher_is_never_its_own_wire(registry):
    """An agency publishing its own dispatch ("واس" on was) is not credited as a wire."""
    assert _wire_of(registry, "الرياض - واس", publisher="was") is None
    assert _wire_of(registry, "الرياض - واس") == "spa"


@pytest.mark.parametrize(
    "text",
    [
        "قالت الوزارة إن الطريق مغلق منذ أمس. (أ ف ب)",
        "قالت الوزارة إن الطريق مغلق منذ أمس. بحسب رويترز. وسوم طرق مرور",
    ],
)
def test_closing_credit_names_the_wire(registry, text):
    """A trailing "(أ ف ب)" or a closing "بحسب رويترز." credits the wire."""
    assert _wire_of(registry, "", text) in {"afp", "reuters"}


@pytest.mark.parametrize(
    ("code", "source_id"),
    [("okaz", "okaz"), ("alriyadh", "al-riyadh"), ("aljazirah", "al-jazirah-sa"), ("was", "spa")],
)
def test_saudinewsnet_codes_name_registry_outlets(registry, code, source_id):
    """SaudiNewsNet's outlet codes resolve to the registry's outlets."""
    article = Article(id="t", path="t.json", text="نص.", publisher=code)
    assert publisher_source(article, registry).id == source_id


def _person(name: str) -> Mention:
    return Mention(name, 0, len(name), name, "", SourceKind.PERSON)


def test_a_surname_is_the_last_person_named_with_it(registry):
    """ "Hamdan" after "Omar Hamdan" then "Lina Hamdan" is Lina Hamdan, the one named last."""
    resolver = Resolver(Article(id="t", path="t.txt", text="", language="en"), registry)
    omar, lina = resolver.voice(_person("Omar Hamdan")), resolver.voice(_person("Lina Hamdan"))
    assert omar.id != lina.id
    assert resolver.voice(_person("Hamdan")) is lina
    assert resolver.voice(_person("Omar")) is omar


def test_a_surname_looks_back_over_the_last_voices_only(registry):
    """A full name named more than MAX_LOOKBACK voices before is not looked back to."""
    resolver = Resolver(Article(id="t", path="t.txt", text="", language="en"), registry)
    first = resolver.voice(_person("Omar Hamdan"))
    consonants = "bdfjlmnrstz"
    others = [f"Selim Ka{a}a{b}" for a in consonants for b in consonants]
    for name in others[: MAX_LOOKBACK - 1]:  # (no two alike in any spelling)
        resolver.voice(_person(name))
    assert resolver.voice(_person("Hamdan")) is first
    resolver.voice(_person(others[MAX_LOOKBACK]))
    assert resolver.voice(_person("Hamdan")).name == "Hamdan"


@pytest.mark.parametrize(
    "path",
    ["al-wadi.txt", "news/al-wadi.txt", "/news/x.json#3", "news/", "news/.", ".", "", "a/..", "//"],
)
def test_file_name_is_the_path_name(path):
    """An unknown publisher is named after the file, as pathlib names it."""
    assert _file_name(path) == Path(path).name


@pytest.mark.parametrize(
    ("text", "name", "group"),
    [
        (
            "وقال السفير الأمريكي في الأمم المتحدة جون هاملتون إن المحادثات ستستأنف غدا.",
            "جون هاملتون",
            "state:US",
        ),
        (
            "وقال مندوب سوريا في الأمم المتحدة سالم الحمدان إن المحادثات ستستأنف غدا.",
            "سالم الحمدان",
            "state:SY",
        ),
        ("وقال المتحدث باسم الأمم المتحدة إن المحادثات ستستأنف غدا.", "الأمم المتحدة", "un"),
    ],
)
def test_an_envoy_named_at_a_registry_body_is_the_envoy(registry, text, name, group):
    """ "السفير الأمريكي في الأمم المتحدة فلان" is the US envoy, not the UN named in his title;
    the UN's own spokesman, unnamed, still speaks for the UN."""
    article = parse_article(text, "t.json", publisher="okaz", language="ar")
    (att,) = analyse_article(article, registry).attributions
    assert (att.source.name, att.source.independence_group) == (name, group)


def test_a_family_name_like_a_nationality_gives_no_country(registry):
    """ "اللواء منصور الحمدان التركي": التركي closes the name, it is no Turkish general."""
    text = "قال المتحدث الأمني اللواء منصور الحمدان التركي إن الأجهزة أحبطت المحاولة."
    article = parse_article(text, "t.json", publisher="okaz", language="ar")
    (att,) = analyse_article(article, registry).attributions
    assert att.source.name == "منصور الحمدان التركي"
    assert att.source.country != "TR"


def test_a_title_and_a_family_name_named_before_are_that_person(registry):
    """ "اللواء الحمدان" after "اللواء منصور الحمدان": one voice, not a second speaker."""
    text = (
        "قال المتحدث الأمني اللواء منصور الحمدان إن الأجهزة أحبطت المحاولة. "
        "وأضاف اللواء الحمدان أن التحقيقات مستمرة مع الموقوفين."
    )
    article = parse_article(text, "t.json", publisher="okaz", language="ar")
    first, second = analyse_article(article, registry).attributions
    assert first.source.id == second.source.id


@pytest.mark.parametrize(
    ("author", "text", "group"),
    [
        ("واس", "أعلنت وزارة الداخلية أن الأجهزة أحبطت المحاولة.", "state:SA"),
        ("الكويت - واس", "أعلنت وزارة الداخلية أن الأجهزة أحبطت المحاولة.", "state:KW"),
        (None, "القاهرة (رويترز) - أعلنت وزارة الداخلية أن الأجهزة أحبطت المحاولة.", "state:EG"),
    ],
)
def test_a_state_body_named_with_no_country_is_the_home_states(registry, author, text, group):
    """In a dispatch of a state agency, or one datelined in a capital, "وزارة الداخلية" with no
    country is that state's ministry: one group with the agency and the state's officials."""
    article = parse_article(text, "t.json", publisher="الوادي", language="ar", author=author)
    (att,) = analyse_article(article, registry).attributions
    assert att.source.independence_group == group


@pytest.mark.parametrize(
    ("author", "group"),
    [
        ("عدن: سالم بن علي الفارس", "state:YE"),  # the byline's place, before the reporter
        ("القاهرة - سالم الفارس", "state:EG"),
        ("جابر تركي - الطائف", ""),  # a reporter's family name is no place
        ("سالم الفارس - بيروت", "state:LB"),  # the place after the reporter
        ("وكالات - أنقرة", "state:TR"),
    ],
)
def test_a_bylines_place_is_the_home_state(registry, author, group):
    """ "المحافظ" with no country in a story whose byline opens or closes with its place is
    an official of that place's state; a nisba in the reporter's name ("تركي") places
    nothing."""
    text = "وقال المحافظ سالم العمري إن القوات استعادت المطار."
    article = parse_article(text, "t.json", publisher="الوادي", language="ar", author=author)
    (att,) = analyse_article(article, registry).attributions
    assert att.source.independence_group.startswith("state:") == bool(group)
    if group:
        assert att.source.independence_group == group


def test_a_state_named_in_the_text_comes_before_the_dateline(registry):
    """A desk in London writes of Turkey: "نائب رئيس الوزراء" after "رئيس الوزراء التركي" is
    Turkey's, not Britain's."""
    text = (
        "قال رئيس الوزراء التركي سالم أوزتورك إن التحقيق بدأ. "
        "وقال نائب رئيس الوزراء جمال قايا إن المنفذ معروف للأجهزة."
    )
    article = parse_article(
        text, "t.json", publisher="الوادي", language="ar", author="لندن: «الوادي»"
    )
    groups = [a.source.independence_group for a in analyse_article(article, registry).attributions]
    assert groups == ["state:TR", "state:TR"]


@pytest.mark.parametrize(
    ("descriptor", "group"),
    [
        ("رئيس نادي الساحل الأدبي الدكتور", ""),
        ("المتحدث باسم الاتحاد", ""),
        ("رئيس تحرير صحيفة الأفق", ""),
        ("الرئيس التنفيذي لشركة الساحل للنقل", ""),
        ("وزير النقل رئيس مجلس إدارة صندوق الطرق", "state:KW"),  # a minister too
        ("رئيس منظمة الموانئ الأردنية", "state:JO"),  # the country is named
        ("المتحدث باسم وزارة الداخلية", "state:KW"),
    ],
)
def test_a_title_over_a_body_that_is_no_states_makes_no_official(registry, descriptor, group):
    """A club's president, a federation's spokesman, a paper's editor speak for their body,
    not for the state of the dateline; a minister who also chairs a fund, or a body named
    with its country, stays a state's."""
    text = f"وقال {descriptor} سالم العمري إن الموسم يبدأ في الخريف."
    article = parse_article(text, "t.json", publisher="الوادي", language="ar", author="الكويت")
    (att,) = analyse_article(article, registry).attributions
    assert att.source.name == "سالم العمري"
    found = att.source.independence_group
    assert (found if found.startswith("state:") else "") == group


def test_a_state_body_with_no_country_stays_unplaced_under_a_foreign_wire(registry):
    """A foreign wire with no dateline says nothing of the ministry's country."""
    text = "أعلنت وزارة الداخلية أن الأجهزة أحبطت المحاولة."
    article = parse_article(text, "t.json", publisher="الوادي", language="ar", author="رويترز")
    (att,) = analyse_article(article, registry).attributions
    assert not att.source.independence_group.startswith("state:")


def test_on_whose_behalf_a_voice_speaks_is_no_part_of_it(registry):
    """ "أعرب الأمير باسمه واسم أهل الإمارة عن …": the voice is the prince."""
    text = "وأعرب الأمير باسمه واسم أهل الإمارة عن ثقته بأن الجسر الجديد سيخفف الزحام."
    article = parse_article(text, "t.json", publisher="الوادي", language="ar")
    (att,) = analyse_article(article, registry).attributions
    assert att.source.name == "الأمير"


def test_a_spokesman_for_a_body_keeps_his_name_after_bismiha(registry):
    """ "المتحدث باسمها، حمدان السالم، إن …": باسمها is the spokesman's title, not on whose
    behalf; the voice is the man named."""
    text = "وقال المتحدث باسمها، حمدان السالم، إن الجهاز لم يتلاءم مع احتياجات الشرطة."
    article = parse_article(text, "t.json", publisher="الوادي", language="ar")
    (att,) = analyse_article(article, registry).attributions
    assert att.source.name == "حمدان السالم"


def test_a_reporter_named_like_an_agency_in_the_byline_is_no_wire(registry):
    """ "عبد القادر فارس" in a byline is a reporter; "فارس" alone or "وكالة فارس" is the agency."""
    text = "قال الوزير إن الجسر سيفتح غدا."
    for author, wire in [
        ("عبد القادر فارس", None),
        ("طهران - فارس", "فارس"),
        ("وكالة فارس", "فارس"),
    ]:
        article = parse_article(text, "t.json", publisher="الوادي", language="ar", author=author)
        found = wire_credit(article, registry)
        assert (found.name if found else None) == wire


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وبحسب تقرير للأمم المتحدة فإن الوباء ينتشر في المدن الكبرى.", "الأمم المتحدة"),
        ("وقال تقرير للأمم المتحدة إن الوباء ينتشر في المدن الكبرى.", "الأمم المتحدة"),
        ("وبحسب تقرير لصحيفة الوادي فإن الجسر سيفتح غدا أمام السيارات.", "الوادي"),
        ("وقال بيان للمكتب الإعلامي للمحافظ إن الجسر سيفتح غدا.", "المكتب الإعلامي للمحافظ"),
    ],
)
def test_a_report_by_someone_is_its_author(registry, text, name):
    """ "تقرير للأمم المتحدة", "بيان للمكتب الإعلامي": the ل after a document's head names its
    author, who is the voice; it is no carrier and no addressee."""
    article = parse_article(text, "t.json", publisher="okaz", language="ar")
    (att,) = analyse_article(article, registry).attributions
    assert att.source.name == name


def test_a_body_named_short_is_the_body_named_in_full_before(registry):
    """ "المرصد" after "المرصد الوطني لحقوق الإنسان" is that observatory, one voice."""
    text = "قال المرصد الوطني لحقوق الإنسان إن القصف استمر ليلا. وأضاف المرصد أن عشرة قتلوا."
    article = parse_article(text, "t.json", publisher="الوادي", language="ar")
    first, second = analyse_article(article, registry).attributions
    assert second.source.id == first.source.id
    assert second.source.name == "المرصد الوطني لحقوق الإنسان"


def test_a_scholarly_spelling_keeps_its_text_and_finds_the_registry(registry):
    """ "The daily aš-Šarq al-Awsaṭ reported …": the mention's surface is the text as
    written (offsets stay true), while the voice is looked up in news spelling."""
    from tracker.extract import extract
    from tracker.readers import parse_article

    text = "The daily aš-Šarq al-Awsaṭ reported that the envoy had resigned."
    article = parse_article(text, "t.txt", language="en")
    (raw,) = extract(article, registry.knows)[0]
    assert raw.source is not None
    assert text[raw.source.start : raw.source.end] == raw.source.surface


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "خفض صندوق التنمية الريفية قروضه للمزارعين هذا العام. "
            "وقال الصندوق إن الأمطار كانت أقل من المعتاد.",
            "صندوق التنمية الريفية",
        ),
        (
            "تعاقد نادي الساحل مع مدرب جديد للموسم المقبل. وأكد النادي أن المدرب سيصل غدا.",
            "نادي الساحل",
        ),
    ],
)
def test_a_bare_body_noun_is_the_body_named_before_in_the_text(registry, text, voice):
    """ "وقال الصندوق" after "خفض صندوق التنمية الريفية …" (a name in the text, no voice
    then): the body as written there, the noun, its definite word and the nisbas after it."""
    from tracker import analyse_article
    from tracker.readers import parse_article

    result = analyse_article(parse_article(text, "t.json", language="ar"), registry)
    assert [a.source.name for a in result.attributions] == [voice]


def test_a_body_after_the_speakers_title_is_no_carrier(registry):
    """ "قال فلان، المدير الإقليمي لبرنامج الأغذية العالمي، إن …": the body after ل is where
    he works, not a medium he told; only he is in the chain."""
    from tracker import analyse_article
    from tracker.readers import parse_article

    text = "قال سالم الفارس، المدير الإقليمي لبرنامج الأغذية العالمي، إن السفينة وصلت."
    (att,) = analyse_article(parse_article(text, "t.json", language="ar"), registry).attributions
    assert [v.name for v in att.chain] == ["سالم الفارس"]


def test_the_kings_title_names_his_state(registry):
    """ "سفير خادم الحرمين الشريفين لدى اليونان" is Saudi Arabia's envoy, wherever he
    speaks."""
    assert registry.country_of("وقال سفير خادم الحرمين الشريفين حمدان السالم") == "SA"


def test_a_state_named_with_its_form_is_the_state(registry):
    """ "أعربت دولة قطر", "قالت مملكة البحرين": the state itself, as "قطر" alone is."""
    for text, group in (
        ("وقالت دولة قطر إن الهجوم جبان.", "state:QA"),
        ("وقالت مملكة البحرين إن الهجوم جبان.", "state:BH"),
    ):
        article = parse_article(text, "t.txt", publisher="الوادي", language="ar")
        (att,) = analyse_article(article, registry).attributions
        assert att.source.kind is SourceKind.GOVERNMENT_BODY
        assert att.source.independence_group == group


def test_a_name_opening_with_a_civil_bodys_head_is_a_body(registry):
    """ "وأعلن اتحاد الصيادين العرب أن …" is a body, not a person, so its secretariat
    ("الأمانة العامة لاتحاد الصيادين العرب") speaks for it elsewhere."""
    from tracker.link.independence import same_voice

    text = "وأعلن اتحاد الصيادين العرب أن الموسم سيبدأ الشهر المقبل."
    article = parse_article(text, "t.txt", publisher="الوادي", language="ar")
    (att,) = analyse_article(article, registry).attributions
    assert att.source.kind is SourceKind.ORGANIZATION
    office = Source("o", "الأمانة العامة لاتحاد الصيادين العرب", SourceKind.ORGANIZATION)
    assert same_voice(att.source, office)


def test_security_sources_with_no_state_named_are_the_home_states(registry):
    """ "مصادر أمنية" in a story datelined Cairo are Egypt's forces ("state:EG"), as "مصادر
    أمنية مصرية" are; "مصادر مطلعة" still count with the outlet that cites them."""
    text = "القاهرة - الوادي: قالت مصادر أمنية إن الحريق بدأ في مخزن قديم قرب المحكمة."
    article = parse_article(text, "t.json", publisher="الوادي", language="ar")
    (att,) = analyse_article(article, registry).attributions
    assert att.origin.independence_group == "state:EG"
    text = "القاهرة - الوادي: قالت مصادر مطلعة إن الحريق بدأ في مخزن قديم قرب المحكمة."
    article = parse_article(text, "t.json", publisher="الوادي", language="ar")
    (att,) = analyse_article(article, registry).attributions
    assert not att.origin.independence_group.startswith("state:")


@pytest.mark.parametrize(
    ("text", "name", "group"),
    [
        (
            "وأوضح سالم الكعبي وزير الداخلية الباكستاني أن القوات اعتقلت خمسة مسلحين.",
            "سالم الكعبي",
            "state:PK",
        ),
        (
            "وقال وزير الداخلية الباكستاني سالم الكعبي إن القوات اعتقلت خمسة مسلحين.",
            "سالم الكعبي",
            "state:PK",
        ),
        (
            "وقالت السلطة الفلسطينية إن المشاورات مع الأردن بدأت أمس.",
            "السلطة الفلسطينية",
            "state:PS",
        ),
    ],
)
def test_a_minister_named_before_his_title_is_his_states_official(registry, text, name, group):
    """ "سالم الكعبي وزير الداخلية …" is an official as much as "وزير الداخلية … سالم الكعبي":
    the order of name and title does not change whose government he speaks for; and a
    people's "السلطة" is its government, as "السلطات" is."""
    article = parse_article(text, "t.json", publisher="okaz", language="ar")
    (att,) = analyse_article(article, registry).attributions
    assert (att.source.name, att.source.independence_group) == (name, group)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال المرصد ومقره لندن إن عشرات المدنيين أصيبوا في القصف.", "المرصد"),
        ("وذكر المرصد بعدها أن الطائرات قصفت البلدة مرة أخرى.", "المرصد"),
        ("وقال المجلس ومقرهما الرباط إن الاجتماع تأجل.", "المجلس"),
        ("وقال وجيه الحمدان إن الاجتماع تأجل.", "وجيه الحمدان"),
    ],
)
def test_a_word_referring_back_to_the_voice_ends_its_name(registry, text, name):
    """ "المرصد ومقره لندن" (and its seat is London), "المرصد بعدها" (afterwards): a word with
    a pronoun pointing back at the voice says where or when, no part of the name; a given
    name of the same shape ("وجيه") stays one."""
    article = parse_article(text, "t.json", publisher="okaz", language="ar")
    (att,) = analyse_article(article, registry).attributions
    assert att.source.name == name


@pytest.mark.parametrize(
    ("author", "text", "group"),
    [
        ("أبوظبي - أ ف ب", "أعلنت النيابة العامة أنها أحالت 12 متهما إلى المحكمة.", "state:AE"),
        (None, "وأعلنت دولة الإمارات العربية المتحدة أنها أرسلت طائرتي إغاثة.", "state:AE"),
        (None, "وأعلنت دولة الإمارات المتحدة أنها أرسلت طائرتي إغاثة.", "state:AE"),
        (None, "وأعلنت دولة الإمارات العربية الشقيقة أنها أرسلت طائرتي إغاثة.", "state:AE"),
        (None, "وأعلنت دولة الكويت الشقيقة أنها أرسلت طائرتي إغاثة.", "state:KW"),
        ("واس", "وأوضحت إمارة المنطقة الشرقية أن الطريق سيفتح غدا.", "state:SA"),
    ],
)
def test_a_prosecution_an_emirate_and_a_state_named_in_full_are_the_state(
    registry, author, text, group
):
    """A public prosecution ("النيابة العامة") and a region's emirate ("إمارة المنطقة") are
    bodies of the state their dispatch comes from; "دولة الإمارات (العربية) المتحدة", however
    fully written, and a state with a courtesy adjective ("دولة الكويت الشقيقة") are the state
    itself."""
    article = parse_article(text, "t.json", publisher="الوادي", language="ar", author=author)
    (att,) = analyse_article(article, registry).attributions
    assert att.source.independence_group == group


def test_the_official_after_unnamed_officials_of_a_state_is_one_of_them(registry):
    """ "قال مسؤولون حكوميون كينيون … وأضاف المسؤول الحكومي أن …": the official is one of the
    officials just quoted, so one voice with them, their state's; with no such officials
    before, the role stays a voice of its own."""
    text = (
        "نيروبي - قال مسؤولون حكوميون كينيون أمس إن المفاوضين يأملون في إنهاء الاتفاق قبل "
        "نهاية الشهر. وأضاف المسؤول الحكومي أن المصارف ستفتح أبوابها الأسبوع المقبل."
    )
    article = parse_article(text, "t.json", publisher="الوادي", language="ar")
    first, second = analyse_article(article, registry).attributions
    assert second.source.id == first.source.id
    assert second.origin.independence_group == "state:KE"
    alone = parse_article(text.split(". ")[1], "u.json", publisher="الوادي", language="ar")
    (att,) = analyse_article(alone, registry).attributions
    assert att.source.name == "المسؤول الحكومي"


@pytest.mark.parametrize(
    "name",
    ["هيئة المسح الجيولوجي الأمريكية", "مركز الرصد الجيولوجي الأميركي", "المرصد الأمريكي للزلازل"],
)
def test_a_federal_agency_named_any_way_is_one_source_of_its_states_group(registry, name):
    """Papers name the US survey that reports earthquakes in several ways; each is the
    registry's one agency, grouped with the US government (a finding it announces is one
    origin, however it is named)."""
    text = f"وقال {name} إن الزلزال ضرب على عمق عشرين كيلومترا."
    article = parse_article(text, "t.json", publisher="الوادي", language="ar")
    (att,) = analyse_article(article, registry).attributions
    assert (att.source.id, att.source.independence_group) == ("usgs", "state:US")
