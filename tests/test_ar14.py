"""Arabic reporting patterns seen on fresh SaudiNewsNet pages and read wrong before (issue 11,
round 14).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def voices(result) -> list[tuple[str, list[str], str]]:
    """Each attribution's voice, chain and content, in text order."""
    return [(a.source.name, [c.name for c in a.chain], a.content) for a in result.attributions]


def test_a_quoted_paper_with_a_nationality_after_it_is_the_paper(read):
    """ "وذكرت مجلة «فوخن بلات» الفرنسية الشهرية أن …": the adjective describes the magazine; it
    is not the French agency, even in a dispatch credited to another wire."""
    result = read(
        "وذكرت مجلة «فوخن بلات» الفرنسية الشهرية أن المهرجان سيقام في موعده هذا العام.",
        author="باريس - د ب أ",
    )
    [(voice, chain, said)] = voices(result)
    assert voice == "فوخن بلات"
    assert chain == ["وكالة الأنباء الألمانية", "فوخن بلات"]
    assert said == "المهرجان سيقام في موعده هذا العام"


def test_the_paper_named_with_its_nationality_is_the_one_referred_back_to(read):
    """ "وأشارت الصحيفة …" after "أوضحت صحيفة "…" الألمانية": the same paper, not
    the German agency that carried the story."""
    result = read(
        'وأوضحت صحيفة "لا بريسا نويفا" الألمانية أن عدد السفن تضاعف خلال الصيف. '
        "وأشارت الصحيفة إلى أن الأرصفة الجديدة ستفتح في الربيع.",
        author="لاهاي - د ب أ",
    )
    assert [v for v, _, _ in voices(result)] == ["لا بريسا نويفا", "لا بريسا نويفا"]


def test_a_paper_resting_on_a_ministry_relays_the_ministry(read):
    """ "وأوضحت صحيفة «…» مستندة إلى وزارة المالية أن …": the ministry is the paper's source,
    inside the chain."""
    result = read(
        "وأوضحت صحيفة «الميناء» في عددها الصادر اليوم مستندة إلى وزارة المالية أن "
        "الضرائب ارتفعت بنسبة كبيرة."
    )
    [(voice, chain, said)] = voices(result)
    assert voice == "الميناء"
    assert chain == ["الميناء", "وزارة المالية"]
    assert said == "الضرائب ارتفعت بنسبة كبيرة"


def test_a_noun_of_need_with_his_pronoun_opens_the_content(read):
    """ "وأكد الأطباء حاجته إلى …": "his need" is what the doctors confirm, not part of their
    name; and the singular "وأضاف" after it is the man named before, not the doctors."""
    result = read(
        "وأوضح المريض سالم العتيبي أنه تلقى العلاج في الخارج، وأكد الأطباء حاجته إلى "
        "جراحة ثانية خلال الشتاء. وأضاف أن المستشفى أبلغه بموعد جديد."
    )
    assert voices(result) == [
        ("سالم العتيبي", ["سالم العتيبي"], "تلقى العلاج في الخارج"),
        ("الأطباء", ["الأطباء"], "حاجته إلى جراحة ثانية خلال الشتاء"),
        ("سالم العتيبي", ["سالم العتيبي"], "المستشفى أبلغه بموعد جديد"),
    ]


def test_a_noun_of_support_with_a_pronoun_stays_out(read):
    """ "أكد الوزير دعمه للقرار": "his support" (no ة) is a stance of his own, not a claim."""
    result = read("وأكد الوزير سالم الهاشمي دعمه للقرار الجديد.")
    assert result.attributions == ()


def test_a_bodys_acronym_in_brackets_belongs_to_its_name(read):
    """ "…، وذلك وفقا لما ذكرته هيئة الموانئ (إم بي إيه)": the acronym is part of the name,
    the content is the clause before, without "وذلك"."""
    result = read(
        "وارتفعت حركة الشحن بنسبة 12 بالمئة في الربع الأول وذلك وفقا لما ذكرته هيئة "
        "الموانئ (إم بي إيه) وأضافت أن الرسوم لن تتغير."
    )
    assert voices(result) == [
        (
            "هيئة الموانئ إم بي إيه",
            ["هيئة الموانئ إم بي إيه"],
            "وارتفعت حركة الشحن بنسبة 12 بالمئة في الربع الأول",
        ),
        ("هيئة الموانئ إم بي إيه", ["هيئة الموانئ إم بي إيه"], "الرسوم لن تتغير"),
    ]


def test_between_after_a_definite_noun_is_no_verb(read):
    """ "في الفترة بين مطلع مارس ونهاية مايو": "بين" is "between", not "بيّن" opening a
    clause, so a trailing cue takes the whole clause before it."""
    result = read(
        "وباعت المصانع 40 ألف سيارة في الفترة بين مطلع مارس ونهاية مايو وفقا لما ذكرته "
        "هيئة الإحصاء."
    )
    [(voice, _, said)] = voices(result)
    assert voice == "هيئة الإحصاء"
    assert said.startswith("وباعت المصانع 40 ألف سيارة")


