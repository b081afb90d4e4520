"""Arabic reporting patterns seen on fresh SaudiNewsNet pages and read wrong before (issue 11,
round 13).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from tracker.readers import parse_article


def voices(result) -> list[tuple[str, list[str], str]]:
    """Each attribution's voice, chain and content, in text order."""
    return [(a.source.name, [c.name for c in a.chain], a.content) for a in result.attributions]


def test_presentation_forms_are_read_as_the_letters_they_stand_for():
    """A page typeset with the one-glyph lam-alef ("اﻹدارة") reads as plain letters."""
    text = "خبر\n\nأعلنت اﻹدارة العامة للنقل بمنطقة الشمال إغلاق الطريق مع مطلع اﻷسبوع المقبل."
    article = parse_article(text, "t.txt", language="ar")
    assert "الإدارة العامة للنقل" in article.text
    assert "الأسبوع" in article.text
    assert "\ufef9" not in article.text


def test_a_page_with_presentation_forms_keeps_the_id_of_its_text():
    """The article id is the hash of the text as read, before the letters are made plain."""
    plain = parse_article("خبر\n\nأعلنت الإدارة إغلاق الطريق.", "t.txt", language="ar")
    shaped = parse_article("خبر\n\nأعلنت اﻹدارة إغلاق الطريق.", "t.txt", language="ar")
    assert plain.text == shaped.text
    assert plain.id != shaped.id


def test_a_voice_with_presentation_forms_is_found(read):
    """ "أعلنت اﻹدارة العامة …" is the administration's announcement, ligature or not."""
    result = read("أعلنت اﻹدارة العامة للنقل بمنطقة الشمال إغلاق الطريق مع مطلع الشهر المقبل.")
    [(voice, _, said)] = voices(result)
    assert voice == "الإدارة العامة للنقل بمنطقة الشمال"
    assert said.startswith("إغلاق الطريق")


def test_a_name_starts_before_bint_whatever_the_given_name():
    """ "بنت" links a name as "بن" does, so the word before it starts the name."""
    from tracker.lang.ar.voices import given_name

    assert given_name("بنت")


def test_a_womans_name_with_bint_after_a_long_title_is_the_voice(read):
    """ "وأوضحت مساعدة المدير العام … الدكتورة نورة بنت سالم الحربي أن …": the whole name."""
    result = read(
        "وبينت مساعدة المدير العام للتعليم بمنطقة الشمال للشؤون الطلابية الدكتورة "
        "وردة بنت سالم الحربي أن الوزارة حددت موعدا جديدا للدوام."
    )
    [(voice, _, said)] = voices(result)
    assert voice == "وردة بنت سالم الحربي"
    assert said == "الوزارة حددت موعدا جديدا للدوام"


def test_a_medium_credited_after_a_long_quotation_carries_the_speaker(read):
    """ "وقال: «… . …»، حسب رويترز.": Reuters carried the speaker's words and never becomes the
    voice of the cues after it."""
    result = read(
        "وقال وزير النقل سالم العتيبي إن الطريق سيفتح قريبا. "
        "وقال: «الجسر القديم بني قبل الحرب. وبعد الحرب رمم مرتين»، حسب رويترز. "
        "وأضاف: «سنبدأ العمل في الربيع»."
    )
    found = voices(result)
    assert [v for v, _, _ in found] == ["سالم العتيبي"] * 3
    assert found[1][1] == ["رويترز", "سالم العتيبي"]
    assert found[1][2].startswith("الجسر القديم")


def test_a_demonstrative_after_the_title_opens_the_object(read):
    """ "ووصف وزير النقل المصري هؤلاء المقاولين بأنهم …": the contractors are described, the
    minister speaks."""
    result = read(
        "وقال وزير النقل المصري سالم العتيبي إن الطريق سيفتح قريبا. "
        "ووصف وزير النقل المصري هؤلاء المقاولين بأنهم متأخرون عن الموعد."
    )
    found = voices(result)
    assert [v for v, _, _ in found] == ["سالم العتيبي", "سالم العتيبي"]
    assert found[1][2] == "متأخرون عن الموعد"


def test_a_construct_with_a_demonstrative_stays_one_voice():
    """ "مدير هذه الشركة": a construct, the demonstrative belongs to the title."""
    from tracker.lang.ar.voices import read_voice
    from tracker.text import tokenize

    phrase = "مدير هذه الشركة"
    tokens = tokenize(phrase, 0, len(phrase))
    voice = read_voice(phrase, tokens, lambda w, h: False, allow_bare_name=True)
    assert voice is not None
    assert voice.surface == phrase


def test_in_his_letter_is_the_occasion_not_the_voice(read):
    """ "وأشار المواطن في رسالته إلى أن …": the citizen speaks; his letter is where he said it."""
    result = read("وأشار المواطن في رسالته إلى أن البنك صرف القرض دون علمه.")
    [(voice, _, said)] = voices(result)
    assert voice == "المواطن"
    assert said == "البنك صرف القرض دون علمه"


