"""Arabic cues read on a blind set of unseen days (round 52, blind52b).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def test_revealing_participle_opens_its_own_content(read):
    """ "…، كاشفا أن …" (revealing) after a statement is the same speaker's second claim, as
    "مشيرا إلى أن …": the content before ends at it; "أجهزة كاشفة للمعادن" is no cue."""
    result = read(
        "وأكد المتحدث باسم الاتحاد سامي العتيبي أن الاتحاد عقد ثلاثة اجتماعات مع المدرب،"
        " كاشفا أن النادي عرض على المدرب عقدا لمدة عامين."
    )
    assert [(a.cue, a.source.name, a.content) for a in result.attributions] == [
        ("أكد", "سامي العتيبي", "الاتحاد عقد ثلاثة اجتماعات مع المدرب"),
        ("كاشفا", "سامي العتيبي", "النادي عرض على المدرب عقدا لمدة عامين"),
    ]
    detector = read("وركبت البلدية أجهزة كاشفة للمعادن عند مدخل السوق الشعبي.")
    assert detector.attributions == ()


def test_however_with_its_own_subject_and_verb_ends_the_content_before(read):
    """ "…، إلا أن مصادر أكدت أن …" (also "غير أن", "بيد أن", and a verb with "إلى أن"): a
    main clause of another voice, as after "لكن"; the content before ends at it."""
    for however in ("إلا أن", "غير أن", "بيد أن"):
        result = read(
            "وقال المدرب سالم العنزي إن الفريق سيخوض مباراتين وديتين في المعسكر، "
            + however
            + " مصادر في النادي أشارت إلى أن المباراة الثانية ألغيت."
        )
        assert [(a.cue, a.source.name, a.content) for a in result.attributions] == [
            ("قال", "سالم العنزي", "الفريق سيخوض مباراتين وديتين في المعسكر"),
            ("أشارت", "مصادر في النادي", "المباراة الثانية ألغيت"),
        ]
    # With no verb of saying after its subject, the clause stays in the content.
    (said,) = read(
        "وأكد الوزير أن الخطة ستنفذ هذا العام، إلا أن الوزارة لم تحدد موعدا للتنفيذ."
    ).attributions
    assert said.content.endswith("لم تحدد موعدا للتنفيذ")


def test_the_business_of_an_agent_is_no_name(read):
    """ "وقال وكيل أعمال اللاعب إن …", "مدير أعمال الفنان": "أعمال" (business) after a title is
    no name, so the voice is the whole role, not "أعمال"."""
    result = read(
        "وقال وكيل أعمال اللاعب إن العقد مع النادي رسمي وموثق.\n"
        "وأكد مدير أعمال الفنان أن الحفل أجل إلى الشهر المقبل."
    )
    assert [a.source.name for a in result.attributions] == [
        "وكيل أعمال اللاعب",
        "مدير أعمال الفنان",
    ]


def test_a_question_alone_is_no_claim_and_its_voice_speaks_on(read):
    """ "وقالت الشركة: «هل تبحث دائما عن …»" asks and states nothing: no attribution; the
    company still speaks in "وأضافت أن …" right after. A question answered in the same
    content («هل تعلمون ما حدث؟ لقد …») stays a claim."""
    result = read(
        "وقالت شركة النخيل للطيران في رسالة على موقعها: «هل تبحث دائما عن أفضل وقت للسفر"
        " أو تتساءل عن أسعار التذاكر».\n"
        "وأضافت أن الخدمة الجديدة تعرض أسعار الرحلات على مدى أيام الأسبوع."
    )
    assert [(a.cue, a.source.name) for a in result.attributions] == [
        ("أضافت", "شركة النخيل للطيران")
    ]
    (answered,) = read(
        "وقال الوزير: «هل تعلمون ما حدث؟ لقد ارتفعت الأسعار عشرين في المئة»."
    ).attributions
    assert answered.content.endswith("عشرين في المئة")


def test_however_he_said_is_the_same_voice_s_second_claim(read):
    """ "…، إلا أنها أكدت أنها سترد …" (however it stressed): the "however" and its pronoun
    open a clause of the voice before, as "لكنها" does; a denial before it ends there, and
    the clause is an assertion of its own."""
    result = read("ونفت إدارة الميناء إغلاق الرصيف الشمالي، إلا أنها أكدت أنها ستعلق الشحن ليومين.")
    assert [(a.cue, a.source.name, a.stance.value, a.content) for a in result.attributions] == [
        ("نفت", "إدارة الميناء", "denies", "إغلاق الرصيف الشمالي"),
        ("أكدت", "إدارة الميناء", "asserts", "ستعلق الشحن ليومين"),
    ]


def test_at_a_time_when_another_voice_said_opens_its_clause(read):
    """ "…، في وقت أكدت فيه مصادر في النادي أن …" (at a time when): another voice's clause, as
    after "في حين"; the content before ends there."""
    result = read(
        "وقال المدرب سالم العنزي إن الفريق سيخوض مباراتين وديتين في المعسكر، في وقت أكدت فيه"
        " مصادر في النادي أن المباراة الثانية ألغيت."
    )
    assert [(a.cue, a.source.name, a.content) for a in result.attributions] == [
        ("قال", "سالم العنزي", "الفريق سيخوض مباراتين وديتين في المعسكر"),
        ("أكدت", "مصادر في النادي", "المباراة الثانية ألغيت"),
    ]


def test_a_given_name_alone_is_the_man_named_in_full_before(read):
    """ "وكان الشيخ سالم قد أشار …" after "نشر الشيخ سالم بن حمد آل نهيان …" (no cue there), and
    a bare "ويقول سامر" after "ويشرح سامر عبد الفتاح": the one full name the text gave, with
    the same honorific or none. A bare given name is not resolved when another man of that
    given name is named ("فهد السالم" beside "فهد بن علي"), nor to a name written with a title
    it lacks ("الأمير فهد بن خالد" is no later bare "فهد")."""
    result = read(
        "نشر الشيخ سالم بن حمد آل نهيان صورة له على حسابه. وكان الشيخ سالم قد أشار إلى أن"
        " كثيرا من الأفكار تعرض عليه.\n"
        "ويروي سامر عبد الفتاح، الذي عمل في البلدية عشرين عاما، قصة المشروع. ويقول سامر"
        " للصحيفة إن الأعمال تأخرت شهرين."
    )
    assert [a.source.name for a in result.attributions] == [
        "سالم بن حمد آل نهيان",
        "سامر عبد الفتاح",
    ]

    shared = read(
        "وشارك فهد بن علي في السباق، وفهد السالم كذلك. ويقول فهد إن السباق كان منظما."
    ).attributions
    assert [a.source.name for a in shared] == ["فهد"]
    prince = read(
        "واستقبل الأمير فهد بن خالد الوفد. ويقول فهد، وهو طالب، إن الزيارة كانت مفيدة."
    ).attributions
    assert [a.source.name for a in prince] == ["فهد"]


def test_words_written_beside_a_post_are_the_writer_s(read):
    """ "وكتب الوزير إلى جانب الصورة، أنها …" (beside the picture; also "تحت التغريدة"): where
    he wrote it, then his words; the participle after it is his too, not the medium credited
    before."""
    result = read(
        "نشر الوزير سامر الخطيب صورة له على حسابه، بحسب موقع الوادي الإخباري. وكتب الوزير إلى"
        " جانب الصورة، أنها التقطت خلال زيارة إلى المدينة القديمة؛ مضيفاً أن الزيارة استمرت"
        " ثلاثة أيام."
    )
    voices = {a.cue: a.source.name for a in result.attributions}
    assert voices["كتب"] == voices["مضيفاً"] != voices["بحسب"]


def test_more_participles_of_saying_open_the_speaker_s_next_claim(read):
    """ "…، متوقعا أن …", "معلنا أن", "ذاكرا أن", "مرجحا أن", "مذكرا بأن", "ملمحا إلى أن": the
    same speaker's next claim, read apart from the content before it."""
    for participle, that in (
        ("متوقعا", "أن"),
        ("معلنا", "أن"),
        ("ذاكرا", "أن"),
        ("مرجحا", "أن"),
        ("مذكرا", "بأن"),
        ("ملمحا", "إلى أن"),
    ):
        result = read(
            "وقال مدير الغرفة التجارية سالم العنزي إن المعرض استقبل ثلاثين ألف زائر، "
            + participle
            + " "
            + that
            + " تبلغ المبيعات مليون ريال."
        )
        assert [(a.cue, a.source.name, a.content) for a in result.attributions] == [
            ("قال", "سالم العنزي", "المعرض استقبل ثلاثين ألف زائر"),
            (participle, "سالم العنزي", "تبلغ المبيعات مليون ريال"),
        ]


def test_a_broadcaster_spelled_in_letters_names_is_one_voice(read):
    """ "وقالت قناة إن إتش كي العامة إن …": the broadcaster's name spelled in Latin letters'
    names (K written "كي") is one voice, and its "إن" opens no content."""
    (said,) = read(
        "وقالت قناة إن إتش كي العامة إن الطائرة الصغيرة تحطمت بعد إقلاعها بدقائق."
    ).attributions
    assert said.source.name == "إن إتش كي"
    assert said.content == "الطائرة الصغيرة تحطمت بعد إقلاعها بدقائق"
