"""Issue 11, round 26: a surname alone speaks for the person the article named in full.

A story often names a person in full in a sentence with no cue ("التقى … المهندس سعد بن فهد
الراشد", "أبدى خالد السالم رضاه …") and then quotes him by his surname alone ("وقال الراشد").
The surname is that person, with the title the text gave him; it is not a second, unknown
voice. A surname that ends a voice already heard (a relayed speaker) is left to the resolver,
which keeps the relay.

Every example is made up.
"""

from __future__ import annotations

from tracker import Registry, analyse_article
from tracker.models import ArticleResult, SourceKind
from tracker.readers import parse_article

_REGISTRY = Registry.load()


def _read(text: str) -> ArticleResult:
    return analyse_article(parse_article(text, "made-up.txt"), _REGISTRY)


def _voices(result: ArticleResult) -> list[tuple[str, SourceKind]]:
    return [(a.source.name, a.source.kind) for a in result.attributions]


def test_a_surname_is_the_titled_person_named_before_without_a_cue() -> None:
    result = _read(
        "التقى محافظ الساحل المهندس سعد بن فهد الراشد وفدا من الغرفة التجارية. وقال الراشد"
        " إن مشروع الكورنيش يكتمل نهاية العام."
    )
    assert _voices(result) == [("سعد بن فهد الراشد", SourceKind.OFFICIAL)]


def test_a_title_after_a_preposition_still_names_him() -> None:
    """ "برئاسة الدكتور …": the title is the word before the name, not the one before it."""
    result = _read(
        "استقبل الأمير وفدا برئاسة الدكتور سعد بن فهد الراشد. وأضاف الراشد أن الجمعية"
        " ستفتح فرعين جديدين."
    )
    assert _voices(result) == [("سعد بن فهد الراشد", SourceKind.PERSON)]


def test_a_given_name_and_surname_need_no_title() -> None:
    """ "أبدى خالد السالم رضاه": the name opens at the given name, after a verb the name
    reader does not know; "بن" takes the word before it into the name."""
    result = _read(
        "أبدى خالد السالم رضاه عن نتائج الموسم. وقال السالم إن الفريق سيعود أقوى في الدور الثاني."
    )
    assert _voices(result) == [("خالد السالم", SourceKind.PERSON)]
    result = _read(
        "وأشاد مدير الجمعية منصور بن علي الكناني بالمتطوعين. وقال الكناني إن الحملة وزعت"
        " ثلاثة آلاف سلة."
    )
    assert [name for name, _ in _voices(result)] == ["منصور بن علي الكناني"]


def test_the_nearest_naming_before_the_voice_wins() -> None:
    """Two people of one family name: the surname is the one named last before it."""
    result = _read(
        "حضر الحفل الدكتور فهد الزامل. ثم تسلم الجائزة المهندس ماجد الزامل. وقال الزامل إن"
        " الجائزة تكريم للفريق كله."
    )
    assert [name for name, _ in _voices(result)] == ["ماجد الزامل"]


def test_a_relayed_speaker_keeps_the_relay() -> None:
    """ "نقلت القناة عن الوزير فلان قوله …. وقال فلان": the surname is the speaker the
    channel relayed, and the relay goes on; the titled naming does not cut it."""
    result = _read(
        "نقلت قناة الأفق عن وزير الزراعة حمدان السالم قوله إن المحصول تضاعف. وقال السالم"
        " إن التصدير يبدأ الشهر المقبل."
    )
    chains = [[voice.name for voice in a.chain] for a in result.attributions]
    assert chains[-1][0] == chains[0][0]
    assert len(chains[-1]) == 2


def test_a_common_noun_is_left_alone() -> None:
    result = _read("وقال الرجل إن الحادث وقع ليلا قرب الجسر.")
    assert _voices(result) == [("الرجل", SourceKind.PERSON)]


def test_unnamed_persons_prosecutors_and_investigators_are_anonymous() -> None:
    """ "شخص/شخصان مقربان من …" and "مدعون", "محققون" name no one: anonymous voices, not a
    person called "مدعون", and not missed."""
    for text, voice in (
        ("وقال شخصان مقربان من النادي إن الإدارة فتحت تحقيقا في الصفقة.", "شخصان مقربان من النادي"),
        ("وقال شخص مطلع على الملف إن العقد سيوقع الشهر المقبل.", "شخص مطلع"),
        ("وقال مدعون في جنيف إن أربعة موظفين تلقوا عمولات.", "مدعون في جنيف"),
    ):
        assert _voices(_read(text)) == [(voice, SourceKind.ANONYMOUS)], text


