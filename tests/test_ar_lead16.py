"""Arabic voices read wrong on a SaudiNewsNet day sampled at random (issue 11, round 16, lead).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def test_a_portfolio_in_construct_stays_in_the_ministers_title(read):
    """ "وزير حقوق الإنسان اليمني": حقوق is the portfolio in construct, not the start of a name;
    the voice is the minister, not "حقوق الإنسان اليمني"."""
    result = read("وأوضح وزير حقوق الإنسان اليمني أنه بحث عودة الدبلوماسيين إلى المدينة.")
    assert _voices(result) == ["وزير حقوق الإنسان اليمني"]


def test_a_minister_of_state_keeps_his_title(read):
    """ "وزير دولة لشؤون مجلس الوزراء": دولة is part of the title, no name."""
    result = read("وقال وزير دولة لشؤون مجلس الوزراء إن الحكومة ستجتمع غدا.")
    assert _voices(result) == ["وزير دولة لشؤون مجلس الوزراء"]


def test_a_name_between_commas_before_a_relative_clause_is_the_voice(read):
    """ "قال رئيس الكتلة، فلان، الذي كان …، إن": the relative clause is an aside about the man
    named between commas; he speaks, not his title."""
    result = read(
        "وقال رئيس كتلة «التحالف الوطني»، سالم المهيري، الذي كان في المسجد مع نائبين منذ "
        "الصباح، إن الشرطة اقتحمت المكان."
    )
    assert _voices(result) == ["سالم المهيري"]
    assert result.attributions[0].content == "الشرطة اقتحمت المكان"


def test_the_sources_with_an_adjective_are_not_an_earlier_group_of_another_kind(read):
    """ "وقالت المصادر الإيرانية" after "عدد من أئمة المساجد أعلنوا": the sources described so
    were never named before; they are new unnamed sources, not the imams."""
    result = read(
        "وكان عدد من أئمة المساجد قد أعلنوا عن استيائهم من القيود المفروضة على الصلاة. "
        "وفي سياق آخر أفرجت السلطات عن سجينة. "
        "وقالت المصادر الإيرانية: إن السلطات أفرجت عن السجينة بعد انتهاء محكوميتها."
    )
    assert _voices(result) == ["عدد من أئمة المساجد", "المصادر الإيرانية"]
    assert result.attributions[0].source.id != result.attributions[1].source.id


def test_the_sources_with_a_fitting_adjective_refer_back(read):
    """ "مصادر أمنية … وأضافت المصادر الأمنية": the adjective fits, one voice."""
    result = read("وقالت مصادر أمنية إن الهجوم وقع فجرا. وأضافت المصادر الأمنية أن ثلاثة قتلوا.")
    assert len({a.source.id for a in result.attributions}) == 1
    assert _voices(result) == ["مصادر أمنية", "مصادر أمنية"]


def test_bare_the_sources_refer_back_to_any_unnamed_group(read):
    """ "قال شخصان مقربان من الاتحاد … وأضافت المصادر": with no adjective, the sources are
    the unnamed people named before."""
    result = read(
        "وقال شخصان مقربان من الاتحاد إن التحقيق بدأ الشهر الماضي. "
        "وأضافت المصادر أن المحامين يعملون عليه."
    )
    assert len({a.source.id for a in result.attributions}) == 1


def test_however_is_no_voice(read):
    """ "… بين الخمسة الأوائل بيد أن …": بين is "among" and بيد أن is "however"; nobody
    speaks."""
    result = read(
        "وبدا العداء قريبا من إكمال الشوط بين الخمسة الأوائل بيد أن ساقه أصيبت في اللفة الأخيرة."
    )
    assert result.attributions == ()


def test_one_of_them_is_an_unnamed_voice(read):
    """ "بحسب ما قال أحدهم": one of a group is unnamed, no person called أحدهم; a manner word
    after it ("بالنص") is not part of the voice."""
    result = read("وقال أحدهم بالنص: «لن نقبل بأي تسوية».")
    assert _voices(result) == ["أحدهم"]
    assert result.attributions[0].source.kind.value == "anonymous"


def test_a_comma_and_complementiser_after_an_phrase_open_the_words_said(read):
    """ "أعلن متحدث باسم المرشحة عن الحزب الأخضر، أنها ستمثل …": عن names the party she runs
    for; the content is what follows أنها, not "الحزب الأخضر، أنها …"."""
    result = read(
        "أعلن متحدث باسم هند العلي المرشحة للانتخابات عن الحزب الأخضر، أنها ستمثل أمام لجنة "
        "تحقيق في أكتوبر."
    )
    assert [a.content for a in result.attributions] == ["ستمثل أمام لجنة تحقيق في أكتوبر"]


def test_an_revealed_noun_phrase_stays_the_content(read):
    """ "كشف الوزير عن زيارة سرية للرئيس، مؤكدا أنها …": the comma is followed by a participle,
    not a complementiser, so what was revealed is still the noun phrase after عن."""
    result = read("وكشف الوزير عن زيارة سرية للرئيس، مؤكدا أنها ناجحة.")
    assert result.attributions[0].content == "زيارة سرية للرئيس"


def test_between_after_a_definite_noun_is_no_cue(read):
    """ "بإعلان العاصمة بين البلدين الشقيقين، وأن …": بين after a plain definite noun, with no
    complementiser soon after it, is "between", not the verb بيّن."""
    result = read("ورحبت الجامعة بإعلان العاصمة بين المملكة والأردن، وأن اللقاء سيعزز العمل.")
    assert result.attributions == ()


def test_the_verb_between_after_its_subject_is_still_a_cue(read):
    """ "وكان وزير الخارجية بين في تصريح أن …": with its complementiser close, بيّن speaks."""
    result = read("وكان وزير الخارجية بين في تصريح صحفي أمس أن الاتفاق وشيك.")
    assert _voices(result) == ["وزير الخارجية"]


def test_a_leader_title_after_a_name_closes_the_name(read):
    """ "فلان القيادي في حركة …": القيادي is his title, not part of his name."""
    result = read("وندد سالم العمري القيادي في حركة النهضة بالقرار وقال: «هذا تصعيد خطير».")
    assert _voices(result) == ["سالم العمري"]


def test_an_indefinite_leader_stays_unnamed(read):
    """ "قيادي في الحركة": an unnamed member; the movement itself did not speak."""
    result = read("وأكد قيادي في حركة النهضة أن الخلافات قائمة.")
    assert _voices(result) == ["قيادي"]


def test_the_company_refers_back_to_the_company_named_with_that_head(read):
    """ "قالت شركة «نجمة» … وأضافت الشركة": one voice, not a second one called الشركة."""
    result = read("وقالت شركة «نجمة» إن الأرباح ارتفعت. وأضافت الشركة أن الفروع ستزيد.")
    assert len({a.source.id for a in result.attributions}) == 1


def test_the_company_is_not_an_association_named_before(read):
    """ "قالت جمعية الصيادين … وأضافت الشركة": a company is no association."""
    result = read("وقالت جمعية الصيادين إن الموسم جيد. وأضافت الشركة أن الفروع ستزيد.")
    assert len({a.source.id for a in result.attributions}) == 2


def test_the_group_of_companies_is_a_body_not_a_person(read):
    """ "وأضافت المجموعة": a company, not a person called مجموعة."""
    result = read("وأضافت المجموعة أن الصفقة تشمل الفروع.")
    assert result.attributions[0].source.kind.value == "organization"


def test_a_name_right_after_a_quoted_programme_is_the_voice(read):
    """ "المدير التنفيذي لمبادرة «غد أفضل» ماجد السبيعي أن": the programme is quoted, the man
    named after it speaks."""
    result = read("وأكد المدير التنفيذي لمبادرة «غد أفضل» ماجد السبيعي أن المبادرة ستدرب 200 شاب.")
    assert _voices(result) == ["ماجد السبيعي"]


def test_a_voice_never_opens_with_between(read):
    """ "نوّه فلان بالتعاون بين الوزارة و«نماء»": no voice called "بين الوزارة"."""
    result = read(
        "ونوّه الأمير سالم الفيصل بالتعاون المستمر بين وزارة التعليم و«نماء» لإتاحة الفرص."
    )
    assert all(not name.startswith("بين") for name in _voices(result))


def test_a_describing_verb_after_its_subject_keeps_the_subject(read):
    """ "وكان الوزير فلان وصف الاتفاق بأنه …": the agreement is what he described, not a voice
    called الاتفاق."""
    result = read("وكان وزير الخارجية سالم الهاشمي وصف الاتفاق بأنه تاريخي.")
    assert _voices(result) == ["سالم الهاشمي"]


def test_when_asked_is_no_part_of_the_name(read):
    """ "وقالت فلانة لدى سؤالها عن …": when she spoke, not who she is."""
    result = read("وقالت سلمى الحارثي لدى سؤالها عن عيد ميلادها إنها لا تهتم بالاحتفال.")
    assert _voices(result) == ["سلمى الحارثي"]


def test_a_rule_followed_is_no_voice(read):
    """ "وفق توجيهات الأمين": directions followed, no one reported."""
    result = read("وتعمل الفرق على تنظيف الشوارع وفق توجيهات الأمين، وذلك لخدمة الزوار.")
    assert result.attributions == ()


def test_a_verb_after_a_role_is_not_its_holders_name(read):
    """ "يذكر أن وزير الصحة بدأ اجتماعه …": "بدأ اجتماعه" is what he did; a later "وزير
    الصحة" is still the man named first with that role."""
    result = read(
        "أكد وزير الصحة الدكتور سالم بن محمد الهاشمي، في اجتماعه بالمديرين أمس، على بدء "
        "الحملة في موعدها. يذكر أن وزير الصحة بدأ اجتماعه بمديري المستشفيات بالترحيب بهم. "
        "وأكد وزير الصحة لدى اجتماعه في مكتبه بمديري المستشفيات، على حرص الوزارة على سلامة المرضى."
    )
    assert _voices(result) == ["سالم بن محمد الهاشمي", "سالم بن محمد الهاشمي"]


