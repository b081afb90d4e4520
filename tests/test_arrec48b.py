"""Arabic voices on unseen SaudiNewsNet articles (round 48, second sample).

Patterns read in a sample of articles from 2015-07-27, 07-31 and 08-10 outside the dev set.
Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_a_credit_pointing_back_with_a_relative_after_the_voice(read):
    """ "صرح بذلك المتحدث فلان الذي أوضح أن …": a relative with no comma after the voice
    tells what else he said; "صرح بذلك" still credits him with the sentence before, and the
    relative's own cue is read as well."""
    result = read(
        "لم تسجل أي وفيات في الحريق فيما أصيب عامل واحد بحروق في يديه.\n"
        "صرح بذلك الرائد سالم الدهيمي المتحدث الرسمي للدفاع المدني بالمحافظة الذي أوضح "
        "بأن التحقيقات جارية لمعرفة أسباب الحريق."
    )
    assert _voices(result) == ["سالم الدهيمي", "سالم الدهيمي"]
    assert _contents(result) == [
        "لم تسجل أي وفيات في الحريق فيما أصيب عامل واحد بحروق في يديه",
        "التحقيقات جارية لمعرفة أسباب الحريق",
    ]


def test_a_credit_pointing_back_names_the_man_of_the_second_title(read):
    """ "صرح بذلك مدير المكتب، رئيس اللجنة الدكتور فلان، موضحا أن …": a second title set
    off after the first, with the holder's name, is the voice of the sentence before and of
    the participle after him."""
    result = read(
        "تستضيف المدينة المؤتمر الإقليمي لأمراض القلب في نوفمبر المقبل. "
        "صرح بذلك المدير العام للمكتب التنفيذي للمجلس، رئيس اللجنة العلمية للمؤتمر "
        "الدكتور ماجد القريني، موضحا أن المؤتمر يناقش أحدث طرق العلاج."
    )
    assert _voices(result) == ["ماجد القريني", "ماجد القريني"]
    assert _contents(result) == [
        "تستضيف المدينة المؤتمر الإقليمي لأمراض القلب في نوفمبر المقبل",
        "المؤتمر يناقش أحدث طرق العلاج",
    ]


def test_on_the_other_hand_is_no_part_of_the_name(read):
    """ "وأكد فلان من ناحية ثانية أن …", "وأكد من جهة أخرى أن …": "on the other hand"
    after the speaker's name or right after his verb is neither his name nor a subject; the
    voice is the man named, and the subject-less verb continues the speaker before."""
    result = read(
        "قال رئيس النادي سالم الدهيمي إن الفريق سيعسكر في الخارج. "
        "وأكد من جهة أخرى أن إدارة النادي جددت عقد المدرب. "
        "وأكد المدير الفني ماجد القريني من ناحية ثانية أن الفريق سيلعب مباراتين وديتين."
    )
    assert _voices(result) == ["سالم الدهيمي", "سالم الدهيمي", "ماجد القريني"]
    assert _contents(result)[1:] == [
        "إدارة النادي جددت عقد المدرب",
        "الفريق سيلعب مباراتين وديتين",
    ]


def test_a_definite_place_with_its_final_letter_written_ha_ends_no_name(read):
    """ "وأوضح فلان المتحدث الرسمي للدفاع المدني بالمنطقه بأن …": a definite word written
    with ه for ة ("بالمنطقه") takes no "his" pronoun; it is part of the title, and the cue
    reads its content as with "بالمنطقة"."""
    result = read(
        "وأوضح العقيد ماجد القريني المتحدث الرسمي للدفاع المدني بالمحافظه بأن غرفة "
        "العمليات تلقت بلاغا عن الحريق. "
        "من جانبه أكد سالم الدهيمي مدير فرع الوزارة بالمنطقه، أن جولات التفتيش مستمرة."
    )
    assert _voices(result) == ["ماجد القريني", "سالم الدهيمي"]
    assert _contents(result) == ["غرفة العمليات تلقت بلاغا عن الحريق", "جولات التفتيش مستمرة"]


