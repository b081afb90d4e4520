"""Arabic voices and stances read wrong on SaudiNewsNet days sampled at random (round 24, prec24).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def _readings(result) -> list[tuple[str, str]]:
    return [(a.source.name, a.stance.value) for a in result.attributions]


def test_his_countrys_stance_is_the_object_not_the_voice(read):
    """ "وأكد الوزير المصري موقف بلاده": a noun with "his" and its governor end the voice."""
    result = read("وأكد الوزير المصري موقف بلاده الداعي للتوصل إلى تسوية تنهي القتال في الإقليم.")
    assert _voices(result) == ["الوزير المصري"]


def test_a_plural_with_their_pronoun_ends_the_group(read):
    """ "المحامون وأغلبيتهم": "most of them" says more of the group, no more of its name."""
    result = read("وقال المحامون وأغلبيتهم من الشباب إن الجلسة تأجلت إلى الخريف.")
    assert _voices(result) == ["المحامون"]


def test_a_lone_issuing_verb_is_no_voice(read):
    """ "وأصدرت بيانا ذكرت فيه": the verb of issuing is never read as the issuer's name."""
    result = read(
        "نفذت وزارة العدل أمس حكما بحق مدان. وأصدرت بيانا ذكرت فيه أن المدان اعتدى على جاره."
    )
    assert "وأصدرت" not in _voices(result)


def test_the_reports_a_man_denies_are_his_object(read):
    """ "فلان نفى التقارير التي …": the reports are what he denied, and he is the voice."""
    result = read("لكن المدرب سالم الفارس نفى التقارير التي تحدثت عن رحيله إلى ناد آخر.")
    assert _readings(result) == [("سالم الفارس", "denies")]


def test_a_categorical_adverb_is_no_part_of_the_voice(read):
    """ "نفت القاهرة قطعيا": how flatly it denied, after the voice's name."""
    result = read("ولطالما نفت القاهرة قطعيا هذه الاتهامات المتكررة.")
    assert _readings(result) == [("القاهرة", "denies")]


def test_a_denial_with_its_adjective_is_a_noun(read):
    """ "تضمن نفيا قاطعا": the verbal noun and its adjective, no dual verb with a voice."""
    result = read("وأصدر النادي بيانا رسميا تضمن نفيا قاطعا لوجود أي مفاوضات مع المهاجم.")
    assert [a.cue for a in result.attributions if a.stance.value == "denies"] == []


def test_any_denial_is_a_noun(read):
    """ "لم تصدر الوزارة أي نفي": no one denied anything."""
    result = read("ولم تصدر الوزارة حتى مساء أمس أي نفي أو توضيح بشأن الصفقة.")
    assert _voices(result) == []


def test_for_the_first_time_is_no_part_of_the_voice(read):
    """ "أعلنت الحكومة الكينية لأول مرة": which time it spoke, not who spoke."""
    result = read("وأعلنت الحكومة الكينية لأول مرة أن قواتها ستنسحب من القاعدة الشمالية.")
    assert _voices(result) == ["الحكومة الكينية"]


def test_without_ends_the_voice(read):
    """ "وأضاف فلان دون الكشف عن …": what he left out is no part of his name."""
    result = read("وأضاف سالم الفارس دون الكشف عن قيمة العقد إن الصفقة اكتملت.")
    assert _voices(result) == ["سالم الفارس"]


def test_right_after_ends_the_voice(read):
    """ "وقال فلان إثر لقائه الوفد": when he spoke, not his name."""
    result = read("وقال رئيس الحزب سالم الفارس إثر لقائه الوفد إن الحوار مستمر.")
    assert _voices(result) == ["سالم الفارس"]


def test_an_event_of_his_is_no_voice(read):
    """ "ويؤكد مقتله أيضا أن …": his death shows it; no one speaks."""
    result = read("ويؤكد مقتله أيضا أن الحي لم يعد آمنا.")
    assert _voices(result) == []