def test_a_name_after_a_quoted_body_then_the_agency_he_told(read):
    """ "وقال مؤسس «أضواء» فادي سالم لفرانس برس إن …": the man speaks through the agency
    (this once stopped the whole report)."""
    result = read("وقال مؤسس «أضواء» فادي سالم لفرانس برس إن المؤسسة تتقرب من الشباب.")
    (attribution,) = result.attributions
    assert attribution.source.name.endswith("فادي سالم")
    assert attribution.chain[0].id == "afp"


def test_through_its_statement_is_no_part_of_the_voice(read):
    """ "وقالت الجامعة من خلال بيانها": how it spoke; the voice is the university named before,
    not a second voice "الجامعة من" (one body counted twice)."""
    result = read(
        "وأكدت جامعة الشمال أن الحادث لا علاقة له بالقبول. "
        "وقالت الجامعة من خلال بيانها: إن الطالبة قبلت في الكلية."
    )
    assert _voices(result) == ["جامعة الشمال", "جامعة الشمال"]


def test_according_to_a_paper_with_its_name_in_quotes(read):
    """ "وفقا لصحيفة «ديلي ميل» البريطانية، أن …": the quotation is the paper's name, not the
    content, and the voice is that paper."""
    result = read(
        "وأظهرت دراسة شملت ألف شخص، وفقًا لصحيفة «ديلي ميل» البريطانية، أن المستهلكين "
        "المعتدلين للقهوة أقل عرضة للنسيان."
    )
    (attribution,) = result.attributions
    assert attribution.source.id == "daily-mail"
    assert attribution.content.startswith("المستهلكين")


