"""Issue 13, round 28: one story told in Arabic and English by many outlets.

A deal said to be signed on an unannounced trip abroad, reported first by one paper citing
informed sources, relayed by wires and papers in both languages, dismissed by the ministry and
left uncommented by the other side. Each test pins one general cause of a wrong link, a missed
link or a voice wrongly counted on such a story.

Every example is made up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import corpus_claim_with

from tracker.corroborate import match_key
from tracker.link import semantic
from tracker.models import Report, Stance
from tracker.pipeline import Options, analyse_article, analyse_paths
from tracker.readers import parse_article


@pytest.fixture(scope="module")
def read(read_en):
    """English articles here (the shared fixture is in conftest)."""
    return read_en


def _story(tmp_path: Path, *articles: tuple[str, str, str]) -> Report:
    """The report over made-up articles (id, publisher, text), dated one a day in order."""
    records = [
        {"id": ident, "title": "خبر", "publisher": publisher, "date": f"2026-05-{n + 1:02d}"}
        | {"text": text}
        for n, (ident, publisher, text) in enumerate(articles)
    ]
    path = tmp_path / "story.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return analyse_paths([str(path)], Options())


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("قيمة العقد تناهز مئة وأربعين مليون يورو", ("140000000",)),
        ("بلغ عدد المشاركين مئتين وخمسة وثلاثين مشاركا", ("235",)),
        ("وصل إلى الميناء مائة وثلاثة عشر قاربا", ("113",)),
        ("قتل مئة شخص وأصيب عشرون", ("100", "20")),
    ],
)
def test_a_hundred_and_what_follows_it_with_and_are_one_number(text, numbers):
    """ "مئة وأربعين" is 140, as "140" is (not 100 and 40), so a paper writing the sum out
    in words and a wire writing it in digits give one number; a hundred of one thing and
    twenty of another stay two."""
    assert match_key("s", "a", text, Stance.ASSERTS).numbers == numbers


def test_a_paper_report_and_a_foreign_official_in_one_wire_story_are_two_claims(read):
    """A wire story telling a paper's scoop and then what a foreign official said of the same
    trip ("signed a deal in Athens on Monday" / "held talks in Athens on Monday") holds two
    claims: joined, the official would be taken for the paper's source."""
    result = read(
        "NICOSIA, May 4 (Reuters) - Cyprus's interior minister signed a deal to buy six Greek"
        " patrol boats during an unannounced visit to Athens on Monday, the Coastal Herald"
        " newspaper reported on Wednesday, citing informed sources.\n"
        "A Greek official, who spoke on condition of anonymity, said Loizou held talks with Greek"
        " interior officials in Athens on Monday, but declined to give details.\n"
    )
    assert len(result.attributions) == 2
    assert len(result.claims) == 2


def test_dismissed_as_baseless_a_report_denies_it(read):
    """ "dismissed as baseless a newspaper report that …" is a denial of the report, as
    "dismissed the report as baseless" is; the content is the report and what it says."""
    (att,) = read(
        "The ministry on Monday dismissed as baseless a newspaper report that Interior Minister"
        " Karim Fadel had bought ten patrol boats from Greece.\n"
    ).attributions
    assert att.stance is Stance.DENIES
    assert att.content.startswith("a newspaper report that Interior Minister Karim Fadel")


def test_declining_to_comment_on_a_report_asserts_nothing_of_it(read):
    """ "X declined to comment on a report that Y had agreed to …" makes X no voice of the
    report, nor Y; a clause of X's own after "but" is still read."""
    silent = read(
        "Greek government spokesman Nikos Andreou declined to comment on Monday on a report that"
        " Cyprus had agreed to sell two frigates.\n"
    )
    assert silent.attributions == ()
    (att,) = read(
        "Andreou declined to comment on a report that Cyprus had agreed to sell two frigates,"
        " but said ties were strong.\n"
    ).attributions
    assert (att.source.name, att.content) == ("Andreou", "ties were strong")


def test_told_an_outlet_then_adding_credits_the_clause_before(read):
    """ "X, an official told the Valley Times, adding that Y." gives X to the official, carried
    by the paper, as a sentence ending at the paper's name does; a time after the paper is
    no part of its name."""
    result = read(
        "Loizou did travel to the Greek capital on Monday, a Greek official told The Valley"
        " Times, adding that the talks covered coastal security.\n"
    )
    first, added = result.attributions
    assert first.content == "Loizou did travel to the Greek capital on Monday"
    assert [v.name for v in first.chain] == ["Valley Times", "a Greek official"]
    assert added.content == "that the talks covered coastal security"
    (timed,) = read(
        "The talks will resume next week, the minister told The Valley Times on Monday.\n"
    ).attributions
    assert [v.name for v in timed.chain] == ["Valley Times", "the minister"]


@pytest.mark.skipif(not semantic.available(), reason="needs the tracker[semantic] extra")
def test_a_sum_in_arabic_and_in_english_is_compared_through_its_count(tmp_path):
    """ "قيمة العقد تبلغ 340 مليون يورو" and "The contract is worth 340 million euros" share no
    name and no place: the count they share lets the embeddings compare them, and they are
    one claim."""
    report = _story(
        tmp_path,
        (
            "a",
            "صحيفة الساحل",
            "وأوضحت المصادر لصحيفة الساحل أن قيمة العقد تبلغ 340 مليون يورو.",
        ),
        (
            "b",
            "Harbour Wire",
            "The contract is worth 340 million euros, the Al-Sahel newspaper said.",
        ),
    )
    claim = corpus_claim_with(report, "340 مليون يورو")
    assert claim is corpus_claim_with(report, "340 million euros")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("ونفت وزارة النقل في وقت لاحق توقيع أي عقد مع الشركة.", "توقيع أي عقد مع الشركة"),
        ("وأعلنت اللجنة في وقت سابق اكتمال الاستعدادات للمهرجان.", "اكتمال الاستعدادات للمهرجان"),
    ],
)
def test_a_time_phrase_between_the_voice_and_a_noun_content_is_no_part_of_it(
    registry, text, content
):
    """ "نفت الوزارة في وقت لاحق توقيع أي عقد": "in a later time" says when; what is denied
    (or announced) is the noun phrase after it."""
    (att,) = analyse_article(parse_article(text + "\n", "made-up.txt"), registry).attributions
    assert att.content == content
