"""Arabic voices that speak in a relative clause on a body (round 52, relclause52).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def test_a_body_named_right_before_the_relative_speaks_its_words(read):
    """ "…حاجز للهيئة التي قالت إنه …", "وفق الهيئة التي أشارت إلى أن …": a body named right
    before "التي"/"الذي", agreeing with it, is the voice of the verb whose words open at once,
    after a preposition or a noun it completes as much as after a comma."""
    result = read(
        "ووصلنا إلى حاجز للشرطة البلدية التي قالت إنه لا يسمح بالمرور بعد منتصف الليل.\n"
        "وتضم الدورة تمارين في الإنقاذ، وفق الهيئة التي أشارت إلى أن المتدربين سيتلقون شهادات.\n"
        "وجاء القرار بعد تحذيرات من المجلس البلدي الذي أكد أمس أن الطرق الفرعية غير آمنة."
    )
    voices = {a.cue: (a.source.name, a.content) for a in result.attributions}
    assert voices["قالت"] == ("الشرطة البلدية", "لا يسمح بالمرور بعد منتصف الليل")
    assert voices["أشارت"] == ("الهيئة", "المتدربين سيتلقون شهادات")
    assert voices["أكد"] == ("المجلس البلدي", "الطرق الفرعية غير آمنة")

    # "موقع الهيئة الذي قال إن …", "تقرير البلدية الذي يؤكد أن …": "الذي" cannot be on the
    # body, so the clause is on the noun before it (a site, a report), and the body says nothing.
    other = read(
        "ونشر موقع الهيئة الذي قال إن الخدمة متوقفة حتى إشعار آخر.\n"
        "وتحدث المقال عن تقرير البلدية الذي يؤكد أن المشروع تأخر عامين.\n"
        "وتصفحنا موقع المجلس البلدي الذي ذكر أن الطريق سيفتح غدا.\n"
        "وتابعت اللجنة سير المعسكرات الداخلية التي تؤكد أن اللاعبين جاهزون."
    )
    # (nor is a body the clause's voice when a site's name holds it, or when its name is an
    # adjective of the noun before: "المعسكرات الداخلية" are camps at home)
    names = {a.source.name for a in other.attributions}
    assert not names & {"الهيئة", "البلدية", "المجلس البلدي", "الداخلية"}
