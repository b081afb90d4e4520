"""Issue 11, round 27: voices read from samples of real days, in made-up sentences.

- A name's linking words keep the word after them: "علي" folds as the preposition "على"
  does, and "الملك", "الستار" are a title and an object noun; after "بن", "أبو" or "آل",
  and after "عبد", they are part of the name ("سالم بن علي", "أبو علي", "عبد الملك").
- A definite title ending a phrase after a given name is his family name ("محمد الأمين").
- People of a place or a body ("سكانها", "طلاب الكلية") are an unnamed group, not a person.
- "المقاومة" is an armed group's body, not a person named so.
- A bracketed aside after a leading credit's voice is no part of the content.
- "أعلن X بسط نفوذه": what was announced, not part of the voice.

Every example is made up.
"""

from __future__ import annotations

import pytest

from tracker import Registry, analyse_article
from tracker.models import ArticleResult, SourceKind
from tracker.readers import parse_article

_REGISTRY = Registry.load()


def _read(text: str) -> ArticleResult:
    return analyse_article(parse_article(text, "made-up.txt", language="ar"), _REGISTRY)


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # the father's name علي before a title, and before the complementiser
        (
            "وأكد سالم بن علي رئيس نادي الشروق أن الفريق سيبدأ معسكره في تركيا الأسبوع المقبل.",
            "سالم بن علي",
        ),
        ("وقال حسن بن علي إن الفريق سيبدأ معسكره في تركيا الأسبوع المقبل.", "حسن بن علي"),
        # the same name written with a final ى, as many papers write it
        ("وأكد مدرب الفريق سالم بن على أن اللاعبين جاهزون للمباراة.", "سالم بن على"),
        # a name by the son ("father of Ali")
        ("وقال أبو علي إن الحي تعرض للقصف مساء أمس.", "أبو علي"),
    ],
)
def test_ali_after_a_linking_word_is_the_name(text: str, voice: str) -> None:
    assert [a.source.name for a in _read(text).attributions] == [voice]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "وقال عبد الملك الحارثي مستشار أسري، إن الألعاب الإلكترونية تؤثر في سلوك الأطفال.",
            "عبد الملك الحارثي",
        ),
        (
            "وقال عبد الأمير الساعدي رئيس اللجنة إن الموازنة ستقر الأسبوع المقبل.",
            "عبد الأمير الساعدي",
        ),
    ],
)
def test_abd_takes_a_title_word_into_the_given_name(text: str, voice: str) -> None:
    assert [a.source.name for a in _read(text).attributions] == [voice]


def test_abd_keeps_a_word_that_is_also_an_object_noun() -> None:
    result = _read("وأعلن حاكم الولاية عبد الستار حكيمي أن انتحاريا فجر نفسه قرب السوق.")
    assert [a.source.name for a in result.attributions] == ["عبد الستار حكيمي"]


@pytest.mark.parametrize(
    "text",
    [
        "وأوضح محمد الأمين –موظف في شركة نقل- أنه تعود على قضاء العيد بعيدا عن أسرته.",
        "وأوضح محمد الأمين أنه تعود على قضاء العيد بعيدا عن أسرته.",
    ],
)
def test_a_definite_title_ending_the_phrase_after_a_given_name_is_a_family_name(
    text: str,
) -> None:
    [found] = _read(text).attributions
    assert (found.source.name, found.source.kind) == ("محمد الأمين", SourceKind.PERSON)


def test_a_title_with_its_complement_after_a_name_is_still_a_title() -> None:
    [found] = _read("وقال محمد المتحدث باسم الحزب إن الحزب سيشارك في الانتخابات.").attributions
    assert found.source.kind is SourceKind.OFFICIAL


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("وقال طلابها إن المعامل تفتقر إلى الأجهزة الحديثة.", "طلابها"),
        ("وقال سكانها إن الحي تعرض للقصف مساء أمس.", "سكانها"),
        ("وبحسب طلاب الكلية فإن المعامل تفتقر إلى الأجهزة الحديثة.", "طلاب الكلية"),
        ("وقال عمال المصنع إن رواتبهم تأخرت ثلاثة أشهر.", "عمال المصنع"),
    ],
)
def test_people_of_a_place_or_a_body_are_an_unnamed_group(text: str, voice: str) -> None:
    [found] = _read(text).attributions
    assert (found.source.name, found.source.kind) == (voice, SourceKind.ANONYMOUS)