def test_is_considered_is_no_report(read):
    """ "الأغنية تعتبر الأكثر مبيعا": the present of اعتبر with no complementiser is "is
    considered"; nobody called "الأكثر" speaks."""
    result = read("وتعتبر قصيدة «ليل المدينة» الأكثر تداولا بين طلاب الجامعة منذ سنوات.")
    assert result.attributions == ()


def test_considers_with_its_complementiser_still_reports(read):
    """ "ويعتبر الخبير فلان أن …": the believer speaks."""
    result = read("ويعتبر الخبير الاقتصادي سالم الحربي أن الأسعار ستنخفض.")
    assert _voices(result) == ["سالم الحربي"]


def test_told_his_friends_is_whom_he_told(read):
    """ "وأخبر أصدقاءه بأنه …": the friends were told; the man named before speaks."""
    result = read("قال سالم الحربي إنه ترك الشركة. وأخبر زملاءه بأنه سينتقل إلى فرع في الشمال.")
    assert _voices(result) == ["سالم الحربي", "سالم الحربي"]


def test_the_agency_told_carries_the_teller(read):
    """ "وأبلغ وزير النقل فلان رويترز أن …": the minister speaks; Reuters, whom he told,
    carries him (it is no voice of its own)."""
    result = read("وأبلغ وزير النقل الماليزي سالم الحربي رويترز اليوم أن الطائرات ستعود.")
    (attribution,) = result.attributions
    assert attribution.source.name == "سالم الحربي"
    assert [s.id for s in attribution.chain] == ["reuters", attribution.source.id]


