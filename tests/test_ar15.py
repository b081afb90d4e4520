"""Arabic reporting patterns read wrong on unseen SaudiNewsNet pages (issue 11, round 15).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


def voices(result) -> list[tuple[str, str]]:
    """Each attribution's voice and content, in text order."""
    return [(a.source.name, a.content) for a in result.attributions]


def test_the_statement_is_its_issuer_named_before(read):
    """ "أصدرت وزارة الصحة أمس بيانا … . وقال البيان إن …": the ministry speaks, not "البيان"."""
    result = read(
        "أصدرت وزارة الصحة أمس بيانا بشأن إغلاق مستشفى في المدينة. "
        "وقال البيان إن المستشفى سيغلق لمدة شهر للصيانة."
    )
    assert voices(result) == [("وزارة الصحة", "المستشفى سيغلق لمدة شهر للصيانة")]


def test_a_statement_with_no_issuer_stays_a_document(read):
    """ "وقال البيان إن …" with no issuing sentence before: the statement itself is the voice."""
    result = read("وقال البيان إن المستشفى سيغلق لمدة شهر للصيانة.")
    assert [v for v, _ in voices(result)] == ["البيان"]


def test_an_adjective_after_the_issued_statement_leaves_the_issuer_bare(read):
    """ "وأصدر نادي الهلال بيانا صحفيا ينفي فيه …": the club, without the issuing verb."""
    result = read(
        "وأصدر نادي الهلال بيانًا صحفيًا ينفي فيه ما تناقلته الصحف عن بيع الملعب، "
        "وجاء في البيان: «الملعب باق ملكا للنادي»."
    )
    assert [v for v, _ in voices(result)] == ["نادي الهلال", "نادي الهلال"]


def test_a_quoted_body_after_an_indefinite_title_belongs_to_the_title(read):
    """ "وقال نائب رئيس «شركة الكهرباء» السابق الدكتور سالم العمري: …": the named man speaks;
    the quoted company is what the title governs, not the end of the voice."""
    result = read(
        "وقال نائب رئيس «شركة الكهرباء» السابق الدكتور سالم العمري: إن الأسعار سترتفع في "
        "الصيف المقبل."
    )
    assert voices(result) == [("سالم العمري", "الأسعار سترتفع في الصيف المقبل")]


def test_words_said_after_a_definite_title_stay_the_content(read):
    """ "وقال مدير النادي «الفريق جاهز».": after a definite title the quotation is what he said."""
    result = read("وقال مدير النادي «الفريق جاهز».")
    assert voices(result) == [("مدير النادي", "الفريق جاهز")]


def test_a_verse_quoted_inside_a_speech_is_no_voice(read):
    """ "قال الله تعالى (…)" inside a sheikh's words: the verse speaks for no one, and the
    "وأضاف" after it is still the sheikh."""
    result = read(
        "وقال الشيخ سالم الحربي: المصاب كبير , قال الله تعالى (ولا تحسبن الله غافلا عما "
        "يعمل المفسدون أن يفلتوا) , هذا اعتداء آثم. وأضاف : الجماعة لن تفرق صفوفنا."
    )
    assert {v for v, _ in voices(result)} == {"سالم الحربي"}


def test_an_imperative_to_the_reader_is_no_cue(read):
    """ "واعلم أيها الأخ الكريم، أن …": the one addressed is no voice; the words stay the
    speaker's."""
    result = read(
        "وأضاف الشيخ سالم الحربي: الجماعة لن تفرقنا، واعلم أيها الأخ الكريم، أن هذه الفئة معزولة."
    )
    [(voice, said)] = voices(result)
    assert voice == "سالم الحربي"
    assert said.endswith("أن هذه الفئة معزولة")


def test_a_family_name_after_al_belongs_to_the_opening_actor(read):
    """ "وصف المفتي الشيخ سالم بن محمد آل حمدان الهجوم …" then "وقال سماحته": the whole name,
    with آل and the family, speaks next."""
    result = read(
        "وصف المفتي الشيخ سالم بن محمد آل حمدان الهجوم بالعمل الإجرامي. "
        "وقال سماحته في اتصال هاتفي مع إذاعة المجد : المصاب كبير."
    )
    assert voices(result) == [("سالم بن محمد آل حمدان", "المصاب كبير")]


def test_a_trailing_credit_dated_the_day_before_yesterday_trails_its_clause(read):
    """ "… حسبما صرح السفير فلان مساء أول من أمس.": أول من أمس is a time, not the content; the
    clause before is what he told."""
    result = read(
        "وسيبقى الوزير في العاصمة حتى الخميس حسبما صرح السفير خالد العلي مساء أول من أمس."
    )
    assert voices(result) == [("خالد العلي", "وسيبقى الوزير في العاصمة حتى الخميس")]


def test_traders_in_the_market_are_one_unnamed_voice_a_verb_goes_on_with(read):
    """ "وبحسب متعاملين في سوق الأسماك، أوضحوا أن …": the credited traders speak through
    the verb after the comma; where they deal is no claim of its own."""
    result = read("وبحسب متعاملين في سوق الأسماك، أوضحوا أن أسعار الهامور ثابتة منذ شهر.")
    assert voices(result) == [("متعاملين", "أسعار الهامور ثابتة منذ شهر")]


