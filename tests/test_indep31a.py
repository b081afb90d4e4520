"""Issue 13, round 31: false corroborations read claim by claim over the whole corpus.

Each test pins one general cause of a claim called corroborated when one origin stands behind
it, or of the voice misread that made it so.

Every example is made up.
"""

from __future__ import annotations

from test_link20 import _record, _report, _shared_status

from tracker.models import Status


def test_a_kunya_written_apart_is_the_man_named_before_with_it_joined(tmp_path):
    """ "وبين أبو زهرة" after "أمين محافظة الساحل سالم بن علي أبوزهرة": outlets write a name
    in أبو joined or apart, and the bare name is the official named before, so beside his
    municipality's spokesman in another paper he is his state's voice, one origin."""
    report = _report(
        tmp_path,
        _record(
            "3alyoum",
            "أعلنت أمانة محافظة الساحل خطتها الجديدة للواجهة البحرية. وأكد أمين محافظة الساحل"
            " الدكتور سالم بن علي أبوزهرة أن العمل يسير وفق الجدول. وبين أبو زهرة أن الممشى"
            " الجديد سيضم ملاعب للأطفال ومقاعد مظللة ومسارا للدراجات يطل على البحر مباشرة.",
        ),
        _record(
            "almadina",
            "أوضح المتحدث الرسمي باسم أمانة الساحل خالد الحربي أن الممشى الجديد المطل على"
            " البحر سيضم ملاعب للأطفال ومسارا للدراجات ومقاعد مظللة للزوار.",
        ),
    )
    assert _shared_status(report) is Status.SINGLE_SOURCED
