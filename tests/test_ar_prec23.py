"""Arabic voices read wrong on SaudiNewsNet days sampled at random (round 23, prec23).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def test_when_a_record_came_out_is_no_part_of_its_name(read):
    """ "التقرير … الصادر مؤخرا": the participle with no issuer after it ends the record."""
    result = read("وأوضح التقرير الفصلي لهيئة الموانئ الصادر مؤخرا أن الشحن تراجع.")
    assert _voices(result) == ["التقرير الفصلي لهيئة الموانئ"]


def test_an_issuer_in_quotes_after_issued_by_is_the_voice(read):
    """ "تقرير صادر عن «الصندوق»": the quoted body issued the record and speaks."""
    result = read("وأوضح تقرير صادر عن «صندوق الرمال» أن المنح زادت.")
    assert _voices(result) == ["صندوق الرمال"]


def test_an_unknown_quoted_issuer_is_a_body(read):
    """ "تقرير حديث صادر عن «تالوم»": an adjective first; the issuer is no person."""
    result = read('وقال تقرير حديث صادر عن "تالوم" إن المنح زادت.')
    assert [(a.source.name, a.source.kind.value) for a in result.attributions] == [
        ("تالوم", "organization")
    ]


def test_the_report_is_its_issuers_after_someone_spoke_in_it(read):
    """ "وأشار فلان في التقرير …، وأوضح التقرير": the report is still its issuer's."""
    result = read(
        "وأوضح تقرير صادر عن وزارة الصحة أن الحالات تراجعت. "
        "وأشار الوزير سالم العلي في التقرير السنوي إلى أن الأسرّة زادت. "
        "وأوضح التقرير أن اللقاحات وصلت."
    )
    assert _voices(result) == ["وزارة الصحة", "سالم العلي", "وزارة الصحة"]


def test_a_noun_after_a_plural_verb_is_its_object(read):
    """ "وأعلنوا الإضراب": a plural verb has no subject after it; the strike is no voice."""
    result = read("وتجمع الممرضون أمام المستشفى، وأعلنوا الإضراب عن العمل ثلاثة أيام.")
    assert _voices(result) == []


def test_an_adverb_after_a_plural_verb_keeps_the_speakers_before(read):
    """ "وأكدوا جميعا أن": the adverb is no subject; the nurses named before speak."""
    result = read("وقال الممرضون إن الأجور تأخرت، وأكدوا جميعا أن الإدارة لم ترد.")
    assert _voices(result) == ["الممرضون", "الممرضون"]


def test_i_read_is_no_cue(read):
    """ "أقرأ" (I read) folds like the dual of "أقر" (admitted) and reports nothing."""
    result = read("وكنت أقرأ الصحف القديمة بشغف في المكتبة العامة.")
    assert _voices(result) == []


def test_among_with_its_conjunction_is_no_cue(read):
    """ "ومن بين الأفكار …": "among", not the verb "بيّن"; the ideas are no voice."""
    result = read("ومن بين المقترحات التي ناقشها المجلس أن تؤجل الانتخابات.")
    assert _voices(result) == []


def test_in_a_way_that_is_no_subject(read):
    """ "تؤكد بما لا يقبل الشك أن": a manner clause after the verb names no one."""
    result = read("والأرقام المنشورة تؤكد بما لا يقبل الشك أن المبيعات تراجعت.")
    assert "بما" not in _voices(result)


def test_clearly_after_the_verb_is_no_subject(read):
    """ "وأوضح بجلاء أن": a manner word; the minister named before goes on speaking."""
    result = read("وقال الوزير سالم العلي إن الجسر جاهز، وأوضح بجلاء أن الطريق سيفتح قريبا.")
    assert _voices(result) == ["سالم العلي", "سالم العلي"]


def test_his_eminence_before_a_title_is_no_name(read):
    """ "أكد فضيلة إمام المسجد …": a form of address, never a voice on its own."""
    result = read("أكد فضيلة إمام وخطيب الجامع الكبير الشيخ سالم العلي أن الصبر واجب.")
    assert "فضيلة" not in _voices(result)


