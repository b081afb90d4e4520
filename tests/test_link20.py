"""An unnamed source tied to a body by the proclitic ب ("مصدر بشركة …") speaks for that body
(issue 13, round 20: one body's source printed by two outlets counted as two origins).

Every example is made up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker import Options, analyse_paths
from tracker.link.independence import affiliation
from tracker.models import Report, Source, SourceKind, Status


def _record(source: str, content: str, author: str = "") -> dict[str, str]:
    """A SaudiNewsNet-like record of one made-up article."""
    return {
        "source": source,
        "author": author,
        "url": f"http://example.test/{source}",
        "title": "خبر",
        "content": content,
    }


def _report(tmp_path: Path, *records: dict[str, str]) -> Report:
    """The report over the records, written as one day's JSON array."""
    path = tmp_path / "day.json"
    path.write_text(json.dumps(list(records), ensure_ascii=False), encoding="utf-8")
    return analyse_paths([str(path)], Options())


def _shared_status(report: Report) -> Status:
    """The status of the first corpus claim two articles of the report share (there is one)."""
    claims = [c for c in report.corpus_claims if len(c.articles) == 2]
    assert claims
    return claims[0].status


@pytest.mark.parametrize(
    ("joined", "spelled"),
    [
        ("مصدر مسؤول بشركة الساحل للملاحة", "مصدر مسؤول في شركة الساحل للملاحة"),
        ("مسؤول بقطاع الموانئ التابع لوزارة النقل", "مسؤول في قطاع الموانئ"),
        ("مصادر بإدارة المرور في المدينة", "مصادر في إدارة المرور"),
    ],
)
def test_a_body_joined_to_the_proclitic_ba_is_the_body_the_source_is_in(joined, spelled):
    """ "مصدر بشركة الساحل" is "مصدر في شركة الساحل": the ب joined to a body's head noun
    (no article) ties the unnamed voice to that body, as في does."""
    mine = affiliation(Source("a", joined, SourceKind.ANONYMOUS))
    assert mine
    assert mine == affiliation(Source("b", spelled, SourceKind.ANONYMOUS))


@pytest.mark.parametrize("name", ["مصدر بحريني", "مصدر بارز", "مسؤول برلماني"])
def test_an_adjective_after_ba_ties_the_source_to_no_body(name):
    """An adjective that opens with the letter ب ("مصدر بحريني", "مصدر بارز") names no body."""
    assert affiliation(Source("a", name, SourceKind.ANONYMOUS)) == ""


#: Two outlets, one quoting a source joined to a body by ب, the other the body or a source
#: "in" it, on the same claim in their own words; a word of the claim; the origin named.
_ONE_BODY = [
    (
        "وقال مسؤول بقطاع الموانئ إن تشغيل الخط البحري الجديد بين الميناءين يبدأ مطلع الشهر "
        "المقبل بثلاث سفن.",
        "أكد مصدر في قطاع الموانئ أن الخط البحري الجديد بين الميناءين يبدأ تشغيله بثلاث سفن "
        "مطلع الشهر المقبل.",
        "البحري",
        "",
    ),
    (
        "وقال مسؤول بمنظمة الصحة العالمية إن حملة التطعيم الجديدة ستشمل مليون طفل في المنطقة "
        "الشمالية.",
        "أعلنت منظمة الصحة العالمية أن حملة التطعيم الجديدة في المنطقة الشمالية ستشمل مليون طفل.",
        "التطعيم",
        "منظمة الصحة العالمية",
    ),
]


@pytest.mark.parametrize(("first", "second", "word", "origin"), _ONE_BODY)
def test_one_bodys_source_in_two_outlets_is_one_origin(tmp_path, first, second, word, origin):
    """ "مسؤول بقطاع الموانئ" in one outlet and "مصدر في قطاع الموانئ" in another: one origin
    (the sector), single-sourced, not corroborated by the first outlet standing in for its
    unnamed source. "مسؤول بمنظمة الصحة العالمية", which the text resolves to the registry's
    body, counts as that body (named as the origin), not as a body named by its words."""
    report = _report(tmp_path, _record("okaz", first), _record("alriyadh", second))
    (found,) = [c for c in report.corpus_claims if word in c.text]
    assert len(found.articles) == 2
    assert found.status is Status.SINGLE_SOURCED
    assert f"tracing to {origin};" in found.explanation or not origin


#: One article each: its publisher, its byline, its text, a word of the claim's explanation
#: and what else the explanation says.
_HEARD = [
    (
        "okaz",
        "عكاظ - رويترز",
        "أفاد سكان في المدينة اليوم الخميس بأن الأسواق أغلقت أبوابها مبكرا.\n"
        "وكانت مصادر حكومية عراقية أعلنت عن مقتل قائد الجماعة المسلحة، حسبما ذكرت نقلا عنها "
        "هيئة الإذاعة البريطانية.\nولم يصدر أي تعليق عن الجماعة حتى الآن.",
        "بي بي سي",
        "carries another voice",
    ),
    (
        "was",
        "",
        "افتتح أمير المنطقة المعرض الدولي للكتاب مساء أمس.\n"
        "وقال مسؤول إن المعرض سيستقبل الزوار يوميا من العاشرة صباحا حتى العاشرة مساء طوال "
        "عشرة أيام.",
        "مسؤول",
        "",
    ),
]


