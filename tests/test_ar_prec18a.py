"""Arabic voices read wrong on SaudiNewsNet days sampled at random (issue 11, round 18, prec18a).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def test_the_father_of_someone_named_is_the_father(read):
    """ "وقال والد الطفل فلان": the name is the child's; the father speaks, not the child."""
    result = read(
        "وقال والد الطفل سامر الخطيب إن الطبيب تأخر. "
        "وتحدثت والدة الفقيد نادر الحسيني قائلة: إن الحزن كبير."
    )
    assert _voices(result) == ["والد الطفل سامر الخطيب", "والدة الفقيد نادر الحسيني"]


def test_the_father_of_a_foreign_name_is_a_voice(read):
    """ "وقال والد فلان الشاب": the father of a man named, with no given name we know."""
    result = read('وقال والد كاساما الشاب "ابني بريء".')
    assert _voices(result) == ["والد كاساما الشاب"]


def test_a_relation_with_a_title_before_the_name_is_the_named_man(read):
    """ "والد اللاعبين العميد فلان", "زوج … ووالد … فلان": the name is the kin's own."""
    result = read(
        "وأشاد والد اللاعبين العميد سامر الخطيب بأبنائه، مؤكدا أن الرياضة مفيدة. "
        "وأوضح زوج الممرضة ووالد الطالبة نادر الحسيني أنه فوجئ بالنتيجة."
    )
    assert _voices(result) == ["سامر الخطيب", "نادر الحسيني"]


def test_on_the_eve_of_an_event_is_no_part_of_the_name(read):
    """ "وقال الرئيس فلان عشية القمة", "قبيل الزيارة": when he spoke, not who he is."""
    result = read(
        'وقال الرئيس الزامبي كاساما عشية القمة "لا يمكن لأحد أن ينجح وحده". '
        "وصرح الرئيس الغاني قبيل الزيارة بأن الاستقبال سيكون مميزا."
    )
    assert _voices(result) == ["كاساما", "الرئيس الغاني"]


def test_his_thanks_after_a_name_is_the_object(read):
    """ "قدم المدرب فلان شكره للاعبين. وقال:": "his thanks" (four letters) ends the name."""
    result = read("من جانبه، قدم مدرب الفريق سامر الخطيب شكره للاعبين. وقال: أنا فخور بهم.")
    assert _voices(result) == ["سامر الخطيب"]


def test_a_region_after_a_prefixed_place_head_is_no_name(read):
    """ "المتحدث … بمنطقة الجوف" with no name: the region is where he serves, not who he is."""
    result = read(
        "وقال المتحدث الرسمي بمديرية الشرطة بمنطقة الجوف إن التحقيق بدأ. "
        "وذكر العقيد زعيبل الهذلي الناطق باسم الدفاع المدني بمحافظة ينبع أن الحريق أخمد."
    )
    assert _voices(result) == [
        "المتحدث الرسمي بمديرية الشرطة بمنطقة الجوف",
        "زعيبل الهذلي",
    ]


def test_a_name_set_off_by_a_comma_and_a_semicolon_or_in_quotes(read):
    """ "مدير المركز، فلان؛ أن", "مدير المركز، "فلان"، أن": the name between the marks speaks."""
    result = read(
        'وأكد مدير مركز الشباب بالوادي، "سامر الخطيب"؛ أن الحفل نجح. '
        "وأوضح مدير النادي، نادر الحسيني؛ أن الفريق جاهز."
    )
    assert _voices(result) == ["سامر الخطيب", "نادر الحسيني"]


def test_a_quoted_programme_after_a_comma_is_no_name(read):
    """'مدير البرنامج، "أتقن حرفة"، أن': a quoted title with no given name is no person."""
    result = read('وأكد مدير البرنامج، "أتقن حرفة"، أن التسجيل بدأ.')
    assert _voices(result) == ["مدير البرنامج"]


def test_a_family_name_spelt_like_a_title_closes_the_name(read):
    """ "الفنانة فلانة المرشد": a definite title word ending the phrase is her family name."""
    result = read("وقالت الفنانة وجدان المرشد إن العرض ممتع.")
    assert _voices(result) == ["وجدان المرشد"]