def test_claims_denied_right_after_the_verb_are_its_object(read):
    """ "ونفى المزاعم التي …": the claims are what he denied; the speaker before denies."""
    result = read("وأكد المدير سالم العلي أن الطريق مغلق. ونفى المزاعم التي انتشرت عن سقوط جرحى.")
    assert _voices(result) == ["سالم العلي", "سالم العلي"]


def test_a_last_word_after_son_of_is_a_name(read):
    """ "سالم بن مشرف": after بن the word names the father, though it is also a title."""
    result = read("ورأى سالم بن مشرف أن الشواطئ ستفتح قريبا.")
    assert _voices(result) == ["سالم بن مشرف"]


def test_a_verb_of_purpose_after_the_verb_is_no_subject(read):
    """ "والوزارة إذ تعلن ذلك لتبين أن": "so as to show" opens no voice."""
    result = read("وهيئة الموانئ إذ تعلن هذا لتؤكد أن الرصيف آمن.")
    assert _voices(result) == ["هيئة الموانئ"]


def test_a_possessed_noun_after_a_definite_body_opens_the_object(read):
    """ "وأعلنت الهيئة المحلية نيتها رفع …": her intention is what she announced."""
    result = read("وأعلنت الهيئة المحلية نيتها رفع الضرائب على التبغ.")
    assert _voices(result) == ["الهيئة المحلية"]


def test_a_denied_share_after_a_definite_body_is_the_content(read):
    """ "ونفت الجبهة مشاركتها في …": the body denies; its share opens the content."""
    result = read("ونفت الجبهة مشاركتها في الحوار الذي دعا إليه الرئيس.")
    assert [(a.source.name, a.content) for a in result.attributions] == [
        ("الجبهة", "مشاركتها في الحوار الذي دعا إليه الرئيس")
    ]


def test_a_name_after_a_definite_body_stays_in_it(read):
    """ "الشركة الخاصة نوفا للأدوية": a name with its descriptor goes on."""
    result = read("وقالت الشركة الخاصة نوفا للأدوية إن العقار آمن.")
    assert _voices(result) == ["الشركة الخاصة نوفا للأدوية"]


def test_a_set_of_measures_after_according_to_is_no_voice(read):
    """ "وفق مجموعة من الإجراءات": measures followed, counted; no one speaks."""
    result = read("وتشدد البلدية الرقابة وفق مجموعة من الإجراءات الرامية لحماية المستهلك.")
    assert _voices(result) == []


def test_an_indefinite_record_before_an_agreeing_verb_speaks(read):
    """ "نشرت الوزارة قبل عامين إحصائية أوضحت أن": the statistic, not the whole clause."""
    result = read("ونشرت وزارة الزراعة قبل عامين إحصائية أوضحت أن المحاصيل زادت.")
    assert [(a.source.name, a.source.kind.value) for a in result.attributions] == [
        ("إحصائية", "document")
    ]


def test_a_declaration_signed_says_not_the_speaker_before(read):
    """ "ووقع رؤساء البلديات إعلانا يقول إن": the declaration speaks, not the last voice."""
    result = read(
        "وقال الوزير سالم العلي إن الجسر جاهز. "
        "ووقع رؤساء بلديات من مدن كثيرة إعلانا يقول إن القمة «فرصة أخيرة»."
    )
    assert _voices(result) == ["سالم العلي", "إعلان"]


def test_a_statement_the_author_speaks_in_stays_the_authors(read):
    """ "أصدر الجيش بيانا قال فيه إن": "in it" makes the army the voice."""
    result = read("وأصدر الجيش بيانا قال فيه إن الحدود آمنة.")
    assert _voices(result) == ["الجيش"]


def test_by_saying_is_no_part_of_the_voice(read):
    """ "وأضاف المركز الإعلامي للحملة بالقول إن": the manner ends the body's name."""
    result = read("وأضاف المركز الإعلامي للحملة بالقول إن الطريق مفتوح.")
    assert _voices(result) == ["المركز الإعلامي للحملة"]


def test_his_reply_by_saying_leads_to_his_words(read):
    """ "واختتم فلان رده بالقول: …": his reply is no part of him; his words follow."""
    result = read("وقال سالم العلي إن الطريق مفتوح. واختتم العلي رده بالقول: الأمن مسؤولية الجميع.")
    assert _voices(result) == ["سالم العلي", "سالم العلي"]


