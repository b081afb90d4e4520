"""Arabic verbs of accusing and describing: the accuser is the voice, the accused is never part
of it, and the content is the accused and what he is accused of."""

from __future__ import annotations


def _read(read, text: str) -> list[tuple[str, str, str]]:
    result = read(text)
    return [(a.cue, a.source.name, a.content) for a in result.attributions]


def test_an_accuser_named_before_the_accused_is_the_voice(read):
    """ "واتهمت الوزارة الجماعة بأنها …": the ministry accuses; the group it accuses is no
    part of its name, and the content is the group and the charge."""
    found = _read(read, "واتهمت الوزارة الجماعة بأنها تقف وراء الهجوم على المركز الحدودي.\n")
    assert found == [("اتهمت", "الوزارة", "الجماعة بأنها تقف وراء الهجوم على المركز الحدودي")]
    (att,) = read(
        "واتهم وزير الداخلية سامر الخطيب حركة النسر بالوقوف وراء الهجوم على المعبر.\n"
    ).attributions
    assert att.source.name == "سامر الخطيب"
    assert att.content == "حركة النسر بالوقوف وراء الهجوم على المعبر"
    (att,) = read(
        "واتهمت وزارة الخارجية الوادية الحكومة الساحلية بدعم المتمردين في الشمال.\n"
    ).attributions
    assert att.source.name == "وزارة الخارجية الوادية"
    assert att.content.startswith("الحكومة الساحلية بدعم المتمردين")


def test_a_time_word_and_a_quoted_charge_stand_between_accuser_and_charge(read):
    """ "اتهم الرئيس فلان أمس جمهورية … بـ«…»": the day is no part of the accuser nor of the
    accused; the charge in quotation marks follows ب."""
    (att,) = read(
        "من جهة أخرى، اتهم الرئيس الوادي سامر الخطيب أمس جمهورية الساحل "
        "بـ«توجيه رسالة عدائية» إلى بلاده.\n"
    ).attributions
    assert att.cue == "اتهم"
    assert att.source.name == "سامر الخطيب"
    assert att.content.startswith("جمهورية الساحل بـ«توجيه رسالة عدائية»")


def test_an_accused_written_as_a_pronoun_on_the_verb(read):
    """ "وتتهمه الهيئة بأنه ضالع في …": the body after the verb accuses; the content is what
    follows بأنه."""
    (att,) = read("وتتهمه الهيئة الأممية بأنه ضالع في تهريب الآثار عبر الحدود.\n").attributions
    assert att.cue == "تتهمه"
    assert att.source.name == "الهيئة الأممية"
    assert att.content == "ضالع في تهريب الآثار عبر الحدود"


def test_no_accuser_read_gives_no_accusation(read):
    """A passive ("واتهم بالفساد عدد من …", "قد اتهم بالفساد"), one noun phrase that may be
    either accuser or accused ("واتهمت الحكومة المعارضة بـ…"), or a relative clause on the
    accuser give no voice; the accuser's own clause still does."""
    assert not read("واتهم بالفساد عدد من موظفي البلدية الشهر الماضي.\n").attributions
    assert not read("وكان الرجل قد اتهم بالفساد في قضية أخرى.\n").attributions
    assert not read("واتهمت الحكومة المعارضة بتهريب السلاح عبر الحدود الشمالية.\n").attributions
    assert not read(
        "واتهمت دولة الساحل التي لا تعترف بالجنسية المزدوجة الصحفي بجمع معلومات سرية.\n"
    ).attributions
    found = _read(read, "واتهم الوزير الجماعة بزرع الألغام، وقال إن الجيش سيرد على الهجوم.\n")
    assert found == [
        ("اتهم", "الوزير", "الجماعة بزرع الألغام"),
        ("قال", "الوزير", "الجيش سيرد على الهجوم"),
    ]


def test_an_accusing_participle_after_a_clause_of_saying(read):
    """ "وقال الوزير إن …، متهما المعارضة بنشر الشائعات": the participle ends what he said
    and accuses in his voice; "…، متهمين بسرقة السيارات" with no accused before the charge is
    a noun of those arrested, and no one accuses."""
    found = _read(read, "وقال الوزير إن الحدود آمنة، متهما المعارضة بنشر الشائعات عن الحدود.\n")
    assert found == [
        ("قال", "الوزير", "الحدود آمنة"),
        ("متهما", "الوزير", "المعارضة بنشر الشائعات عن الحدود"),
    ]
    assert not read("واعتقلت الشرطة خمسة أشخاص، متهمين بسرقة السيارات.\n").attributions


def test_what_is_described_before_how_it_was_put_is_no_part_of_the_voice(read):
    """ "ووصف الناشط فلان الفلاني الأوضاع … بقوله «…»": the activist speaks; the conditions he
    described are not part of his name."""
    (att,) = read(
        "ووصف الناشط سامر الخطيب الأوضاع المأساوية للاجئين بقوله «الوضع سيئ جدا في المخيمات».\n"
    ).attributions
    assert att.source.name == "سامر الخطيب"
    assert att.content == "الوضع سيئ جدا في المخيمات"


