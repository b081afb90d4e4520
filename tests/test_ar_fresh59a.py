"""Arabic patterns read wrong on a fresh pool of SaudiNewsNet articles annotated blind (round 59,
fresh59a).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "voice", "content"),
    [
        (
            "وأعلنت الشرطة قتل ثلاثة مسلحين في اشتباك قرب الحدود الشمالية.",
            "الشرطة",
            "قتل ثلاثة مسلحين في اشتباك قرب الحدود الشمالية",
        ),
        (
            "وأكدت وزارة الدفاع قصف مواقع للمتمردين في الوادي أمس.",
            "وزارة الدفاع",
            "قصف مواقع للمتمردين في الوادي أمس",
        ),
        (
            "وأعلن الجيش خطف سائقين اثنين على الطريق الساحلي.",
            "الجيش",
            "خطف سائقين اثنين على الطريق الساحلي",
        ),
    ],
)
def test_a_three_letter_event_noun_is_what_was_announced(read, text, voice, content):
    """ "أعلنت الشرطة قتل ثلاثة مسلحين": the killing (a verbal noun written as the verb) is told."""
    (verb,) = read("وقال المحافظ إن الهجوم قتل فيه خمسة من الحراس.").attributions
    assert verb.content == "الهجوم قتل فيه خمسة من الحراس"  # inside a content, still the verb
    clause = read(
        "وكان الحاكم أعلن منع التجول بعد يومين من هجوم على سوق ببلدة نائية قتل خلاله تسعة."
    )
    assert all("تسعة" not in a.content for a in clause.attributions)  # a clause on the attack
    (found,) = read(text).attributions
    assert found.source.name == voice
    assert found.content == content


def test_an_event_noun_after_a_voice_carried_from_the_sentence_before(read):
    """ "وأكدت قتل خمسة عناصر" with no subject: the body that spoke before tells the killing."""
    found = read(
        "وقالت خلية الرصد في بيان إنه تم توقيف أفراد العصابة. وأكدت قتل أربعة من أفرادها "
        "خلال المداهمة."
    ).attributions
    assert [(a.source.name, a.content) for a in found] == [
        ("خلية الرصد", "تم توقيف أفراد العصابة"),
        ("خلية الرصد", "قتل أربعة من أفرادها خلال المداهمة"),
    ]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("وقال المؤرخ جيمس دبليو. كارتر إن المدينة تأسست قبل ثلاثة قرون.", "كارتر"),
        ("وقالت الباحثة سوزان إيه. لويس إن المدينة تأسست قبل ثلاثة قرون.", "لويس"),
    ],
)
def test_a_spelled_initial_inside_a_name_ends_no_sentence(read, text, voice):
    """ "جيمس دبليو. كارتر": the full stop of a spelled initial keeps the name and its cue."""
    channel = read("وبثت المقابلة قناة بي بي سي. وقال الوزير إن المفاوضات ستستأنف غدا.")
    assert [a.source.name for a in channel.attributions] == ["الوزير"]  # letters end a name
    (found,) = read(text).attributions
    assert voice in found.source.name
    assert found.source.name.startswith(("جيمس", "سوزان"))
    assert found.content == "المدينة تأسست قبل ثلاثة قرون"


def test_a_participle_of_saying_with_no_comma_speaks_for_the_doer(read):
    """ "ودانت الجبهة القصف معتبرة أنه «…»، وقالت: …": no comma, but أنّ after it; the front
    speaks, not the voice of the sentence before."""
    found = read(
        "وقال المتحدث باسم الجيش إن الهدوء عاد إلى البلدة. وكانت الجبهة الشعبية دانت في بيان "
        "القصف الأخير معتبرة أنه «اعتداء سافر»، وقالت: إن الحكومة أنهت الهدنة من جانب واحد."
    ).attributions
    assert [(a.source.name, a.content) for a in found] == [
        ("المتحدث باسم الجيش", "الهدوء عاد إلى البلدة"),
        ("الجبهة الشعبية", "اعتداء سافر"),
        ("الجبهة الشعبية", "الحكومة أنهت الهدنة من جانب واحد"),
    ]


def test_who_claimed_an_attack_speaks_next(read):
    """ "وتبنت الجبهة الهجوم. وقالت: إن …": the front that claimed it speaks, not the army."""
    found = read(
        "وقالت القيادة العسكرية إن جنديين أصيبا في الانفجار. وتبنت الجبهة الشعبية أمس الهجوم "
        "على الدورية. وقالت: إن العملية جاءت ردا على الغارات الأخيرة."
    ).attributions
    assert [(a.source.name, a.content) for a in found] == [
        ("القيادة العسكرية", "جنديين أصيبا في الانفجار"),
        ("الجبهة الشعبية", "العملية جاءت ردا على الغارات الأخيرة"),
    ]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "وقال الطبيب إن السهر يضر القلب، لكن دراسة حديثة وجدت أن الضرر أقل مما يظن.",
            "دراسة حديثة",
        ),
        ("وقال الطبيب إن السهر يضر القلب. لكن التقرير أظهر أن الضرر أقل مما يظن.", "التقرير"),
    ],
)
def test_a_record_before_a_verb_of_finding_is_its_voice(read, text, voice):
    """ "دراسة حديثة وجدت أن …": the study found it (showing and finding, the record first)."""
    again = read("وقال الطبيب إن السهر يضر القلب. ووجد أن المرضى تحسنوا بعد شهر.")
    assert [a.source.name for a in again.attributions] == ["الطبيب"]  # no finder written
    first, second = read(text).attributions
    assert first.source.name == "الطبيب"
    assert second.source.name == voice
    assert second.content == "الضرر أقل مما يظن"


def test_a_speaker_with_an_initial_and_her_college_goes_on_speaking(read):
    """ "وقالت سوزان إيه. لويس من جامعة …": her name, and "وأضافت" after her is hers, not the
    study's named before."""
    found = read(
        "ووجدت دراسة جديدة أن المشي يقوي الذاكرة. وقالت سوزان إيه. لويس من جامعة الشمال، التي "
        'قادت الباحثين "النتائج تنطبق على كل الأعمار". وأضافت أن الفريق تابع ألف متطوع.'
    ).attributions
    assert [a.source.name for a in found][1:] == ["سوزان إيه لويس", "سوزان إيه لويس"]
    assert found[2].content == "الفريق تابع ألف متطوع"


def test_who_wrote_a_songs_words_is_no_new_speaker(read):
    """ "كتب كلماتها الشاعر فلان" inside the singer's words: the poet wrote the lyrics, he
    reports nothing; the singer goes on speaking."""
    found = read(
        "وقال المطرب حسين الخالدي إن الأغنية التي لحنها بنفسه، كتب كلماتها الشاعر سعيد العمري، "
        '"وهي موجهة للأمهات". وأضاف "نعتبرها هدية لكل الأمهات".'
    ).attributions
    assert [a.source.name for a in found] == ["حسين الخالدي", "حسين الخالدي"]
    assert "موجهة للأمهات" in found[0].content
    assert found[1].content == "نعتبرها هدية لكل الأمهات"