def test_a_condition_before_the_verb_reports_nothing(read):
    """ "وإذا كشف الفحص عن التهابات": a case supposed; no test "revealed" anything."""
    result = read("وإذا كشف فحص الدم عن وجود التهابات، فقد ينصح الطبيب بالعلاج.")
    assert result.attributions == ()


def test_a_states_agency_is_never_another_states_by_close_letters(read):
    """ "وكالة الأنباء السودانية الرسمية" is one letter from the Saudi agency's name: it is the
    Sudanese agency, never SPA (two states' agencies are two origins)."""
    result = read("وقالت وكالة الأنباء السودانية الرسمية إن الرئيس توجه إلى القمة.")
    assert [a.source.id for a in result.attributions] == ["suna"]


def test_titled_with_is_no_part_of_a_bodys_name(read):
    """ "ووفقا لتقرير لمركز الدراسات بعنوان «…»": the title of the report follows بعنوان; the
    voice is the centre."""
    result = read(
        "ووفقًا لتقرير لمركز الخليج للدراسات بعنوان «دعم متواصل»، فإن المساعدات بلغت مليار دولار."
    )
    assert _voices(result) == ["مركز الخليج للدراسات"]


def test_a_place_governed_by_a_title_is_no_name(read):
    """ "محافظ ديالى العراقية السابق ساهر الكعبي": ديالى is the province the governor
    governs; the person is named after the descriptor."""
    result = read("وأكد محافظ ديالى العراقية السابق ساهر الكعبي أن اللجنة لم تستمع إلى شهادته.")
    assert _voices(result) == ["ساهر الكعبي"]


def test_a_body_governed_by_a_title_keeps_its_complement(read):
    """ "رئيس اتحاد الساحل لكرة القدم": the words after the title name a body with its
    complement, not a person called "لكرة القدم"."""
    result = read("وقال رئيس اتحاد الساحل لكرة القدم إن البطولة ستقام في موعدها.")
    assert all("لكرة" not in name.split()[0] for name in _voices(result))


def test_a_clan_named_with_al_after_a_title_stays_whole(read):
    """ "نائب قبيلة آل مرزوق في بلدات «الوادي» فلان": آل opens the family's name; the clan is
    not cut to "مرزوق" and taken for the speaker."""
    result = read(
        "وذكر نائب قبيلة آل مرزوق في بلدات «الوادي» ساهر حمد العتيق، أن الجسر يحتاج إلى ترميم."
    )
    assert all(name != "مرزوق" for name in _voices(result))


def test_a_long_title_chain_keeps_the_name_after_its_honorific(read):
    """ "مدير عام الإدارة … رئيس لجنة الجودة في المستشفيات الدكتور فلان، أن": the chain is
    long, but the name after "الدكتور" is the voice, not the titles cut short."""
    result = read(
        "وأوضح مدير عام الإدارة العامة للمختبرات والأبحاث رئيس لجنة الجودة في المستشفيات "
        "الدكتور سالم الغامدي، أن الفحوص ستبدأ غدا."
    )
    assert _voices(result) == ["سالم الغامدي"]


def test_a_titled_name_no_list_holds_between_commas_is_the_voice(read):
    """ "ورجحت عضو اللجنة، النائبة فلانة، أن": the member is named; she is no unnamed voice."""
    result = read("ورجحت عضو اللجنة، النائبة أواز حميد أفندي، أن الولايات المتحدة ستتدخل.")
    assert _voices(result) == ["أواز حميد أفندي"]


def test_an_aside_between_commas_is_no_name(read):
    """ "وقال مصدر مسؤول، رفض الكشف عن اسمه، إن": the aside says he is unnamed."""
    result = read("وقال مصدر مسؤول، رفض الكشف عن اسمه، إن الاجتماع تأجل.")
    assert _voices(result) == ["مصدر مسؤول"]


def test_a_name_then_its_title_between_commas_keeps_the_name(read):
    """ "وقال فلان، رئيس بلدية المدينة، إن": the title between commas describes the man
    before it; "بلدية المدينة" is no name."""
    result = read("وقال سالم كاظمي، رئيس بلدية المدينة، إن أعمال الرصف ستنتهي قريبا.")
    assert _voices(result) == ["سالم كاظمي"]