def test_an_accusation_ends_where_another_voice_answers_it(read):
    """ "وتتهم المعارضة الحكومة بالفساد، إلا أن الحكومة تنفي تلك التهم": the charge ends
    before "إلا أن"; the government's denial is read as its own."""
    result = read("وتتهم المعارضة الحكومة بالفساد، إلا أن الحكومة تنفي تلك التهم جملة وتفصيلا.\n")
    found = [(a.cue, a.source.name, a.content, a.stance.value) for a in result.attributions]
    assert found == [
        ("تتهم", "المعارضة", "الحكومة بالفساد", "asserts"),
        ("تنفي", "الحكومة", "تلك التهم جملة وتفصيلا", "denies"),
    ]


def test_the_verbal_noun_of_describing_names_no_voice(read):
    """ "إلى حد وصف الاتفاق بأنه …", "دقة وصف المنتجات": the verbal noun governed by the word
    before; the thing described is never read as one who speaks."""
    for text in (
        "وذهب الرئيس سامر العلي إلى حد وصف الاتفاق بأنه خطوة تاريخية نحو السلام.\n",
        "يذكر أن الدليل يهدف إلى دقة وصف وتصنيف المنتجات المعروضة بين التجار، "
        "وتحضير الاستعدادات الأولية لجاهزية الدخول في منصة تبادل المعلومات.\n",
    ):
        names = [a.source.name for a in read(text).attributions]
        assert not any(n.startswith(("وتصنيف", "سامر العلي إلى")) for n in names), names


def test_what_a_subjectless_describing_verb_describes_is_no_voice(read):
    """ "ووصف حادث الحريق بأنه …", "ووصف الحادثة، بأنها …": the event described; the speaker
    is the one before. "ووصف فلان الفلاني زيارته … بـ«…»": his visit is no part of his name."""
    for text in (
        "وقال الوزير إن المصنع مغلق. ووصف حادث الحريق بأنه إهمال جسيم من الإدارة.\n",
        "وقال الوزير إن المصنع مغلق. ووصف الحادثة، بأنها إهمال جسيم من الإدارة.\n",
    ):
        found = _read(read, text)
        assert found[1] == ("وصف", "الوزير", "إهمال جسيم من الإدارة")
    (att,) = read("ووصف رئيس الحزب سامر العلي زيارته إلى العاصمة بـ«الناجحة».\n").attributions
    assert att.source.name == "سامر العلي"


def test_condemning_written_without_hamza_names_who_describes_next(read):
    """ "كما دان الأمين العام فلان الحادث. ووصف حادث الحريق بأنه …": "دان" is "أدان"; the
    one who condemned describes next, not the speaker before him."""
    found = _read(
        read,
        "وقال رئيس المجلس سامر العلي إن المصنع مغلق. كما دان الأمين العام للمجلس فهد السالم "
        "الحادث. ووصف حادث الحريق بأنه إهمال جسيم من الإدارة.\n",
    )
    assert found[-1] == ("وصف", "فهد السالم", "إهمال جسيم من الإدارة")


def test_holding_someone_responsible_is_an_accusation(read):
    """ "وحمّلت الوزارة الجماعة مسؤولية الهجوم": the ministry blames; the group blamed and the
    responsibility are the content. "حمل" that carries, and "تحمل المسؤولية" (bears it), blame
    no one."""
    found = _read(read, "وحمّلت الوزارة الجماعة مسؤولية الهجوم على المعبر.\n")
    assert found == [("حمّلت", "الوزارة", "الجماعة مسؤولية الهجوم على المعبر")]
    found = _read(read, "وقال الوزير إن الوضع خطير، وحمل الجماعة مسؤولية الهجوم.\n")
    assert found[1] == ("حمل", "الوزير", "الجماعة مسؤولية الهجوم")
    assert not read("وتحمل الشركة المسؤولية الكاملة عن الحادث.\n").attributions
    assert not read("وحمل الطالب حقيبته إلى المدرسة.\n").attributions


def test_an_accused_whose_name_opens_with_ba_is_no_charge(read):
    """ "اتهم الرئيس فلان أمس بلاريا بـ«…»": a name in ب right before the charge is the
    accused, not what he is accused of."""
    (att,) = read(
        "اتهم الرئيس الوادي سامر الخطيب أمس بلاريا بـ«توجيه رسالة عدائية» إلى بلاده.\n"
    ).attributions
    assert att.source.name == "سامر الخطيب"
    assert att.content.startswith("بلاريا بـ«توجيه رسالة عدائية»")


def test_an_occasion_between_accuser_and_accused_joins_neither(read):
    """ "واتهم فلان في كلمة تلفزيونية الحكومة بـ…": the occasion and its adjective run on into
    the accused with no mark; the accuser must not become "فلان في كلمة تلفزيونية" (a voice
    apart from "فلان", one man counted twice), so no accusation is read, and a participle
    after it stays with the speaker named before (stop 51, whole-corpus run)."""
    found = _read(
        read,
        "وقال سامر الواحي إن الحكومة فشلت. واتهم الواحي في كلمة تلفزيونية الحكومة بأنها"
        " ترتكب الجرائم، مضيفا أن الشعب لن يسكت.\n",
    )
    assert [voice for _, voice, _ in found] == ["سامر الواحي", "سامر الواحي"]
    assert not read(
        "واتهم الرئيس سامر الواحي خلال مؤتمر صحفي الحكومة بأنها ترتكب الجرائم.\n"
    ).attributions