def test_an_announced_halt_or_extension_is_what_was_announced(read):
    """ "أعلن الجيش وقفا لإطلاق النار …", "أعلنت الوزارة مد حالة الطوارئ": a short verbal
    noun of a halt or an extension after the body opens what it announced; it is no part of
    the body's name."""
    result = read(
        "وكان الجيش قد أعلن وقفا لإطلاق النار لمدة يومين. "
        "وأعلنت وزارة الداخلية مد حالة الطوارئ في الإقليم ثلاثة أشهر."
    )
    assert _voices(result) == ["الجيش", "وزارة الداخلية"]
    assert _contents(result) == [
        "وقفا لإطلاق النار لمدة يومين",
        "مد حالة الطوارئ في الإقليم ثلاثة أشهر",
    ]


def test_a_participle_drawing_attention_opens_its_own_content(read):
    """ "…، لافتا الانتباه إلى أن …", "لافتة النظر إلى أن …": the participle with the
    attention it draws ends the content before it and reads its own, for the same speaker."""
    result = read(
        "وقال المتحدث سالم الدهيمي إن القوات استعادت المطار، لافتا الانتباه إلى أن "
        "المعارك انتقلت إلى الأطراف. "
        "وقالت البلدية إن التطبيق الجديد متاح للجميع، لافتة النظر إلى أن التسجيل مجاني."
    )
    assert _voices(result) == ["سالم الدهيمي", "سالم الدهيمي", "البلدية", "البلدية"]
    assert _contents(result) == [
        "القوات استعادت المطار",
        "المعارك انتقلت إلى الأطراف",
        "التطبيق الجديد متاح للجميع",
        "التسجيل مجاني",
    ]


def test_a_professor_and_doctor_abbreviated_leaves_his_title_out_of_his_name(read):
    """ "أكد أ. د. فلان رئيس الجامعة أن …": "أ." (professor) before "د." is a rank as "د." is;
    the title after his name is his role, not part of it, with or without a space."""
    result = read(
        "من جهته أكد أ. د. ماجد القريني رئيس الجامعة أن الاتفاقية تخدم الطلاب. "
        "وأوضح أ.د. سالم الدهيمي عميد الكلية أن التسجيل يبدأ الأحد."
    )
    assert _voices(result) == ["ماجد القريني", "سالم الدهيمي"]
    assert [a.source.kind.value for a in result.attributions] == ["official", "official"]


def test_a_sentence_opened_by_during_the_event_names_who_speaks_next(read):
    """ "وخلال اللقاء عبر فلان عن سروره …. وقال إن …": a preposition of time and the event
    before the act ("خلال", "أثناء", "عقب" and a definite noun) still lets the act's doer speak
    the subject-less cue after it."""
    result = read(
        "وخلال اللقاء عبر المنسق الإقليمي ماجد القريني عن سروره بالزيارة. "
        "وقال إن الزيارة رسالة تضامن مع السكان."
    )
    assert _voices(result) == ["ماجد القريني"]
    assert _contents(result) == ["الزيارة رسالة تضامن مع السكان"]


def test_a_participle_said_at_the_same_time_opens_its_own_content(read):
    """ "…، مشيرا في الوقت نفسه إلى أن …", "مؤكدة في هذا الصدد أن …": when or in what regard
    the participle was said stands before its complementiser; the participle ends the content
    before it and reads its own."""
    result = read(
        "وقال القائد سالم الدهيمي إن الجيش لا يعاني نقصا، مشيرا في الوقت نفسه إلى أن "
        "التجنيد ارتفع. "
        "وقالت الهيئة إن المخزون كاف، مؤكدة في هذا الصدد أن الأسعار ستنخفض."
    )
    assert _voices(result) == ["سالم الدهيمي", "سالم الدهيمي", "الهيئة", "الهيئة"]
    assert _contents(result) == [
        "الجيش لا يعاني نقصا",
        "التجنيد ارتفع",
        "المخزون كاف",
        "الأسعار ستنخفض",
    ]