def test_when_a_credited_record_came_out_is_no_part_of_what_it_says(read):
    """ "وبحسب التقرير الصادر أمس فإن …": the words reported open after فإن."""
    result = read("وبحسب التقرير الصادر أمس فإن المبيعات تراجعت.")
    assert [(a.source.name, a.content) for a in result.attributions] == [
        ("التقرير", "المبيعات تراجعت")
    ]


def test_a_record_issued_yesterday_by_a_body_credits_the_words_after(read):
    """ "ووفقا للبيان الصادر أمس عن الهيئة فإن": past the issuer, the words reported."""
    result = read("ووفقا للبيان الصادر أمس عن هيئة الموانئ فإن الشحن تراجع.")
    assert [a.content for a in result.attributions] == ["الشحن تراجع"]


def test_a_report_issued_lately_after_lam_is_the_report(read):
    """ "ووفقا لتقرير صادر مؤخرا، فإن": the report alone is the voice."""
    result = read("ووفقا لتقرير صادر مؤخرا، فإن المبيعات تراجعت.")
    assert [(a.source.name, a.content) for a in result.attributions] == [
        ("تقرير", "المبيعات تراجعت")
    ]


def test_a_name_after_a_role_ends_at_its_family_name():
    """ "الوزير سالم بن أحمد الهاشمي مباحثات": the object after the family name is no name."""
    from tracker.lang.ar.roles import _name_length
    from tracker.text import tokenize

    text = "سالم بن أحمد الهاشمي مباحثات أمس مع نظيره"
    assert _name_length(tokenize(text, 0, len(text))) == 4


def test_a_given_name_after_a_family_name_goes_on():
    """ "محمد الحاج حسن": a given name after a word in ال is still the name."""
    from tracker.lang.ar.roles import _name_length
    from tracker.text import tokenize

    text = "محمد الحاج حسن إن"
    assert _name_length(tokenize(text, 0, len(text))) == 3


def test_the_lack_of_after_a_name_opens_the_object(read):
    """ "أكد فلان عدم صحة الرسائل التي قالت": the messages said it, not the spokesman."""
    result = read(
        "أكد المتحدث الرسمي باسم وزارة النقل الدكتور سالم العلي عدم صحة الرسائل "
        "التي قالت إن الطريق سيغلق."
    )
    assert [(a.source.name, a.cue) for a in result.attributions if a.cue == "قالت"] == []


def test_a_request_not_to_be_named_is_no_part_of_the_voice(read):
    """ "قال مصدر بلدي فضل عدم ذكر هويته": the unnamed source alone."""
    result = read("وقال مصدر بلدي فضل عدم ذكر هويته إن القافلة وصلت.")
    assert _voices(result) == ["مصدر بلدي"]


def test_united_after_a_describing_verb_is_part_of_the_name(read):
    """ "ووصفت المملكة المتحدة الاتفاق بأنه": "المتحدة" names the state, no object."""
    result = read("ووصفت المملكة المتحدة الاتفاق بأنه تاريخي.")
    assert _voices(result) == ["المملكة المتحدة"]


def test_a_proper_noun_after_a_definite_name_is_what_is_described(read):
    """ "ووصفت الولايات المتحدة إيران بأنها": the state ends before the object."""
    result = read("ووصفت الولايات المتحدة إيران بأنها دولة مارقة.")
    assert _voices(result) == ["الولايات المتحدة"]


def test_a_body_the_registry_knows_is_not_cut_by_its_second_word(read):
    """ "ووصفت الأمم المتحدة الهجوم بأنه": the whole body describes."""
    result = read("ووصفت الأمم المتحدة الهجوم بأنه جبان.")
    assert _voices(result) == ["الأمم المتحدة"]


def test_according_to_after_a_word_of_dividing_is_depending_on(read):
    """ "صالات مقسمة بحسب الموضوعات": divided by topic; the topics are no voice."""
    result = read(
        "وقدم لهم شرح عن المعرض والذي يضم 5 صالات للزوار مقسمة بحسب الموضوعات "
        "عن تطور المدينة الطبيعي، والإنساني."
    )
    assert _voices(result) == []


