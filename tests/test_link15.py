"""Linking and verdicts: another one of a thing, run-on spans, named voices, hearsay, copies."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_corroborate import _said

from tracker.corroborate import (
    Side,
    explain,
    judge_pair,
    kept_apart,
    link_corpus,
    match_key,
    standing,
)
from tracker.link.another import another_apart, others
from tracker.link.independence import same_voice
from tracker.models import Source, SourceKind, Stance, Status

# Made-up: a ministry on a blast, then on a second device found nearby.
BLAST = "انفجرت قنبلة يدوية الصنع عند بوابة السوق القديم في الواحة صباح اليوم"
SECOND = "فكك فريق الهندسة قنبلة أخرى يدوية الصنع وجدت داخل كيس عند بوابة السوق القديم"


def _side(item: str, article: str, text: str) -> Side:
    return Side(match_key(item, article, text, Stance.ASSERTS), text)


def test_what_a_statement_calls_another_one_is_read_on_the_side_of_its_language() -> None:
    """Arabic qualifies the words before "أخرى"/"ثانية", English the words after "another"."""
    assert "قنبله" in others(SECOND)
    assert "طايره" in others("وصل مسؤولون على متن طائرة حكومية ثانية")
    assert "bomb" in others("Police said another bomb was found near the court")
    assert others(BLAST) == frozenset()


def test_another_one_of_a_thing_is_apart_unless_both_say_another() -> None:
    """A second device is not the first; two outlets both telling of the second one agree."""
    key_blast, key_second = match_key("a", "A", BLAST, None), match_key("b", "B", SECOND, None)
    assert another_apart(BLAST, key_blast.vocabulary, SECOND, key_second.vocabulary)
    retold = "عثر الفريق على قنبلة أخرى يدوية الصنع عند بوابة السوق القديم وفككها"
    key_retold = match_key("c", "C", retold, None)
    assert not another_apart(SECOND, key_second.vocabulary, retold, key_retold.vocabulary)


def test_a_second_plane_is_never_confirmed_as_the_first() -> None:
    """Across articles the words of "officials came on a second plane" hold "the minister
    came on a plane", yet the link is not confirmed."""
    first = _side("a", "A", "وصل الوزير سالم الهادي إلى المدينة على متن طائرة حكومية")
    second = _side(
        "b",
        "B",
        "وتزامنا مع زيارة الوزير الهادي وصل مسؤولون إلى المدينة على متن طائرة حكومية ثانية",
    )
    decision = judge_pair(first, second)
    assert decision is None or decision.tier != "confirmed"


def test_a_ministry_on_a_blast_and_on_another_device_makes_two_claims(read) -> None:
    """Within one article the two statements share their device's words but not the device."""
    result = read(f"قالت وزارة الداخلية في بيان إن {BLAST}. وقالت الوزارة إن {SECOND}.")
    assert len([c for c in result.claims if c.attributions]) == 2


def test_a_statement_joins_the_claim_a_run_on_span_of_the_other_article_leaves() -> None:
    """One outlet runs a mission's words on into the storming of the hotel; the other prints the
    storming alone: that sentence still joins the other outlet's storming, and the run-on span
    keeps its link to the mission's words."""
    mission = "وذكرت البعثة الأممية أن أحد موظفيها بين الضحايا"
    storming = "هاجموا فجر الأحد نزلا سياحيا في بلدة السهل يقصده الزوار الأجانب"
    unknown = "وكان المسلحون الذين لم تكشف أسماؤهم"
    sides = {
        "R.a3": _side("R.a3", "R", f"{mission}، {unknown} {storming}"),
        "R.a4": _side("R.a4", "R", storming),
        "J.a7": _side("J.a7", "J", mission),
        "J.a8": _side("J.a8", "J", f"{unknown} {storming}"),
    }
    claim_of = {"R.a3": "R.c3", "R.a4": "R.c4", "J.a7": "J.c7", "J.a8": "J.c8"}
    pairs = [
        ("J.a7", "R.a3", 100.0, "same text"),
        ("J.a8", "R.a3", 100.0, "same words"),
        ("J.a8", "R.a4", 100.0, "same words"),
    ]
    kept = {(a, b) for a, b, _, _ in kept_apart(pairs, claim_of, sides)}
    assert kept == {("J.a7", "R.a3"), ("J.a8", "R.a4")}


# Made-up: a minister on villages made safe after a week of strikes, and a rights group's toll
# of the same strikes.
MINISTER = (
    "قال وزير الدفاع الكندي سالم أوزبك إن القرى التي استعادها الجيش في الشمال ستصبح آمنة "
    "لعودة السكان، بعد أن استهدفت مقاتلات الجيش مخازن السلاح فيها خلال أسبوع من الضربات."
)
TOLL = "إن ضربات المقاتلات على مخازن السلاح في القرى الشمالية قتلت سبعة مدنيين."


def test_a_minister_and_a_monitor_in_one_article_link_only_at_the_confirmed_bar(read) -> None:
    """A minister on villages made safe after strikes and a rights group's toll of the strikes
    share words, not a claim: two named voices of one article, two claims."""
    result = read(f"{MINISTER} وقالت منظمة العفو الدولية {TOLL}")
    claims = [c for c in result.claims if c.attributions]
    assert [c.status for c in claims] == [Status.SINGLE_SOURCED] * 2


def test_a_body_named_in_three_words_is_a_named_voice_in_its_article(read) -> None:
    """Out of the registry, a group named in full ("جمعية الواحة لحقوق الإنسان") is told from
    the minister as a registry entry is: two claims."""
    result = read(f"{MINISTER} وقالت جمعية الواحة لحقوق الإنسان {TOLL}")
    claims = [c for c in result.claims if c.attributions]
    assert [c.status for c in claims] == [Status.SINGLE_SOURCED] * 2


