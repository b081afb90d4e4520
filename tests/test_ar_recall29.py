"""Arabic reports missed on SaudiNewsNet days (issue 11, round 29, recall).

Found by reading sentences with a reporting word that gave no attribution (2015-07-25 and
2015-08-03), then reading what each new rule changed on whole days. Every example is made up;
each test pins one general pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_an_occasion_after_bimunasaba_ends_the_voice(read):
    """ "وأكد فلان بمناسبة تخريج …، أن …", "وقال بمناسبة صدور …، إن …": "on the occasion of"
    ends the speaker's name as "خلال" does, and with no name after the verb the speaker is
    the one named before; the occasion is never read as a voice."""
    result = read(
        "وأكد عميد الكلية نادر السالمي بمناسبة تخريج الدفعة الثالثة من طلاب قسم الصيدلة، "
        "أن الكلية ستفتح قسما جديدا. "
        "وقال بمناسبة صدور قرار ضم المعهد إلى الجامعة، إن القرار يخدم الطلاب. "
        "وأعلن مدير النادي وليد الراشد بمناسبة اليوم الرياضي أن الملعب سيفتح للجميع."
    )
    assert _voices(result) == ["نادر السالمي"] * 2 + ["وليد الراشد"]
    assert _contents(result) == [
        "الكلية ستفتح قسما جديدا",
        "القرار يخدم الطلاب",
        "الملعب سيفتح للجميع",
    ]


def test_an_act_after_on_his_part_with_no_comma_passes_its_doer_on(read):
    """ "من جانبه قدم رئيس النادي فلان شكره …. وأضاف أن …": "من جانبه", "بدوره" before the act
    with no comma after them still open it, and its doer speaks the subject-less cue of the
    next sentence as he does after "من جانبه،"."""
    result = read(
        "من جهته قدم رئيس نادي الشاطئ فارس القحطاني شكره للجماهير على الحضور. "
        "وأضاف أن الفريق سيعود إلى المنافسة قريبا. "
        "بدورها ثمنت مديرة المركز هالة العبدلي دعم الأهالي للمبادرة. "
        "وقالت إن المركز سيفتح فرعا ثانيا."
    )
    assert _voices(result) == ["فارس القحطاني", "هالة العبدلي"]
    assert _contents(result) == [
        "الفريق سيعود إلى المنافسة قريبا",
        "المركز سيفتح فرعا ثانيا",
    ]


def test_a_trailing_as_credit_before_the_writers_own_clause(read):
    """ "…، كما قالت الوزارة، مما فتح …", "…، كما قال الوزير فلان، فيما …": "كما" after a
    comma credits the clause before even when the writer goes on after the voice in a clause
    of his own (مما, فيما, بينما, في حين), as a credit in بحسب does."""
    result = read(
        "وتأجلت الرحلات الداخلية ثلاثة أيام بسبب العاصفة، كما قالت هيئة الطيران المدني، "
        "مما أربك خطط المسافرين. "
        "وارتفعت أسعار الأعلاف عشرة في المئة، كما قال وزير الزراعة مروان الشهري، فيما "
        "تراجعت أسعار اللحوم."
    )
    assert _voices(result) == ["هيئة الطيران المدني", "مروان الشهري"]
    assert _contents(result) == [
        "وتأجلت الرحلات الداخلية ثلاثة أيام بسبب العاصفة",
        "وارتفعت أسعار الأعلاف عشرة في المئة",
    ]


def test_a_woman_prosecutor_of_a_court_is_an_office(read):
    """ "مدعية المحكمة": the feminine of "مدعي" is the title of the office it names, also in a
    trailing credit after a comma."""
    result = read(
        "وأغلق ملف القضية في الربيع لغياب الأدلة، كما قالت مدعية محكمة الاستئناف، مما سمح "
        "للمتهم بالسفر."
    )
    assert _voices(result) == ["مدعية محكمة الاستئناف"]
    assert result.attributions[0].source.kind.value == "official"


def test_a_verbal_noun_announced_by_a_subject_before_its_verb(read):
    """ "وكانت الهيئة قد أعلنت تشغيل …", "يذكر أن الوزارة أعلنت في وقت سابق إطلاق …": the
    subject stood before the verb, and the verbal noun after it (after a time too) is what was
    announced, as after a subject that follows the verb; a body whose name ends in a word
    joined by و ("وزارة النقل والمواصلات") ends there as well."""
    result = read(
        "وكانت هيئة المياه قد أعلنت تشغيل محطة التحلية الجديدة في الميناء. "
        "يذكر أن وزارة النقل والمواصلات أعلنت في وقت سابق إطلاق خدمة الحافلات الليلية. "
        "وأعلنت وزارة الشباب والرياضة افتتاح ملعبين في المحافظة."
    )
    assert _voices(result) == [
        "هيئة المياه",
        "وزارة النقل والمواصلات",
        "وزارة الشباب والرياضة",
    ]
    assert _contents(result) == [
        "تشغيل محطة التحلية الجديدة في الميناء",
        "إطلاق خدمة الحافلات الليلية",
        "افتتاح ملعبين في المحافظة",
    ]


def test_an_unnamed_voice_and_its_adjective_in_the_accusative(read):
    """ "لكن مسؤولا رفيعا قال", "إلا أن مصدرا عسكريا في الجيش أكد": after لكن or أن the unnamed
    head and its adjective take the accusative alif; the adjective still makes the head a
    voice, as "مسؤول رفيع" does."""
    result = read(
        "وتعطلت الرحلات ساعتين، لكن مسؤولا رفيعا قال إن المطار عاد إلى العمل. "
        "ولم تعلن الوزارة عدد الجرحى، إلا أن مصدرا عسكريا في الجيش أكد أن ثلاثة أصيبوا."
    )
    assert _voices(result) == ["مسؤولا رفيعا", "مصدرا عسكريا في الجيش"]
    assert [a.source.kind.value for a in result.attributions] == ["anonymous"] * 2
    assert _contents(result) == ["المطار عاد إلى العمل", "ثلاثة أصيبوا"]


def test_what_an_informed_source_knows_is_no_content_of_its_credit(read):
    """ "وبحسب مصادر مطلعة على الملف، فإن …", "…، وفق مصدر مطلع على المفاوضات.": what the
    unnamed voice is informed of, after على, belongs to the voice's phrase; the content is what
    follows the comma, or the clause before a trailing credit."""
    result = read(
        "وبحسب مصادر مطلعة على سير التحقيق، فإن المتهمين سيمثلون أمام القاضي الأحد. "
        "وتأجل توقيع عقد المهاجم أسبوعا، وفق مصدر مطلع على المفاوضات."
    )
    assert _voices(result) == ["مصادر مطلعة", "مصدر مطلع"]
    assert _contents(result) == [
        "المتهمين سيمثلون أمام القاضي الأحد",
        "وتأجل توقيع عقد المهاجم أسبوعا",
    ]


def test_no_verbal_noun_from_a_given_name_or_after_a_present_verb(read):
    """Guard: "وأعلن وزير الصحة والسكان توفيق الحمدان …": a given name shaped like a verbal
    noun after a body joined by و is the minister's name; and "تقرير … يؤكد تلقيه العلاج": a
    present verb after a noun describes it, so the paper named before it announced nothing."""
    result = read(
        "وأعلن وزير الصحة والسكان توفيق الحمدان عن افتتاح مستشفى جديد في الشمال. "
        "وكانت «الوادي» قد اطلعت على تقرير طبي عن أحد الركاب يؤكد تلقيه العلاج في المستشفى."
    )
    assert _voices(result) == ["توفيق الحمدان"]


def test_an_unnamed_voice_close_to_something_in_the_accusative(read):
    """ "لكن مصدرا قريبا من التحقيق قال …": "close to" in the accusative after لكن makes the
    unnamed head a voice, as "مصدر قريب من" does."""
    result = read(
        "وانتشلت فرق الإنقاذ أجزاء من الطائرة، لكن مصدرا قريبا من لجنة التحقيق قال إن "
        "سبب السقوط لم يعرف بعد."
    )
    assert _voices(result) == ["مصدرا قريبا من لجنة التحقيق"]
    assert _contents(result) == ["سبب السقوط لم يعرف بعد"]