def test_a_body_after_according_to_still_speaks_after_reckoning(read):
    """ "تحتسب الرسوم بحسب وزارة المالية": a body after it is still a voice."""
    result = read("ويتم احتساب الرسوم بحسب وزارة المالية على أساس الدخل.")
    assert _voices(result) == ["وزارة المالية"]


def test_their_resentment_after_a_counted_group_is_no_part_of_it(read):
    """ "أوضح عدد من أصحاب المحلات استياءهم من …": the group alone speaks."""
    result = read(
        "بينما أوضح عدد من أصحاب المحلات استياءهم من هذا الأمر، "
        "خاصة في أن الأزمة مستمرة منذ أسابيع."
    )
    assert _voices(result) == ["عدد من أصحاب المحلات"]


def test_two_choices_before_a_body_is_no_voice(read):
    """ "وزارة النقل أمامها خياران: …": what lies before the ministry, not its words."""
    result = read("وزارة النقل أمامها خياران: إما أن تبني الجسر أو تؤجله.")
    assert _voices(result) == []


def test_a_possessed_word_right_after_the_head_completes_the_body(read):
    """ "وقالت وزارة خارجيتها": "its foreign ministry", one name."""
    result = read("وقالت وزارة خارجيتها إن الوفد وصل.")
    assert _voices(result) == ["وزارة خارجيتها"]


def test_once_after_a_name_is_no_part_of_it(read):
    """ "وقال الكاتب فلان ذات مرة إن": when he spoke ends the name."""
    result = read("وقال الكاتب سامر الخطيب ذات مرة إن الكتابة صعبة.")
    assert _voices(result) == ["سامر الخطيب"]


def test_an_assistant_title_opens_a_titled_name(read):
    """ "ويقول معاون مدير عام الدائرة فلان": "معاون" is a title, the name follows."""
    result = read("ويقول معاون مدير عام الدائرة سالم العلي إن الأرشيف محفوظ.")
    assert _voices(result) == ["سالم العلي"]


def test_no_name_opens_with_a_preposition(read):
    """ "وقالت مواطنة من المدينة": the unnamed woman from the city, not "من المدينة"."""
    result = read("وقالت مواطنة من القرية إن الزوار كرماء.")
    assert _voices(result) == ["مواطنة من القرية"]


def test_a_preposition_closing_a_title_is_no_name(read):
    """ "واستغرب رئيس النادي المكلف من …": the title alone, not a man called من."""
    result = read(
        "أمام ذلك، استغرب رئيس النادي المكلف من عدم حضور اللاعب مع فريقه للمعسكر، "
        "مشيرا إلى أنه لاعب محترف."
    )
    assert _voices(result) == ["رئيس النادي المكلف", "رئيس النادي المكلف"]


def test_on_its_website_is_no_name(read):
    """ "بحسب ما نشر … على صفحته": "على" is the preposition, not the name علي."""
    result = read(
        "وجدد الفريق عقد حارسه سامر الخطيب لعامين بحسب ما نشر الأحد على صفحته الإلكترونية."
    )
    assert _voices(result) == []


def test_a_verb_before_about_a_figure_ends_the_credited_voice(read):
    """ "وحسب مصادر محلية يعمل نحو ألف …": the sources, then what they say."""
    result = read("وحسب مصادر محلية يعمل نحو ألف عامل في المصنع الجديد.")
    assert [(a.source.name, a.content) for a in result.attributions] == [
        ("مصادر محلية", "يعمل نحو ألف عامل في المصنع الجديد")
    ]


def test_refusing_to_confirm_or_deny_denies_nothing(read):
    """ "ورفض فلان تأكيد أو نفي الأنباء": neither confirmed nor denied; no voice."""
    result = read("ورفض المدرب سالم العلي تأكيد أو نفي الأنباء عن رحيله.")
    assert _voices(result) == []


def test_a_statement_that_came_out_last_night_credits_the_words_after(read):
    """ "وجاء في بيان صدر صباح أمس أن": the statement, then what it says."""
    result = read("وجاء في بيان صدر صباح أمس أن المدير استقال.")
    assert [(a.source.name, a.content) for a in result.attributions] == [("بيان", "المدير استقال")]
