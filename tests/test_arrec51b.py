"""Arabic reporting patterns of unseen news days (second slice): a short quoted name after a
cue's subject, before what the subject says."""

from __future__ import annotations


def _read(read, text: str) -> list[tuple[str, str, str]]:
    result = read(text)
    return [(a.cue, a.source.name, a.content) for a in result.attributions]


def test_a_quoted_name_before_an_is_part_of_the_voice(read):
    """ "أعلنت مجموعة «…» الأميركية، أكبر منتج …، عن تحقيق أرباح": the quotation names the
    group, and what it announced opens after عن; the name is no quotation of its words."""
    ((cue, name, content),) = _read(
        read,
        "أعلنت مجموعة «سيارات النجمة» الأميركية، أكبر منتج للسيارات في البلاد، عن تحقيق "
        "أرباح صافية خلال الربع الثاني.\n",
    )
    assert cue == "أعلنت"
    assert "النجمة" in name
    assert content == "تحقيق أرباح صافية خلال الربع الثاني"
    ((_, name, content),) = _read(
        read, "كشفت شركة «دروب» عن تطبيق جديد لحجز سيارات الأجرة في المدينة.\n"
    )
    assert "دروب" in name
    assert content == "تطبيق جديد لحجز سيارات الأجرة في المدينة"
    # An aside in quotation marks is no name: the member of the committee speaks.
    ((_, name, content),) = _read(
        read, 'أكد عضو لجنة الحكام "تحفظ على ذكر اسمه" أن قرارات لجنته نافذة.\n'
    )
    assert name == "عضو لجنة الحكام"
    assert content == "قرارات لجنته نافذة"
    ((_, name, _),) = _read(read, 'أكد أحد المسؤولين "تحتفظ الجريدة باسمه" أن الحركة عادية.\n')
    assert name == "أحد المسؤولين"
    # A quoted word of praise after the paper's nisba is no part of its name.
    ((_, name, content),) = _read(
        read, 'أكدت صحيفة (النهار) اللبنانية "الموثوقة" أن اللاعب قرر البقاء مع ناديه.\n'
    )
    assert "الموثوقة" not in name
    assert content == "اللاعب قرر البقاء مع ناديه"


def test_a_quoted_title_described_after_a_comma_says_nothing(read):
    """ "اختتمت فعاليات ملتقى «…»، الذي نظمته الجامعة": the quotation is the forum's title,
    described by the clause after it, and the forum's closing reports no words."""
    assert (
        _read(
            read,
            'اختتمت فعاليات ملتقى "حماية التراث والمواقع"، الذي نظمته الجامعة، بعد ثلاثة أيام.\n',
        )
        == []
    )


def test_an_act_by_an_honorific_pronoun_gives_the_participle_to_the_one_named_before(read):
    """ "استقبل الأمير فلان الوفد. وعبر سموه عن أسفه …، مبيناً أن …": "his highness" is the
    prince who acted in the sentence before, and the participles after his act are his."""
    found = _read(
        read,
        "استقبل الأمير سعد بن فالح أمير المنطقة الوفد. وعبر سموه في تصريح للوكالة عن أسفه "
        "لهذا الحادث، مبيناً أن الجناة سيلقون عقابهم، مؤكداً أن ما حدث لن يثني العزيمة.\n",
    )
    assert [(cue, name) for cue, name, _ in found] == [
        ("مبيناً", "سعد بن فالح"),
        ("مؤكداً", "سعد بن فالح"),
    ]
    assert found[0][2] == "الجناة سيلقون عقابهم"
    # With no one named before, the pronoun names no one.
    assert _read(read, "وعبر سموه عن أسفه لهذا الحادث، مبيناً أن الجناة سيلقون عقابهم.\n") == []


def test_while_opening_a_sentence_gives_its_doer_the_participle(read):
    """ "في حين أشار المواطن فلان إلى …، مشيرا إلى أن …": "في حين" (while) opens the sentence
    as "فيما" does; the participle is the citizen's, not the speaker's of the sentence before."""
    found = _read(
        read,
        "أكد سالم الحربي أن القرى تفتقر إلى بلدية. في حين أشار المواطن ماجد بن عمر إلى حاجة "
        "القرية لمركز للشرطة، مشيرا إلى أن أقرب محكمة بعيدة.\n",
    )
    assert [(cue, name) for cue, name, _ in found] == [
        ("أكد", "سالم الحربي"),
        ("مشيرا", "ماجد بن عمر"),
    ]


def test_those_who_expressed_a_feeling_speak_in_the_participle_after(read):
    """ "وعبر ذوو الضحايا عن شكرهم …، مشيرين إلى أن …": "عبّر عن" names its doer as "أعرب
    عن" does, an unnamed group too, and the participle after the act is theirs."""
    found = _read(read, "وعبر ذوو الضحايا عن شكرهم للقيادة، مشيرين إلى أن ذلك غير مستغرب.\n")
    assert [(cue, name, content) for cue, name, content in found] == [
        ("مشيرين", "ذوو الضحايا", "ذلك غير مستغرب")
    ]
    found = _read(
        read,
        "عبرت جماهير النادي عن سعادتها بانضمام المهاجم، لافتة إلى أن التعاقدات مرضية.\n",
    )
    assert [(cue, name) for cue, name, _ in found] == [("لافتة", "جماهير النادي")]


def test_a_woman_named_by_a_role_is_not_the_man_named_before_with_it(read):
    """ "وقالت والدة الشهيد" after "قال والد الشهيد فلان", "مديرة المدرسة" after "مدير
    المدرسة فلان": the feminine in ة names another person, though the letters but one are the
    same; "والده" (his father) is still the father."""
    found = _read(
        read,
        "قال والد الشهيد سالم الحربي إن نجله كان صائما.\n"
        "وقالت والدة الشهيد: «ما خفف علي أن ابني مات في المسجد».\n",
    )
    assert [name for _, name, _ in found] == ["والد الشهيد سالم الحربي", "والدة الشهيد"]
    found = _read(
        read,
        "قال مدير المدرسة سالم الحربي إن الدوام يبدأ غدا.\n"
        "وقالت مديرة المدرسة: «الاستعدادات اكتملت».\n",
    )
    assert [name for _, name, _ in found] == ["سالم الحربي", "مديرة المدرسة"]
    found = _read(
        read,
        "قال والد الشهيد سالم الحربي إن نجله كان صائما.\n"
        "وقال والده: «ما خفف علي أن ابني مات في المسجد».\n",
    )
    assert [name for _, name, _ in found] == ["والد الشهيد سالم الحربي"] * 2


def test_a_groups_side_opens_a_sentence_as_one_mans_does(read):
    """ "من جانبهم، عبر منظمو الملتقى عن …، مشيرين إلى أن …": "on their side" opens the
    sentence before its act as "من جانبه" does, so the organisers speak in the participle."""
    found = _read(
        read,
        "من جانبهم عبر منظمو الملتقى عن حرصهم على المشاركة، مشيرين إلى أن المعرض رسالة للمجتمع.\n",
    )
    assert [(cue, name, content) for cue, name, content in found] == [
        ("مشيرين", "منظمو الملتقى", "المعرض رسالة للمجتمع")
    ]
