"""Round 46: a voice not identified enough is no second origin.

Within one article, a voice read as one word (a given name alone, or the first word of a
longer name whose rest was read as its description) is more often one speaker misread than
a second origin, whatever state it is read as speaking for. Every example is made up.
"""

from __future__ import annotations

from pathlib import Path

from test_link20 import _record, _report

from tracker.models import Status


def test_a_given_name_alone_tied_to_a_state_is_no_second_origin_in_one_article(
    tmp_path: Path,
) -> None:
    """An opposition member and a deputy minister read as his first name alone ("كريم",
    the rest of his name taken for his title) say one thing in one article: the one-word
    voice is not identified enough to make the claim corroborated."""
    report = _report(
        tmp_path,
        _record(
            "aawsat",
            "وعقد وزير الخارجية في جمهورية الوادي لقاء مع وفد المعارضة. وقال سامر الخطيب"
            " عضو الهيئة السياسية للائتلاف المعارض إن «الحل الوحيد للأزمة في البلاد هو"
            " الحل السياسي». من جهته، قال كريم أمير الناصري، نائب وزير الخارجية في جمهورية"
            " الوادي، إن بلاده ستقدم مبادرة قريبا. بدوره شدد كريم على أن «الحل الوحيد"
            " الممكن للأزمة الراهنة في البلاد هو الحل السياسي عبر الحوار».",
        ),
    )
    claims = [c for c in report.results[0].claims if len(c.attributions) == 2]
    assert len(claims) == 1
    assert claims[0].status is Status.SINGLE_SOURCED
    assert "not identified enough" in claims[0].explanation
