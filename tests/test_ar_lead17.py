"""Arabic voices read wrong on SaudiNewsNet days sampled at random (issue 11, round 17, lead).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def test_on_his_part_after_a_name_is_no_part_of_it(read):
    """ "وأكد الوزير فلان من جانبه أن", "وقال المدرب فلان بدوره إن": "on his part" after the
    name says who speaks in turn; it is no part of the name."""
    result = read(
        "وأوضح وزير النقل الأردني سامر الخطيب من جهته أن الطريق سيفتح غدا. "
        "وأكد مدير الميناء نادر الحسيني من جانبه أن السفن ستصل الأحد. "
        "وقال المدرب وليد الماجد بدوره إن الفريق جاهز للمباراة."
    )
    assert _voices(result) == ["سامر الخطيب", "نادر الحسيني", "وليد الماجد"]


def test_some_people_before_the_verb_are_an_unnamed_voice(read):
    """ "البعض يرى أن …": "some (people)" speak; not the person named in the sentence before."""
    result = read(
        "يرى الباحث سمير الداوود أن الإعلان التقليدي يتراجع. "
        "البعض يرى أن العلاقات العامة أداة مستقلة عن التسويق."
    )
    assert _voices(result) == ["سمير الداوود", "البعض"]
    assert result.attributions[1].source.kind.value == "anonymous"


def test_some_people_after_the_verb_are_an_unnamed_voice(read):
    """ "ويعتقد البعض أن …", "إذ أفاد بعضها بأن …": an unnamed part of a group, anonymous."""
    result = read(
        "ويعتقد البعض أن أسعار الذهب سترتفع قبل نهاية العام. "
        "وتناقلت مواقع إلكترونية الخبر، إذ أفاد بعضها بأن المرضى غادروا المستشفى."
    )
    assert _voices(result) == ["البعض", "بعضها"]
    assert {a.source.kind.value for a in result.attributions} == {"anonymous"}


def test_a_leading_credit_with_a_bare_name_and_a_description_before_so_that(read):
    """ "وحسب فلان، أحد منظمي المسيرة، فإن …": the frame of a leading credit (فإن after the
    voice) makes a bare name a voice; the description between commas is no content."""
    result = read("وحسب سامر الخطيب، أحد منظمي الوقفة، فإن نحو ألفي شخص شاركوا فيها.")
    assert _voices(result) == ["سامر الخطيب"]
    assert result.attributions[0].content == "نحو ألفي شخص شاركوا فيها"


def test_a_leading_credit_with_a_bare_name_right_before_so_that(read):
    """ "وحسب فلان فإن …" with حسب (not بحسب) reads the name as the voice."""
    result = read("وحسب نادر الحسيني فإن السفن ستصل إلى الميناء الأحد.")
    assert _voices(result) == ["نادر الحسيني"]


def test_a_plan_before_so_that_is_no_voice(read):
    """ "وحسب الخطة فإن …": a plan followed, nobody speaking."""
    result = read("وحسب الخطة فإن الطريق سيفتح أمام السيارات غدا.")
    assert _voices(result) == []


def test_a_title_alone_before_a_name_between_commas_gives_the_name(read):
    """ "وحسب رئيس البلدية، فلان، فإن …": the title describes the man named between commas."""
    result = read("وحسب رئيس البلدية، نادر الحسيني، فإن المشروع سيكتمل في الربيع.")
    assert _voices(result) == ["نادر الحسيني"]


def test_a_definite_record_ends_before_the_verb_of_what_it_says(read):
    """ "وحسب التوقعات الدولية ستشهد المنطقة …": a definite noun takes only adjectives in ال;
    the verb after them opens what the forecasts say."""
    result = read("وحسب التوقعات الدولية ستشهد المنطقة ارتفاعا كبيرا في درجات الحرارة هذا الصيف.")
    assert _voices(result) == ["التوقعات الدولية"]
    assert result.attributions[0].content.startswith("ستشهد المنطقة ارتفاعا")


def test_a_definite_record_goes_on_through_a_relative_or_a_preposition(read):
    """ "وفقا للدراسة التي أجرتها الجامعة": the relative clause is part of the record; it is not
    cut at the verb inside it."""
    result = read("وقال الوزير إن الأسعار ستنخفض وفقا للدراسة التي أجرتها الجامعة العام الماضي.")
    voices = _voices(result)
    assert "الدراسة" not in voices
    assert not any(v.startswith("أجرتها") for v in voices)


def test_a_body_describing_something_is_not_joined_to_it(read):
    """ "ووصف البنك المركزي الخطوة بأنها …": the body, then what it describes."""
    result = read("ووصف البنك المركزي الخطوة بأنها خفض استثنائي لقيمة العملة.")
    assert _voices(result) == ["البنك المركزي"]


def test_one_word_before_as_it_is_what_is_described(read):
    """ "ووصف إيران بأنها …", "ووصف هؤلاء المعارضين بأنهم …": the word before بأنها is what is
    described (the pronoun refers to it); the speaker is the one named before."""
    result = read(
        "وقال وزير الخارجية نادر الحسيني إن المفاوضات متعثرة. "
        "ووصف إيران بأنها عقبة أمام الحل. ووصف هؤلاء المعارضين بأنهم قلة."
    )
    assert _voices(result) == ["نادر الحسيني"] * 3


def test_a_relative_with_his_before_a_name_describes_the_named_man(read):
    """ "وقال نظيره الروسي فلان", "وقال زميله فلان قائد الفريق": the relation with its pronoun
    describes the man named after it."""
    result = read(
        "وقال نظيره الأوكراني بوريس كوفالينكو إن المحادثات كانت بناءة. "
        "وقال زميله ماركو فيلاني قائد الفريق: «نسينا هزيمة الموسم الماضي»."
    )
    assert _voices(result) == ["بوريس كوفالينكو", "ماركو فيلاني"]


def test_a_relative_with_his_and_no_name_stays_whole(read):
    """ "وقال نظيره الروسي إن …": no name follows, so nothing is cut from the relation."""
    result = read("وقال نظيره الأوكراني إن المحادثات كانت بناءة.")
    assert _voices(result) == ["نظيره الأوكراني"]


def test_along_without_tanween_governs_a_noun_in_lam(read):
    """ "ووفق لائحة الاتهام": ل is the noun's first letter, not a preposition to strip."""
    result = read("ووفق لائحة الدعوى، فإن الشركة أخفت عيوب المنتج.")
    assert not any(v.startswith("ائحة") for v in _voices(result))