def test_a_credits_title_runs_on_to_the_name_before_the_content(read):
    """ "وبحسب مساعد مدير … الأستاذ فلان، أن": the name before the comma is the voice."""
    result = read(
        "وبحسب مساعد مدير الصحة في محافظة الخرج للشؤون الوقائية الأستاذ سالم الفارس، "
        "أن الحملة شملت مئة مدرسة."
    )
    assert [(a.source.name, a.content) for a in result.attributions] == [
        ("سالم الفارس", "الحملة شملت مئة مدرسة")
    ]


def test_concerning_opens_a_topic_not_a_voice(read):
    """ "وفيما يخص اللاعبين الذين …، كشف أن": the speaker named before reveals it."""
    result = read(
        "وقال المدرب: «الفريق جاهز». وفيما يخص اللاعبين الذين غابوا عن المعسكر لأسباب عائلية، "
        "كشف أن عودتهم قريبة."
    )
    assert _voices(result) == ["المدرب", "المدرب"]


def test_on_after_a_role_is_no_holders_name(read):
    """ "ووقف أمين المدينة على …": "على" as written is the preposition, not a man called علي."""
    result = read(
        "ووقف أمين المدينة على التشغيل التجريبي للحديقة الجديدة. "
        "ونوه أمين المدينة بدعم الوزارة، مؤكدا أن المرحلة الحالية مرحلة قطف الثمار."
    )
    assert _voices(result) == ["أمين المدينة"]


def test_and_between_after_between_him_is_no_cue(read):
    """ "العلاقة بينه وبين الشركة أن …": "and between" closes the pair; no one explains."""
    result = read("وانتهت العلاقة بينه وبين الشركة أن يدفع الغرامة كاملة قبل نهاية العام.")
    assert _voices(result) == []


def test_the_saying_after_a_relayed_voice_is_no_part_of_it(read):
    """ "نقلت الإذاعة عن المصادر القول إن": "the saying" leads the words; the sources relay."""
    result = read("ونقلت الإذاعة عن مسؤول أمني القول إن الخلية تضم عشرة أشخاص.")
    assert [[v.name for v in a.chain] for a in result.attributions] == [["الإذاعة", "مسؤول أمني"]]


def test_the_extent_confirmed_is_no_voice(read):
    """ "شهادات تؤكد مدى فعاليته": how far it works is the object of the verb, no speaker."""
    result = read("وينتظر الدواء شهادات مستقلة تؤكد مدى فعاليته لأنه يحمي نصف المرضى فقط.")
    assert _voices(result) == []


def test_between_those_is_no_cue(read):
    """ "دون تفريق بين تلك الأسباب، وأن …": between the causes; no one explains."""
    result = read("ودعا إلى علاج الأسباب كلها دون تفريق بين تلك الأسباب، وأن الحل يبدأ من المدرسة.")
    assert _voices(result) == []


def test_a_national_society_is_not_the_international_body(read):
    """ "بالصليب الأحمر الكيني": a people's nisba after a body of no country names its own."""
    result = read("وقال مدير الإغاثة بالصليب الأحمر الكيني: إن القوافل بلغت القرى النائية.")
    assert [a.source.name for a in result.attributions] == ["مدير الإغاثة بالصليب الأحمر الكيني"]


def test_a_nisba_of_the_bodys_own_country_keeps_it(read):
    """ "وكالة رويترز البريطانية": the agency's own country; still the registry's agency."""
    result = read("وقالت وكالة رويترز البريطانية إن القوافل بلغت القرى النائية.")
    assert [a.source.name for a in result.attributions] == ["رويترز"]


def test_whom_a_member_sits_for_is_no_second_relay(read):
    """ "نقلت … عن فلان عضو الوفد عن المجلس": "عن" after a member names his body, no voice."""
    result = read("ونقلت قناة الساحل عن سالم الفارس عضو الوفد عن المجلس المنحل أن الرد سيصدر غدا.")
    assert [[v.name for v in a.chain] for a in result.attributions] == [["الساحل", "سالم الفارس"]]


def test_a_teams_name_after_its_head_in_lam_is_no_persons(read):
    """ "المدرب السابق لمنتخب كولومبيا": the team the title is of; no man called so speaks."""
    result = read('وقال المدرب السابق لمنتخب كولومبيا "اللاعبون قدموا موسما رائعا".')
    assert _voices(result) == ["المدرب السابق لمنتخب كولومبيا"]