def test_a_place_after_b_in_a_title_is_no_content_of_afada(read):
    """ "أفاد رئيس اللجنة بمحافظة الشمال المهندس فلان بأن …": "بمحافظة" places the title;
    the content is after "بأن", the voice the engineer."""
    result = read(
        "وأفاد رئيس لجنة متابعة المشاريع بمحافظة الشمال المهندس خالد العمري بأنه تم "
        "ضبط خمسين مخالفة."
    )
    [(voice, _, said)] = voices(result)
    assert voice == "خالد العمري"
    assert said == "تم ضبط خمسين مخالفة"


def test_afada_with_b_before_an_event_still_reads_the_event(read):
    """ "أفاد المرصد بمقتل …": a noun of event after ب is still the content."""
    result = read("وأفاد المرصد بمقتل ثلاثة مسلحين في اشتباك قرب الحدود.")
    [(voice, _, said)] = voices(result)
    assert voice == "المرصد"
    assert said.startswith("بمقتل ثلاثة مسلحين")


def test_a_womans_name_before_her_title_and_village_is_the_voice(read):
    """ "وقالت فلانة المسؤولة المحلية بقرية …": the woman speaks; her title and village follow
    her name, and "بين سكانها" later in the relative clause is "among its people"."""
    result = read(
        "وقالت سلمى الراشد المسؤولة المحلية بقرية النخيل المجاورة والتي تمثل عائلتها "
        "أغلبية بين سكانها، إن خمسة أفراد أصيبوا في الحادث."
    )
    [(voice, _, said)] = voices(result)
    assert voice == "سلمى الراشد"
    assert said == "خمسة أفراد أصيبوا في الحادث"


def test_a_deputy_named_after_her_title_is_the_voice(read):
    """ "وقالت نائبة وزير الخارجية فلانة إن …": the deputy, by her name."""
    result = read("وقالت نائبة وزير الخارجية ليلى الحمدان إن المفاوضات ستستأنف قريبا.")
    [(voice, _, _)] = voices(result)
    assert voice == "ليلى الحمدان"


def test_between_then_a_noun_with_its_pronoun_is_no_report(read):
    """ "… أغلبية بين سكانها": "between/among", no verb "بيّن" whose subject is "سكانها"."""
    result = read("وتسكن القبيلة البلدة التي تمثل أغلبية بين سكانها، إن الطريق مغلق منذ أيام.")
    assert all(a.source.name != "سكانها" for a in result.attributions)


def test_a_masculine_verb_after_allati_is_said_by_the_clauses_subject(read):
    """ "وانتقد الوزير الشركات التي قال إنها …": "قال" cannot agree with "التي"; the minister,
    not the companies, said it (and not the spokesman quoted before)."""
    result = read(
        "نفى الوزير سالم الهاشمي الاتهامات الموجهة إلى وزارته. "
        "وقال المتحدث باسم الشرطة خالد العمري إن التحقيق مستمر. "
        "وانتقد الهاشمي كذلك الشركات التي قال إنها تحاول تحميل الحكومة المسؤولية."
    )
    assert [(v, s) for v, _, s in voices(result)][1:] == [
        ("خالد العمري", "التحقيق مستمر"),
        ("سالم الهاشمي", "تحاول تحميل الحكومة المسؤولية"),
    ]


def test_a_feminine_verb_after_allati_is_still_said_by_the_antecedent(read):
    """ "… الوزيرة فلانة التي قالت إن …": the verb agrees; the minister named before speaks."""
    result = read("والتقى الوفد الوزيرة ليلى الحمدان التي قالت إن المفاوضات ستستأنف قريبا.")
    [(voice, _, said)] = voices(result)
    assert voice == "ليلى الحمدان"
    assert said == "المفاوضات ستستأنف قريبا"


def test_a_company_stressing_its_care_is_its_statement(read):
    """ "وأكدت الشركة حرصها على …": "its care" (no ة) opens the content, as "حرص الشركة"
    would."""
    result = read("وأكدت الشركة حرصها على سلامة الركاب في جميع الرحلات.")
    [(voice, _, said)] = voices(result)
    assert voice == "الشركة"
    assert said == "حرصها على سلامة الركاب في جميع الرحلات"


def test_a_large_number_of_people_is_a_group_that_speaks_again(read):
    """ "أكد عدد كبير من المعلمين …" then "وقالوا إن …": the group, counted with an adjective,
    is the voice, and the plural verb refers back to it (the call "أهمية …" it stressed first
    is no claim of its own)."""
    result = read(
        "أكد عدد كبير من معلمي المدارس الأهلية أهمية تجاوب الوزير مع مطالبهم. "
        'وقالوا لـ"الوادي" إن عدد المتقدمين بلغ تسعين معلما.'
    )
    assert [(v, said) for v, _, said in voices(result)] == [
        ("عدد كبير من معلمي المدارس الأهلية", "عدد المتقدمين بلغ تسعين معلما")
    ]
