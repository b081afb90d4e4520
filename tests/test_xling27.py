"""Issue 13, round 27: one story told in Arabic and English by many outlets.

A secret visit reported first by one paper citing informed sources, relayed by wires and
papers in both languages, denied by the commander's spokesman and commented on by officials.
Each test pins one general cause of a wrong link or a wrong count of origins on such a story.

Every example is made up.
"""

from __future__ import annotations

import pytest
from conftest import corpus_claim_with, dated_story

from tracker.link.independence import same_voice
from tracker.models import Source, SourceKind, Status


def test_a_comment_on_a_visit_if_it_took_place_is_a_claim_of_its_own(tmp_path):
    """ "زيارة فلان، إن صحت، تعد خرقا" judges the visit only if it took place: a claim of
    its own, which the denial of the visit does not reach, and no origin of the visit."""
    report = dated_story(
        tmp_path,
        (
            "a",
            "صحيفة الميزان",
            "كشفت مصادر مطلعة لصحيفة الميزان أن الوزير السابق كريم الساعدي زار القاهرة سرا"
            " الشهر الماضي والتقى مسؤولين مصريين.",
        ),
        (
            "b",
            "موقع الجسر",
            "قال النائب هشام الطيب إن زيارة الوزير السابق كريم الساعدي إلى القاهرة سرا، إن صحت،"
            " تعد خرقا للقانون.",
        ),
        (
            "c",
            "قناة الربوة",
            "نفى مكتب الوزير السابق كريم الساعدي ما نشرته صحيفة الميزان عن زيارة الساعدي إلى"
            " القاهرة.",
        ),
    )
    claim = corpus_claim_with(report, "زار القاهرة")
    comment = corpus_claim_with(report, "تعد خرقا")
    assert comment != claim
    assert comment.status is Status.SINGLE_SOURCED
    assert claim.status is Status.CONTESTED
    assert "asserted by صحيفة الميزان" in claim.explanation


def test_the_origin_kept_is_the_one_that_asserts_not_the_one_that_guesses(tmp_path):
    """Where one origin is left, it is the paper whose sources tell the visit, not an MP who
    only guesses at it ("ربما سافر …"), though the guess is printed first."""
    report = dated_story(
        tmp_path,
        (
            "b",
            "موقع الجسر",
            "وقال النائب هشام الطيب إن الساعدي ربما سافر إلى القاهرة في زيارة سرية لم يعلن عنها.",
        ),
        (
            "a",
            "صحيفة الميزان",
            "كشفت مصادر مطلعة لصحيفة الميزان أن الوزير السابق كريم الساعدي زار القاهرة سرا"
            " الشهر الماضي والتقى مسؤولين مصريين.",
        ),
        (
            "c",
            "قناة الربوة",
            "نفى مكتب الوزير السابق كريم الساعدي ما نشرته صحيفة الميزان عن زيارة الساعدي إلى"
            " القاهرة.",
        ),
    )
    claim = corpus_claim_with(report, "زار القاهرة")
    assert claim == corpus_claim_with(report, "ربما سافر")
    assert "asserted by صحيفة الميزان" in claim.explanation
    assert "هشام الطيب not counted" in claim.explanation


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Marshal Idris Fallah secretly visited Cairo last month, according to a report by"
            " the Coast Herald newspaper.",
            "Coast Herald newspaper",
        ),
        (
            "According to reports in the Coast Herald, the berth reopened on Monday.",
            "Coast Herald",
        ),
        (
            "The talks lasted two days, according to an article in the Valley Times.",
            "Valley Times",
        ),
    ],
)
def test_according_to_a_report_by_a_named_issuer_is_the_issuer(read_en, text, voice):
    """ "according to a report by the Coast Herald" is the paper's account, as "according to
    the Coast Herald" is: the voice is the issuer, not "a report by …"."""
    assert [a.source.name for a in read_en(text).attributions] == [voice]


def test_according_to_a_report_on_a_subject_names_no_issuer(read_en):
    """ "a report on Cairo markets" names what the report is about, not who issued it."""
    result = read_en("Prices rose, according to a report on Cairo markets.")
    assert [a.source.name for a in result.attributions] == ["a report on Cairo markets"]


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("صحيفة الميزان", "Al-Mizan newspaper"),
        ("جريدة الميزان", "the Al-Mizan daily"),
        ("موقع الرابية", "Al-Rabiya website"),
    ],
)
def test_a_medium_named_in_both_scripts_is_one_voice(arabic, english):
    """ "صحيفة الميزان" and "the Al-Mizan newspaper" are one paper: the nouns of its kind
    stand in another place in each script, and its name's skeleton is the same."""
    mine = Source("a", arabic, SourceKind.OUTLET)
    assert same_voice(mine, Source("b", english, SourceKind.OUTLET))


def test_two_media_of_different_names_stay_two_voices():
    """ "صحيفة الميزان" is not "the Coast Herald newspaper", nor "قناة الرابية"."""
    mine = Source("a", "صحيفة الميزان", SourceKind.OUTLET)
    assert not same_voice(mine, Source("b", "the Coast Herald newspaper", SourceKind.OUTLET))
    assert not same_voice(mine, Source("c", "قناة الرابية", SourceKind.OUTLET))


def test_a_translation_each_others_closest_links_below_the_cross_language_bar(tmp_path):
    """An Arabic report and the English wire's account of it score under 0.7 with the
    model, but each is the other's closest sentence in the other language: one claim, while
    the paper's next sentence, on the same man, stays apart."""
    report = dated_story(
        tmp_path,
        (
            "a",
            "صحيفة الميزان",
            "كشفت مصادر مطلعة لصحيفة الميزان أن قائد قوات الشمال اللواء فارس الزبيدي زار"
            " القاهرة سرا يوم الخميس الماضي والتقى مسؤولين مصريين.\nوأضافت المصادر أن الزبيدي"
            " عاد إلى مقر قيادته مساء الجمعة.",
        ),
        (
            "b",
            "Harbor Post",
            "Northern commander Fares al-Zubaidi secretly visited Cairo last week, the Al-Mizan"
            " newspaper reported, citing informed sources.\nZubaidi's forces hold most of the"
            " northern hills.",
        ),
    )
    claim = corpus_claim_with(report, "secretly visited Cairo")
    assert claim == corpus_claim_with(report, "زار القاهرة سرا")
    assert claim != corpus_claim_with(report, "عاد إلى مقر قيادته")
    assert claim.status is Status.SINGLE_SOURCED


def test_reports_after_according_to_is_a_noun_not_a_cue(read_en):
    """ "according to reports by the Coast Herald": "reports" is what "according to" reads,
    not a verb whose voice would be "according to"."""
    result = read_en(
        "The talks in the capital collapsed, according to reports by the Coast Herald and the"
        " Valley Times."
    )
    assert [a.cue for a in result.attributions] == ["according to"]
