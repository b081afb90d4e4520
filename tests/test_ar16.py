"""Arabic reporting patterns read wrong on unseen SaudiNewsNet pages (issue 11, round 16).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def voices(result) -> list[tuple[str, str]]:
    """Each attribution's voice and content, in text order."""
    return [(a.source.name, a.content) for a in result.attributions]


def test_a_quoted_paper_name_after_wifqan_li_is_the_voice(read):
    """ "ووفقا لصحيفة «الغد»، فإن …": the quoted name is the paper, not the content's start."""
    result = read("ووفقا لصحيفة «الغد»، فإن الوزير سيستقيل الأسبوع المقبل.")
    assert voices(result) == [("الغد", "الوزير سيستقيل الأسبوع المقبل")]


def test_a_quoted_site_name_in_straight_marks_trailing_the_claim(read):
    """ "…، وفقا لموقع "المرصد" الإلكتروني.": the site named in straight marks credits the
    clause before it."""
    result = read('ارتفعت أسعار الذهب ثلاثة في المئة، وفقا لموقع "المرصد" الإلكتروني.')
    [(voice, said)] = voices(result)
    assert voice == "المرصد"
    assert "أسعار الذهب" in said


def test_the_time_after_the_issuer_is_no_part_of_it(read):
    """ "وأصدر الحزب أمس بيانا أكد فيه أن …": the party speaks, not "الحزب أمس"."""
    result = read("وأصدر الحزب أمس بيانا أكد فيه أن المسيرة ستنطلق غدا من الساحة.")
    assert voices(result) == [("الحزب", "المسيرة ستنطلق غدا من الساحة")]


def test_the_time_after_the_statement_leaves_its_issuer(read):
    """ "وأصدرت اللجنة بيانا مساء أمس قالت فيه إن …": the time stands between the statement and
    the cue; the committee still speaks."""
    result = read("وأصدرت اللجنة بيانا مساء أمس قالت فيه إن المسيرة ستنطلق غدا من الساحة.")
    assert voices(result) == [("اللجنة", "المسيرة ستنطلق غدا من الساحة")]


def test_an_issuer_between_kana_and_qad(read):
    """ "وكان الحزب قد أصدر بيانا أكد فيه …": the subject between كان and قد issued it."""
    result = read("وكان الحزب قد أصدر بيانا أكد فيه أن المسيرة ستنطلق غدا من الساحة.")
    assert [v for v, _ in voices(result)] == ["الحزب"]


def test_a_line_up_before_a_colon_has_no_voice(read):
    """ "دخل المدرب المباراة بتشكيلة ضمت: …": the sentence's own verb is no speaker's name."""
    result = read("دخل المدرب الجديد المباراة بتشكيلة ضمت: سالم العتيبي، وخالد الحربي، وفهد المري.")
    assert voices(result) == []


def test_a_title_before_a_headline_colon_still_speaks(read):
    """ "وزير المالية: …": a title alone before the colon is still the voice."""
    result = read("وزير المالية: الميزانية المقبلة ستخلو من العجز.")
    assert [v for v, _ in voices(result)] == ["وزير المالية"]


def test_reporters_told_indefinitely_are_no_part_of_the_voice(read):
    """ "وقال الوزير لصحفيين إن …": the reporters he told end his name."""
    result = read("وقال وزير الخارجية سالم الهاشمي لصحفيين إن الاتفاق صار قريبا.")
    assert voices(result) == [("سالم الهاشمي", "الاتفاق صار قريبا")]


def test_reporters_and_who_they_travel_with_lead_to_the_words(read):
    """ "وذكرت القيادة لمراسلين يرافقون رئيس الأركان في جولته … أن …": who the reporters are is
    neither the voice nor the content."""
    result = read(
        "وذكرت القيادة لمراسلين يرافقون رئيس الأركان في جولته على الحدود أن الغارة أصابت هدفها."
    )
    assert voices(result) == [("القيادة", "الغارة أصابت هدفها")]


def test_a_leader_telling_his_supporters(read):
    """ "وقال زعيم الحزب فلان لأنصاره إن …": his supporters are whom he told."""
    result = read("وقال زعيم الحزب سالم الهاشمي لأنصاره إن الانتخابات ستجرى في موعدها.")
    assert voices(result) == [("سالم الهاشمي", "الانتخابات ستجرى في موعدها")]


