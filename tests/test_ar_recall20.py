"""Arabic reports missed or misread on SaudiNewsNet days (issue 11, round 20, lead).

Found by sampling sentences with a reporting word that gave no attribution. Every example is
made up; each test pins one general pattern.
"""

from __future__ import annotations


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def _chains(result) -> list[list[str]]:
    return [[s.name for s in a.chain] for a in result.attributions]


def test_the_papers_own_sources_are_the_voice_it_learnt_from(read):
    """ "علمت «الوادي» من مصادرها الخاصة أن …", "وأكدت مصادرها أن …": sources with "its" are
    unnamed sources the paper relays (the word ends in ا like a manner participle such as
    "مخاطبا", and was dropped as one)."""
    result = read(
        "علمت «الوادي» من مصادرها الخاصة أن النادي سيتعاقد مع مدرب جديد. "
        "وأكدت مصادرها أن العقد يمتد لموسمين."
    )
    assert _chains(result) == [["الوادي", "مصادرها الخاصة"], ["مصادرها"]]
    assert [a.content for a in result.attributions] == [
        "النادي سيتعاقد مع مدرب جديد",
        "العقد يمتد لموسمين",
    ]


def test_a_specialist_source_is_an_unnamed_voice(read):
    """ "وأكد مصدر مختص في سلامة الملاحة أن …": "مختص"/"متخصص" describe an unnamed source as
    "مطلع" does."""
    result = read(
        "وأكد مصدر مختص في سلامة الملاحة أن التحقيق سيشمل الطاقم كله. "
        "وقالت مصادر متخصصة إن السفينة كانت محملة بالحبوب."
    )
    assert [a.source.kind.value for a in result.attributions] == ["anonymous", "anonymous"]
    assert _voices(result)[0] == "مصدر مختص في سلامة الملاحة"


def test_a_governor_called_wali_is_a_title(read):
    """ "وقال والي ولاية الشمال إن …": "والي" is a governor's title, as "محافظ" is."""
    result = read("وقال والي ولاية الشمال إن حظر التجول يبدأ الليلة.")
    assert _voices(result) == ["والي ولاية الشمال"]
    assert result.attributions[0].source.kind.value == "official"


def test_an_aside_on_where_a_place_lies_is_no_part_of_the_name(read):
    """ "وقال محافظ الوادي، جنوب البلاد، إن …": the aside after the comma tells where the place
    lies; it names no one (it was read as the governor's name)."""
    result = read(
        "وقال محافظ الوادي، جنوب البلاد، إن الطرق أعيد فتحها. "
        "وقال والي ولاية الشمال، شمال غرب البلاد، إن المدارس مغلقة."
    )
    assert _voices(result) == ["محافظ الوادي", "والي ولاية الشمال"]


def test_a_word_with_tanween_ends_a_name(read):
    """ "سلّم الوزير فلان درعًا للفائز، وقال …": a word written with tanween is indefinite,
    never part of a name; the name ends before it (it ran on into the object)."""
    result = read(
        "وسلم الوزير سامي العلي درعًا للفائز، وقال إن المسابقة ستتكرر. "
        "وأكد الوزير سامي العلي مجدداً أن الميزانية كافية."
    )
    assert _voices(result) == ["سامي العلي", "سامي العلي"]


def test_an_act_after_haythu_names_who_speaks_next(read):
    """ "حيث سلّم المدير فلان الجوائز للفائزين، وقال إن …": "حيث" before the opening act
    (as "كما" or "بدوره") does not hide its doer, who speaks next."""
    result = read(
        "اختتمت المسابقة أمس. حيث قدم مدير المعهد الدكتور نادر الصافي الجوائز للفائزين، "
        "وقال إن المسابقة ستتكرر العام المقبل."
    )
    assert _voices(result) == ["نادر الصافي"]
    assert result.attributions[0].content == "المسابقة ستتكرر العام المقبل"