def test_the_resistance_is_a_body_not_a_person() -> None:
    result = _read(
        "وقالت المقاومة الشعبية في المدينة إن مسلحيها نفذوا هجومين على مواقع الجيش. "
        "وأضافت هذه المقاومة أن اثنين من مسلحيها أصيبا بجروح."
    )
    assert [a.source.kind for a in result.attributions] == [SourceKind.ORGANIZATION] * 2


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "وبحسب دراسة للمعطيات الجغرافية للحسابات (المكان المعلن في الحساب)، فإن معظمها "
            "يدار من خارج البلاد.",
            "دراسة للمعطيات الجغرافية للحسابات",
        ),
        ("وبحسب مصادر طبية (في المستشفى الميداني) فإن عدد المصابين بلغ 40 شخصا.", "مصادر طبية"),
    ],
)
def test_a_bracketed_aside_after_a_leading_credit_is_no_content(text: str, voice: str) -> None:
    [found] = _read(text).attributions
    assert found.source.name == voice
    assert found.content.startswith(("معظمها", "عدد المصابين"))


def test_an_announced_act_is_the_content_not_the_voice() -> None:
    first = _read(
        "أعلنت الحركة الشعبية الساحلية بسط نفوذها على الوادي، مشيرة إلى أن الوادي طريق "
        "رئيسي للإمداد."
    ).attributions[0]
    assert (first.source.name, first.content) == (
        "الحركة الشعبية الساحلية",
        "بسط نفوذها على الوادي",
    )


def test_a_role_is_the_person_named_before_it_without_a_comma() -> None:
    """ "توقع سالم الحربي وزير المالية ارتفاع …" names the minister with no comma (his forecast
    is his claim); "ذكر الوزير" later is that man, not a second voice."""
    result = _read(
        "توقع سالم الحربي وزير المالية الكويتي ارتفاع الأسعار خلال الفترة المقبلة. وبحسب "
        "الوكالة، فقد أوضح الوزير أن الأعضاء راضون عن الاتفاق."
    )
    assert [a.source.name for a in result.attributions] == ["سالم الحربي", "سالم الحربي"]


def test_no_comma_needs_a_given_name_before_the_role() -> None:
    """ "استقبل الأمير سالم وزير المالية": the prince received the minister; the minister is
    not called سالم."""
    result = _read(
        "واستقبل الأمير سالم وزير المالية في مكتبه أمس. وقال الوزير إن المحادثات كانت مثمرة."
    )
    assert [a.source.name for a in result.attributions] == ["الوزير"]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("وقالت المسؤولة عن الركن هدى السالم إن الركن ينقسم إلى عدة أقسام.", "هدى السالم"),
        ("وقال المسؤول عن الملف سالم حسن إن التحقيق سينتهي قريبا.", "سالم حسن"),
        ("وقالت المشرفة على البرنامج منى الحربي إن الفعاليات ستستمر أسبوعا.", "منى الحربي"),
    ],
)
def test_a_title_completed_by_its_preposition_then_the_holder(text: str, voice: str) -> None:
    """ "المسؤولة عن X" is a title as "المشرفة على X" is; the holder's name follows (a given
    name in ى, "هدى", is no preposition على)."""
    [found] = _read(text).attributions
    assert (found.source.name, found.source.kind) == (voice, SourceKind.OFFICIAL)


def test_a_role_inside_a_credit_takes_no_words_before_it_for_a_name() -> None:
    """ "على حد قول المسؤول": the role's head is found inside "المسؤول"; "على حد قول" before
    it is no name (it opens with "على", which folds as the name "علي" does)."""
    result = _read(
        "وتستعد الحملة لمرحلة جديدة، على حد قول المسؤول. وتابع المسؤول يقول: «إنها تحاول "
        "الاستعداد الآن»."
    )
    assert all("حد" not in a.source.name for a in result.attributions)


def test_a_credit_repeated_gives_no_name_made_of_its_words() -> None:
    """ "…، على حد قول مسؤولين." twice: the second "مسؤولين" is not the surname of a man
    called "على حد قول" (على folds as the name علي)."""
    result = _read(
        "لن يساعد ازدياد التوتر بين الحكومة والإقليم في حل الأزمة، على حد قول مسؤولين. "
        "وتوقف تصدير القمح من الميناء منذ أسبوعين، على حد قول مسؤولين."
    )
    assert [(a.source.name, a.source.kind) for a in result.attributions] == [
        ("مسؤولين", SourceKind.ANONYMOUS)
    ] * 2