@pytest.mark.parametrize(("publisher", "byline", "text", "word", "said"), _HEARD)
def test_a_medium_carrying_unnamed_sources_is_no_second_origin_nor_set_aside_alone(
    tmp_path, publisher, byline, text, word, said
):
    """In a wire's dispatch, "مصادر حكومية عراقية أعلنت …، حسبما ذكرت نقلا عنها هيئة الإذاعة
    البريطانية": the broadcaster carries the sources' words, as it does in a paper's own
    report; the wire opening every chain stands between neither and the page: one origin.
    "وقال مسؤول إن …" in a state agency's own report counts with the agency, which stays its
    origin, not a carrier set aside (leaving the claim "unattributed")."""
    report = _report(tmp_path, _record(publisher, text, byline))
    (found,) = [c for c in report.results[0].claims if word in c.explanation]
    assert found.status is Status.SINGLE_SOURCED
    assert said in found.explanation


#: A researcher's claim about what follows a death, and the group's confirmation of it.
_AFTER = (
    "الانقسامات داخل الجماعة من المرجح أن تشهد تصاعدا كبيرا بعد تأكيد مقتل القائد العسكري "
    "للجماعة سالم الهمامي"
)
_DEATH = "مقتل القائد العسكري للجماعة سالم الهمامي"


def test_a_claim_made_after_an_event_is_not_that_event() -> None:
    """A statement whose main clause claims something of its own, the other's event named
    only in the clause "بعد" opens, is another claim; not when the main clause is the event
    itself, nor when "وبعد" opens a clause of its own after the first."""
    from tracker.corroborate import match_key
    from tracker.link.sequel import sequel_apart

    death = match_key("b", "b", _DEATH, None).vocabulary
    assert sequel_apart(death, _AFTER)
    assert not sequel_apart(death, "قتل القائد العسكري للجماعة سالم الهمامي بعد اشتباك طويل")
    assert not sequel_apart(
        death,
        "نقل المصابون إلى المستشفى الميداني وبعد الفحص تبين مقتل القائد العسكري للجماعة "
        "سالم الهمامي",
    )


def test_a_researcher_naming_a_death_as_the_time_of_his_claim_is_no_second_origin(
    tmp_path: Path,
) -> None:
    """A researcher expecting splits "after the death of the commander was confirmed", and the
    group confirming the death: two claims, the researcher no second origin of the death."""
    report = _report(
        tmp_path,
        _record("okaz", f"ورأى الباحث خالد العمري أن {_AFTER}."),
        _record("alriyadh", f"وأكدت الجماعة {_DEATH}."),
    )
    assert len(report.results[0].attributions) == len(report.results[1].attributions) == 1
    assert not [c for c in report.corpus_claims if c.status is Status.CORROBORATED]
    assert all(len(c.articles) == 1 for c in report.corpus_claims if c.attributions)


def test_voices_weighing_a_visit_they_describe_are_no_origin_of_the_visit(tmp_path: Path) -> None:
    """Analysts stressing "the importance of the visit that the minister made …" and a wire
    telling the visit: the analysts are no origin of the visit (their words are a call, and
    the writer's sentence about them no second voice), so it is not corroborated."""
    report = _report(
        tmp_path,
        _record(
            "okaz",
            (
                "أكد محللون سياسيون أهمية الجولة التي أجراها وزير الخارجية سالم الفارس في "
                "العاصمة أمس والتقى خلالها رئيس الوزراء خالد العمري وعددا من المسؤولين."
            ),
        ),
        _record(
            "alriyadh",
            (
                "غادر وزير الخارجية سالم الفارس العاصمة أمس بعد جولة عمل التقى خلالها رئيس "
                "الوزراء خالد العمري وعددا من المسؤولين."
            ),
            "الرياض - واس",
        ),
    )
    assert not [c for c in report.corpus_claims if c.status is Status.CORROBORATED]
    assert all(len(c.origins) <= 1 for c in report.corpus_claims)


def test_weighing_an_event_is_read_from_the_opening() -> None:
    """ "أهمية الجولة التي …" weighs an event it describes; "أهمية تعزيز العلاقات" weighs no
    described event (a demand, linked as any other); "ضرورة …" opens by weighing."""
    from tracker.link.sequel import weighs, weighs_event

    assert weighs_event("أهمية الجولة التي أجراها الوزير في المنطقة")
    assert weighs_event("على أهمية الجولة الرسمية التي أجراها الوزير")
    assert not weighs_event("أهمية تعزيز العلاقات بين البلدين")
    assert weighs("ضرورة التقيد بالأنظمة")
    assert not weighs("غادر الوزير العاصمة")