def test_a_name_of_two_plain_words_after_the_head_stays_a_name(read):
    """ "الرئيس التنفيذي لشركة جون ميلر": two plain words may be the holder's own name."""
    result = read("وقال الرئيس التنفيذي لشركة جون ميلر إن المبيعات تضاعفت.")
    assert _voices(result) == ["جون ميلر"]


def test_a_states_style_in_three_words_before_the_name(read):
    """ "القنصل العام في جمهورية مالي الإسلامية الأستاذ فلان": the place runs on to the name."""
    result = read(
        "وأوضح القنصل العام في جمهورية موريتانيا الإسلامية الأستاذ سالم الفارس "
        "أن المعاملات تنجز خلال أسبوع."
    )
    assert [(a.source.name, a.content) for a in result.attributions] == [
        ("سالم الفارس", "المعاملات تنجز خلال أسبوع")
    ]


def test_one_who_gives_a_cause_speaks_the_participle_after(read):
    """ "أرجع فلان الارتفاع لقلة المعروض، مبيناً أن …": he explains, not the speaker before."""
    result = read(
        "وقال التاجر سالم إن الأسعار مستقرة. من جهته، أرجع خالد العمري شيخ سوق الخضار "
        "الارتفاع لقلة المعروض، مبيناً أن سعر الصندوق بلغ 90 ريالاً."
    )
    assert _voices(result) == ["سالم", "خالد العمري"]


def test_a_verbal_noun_after_the_doers_name_is_his_object(read):
    """ "وأرجع فلان استخدام الحوثيين …": the use is what he explains; the group does not speak."""
    result = read(
        "وقال الخبير ماجد الزهراني إن الوضع صعب. وأرجع الزهيراني استخدام الحوثيين وقوات صالح "
        "للمفخخات، في الفترة الحالية، إلى حالة تخبط، مبينًا أن المفخخات تعرقل التقدم."
    )
    assert [v for v in _voices(result) if "الحوثي" in v] == []


def test_the_owner_of_a_statement_opening_the_sentence_speaks(read):
    """ "وفي بيان للحزب، أعلن …": the party issued it; the source quoted before did not."""
    result = read(
        "وقال مصدر أمني إن الانفجار وقع ليلا. وفي بيان للحزب نشرته مواقع مؤيدة له، "
        "أعلن مسؤوليته عن تفجير العبوة."
    )
    assert _voices(result) == ["مصدر أمني", "الحزب"]


def test_a_statement_to_a_medium_keeps_the_speaker_before(read):
    """ "وفي تصريح لوكالة الأنباء، قال …": whom he told, in ل; the speaker is the one before."""
    result = read(
        "وقال مصدر أمني إن الانفجار وقع ليلا. وفي تصريح لوكالة الأنباء، قال إن العبوة صغيرة."
    )
    assert _voices(result) == ["مصدر أمني", "مصدر أمني"]


def test_its_minister_after_and_is_a_title_not_an_object(read):
    """ "الرئيس فلان ووزير خارجيته فلان": "its foreign minister" opens a second man, no object."""
    result = read("وقال الرئيس الكيني سالم الفارس ووزير خارجيته خالد العمري مرارا إن الدعم مستمر.")
    assert _voices(result) == ["سالم الفارس ووزير خارجيته خالد العمري"]


def test_without_right_after_a_title_is_a_name(read):
    """ "وقالت السفيرة دون ليبري": after a title, "دون" opens her name."""
    result = read("وقالت السفيرة دون ليبري أمس إن المساعدات ستراجع.")
    assert _voices(result) == ["السفيرة دون ليبري"]


def test_a_name_with_two_fathers_between_two_titles(read):
    """ "الأمير فلان بن فلان بن عبد الله محافظ المدينة": each "بن" lengthens the name."""
    result = read("وأوضح الأمير سالم بن ماجد بن عبد الله محافظ المدينة أن المعرض يبدأ غدا.")
    assert _voices(result) == ["سالم بن ماجد بن عبد الله"]