def test_one_statement_credited_to_two_media_at_once_has_one_origin(read) -> None:
    """ "وفقا لموقع … بحسب صحيفة …" over one sentence: one outlet took it from the other, and
    both carried the source's words (one attribution, the two media in its chain)."""
    result = read(
        "وأكد المصدر وفقا لموقع الساحل أن النادي “سيستغني عن اللاعب نهائيا إذا لم يعد خلال "
        "أيام”، بحسب ما أفادت صحيفة “الأفق” البريطانية، اليوم السبت.",
        publisher="sabq",
    )
    claim = next(c for c in result.claims if "سيستغني" in c.text)
    assert len(claim.attributions) == 1
    (said,) = (a for a in result.attributions if a.id == claim.attributions[0])
    assert said.source.name == "المصدر"
    assert {"الساحل", "الأفق"} <= {c.name for c in said.chain}
    assert claim.status is Status.SINGLE_SOURCED


def test_a_role_alone_is_the_holder_whose_descriptor_opens_with_his_family_name() -> None:
    """ "مدير عام … في هيئة …" in one paper and "سالم بن علي" described as "الفارس مدير عام …"
    in another (the family name left in the descriptor) are one man; his deputy is not."""
    role = Source("r", "مدير عام إدارة الفعاليات في هيئة الترفيه الوطنية", SourceKind.OFFICIAL)
    holder = Source(
        "p", "سالم بن علي", SourceKind.OFFICIAL, descriptor="الفارس مدير عام إدارة الفعاليات"
    )
    deputy = replace(holder, id="q", descriptor="الفارس نائب مدير عام إدارة الفعاليات")
    assert same_voice(role, holder)
    assert not same_voice(role, deputy)


# Made-up: a site cites a paper for a union head's words the paper's own article quotes; a
# title over a body's head noun beside the man another paper names.
CITED = (
    "وأكد رئيس نقابة المعلمين سالم الفارس، حسبما نقلت عنه جريدة “اليوم”، أن نقص المدارس "
    "في الأحياء الجديدة يرهق الأسر ويتطلب حلولا عاجلة من الوزارة."
)
QUOTED = (
    "قال رئيس نقابة المعلمين سالم الفارس إن الأسر في الأحياء الجديدة يرهقها نقص المدارس، "
    "وإن على الوزارة حلولا عاجلة قبل بدء العام الدراسي."
)
NAMED = (
    "قال سالم بن علي الفارس إن قرار مجلس الوزراء بزيادة ميزانية الهيئة سيسرع إنجاز "
    "مشاريعها المتعثرة في المحافظات الشمالية."
)
TITLED = (
    "وأكد رئيس الهيئة أن القرار الأخير بزيادة ميزانية الهيئة الوطنية للطرق سيسهم في تسريع "
    "إنجاز مشاريعها المتعثرة في المحافظات الشمالية خلال العام المقبل."
)


@pytest.mark.parametrize(
    ("first", "second", "words", "why"),
    [
        (
            ("3alyoum", CITED),
            ("alyaum", QUOTED),
            "المدارس",
            # The extractor now reads the paper as the carrier of his words (the chain); the
            # claim traces to him either way.
            "all tracing to سالم الفارس",
        ),
        (("aawsat", NAMED), ("okaz", TITLED), "ميزانية", "رئيس الهيئة not counted"),
    ],
    ids=["paper-cited-for-its-own-quote", "title-over-a-head-noun"],
)
def test_a_paper_cited_for_its_own_quote_or_a_bare_title_is_no_second_origin(
    read, first, second, words, why
) -> None:
    """A paper cited for what its own article quotes is where the man spoke; "رئيس الهيئة"
    beside the man another paper names is most likely him: one origin either way."""
    results = [read(text, publisher=paper) for paper, text in (first, second)]
    corpus, _, _ = link_corpus(results)
    claim = next(c for c in corpus if words in c.text)
    assert len(claim.articles) == 2
    assert claim.status is Status.SINGLE_SOURCED
    assert why in claim.explanation


def test_a_misread_name_is_no_second_origin_whatever_state_it_is_read_for() -> None:
    """ "لدى استقباله" read as a voice, and taken for its home state's official, is still a
    misread beside the man another paper names."""
    named = Source("p", "علي بن ناصر الفارس", SourceKind.PERSON)
    misread = Source("m", "لدى استقباله", SourceKind.OFFICIAL, group="state:SA")
    atts = [_said(1, named, "x"), _said(2, misread, "y")]
    judged = standing(atts, [], {})
    assert judged.status is Status.SINGLE_SOURCED
    assert "لدى استقباله not counted" in explain(judged, atts, [])


def test_only_the_noun_another_qualifies_is_read_not_the_phrase_before_it() -> None:
    """ "جدد عقده مع نادي الساحل لموسم آخر" makes the season another one, not the club."""
    assert others("جدد اللاعب عقده مع نادي الساحل لموسم آخر") == frozenset({"موسم"})


def test_a_particle_before_last_is_no_adjective_of_relation() -> None:
    """ "بدأ السباق مجددا، وحتى آخر جولة": "وحتى" is no adjective to look past to "مجددا"."""
    assert "مجددا" not in others("بدأ السباق مجددا، وحتى آخر جولة فيه تصدر الفريق")


def test_a_thing_the_statement_also_names_on_its_own_is_not_only_another_one() -> None:
    """ "نفذ حكم القتل في جان أقدم على قتل آخر" tells of the killing itself: not read aside."""
    assert others("نفذ حكم القتل في جان أقدم على قتل آخر بسكين") == frozenset()
    assert others("أقدم الجاني على قتل آخر بسكين") == frozenset({"قتل"})