def test_a_law_followed_is_no_voice(read):
    """ "وفق القانون، فإن …": what the law provides, nobody speaking."""
    result = read("ووفق القانون المحلي، فإن تعيين القضاة يتطلب موافقة سبعة أعضاء.")
    assert _voices(result) == []


def test_a_king_a_centre_is_named_after_is_no_voice(read):
    """ "المتحدث باسم مركز الملك فلان للإغاثة فلان": the king's name belongs to the centre; the
    spokesman named at the end speaks (ل on the centre, or written with a tatweel, changes
    nothing)."""
    result = read(
        "وأوضح المتحدث الرسمي لـمركز الملك فيصل للإغاثة نادر الحسيني، أن القافلة وصلت أمس. "
        "وقال مدير جامعة الملك خالد إن الدراسة تبدأ الأحد."
    )
    assert _voices(result) == ["نادر الحسيني", "مدير جامعة الملك خالد"]


def test_a_statement_described_then_issued_by_a_body_is_the_bodys(read):
    """ "بيان صحفي صادر عن الهيئة": the adjective of the statement, then who issued it."""
    result = read("وقال بيان صحفي صادر عن هيئة الموانئ إن السفن ستصل الأحد.")
    assert _voices(result) == ["هيئة الموانئ"]


def test_a_number_of_conditions_is_no_voice(read):
    """ "وفق عدد من الشروط": conditions counted are still rules followed, nobody speaking."""
    result = read("ويحق لكل عضو التصويت وفق عدد من الشروط أبرزها أن يسدد اشتراكه السنوي.")
    assert _voices(result) == []


def test_a_name_written_with_a_hamza_on_its_alif_is_no_adjective(read):
    """ "بحسب ابنها أليكسي فلان": "أليكسي" folds like an article word, but as written it is the
    given name, not an adjective of "ابنها"."""
    result = read("وقالت العائلة بحسب ابنها أليكسي مارتينوف، إنها بخير.")
    assert _voices(result) == ["أليكسي مارتينوف"]


def test_a_compound_given_name_keeps_its_title_word(read):
    """ "زعيمهم عبد الملك فلان": الملك completes the given name عبد الملك; it is no title that
    ends the name."""
    result = read("وقال زعيمهم عبد الملك الشمري إن الهجوم سيفشل.")
    assert _voices(result) == ["عبد الملك الشمري"]