def test_a_request_not_to_be_named_is_no_content() -> None:
    """ "أكد مسؤول رفض الكشف عن اسمه أن …": the request is part of who he is, with or without
    commas, and the medium told after it is a carrier; the content opens after "أن"."""
    for text in (
        "أكد مسؤول ليبي رفض الكشف عن اسمه لقناة الأفق أن الوفد وصل إلى الميناء فجرا.",
        "أكد مسؤول ليبي، طلب عدم ذكر اسمه، أن الوفد وصل إلى الميناء فجرا.",
        "وتحدث مسؤول ليبي، فضل عدم الكشف عن هويته، عن وصول الوفد إلى الميناء فجرا.",
    ):
        result = _read(text)
        assert [a.source.kind for a in result.attributions] == [SourceKind.ANONYMOUS], text
        content = result.attributions[0].content
        assert "اسمه" not in content, text
        assert "هويته" not in content, text
        assert "الوفد" in content, text


def test_a_manner_after_the_name_is_no_part_of_it() -> None:
    """ "وقال الحمدان بتأثر كبير إن …", "وقال المسؤول بلهجة حادة": how he spoke, not who."""
    result = _read(
        "حاور المذيع الفنان ناصر الحمدان. وقال الحمدان بتأثر كبير إن الفن رسالة قبل كل شيء."
    )
    assert [a.source.name for a in result.attributions] == ["ناصر الحمدان"]
    result = _read("وقال المسؤول بلهجة حادة إن البلدية لن تتراجع عن قرار الإزالة.")
    assert [a.source.name for a in result.attributions] == ["المسؤول"]


def test_an_unnamed_credited_voice_ends_before_its_clause() -> None:
    """ "وبحسب مصدر عسكري تمكن …" with no comma: the head and its adjectives are the voice,
    the clause after them is what it said; a body after a preposition stays in the voice."""
    for text, voice, opening in (
        ("وبحسب مصدر عسكري تمكن سائق من الفرار قبل وصول الدورية.", "مصدر عسكري", "تمكن"),
        ("وبحسب مصادر محلية قتل راعيان في القصف المدفعي.", "مصادر محلية", "قتل"),
        ("وبحسب مصدر طبي بمستشفى الساحل فإنه لم تصل أي إصابات.", "مصدر طبي بمستشفى الساحل", "لم"),
    ):
        result = _read(text)
        assert [(a.source.name, a.content.split()[0]) for a in result.attributions] == [
            (voice, opening)
        ], text


def test_a_record_speaks_for_the_body_that_wrote_it() -> None:
    """ "تقرير أصدرته الهيئة", "دراسة أعدها المركز", "مسح أجرته المؤسسة": the body that wrote
    the record is its voice, as after "صادر عن"; "أظهر" accepts it, since a record's finding
    is what it reports."""
    for text, voice in (
        (
            "كشف تقرير أصدرته الهيئة الوطنية لرصد الطقس أن الشهر الماضي كان الأشد حرارة.",
            "الهيئة الوطنية لرصد الطقس",
        ),
        (
            "وأظهر مسح أجرته مؤسسة «نجمة للأبحاث» أن ربع السكان يستمعون إلى الإذاعة يوميا.",
            "مؤسسة نجمة للأبحاث",
        ),
    ):
        assert [a.source.name for a in _read(text).attributions] == [voice], text


def test_a_finding_without_its_author_is_not_given_one() -> None:
    """ "أظهرت بيانات أسبوعية تراجع المخزون": no author is named, no voice is made up."""
    result = _read("بعدما أظهرت بيانات أسبوعية تراجع المخزون وإن كان ارتفاع العملة حد من المكاسب.")
    assert [a.source.name for a in result.attributions] == []


def test_fadl_is_a_given_name() -> None:
    """ "العميد فضل سالم": فضل is a name here, not ف + a word; as a verb before "عدم" it
    still asks not to be named."""
    result = _read("وكشف العميد فضل سالم أن الدوريات أغلقت الطريق الساحلي.")
    assert [a.source.name for a in result.attributions] == ["فضل سالم"]
    result = _read("وقال مسؤول محلي فضل عدم الإفصاح عن هويته إن الدوريات أغلقت الطريق الساحلي.")
    assert [(a.source.name, a.source.kind) for a in result.attributions] == [
        ("مسؤول محلي", SourceKind.ANONYMOUS)
    ]
