"""Arabic reporting patterns missed on unseen SaudiNewsNet pages (issue 11, round 18: recall).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def voices(result) -> list[tuple[str, str]]:
    """Each attribution's voice and content, in text order."""
    return [(a.source.name, a.content) for a in result.attributions]


def test_a_quoted_foreign_name_after_a_title_and_nationality_is_the_speaker(read):
    """ "وقال المدرب البرتغالي «أنطونيو كوستا» في حديثه: إن …": the quoted name is the voice."""
    text = "وقال مدير الجهاز الفني البرتغالي «أنطونيو كوستا» في حديثه: إن الفريق استعاد لياقته."
    result = read(text)
    assert voices(result) == [("أنطونيو كوستا", "الفريق استعاد لياقته")]


def test_a_short_quotation_after_a_title_with_nothing_after_is_the_words_said(read):
    """ "وقال المدير الفني «سنفوز غدا»." : the quotation is what he said, not his name."""
    result = read("وقال المدير الفني «سنفوز غدا بإذن الله».")
    assert voices(result) == [("المدير الفني", "سنفوز غدا بإذن الله")]


def test_a_quoted_paper_as_the_topic_of_amma_speaks_through_the_verb_in_fa(read):
    """'أما صحيفة "الوادي" البريطانية فأكدت أن …': the quoted paper set up by أما is the voice."""
    text = 'أما صحيفة "الوادي" البريطانية فأكدت في تقرير لها أن المصنع أغلق أبوابه منذ شهرين.'
    result = read(text)
    assert voices(result) == [("الوادي", "المصنع أغلق أبوابه منذ شهرين")]


def test_a_survey_or_data_showing_that_is_a_document_voice(read):
    """ "وأظهر مسح أن …": a document's finding is reported with أظهر."""
    result = read("وأظهر مسح أن المصانع الصينية خفضت إنتاجها للشهر الثاني على التوالي.")
    assert voices(result) == [("مسح", "المصانع الصينية خفضت إنتاجها للشهر الثاني على التوالي")]


def test_a_person_showing_that_reports_nothing(read):
    """ "وأظهر اللاعب أنه قادر …": only a document's showing is a report."""
    result = read("وأظهر اللاعب أنه قادر على العودة إلى التشكيلة الأساسية قريبا.")
    assert voices(result) == []


def test_a_quoted_name_after_the_verb_then_her_affiliation_is_the_speaker(read):
    """'وقالت "فلانة" من جامعة …: إن …': the quoted name speaks, not the study before."""
    text = (
        "أظهرت دراسة جديدة أن السهر يرفع خطر السمنة لدى الأطفال. "
        'وقالت "سلمى ريتشاردز" من جامعة الشمال: إن الدراسات السابقة لم تراع عامل العمر.'
    )
    result = read(text)
    assert voices(result) == [
        ("دراسة جديدة", "السهر يرفع خطر السمنة لدى الأطفال"),
        ("سلمى ريتشاردز", "الدراسات السابقة لم تراع عامل العمر"),
    ]


def test_a_quoted_name_with_an_initial_after_the_verb_is_never_the_voice_before(read):
    """'وقالت "لورا ايه سميث" من …، والتي …: إن …': she speaks as written, not the study."""
    text = (
        "أظهرت دراسة جديدة أن السهر يرفع خطر السمنة لدى الأطفال، خلافا لأبحاث سابقة. "
        'وقالت "لورا ايه سميث" من كلية الطب بجامعة الغرب، والتي قادت الفريق: '
        "إن الدراسات السابقة لم تراع عامل العمر."
    )
    result = read(text)
    assert [v for v, _ in voices(result)] == ["دراسة جديدة", "لورا ايه سميث"]


def test_the_prophets_words_with_the_blessing_are_no_news_claim(read):
    """ "قال نبيّنا، صلّى الله عليه …، لأصحابه: «…»": a hadith, not a reported claim."""
    result = read("وفي درس الأحد قال نبيّنا، صلّى الله عليه وسلّم، لأصحابه: «الكلمة الطيبة صدقة».")
    assert voices(result) == []


def test_a_verse_cited_by_its_sura_after_a_divine_formula_is_no_news_claim(read):
    """ "… سبحانه وتعالى يقول بسورة …: (…)": scripture, not a reported claim."""
    result = read("والخالق، سُبحانه وتعالى، يقول بسورة البقرة: (وقولوا للناس حسنا).")
    assert voices(result) == []


