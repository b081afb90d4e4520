"""Arabic attributions read wrong on SaudiNewsNet days sampled at random (round 45, arprec45).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "voice", "content"),
    [
        (
            "وبحسب صحيفة الوادي تم إغلاق الطريق الساحلي أمس.",
            "الوادي",
            "تم إغلاق الطريق الساحلي أمس",
        ),
        (
            "وبحسب وكالة أنباء الساحل يتم نقل المصابين إلى مستشفى المدينة كل ساعة.",
            "وكالة أنباء الساحل",
            "يتم نقل المصابين إلى مستشفى المدينة كل ساعة",
        ),
    ],
)
def test_a_passive_auxiliary_after_a_credit_opens_its_clause(read, text, voice, content):
    """ "وبحسب صحيفة الوادي تم إغلاق الطريق": the passive's auxiliary ends the credited voice
    and opens what it credits; no name holds "تم"."""
    (attribution,) = read(text).attributions
    assert (attribution.source.name, attribution.content) == (voice, content)
