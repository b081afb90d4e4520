"""Denials that restate at more length what they deny link to it (corroborate._denial_names),
two outlets' denials of one report link, and only what a denial calls untrue is read as what
it denies (link.denials.denied_part)."""

from __future__ import annotations

import json
from pathlib import Path

from tracker import Options, analyse_paths
from tracker.corroborate import Side, judge_pair, match_key
from tracker.link.denials import denied_part, denies_in_content
from tracker.models import Stance, Status

# Made-up reports of one border crossing: a rumour, and two ministries' denials of it, each
# framed and detailed in its own words.
_RUMOUR = (
    "أغلقت السلطات المعبر الشمالي في وجه الشاحنات القادمة من الميناء ومنعت سائقيها من العبور"
    " دون إبداء أي أسباب"
)
_DENIAL = (
    "ما تداولته مواقع التواصل عن إغلاق المعبر الشمالي أمام الشاحنات وإعادة سائقيها إلى"
    " الميناء وإجبارهم على الانتظار يومين"
)
_DENIAL_AGAIN = "الأنباء التي ترددت بشأن إغلاق المعبر الشمالي أمام الشاحنات"
# The same denial told of a crossing in another country, and of a closure of another length.
_DENIAL_ELSEWHERE = (
    "ما تداولته مواقع التواصل عن إغلاق المعبر الشمالي في العراق أمام الشاحنات وإعادة"
    " سائقيها إلى الميناء"
)
_CLOSED_TEN_DAYS = "أغلقت السلطات المعبر الشمالي أمام الشاحنات 10 أيام ومنعت سائقيها من العبور"
_DENIED_THREE_DAYS = (
    "ما تداولته مواقع التواصل عن إغلاق المعبر الشمالي أمام الشاحنات 3 أيام وإعادة سائقيها"
)
# A denier's span running on past the clause that calls the report untrue into what the
# denier asserts, and that assertion printed alone by another outlet.
_RUN_ON = (
    "ما جرى تداوله عن رفع رسوم تأشيرات العمل ومضاعفة الغرامات، غير صحيح، وأي تعديلات جديدة"
    " في اللوائح ستعلن بشكل رسمي عبر موقع الهيئة"
)
_ANNOUNCED = "أي تعديلات جديدة في اللوائح ستعلن بشكل رسمي عبر موقع الهيئة"
# A short denial of common words, and a long claim about something else holding three of them.
_SHORT_DENIAL = "أن يكون السلاح الذي حمله الحراس سلاحا ناريا"
_LONG_CLAIM = (
    "انسحب المسلحون من التلال المطلة على الوادي بعد يومين من المواجهات حاملين سلاحهم الخفيف"
    " وتاركين آلياتهم الثقيلة ومخازن الوقود والذخيرة في مواقعهم القديمة قرب الطريق الساحلي"
    " الذي يربط البلدات الجنوبية بالميناء ويحمل"
)
# An English denial of a made-up report, in other words than the report.
_REPORT_EN = "Troops of the alliance landed by sea near the southern port and took the airfield"
_DENIAL_EN = "reports that alliance troops carried out a sea landing near the southern port"


def _side(n: int, text: str, stance: Stance | None = Stance.ASSERTS) -> Side:
    return Side(match_key(f"s{n}", f"a{n}", text, stance), text)


def test_denial_restating_at_more_length_links_its_claim() -> None:
    """A denial that names the report with details of its own (more words than the claim
    shares) is confirmed as the claim's denial, the reason naming the words it names."""
    found = judge_pair(_side(0, _RUMOUR), _side(1, _DENIAL, Stance.DENIES))
    assert found is not None
    assert found.tier == "confirmed"
    assert found.why.startswith("denial names ")


def test_two_denials_of_one_report_link() -> None:
    """Two outlets' denials of one report, framed in other words, are one claim's denials."""
    found = judge_pair(_side(0, _DENIAL, Stance.DENIES), _side(1, _DENIAL_AGAIN, Stance.DENIES))
    assert found is not None
    assert found.tier == "confirmed"


def test_short_denial_of_common_words_does_not_link_a_long_claim() -> None:
    """A denial whose few words have forms in a much longer claim about something else, few
    of that claim's words in it, is not its denial."""
    found = judge_pair(_side(0, _LONG_CLAIM), _side(1, _SHORT_DENIAL, Stance.DENIES))
    assert found is None or not found.why.startswith("denial names")


def test_english_denial_in_other_words_links() -> None:
    """The denial test is not Arabic only: forms of the report's words in an English denial."""
    found = judge_pair(_side(0, _REPORT_EN), _side(1, _DENIAL_EN, Stance.DENIES))
    assert found is not None
    assert found.tier == "confirmed"


def test_denial_of_another_place_or_figure_stays_apart() -> None:
    """A denial naming another country, or another count of days, is not the claim's denial."""
    elsewhere = _side(1, _DENIAL_ELSEWHERE, Stance.DENIES)
    rumour = _side(0, "أغلقت السلطات المعبر الشمالي في الأردن أمام الشاحنات القادمة من الميناء")
    assert judge_pair(rumour, elsewhere) is None
    found = judge_pair(_side(0, _CLOSED_TEN_DAYS), _side(1, _DENIED_THREE_DAYS, Stance.DENIES))
    assert found is None or found.tier != "confirmed"