def test_a_voweled_passive_names_no_voice(read):
    """ "الحصار الذي يُتوقع أن تفرضه القوات": "يُتوقع" with its damma is passive ("is
    expected"); the noun before the relative is no one who expects, and the echo after it
    ("وهو ما أكده فلان") confirms the clause before; "يُشير" (a damma, active) still reports."""
    result = read(
        "وحفرت الفصائل الخنادق حول البلدة، فيما خزن السكان القمح تحسبًا لإطالة أمد الحصار "
        "الذي يُتوقع أن تفرضه القوات، وهو ما أكده سالم العلي عضو المجلس المحلي في تصريحات أمس. "
        "وقال الوزير إن الخطة جاهزة. ويُشير إلى أن التنفيذ يبدأ غدا."
    )
    assert _voices(result) == ["سالم العلي", "الوزير", "الوزير"]
    assert "يُتوقع" not in [a.cue for a in result.attributions]


def test_a_records_author_after_its_adjective_or_latest_speaks(read):
    """ "بحسب آخر إحصاء رسمي لوزارة الزراعة، فإن …": "the latest" before the record and an
    adjective after it do not hide its author after ل; "تقدير عدد من الخبراء" is the group's
    estimate."""
    result = read(
        "وبحسب آخر إحصاء رسمي لوزارة الزراعة، فإن عدد المزارع يبلغ ألف مزرعة. "
        "وبحسب تقدير عدد من المحللين فإن النمو سيتباطأ هذا العام."
    )
    assert _voices(result) == ["وزارة الزراعة", "عدد من المحللين"]
    assert result.attributions[0].content == "عدد المزارع يبلغ ألف مزرعة"


def test_a_group_joined_by_waw_ends_before_fa_inna(read):
    """ "وحسب عدد من الخبراء والمهتمين فإن أكثر من …": "فإن" written "فان" after a word with
    و and the article opens the content; it is no "van" inside a foreign name."""
    result = read("وحسب عدد من الخبراء والمهتمين فإن أكثر من مليون نسمة يستفيدون من الطريق.")
    assert _voices(result) == ["عدد من الخبراء والمهتمين"]
    assert result.attributions[0].content == "أكثر من مليون نسمة يستفيدون من الطريق"


def test_where_a_trailing_credit_published_is_no_content(read):
    """ "…، وفقا لموقع «المحترفين» على الإنترنت.": the place online after a trailing credit
    is where the voice published; the content is the clause before it."""
    result = read("وأنفق النادي 400 مليون دولار على لاعبيه وفقا لموقع الانتقالات على الإنترنت.")
    (att,) = result.attributions
    assert att.content == "وأنفق النادي 400 مليون دولار على لاعبيه"


def test_a_body_that_stated_only_what_a_thing_holds_speaks_next(read):
    """ "أكدت الهيئة ما للمسجد من مكانة عظيمة. وقالت إن …", "أكدت الوزارة اعتزازها بـ…":
    a reporting verb with no content of its own ("ما"/a noun with "its") names the body that
    speaks in the subject-less cue after it."""
    result = read(
        "أكدت الأمانة العامة لهيئة العلماء، ما للمسجد من مكانة عظيمة في الدين. "
        "وأوضحت أن الاعتداء عليه انتهاك صارخ. "
        "أكدت وزارة الثقافة اعتزازها بالمهرجان. وقالت إن دورته المقبلة ستكون أكبر."
    )
    assert _voices(result) == ["الأمانة العامة لهيئة العلماء", "وزارة الثقافة"]


def test_a_body_told_after_a_name_is_no_part_of_it(read):
    """ "أوضح اللاعب فلان لإدارة النادي أنه …": ل on a body's head after a name is whom he
    told, not part of his name; after "تابعة" it is the body the group belongs to."""
    result = read(
        "أوضح اللاعب أمادو سيسوكو لإدارة النادي أنه سيعود الأسبوع المقبل. "
        "وقالت وسائل إعلام تابعة لحركة النهضة إن الاجتماع تأجل."
    )
    assert _voices(result) == ["أمادو سيسوكو", "وسائل إعلام تابعة لحركة النهضة"]