def test_what_traders_find_strange_is_what_they_state(read):
    """ "واستغرب متعاملون … عدم انخفاض الأسعار": the noun phrase after استغرب is their claim."""
    result = read("واستغرب متعاملون في سوق الحديد عدم انخفاض الأسعار رغم تراجع الطلب.")
    assert voices(result) == [
        ("متعاملون", "عدم انخفاض الأسعار رغم تراجع الطلب"),
    ]


def test_the_writer_saying_we_is_no_voice(read):
    """ "ونقول لقد رفعت رأس الوطن" in a column: the writer speaks in his own voice; the paper
    is never a voice of its own."""
    result = read("تحية للجندي البطل فنحن نفخر به ونقول لقد رفعت رأس الوطن عاليا.")
    assert result.attributions == ()


def test_a_first_person_verb_after_a_colon_stays_in_the_speakers_words(read):
    """ "وقال الوزير فلان: نؤكد أن …" with no quotation marks: "we confirm" is the minister's,
    inside his content, not a second voice."""
    result = read("وقال الوزير سالم العمري: نؤكد أن الدعم مستمر للمزارعين.")
    assert voices(result) == [("سالم العمري", "نؤكد أن الدعم مستمر للمزارعين")]


def test_a_warning_participle_with_a_noun_after_min_is_a_claim(read):
    """ "…، محذرا من خطر متزايد لوقوع هجوم": the danger warned of is a second claim of the same
    speaker, and it no longer runs into the first one's content."""
    result = read(
        "وقال الوزير سالم العمري إن الوضع مستقر، محذرا من خطر متزايد لوقوع هجوم خلال الزيارة."
    )
    assert voices(result) == [
        ("سالم العمري", "الوضع مستقر"),
        ("سالم العمري", "خطر متزايد لوقوع هجوم خلال الزيارة"),
    ]


def test_a_warning_participle_before_that_reads_the_clause(read):
    """ "…، محذرا من أن الهجوم سيقع قريبا": من, then the complementiser, then the claim."""
    result = read(
        "وقال الوزير سالم العمري إن الوضع مستقر، محذرا من أن الهجوم سيقع قريبا في المدينة."
    )
    assert voices(result)[-1] == ("سالم العمري", "الهجوم سيقع قريبا في المدينة")


def test_a_bare_form_of_address_is_no_voice(read):
    """ "وقال سماحة المفتي العام الشيخ سالم العمري": "his eminence" only addresses the man
    named after it; he speaks."""
    result = read("وقال سماحة المفتي العام الشيخ سالم العمري إن الحادث لن يفرق الصف.")
    assert voices(result) == [("سالم العمري", "الحادث لن يفرق الصف")]


def test_a_long_title_chain_ends_at_the_family_name(read):
    """ "وصف سماحة مفتي … الشيخ سالم بن محمد آل حمدان حادثة الهجوم …" then "وقال سماحته":
    the name ends with the family, not in the thing described."""
    result = read(
        "وصف سماحة مفتي عام الدولة رئيس مجلس كبار العلماء الشيخ سالم بن محمد آل حمدان حادثة "
        "الهجوم بالعمل الإجرامي. وقال سماحته في اتصال هاتفي مع إذاعة المجد : المصاب كبير."
    )
    assert voices(result) == [("سالم بن محمد آل حمدان", "المصاب كبير")]


def test_and_said_after_a_man_set_off_by_commas_is_the_clauses_subject(read):
    """ "وجه النائب فلان انتقادات إلى رئيس الكتلة، العماد فلان، وقال …": the critic speaks;
    the man between commas is the one criticised."""
    result = read(
        "وجه النائب سالم العمري انتقادات لاذعة إلى رئيس الكتلة، العماد خالد الحربي، وقال في "
        "تصريحات صحفية: أقول للحربي إن حليفه أساء للجميع."
    )
    assert [v for v, _ in voices(result)] == ["سالم العمري"]


def test_refusing_to_give_his_name_is_no_cue(read):
    """ "قال أحد الموظفين رافضا ذكر اسمه: «…»": "ذكر" there names nothing said, and "اسمه"
    is never a voice."""
    result = read("وقال أحد موظفي الفندق رافضا ذكر اسمه: «المصعد معطل منذ أسبوع».")
    assert [v for v, _ in voices(result)] == ["أحد موظفي الفندق"]


def test_a_trailing_credit_with_and_who_said_gives_the_man_both(read):
    """ "…، وذلك حسبما أفاد به رئيس القسم الدكتور فلان والذي لفت إلى أن …": the
    relative with و ends his name; the clause before and what he pointed to are his."""
    result = read(
        "وارتفع عدد الزوار إلى 900 زائر، وذلك حسبما أفاد به رئيس قسم المعارض الدكتور سالم بن "
        "عبدالله العمري والذي لفت إلى أن القاعة الثانية فتحت أبوابها."
    )
    assert voices(result) == [
        ("سالم بن عبدالله العمري", "وارتفع عدد الزوار إلى 900 زائر"),
        ("سالم بن عبدالله العمري", "القاعة الثانية فتحت أبوابها"),
    ]


