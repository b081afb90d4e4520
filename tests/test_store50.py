"""Round 50: a store decides two short denials by two deniers, printed days apart, as one
report does: two denials, not one claim both contest.

Every example is made up.
"""

from __future__ import annotations

from pathlib import Path

from test_store46 import _day, _signature, _store_of

from tracker import Options, analyse_paths
from tracker.models import Report, Status

#: Two bodies deny, two weeks apart, in the same two words what each is accused of.
_FIRST = "وتواجه الشركة تحقيقا في الضرائب. ونفت شركة نخيل الساحل ارتكاب أي مخالفات."
_SECOND = "وبدأت اللجنة مراجعة عقود البناء. ونفت وزارة الأشغال ارتكاب أي مخالفات."


def _contested(report: Report) -> list[frozenset[str]]:
    denied = [c for c in report.corpus_claims if c.status is Status.CONTESTED]
    return sorted((frozenset(c.denying_origins) for c in denied), key=sorted)


def test_two_short_denials_days_apart_stay_two_in_a_store(tmp_path: Path) -> None:
    days = [_day(tmp_path, "d1", ("okaz", _FIRST)), _day(tmp_path, "d8", ("alriyadh", _SECOND))]
    stored = _store_of(tmp_path, days)
    assert len(_contested(stored)) == 2
    assert all(len(deniers) == 1 for deniers in _contested(stored))
    reported = analyse_paths(days, Options())
    assert _signature(stored) == _signature(reported)


def test_two_short_denials_a_day_apart_still_join_in_a_store(tmp_path: Path) -> None:
    """Within a day the cut is not made, in a store as in a report: one denier read two
    ways is likelier then, and the claim they deny is one."""
    days = [_day(tmp_path, "d1", ("okaz", _FIRST)), _day(tmp_path, "d2", ("alriyadh", _SECOND))]
    stored = _store_of(tmp_path, days)
    reported = analyse_paths(days, Options())
    assert _signature(stored) == _signature(reported)
    assert len(_contested(stored)) == 1