def test_experts_the_paper_polled_are_the_voice_not_the_paper(read):
    """ "خبراء استطلعت «الصحيفة» آراءهم": the experts speak; the paper asking is no voice."""
    result = read(
        "بينما أكد خبراء زراعيون استطلعت «عكاظ» آراءهم حرص المزارعين على ضبط الأسعار، "
        "وأضافوا أن المحصول وفير."
    )
    assert _voices(result) == ["خبراء زراعيون", "خبراء زراعيون"]


def test_who_congratulates_after_a_link_to_the_story_speaks_next(read):
    """ "وفي السياق ذاته، بارك فلان … . وقال:": the one congratulating, not the voice before."""
    result = read(
        "وأوضح العقيد نادر الحسيني أن المخاطر كثيرة. "
        "وفي السياق ذاته، بارك رئيس النادي السابق سامر الخطيب للرئيس الجديد منصبه. "
        "وقال: النادي كبير."
    )
    assert _voices(result) == ["نادر الحسيني", "سامر الخطيب"]


def test_a_noun_joined_by_and_goes_on_with_a_bodys_name(read):
    """ "أكدت عمادة القبول والتسجيل بجامعة … أن": "and registration" is the deanship's name,
    no content noun; "أعلن الجيش مقتل … وإصابة …" still opens its content at the event."""
    result = read(
        "أكدت عمادة القبول والتسجيل بجامعة الوادي أن عدد المقبولين ارتفع. "
        "وأعلن الجيش مقتل ثلاثة جنود وإصابة خمسة."
    )
    assert _voices(result) == ["عمادة القبول والتسجيل بجامعة الوادي", "الجيش"]
    assert result.attributions[0].source.kind.value == "government-body"
    assert result.attributions[1].content == "مقتل ثلاثة جنود وإصابة خمسة"


def test_went_on_saying_keeps_the_speaker_before(read):
    """ "ومضى يقول:", "كذلك تحدث عن …": no one named "ومضى" or "كذلك"; the one before."""
    result = read(
        "وقال سامر الخطيب إن السوق يتباطأ. ومضى يقول: يجب التدخل سريعا. "
        "كذلك تحدث عن تراجع الصادرات، وقال إن الطلب ضعيف."
    )
    assert _voices(result) == ["سامر الخطيب"] * 4


def test_to_know_in_the_present_reports_nothing(read):
    """ "لأنه يعلم أن …", "حين يعلمون أن …": knowing tells no one; "علمت «الصحيفة» أن" does."""
    result = read(
        "ويكفي أن يعلم القارئ أن الشاعر ألقى قصيدته أمام الجمهور. "
        "وعلمت «الوطن» من مصدر في الوزارة أن المدير سيستقيل."
    )
    assert _voices(result) == ["الوطن"]


def test_when_after_a_verb_opens_no_voice(read):
    """ "يستغربون حين يعلمون أن": "when they learn" is no one's name."""
    result = read("والعمال الجدد يستغربون حين يعلمون أن زميلهم قضى في المصنع ثلاثين عاما.")
    assert "حين يعلمون" not in _voices(result)


def test_between_before_lies_in_that_is_the_preposition(read):
    """ "الخلاف بين السكان يتمثل في أن …": "between", no "بيّن"; "وبين الوزير أن" still is."""
    result = read(
        "ويكمن الفرق بين الفريقين في أن الأول أسرع. وبين الوزير أن المشروع اكتمل. "
        "والمدير بين أن العمل مستمر."
    )
    assert _voices(result) == ["الوزير", "المدير"]


def test_a_supervisor_title_after_an_unlisted_name_is_no_part_of_it(read):
    """ "الدكتور فلان الفلاني المشرف على …" with a name no list holds: the title ends it;
    "مدير مدارس النور المكلف" (an indefinite title governing a noun) stays whole."""
    result = read(
        'وقال الدكتور زعيبل الهذلي المشرف على تطوير السوق: "العمل مستمر". '
        "وقال مدير مدارس النور المكلف إن العام الدراسي يبدأ غدا."
    )
    assert _voices(result) == ["زعيبل الهذلي", "مدير مدارس النور المكلف"]


def test_the_governor_is_the_man_named_governor_before(read):
    """ "كان في استقبالها محافظ الوادي فلان وعدد من … . وقال المحافظ": that man, named without
    the others who came with him."""
    result = read(
        "وكان في استقبال السفينة محافظ الوادي الجديد سامر صالح الخطيب وعدد من المسؤولين. "
        "وقال المحافظ للصحفيين إن السفينة هي الأولى."
    )
    assert _voices(result) == ["سامر صالح الخطيب"]