def test_the_owner_of_one_of_the_shops_is_the_man_named_after(read):
    """ "وأوضح صاحب أحد المحلات سالم العمري أن …": "the owner of one of the shops" is his
    title; he is not a man called صاحب."""
    result = read("وأوضح صاحب أحد المحلات سالم العمري أن العسل يشهد إقبالا كبيرا.")
    assert voices(result) == [("سالم العمري", "العسل يشهد إقبالا كبيرا")]


def test_a_trailing_credit_relaying_another_voice_keeps_the_clause_before(read):
    """ "…، بحسب الوزارة نقلا عن الشركة.": the ministry relays the company; "نقلا عن الشركة"
    is no content and no second report."""
    result = read("وبلغ الإنتاج 180 ألف برميل، بحسب الوزارة نقلا عن الشركة.")
    [att] = result.attributions
    assert (att.source.name, att.content) == ("الوزارة", "وبلغ الإنتاج 180 ألف برميل")
    assert [c.name for c in att.chain] == ["الوزارة", "الشركة"]


def test_a_spokesman_named_by_a_short_form_of_his_body_is_the_man_before(read):
    """ "وأوضح المتحدث الإعلامي لجمعية الهلال الأخضر بمحافظة تيماء فلان …" then "وأضاف
    متحدث هلال تيماء": the same spokesman, not a man called هلال."""
    result = read(
        "وأوضح المتحدث الإعلامي لجمعية الهلال الأخضر بمحافظة تيماء سالم بن عبد الله العمري أن "
        "الجمعية وزعت ألف سلة غذائية. وأضاف متحدث هلال تيماء أن المتطوعين زاد عددهم."
    )
    assert {v for v, _ in voices(result)} == {"سالم بن عبد الله العمري"}


def test_a_relative_after_la_is_told_not_telling(read):
    """ "وقالت الفتاة لوالديها إنها بخير" after "أكدت سلمى العمري": her parents are told; she
    speaks."""
    result = read(
        "وأكدت الطالبة سلمى العمري أنها وصلت إلى المدينة. وقالت لوالديها إنها بخير وإن الرحلة "
        "كانت طويلة."
    )
    assert {v for v, _ in voices(result)} == {"سلمى العمري"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "أعلن سفير الدولة …" then "السفير فلان": the title made definite points back.
        (
            "أعلن سفير الدولة في العاصمة أن الرئيس لن يزور القرية. "
            "وسيبقى الرئيس في العاصمة حسبما صرح السفير سالم العلي أمس.",
            ["سالم العلي", "سالم العلي"],
        ),
        # "السفير الفرنسي فلان": a title with more to it is someone else.
        (
            "أعلن سفير الدولة في العاصمة أن الرئيس لن يزور القرية. "
            "وقال السفير الفرنسي سالم العلي إن البرنامج لم يكتمل.",
            ["سفير الدولة في العاصمة", "سالم العلي"],
        ),
        # "مكتب الحاكم" after "مكتب حاكم إقليم الشمال": the short form of the same office.
        (
            "وأعلن مكتب حاكم إقليم الشمال أمس أن اثنين من الجنود قتلا في هجوم. "
            "وذكر مكتب الحاكم أن الانفجار وقع قرب السوق.",
            ["مكتب حاكم إقليم الشمال", "مكتب حاكم إقليم الشمال"],
        ),
        # "مكتب الرئيس": another office.
        (
            "وأعلن مكتب حاكم إقليم الشمال أمس أن اثنين من الجنود قتلا في هجوم. "
            "وقال مكتب الرئيس إن الهجوم نفذ بسيارة مفخخة.",
            ["مكتب حاكم إقليم الشمال", "مكتب الرئيس"],
        ),
        # "معالي وزير العدل البحريني" after "… وزير العدل بمملكة البحرين": the same minister.
        (
            "أكد الشيخ سالم بن عبدالله آل حمدان وزير العدل بمملكة البحرين أن المحاكم تعمل "
            "بانتظام. وبين معالي وزير العدل البحريني أن القضايا تراجعت هذا العام.",
            ["سالم بن عبدالله آل حمدان", "سالم بن عبدالله آل حمدان"],
        ),
        # "وزير العدل العماني": another country's minister.
        (
            "أكد الشيخ سالم بن عبدالله آل حمدان وزير العدل بمملكة البحرين أن المحاكم تعمل "
            "بانتظام. وبين وزير العدل العماني أن القضايا تراجعت هذا العام.",
            ["سالم بن عبدالله آل حمدان", "وزير العدل العماني"],
        ),
    ],
)
def test_a_later_form_is_the_voice_named_before_only_when_it_must_be(read, text, expected):
    """A role, short body or courtesy form is the voice named before (one speaker, one voice);
    another title, office or country is another voice."""
    assert [v for v, _ in voices(read(text))] == expected
