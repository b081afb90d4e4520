"""A name credited with "حسب" before a colon and a quotation, an accuser named between "كان"
and the accusing verb, and the participles of criticising and condemning (round 57, left57a).

"وحسب فلان: «…»" gives the quotation to the man as "وبحسب فلان: «…»" does; "وكانت الوزارة قد
اتهمت الشركة بـ…" is the ministry's accusation as "واتهمت الوزارة الشركة بـ…" is; "…، منتقدا
…" and "…، منددا بـ…" give their object to the clause's speaker as "…، واصفا …" does.

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


def test_an_accuser_between_kana_and_the_accusing_verb_accuses(read):
    """ "كانت الوزارة اتهمت الشركة بـ…", "وكان فلان قد اتهم المقاول بـ…": the one named
    between كان and the verb accuses; the content is the accused and the charge. A passive
    with its charge right after the verb names no accuser."""
    result = read("واشتد الخلاف بعد أن كانت الوزارة اتهمت الشركة بتأخير التسليم عمدا.")
    assert _voices(result) == {"الوزارة": "الشركة بتأخير التسليم عمدا"}

    result = read("وكان النائب سليم الداوود قد اتهم المقاول بالتلاعب في مواصفات الجسر.")
    assert _voices(result) == {"سليم الداوود": "المقاول بالتلاعب في مواصفات الجسر"}

    assert _voices(read("وكان الشاب قد اتهم بسرقة السيارات بالقوة من المواقف.")) == {}


def test_a_participle_of_criticising_or_condemning_gives_its_object(read):
    """ "…، منتقدا …" and "…، منددا بـ…" after a comma: the speaker of the clause criticises
    or condemns what follows, and the content before ends at the comma; with no comma
    ("خرجوا منددين بالقرار") it is a manner, and nothing is read."""
    result = read(
        "وقال النائب سليم الداوود إن الميزانية لم تكتمل، منتقدا تأخر صرف المستحقات للمقاولين."
    )
    _voices(result)
    assert [(a.source.name, a.content) for a in result.attributions] == [
        ("سليم الداوود", "الميزانية لم تكتمل"),
        ("سليم الداوود", "تأخر صرف المستحقات للمقاولين"),
    ]

    result = read("وتحدثت نوال السبيعي إلى الصحفيين في الساحة، منددة بارتفاع الأسعار في الأسواق.")
    assert _voices(result) == {"نوال السبيعي": "بارتفاع الأسعار في الأسواق"}

    assert _voices(read("وخرج سكان الحي منددين بقرار إغلاق المدرسة.")) == {}