def test_a_relative_clause_after_the_voice_ends_at_its_colon(read):
    """ "وقال التقرير، الذي أعدته شركة الخليج: عندما …": the aside ends at the colon, which
    opens the words (they were cut to the last clause after a later "أنها")."""
    result = read(
        "وقال التقرير، الذي أعدته شركة الخليج للأبحاث: عندما ننظر إلى السكان نجد أنهم شباب."
    )
    (att,) = result.attributions
    assert att.content == "عندما ننظر إلى السكان نجد أنهم شباب"


def test_amounts_to_is_no_informing(read):
    """ "يبلغ عدد السكان مليونا: …", "تبلغ احتياطيات الغاز …: …": "يبلغ" (amounts to) is no
    form of أبلغ (inform) unless "أن" follows it closely."""
    result = read(
        "يبلغ عدد سكان المدينة مليونا: أغلبهم من الشباب. "
        "تبلغ احتياطيات الغاز التي لم تكتشف 166 مليار برميل موزعة كالتالي: 40 مليارا في "
        "الشمال، و30 مليارا في الجنوب. ويبلغ الوزير الصحفيين بأن الحقول الجديدة واعدة."
    )
    assert [a.cue for a in result.attributions] == ["يبلغ"]
    assert result.attributions[0].source.name == "الوزير"


def test_a_short_quoted_name_closing_a_trailing_credit_is_its_voice(read):
    """ "…، بحسب «كال فاير».": a short quoted name after a credit that trails its content and
    ends the sentence is the body credited, known to the registry or not; "وفق «الخطة»" (a
    plan) is no voice."""
    result = read(
        "وامتد الحريق إلى ثلاث بلدات في شمال الولاية، بحسب «مراقبة الغابات». "
        "ووزعت المساعدات على الأسر المتضررة، وفق «الخطة»."
    )
    (att,) = result.attributions
    assert att.source.name == "مراقبة الغابات"
    assert att.content == "وامتد الحريق إلى ثلاث بلدات في شمال الولاية"


def test_kin_after_a_name_describes_the_speaker(read):
    """ "أكد فلان والد الرهينة: «…»": a relation after a full name ("والد", "شقيقة") says whose
    kin he is; the named man speaks."""
    result = read(
        "وأكد جان لوك موران والد الرهينة المفرج عنها: «إنني سعيد وهي بصحة جيدة». "
        "وقالت سلمى العمري شقيقة الأسير إن العائلة تنتظر عودته."
    )
    assert _voices(result) == ["جان لوك موران", "سلمى العمري"]


def test_a_pluperfect_subject_needs_no_qad(read):
    """ "وكان فلان قال خلال مقابلة: «…»": the subject between كان and the verb is the voice
    with or without قد, when it reads as one; "وكان لافتا قبل يومين نشر صحيفة «…» أن" has no
    subject there, and the paper after the verbal noun is the voice."""
    result = read(
        "وكان الهاشمي قال خلال مقابلة تلفزيونية: «جذر المشكلة في الفساد». "
        "وكان لافتا قبل يومين من الحادث نشر صحيفة «الوادي» أن الرجل غادر البلاد."
    )
    assert _voices(result) == ["الهاشمي", "الوادي"]
    assert result.attributions[0].content == "جذر المشكلة في الفساد"


def test_a_subject_before_its_relative_clause_speaks_after_the_comma(read):
    """ "لكن المدرب الذي تولى الفريق في يونيو، أكد أنه …": the subject opens the sentence, a
    relative clause and a comma set it off from the verb; it speaks (the conjunction is no
    part of its name)."""
    result = read(
        "لكن كارلوس الذي تولى تدريب الفريق في يونيو الماضي، أكد أنه لا يواجه مشاكل مع اللاعب. "
        "والمدرب الذي وصل أمس، قال إن المعسكر يبدأ غدا."
    )
    assert _voices(result) == ["كارلوس", "المدرب"]


def test_a_co_founder_after_a_name_is_a_titled_person(read):
    """ "يقول فلان الشريك المؤسس لمبادرة …": "الشريك" (partner) after a name describes the
    person who speaks."""
    result = read("يقول ماركوس فيلر الشريك المؤسس لمبادرة الغذاء إن ملايين الأطفال يعانون.")
    assert _voices(result) == ["ماركوس فيلر"]


