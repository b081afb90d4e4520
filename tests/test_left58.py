"""A body's bare head pointing back to the body named in full before (round 58, left58).

"حققت الشركة الوطنية للأسمدة أرباحا … . وأوضحت الشركة أن …": a bare "الشركة" (also "الهيئة",
"اللجنة", "المجموعة", "البنك" …) is the body last named with that head made definite and
named in full, one or two adjectives and what it serves in ل; "الشركة اليابانية" is the
company named before with that adjective. "مجموعة من …" is no name.

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from conftest import voices_checked as _voices


def test_a_bare_head_is_the_body_named_in_full_before(read):
    """ "حققت الشركة الوطنية للأسمدة … . وأوضحت الشركة أن …": the company named in full."""
    result = read(
        "وحققت الشركة الوطنية للأسمدة أرباحا قياسية هذا الربع. وأوضحت الشركة في بيان أنها "
        "ستوزع نصف الأرباح على المساهمين."
    )
    assert _voices(result) == {"الشركة الوطنية للأسمدة": "ستوزع نصف الأرباح على المساهمين"}

    result = read(
        "وافتتحت الهيئة العامة للمعارض والمؤتمرات جناحا جديدا أمس. وقالت الهيئة إن الجناح "
        "يتسع لألف زائر."
    )
    assert _voices(result) == {"الهيئة العامة للمعارض والمؤتمرات": "الجناح يتسع لألف زائر"}


def test_a_head_with_a_nisba_is_the_body_named_with_it(read):
    """ "شركة «كوماري» اليابانية … وقالت الشركة اليابانية": the company named before with that
    adjective after its quoted name; with another adjective there it stays as written."""
    closing = "مصنعها الثاني في الولاية. وقالت الشركة اليابانية إن المصنع كان يعمل به ألفا عامل."
    for adjective, voice in (("اليابانية", "شركة كوماري"), ("الفرنسية", "الشركة اليابانية")):
        result = read(f"وأغلقت شركة «كوماري» {adjective} {closing}")
        assert _voices(result) == {voice: "المصنع كان يعمل به ألفا عامل"}


def test_a_bank_or_group_named_in_full_and_no_group_of_people(read):
    """ "وأقرض البنك العربي للتنمية … وقال البنك": the bank named in full; "مجموعة من
    المستثمرين" (what the group holds) and "الشركة المصنعة" name no body to point back to."""
    result = read(
        "وأقرض البنك العربي للتنمية الزراعية المزارعين مليون دينار. وقال البنك إن القروض "
        "ستسدد على خمس سنوات."
    )
    assert _voices(result) == {"البنك العربي للتنمية الزراعية": "القروض ستسدد على خمس سنوات"}

    result = read(
        "والتقى المحافظ مجموعة من المستثمرين في مكتبه. وقالت المجموعة إن المشاريع ستبدأ قريبا."
    )
    assert "مجموعة من المستثمرين" not in [a.source.name for a in result.attributions]

    result = read("وأعادت الشركة المصنعة الأجهزة المعيبة إلى المتاجر. وقالت الشركة إن العيب أصلح.")
    assert _voices(result) == {"الشركة": "العيب أصلح"}


def test_ayya_after_a_denial_is_what_is_denied(read):
    """ "ونفت الدولة أية علاقة بـ…": "أية" ("any") opens what is denied, as "أي" does; it is
    no part of the denier's name, a state's or a man's."""
    result = read("وتابعت الصحف القضية. ونفت مصر أية علاقة لها بالسفينة المحتجزة.")
    assert [(a.source.name, a.content, a.stance.value) for a in result.attributions] == [
        ("مصر", "أية علاقة لها بالسفينة المحتجزة", "denies")
    ]

    result = read("ونفى المدير سامر الخطيب أية صلة للمستشفى بالحادث.")
    assert [(a.source.name, a.content) for a in result.attributions] == [
        ("سامر الخطيب", "أية صلة للمستشفى بالحادث")
    ]