def test_a_plural_nisba_is_an_unnamed_group(read):
    """ "وقال أكاديميون بجامعة …": people of a kind, unnamed, with where they work."""
    result = read("وقال أكاديميون بجامعة الشمال للعلوم إن النتائج أولية.")
    assert [a.source.kind.value for a in result.attributions] == ["anonymous"]


def test_so_some_keeps_no_conjunction_in_the_voice(read):
    """ "فالبعض يرى أن …": ف joins the clause; the voice is "البعض"."""
    result = read("فالبعض يرى أن الحملة لم تحقق أهدافها.")
    assert _voices(result) == ["البعض"]


def test_the_people_warned_are_no_part_of_the_warner(read):
    """ "حذرت وزارة التجارة المستهلكين من …": a definite plural after the body, then من, is
    whom it warns; "وحذر اتحاد المزارعين من" keeps the plural in the union's name."""
    result = read(
        "وحذرت هيئة الغذاء والدواء المستهلكين من التوابل المغشوشة. "
        "وحذر اتحاد المزارعين من ارتفاع أسعار الأعلاف."
    )
    assert _voices(result) == ["هيئة الغذاء والدواء", "اتحاد المزارعين"]


def test_a_particle_before_the_issuing_verb_is_no_part_of_the_issuer(read):
    """ "كما ألقى الوزير كلمة قال فيها: …": the verb after كما is no part of who spoke."""
    result = read("كما ألقى وزير الري كلمة قال فيها: إن مخزون السدود يكفي عاما كاملا.")
    assert _voices(result) == ["وزير الري"]


def test_a_quoted_body_after_a_general_title_is_governed(read):
    """ "مفوض عام «الوكالة» فلان": عام belongs to the title, which governs the quoted body; the
    man named after it speaks (his name is no known given name)."""
    result = read("وقال مفوض عام «الهيئة» بيير مارتان: «نشعر بالقلق من الأزمة المالية».")
    assert _voices(result) == ["بيير مارتان"]


def test_of_a_quoted_body_before_a_name_is_no_medium(read):
    """ "المفوض العام لـ«الوكالة» فلان": ل there is "of" (a name follows the quotation), not the
    medium told; "المتحدث الرسمي لـ«الوادي» إن" still tells the paper."""
    result = read(
        "وقال المفوض العام لـ«الهيئة» بيير مارتان إن الأزمة خانقة. "
        "وقال المتحدث الرسمي لـ«الوادي» إن الاجتماع تأجل."
    )
    assert _voices(result) == ["بيير مارتان", "المتحدث الرسمي"]
    assert [len(a.chain) for a in result.attributions] == [1, 2]


def test_a_supervisors_complement_in_a_place_goes_on_to_the_name(read):
    """ "المشرف على البرامج الصيفية في الكلية الدكتور فلان": في names where he supervises; the
    name comes after it."""
    result = read(
        "وبين المشرف على البرامج الصيفية في الكلية الدكتور سامر الخطيب، أن الدورات بلغت 41."
    )
    assert _voices(result) == ["سامر الخطيب"]


def test_a_statement_of_a_quoted_body_is_the_bodys(read):
    """ "وقال بيان لـ«الهيئة»": ل written apart, then the quoted author of the statement."""
    result = read("وقال بيان لـ«الهيئة» إن الاجتماع الطارئ عقد أمس في العاصمة.")
    assert _voices(result) == ["الهيئة"]


def test_an_indefinite_title_governs_the_word_after_it(read):
    """ "مدير مدارس النور": مدارس is what the director directs, not the start of a name."""
    result = read("وأكد مدير مدارس النور أن الاستعدادات للعام الدراسي بدأت مبكرا.")
    assert _voices(result) == ["مدير مدارس النور"]


def test_a_plural_nisba_describing_something_is_the_group_alone(read):
    """ "ويصف عقاريون سوق العقار بأنه …": the unnamed group, then what it describes."""
    result = read("ويصف عقاريون سوق العقار في المدينة بأنه استثناء في كل شيء.")
    assert _voices(result) == ["عقاريون"]


def test_a_name_opening_in_lam_is_no_complement(read):
    """ "مستشارة الأمن القومي ليزا فلان": a name may open with ل; only ل before a definite word
    ("لكرة القدم") is a complement."""
    result = read("وقالت مستشارة الأمن القومي ليزا كارتر إن الأمن أولوية.")
    assert _voices(result) == ["ليزا كارتر"]