def test_a_statistic_the_paper_obtained_speaks_not_the_paper(read):
    """ "وبحسب إحصائية رسمية اطلعت «الخليج» على نسخة منها، فإن …": the statistic is the voice;
    how the paper came by it is neither voice nor content."""
    result = read(
        "وبحسب إحصائية رسمية اطلعت «الخليج» على نسخة منها، فإن عدد الحجاج تضاعف هذا العام.",
        publisher="alwadi",
    )
    assert voices(result) == [("إحصائية رسمية", "عدد الحجاج تضاعف هذا العام")]


def test_a_report_the_paper_got_before_its_complementiser(read):
    """ "وذكر تقرير حصلت عليه «الخليج» أن …": the report speaks, not the paper quoted after it."""
    result = read("وذكر تقرير رسمي حصلت عليه «الخليج» أن عدد الحجاج تضاعف هذا العام.")
    assert voices(result) == [("تقرير رسمي", "عدد الحجاج تضاعف هذا العام")]


def test_the_papers_sources_speak(read):
    """ "وكشفت مصادر «الخليج» أن …": the paper's unnamed sources speak; its name is no content."""
    result = read("وكشفت مصادر «الخليج» أن إدارة النادي تلقت عرضا لشراء الملعب.")
    assert voices(result) == [("مصادر", "إدارة النادي تلقت عرضا لشراء الملعب")]


def test_the_papers_sources_after_a_leading_credit(read):
    """ "وحسب مصادر «الخليج»، فإن …": the content starts after the paper's name."""
    result = read("وحسب مصادر «الخليج»، فإن الفريق سيسافر إلى المعسكر يوم الأحد.")
    assert voices(result) == [("مصادر", "الفريق سيسافر إلى المعسكر يوم الأحد")]


def test_sources_that_told_the_paper(read):
    """ "وأبلغت مصادر محلية «الخليج» أن …": the paper is whom they told, not their name."""
    result = read("وأبلغت مصادر محلية «الخليج» أن الاشتباكات توقفت في المدينة.", publisher="alwadi")
    assert voices(result) == [("مصادر محلية", "الاشتباكات توقفت في المدينة")]


def test_sources_close_to_the_paper_written_apart(read):
    """ "وقالت مصادر خاصة بـ «الخليج» إن …": "بـ" and the paper are no part of the voice."""
    result = read("وقالت مصادر خاصة بـ «الخليج» إن التحقيق كشف شبكة لتهريب السلاح.")
    assert voices(result) == [("مصادر خاصة", "التحقيق كشف شبكة لتهريب السلاح")]


def test_the_company_named_in_quotes_speaks_again(read):
    """ "كشفت شركة «نجمة» للاتصالات … . وأوضحت الشركة أن …": "the company" is the one named."""
    result = read(
        "وكشفت شركة «نجمة» للاتصالات عن هاتف جديد. وأوضحت الشركة أن الهاتف سيطرح الشهر المقبل."
    )
    assert [v for v, _ in voices(result)] == ["شركة نجمة للاتصالات", "شركة نجمة للاتصالات"]


def test_a_body_named_in_a_construct_outside_any_cue(read):
    """ "وحققت شركة اتصالات الوادي أرباحا … . وأشارت الشركة إلى أن …": the company named in the
    sentence before, with no cue there."""
    result = read(
        "وحققت شركة اتصالات الساحل أرباحا كبيرة هذا العام. وأشارت الشركة إلى أن الأرباح "
        "ارتفعت بنسبة خمسة في المئة."
    )
    assert [v for v, _ in voices(result)] == ["شركة اتصالات الساحل"]


def test_a_company_described_for_its_trade_is_no_name(read):
    """ "قالت «نجمة» أكبر شركة لمنتجات الألبان …": "شركة لمنتجات الألبان" names no company, so
    "الشركة" later is not given that phrase as a name."""
    result = read(
        "قالت «نجمة» أكبر شركة لمنتجات الألبان في المنطقة إنها ستوسع مصانعها. وقالت الشركة "
        "إن الإنتاج سيرتفع."
    )
    assert "شركة لمنتجات الألبان" not in [v for v, _ in voices(result)]


def test_what_the_paper_learnt_is_its_own_word(read):
    """ "وعلمت «الخليج» أن …": a paper telling what it learnt speaks in its own voice."""
    result = read("وعلمت «الخليج» أن المدرب سيعقد اجتماعا مع اللاعبين غدا.", publisher="al-khaleej")
    assert voices(result) == []


def test_how_firmly_he_denied_is_no_part_of_his_name(read):
    """ "ونفى الرئيس فلان بقوة أن …": "بقوة" says how he denied, not who he is."""
    result = read("ونفى رئيس الحزب سالم الهاشمي بقوة أن يكون الحزب قد تلقى أموالا من الخارج.")
    assert [v for v, _ in voices(result)] == ["سالم الهاشمي"]
