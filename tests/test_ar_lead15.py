"""Arabic reporting patterns read wrong on fresh SaudiNewsNet pages (issue 11, round 15, lead).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def test_a_family_name_that_is_also_a_title_closes_the_name_after_it(read):
    """ "سالم بن عبدالكريم المرشد مدير عام …": المرشد is the family name after "بن X", not a
    title (a title is followed by what it governs, not by another title)."""
    result = read(
        "وأوضح سالم بن عبدالكريم المرشد مدير عام إدارة البرامج في هيئة السياحة أن "
        "المهرجانات وفرت فرصا كثيرة."
    )
    assert [a.source.name for a in result.attributions] == ["سالم بن عبدالكريم المرشد"]


def test_a_family_name_that_is_also_a_title_ends_the_name_after_a_long_title(read):
    """ "مدير عام الإدارة …، سالم بن عبدالكريم المرشد أن …": the person closing the phrase is
    the voice, not the title before him."""
    result = read(
        "وأوضح مدير عام إدارة المعارض المكلف في الهيئة العامة للثقافة والفنون، سالم بن "
        "عبدالكريم المرشد أن الفرص تتمثل في اللجان المشرفة."
    )
    assert [a.source.name for a in result.attributions] == ["سالم بن عبدالكريم المرشد"]


def test_a_title_after_a_linked_name_still_opens_the_descriptor(read):
    """ "سالم بن مساعد المستشار في الوزارة": a title followed by what it governs stays a title;
    the person is سالم بن مساعد."""
    result = read("وقال سالم بن مساعد المستشار في وزارة المالية إن الميزانية ستعلن قريبا.")
    assert [a.source.name for a in result.attributions] == ["سالم بن مساعد"]


def test_a_body_in_construct_after_a_title_leads_on_to_the_name(read):
    """ "مدير إدارة البرامج في وزارة الصحة، فلان": an indefinite body after في is where the
    titled man serves, as a definite one is; the name after it is the voice."""
    result = read(
        "وأوضح مدير إدارة البرامج في وزارة الصحة، سالم بن عبدالكريم الحارثي أن الفرص "
        "تتمثل في اللجان."
    )
    assert [a.source.name for a in result.attributions] == ["سالم بن عبدالكريم الحارثي"]


def test_a_faculty_member_named_after_his_university_is_that_person(read):
    """ "عضو هيئة التدريس بجامعة الشمال الدكتور فلان": a member of a body is unnamed only when
    no name follows."""
    result = read(
        "وقال عضو هيئة التدريس بقسم الإعلام بجامعة الشمال الدكتور سالم الحارثي إن الطلاب "
        "يعملون في الصيف."
    )
    [att] = result.attributions
    assert att.source.name == "سالم الحارثي"
    assert att.source.kind.value != "anonymous"


def test_a_first_name_no_list_knows_opens_the_name(read):
    """ "عضو مجلس الأهالي عوض محمد الحارثي": after the definite end of the descriptor, an
    unlisted word before a given name is the first name; an adverb there is not ("المعين
    حديثا فلان")."""
    result = read("وقال عضو مجلس الأهالي عوض محمد الحارثي إن المستشفى مغلق منذ شهر.")
    assert [a.source.name for a in result.attributions] == ["عوض محمد الحارثي"]


def test_the_place_after_a_link_is_no_part_of_the_name(read):
    """ "مدير عام الإدارة لشؤون حجاج الخارج في وزارة الشؤون فايز الحارثي": a given name
    that runs on into a body (حجاج) is part of the descriptor; the name follows the last link
    and its complement."""
    result = read(
        "وأكد مدير عام الإدارة لشؤون حجاج الخارج في وزارة الشؤون فايز الحارثي، بأن "
        "العمل يجري على البوابة."
    )
    assert [a.source.name for a in result.attributions] == ["فايز الحارثي"]


def test_a_long_title_chain_may_hold_its_name_between_titles(read):
    """ "النقيب فلان المتحدث الرسمي في قيادة حرس السواحل بالمنطقة الشمالية": past the usual
    length, a name between the titles still names the speaker."""
    result = read(
        "وأوضح النقيب سالم بن محمد الحارثي المتحدث الرسمي في قيادة حرس السواحل بالمنطقة "
        "الشمالية، أن الفرق أنقذت 20 شخصا."
    )
    assert [a.source.name for a in result.attributions] == ["سالم بن محمد الحارثي"]


def test_a_blessing_shared_by_two_statements_links_nothing(read):
    """ "صلى الله عليه وسلم" after the Prophet's name is a set formula: two speakers who say
    different things about him are two claims, not one corroborated claim."""
    from tracker.corroborate import link_corpus

    first = read(
        "وأشارت الباحثة سلمى الحارثي إلى أن الوحي نزل على نبي الرحمة صلى الله عليه وسلم.",
        publisher="okaz",
    )
    second = read(
        "وأوضح الشيخ سالم الهاشمي أن هذا اتباع لسنة نبي الرحمة صلى الله عليه وسلم.",
        publisher="alriyadh",
    )
    corpus, _, _ = link_corpus([first, second])
    assert all(len(claim.articles) == 1 for claim in corpus)


def test_without_formulae_drops_the_formula_only():
    """The formula goes; the words around it, and a formula cut short, stay."""
    from tracker.lang import without_formulae
    from tracker.text import fold, words_of

    words = words_of(fold("ذكر الفقيه أن نبي الرحمة صلى الله عليه وسلم يسّر"))
    assert without_formulae(words) == words_of(fold("ذكر الفقيه أن نبي الرحمة يسّر"))
    cut = words_of(fold("وصلى الله على الناس"))
    assert without_formulae(cut) == cut


def test_the_medium_that_quoted_the_speaker_is_his_carrier(read):
    """ "وشدد فلان، حسبما نقلت عنه صحيفة «الوادي»، على …": the paper carried his words; he
    is the voice (one speaker, not the paper as a second one); so with "بحسب ما" and "كما"."""
    result = read(
        'وشدد الوزير سالم الحارثي، حسبما نقلت عنه صحيفة "الوادي"، على أن الأزمة ستحل قريبا. '
        "وقال الحارثي، كما نقلت عنه قناة الساحل، إن الحل سيأتي من الداخل."
    )
    found = [(a.source.name, [c.name for c in a.chain]) for a in result.attributions]
    assert found == [
        ("سالم الحارثي", ["الوادي", "سالم الحارثي"]),
        ("سالم الحارثي", ["الساحل", "سالم الحارثي"]),
    ]


def test_a_definite_noun_before_bianna_is_what_is_described(read):
    """ "ووصف فلان الهجوم بأنه …": the noun right before بأنه is the object of the describing
    verb, masculine or not, also after a title ("ووصف وزير الخارجية القرار بأنه …"); a word
    completing a title is not ("ووصف رئيس الوزراء بأنه …")."""
    result = read("ووصف الحارثي الهجوم بأنه عمل إرهابي. ووصف وزير الخارجية القرار بأنه تاريخي.")
    voices = [a.source.name for a in result.attributions]
    assert voices == ["الحارثي", "وزير الخارجية"]
    alone = read("ووصف رئيس الوزراء بأنه رجل المرحلة.")
    assert [a.source.name for a in alone.attributions] == ["رئيس الوزراء"]


def test_an_unnamed_official_of_a_body_in_construct_speaks_for_that_body(read):
    """ "مسؤول مركز الإعلام الأمني": the body in construct with the head is the unnamed
    source's affiliation, as "مصدر في مركز …" would give it."""
    result = read("وقال مسؤول مركز الإعلام الأمني إن الانفجار وقع صباحا قرب السوق.")
    [att] = result.attributions
    assert att.source.kind.value == "anonymous"
    assert att.source.descriptor == "مركز الإعلام الأمني"


def test_the_paper_refers_to_the_one_named_as_a_paper_not_the_site_that_relayed_it(read):
    """ "كشف موقع «الساحل» نقلا عن صحيفة «ذا نورث» … وقالت الصحيفة": the newspaper is the one
    named with that head, not the site named last, and it still speaks through the site."""
    result = read(
        "كشف موقع «الساحل» نقلا عن صحيفة «ذا نورث» البريطانية أن الفريق سيباع. "
        "وقالت الصحيفة إن الصفقة ستتم الشهر المقبل."
    )
    later = result.attributions[1]
    assert later.source.name == "ذا نورث"
    assert [c.name for c in later.chain] == ["الساحل", "ذا نورث"]  # still through the site


def test_attention_drawn_is_the_verbs_object_not_part_of_the_name(read):
    """ "ولفت فلان الانتباه إلى أن …": الانتباه is what he drew, not the end of his name."""
    result = read("ولفت سالم الحارثي الانتباه إلى أن الموسم سيبدأ مبكرا هذا العام.")
    assert [a.source.name for a in result.attributions] == ["سالم الحارثي"]


def test_a_long_religious_title_ends_in_its_holders_name(read):
    """ "مفتي عام الدولة رئيس مجلس العلماء الشيخ سالم بن عبدالله آل الشيخ": "عام" closes the
    title (it is no name between two titles), and "آل الشيخ" is a family, not a title."""
    result = read(
        "وأكد مفتي عام الدولة رئيس مجلس العلماء الشيخ سالم بن عبدالله آل الشيخ أن هذه الفئة ضالة."
    )
    assert [a.source.name for a in result.attributions] == ["سالم بن عبدالله آل الشيخ"]