def test_a_name_written_with_madda_is_no_cue(read):
    """ "أكد الوزير خالد آصف أن …": "آصف" is the minister's name, not "أصف" (I describe)."""
    result = read("أكد وزير الدفاع خالد آصف اليوم الخميس أن الجسر سيفتح قريبا.")
    [(voice, _, said)] = voices(result)
    assert voice == "خالد آصف"
    assert said == "الجسر سيفتح قريبا"


def test_the_relayed_voice_speaks_the_subjectless_verbs_after_it(read):
    """ "ونقلت صحيفة الوادي عن الوزير قوله إن …، معتبرا أن …. وأوضح أن …": the minister goes
    on speaking, through the paper."""
    result = read(
        "ونقلت صحيفة الوادي عن الوزير قوله إن الجسر سيفتح قريبا، معتبرا أن المشروع مهم للمنطقة. "
        "وأوضح أنه أبلغ المقاولين بالموعد الجديد للافتتاح."
    )
    found = voices(result)
    assert [(v, c) for v, c, _ in found] == [
        ("الوادي", ["الوادي", "الوزير"]),
        ("الوزير", ["الوادي", "الوزير"]),
        ("الوزير", ["الوادي", "الوزير"]),
    ]
    assert found[2][2] == "أبلغ المقاولين بالموعد الجديد للافتتاح"


def test_a_feminine_verb_after_a_relay_stays_with_the_medium(read):
    """ "ونقلت الوكالة عن الوزير قوله …. وأضافت أن …": the agency goes on, not the minister."""
    result = read(
        "ونقلت وكالة الأنباء الأردنية عن الوزير قوله إن الجسر سيفتح قريبا. "
        "وأضافت أن الطريق القديم سيغلق في الشهر المقبل."
    )
    found = voices(result)
    assert [v for v, _, _ in found] == ["وكالة الأنباء الأردنية", "وكالة الأنباء الأردنية"]


def test_an_unnamed_official_is_the_one_described_before(read):
    """ "وأضاف المسؤول الأمني" after "صرح مسؤول مركز الإعلام الأمني": one unnamed official;
    a "مصدر أمني" between them is someone else."""
    result = read(
        "صرح مسؤول مركز الإعلام الأمني بالمحافظة أن عبوة ناسفة انفجرت فجر اليوم قرب المحكمة. "
        "وقال مصدر أمني لوكالة الأنباء إن التحقيق بدأ. "
        "وأضاف المسؤول الأمني أن الانفجار أسفر عن إصابة ثلاثة."
    )
    # "بالمحافظة" places the office (round 14): part of the voice, no start of the content.
    assert [v for v, _, _ in voices(result)] == [
        "مسؤول مركز الإعلام الأمني بالمحافظة",
        "مصدر أمني",
        "مسؤول مركز الإعلام الأمني بالمحافظة",
    ]
    assert voices(result)[0][2].startswith("عبوة ناسفة")


def test_a_title_chain_with_a_place_runs_on_to_the_name(read):
    """ "المدير الإقليمي للهيئة الوطنية في الأردن الدكتور فلان": the place is part of the title,
    the voice is the name after it."""
    result = read(
        "وأوضح المدير الإقليمي للهيئة الوطنية لإغاثة المنكوبين في الأردن الدكتور سالم بن فهد "
        "العتيبي أن البرنامج وزع الحليب على الأسر."
    )
    [(voice, _, said)] = voices(result)
    assert voice == "سالم بن فهد العتيبي"
    assert said == "البرنامج وزع الحليب على الأسر"


def test_a_person_introduced_as_called_so_is_the_bare_noun_after(read):
    """ "شاب من أهالي المدينة يدعى فلان …" then "وقال الشاب": the young man is that name."""
    result = read(
        "تبرع شاب من أهالي المدينة يدعى سالم بن فهد العتيبي ويبلغ من العمر 22 عاما بكليته. "
        "وقال الشاب إنه يشعر بالسعادة بعد العملية."
    )
    [(voice, _, said)] = voices(result)
    assert voice == "سالم بن فهد العتيبي"
    assert said == "يشعر بالسعادة بعد العملية"


def test_a_bare_noun_with_no_one_called_so_stays_as_written(read):
    """ "وقال الشاب" with no "يدعى" before: nobody to resolve to, the noun stays."""
    result = read("تبرع شاب من أهالي المدينة بكليته. وقال الشاب إنه يشعر بالسعادة بعد العملية.")
    [(voice, _, _)] = voices(result)
    assert voice == "الشاب"


def test_a_bare_noun_is_the_one_person_named_later_with_it(read):
    """ "وذكر المواطن أن …" then "وقال المواطن سالم العتيبي": one citizen, named late."""
    result = read(
        "وذكر المواطن أن البنك صرف القرض دون علمه. "
        "وقال المواطن سالم العتيبي إنه تقدم بشكوى إلى الشرطة."
    )
    assert [v for v, _, _ in voices(result)] == ["سالم العتيبي", "سالم العتيبي"]


