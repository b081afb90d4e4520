"""Denials a fresh event-group set showed unread (round 57, cluster57).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from conftest import corpus_claim_with, dated_story

from tracker.models import QuoteKind, Stance


def _claim_holding(result, words: str):
    """The article claim one of whose attributions holds ``words``."""
    texts = {a.id: a.content for a in result.attributions}
    return next(c for c in result.claims if any(words in texts[i] for i in c.attributions))


def test_a_report_called_untrue_before_a_comma_is_denied(read):
    """ "أفاد المجلس أن ما تم تداوله حول … لا صحة له، مؤكدا …": the phrase closing the
    clause that names the report calls it untrue; what the participle affirms is asserted."""
    result = read(
        "وأفاد مجلس الحي في الوادي أن ما تم تداوله حول إغلاق السوق الشعبي في المدينة لا صحة"
        " له، مؤكدا استمرار عمل المحلات كالمعتاد."
    )
    assert _claim_holding(result, "إغلاق السوق").contested
    assert not _claim_holding(result, "استمرار عمل المحلات").contested


def test_a_report_called_fabricated_is_denied(read):
    """ "إن ما تم تداوله عن … فبركات إعلامية": a report named and called made up, with no mark
    before the noun, is denied, as one called untrue is."""
    result = read(
        "وقال مجلس الحي في بيان إن ما تم تداوله على منصات التواصل عن اعتقال شبان من الحي"
        " فبركات إعلامية من جهات معادية."
    )
    assert _claim_holding(result, "اعتقال شبان").contested


def test_a_professional_named_after_the_voice_is_no_part_of_what_he_denies(read):
    """ "نفى فلان، المحترف في نادي …، تناوله …": the professional's club is who he is, set off
    by commas as a title is, not what he denies."""
    (denial,) = read(
        "ونفى المهاجم سامر الوادعي، المحترف في نادي الساحل، تناوله أي مادة محظورة خلال البطولة."
    ).attributions
    assert denial.stance is Stance.DENIES
    assert denial.content == "تناوله أي مادة محظورة خلال البطولة"


def test_quoted_words_after_a_denials_colon_are_a_denial_of_their_own(read):
    """ "نفى فلان تناوله …: «لم أتناول …»": what he is said to deny ends at the colon; his
    quoted words are a second, direct denial of the same cue."""
    found = read(
        "ونفى اللاعب سامر الوادعي تناوله أي مادة محظورة خلال البطولة: «لم أتناول أي شيء، وأنا"
        " واثق من براءتي»."
    ).attributions
    assert [(a.content, a.stance, a.quote) for a in found] == [
        ("تناوله أي مادة محظورة خلال البطولة", Stance.DENIES, QuoteKind.INDIRECT),
        ("لم أتناول أي شيء، وأنا واثق من براءتي", Stance.DENIES, QuoteKind.DIRECT),
    ]


def test_a_players_denial_in_another_paper_contests_the_federations_claim(tmp_path):
    """A federation says its player took a banned substance; another paper prints the player's
    denial with his club after his name and his words after a colon: one claim, contested, its
    one origin the federation."""
    report = dated_story(
        tmp_path,
        (
            "a1",
            "okaz",
            "أكد اتحاد الساحل لكرة القدم أن لاعبه سامر الوادعي تناول مادة محظورة خلال بطولة"
            " الخليج الأخيرة في الدوحة.",
        ),
        (
            "a2",
            "alyaum",
            "ونفى سامر الوادعي، المحترف في نادي الهضبة، تناوله مادة محظورة في بطولة الخليج:"
            " «لم أتناول أي شيء، وسأثبت براءتي أمام اللجان المختصة».",
        ),
    )
    claim = corpus_claim_with(report, "تناول مادة محظورة")
    assert claim.contested
    assert len(claim.origins) == 1
