"""Arabic voices read wrong on SaudiNewsNet days sampled at random (issue 11, round 18, prec18b).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def test_which_is_mentioned_before_the_writers_aside_is_no_voice(read):
    """ "ومما يذكر أن …" is background in the writer's voice: no voice, not "ومما"."""
    result = read("ومما يذكر أن المعرض سيفتتح في الربيع المقبل.")
    assert _voices(result) == []


def test_an_indefinite_word_after_a_body_opens_what_it_describes(read):
    """ "ووصفت هيئة الموانئ تأخير الشحنة بأنه …": the body alone is the voice."""
    result = read("ووصفت هيئة الموانئ تأخير الشحنة بأنه مؤسف.")
    assert _voices(result) == ["هيئة الموانئ"]


def test_an_indefinite_word_after_a_body_with_an_adjective_opens_the_object(read):
    """ "ووصفت الحكومة المحلية هجوم السبت بأنه …": the adjective ends the body's name."""
    result = read("ووصفت الحكومة المحلية هجوم السبت بأنه جبان.")
    assert _voices(result) == ["الحكومة المحلية"]


def test_a_name_after_a_title_inside_a_body_stays_in_the_voice(read):
    """ "ووصفت إدارة الرئيس تاموني الاتفاق بأنه …": a name after a title is no object."""
    result = read("ووصفت إدارة الرئيس تاموني الاتفاق بأنه جيد.")
    assert _voices(result) == ["إدارة الرئيس تاموني"]


def test_in_a_manner_after_a_name_is_no_part_of_it(read):
    """ "أعلن فلان بشكل نهائي عن …": the manner phrase ends the voice."""
    result = read("أعلن المدرب سامر الخطيب بشكلٍ نهائي عن اعتزاله التدريب.")
    assert _voices(result) == ["سامر الخطيب"]


def test_a_letter_he_sent_after_a_name_is_no_part_of_it(read):
    """ "رسالة من الرئيس فلان وجهه للملك": the act done to the letter ends the name."""
    result = read(
        "وتلقى الملك رسالة من الرئيس سامر الخطيب وجهه للملك. وجاء في رسالة الرئيس أن الهدنة ضرورية."
    )
    assert _voices(result) == ["سامر الخطيب"]


def test_a_topic_in_amma_then_a_clause_between_commas_speaks(read):
    """ "أما فلانة، التي …، فقد أكدت": the topic speaks, not the speaker before her."""
    result = read(
        "وقالت نادية سلوم إن الرحلة ممتعة. "
        "أما ريم حداد من البرازيل، التي فازت باللقب العام الماضي، فقد أكدت أنها ستعود."
    )
    assert _voices(result) == ["نادية سلوم", "ريم حداد"]


def test_a_definite_topic_in_amma_before_a_clause_is_no_bare_name(read):
    """ "أما الأسعار، التي …، فقد أكدت": a definite noun is read as no person's name."""
    result = read("أما الأسعار، التي ارتفعت كثيرا، فقد أكدت أنها ستنخفض.")
    assert _voices(result) == []


def test_a_name_the_lexicon_does_not_know_as_a_topic_in_amma_speaks(read):
    """ "أما فلان الفلاني فأشار": a two-word topic with no article is the voice."""
    result = read(
        "وقال سالم العلي إن الرحلة ممتعة. أما ريم عبدالكريم الزهراني فأشارت إلى أن الأهالي ساعدوا."
    )
    assert _voices(result) == ["سالم العلي", "ريم عبدالكريم الزهراني"]


def test_a_time_as_a_topic_in_amma_is_no_name(read):
    """ "أما هذه المرة فقال": a demonstrative opens no name; the speaker before goes on."""
    result = read("وقال سالم العلي إن الرحلة ممتعة. أما هذه المرة فقال إن الأهالي ساعدوا.")
    assert _voices(result) == ["سالم العلي", "سالم العلي"]


def test_a_counterpart_told_is_no_part_of_the_voice(read):
    """ "وقال الرئيس فلان لنظيره الزائر إن": the counterpart told ends the voice."""
    result = read("وقال الرئيس سامر الخطيب لنظيره الزائر إن الاتفاق قريب.")
    assert _voices(result) == ["سامر الخطيب"]


def test_a_counterpart_with_a_nationality_is_no_agency(read):
    """ "لنظيرتها الفرنسية أن": the adjective of the counterpart credits no French agency."""
    result = read("وأكدت الوزيرة لنظيرتها الفرنسية أن الاتفاق قريب.")
    assert [c.name for c in result.attributions[0].chain] == ["الوزيرة"]


def test_a_place_in_two_words_then_a_title_goes_on_to_the_name(read):
    """ "رئيس اللجنة … في سان ماركو الدكتور فلان خلال الحفل أن": the titled name is the voice."""
    result = read(
        "وأوضح رئيس اللجنة الثقافية بالنادي العربي في سان ماركو الدكتور سامر الخطيب "
        "خلال الحفل أن الموسم كان ناجحا."
    )
    assert _voices(result) == ["سامر الخطيب"]


def test_a_definite_noun_after_a_full_name_opens_what_is_described(read):
    """ "ووصف رئيس اللجنة فلان الفلاني الاقتراع على … بأنه": the name ends at its surname."""
    result = read("ووصف رئيس اللجنة سامر الخطيب الاقتراع على مشروع القانون بأنه إنجاز.")
    assert _voices(result) == ["سامر الخطيب"]


def test_a_compound_given_name_goes_on_before_what_is_described(read):
    """ "ووصف الوزير فلان عبد الرحمن الفلاني الاتفاق بأنه": عبد الرحمن is one given name."""
    result = read("ووصف الوزير سامر عبد الرحمن الراشد الاتفاق بأنه جيد.")
    assert _voices(result) == ["سامر عبد الرحمن الراشد"]


def test_a_group_named_right_before_as_it_is_is_what_is_described(read):
    """ "ووصف حزب … الوطني بأنه منظمة": the party is described; the one before describes."""
    result = read("رحب المجلس الأعلى بالقرار ووصف حزب العمال الوطني بأنه منظمة خطرة.")
    assert _voices(result) == ["المجلس الأعلى"]


def test_a_group_with_an_object_before_as_it_is_describes(read):
    """ "ووصف حزب … الوطني القرار بأنه": a definite noun after the name is the object."""
    result = read("ووصف حزب العمال الوطني القرار بأنه خاطئ.")
    assert _voices(result) == ["حزب العمال الوطني"]
