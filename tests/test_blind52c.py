"""Arabic patterns found on a blind sample of unseen days (round 52, blind52c).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from tracker.models import QuoteKind


def test_a_long_reaction_before_a_quotation_leads_to_the_words_said(read):
    """ "وقال الناطق فلان في أول رد فعل للسلطات على ما نشرته الصحيفة … «…»، وأضاف «…»": what
    he reacts to may run past the lead's word-by-word walk (a relative "ما", a verb of
    publishing); the long quotation after it is his, and so is the one he added."""
    result = read(
        "وقال الناطق باسم الحكومة سمير الداودي في أول رد فعل للسلطات على ما نشرته الصحيفة"
        ' المتخصصة بكشف الوثائق السرية "لن نعلق على هذه التفاصيل الآن.. لكن إذا ثبت الأمر'
        ' سيكون ذلك مؤسفا"، وأضاف "طلبنا من السفارة توضيح هذه الوقائع".'
    )
    said = [(a.cue, a.source.name, a.quote) for a in result.attributions]
    assert said == [
        ("قال", "سمير الداودي", QuoteKind.DIRECT),
        ("أضاف", "سمير الداودي", QuoteKind.DIRECT),
    ]
    assert result.attributions[0].content.startswith("لن نعلق على هذه التفاصيل")


def test_a_long_question_answered_before_an_inna_clause(read):
    """ "وقال الوزير ردا على سؤال حول ما إذا كانت … إن …": a long question, then إن opens the
    answer (the question is not his claim); a long quotation inside the question that the
    sentence goes on after is not his answer."""
    result = read(
        "وقال وزير المالية كامل العتيبي ردا على سؤال حول الاقتراض من الأسواق الخارجية في العام"
        " المقبل وخطط الحكومة لتمويل العجز إن الحكومة لا تحتاج إلى أي قرض جديد."
    )
    (att,) = result.attributions
    assert att.source.name == "كامل العتيبي"
    assert att.content == "الحكومة لا تحتاج إلى أي قرض جديد"

    # A long quotation that the sentence goes on after is what is answered, not his words.
    quoted = read(
        "وقال وزير المالية كامل العتيبي ردا على وصف النائب سالم الحربي للموازنة الجديدة بأنها"
        ' "موازنة الديون والعجز المتراكم" في جلسة البرلمان التي عقدت صباح أمس الأحد في العاصمة.'
    )
    assert [a for a in quoted.attributions if a.cue == "قال"] == []


def test_a_credit_glued_to_the_full_stop_after_a_quotation_carries_it(read):
    """ "وقال فلان «…».وفقا للفرنسية.": a full stop glued to the closing mark and to a trailing
    credit (a sentence the splitter cannot end) ends the quotation, as a comma does; the
    quotation is the speaker's content and the medium credited carries it."""
    for credit in ("وفقا للفرنسية", "بحسب وكالة رويترز"):
        result = read(
            "وقال المدرب سامر الفهد “نحن سعداء جدا بهذا التجديد ونأمل أن نحقق المزيد من"
            f" البطولات”.{credit}."
        )
        (att,) = result.attributions
        assert att.source.name == "سامر الفهد"
        assert att.quote is QuoteKind.DIRECT
        assert att.content == "نحن سعداء جدا بهذا التجديد ونأمل أن نحقق المزيد من البطولات"
        assert len(att.chain) == 2
        assert att.chain[0].kind.value == "agency"


def test_a_participle_after_a_comma_then_a_quotation_speaks_on_its_own(read):
    """ "وأضاف فلان أن …، مضيفا «…»": a participle after a comma followed right away by a
    quotation (no colon) ends the content before it and gives the quotation as the same
    speaker's direct words; a quoted name after it ("، مضيفا «الخطة»") stays in the content."""
    result = read(
        "وأضاف الوزير خالد السبيعي أن الوزارة اعتمدت مشاريع جديدة في عدة مدن، مضيفا «لدينا خطة"
        " طموحة لتطوير المرافق خلال العام المقبل»."
    )
    said = [(a.cue, a.source.name, a.quote, a.content) for a in result.attributions]
    assert said == [
        ("أضاف", "خالد السبيعي", QuoteKind.INDIRECT, "الوزارة اعتمدت مشاريع جديدة في عدة مدن"),
        (
            "مضيفا",
            "خالد السبيعي",
            QuoteKind.DIRECT,
            "لدينا خطة طموحة لتطوير المرافق خلال العام المقبل",
        ),
    ]
    named = read("وقال الوزير خالد السبيعي إن الوزارة اعتمدت مشاريع جديدة، مضيفا «الخطة الجديدة».")
    assert [a.cue for a in named.attributions] == ["قال"]