def test_no_subject_is_read_from_a_clause_or_a_topic(read):
    """ "ولدى سؤاله عما إذا كان الرئيس سيحضر القمة قال فلان «نعم»": كان there opens a clause
    with its own verb, no subject before "قال"; "وحول المساعدات التي تصل، قال إن …" names a
    topic, not who speaks."""
    result = read(
        'ولدى سؤاله عما إذا كان الرئيس سيحضر القمة قال نائب المندوب نادر الصافي "نعم". '
        "وحول المساعدات التي تصل إلى الميناء، قال إن «الحكومة وجهت بتحويلها»."
    )
    assert [a.content for a in result.attributions][:1] == ["نعم"]
    assert result.attributions[0].source.name == "نادر الصافي"
    assert all(a.source.name != "حول المساعدات" for a in result.attributions)


def test_a_recalled_act_of_a_body_after_the_content_is_the_writers(read):
    """ "…، وكانت لجنة العقوبات فرضت في مايو حظرا …" after a reported clause: the writer recalls
    what a body had done (no قد needed); the content ends before it and the clause is the
    article's own statement."""
    result = read(
        "وأضاف المصدر أن الإجراء يبقى نافذا حتى مارس، وكانت لجنة العقوبات الدولية فرضت في "
        "مايو حظرا على قادة الجماعة."
    )
    (att,) = result.attributions
    assert att.content == "الإجراء يبقى نافذا حتى مارس"
    assert any(s.content.startswith("وكانت لجنة العقوبات") for s in result.statements)


def test_a_union_a_league_and_a_chamber_head_bodies(read):
    """ "وقال اتحاد منتجي الألواح الشمسية الأوروبي إن …", "رابطة …", "غرفة تجارة …": heads of
    bodies as "جمعية" and "نقابة" are, however long the name (it was read as a person's, or
    dropped past five words)."""
    result = read(
        "وقال اتحاد منتجي الألواح الشمسية الأوروبي إن الإنتاج زاد. "
        "وقالت غرفة تجارة الوادي إن الصادرات زادت."
    )
    assert _voices(result) == ["اتحاد منتجي الألواح الشمسية الأوروبي", "غرفة تجارة الوادي"]
    assert all(a.source.kind.value != "person" for a in result.attributions)


def test_many_of_a_group_speak_as_a_group(read):
    """ "وقال الكثير من الضباط، الذين …، إنهم …": "الكثير من" counts some of an unnamed group,
    as "عدد من" does; "الكثير من الوقت" names no one."""
    result = read(
        "وقال الكثير من الضباط، الذين التقتهم الصحيفة، إنهم لم يتلقوا أوامر بالانسحاب. "
        "وقال الكثير من الوقت يضيع في الانتظار."
    )
    assert _voices(result) == ["الكثير من الضباط"]
    assert result.attributions[0].source.kind.value == "anonymous"


def test_a_name_after_an_office_and_its_place_set_off_by_commas(read):
    """ "وأكد مسؤول ملف المياه في شمال الوادي، فلان، أن …": the office, where it is, then
    the person's name between commas: he speaks (no unnamed official)."""
    result = read(
        "وأكد مسؤول ملف المياه في شمال الوادي، سامي العلي، أن الآبار جفت. "
        "وقال مسؤول في الوزارة، طلب عدم ذكر اسمه، إن الخطة جاهزة."
    )
    assert _voices(result) == ["سامي العلي", "مسؤول في الوزارة"]


def test_counted_unnamed_sources_are_anonymous_not_a_person(read):
    """ "وذكرت أربعة مصادر في الجمارك والموانئ طلبت عدم كشف هوياتها أن …": a number before
    an unnamed head counts unnamed sources of the body after it (it was read as a person's
    name, and lost with a body joined by و); "هوياتها" withholds their identities."""
    result = read(
        "وذكرت أربعة مصادر في الجمارك والموانئ طلبت عدم كشف هوياتها أن الشحنة ضبطت. "
        "وقال ثلاثة مسؤولين في الوزارة إن الخطة جاهزة."
    )
    assert _voices(result) == [
        "أربعة مصادر في الجمارك والموانئ",
        "ثلاثة مسؤولين في الوزارة",
    ]
    assert {a.source.kind.value for a in result.attributions} == {"anonymous"}


