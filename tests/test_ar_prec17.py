"""Arabic voices read wrong on SaudiNewsNet days sampled at random (issue 11, round 17, arprec17).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def test_a_quoted_work_title_between_a_role_and_a_name_is_no_end_of_the_voice(read):
    """ "أكد منتج فيلم «…» الفنان فلان أن": the name after the work's quoted title is the voice."""
    result = read(
        "أكد منتج فيلم «ليالي الصيف» الفنان سامر الخطيب أن العروض ستبدأ غدا، "
        "مشيرًا إلى أن التذاكر نفدت."
    )
    assert _voices(result) == ["سامر الخطيب", "سامر الخطيب"]


def test_words_said_in_quotes_after_a_role_stay_content(read):
    """ "وقال مخرج الفيلم «…»." with no name after the quote: the quote is what he said."""
    result = read("وقال مخرج الفيلم «الجمهور يستحق الأفضل».")
    assert _voices(result) == ["مخرج الفيلم"]
    assert result.attributions[0].content == "الجمهور يستحق الأفضل"


def test_a_title_that_is_also_a_given_name_then_a_second_title_and_a_name(read):
    """ "وأشاد أمين المنطقة الدكتور فلان …، مؤكدا": the person named after the second title."""
    result = read(
        "وأشاد أمين محافظة الوادي الدكتور نادر الحسيني بالمعلمين، مؤكدا أن النتائج ممتازة."
    )
    assert _voices(result) == ["نادر الحسيني"]


def test_a_title_that_is_a_given_name_before_a_plain_name_keeps_the_name(read):
    """ "وأشاد أمين فلان" with no second title: not read as a title before a name we skip to."""
    result = read("وأشاد أمين الحسيني بالمعلمين، مؤكدا أن النتائج ممتازة.")
    assert _voices(result) == ["أمين الحسيني"]


def test_reporters_governed_by_a_body_are_part_of_its_name(read):
    """ "رئيسة رابطة الصحفيين …": the reporters are the body's members, no one told."""
    result = read("أعلنت رئيسة رابطة الصحفيين المستقلين الأحد أن الإضراب سيستمر.")
    assert _voices(result) == ["رئيسة رابطة الصحفيين المستقلين"]


def test_reporters_told_after_a_voice_still_end_it(read):
    """ "وأبلغ مسؤول الصحفيين أن": the reporters are whom he told, not part of him."""
    result = read("وأبلغ مسؤول الصحفيين أن الحكومة ستستقيل.")
    assert _voices(result) == ["مسؤول"]


def test_several_media_are_media_not_a_person(read):
    """ "وأشارت عدة وسائل إعلامية من بينها …": media (an outlet kind), named without "من بينها"."""
    result = read("وأشارت عدة وسائل إعلامية من بينها (قناة الوادي) إلى أن الصفقة اكتملت.")
    assert _voices(result) == ["عدة وسائل إعلامية"]
    assert result.attributions[0].source.kind.value == "outlet"


def test_an_unlisted_name_after_a_carrier_with_its_title_between_commas(read):
    """ "وأوضح لـ"X" فلان، الناطق …، أن": a name we do not list, described by a title, speaks."""
    result = read(
        'وأوضح لـ"الوادي" زعيبل الهذلي، الناطق الإعلامي للشؤون الصحية في المحافظة، '
        "أن المواليد بلغوا مئتي مولود."
    )
    assert _voices(result) == ["زعيبل الهذلي"]


def test_a_quoted_agency_credit_relays_the_verb_after_it(read):
    """ "وبحسب «الوكالة» قالت الوزارة إن …": the agency relays the ministry (chain of two)."""
    result = read("وبحسب «رويترز» قالت وزارة الزراعة إن المحصول تضاعف.")
    assert [v.name for v in result.attributions[0].chain] == ["رويترز", "وزارة الزراعة"]


def test_a_credit_then_so_has_relays_the_verb_after_it(read):
    """ "وبحسب الوكالة، فقد ذكرت الوزارة أن …": فقد opens the verb's clause; the agency relays."""
    result = read("وبحسب رويترز، فقد ذكرت وزارة الزراعة أن المحصول تضاعف.")
    assert _voices(result) == ["وزارة الزراعة"]
    assert [v.name for v in result.attributions[0].chain] == ["رويترز", "وزارة الزراعة"]


