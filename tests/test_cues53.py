"""Arabic reporting verbs the cue lexicon lacked (round 53, cues53).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def _read_pairs(result):
    return [(a.cue, a.source.name, a.content) for a in result.attributions]


def test_explained_is_a_verb_of_saying_with_its_complementiser_or_colon(read):
    """ "وشرح فلان أن …", "وتشرح فلانة: «…»" (explained) and the participle "شارحا أن …"
    report the voice's words; "يشرح كيف …" (how) reports none."""
    result = read(
        "وشرح المهندس رامي العتيبي أن المشروع سيكتمل في الربع الأخير من العام.\n"
        "وتشرح الطبيبة هالة الراشد: «العدوى تنتشر بسرعة في فصل الصيف».\n"
        "وأوضح المدير نبيل الزاهر أسباب التأخير، شارحا أن الموردين لم يلتزموا بالمواعيد.\n"
        "ويشرح الكتاب كيف نشأت المدينة على ضفة النهر."
    )
    pairs = _read_pairs(result)
    assert pairs[:2] == [
        ("شرح", "رامي العتيبي", "المشروع سيكتمل في الربع الأخير من العام"),
        ("تشرح", "هالة الراشد", "العدوى تنتشر بسرعة في فصل الصيف"),
    ]
    assert ("شارحا", "نبيل الزاهر", "الموردين لم يلتزموا بالمواعيد") in pairs
    assert not any(cue == "يشرح" for cue, _, _ in pairs)


def test_hinted_in_its_second_form_is_read_as_alma_ha(read):
    """ "ولمّح فلان إلى أن …" (hinted, the second form of ألمح) reports the voice's claim."""
    result = read("ولمح رئيس نادي الساحل إلى أن المدرب سيرحل بعد نهاية الموسم.")
    assert _read_pairs(result) == [("لمح", "رئيس نادي الساحل", "المدرب سيرحل بعد نهاية الموسم")]


def test_deemed_is_read_with_a_plain_complementiser_and_promised_is_not(read):
    """ "وعدّ النائب أن …" (deemed, mostly written "وعد") states the voice's view; "وعد
    الوزير المواطنين بأن …" (promised) names whom it promised as often as who promised, and
    "وعدت أسأل: …" is "I went back to asking", "وعد على أن …" a promise made: none is read."""
    result = read(
        "وعد النائب سامي الفلاني أن القرار جاء متأخرا عن موعده.\n"
        "ووعد الوزير المواطنين بأن الأسعار ستنخفض قريبا.\n"
        "وعدت أسأل: هل انتهى الأمر؟\n"
        "وقطع الأبناء وعد على أن يبذلا جهدهما في الدراسة."
    )
    assert _read_pairs(result) == [("عد", "سامي الفلاني", "القرار جاء متأخرا عن موعده")]


def test_pledged_that_is_read_and_a_pledge_of_an_act_is_not(read):
    """ "وتعهدت الوزارة بأن …" (pledged that) carries a claim; "وتعهد بدعمها" pledges an act,
    no proposition, and "وفق ما تعهد به فلان" credits no words of his."""
    result = read(
        "وتعهدت وزارة الإسكان بأن الوحدات ستسلم قبل نهاية العام.\n"
        "وتعهد المحافظ بدعم الجمعيات الخيرية في المنطقة.\n"
        "وستبقى الأسعار ثابتة، وفق ما تعهد به المحافظ سامي الفلاني صراحة."
    )
    assert _read_pairs(result) == [
        ("تعهدت", "وزارة الإسكان", "الوحدات ستسلم قبل نهاية العام"),
    ]


def test_agreed_as_one_is_read_but_not_entire_after_a_noun(read):
    """ "وأجمع المشاركون على أن …" (agreed as one) reports the group's claim; "العالم أجمع"
    (the entire world) before a complementiser is no verb."""
    result = read(
        "وأجمع المشاركون في الندوة على أن الأسعار سترتفع في الربع المقبل.\n"
        "ويعرف الناس في العالم أجمع أن الفريق عريق."
    )
    assert _read_pairs(result) == [
        ("أجمع", "المشاركون", "الأسعار سترتفع في الربع المقبل"),
    ]