def test_a_passive_credit_names_no_voice(read):
    """ "حسبما ذُكر في نصها الأصلي": a passive verb, then where; "في نصها" is no voice, and a
    later "وقالوا" does not refer back to it."""
    result = read("وتبين الدراسة ذلك حسبما ذُكر في نصها الأصلي. وقالوا إن الزكام ينتهي دون مضاعفات.")
    assert not any(v.startswith("في") for v in _voices(result))


def test_a_verbal_noun_after_a_modal_reports_nothing(read):
    """ "ويمكن باختصار ذكر الجهات": "mentioning" after "can"; nobody is reported."""
    result = read("ويمكن باختصار ذكر الشركاء الذين دعموا المهرجان وهم: البلدية والغرفة.")
    assert _voices(result) == []


def test_allegiance_announced_is_what_was_announced(read):
    """ "أعلن مقاتلون … مبايعة التنظيم": the pledge is the content; the fighters speak, not the
    group they pledged to."""
    result = read("وأعلن مقاتلون من ثلاث قرى جبلية مبايعة تنظيم داعش في تسجيل صوتي.")
    assert _voices(result) == ["مقاتلون من ثلاث قرى جبلية"]


def test_a_comma_after_the_medium_told_before_the_subject(read):
    """ "ويوضح لـ«الوادي»، فلان الخبير أن …": the medium, a comma, then the speaker."""
    result = read("ويوضح لـ«الوادي»، سامر الخطيب الخبير النفطي أن الأمر يتوقف على التحقيق.")
    assert _voices(result) == ["سامر الخطيب"]
    assert [m.name for m in result.attributions[0].chain] == ["الوادي", "سامر الخطيب"]


def test_what_is_considered_before_a_quotation_is_no_part_of_the_voice(read):
    """ "واعتبرت المؤسسة الأمر «…»": the body, then what it considered, then its words."""
    result = read("واعتبرت الجمعية الأمر «اعتداء جديدا على المقبرة».")
    assert _voices(result) == ["الجمعية"]


def test_reaching_an_agreement_confirmed_is_the_content(read):
    """ "وأكد مدير أعمال اللاعب فلان توصل …": reaching (an event noun) opens what he confirmed;
    the name before it is the voice."""
    result = read("وأكد مدير أعمال اللاعب سامر الخطيب توصل اللاعب والنادي إلى اتفاق لتجديد عقده.")
    assert _voices(result) == ["سامر الخطيب"]


def test_a_name_after_a_place_in_fi_before_the_words_said(read):
    """ "المتحدث باسم وزارة الصحة في المدينة فلان: …": the place the body serves, then a name
    the lexicon does not list; not a town and its adjective ("في بلدة كريمس النمساوية إن")."""
    result = read(
        "وقال الناطق باسم مديرية الزراعة في حمص أشرف الخالدي: «الحصاد تأخر». "
        "وقال متحدث باسم الشرطة في بلدة ليندو الألمانية إن التحقيق مستمر."
    )
    assert _voices(result) == ["أشرف الخالدي", "متحدث باسم الشرطة"]


def test_an_unlisted_first_name_after_a_place_in_bi(read):
    """ "مدير مكتب التعليم بالداير مفرح فلان": the place ends the descriptor; the unlisted word
    before a given name is the first name."""
    result = read("وأكد مدير مكتب التعليم بالساحل مفرح سعود العتيبي أن الدراسة ستستأنف.")
    assert _voices(result) == ["مفرح سعود العتيبي"]


def test_a_rank_qualifier_is_no_first_name(read):
    """ "اللواء ركن فلان": ركن qualifies the rank; the name starts after it."""
    result = read("وقال اللواء ركن سامر الخطيب إن المدينة أصبحت آمنة.")
    assert _voices(result) == ["سامر الخطيب"]


def test_the_name_of_a_county_is_no_persons_name(read):
    """ "قائد شرطة مقاطعة سانت لويس الأميركية": the county's name, up to its adjective, is where
    the chief serves; no one is named ("مدير شرطة محافظة جدة فلان" still names him)."""
    result = read(
        "وقال قائد شرطة مقاطعة سانت كلير الأميركية، إن الرجل أصيب بجروح. "
        "وقال مدير شرطة محافظة جدة سالم العلي إن الحادث عرضي."
    )
    assert _voices(result) == ["قائد شرطة مقاطعة سانت كلير الأميركية", "سالم العلي"]


def test_joining_described_is_what_is_described(read):
    """ "ووصف نائب الرئيس انضمام بعض الطلاب … بأنه": the event described, not a voice."""
    result = read("ووصف نائب الرئيس انضمام بعض الطلاب للتنظيم بأنه محدود.")
    assert _voices(result) == ["نائب الرئيس"]