def test_unnamed_sources_of_a_body_the_registry_names(read):
    """ "قالت مصادر طالبان إن …": an unnamed head in construct with a name the registry knows
    is an unnamed voice of that body, as "مصادر الحركة" is; the name must follow the head
    ("مصادر تمويل …" names no voice), a person named after it is not unnamed, and a news
    medium's sources are not read so."""
    result = read("وقالت مصادر طالبان إن القائد الجديد وصل إلى المدينة أمس.")
    (att,) = result.attributions
    assert att.source.name == "مصادر طالبان"
    assert att.source.kind.value == "anonymous"
    assert att.content == "القائد الجديد وصل إلى المدينة أمس"
    funding = read("وقالت مصادر تمويل حزب الله إن القائد الجديد وصل إلى المدينة أمس.")
    assert not funding.attributions
    # A news medium's sources are left to the rules that read them as the medium's.
    wire = read("وقالت مصادر رويترز إن القائد الجديد وصل إلى المدينة أمس.")
    assert [a.source.kind.value for a in wire.attributions] != ["anonymous"]


def test_words_said_that_open_with_we_have_or_a_passive_auxiliary(read):
    """ "وأضاف جرى إخلاء …", "وقال المتحدث فلان تم القبض …", "وأكد فلان لدينا خطة …": the
    words said may open with a passive auxiliary of a report or with "we have", with no
    complementiser; "لدى" (at) after a title is no such word ("السفير لدى …")."""
    result = read(
        "قال مدير الدفاع المدني سالم الحربي إن الحريق اندلع في الطابق الثالث. وأضاف جرى إخلاء"
        " سكان المبنى وعددهم 35 شخصا.\n"
        "وقال المتحدث باسم الشرطة فهد السالم تم القبض على الجاني بعد ساعات من الحادث.\n"
        "وأكد قائد المنطقة خالد الزهراني لدينا خطة واضحة لتأمين الطرق خلال الأسبوع المقبل."
    )
    said = [(a.cue, a.source.name, a.content) for a in result.attributions]
    assert said == [
        ("قال", "سالم الحربي", "الحريق اندلع في الطابق الثالث"),
        ("أضاف", "سالم الحربي", "جرى إخلاء سكان المبنى وعددهم 35 شخصا"),
        ("قال", "فهد السالم", "تم القبض على الجاني بعد ساعات من الحادث"),
        ("أكد", "خالد الزهراني", "لدينا خطة واضحة لتأمين الطرق خلال الأسبوع المقبل"),
    ]
    envoy = read("وأكد السفير الألماني لدى المدينة مشاركة بلاده بوفد رفيع المستوى في المؤتمر.")
    assert not [a for a in envoy.attributions if a.content.startswith("لدى")]


def test_a_medium_credited_alone_in_its_sentence_carries_the_sentence_before(read):
    """ "وقال فلان «…». وفقا للالمانية." inside the body: a news medium credited in a sentence
    of its own carried the attribution of the sentence before, and joins its chain; after a
    sentence in the writer's own voice it reports nothing (the sentence stays the writer's)."""
    rest = (
        "\nوجاءت المباراة ضمن استعدادات الفريق للموسم الجديد الذي ينطلق في الأسبوع الأخير من"
        " الشهر الجاري بمشاركة ستة عشر فريقا من مختلف المناطق."
    )
    result = read(
        "وقال المدرب سامر الفهد “نحن سعداء جدا بهذا التجديد ونأمل أن نحقق المزيد من البطولات”."
        " وفقا للالمانية." + rest
    )
    (att,) = result.attributions
    assert att.source.name == "سامر الفهد"
    assert [v.kind.value for v in att.chain] == ["agency", "person"]
    own = read(
        "فاز الفريق الأزرق على ضيفه بثلاثة أهداف دون رد في المباراة التي أقيمت مساء الجمعة."
        " وفقا للفرنسية." + rest
    )
    assert not own.attributions
