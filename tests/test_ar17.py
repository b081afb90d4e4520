"""Arabic reporting patterns missed on unseen SaudiNewsNet pages (issue 11, round 17: recall).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def voices(result) -> list[tuple[str, str]]:
    """Each attribution's voice and content, in text order."""
    return [(a.source.name, a.content) for a in result.attributions]


def chains(result) -> list[list[str]]:
    """Each attribution's chain of voices, outermost first."""
    return [[v.name for v in a.chain] for a in result.attributions]


def test_a_quoted_agency_right_after_bihasab_is_the_voice(read):
    """ "وبحسب «الوكالة» …": a short quoted name the registry knows is the credited voice."""
    result = read("وبحسب «رويترز» تراجعت صادرات القمح الروسية خمسة في المئة هذا الشهر.")
    assert voices(result) == [("رويترز", "تراجعت صادرات القمح الروسية خمسة في المئة هذا الشهر")]


def test_a_quoted_agency_after_wifqan_li_in_straight_marks(read):
    """'ووفقا لـ "الوكالة"، فإن …': the straight marks hold the name, not the content."""
    result = read('ووفقا لـ "الأناضول"، فإن الجسر الجديد سيفتح أمام السيارات مطلع الشهر المقبل.')
    assert voices(result) == [("الأناضول", "الجسر الجديد سيفتح أمام السيارات مطلع الشهر المقبل")]


def test_a_quoted_plan_after_hasab_is_no_voice(read):
    """ "حسب «الخطة …»": a quoted phrase the registry does not know is a rule followed."""
    result = read("وتسير أعمال الحفر حسب «الخطة الخمسية» التي أقرها المجلس قبل عامين.")
    assert voices(result) == []


def test_the_paper_told_before_the_teller_is_dropped_as_publisher(read):
    """'وأبلغ "الصحيفة" مصدر …، أن …': the paper told comes before the teller, who speaks;
    the publisher is never in the chain."""
    text = 'وأبلغ "الوطن" مصدر مطلع في البلدية، أن أعمال الصيانة ستنتهي قبل نهاية العام.'
    result = read(text, publisher="alwatan")
    assert voices(result) == [("مصدر مطلع في البلدية", "أعمال الصيانة ستنتهي قبل نهاية العام")]
    assert chains(result) == [["مصدر مطلع في البلدية"]]


def test_an_agency_told_before_the_teller_carries_his_words(read):
    """ "وأبلغ «الوكالة» مسؤول … أن …": the official speaks, carried by the agency he told."""
    result = read("وأبلغ «رويترز» مسؤول في الميناء أن حركة السفن عادت إلى طبيعتها.")
    assert voices(result) == [("مسؤول في الميناء", "حركة السفن عادت إلى طبيعتها")]
    assert chains(result) == [["رويترز", "مسؤول في الميناء"]]


def test_a_credit_between_commas_after_the_subject_carries_his_words(read):
    """ "وقال فلان، بحسب «الوكالة»، إن …": the speaker keeps the words; the agency set off by
    commas carried them and is no second voice."""
    text = "وقال مدير الميناء سامي الراشد، بحسب «رويترز»، إن حركة السفن عادت إلى طبيعتها."
    result = read(text)
    assert voices(result) == [("سامي الراشد", "حركة السفن عادت إلى طبيعتها")]
    assert chains(result) == [["رويترز", "سامي الراشد"]]


def test_an_unquoted_credit_between_commas_is_a_carrier_too(read):
    """ "وقال فلان، وفقا للوكالة، إن …": the same reading without quotation marks."""
    text = "وقالت الوزيرة هند الصالح، وفقا لوكالة الأناضول، إن المعرض سيفتتح في الربيع."
    result = read(text)
    assert chains(result) == [["الأناضول", "هند الصالح"]]


def test_hasab_after_a_ranking_word_is_no_credit(read):
    """ "الأندية الأعلى ترتيبا حسب الاتحاد": the measure of an order, not a report."""
    result = read("وتبدأ الأندية الأعلى ترتيبا حسب الاتحاد الآسيوي من الدور الثاني مباشرة.")
    assert voices(result) == []


def test_a_reported_verb_after_fa_qad_under_a_leading_credit(read):
    """ "وبحسب الوكالة، فقد ذكر الوزير أن …": the minister speaks, the agency relays him."""
    text = "وبحسب الأناضول، فقد ذكر وزير الزراعة أمام النواب أن محصول القمح تضاعف هذا العام."
    result = read(text)
    assert voices(result) == [("وزير الزراعة", "محصول القمح تضاعف هذا العام")]
    assert chains(result) == [["الأناضول", "وزير الزراعة"]]