def test_an_attache_after_a_doctor_is_his_states_official() -> None:
    """ "الدكتور فلان الملحق الثقافي بالسفارة الكويتية": the name between the titles, an
    official (the later title is an office), of the state his embassy serves."""
    [found] = _read(
        "في غضون ذلك، أوضح الدكتور سالم الحربي الملحق الثقافي بالسفارة الكويتية لدى مملكة "
        "البحرين أن عدد الطلاب يصل إلى 1350 طالبا."
    ).attributions
    assert (found.source.name, found.source.kind) == ("سالم الحربي", SourceKind.OFFICIAL)
    assert found.source.group == "state:KW"


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("وقال مسؤول يعمل في وزارة الداخلية إن الحادث وقع فجر اليوم.", "مسؤول في وزارة الداخلية"),
        ("وقال مصدر أمني يعمل في الجيش إن الحادث وقع فجر اليوم.", "مصدر أمني في الجيش"),
        ("وأكد موظف يعمل في الشركة أن الرواتب تأخرت ثلاثة أشهر.", "موظف في الشركة"),
    ],
)
def test_an_unnamed_man_described_by_where_he_works(text: str, voice: str) -> None:
    """ "مسؤول يعمل في الوزارة" is "مسؤول في الوزارة": unnamed, of the body he works in (the
    verb was read as the voice, or the phrase as no voice at all); "موظف" is an unnamed head."""
    [found] = _read(text).attributions
    assert (found.source.name, found.source.kind) == (voice, SourceKind.ANONYMOUS)


def test_a_definite_noun_after_unnamed_officials_is_the_one_told() -> None:
    """ "وأبلغ مسؤولون النادي أنه …": officials told the club (in construct the head would be
    "مسؤولو"); the club is no part of the voice. "المسؤولون الأميركيون" stays one voice."""
    told = _read("وأبلغ مسؤولون النادي الزائر أنه لن يسمح بدخول ثلاثة من لاعبيه.").attributions
    assert [(a.source.name, a.source.kind) for a in told] == [("مسؤولون", SourceKind.ANONYMOUS)]
    described = _read("وأكد المسؤولون الأميركيون أن الخلية تضم عشرة أعضاء.").attributions
    assert [a.source.name for a in described] == ["المسؤولون الأميركيون"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال مسؤولون كبار إن الاتفاق سيوقع غدا.",
        "وقال مسؤولون كبار في الحكومة إن الاتفاق سيوقع غدا.",
    ],
)
def test_senior_officials_in_the_plural_are_unnamed_voices(text: str) -> None:
    """ "مسؤولون كبار": the plural of "كبير" describes unnamed officials as the singular does."""
    [found] = _read(text).attributions
    assert found.source.kind is SourceKind.ANONYMOUS


def test_a_name_with_lam_after_the_voice_is_the_one_told() -> None:
    """ "وأكد المدير سالم حسن لخالد العمر أنه …": Khalid was told; he is no part of the voice
    (a given name that opens with ل, "لؤي", is still a name)."""
    told = _read("وأكد المدير التنفيذي للنادي سالم حسن لخالد العمر أنه يستطيع ضم أي لاعب.")
    assert [a.source.name for a in told.attributions] == ["سالم حسن"]
    named = _read("وقال سالم لؤي إن الفريق جاهز للمباراة.")
    assert [a.source.name for a in named.attributions] == ["سالم لؤي"]


def test_a_purpose_ends_the_voice() -> None:
    """ "حسب ما نشرته صحف محلية بهدف إقناعه …": what it was for is no part of the papers."""
    result = _read(
        "وأجرى المدرب محادثة هاتفية مع اللاعب، وذلك حسب ما نشرته صحف محلية بهدف إقناعه "
        "بالانتقال إلى الفريق."
    )
    assert [a.source.name for a in result.attributions] == ["صحف محلية"]


@pytest.mark.parametrize(
    "text",
    [
        "وسيحصل اللاعب على مكافآت خاصة بحسب مساهماته مع الفريق.",
        "وتوزع المساعدات على الأسر بحسب احتياجاتها.",
    ],
)
def test_by_his_own_measure_is_no_voice(text: str) -> None:
    """ "بحسب مساهماته", "بحسب احتياجاتها": depending on his contributions, its needs; no
    one speaks (a plural in ات with "his" or "its" that no one speaks through)."""
    assert _read(text).attributions == ()