def test_a_verb_after_the_blessing_does_not_take_the_voice_before(read):
    """ "… عن نبيّنا، صلّى الله عليه …، قال: «…»": no earlier voice says the hadith."""
    text = (
        "وذكر الخطيب أن الصدق منجاة لصاحبه. "
        "وفي حديث يرويه الصحابي عن نبيّنا، صلّى الله عليه وسلّم، قال: «الكلمة الطيبة صدقة»."
    )
    result = read(text)
    assert voices(result) == [("الخطيب", "الصدق منجاة لصاحبه")]


def test_the_envoy_called_rasul_still_speaks(read):
    """ "وقال الرسول الأمريكي إلى المنطقة إن …": an envoy, no blessing follows: a voice."""
    result = read("وقال الرسول الأمريكي إلى المنطقة إن المحادثات ستستأنف الأسبوع المقبل.")
    assert [v for v, _ in voices(result)] == ["الرسول الأمريكي"]


def test_a_trailing_credit_followed_by_a_date_covers_the_clause_before(read):
    """ "…، بحسب تقرير في الخامس من أيار.": the date is when, the clause before is the content."""
    text = "وكان من المنتظر أن ترتفع أسعار الخام بنحو دولار بحسب تقرير في الخامس من أيار."
    result = read(text)
    assert voices(result) == [("تقرير", "وكان من المنتظر أن ترتفع أسعار الخام بنحو دولار")]


def test_showing_how_is_no_voice_named_how(read):
    """ "كما يظهر التقرير كيف أن …": "كيف" is no part of the document's name."""
    text = "كما يظهر التقرير كيف أن المصانع تعمل بنصف طاقتها منذ مطلع العام."
    result = read(text)
    assert all("كيف" not in v for v, _ in voices(result))


def test_a_full_stop_glued_to_the_next_word_ends_the_sentence(read):
    """ "…مختلفة.وكشف فلان أن …": a stop with no space after it still ends the sentence."""
    text = (
        "وقالت المؤسسة إن الطلبات ارتفعت بنسبة 40% هذا العام.وكشف مدير المؤسسة سامي العمري "
        "في تصريحه أمس أنه قبل عشر سنوات كانت الطلبات لا تتعدى 200 طلب."
    )
    from tracker.text import split_sentences

    assert len(split_sentences(text)) == 2
    result = read(text)
    assert voices(result) == [
        ("المؤسسة", "الطلبات ارتفعت بنسبة 40% هذا العام"),
        ("سامي العمري", "قبل عشر سنوات كانت الطلبات لا تتعدى 200 طلب"),
    ]


def test_a_credit_glued_after_the_stop_still_trails_the_sentence(read):
    """ "…الموسم الماضي.وفقا لرويترز": the glued credit covers the sentence before."""
    result = read("وحصل اللاعب على جائزة أفضل لاعب في الدوري الموسم الماضي.وفقا لرويترز")
    assert [v for v, _ in voices(result)] == ["رويترز"]


def test_an_abbreviation_with_a_stop_is_no_sentence_end(read):
    """ "إي.بي.إس": short pieces round a stop are an abbreviation, not two sentences."""
    from tracker.text import split_sentences

    text = "وسجل الدولار أعلى مستوى في منظومة إي.بي.إس للتعاملات الإلكترونية."
    assert len(split_sentences(text)) == 1


def test_a_finding_shown_after_a_relative_clause_set_off_by_commas(read):
    """ "وأظهرت الأبحاث، التي أجريت …، أن …": the aside does not end the showing."""
    result = read("وأظهرت الأبحاث، التي أجراها فريق جامعي، أن الدواء يسبب تلف الخلايا.")
    assert voices(result) == [("الأبحاث", "الدواء يسبب تلف الخلايا")]


def test_added_to_a_named_players_programme_is_no_speech(read):
    """ "أضاف الجهاز لبرنامج زميله «فلان» عددا من التمارين": a thing added, no words said."""
    text = "بينما أضاف الجهاز الطبي لبرنامج زميلهم «سالم الهاشمي» عددا من التمارين الخفيفة."
    assert voices(read(text)) == []


def test_as_before_a_trailing_came_in_credit_is_no_part_of_the_content(read):
    """ "…، كما جاء في بيان الوزارة.": "كما" joins the credit; the content ends before it."""
    result = read("وقد أغلقت الشركة مصنعها الثاني في المدينة، كما جاء في بيان الوزارة.")
    assert voices(result) == [("الوزارة", "وقد أغلقت الشركة مصنعها الثاني في المدينة")]
