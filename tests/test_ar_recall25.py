"""Arabic reports missed on SaudiNewsNet days (issue 11, round 25, recall).

Found by reading sentences with a reporting word that gave no attribution, then reading what
each new rule changed on whole days. Every example is made up; each test pins one general
pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_a_verbal_noun_of_the_mufaala_shape_is_what_was_announced(read):
    """ "أعلنت الوزارة مداهمة …", "أكد القنصل فلان مغادرة …": the verbal noun of a form III
    verb (مفاعلة) opens the content as "اعتقال" does, also after a name in لل ("للأنباء")."""
    result = read(
        "أعلنت وزارة الداخلية مداهمة 40 منزلا في الضاحية الغربية. "
        "وأعلنت وكالة الأفق للأنباء مطاردة المشتبه بهم حتى الفجر. "
        "وأكد القنصل الأردني سالم الحربي مغادرة المصابين المستشفى."
    )
    # (an agency named with "للأنباء" resolves to the name other texts give it, round 51)
    assert _voices(result) == ["وزارة الداخلية", "وكالة الأفق", "سالم الحربي"]
    assert _contents(result) == [
        "مداهمة 40 منزلا في الضاحية الغربية",
        "مطاردة المشتبه بهم حتى الفجر",
        "مغادرة المصابين المستشفى",
    ]


def test_stressing_a_verbal_noun_after_ala(read):
    """ "أكد أمين المحافظة على اكتمال المشروع": a derived verbal noun after "على" is what he
    stresses, as "ضرورة" is; a province ("محافظة") in his title is no such noun."""
    result = read("أكد أمين محافظة الساحل على اكتمال مشروع تطوير الكورنيش الشمالي.")
    assert _voices(result) == ["أمين محافظة الساحل"]
    assert _contents(result) == ["اكتمال مشروع تطوير الكورنيش الشمالي"]


def test_no_voice_from_a_verbal_noun_before_ala(read):
    """Guard: "وأكد تصميم الدول على محاربة …": the verbal noun after the verb is what is
    stressed, never a voice called "تصميم الدول"."""
    result = read("وأكد تصميم دول المجلس على محاربة التنظيمات المتطرفة.")
    assert not any(v.startswith("تصميم") for v in _voices(result))


def test_a_credit_with_that_after_a_comma_closes_the_sentence(read):
    """ "…، أوضح ذلك الناطق باسم فرق الإطفاء فلان.": after a comma, a verb with ذلك and the
    voice credit the clause before it, as "أوضح ذلك فلان." opening a sentence credits the one
    before; a subject-less cue after it is his."""
    result = read(
        "أطفأت فرق الإطفاء نارا في مستودع قديم، أوضح ذلك الناطق باسم فرق الإطفاء "
        "الرائد سالم الحربي. وأشار إلى أن السكان أخلوا المبنى. "
        "عبر ألف مسافر منفذ الحدود خلال أسبوع، ذكر ذلك مدير الجوازات العقيد نواف الزهراني "
        "أمس، مشيرا إلى أن العمل مستمر."
    )
    assert _voices(result) == ["سالم الحربي"] * 2 + ["نواف الزهراني"] * 2
    assert _contents(result) == [
        "أطفأت فرق الإطفاء نارا في مستودع قديم",
        "السكان أخلوا المبنى",
        "عبر ألف مسافر منفذ الحدود خلال أسبوع",
        "العمل مستمر",
    ]


def test_a_leading_credit_with_as_or_with_what_came_in(read):
    """ "وكما ذكرت صحيفة الساحل، …" and "ووفقا لما جاء في موقع «…»، …": a credit opening the
    sentence and closed by a comma leads the clause after it, as "بحسب الوزارة، …" does."""
    result = read(
        "وكما ذكرت صحيفة الساحل، ارتفع عدد الزوار إلى مئة ألف. "
        "ووفقا لما جاء في موقع «المرفأ»، يزور البلدة آلاف السياح كل صيف."
    )
    assert _voices(result) == ["الساحل", "المرفأ"]
    assert _contents(result) == [
        "ارتفع عدد الزوار إلى مئة ألف",
        "يزور البلدة آلاف السياح كل صيف",
    ]


def test_no_leading_credit_before_a_name_set_off_by_commas(read):
    """Guard: "كما أكد المستشار، العميد فلان، …": the comma opens his name, not a clause the
    verb credits; his words come with his own cue later."""
    result = read("كما أكد مستشار الوزير، العميد سالم الحربي، النهج نفسه حين قال إن الحرب طويلة.")
    assert all(not c.startswith("العميد") for c in _contents(result))


def test_a_credited_report_that_came_out_on_a_day_trails_its_clause(read):
    """ "…، وفقا لتقرير مالي نشر أمس.": when the report came out closes the sentence; the
    clause before the credit is what it says, not "نشر أمس"."""
    result = read(
        "أسست الجماعة معاقل في المدن الساحلية حسبما جاء في تحقيق لصحيفة الساحل نشر اليوم. "
        "وتراجعت أرباح الشركة بنسبة كبيرة، وفقا لتقرير مالي نشر أمس."
    )
    assert _contents(result) == [
        "أسست الجماعة معاقل في المدن الساحلية",
        "وتراجعت أرباح الشركة بنسبة كبيرة",
    ]


def test_an_act_after_then_or_a_time_frame_names_the_next_speaker(read):
    """ "ثم ألقى فلان كلمة …. وأوضح أن …", "وفي ختام الحفل هنأ فلان …. وأكد أن …", "وبهذه
    المناسبة أبدى فلان …": a word of sequence or a frame before the act leaves its doer the
    speaker of a subject-less cue after it, as the act alone does."""
    result = read(
        "ثم ألقى مدير الجامعة الدكتور سالم الحربي كلمة رحب فيها بالضيوف. "
        "وأوضح أن الجامعة افتتحت ثلاث كليات. "
        "وفي ختام الحفل هنأ نواف الزهراني المدير التنفيذي لشركة الواحة الفائزين. "
        "وأكد أن المسابقة تدعم المواهب. "
        "وبهذه المناسبة أبدى ماجد العتيبي سعادته بالجائزة. وقال إن الفريق يستحقها."
    )
    assert _voices(result) == ["سالم الحربي", "نواف الزهراني", "ماجد العتيبي"]


def test_the_receiver_of_a_call_is_not_the_next_speaker(read):
    """Guard: "تلقى الأمير فلان اتصالا من الوزير علان أعرب فيه عن …. وأعرب سموه عن …": the
    caller speaks in the call; the one who received it is no speaker of what follows."""
    result = read(
        "تلقى الأمير سالم بن فهد اتصالا هاتفيا من الوزير نواف الزهراني أعرب فيه عن إدانته "
        "للهجوم. وأعرب سموه عن تعازيه لأسر الضحايا."
    )
    assert "سالم بن فهد" not in _voices(result)


def test_ali_after_bin_in_the_name_of_an_acts_doer(read):
    """ "وصف الشيخ سالم بن علي الحربي الهجوم …. وقال إن …": "علي" after "بن" is the name
    Ali, not the preposition على; the doer is named in full."""
    result = read("وصف الشيخ سالم بن علي الحربي الهجوم بالإجرامي. وقال إن المصاب مصاب الجميع.")
    assert _voices(result) == ["سالم بن علي الحربي"]


def test_a_quotation_opened_by_a_closing_mark(read):
    """ "قوله ” إن …”", "وقال ” نحن … “": some pages open a quotation with the closing mark;
    closed by the next mark with nothing after it, it is the content as «…» is."""
    result = read(
        "ونقلت وكالة الأنباء المحلية عن مدير الشرطة قوله ” إن الحادث وقع مساء أمس قرب السوق”. "
        "وقال مدير الدفاع المدني سالم الحربي ” نحن نعمل ليلا ونهارا لحماية السكان “."
    )
    assert _voices(result) == ["وكالة الأنباء المحلية", "سالم الحربي"]
    assert _contents(result)[1] == "نحن نعمل ليلا ونهارا لحماية السكان"


def test_a_conjunction_written_apart_opens_a_clause(read):
    """ "… و قال …", "… و تؤكد الشركة أن …": و written apart from its verb opens a new clause
    as "وقال" does; the words before it are no subject of the verb."""
    result = read(
        "وأكد مدير الشرطة سالم الحربي على الدور الكبير للأمن و قال ” نحن نعمل ليلا ونهارا “. "
        "والأجهزة القوية تحتاج إلى مروحة للتبريد و تؤكد شركة الأفق أنها خفضت صوتها."
    )
    assert _voices(result) == ["سالم الحربي", "شركة الأفق"]


def test_an_advice_opening_a_sermon_names_the_next_speaker(read):
    """ "أوصى سماحة المفتي فلان المسلمين بتقوى الله. وأكد أن …": advising is a call, as "دعا"
    and "حث" are; its doer speaks the subject-less cue after it."""
    result = read(
        "أوصى سماحة المفتي الشيخ سالم الحربي المسلمين بتقوى الله. "
        "وأكد أن التسابق إلى الخيرات فضيلة."
    )
    assert _voices(result) == ["سالم الحربي"]


def test_a_title_in_a_province_then_the_name(read):
    """ "وبين مدير التعليم في محافظة الساحل فلان، أنه …": "في", a province and its name after
    a title lead on to the person's name, as "بمحافظة" does; the subject-less cues after it are
    his (and "، اكتمال الاستعدادات" after the comma is what he confirmed)."""
    result = read(
        "وبين مدير التعليم في محافظة الساحل سالم بن علي الحربي، أنه تم تكليف مشرفين للجولات. "
        "وأفاد أن الجولات تهدف إلى التأكد من السلامة. "
        "بدوره أكد رئيس قسم الصيانة في محافظة الواحة نواف الزهراني، اكتمال الاستعدادات، "
        "مشيرا إلى أن الفرق تزور المدارس. "
        "وأكد أن المشاريع المتعثرة قليلة."
    )
    assert _voices(result) == ["سالم بن علي الحربي"] * 2 + ["نواف الزهراني"] * 3


def test_a_relative_clause_confirming_an_event(read):
    """ "اتصالا بمدير المستشفى فلان الذي أكد حدوث الخطأ وقال إن …": after الذي/التي, "أكد"
    or "أعلن" with an event noun reports, as "الذي أكد أن …" does; the antecedent speaks, and
    the "وقال" after it is his too."""
    result = read(
        "وأجرت «الساحل» اتصالا هاتفيا بنائب مدير المستشفى العام نواف العتيبي الذي أكد حدوث "
        "الخطأ وقال إنه استقبل في تلك الليلة ثلاث حالات."
    )
    assert _voices(result) == ["نواف العتيبي", "نواف العتيبي"]
    assert _contents(result)[0] == "حدوث الخطأ"