def test_belonging_to_is_no_cue(read):
    """ "موقف للسيارات، تابع لحرم الجامعة": "belonging to", not "he went on"."""
    result = read("وعثرت الشرطة على الجثة في موقف للسيارات، تابع لحرم الجامعة.")
    assert _voices(result) == []


def test_his_accusation_after_a_name_is_the_object(read):
    """ "وجدد فلان اتهامه للغرب …": a noun with "his" (written ه) after the name opens what he
    did; it is no part of his name."""
    result = read(
        "وجدد نائب الرئيس سامر محمد العتيبي اتهامه للغرب بدعم التطرف، مشيرا إلى أن التطرف "
        "ظاهرة عالمية."
    )
    assert _voices(result) == ["سامر محمد العتيبي"]


def test_a_relative_with_was_before_the_verb_speaks_for_its_antecedent(read):
    """ "خلافا للتقديرات التي كانت ترجح هبوطها …": the estimates pointed to it (no person
    named, so nothing is reported), never the speaker named in the sentence before; two copies
    of the wire had made it a claim 'corroborated' by two unrelated voices."""
    result = read(
        "وقالت وزارة العمل إن الطلبات تراجعت 26 ألف طلب. وزادت المخزونات 2.5 مليون برميل "
        "خلافا للتقديرات التي كانت ترجح هبوطها 2.3 مليون برميل."
    )
    assert _voices(result) == ["وزارة العمل"]


def test_a_manner_in_bi_after_the_verb_is_no_voice(read):
    """ "أجاب بصراحة متناهية قائلا": how he answered, no one named "بصراحة"."""
    result = read("وعندما سئل عن الاتفاق أجاب بصراحة متناهية قائلا: «الاتفاق لن يغير شيئا».")
    assert not any(v.startswith("بصراحة") for v in _voices(result))


def test_a_proverb_is_no_voice(read):
    """ "كما يقول المثل": a proverb belongs to no one."""
    result = read("والدولة تنفق كثيرا، لكن كما يقول المثل: «المرعى أخضر والعنز مريضة».")
    assert _voices(result) == []


def test_a_verb_of_a_figure_in_the_present_ends_a_credit(read):
    """ "وبحسب فلان تعادل التخفيضات 180 مليارا …": "equal(s)" opens the finding; the voice is the
    consultancy alone (two articles had made it two origins, one with the finding in its name)."""
    result = read(
        "وقالت شركة نوردان للاستشارات إن الإنفاق سيتراجع. وبحسب نوردان تعادل هذه "
        "التخفيضات ربع ما أنفقته الشركات في العام الماضي."
    )
    assert _voices(result)[1:] == ["شركة نوردان للاستشارات"]


def test_a_company_named_by_its_own_name_again_is_one_voice(read):
    """ "شركة نوردان للاستشارات … وبحسب نوردان": the bare name is the company named before, not
    a second voice (one speaker counted twice); a king's name in a body's is no such name."""
    result = read(
        "وقالت شركة نوردان للاستشارات إن الإنفاق سيتراجع. وبحسب نوردان فإن الشركات ستؤجل "
        "مشاريعها. وقالت مؤسسة الملك فيصل إن الجائزة تقام غدا. وقال فيصل إن الحفل جاهز."
    )
    ids = [a.source.id for a in result.attributions]
    assert ids[0] == ids[1]
    assert _voices(result)[3] == "فيصل"


def test_a_non_commissioned_officer_is_no_describing_verb(read):
    """ "ضابط وصف ضابط وجندي": صف ضابط is a rank; nothing is described or reported."""
    result = read("ويوجد في المحافظة ألف ضابط وصف ضابط وجندي يريدون الانضمام إلى الجبهة.")
    assert _voices(result) == []


def test_two_consonants_alike_do_not_make_two_men_one(read):
    """ "عمر الخطيب" … "العمري": their skeletons share two consonants only; the second man is
    not the first (a surname resolved to another's name loses a speaker)."""
    result = read("وقال عبد الله بن سالم إن الميزانية جاهزة. وأشار العبيدي إلى أن الأسعار سترتفع.")
    assert _voices(result) == ["عبد الله بن سالم", "العبيدي"]