def test_a_supervisor_title_after_a_name_leaves_the_person(read):
    """ "وأوضح فلان مشرف …": مشرف is a title after the name, the name is the voice."""
    result = read("وأوضح فهد سالم الزهراني مشرف النشاط الطلابي أن عدد المتسابقين بلغ 40 طالبا.")
    assert voices(result) == [("فهد سالم الزهراني", "عدد المتسابقين بلغ 40 طالبا")]


def test_two_titles_with_a_supervisor_hold_no_name_between(read):
    """ "أمين المنطقة المشرف العام على …": a title chain; its middle words are no name."""
    text = "واعتبر أمين منطقة الجوف المشرف العام على السوق أن الموسم كان ناجحا."
    [(voice, said)] = voices(read(text))
    assert voice.startswith("أمين منطقة الجوف")
    assert said == "الموسم كان ناجحا"


def test_a_town_that_looks_possessed_before_a_name(read):
    """ "مدير الفرع في أبها فلان،": a town ending like a pronoun is where he serves; the name
    after it is the voice."""
    text = "وأوضح مدير فرع الهيئة في أبها سعيد القحطاني، أن الحملة ستبدأ الأسبوع المقبل."
    assert voices(read(text)) == [("سعيد القحطاني", "الحملة ستبدأ الأسبوع المقبل")]


def test_one_placed_by_one_of_several_workplaces_is_anonymous(read):
    """ "بيّن عامل في أحد المصانع، أنه …": an unnamed worker, named by the whole phrase."""
    result = read("وبين عامل في أحد المصانع، أنه لم يتسلم راتبه منذ شهرين.")
    assert voices(result) == [("عامل في أحد المصانع", "لم يتسلم راتبه منذ شهرين")]
    assert result.attributions[0].source.kind.value == "anonymous"


def test_the_subject_after_fihi_in_a_time_clause(read):
    """ "في وقت قال فيه مسؤول إن …": "in it" refers to the time; the official speaks."""
    text = "ويأتي القرار في وقت قال فيه مسؤول في البلدية إن الطريق سيغلق أسبوعا."
    assert voices(read(text)) == [("مسؤول في البلدية", "الطريق سيغلق أسبوعا")]


def test_a_counted_group_ends_before_its_noun_phrase_content(read):
    """ "أكد عدد من أصحاب المتاجر تضاعف الشكاوى": the group, then what it confirmed."""
    text = "وأكد عدد من أصحاب المتاجر الصغيرة تضاعف الشكاوى خلال الصيف."
    assert voices(read(text)) == [("عدد من أصحاب المتاجر الصغيرة", "تضاعف الشكاوى خلال الصيف")]


def test_a_titled_office_holder_who_praises_then_speaks(read):
    """ "أثنى سفير البلد لدى المملكة على …، وقال: …": the ambassador, named by no name, is the
    voice of the words after his praise."""
    text = (
        "وأوضح مدير المستشفى خالد العنزي أن المصابين بخير. "
        "من جهته أثنى سفير اليابان لدى المملكة على جهود المستشفى، وقال: الفريق زار الجرحى أمس."
    )
    assert voices(read(text))[-1] == ("سفير اليابان لدى المملكة", "الفريق زار الجرحى أمس")


def test_no_titled_actor_runs_into_the_object_of_its_act(read):
    """ "انتقد وزير الخارجية فلان الفلاني التصريحات …": an unlisted name and the object after it
    never become one long voice."""
    text = "انتقد وزير الخارجية الغاني كوفي منساه التصريحات الأخيرة، قائلا إنها غير مقبولة."
    assert all("التصريحات" not in voice for voice, _ in voices(read(text)))


def test_an_honorific_then_a_comma_before_the_content_is_near(read):
    """ "وبين معاليه ، أن …": the honorific points back to the minister named before."""
    text = (
        "وأوضح وزير النقل خالد سالم أن الجسر سيفتح غدا. وبين معاليه ، أن الطريق سيوسع العام المقبل."
    )
    assert voices(read(text))[-1] == ("خالد سالم", "الطريق سيوسع العام المقبل")