def test_a_family_name_with_al_sheikh_is_no_honorific_before_a_name(read):
    """ "… المهندس سالم آل الشيخ في توجيه للفروع، على …": الشيخ closes his family name; the
    words after it are no part of a name."""
    result = read(
        "أكد وزير النقل والخدمات اللوجستية رئيس اللجنة العليا للسلامة المرورية المهندس سالم "
        "آل الشيخ في توجيه للفروع الإقليمية، على وجوب الالتزام بأنظمة الوزن."
    )
    assert _voices(result) == ["سالم آل الشيخ"]


def test_a_prize_after_a_name_is_no_part_of_it(read):
    """ "الروائي فلان الحائز على جائزة …": what he won is said of him, after his name."""
    result = read("ويكشف الروائي ماجد الزهراني الحائز على جائزة الساحل للقصة عن مجموعته المقبلة.")
    assert _voices(result) == ["ماجد الزهراني"]


def test_an_academic_study_is_a_document_not_a_person(read):
    """ "وأشار بحث أكاديمي إلى أن …": the adjective describes the study; no person called
    "أكاديمي" speaks."""
    result = read("وأشار بحث أكاديمي إلى أن الذين يمارسون الرياضة أقل اكتئابا.")
    (attribution,) = result.attributions
    assert attribution.source.kind.value == "document"


def test_a_trailing_credit_followed_by_its_occasion_covers_the_clause_before(read):
    """ "…، بحسب ما أشارت الشركة في منشور لها." : what was said is the clause before, not
    "في منشور لها" (the occasion)."""
    result = read(
        "تنوي شركة نجمة طرح جهاز لوحي في الربع الأخير، بحسب ما أشارت الشركة في منشور لها "
        "على فيسبوك."
    )
    (attribution,) = result.attributions
    assert attribution.content.startswith("تنوي شركة نجمة طرح جهاز لوحي")


def test_a_leading_credit_with_its_occasion_opens_the_content_after_the_comma(read):
    """ "وبحسب ما قال الوزير في بيان، فإن …": the content is after the occasion and فإن."""
    result = read("وبحسب ما قال الوزير في بيان أصدره مكتبه أمس، فإن الطريق مغلق.")
    assert [a.content for a in result.attributions] == ["الطريق مغلق"]


def test_a_day_ends_a_companys_name(read):
    """ "تعتزم شركة نجمة يوم الإثنين الكشف …. وقالت الشركة": the company is "شركة نجمة", not
    "شركة نجمة يوم الإثنين" (two names for one company would be two origins)."""
    result = read(
        "تعتزم شركة نجمة يوم الإثنين المقبل الكشف عن هاتف جديد. وقالت الشركة إن الهاتف سريع."
    )
    assert _voices(result) == ["شركة نجمة"]


def test_a_verbal_noun_and_its_object_are_no_companys_name(read):
    """ "تعتزم شركة نجمة الكشف عن هاتف …. وقالت الشركة": "الكشف" is what it plans, not the
    end of its name."""
    result = read("تعتزم شركة نجمة الكشف عن هاتف جديد. وقالت الشركة إن الهاتف سريع.")
    assert _voices(result) != ["شركة نجمة الكشف"]


def test_the_body_told_is_no_part_of_the_teller(read):
    """ "أبلغ الاتحاد الوطني للكرة إدارة النادي أمس بأن …": the club's management was told;
    the federation speaks."""
    result = read("أبلغ الاتحاد الوطني للكرة الطائرة إدارة النادي أمس بأن المباراة ستقام الاثنين.")
    assert _voices(result) == ["الاتحاد الوطني للكرة الطائرة"]


def test_with_all_is_how_she_spoke(read):
    """ "تحدثت بكل عفوية عن …": "بكل عفوية" says how she spoke; nobody is called so."""
    result = read("وكانت الطفلة التي تدرس في المرحلة الابتدائية قد تحدثت بكل عفوية عن هوايتها.")
    assert all(not name.startswith("بكل") for name in _voices(result))


def test_affairs_spelt_with_yeh_hamza_stays_in_the_title(read):
    """ "منسق شئون الطاقة الدولية" (شئون for شؤون): the portfolio, not the start of a name."""
    result = read("وأشار منسق شئون المياه الإقليمية الكندي إلى أن الأسعار متغيرة.")
    assert _voices(result) == ["منسق شئون المياه الإقليمية الكندي"]