def test_a_name_between_commas_before_the_medium_told(read):
    """ "عضو المجلس، فلان، لـ«الوادي»: …": the name set off by commas speaks, telling the paper."""
    result = read("وقال عضو المجلس، سامر الخطيب، لـ«الوادي»: «لم نكن على علم بالاقتحام».")
    assert _voices(result) == ["سامر الخطيب"]
    assert [m.name for m in result.attributions[0].chain] == ["الوادي", "سامر الخطيب"]


def test_what_a_spokesman_speaks_for_is_no_name(read):
    """ "متحدث باسم ناطحة السحاب": the building he speaks for, not a person called so."""
    result = read("وقال متحدث باسم برج الساعة إن المبنى أضيء باللون الأخضر.")
    assert _voices(result) == ["متحدث باسم برج الساعة"]


def test_a_present_verb_after_an_is_what_one_may_say(read):
    """ "لا يستحي أن يقول مهلا": the subjunctive says what one would say; nothing was said
    ("بعد أن توقعت الوزارة أن …" is a past act, told)."""
    result = read(
        "وإذا طرقت بابه فلن يتردد أن يقول انتظر قليلا فإن البيت مشغول. "
        "وجاء ذلك بعد أن توقعت الوزارة أن ترتفع الأسعار."
    )
    assert _voices(result) == ["الوزارة"]


def test_a_share_of_those_asked_is_no_voice_named_before(read):
    """ "و61% أكدوا أن …": a share of respondents speaks, never the voice named before."""
    result = read("وقال مدير المعرض إن الإقبال كبير. و61% أكدوا أن الأسعار مناسبة.")
    assert _voices(result) == ["مدير المعرض"]


def test_a_complementiser_in_another_clause_makes_no_considering_a_report(read):
    """ "ويعتبر المسن عكس ذلك، كما أن …": the أن after the comma and كما belongs to
    another clause; "يعتبر" there is "considers", no report."""
    result = read("وكل واحد يعتبر نفسه خبيرا ويعتبر المسن عكس ذلك، كما أن الجيل الجديد مستعجل.")
    assert _voices(result) == []


def test_letters_counted_before_said_in_them(read):
    """ "ووجه فلان عددا من الرسائل قال فيها: …": the count is no part of the issuer."""
    result = read("ووجه الدكتور سامر الخطيب عددا من الرسائل قال فيها: «الوطن يستحق منا الكثير».")
    assert _voices(result) == ["سامر الخطيب"]


def test_between_two_things_let_him_say_and_falsely_report_nothing(read):
    """ "يزاوج بين ثقافتين" (between two), "دعوه يقول" (let him say), "يسعى كذباً" (falsely):
    no cue; "وبين حسين أن …" still reports."""
    result = read(
        "وهو نهج يجمع بين مدرستين: مدرسة الحفظ ومدرسة الفهم. "
        "دعوه يقول لنا صراحة ماذا تغير في رأيه. ويسعى كذباً بادعاء أن الحق معه. "
        "وبين حسين أن الخطة جاهزة."
    )
    assert _voices(result) == ["حسين"]


def test_sources_close_to_a_known_body_are_shown_as_written(read):
    """ "وقالت مصادر مقربة من حزب الله": the unnamed sources, as written (not the party itself),
    in the party's independence group."""
    result = read("وقالت مصادر مقربة من حزب الله إن الحزب لن يشارك في الحكومة.")
    (att,) = result.attributions
    assert att.source.name == "مصادر مقربة من حزب الله"
    assert att.source.kind.value == "anonymous"
    assert att.source.independence_group == "hezbollah"


def test_an_event_described_is_no_part_of_the_describer(read):
    """ "ووصف مفتي عام المملكة حادث التفجير الغاشم بالعمل الإجرامي": the event is what he
    described; the voice is the mufti (it had been a person called "حادث التفجير")."""
    result = read("ووصف مفتي عام المملكة حادث التفجير الغاشم الذي استهدف المسجد بأنه عمل إجرامي.")
    assert _voices(result) == ["مفتي عام المملكة"]


def test_the_words_of_someone_name_him(read):
    """ "حسب كلام الطبيب": the doctor, whose words they are, is the voice (not "كلام")."""
    result = read("أعاني من التهاب مزمن في المفصل حسب كلام الطبيب الذي أراجعه.")
    assert _voices(result) == ["الطبيب"]


def test_a_prayer_for_the_dead_is_no_voice(read):
    """ "وكان رحمه الله يقول": the prayer after his name is no one's name."""
    result = read("وكان الشيخ سالم رحمه الله يحب الناس. وكان رحمه الله يقول إن العلم نور.")
    assert not any(v.startswith("رحمه") for v in _voices(result))