def test_an_assertion_after_the_untrue_clause_is_not_what_is_denied() -> None:
    """What follows the clause calling the report untrue is the denier's own say: it is not
    read as denied, so the same words printed alone do not link to the denial."""
    assert denied_part(_RUN_ON) == "ما جرى تداوله عن رفع رسوم تأشيرات العمل ومضاعفة الغرامات"
    assert denied_part(_ANNOUNCED) == _ANNOUNCED
    found = judge_pair(_side(0, _ANNOUNCED), _side(1, _RUN_ON, Stance.DENIES))
    assert found is None or not found.why.startswith("denial names")


def _article(folder: Path, name: str, outlet: str, text: str) -> str:
    path = folder / f"{name}.json"
    record = {
        "source": outlet,
        "url": f"http://example.org/{name}",
        "date_extracted": "2015-07-25 10:00:00",
        "title": "المعبر الشمالي",
        "author": "",
        "content": text,
    }
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_report_named_in_its_denial_article_is_contested_not_corroborated(tmp_path: Path) -> None:
    """A ministry's denial and, in the same article, the media report it denies told at more
    length are one claim: contested by the ministry, asserted by the media only, and the
    other outlet's denial in other words joins it without adding an origin."""
    paths = [
        _article(
            tmp_path,
            "one",
            "okaz",
            "نفت وزارة النقل إغلاق المعبر الشمالي أمام الشاحنات وإعادة سائقيها إلى الميناء. "
            "وكانت وسائل إعلام محلية ذكرت أن السلطات أغلقت المعبر الشمالي في وجه الشاحنات "
            "القادمة من الميناء وأعادت سائقيها دون إبداء أسباب.",
        ),
        _article(
            tmp_path,
            "two",
            "alyaum",
            "نفت وزارة النقل الأنباء التي ترددت بشأن إغلاق المعبر الشمالي أمام الشاحنات.",
        ),
    ]
    report = analyse_paths(paths, Options())
    names = {s.id: s.name for r in report.results for s in r.sources}
    claim = next(c for c in report.corpus_claims if c.denying_origins)
    assert claim.status is Status.CONTESTED
    assert len(claim.articles) == 2
    assert [names[o] for o in claim.origins] == ["وسائل إعلام محلية"]


# A made-up report that a firm went bankrupt, and its spokesman calling it untrue with the
# denying phrase closing his words, no mark before it.
_BANKRUPT = "ذكرت مصادر مطلعة أن شركة النخيل للنقل أعلنت إفلاسها وسرحت جميع موظفيها في الدمام."
_CALLED_UNTRUE = (
    "وقال المتحدث باسم شركة النخيل للنقل ماجد العتيبي إن ما تداولته مواقع التواصل عن أن"
    " الشركة أعلنت إفلاسها وسرحت جميع موظفيها في الدمام غير صحيح."
)


def test_report_called_untrue_at_its_close_is_a_denial() -> None:
    """A content that opens by naming a report and closes with a denying phrase denies it,
    with or without a mark before the phrase; a phrase closing a content that names no
    report (how something was done) is no denial."""
    assert denies_in_content("ما تداولته المواقع عن إغلاق المصنع الشمالي غير صحيح")
    assert denies_in_content("ما تداولته المواقع عن إغلاق المصنع الشمالي، غير صحيح")
    assert not denies_in_content("العمال ركبوا الرافعة في المصنع الشمالي بشكل غير صحيح")
    assert denied_part("ما تداولته المواقع عن إغلاق المصنع غير صحيح") == (
        "ما تداولته المواقع عن إغلاق المصنع"
    )


def test_spokesman_calling_report_untrue_is_no_second_origin(tmp_path: Path) -> None:
    """The spokesman whose words call the report untrue denies it: the claim is contested,
    with the unnamed sources' paper its one origin, never corroborated by him."""
    paths = [
        _article(tmp_path, "one", "okaz", _BANKRUPT),
        _article(tmp_path, "two", "alyaum", _CALLED_UNTRUE),
    ]
    report = analyse_paths(paths, Options())
    claim = next(c for c in report.corpus_claims if len(c.articles) == 2)
    assert claim.status is Status.CONTESTED
    assert len(claim.origins) == 1
    assert len(claim.denying_origins) == 1


def _told_after_denial(voice: str) -> str:
    return (
        "نفت هيئة الموانئ الأنباء عن منع دخول السفن الأجنبية إلى الميناء الشمالي. "
        f"وكانت {voice} تحدثت عن إعادة ثلاث بواخر أجنبية من المرفأ الشمالي خلال الأسبوع"
        " بدون إيضاح أسباب مقنعة."
    )


def test_report_told_after_its_denial_joins_it(tmp_path: Path) -> None:
    """Unnamed reports told after a denial, in other words than the denial gives them ("وكانت
    تقارير صحفية تحدثت عن …"), are the claim it denies: one claim, contested, the reports
    its only assertion; what a named paper printed keeps its own claim."""
    unnamed = _article(tmp_path, "ports", "okaz", _told_after_denial("تقارير صحفية"))
    claims = analyse_paths([unnamed], Options()).results[0].claims
    assert [len(c.attributions) for c in claims] == [2]
    assert claims[0].status is Status.CONTESTED
    assert len(claims[0].origins) == 1
    named = _article(tmp_path, "ports2", "okaz", _told_after_denial("صحيفة الساحل"))
    claims = analyse_paths([named], Options()).results[0].claims
    assert [len(c.attributions) for c in claims] == [1, 1]