def test_a_relative_clauses_own_speakers_are_voices(read):
    """ "الإمارات، التي يقول مقاتلون محليون إنها …": the relative clause's verb has speakers of
    its own, who say it of the antecedent."""
    result = read("وكانت القوات، التي يقول مقاتلون محليون إنها قادت الهجوم، قد تقدمت أمس.")
    assert _voices(result) == ["مقاتلون محليون"]
    assert result.attributions[0].content.startswith("قادت الهجوم")


def test_a_statement_to_a_quoted_paper_carries_a_denial(read):
    """ "ونفى فلان في تصريح إلى «الوادي» ما ذكرته الجامعة …": the quoted paper after "في تصريح
    إلى" carried the words; the thing denied follows it, with no colon (the paper's name was
    read into the content)."""
    result = read("ونفى العمراني في تصريح إلى «الوادي» ما ذكرته الجامعة عن نقل زوجته.")
    (att,) = result.attributions
    assert _chains(result) == [["الوادي", "العمراني"]]
    assert att.content == "ما ذكرته الجامعة عن نقل زوجته"


def test_a_family_name_in_ba_ends_a_name_not_a_descriptor(read):
    """ "يقول رئيس قناة الوادي حسين عمر باسليم: …": a family name in "با" is no ب on a noun
    ("بإدارة", "بالوزارة"); the name after the title is read (the title was kept whole)."""
    result = read(
        "يقول رئيس قناة الوادي حسين عمر باسليم: إن المبنى تضرر. "
        "وقال مدير المرور بإدارة الشرطة سالم العلي إن الطرق مفتوحة. "
        "وأكد رئيس الإقليم مسعود بارزاني أن المنطقة ستتحرر. "
        "وقال المتحدث باسمه جوش إيرنست إن الخطة جاهزة."
    )
    assert _voices(result) == ["حسين عمر باسليم", "سالم العلي", "مسعود بارزاني", "جوش إيرنست"]


def test_min_bayn_is_among_not_a_report(read):
    """ "واحدة من بين خمس مراسلات في «الوادي»": "من بين" is "among"; no "بيّن" reports."""
    result = read(
        "وأنا واحدة من بين خمس مراسلات في «الوادي»، ومن بينهن سلمى المختصة بالشؤون "
        "الدولية، اللواتي يتابعن الملف."
    )
    assert result.attributions == ()


def test_a_video_is_an_occasion_of_the_words(read):
    """ "وقال فلان في فيديو نشر أمس إن …", "في تسجيل بثه …": a video or recording is where the
    words were said, as "في بيان" is (the verb of its publishing broke the lead)."""
    result = read(
        "وقال الرئيس في فيديو نشر صباح أمس إن تغير المناخ خطر داهم، مشددا على أن "
        "الوقت ينفد. وقال زعيم الجماعة في تسجيل بثه موقع تابع لها إن القتال مستمر."
    )
    assert _voices(result) == ["الرئيس", "الرئيس", "زعيم الجماعة"]


def test_a_foreign_first_name_may_open_like_a_definite_word(read):
    """ "قال فالتر شميدت إن …", "وقال والتر بيل إن …": a foreign first name written with a plain
    "ال" after و/ف is a name when plain name words follow it; "وألقى كلمة" (a verb with a
    hamza, folded alike) is not."""
    result = read(
        "قال فالتر شميدت إن الاتفاق صامد. وقال والتر بيل إن الأسواق هادئة. "
        "قال الوزير حمدان السالم إن الموسم جيد. وألقى كلمة قال فيها إن المحصول تضاعف."
    )
    assert _voices(result) == ["فالتر شميدت", "والتر بيل", "حمدان السالم", "حمدان السالم"]