def test_a_bare_noun_stays_when_two_people_are_named_later_with_it(read):
    """Two citizens named later: which one spoke first is unknown, the noun stays."""
    result = read(
        "وذكر المواطن أن البنك صرف القرض دون علمه. "
        "وقال المواطن سالم العتيبي إنه تقدم بشكوى إلى الشرطة. "
        "وقال المواطن فهد الحربي إنه لم يتلق أي رد من البنك."
    )
    assert [v for v, _, _ in voices(result)] == ["المواطن", "سالم العتيبي", "فهد الحربي"]


def test_a_subjectless_cue_after_two_acts_of_one_person_is_his(read):
    """ "استبدل الوزير فلان … . وظهر الفلاني وهو … . وقال: إنه …": the one who acted twice
    before speaks."""
    result = read(
        "استبدل وزير النقل الأردني سالم العتيبي العكازين اللذين كان يستخدمهما بعصا فضية. "
        "وظهر العتيبي يمسك العصا الجديدة خلال لقاءاته بنظرائه في عمان. "
        "وقال: إنه استعارها من صديقه القديم."
    )
    [(voice, _, said)] = voices(result)
    assert voice == "سالم العتيبي"
    assert said == "استعارها من صديقه القديم"


def test_a_subjectless_cue_after_another_persons_act_is_dropped(read):
    """ "استبدل الوزير فلان … . وظهر شخص آخر … . وقال: …": whose words they are is unknown."""
    result = read(
        "استبدل وزير النقل الأردني سالم العتيبي العكازين اللذين كان يستخدمهما بعصا فضية. "
        "وظهر الحربي يمسك العصا الجديدة خلال لقاءاته بنظرائه في عمان. "
        "وقال: إنه استعارها من صديقه القديم."
    )
    assert voices(result) == []


def test_an_event_noun_with_its_pronoun_is_the_content(read):
    """ "وأعلن المدرب سالم مساء السبت استقالته من منصبه بعد …": his resignation is announced,
    not what came before it."""
    result = read(
        "وأعلن المدرب سالم العتيبي مساء السبت استقالته من منصبه بعد خسارة الفريق أمام منافسه."
    )
    [(voice, _, said)] = voices(result)
    assert voice == "سالم العتيبي"
    assert said.startswith("استقالته من منصبه")


def test_on_his_part_after_a_name_is_no_part_of_it(read):
    """ "وأكد … الدكتور فلان من جهته، أن …": "من جهته" says he speaks in turn."""
    result = read(
        "وأكد المدير الإقليمي للهيئة الوطنية في الأردن الدكتور سالم بن فهد العتيبي من جهته، "
        "أن البرنامج وزع الحليب على الأسر."
    )
    [(voice, _, _)] = voices(result)
    assert voice == "سالم بن فهد العتيبي"


def test_a_relayed_body_does_not_take_the_subjectless_verbs_after_it(read):
    """ "وذكر المتحدث فلان أن الاتحاد يعتبر أن …. وأضاف: …": the spokesman adds, not the
    union he reported on."""
    result = read(
        "وذكر المتحدث باسم المحكمة سالم العتيبي أن اتحاد الأندية يرى أن لجنة التحكيم منحازة. "
        "وأضاف: «لذلك فإن المحاكمة ستكون اختبارا للعدالة»."
    )
    assert voices(result)[-1][0] == "سالم العتيبي"


def test_a_woman_relayed_does_not_take_a_masculine_verb(read):
    """ "وتنقل الصحيفة عن الزوجة قولها إن …. وقال إن …": "قال" is not the wife's."""
    result = read(
        "وتنقل صحيفة الوادي عن الزوجة قولها إن الخلاف بدأ مبكرا. وقال إن المحكمة حددت موعدا."
    )
    assert all(v != "الزوجة" or "الخلاف" in said for v, _, said in voices(result))


def test_a_surname_is_not_renamed_after_a_word_of_a_descriptor(read):
    """ "وأضاف العتيبي" stays the professor named before, whatever words his title holds."""
    result = read(
        "وقال الدكتور سالم العتيبي أستاذ علوم الأرض في جامعة الشمال إن الزلزال كان ضعيفا. "
        "وأضاف العتيبي الذي لم يشارك في الرصد أن الهزات ستتوقف قريبا."
    )
    assert [v for v, _, _ in voices(result)] == ["سالم العتيبي", "سالم العتيبي"]


def test_a_short_word_ending_in_ha_is_no_noun_with_its_pronoun():
    """ "إيه" (the letter A in a company's name) is no "his …"; "رسالته" is his letter."""
    from tracker.lang.ar.rules import _possessed
    from tracker.text import tokenize

    def word(text: str):
        return tokenize(text, 0, len(text))[0]

    assert not _possessed(word("إيه"))
    assert _possessed(word("رسالته"))
    assert not _possessed(word("الرسالة"))