def test_proved_is_a_document_s_finding_only(read):
    """ "وأثبتت الدراسة أن …" (proved) reports a document's finding, as "أظهرت"; a player
    who "proved that he is fit" reports nothing."""
    result = read(
        "وأثبتت الدراسة أن نسبة البطالة ارتفعت في المدن الصغيرة.\n"
        "وأثبت اللاعب سامر الحداد أنه جاهز للمباراة."
    )
    assert _read_pairs(result) == [
        ("أثبتت", "الدراسة", "نسبة البطالة ارتفعت في المدن الصغيرة"),
    ]


def test_a_body_that_showed_something_inside_a_claim_is_no_inner_voice(read):
    """ "وأكد فلان أن الحكومة أظهرت أنها …": a body's deeds show it, so the claim is the
    speaker's alone, with no inner voice (only a document shows as a voice)."""
    result = read(
        "وأكد المدير سامي الفلاني أن الحكومة أظهرت أنها ماضية في دعم الاقتصاد.\n"
        "وقال الباحث رامي العتيبي إن الدراسة أظهرت أن البطالة ارتفعت.\n"
        "وقال المدير نبيل الزاهر إن بيانات الاتحاد أظهرت أن النمو تجاوز عشرة في المئة."
    )
    chains = [tuple(v.name for v in a.chain) for a in result.attributions]
    assert chains == [
        ("سامي الفلاني",),
        ("رامي العتيبي", "الدراسة"),
        ("نبيل الزاهر", "الاتحاد"),
    ]


def test_described_it_as_is_read_with_its_voice_and_complementiser(read):
    """ "ووصفها المتحدث بأنها …", "وتصفه الوزارة بأنه …": the describing verb with its object
    as a pronoun reports what the voice named after it calls it; not "بما وصفه بأنه" (a
    relative), "وصفة النجاح أن" (a recipe), nor "ووصفها بأنها …" with no voice of its own
    ("وأبدى 67% من الزوار إعجابهم … ووصفها بأنها ممتازة": the last voice is often not theirs)."""
    result = read(
        "وأبدى سبعون في المئة من الزوار إعجابهم بالمعرض ووصفه بأنه ممتاز.\n"
        "ووصفها المتحدث باسم الشركة بأنها خطوة مهمة للاقتصاد.\n"
        "وتصفه وزارة الإسكان بأنه مشروع رائد في المنطقة.\n"
        "وأشاد الكاتب بما وصفه بأنه إنجاز كبير للفريق.\n"
        "ووصفة النجاح أن يعمل الفريق بروح واحدة."
    )
    assert _read_pairs(result) == [
        ("وصفها", "المتحدث باسم الشركة", "خطوة مهمة للاقتصاد"),
        ("تصفه", "وزارة الإسكان", "مشروع رائد في المنطقة"),
    ]


def test_voicing_a_belief_in_a_participle_is_a_claim_and_voicing_a_hope_is_not(read):
    """ "…، معربا عن اعتقاده أن …" (voicing his belief that) is the speaker's next claim;
    "…، معربا عن أمله في أن …" (a hope) is none, and ends the content before it (cont54)."""
    result = read(
        "وقال المدير رامي العتيبي إن الشركة ستتوسع، معربا عن اعتقاده أن الأرباح سترتفع.\n"
        "وقال المحلل هاني السالم إن السوق مستقرة، معربا عن أمله في أن ترتفع الأسعار.\n"
        "وقال الخبير سامر الحداد إن الطلب تراجع، معربا عن اعتقاده في أن الأزمة عابرة."
    )
    assert [(a.cue, a.source.name, a.content) for a in result.attributions] == [
        ("قال", "رامي العتيبي", "الشركة ستتوسع"),
        ("معربا", "رامي العتيبي", "الأرباح سترتفع"),
        ("قال", "هاني السالم", "السوق مستقرة"),
        ("قال", "سامر الحداد", "الطلب تراجع"),
        ("معربا", "سامر الحداد", "الأزمة عابرة"),
    ]
