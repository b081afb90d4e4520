"""Arabic reports missed on SaudiNewsNet days (issue 11, round 24, recall).

Found by sampling sentences with a reporting word that gave no attribution, then reading what
each new rule changed on whole days. Every example is made up; each test pins one general
pattern.
"""

from __future__ import annotations


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def _contents(result) -> list[str]:
    return [a.content for a in result.attributions]


def test_on_his_part_after_a_verb_with_no_subject_after_it(read):
    """ "وأكد من جانبه أن …": "من جانبه" (on his part) right after the verb, with the speaker
    named before it, is stepped over as "بدوره" is."""
    result = read(
        "قال رئيس نادي الغوص ماجد العتيبي إن الموسم بدأ مبكرا. "
        "وأكد من جانبه أن الشعاب بحالة جيدة. "
        "أما مدرب الفريق نواف الزهراني فقد أكد من جهته أن التدريب يبدأ غدا."
    )
    assert _voices(result) == ["ماجد العتيبي", "ماجد العتيبي", "نواف الزهراني"]
    assert _contents(result)[1:] == ["الشعاب بحالة جيدة", "التدريب يبدأ غدا"]


def test_two_unnamed_sources_with_a_dual_adjective(read):
    """ "مصدران مطلعان", "مسؤولان عسكريان": a dual head and its dual adjective are an
    unnamed voice, as "مصدر مطلع" is; a request not to be named after them is no part of it."""
    result = read(
        "وقال مصدران مطلعان إن المفاوضات توقفت. "
        "وذكر مسؤولان عسكريان طلبا عدم ذكر اسميهما أمس أن القافلة وصلت."
    )
    assert _voices(result) == ["مصدران مطلعان", "مسؤولان عسكريان"]


def test_a_verb_of_publishing_after_the_medium_of_an_interview(read):
    """ "في تصريحات لصحيفة «…» نشرت أمس إن …": the verb says when the interview came out;
    it is no report of its own, and the speaker's words follow."""
    result = read(
        "وقال وزير الزراعة سامي القحطاني في تصريحات لصحيفة «الواحة» نشرت أمس إن "
        "«محصول النخيل تضاعف». "
        "وقال مدير الميناء في مقابلة مع صحيفة «الساحل» نشرت اليوم إن الرصيف الجديد جاهز."
    )
    assert _voices(result) == ["سامي القحطاني", "مدير الميناء"]
    assert _contents(result) == ["محصول النخيل تضاعف", "الرصيف الجديد جاهز"]


def test_a_long_occasion_then_a_quotation_that_ends_the_sentence(read):
    """ "قال فلان … في مؤتمر … أثناء زيارة … إلى … «…».": past the lead's word-by-word walk,
    a quotation closing the sentence is what he said."""
    result = read(
        "كما قال عادل البناي المتحدث باسم وزارة السياحة في لقاء صحفي في المنامة أثناء جولة "
        "خليجية يقوم بها وفد الغرف التجارية المحلية إلى العواصم المجاورة "
        '"نتوقع نموا كبيرا في أعداد الزوار هذا الشتاء".'
    )
    assert _voices(result) == ["عادل البناي"]
    assert _contents(result) == ["نتوقع نموا كبيرا في أعداد الزوار هذا الشتاء"]


def test_a_long_occasion_with_a_relative_clause_then_on_that(read):
    """ "وشدد فلان خلال اجتماع عقده …، عقب الملتقى الذي أقيم …، على أن …": a relative
    pronoun describing the occasion's noun does not end it; "، على أن" opens the content."""
    result = read(
        "وشدد وزير التعليم راشد المطيري خلال اجتماع موسع عقده مع مديري المدارس في المنطقة، "
        "عقب اختتام الملتقى التربوي الذي أقيم في قاعة المحافظة مساء أمس، "
        "على أن جودة التعليم أولوية."
    )
    assert _voices(result) == ["راشد المطيري"]
    assert _contents(result) == ["جودة التعليم أولوية"]


