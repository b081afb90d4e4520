"""Arabic attributions missed on a fresh unseen pool (round 57, fresh57d).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest

#: A forecast (توقع, no complementiser) of a noun of change, its forecaster and the change.
_FORECASTS = [
    (
        "وتوقع وزير الزراعة سالم العنزي ارتفاع أسعار الأعلاف في الشتاء المقبل.",
        "سالم العنزي",
        "ارتفاع أسعار الأعلاف في الشتاء المقبل",
    ),
    (
        "ويتوقع خبراء عقاريون تراجع إيجارات الشقق الصغيرة خلال العام الجاري.",
        "خبراء عقاريون",
        "تراجع إيجارات الشقق الصغيرة خلال العام الجاري",
    ),
    (
        "وتوقع محللون ماليون استمرار نمو أرباح المصارف المحلية حتى نهاية العام.",
        "محللون ماليون",
        "استمرار نمو أرباح المصارف المحلية حتى نهاية العام",
    ),
]


@pytest.mark.parametrize(("text", "voice", "content"), _FORECASTS)
def test_a_forecast_of_a_change_noun_is_what_the_forecaster_foresees(read, text, voice, content):
    """ "وتوقع فلان ارتفاع الأسعار": the change foreseen (after "استمرار" too) is his claim."""
    found = [(a.source.name, a.content) for a in read(text + "\n").attributions]
    assert found == [(voice, content)]


def test_a_trailing_according_to_is_the_forecasts_basis_not_its_voice(read):
    """ "وتوقع الوزير انخفاض … وفقا للدراسة": the minister speaks; a plain noun foresees nothing."""
    text = (
        "وقال وزير النقل فهد الشمري إن المشروع سيكتمل قريبا.\n"
        "وتوقع الوزير انخفاض تكلفة الشحن البري بعد التشغيل وفقا للدراسة التي أعدتها الوزارة.\n"
        "وتوقع الجمهور المباراة الصعبة أمام الفريق الضيف.\n"
    )
    voices = [a.source.name for a in read(text).attributions]
    assert voices == ["فهد الشمري", "فهد الشمري"]
