"""Round 48: one denial printed by several outlets is one claim in a large corpus.

In a large corpus a denial can be made of words each in more statements than blocking
uses; its copies must still be compared. Every example is made up.
"""

from __future__ import annotations

import json
from pathlib import Path

from tracker import Options, analyse_paths
from tracker.corroborate import Thresholds
from tracker.models import Report, Stance
from tracker.store import SQLiteStore, add_paths

#: A blocking bar so low that a few made-up statements make every word of the denial common.
_FEW = Thresholds(max_postings=3)

#: One denial three outlets print, each after an opening sentence of its own.
_DENIAL = " ونفت هيئة الموانئ صحة ما تردد في بعض المواقع عن إغلاق الميناء الشمالي أمام سفن الشحن."

#: Statements elsewhere, of four content words each, that share three of the denial's words
#: and say something else: each of its words is then in more statements than are blocked on,
#: and so is each one's stem.
_OTHERS = (
    "وقال المحرر سامر العتيبي إن المواقع تردد أخبار الصحة.",
    "وذكر المهندس ماجد الحربي أن إغلاق الطريق الشمالي مؤقت.",
    "وقال الحارس ناصر الدوسري إن المارة يقفون أمام البوابة.",
    "وأوضح التاجر فهد السالم أن سفن الشحن غادرت الميناء.",
)


def _day(tmp_path: Path, *records: tuple[str, str]) -> str:
    """A JSON array of made-up SaudiNewsNet-like records (source, content) of one day."""
    path = tmp_path / "day.json"
    rows = [
        {
            "source": source,
            "author": "",
            "url": f"http://example.test/{tmp_path.name}/{n}",
            "title": "خبر",
            "content": content,
            "date_extracted": "2024-10-21",
        }
        for n, (source, content) in enumerate(records)
    ]
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return str(path)


def _denial_claims(report: Report) -> list[set[str]]:
    """The outlets printing the denials of each corpus claim holding one."""
    publisher = {r.article.id: r.article.publisher for r in report.results}
    denying = {
        a.id: publisher[a.article]
        for r in report.results
        for a in r.attributions
        if a.stance is Stance.DENIES
    }
    out = [
        {denying[a] for a in claim.attributions if a in denying} for claim in report.corpus_claims
    ]
    return [outlets for outlets in out if outlets]


def test_one_denial_printed_by_three_outlets_is_one_claim_when_its_words_are_common(
    tmp_path: Path,
) -> None:
    """Three outlets' copies of one denial, every word of which is in more statements than
    are blocked on, are still compared and make one claim; another denial by the same body,
    of something else, stays a claim of its own."""
    day = _day(
        tmp_path,
        ("alwatan", "أعلنت الجهات المختصة أمس عن خطة جديدة." + _DENIAL),
        ("okaz", "تداولت حسابات عدة خبرا عن الموانئ." + _DENIAL),
        ("alriyadh", "أثارت أنباء متداولة قلق التجار." + _DENIAL),
        ("sabq", "ونفت هيئة الموانئ صحة ما تردد عن رفع رسوم الرسو على قوارب الصيد في الخليج."),
        *(("aleqtisadiya", other) for other in _OTHERS),
    )
    report = analyse_paths([day], Options(thresholds=_FEW))
    claims = _denial_claims(report)
    assert {"alwatan", "okaz", "alriyadh"} in claims
    assert {"sabq"} in claims


def test_two_denials_by_one_body_of_different_things_stay_apart(tmp_path: Path) -> None:
    """Blocking denials among themselves only compares them: one body's denial of a port's
    closure and its denial of a rise in that port's fees, in two outlets, stay two claims."""
    day = _day(
        tmp_path,
        ("alwatan", "أعلنت الجهات المختصة أمس عن خطة جديدة." + _DENIAL),
        (
            "okaz",
            "ونفت هيئة الموانئ صحة ما تردد في بعض المواقع عن رفع رسوم الرسو في الميناء"
            " الشمالي على قوارب الصيد.",
        ),
        *(("aleqtisadiya", other) for other in _OTHERS),
    )
    report = analyse_paths([day], Options(thresholds=_FEW))
    assert sorted(map(sorted, _denial_claims(report))) == [["alwatan"], ["okaz"]]


def test_a_store_fed_one_copy_at_a_time_joins_the_copies_of_one_denial(tmp_path: Path) -> None:
    """A store given one outlet's copy of a denial at a time, its words common in what it
    holds, compares the copies as one report does and holds them in one claim."""
    records = (
        *(("aleqtisadiya", other) for other in _OTHERS),
        ("alwatan", "أعلنت الجهات المختصة أمس عن خطة جديدة." + _DENIAL),
        ("okaz", "تداولت حسابات عدة خبرا عن الموانئ." + _DENIAL),
        ("alriyadh", "أثارت أنباء متداولة قلق التجار." + _DENIAL),
    )
    options = Options(thresholds=_FEW)
    store = SQLiteStore(tmp_path / "claims.db", _FEW)
    for n, record in enumerate(records):
        day = tmp_path / str(n)
        day.mkdir()
        add_paths(store, [_day(day, record)], options, clock=lambda: "2024-10-21T09:00:00Z")
    held = store.report()
    store.close()
    assert {"alwatan", "okaz", "alriyadh"} in _denial_claims(held)


def test_two_voices_denying_different_reports_about_one_man_stay_apart(tmp_path: Path) -> None:
    """A coach's denial of a dispute with a player and a club spokesman's denial that the
    player is to be replaced name half of each other's words (the player, the committee):
    two denials of different reports, two claims."""
    day = _day(
        tmp_path,
        (
            "okaz",
            "ونفى المدرب سالم الفهد وجود أي خلافات حادة بين اللاعب ماجد العنزي ورئيس لجنة"
            " المسابقات في النادي هذا الموسم.",
        ),
        (
            "sabq",
            "ونفى المتحدث باسم النادي فهد الجابر صحة ترشيح الإدارة الجديدة لعدد من الأسماء"
            " لخلافة ماجد العنزي في لجنة المسابقات.",
        ),
    )
    report = analyse_paths([day], Options())
    assert sorted(map(sorted, _denial_claims(report))) == [["okaz"], ["sabq"]]