def test_a_relative_clause_after_a_comma_reports_for_its_antecedent(read):
    """ "…، الذي/التي أكد أن …": a titled person, even with a long title, or a body set off by
    a comma before the relative pronoun speaks in its clause."""
    result = read(
        "وحاورت المجلة الدكتورة نوال الشمري عضو جمعية طب الأطفال الخليجية، التي أكدت أن "
        "السمنة تتزايد. "
        "أوضح ذلك مدير عام الشؤون الإدارية والمالية في أمانة محافظة الخرج فهد بن سعد "
        "العتيبي، الذي بين أن الميزانية تكفي. "
        "وأحيلت القضية إلى الهيئة العليا للتحكيم، التي أكدت أن العقد صحيح."
    )
    assert _voices(result)[0] == "نوال الشمري"
    assert _voices(result)[-2:] == ["فهد بن سعد العتيبي", "الهيئة العليا للتحكيم"]
    assert _contents(result)[-1] == "العقد صحيح"


def test_a_relative_clause_after_a_name_with_no_title(read):
    """ "وحضر فلان علان الذي أكد أن …": a given name and a family name before the relative
    pronoun name the speaker, as a title does."""
    result = read("وحضر اللقاء ماجد الدوسري الذي أكد أن الفريق جاهز للموسم.")
    assert _voices(result) == ["ماجد الدوسري"]


def test_a_relative_clause_stressing_or_saying_in_a_manner(read):
    """ "الذي شدد على أن …", "الذي قال مؤكدا: …": the content opens after "على" or after the
    participle and its colon."""
    result = read(
        "وشكر الحضور محافظ الخرج الأمير نايف بن سالم الذي شدد على أن تكون الثقافة أولوية. "
        "وأعجبني تعليق المغرد نايف العمري الذي قال مؤكدا: «العمل أساس النجاح»."
    )
    assert _voices(result) == ["نايف بن سالم", "نايف العمري"]
    assert _contents(result) == ["تكون الثقافة أولوية", "العمل أساس النجاح"]


def test_no_speaker_from_a_preposition_or_an_adjective_before_a_relative(read):
    """Guard: "الإنفاق على دعم الوقود الذي يتوقع أن …" ("على" spelt "علي" is no name here)
    and "للمجلس الأعلى الحاكم في البلاد، الذي قال …" (a title word as the body's adjective)
    give no voice."""
    result = read(
        "ويمكن خفض الإنفاق الكبير علي دعم الوقود الذي يتوقع أن يبلغ مليارا هذا العام. "
        "وهذا القرار ضربة للمجلس الأعلى الحاكم في البلاد، الذي قال إن النمو تباطأ."
    )
    assert "علي دعم الوقود" not in _voices(result)
    assert "الحاكم في البلاد" not in _voices(result)


def test_a_relative_clause_about_its_antecedent_then_a_colon(read):
    """ "الجائزة التي قال عنها الزميل فلان: «…»": the subject after "عنها" speaks, and the
    colon opens his words as a complementiser does."""
    result = read("وهي المسابقة التي قال عنها الزميل الشهري: «تعد من أرقى المسابقات الأدبية».")
    assert _voices(result) == ["الزميل الشهري"]
    assert _contents(result) == ["تعد من أرقى المسابقات الأدبية"]


def test_a_verb_of_purpose_opening_the_sentence_is_no_voice(read):
    """Guard: "ليعود الداعية ويرد … بتغريدة قال فيها: …": ل and a present verb before its
    subject is a verb, never a person called so ("ليفربول الإنجليزي", a club, still is one)."""
    result = read(
        "ليعود الداعية ويرد على جمهوره بتغريدة قال فيها: «لم أقصد الإساءة». "
        "وكان ليفربول الإنجليزي أعلن أن الحارس مصاب."
    )
    assert not any(v.startswith("ليعود") for v in _voices(result))
    assert "ليفربول الإنجليزي" in _voices(result)


def test_an_institute_a_mission_and_an_academy_are_bodies(read):
    """ "المعهد", "البعثة", "الأكاديمية", "المصرف" head a body's name as "المركز" does: the
    time after the name ends it, and the body speaks."""
    result = read(
        "أعلن المعهد الوطني للبحوث البحرية أمس أن حرارة الخليج ارتفعت. "
        "وانطلقت القافلة الطبية صباح السبت، وفق ما أعلنت البعثة الكندية لدى المنظمة أمس. "
        "وقالت الأكاديمية الملكية للفنون إن المعرض سيفتتح قريبا."
    )
    assert _voices(result) == [
        "المعهد الوطني للبحوث البحرية",
        "البعثة الكندية لدى المنظمة",
        "الأكاديمية الملكية للفنون",
    ]