def test_a_named_body_before_qad_speaks_in_its_later_cue(read):
    """ "وكانت نقابة … قد أدانت …، وقالت إن …": the union is the voice of "وقالت"."""
    text = "وكانت نقابة المعلمين قد أدانت القرار الأخير، وقالت إن الرواتب لم تصرف منذ شهرين."
    assert voices(read(text)) == [("نقابة المعلمين", "الرواتب لم تصرف منذ شهرين")]


def test_through_it_after_the_verb_is_no_subject(read):
    """ "وأكدت من خلاله أن …": through the statement; the body named before speaks."""
    text = "وكانت لجنة الحكام قد أصدرت بيانا أمس، وأكدت من خلاله أن الهدف صحيح."
    assert voices(read(text)) == [("لجنة الحكام", "الهدف صحيح")]


def test_a_masculine_participle_is_not_the_feminine_body_before_it(read):
    """ "وكانت الوزارة قد …، مشيرا إلى أن …": the participle does not agree with the ministry."""
    text = (
        "وقال الأمين العام سامي الحداد إن الحزب لن يتراجع. "
        "وكانت وزارة الخزانة قد فرضت عقوبات على ثلاثة قادة، مشيرا إلى أن الحزب سيصمد."
    )
    assert [v for v, _ in voices(read(text))] == ["سامي الحداد", "سامي الحداد"]


def test_kama_yuwaddih_with_an_aside_then_a_participle(read):
    """ "…، كما يوضح المخرج فلان (رئيس اللجنة)، موضحا أن …": the clause before كما is what he
    explains, and the participle goes on in his voice."""
    text = (
        "وتعرض الفرقة خمس لوحات راقصة، كما يوضح مخرج العرض ماجد الشمري (رئيس قسم الفنون)، "
        "موضحا أن العرض يستمر ساعتين."
    )
    assert voices(read(text)) == [
        ("ماجد الشمري", "وتعرض الفرقة خمس لوحات راقصة"),
        ("ماجد الشمري", "العرض يستمر ساعتين"),
    ]


def test_the_engineer_abbreviated_is_a_title(read):
    """ "وأضاف م. فلان أن …", "م.فلان": the engineer's abbreviated title before his name."""
    result = read(
        "وأضاف م. سعد الدوسري أن المشروع سينتهي قبل الموعد. وأشار م.الدوسري إلى أن الكلفة أقل."
    )
    first, second = [v for v, _ in voices(result)]
    assert first == "سعد الدوسري"
    assert "الدوسري" in second


def test_a_tatweel_dash_ends_the_voice_before_an_aside(read):
    """ "وأوضح المسؤول ــ لم يشأ أن يسمى ــ أن …": the dash drawn with tatweel ends the voice."""
    text = "وأوضح المسؤول ــ طلب إغفال هويته ــ أن الطريق سيفتح الأسبوع المقبل."
    assert voices(read(text)) == [("المسؤول", "الطريق سيفتح الأسبوع المقبل")]


def test_a_number_of_a_group_is_an_unnamed_group(read):
    """ "وقال ثلاثة من السكان إنهم …": so many of a group speak, anonymous and plural."""
    result = read("وقال أربعة من الصيادين إنهم شاهدوا السفينة قرب الشاطئ.")
    assert voices(result) == [("أربعة من الصيادين", "شاهدوا السفينة قرب الشاطئ")]
    assert result.attributions[0].source.kind.value == "anonymous"


def test_a_short_aside_between_dashes_before_a_strict_verbs_content(read):
    """ "وبيّن فلان -موظف- أن …": the dashed aside is stepped over even after بيّن."""
    text = "وبيّن سالم العتيبي -مزارع- أن محصول التمر تضاعف هذا العام."
    assert voices(read(text)) == [("سالم العتيبي", "محصول التمر تضاعف هذا العام")]


def test_a_credit_inside_a_dashed_aside_carries_the_speaker(read):
    """ "وأضاف - حسب ما نقلته الوكالة - أن …": the speaker named before goes on, carried by
    the agency named in the aside."""
    text = (
        "وأوضح رئيس الغرفة فهد الرشيد أن المعرض يفتتح غدا. "
        "وأضاف - حسب ما نقلته وكالة الأناضول - أن المشاركين من عشرين دولة."
    )
    result = read(text)
    assert voices(result)[-1] == ("فهد الرشيد", "المشاركين من عشرين دولة")
    assert chains(result)[-1] == ["الأناضول", "فهد الرشيد"]