def test_a_quoted_agency_credit_relays_a_person_named_after_the_verb(read):
    """ "وبحسب «الوكالة» قال فلان …": the verb right after the closing quote is relayed."""
    result = read("وبحسب «رويترز» قال سالم الهاشمي إن المحصول تضاعف.")
    assert _voices(result) == ["سالم الهاشمي"]
    assert [v.name for v in result.attributions[0].chain] == ["رويترز", "سالم الهاشمي"]


def test_a_quoted_credit_the_registry_does_not_know_is_no_voice(read):
    """ "وبحسب «الخطة» فإن …": a quoted phrase no registry knows is no voice with no reporting
    verb after it ("وبحسب «رويترز» فإن …" is the agency's, see tests/test_ar17.py)."""
    result = read("وبحسب «الخطة الخمسية» فإن المحصول تضاعف.")
    assert _voices(result) == []


def test_a_supervisor_title_after_a_name_is_no_part_of_it(read):
    """ "وقال الدكتور فلان المشرف العام على …": the title after the name ends the voice."""
    result = read("وقال الدكتور سامر الخطيب المشرف العام على مهرجان الربيع إن العروض ستبدأ غدا.")
    assert _voices(result) == ["سامر الخطيب"]


def test_a_title_in_charge_before_a_name_stays_with_the_role(read):
    """ "وأوضح رئيس الفريق الفني المكلف المهندس فلان أن": no name before المكلف, no cut there."""
    result = read("وأوضح رئيس الفريق الفني المكلف المهندس سامر الخطيب أن الأعمال انتهت.")
    assert _voices(result) == ["سامر الخطيب"]


def test_a_quoted_acronym_before_a_comma_is_no_first_name(read):
    """ "المتحدثة باسم بعثة … «X»، فلانة، إن": the acronym set off by a comma is not her name."""
    result = read(
        "وقالت المتحدثة باسم بعثة الأمم المتحدة في الصومال «أميسوم»، سلمى الحداد، "
        "إن العملية نفذت من جانب واحد."
    )
    assert _voices(result) == ["سلمى الحداد"]


def test_a_negated_verb_after_a_subject_ends_the_voice(read):
    """ "غير أن النادي لم يقبل … حين أعلن أن": the negated clause is no part of the voice."""
    result = read("غير أن نادي الوادي لم يقبل انتقال حارسه إلى المنافس حين أعلن أنه سيشكو الأمر.")
    assert _voices(result) == ["نادي الوادي"]


def test_a_question_word_after_a_verb_is_no_voice(read):
    """ "وأضافت كيف لنا أن …": "how can we" is no name; no voice "كيف لنا" is read."""
    result = read(
        "وقالت سلمى الحداد إن الفريق يساعد الأسر. "
        "وأضافت كيف لنا أن نعاقب أطفالا على ذنب لم يرتكبوه."
    )
    assert "كيف لنا" not in _voices(result)
    assert _voices(result)[0] == "سلمى الحداد"


def test_an_honorific_and_a_surname_find_the_person_named_in_full_before(read):
    """ "قال سالم الهاشمي … وأضاف الدكتور الهاشمي": one speaker, not a second voice."""
    result = read(
        "قال الباحث سامر الأنصاري إن الأسعار سترتفع. وأضاف الدكتور الأنصاري أن الطلب كبير. "
        "وأكد د. الأنصاري أن المخزون يكفي."
    )
    assert _voices(result) == ["سامر الأنصاري"] * 3
    assert len({a.source.id for a in result.attributions}) == 1


def test_an_honorific_and_a_surname_after_a_full_name_in_a_non_voice_clause(read):
    """ "ألقى المهندس فلان كلمة … وبيّن المهندس الفلاني أن": the name written before is his."""
    result = read("ألقى المهندس سامر الأنصاري كلمة في الحفل. وبيّن المهندس الأنصاري أن الطلب كبير.")
    assert _voices(result) == ["سامر الأنصاري"]


def test_an_honorific_before_a_common_noun_is_left_whole(read):
    """ "وأضاف الدكتور المعالج أن": no full name ends with the word, so no surname is read."""
    result = read("قال المريض إن الألم شديد. وأضاف الدكتور المعالج أن الحالة مستقرة.")
    assert _voices(result) == ["المريض", "الدكتور المعالج"]