def test_a_definite_group_placed_by_an_attached_bi(read):
    """ "الباحثون بالمركز", "الأطباء بالمستشفى": a definite plural of people and where they
    work, with ب written onto the place, is an unnamed group as "في المركز" makes it."""
    result = read("وقال الباحثون بالمركز إن العينات سليمة. وذكر الأطباء بالمستشفى أن حالته تتحسن.")
    assert _voices(result) == ["الباحثون بالمركز", "الأطباء بالمستشفى"]


def test_a_name_alone_credited_at_either_end_of_the_sentence(read):
    """ "…، وفقا لفلان علان.", "ووفقا لفلان، وهو …، …": a person named alone after "وفقا ل"
    is a voice when the credit closes the sentence or opens it before a comma, as between
    commas; "who he is" after "وهو" is no part of the content."""
    result = read(
        "وتراجعت مبيعات الذهب في الأسبوع الماضي، وفقا لعادل القرني. "
        "ووفقا لفيصل العمري، وهو محلل في شركة الواحة للاستثمار، من الصعب التنبؤ بالأسعار."
    )
    assert _voices(result) == ["عادل القرني", "فيصل العمري"]
    assert _contents(result)[1] == "من الصعب التنبؤ بالأسعار"


def test_one_close_to_someone_is_an_unnamed_voice(read):
    """ "وقال مقرب من فلان إن …", "مقربة من العائلة": one close to a person, unnamed."""
    result = read("وقال مقرب من الحارس إن العقد لم يوقع. وقالت مقربة من الأسرة إن الطفل بخير.")
    assert _voices(result) == ["مقرب من الحارس", "مقربة من الأسرة"]


def test_a_relative_clause_with_a_short_occasion_before_the_words(read):
    """ "طبيب المستشفى الذي أكد في بلاغه أن …": a short occasion in في between the relative
    clause's verb and its complementiser still reports for the antecedent."""
    result = read("ونقل المصاب إلى طبيب المستشفى الذي أكد في بلاغه أن الإصابة طفيفة.")
    assert _voices(result) == ["طبيب المستشفى"]
    assert _contents(result) == ["الإصابة طفيفة"]


def test_a_long_occasion_closed_by_inna_with_its_hamza_below(read):
    """ "وقال فلان في مؤتمر عقده في … في إطار جولة … إن …": "إن" written with its hamza below
    opens the words said past the lead's word-by-word walk, with no comma before it."""
    result = read(
        "وقال وزير الزراعة ماهر الجابري في لقاء موسع عقده في الطائف في ختام جولة ميدانية "
        "على مزارع الورد بعد موسم القطاف الذي انتهى مع نهاية الربيع إن الإنتاج تضاعف."
    )
    assert _voices(result) == ["ماهر الجابري"]
    assert _contents(result) == ["الإنتاج تضاعف"]


def test_a_bank_in_bi_is_part_of_a_title_not_of_the_name(read):
    """ "مساعد مدير المنطقة ببنك «…» فلان": the body written with ب where he works belongs to
    his title; the name starts after it (a given name the list lacks or not)."""
    result = read("وقال مساعد مدير الفرع ببنك الواحة بكر العمري إن الجوائز ستوزع غدا.")
    assert _voices(result) == ["بكر العمري"]


def test_no_antecedent_from_statements_a_complement_or_an_object(read):
    """Guard: "تصريحات فلان وتصريحات فلان التي أكدت على أن …" (the statements confirm), "وزيرة
    …، مرشحة الحزب …، والتي قالت" (a body completing a noun), "من كذب المتحرشين بالفتاة"
    (a noun's object, not the nominative group) and "القوات التي قال عنها: …" (spoken
    about) give no garbage voice."""
    result = read(
        "على غرار تصريحات المرشد علي الأمين وتصريحات الوزير سامي الفهد التي أكدت على أن "
        "الحوار ممكن. "
        "والآن، مرشحة الحزب الأخضر للرئاسة، والتي قالت: «سأفوز». "
        "وكشفت الكاميرات كذب المتحرشين بالفتاة في السوق. "
        "ودعا قائد المنطقة الجنود إلى بناء القوات الوطنية التي قال عنها: «لن تكون لحزب»."
    )
    voices = _voices(result)
    assert not any("وتصريحات" in v or "الحزب" in v or "المتحرشين" in v for v in voices)
    assert not any("الجنود" in v or "القوات" in v for v in voices)
