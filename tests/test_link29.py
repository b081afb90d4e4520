"""Issue 13, round 29: two voices the tool counted as one origin when they are two.

A minister a state agency names with no country, in a dispatch from abroad that names the
host state's holder of the same portfolio with its nisba, is the sender's minister, not the
host state's. Nor are unnamed sources "in the forces hostile to" a movement the movement's own.

Every example is made up.
"""

from __future__ import annotations

from pathlib import Path

from test_link20 import _record, _report

from tracker.models import Status
from tracker.pipeline import Report

_SIGNED = "وقعتا اليوم اتفاقية للتعاون في مجال الطاقة المتجددة وتبادل الخبرات الفنية بين البلدين"


def _dispatch(place: str, ours: str, theirs: str) -> str:
    """A state agency's dispatch in which two ministers say the two states signed a deal."""
    return (
        f"{place} 9 أغسطس (واس) - أكد {ours} أن المملكة وألمانيا {_SIGNED}. "
        "وقال الفارس في مؤتمر صحفي مشترك إن العلاقات بين البلدين تشهد نموا مطردا. "
        f"من جهته أوضح {theirs} أن ألمانيا والمملكة {_SIGNED}."
    )


_OURS = "وزير الخارجية الدكتور سالم بن راشد الفارس"
_THEIRS = "وزير الخارجية الألماني هانز كولر"


def _groups(report: Report) -> dict[str, str]:
    """The state group of each voice of the report, by its name."""
    (result,) = report.results
    return {a.origin.name: a.origin.independence_group for a in result.attributions}


def _signed(report: Report) -> Status:
    """Status of the claim both ministers state."""
    (result,) = report.results
    (claim,) = [c for c in result.claims if len(c.attributions) == 2]
    return claim.status


def test_a_minister_in_a_dispatch_from_abroad_is_the_senders(tmp_path: Path) -> None:
    """ "وزير الخارجية سالم الفارس" in a dispatch from Berlin that names "وزير الخارجية
    الألماني هانز كولر" too is the sending state's minister, not a second German one."""
    report = _report(tmp_path, _record("alriyadh", _dispatch("برلين", _OURS, _THEIRS)))
    groups = _groups(report)
    assert groups["سالم بن راشد الفارس"] == "state:SA"
    assert groups["هانز كولر"] == "state:DE"


def test_the_host_minister_named_again_keeps_the_dateline(tmp_path: Path) -> None:
    """The host's minister with no name after his nisba may be the first man again: "وزير
    الطاقة سالم الكعبي" from Abu Dhabi, then "وزير الطاقة الإماراتي أمس", stays the UAE's."""
    text = (
        "أبوظبي 9 أغسطس (واس) - أكد وزير الطاقة سالم الكعبي أن إنتاج المصافي مستقر. "
        "وقال وزير الطاقة الإماراتي أمس إن أسعار الوقود ستراجع كل شهر."
    )
    groups = _groups(_report(tmp_path, _record("alriyadh", text)))
    assert groups["سالم الكعبي"] == "state:AE"


def test_a_deputy_of_the_host_minister_is_no_holder(tmp_path: Path) -> None:
    """ "نائب وزير الخارجية الألماني" holds another title: the minister named with no country
    in a dispatch from Berlin keeps the dateline's state, as before."""
    theirs = "نائب وزير الخارجية الألماني هانز كولر"
    report = _report(tmp_path, _record("alriyadh", _dispatch("برلين", _OURS, theirs)))
    assert _groups(report)["سالم بن راشد الفارس"] == "state:DE"


def test_a_state_agency_stating_what_it_relays_is_still_no_origin(tmp_path: Path) -> None:
    """The agency itself stating the deal it relays from the German minister restates him."""
    text = (
        f"الرياض 9 أغسطس (واس) - أفادت وكالة الأنباء السعودية بأن المملكة وألمانيا {_SIGNED}. "
        f"من جهته أوضح {_THEIRS} أن ألمانيا والمملكة {_SIGNED}."
    )
    assert _signed(_report(tmp_path, _record("alriyadh", text))) is Status.SINGLE_SOURCED


_TAKEN = "مركز مديرية الوادي الشمالية سقط أمس في أيدي مقاتلي الحركة إثر معارك دامت يومين"


def _movement_and(tmp_path: Path, voice: str) -> Report:
    """A movement's spokesman and another outlet's unnamed ``voice`` telling one battle."""
    first = (
        "كابول (أ ف ب) - قال المتحدث باسم حركة طالبان سالم الكعبي إن مقاتلي الحركة سيطروا أمس"
        " على مركز مديرية الوادي الشمالية بعد معارك استمرت يومين مع القوات الحكومية."
    )
    second = f"أفاد {voice} بأن {_TAKEN}."
    return _report(tmp_path, _record("okaz", first), _record("alyaum", second))


def test_sources_in_forces_hostile_to_a_movement_are_not_its(tmp_path: Path) -> None:
    """ "مسؤولون في القوات المناهضة لحركة طالبان" are in the forces fighting the movement:
    telling the battle its spokesman tells, they are a second origin, not the movement."""
    report = _movement_and(tmp_path, "مسؤولون في القوات المناهضة لحركة طالبان")
    (claim,) = [c for c in report.corpus_claims if len(c.attributions) == 2]
    assert claim.status is Status.CORROBORATED


def test_sources_in_the_movement_hostile_to_the_government_are_its(tmp_path: Path) -> None:
    """The movement named before "المناهضة" is the one the sources are in: one origin."""
    report = _movement_and(tmp_path, "مسؤولون في حركة طالبان المناهضة للحكومة")
    (claim,) = [c for c in report.corpus_claims if len(c.attributions) == 2]
    assert claim.status is Status.SINGLE_SOURCED


def test_a_state_agency_relaying_abroad_relays_for_its_whole_state(tmp_path: Path) -> None:
    """A state agency quoting a German minister and its own state's minister, each saying the
    two states signed a deal, relays for its whole state's group: its minister is taken for its
    restatement, and the claim leans to single-sourced. (Counting him apart, tried in this
    round, made claims of one festival's or one society's officials relayed by the agency look
    corroborated over the whole corpus, and changed no status the other way.)"""
    text = _dispatch("الرياض", _OURS, _THEIRS)
    assert _signed(_report(tmp_path, _record("alriyadh", text))) is Status.SINGLE_SOURCED
