"""A name credited with "حسب" before a colon and a quotation (round 57, left57a).

"وحسب فلان: «…»" gives the quotation to the man as "وبحسب فلان: «…»" does.

Every example is made up; each test pins one general pattern and checks the content's offsets.
"""

from __future__ import annotations

from conftest import voices_checked as _voices


def test_a_bare_name_after_hasb_before_a_colon_and_quotation_speaks(read):
    """ "وحسب فلان: «…»": a name after "حسب" with a colon and a quotation after it is the
    quotation's speaker, a surname alone too (the man named in full before)."""
    result = read("وحسب نوال السبيعي: «الإقبال هذا العام أكبر من كل المواسم الماضية».")
    assert _voices(result) == {"نوال السبيعي": "الإقبال هذا العام أكبر من كل المواسم الماضية"}

    result = read(
        "وقال المهندس عامر المهيري إن الترميم سيبدأ قريبا. وتوقفت الأعمال أمس، وحسب المهيري:"
        " «نحتاج إلى تمويل إضافي قبل الشتاء»."
    )
    _voices(result)
    assert [(a.source.name, a.content) for a in result.attributions] == [
        ("عامر المهيري", "الترميم سيبدأ قريبا"),
        ("عامر المهيري", "نحتاج إلى تمويل إضافي قبل الشتاء"),
    ]
