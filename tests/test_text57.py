"""A statement printed in full after its lead-in is the issuer's, paragraph by paragraph (57).

"وفيما يلي نص البيان:", "صدر عن الهيئة بيان هذا نصه:", "وجاء في البيان ما يلي:" open a text the
paper prints whole; each of its paragraphs is the issuer's until the writer plainly takes the
word back. Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

_PRINTED = (
    "سيعود ضخ المياه إلى الأحياء الشمالية خلال يومين بعد إصلاح الخط الرئيس.\n"
    "وقد خصصنا عشرين صهريجا لتزويد السكان بالماء مجانا حتى عودة الضخ.\n"
)


def _said(result) -> list[tuple[str, str]]:
    return [(a.source.name, a.content) for a in result.attributions]


def _own(result) -> list[str]:
    return [s.content for s in result.statements]


def test_each_paragraph_after_the_text_of_a_statement_is_its_issuers(read):
    """ "أصدرت الوزارة بيانا …. وفيما يلي نص البيان:": every paragraph printed after it is the
    ministry's, each one attribution; "يذكر أن …" after it is the paper's own again, and so is
    all of it when no body is named as the statement's issuer, or the text is another
    statement with its own owner ("نص بيان اللجنة")."""
    result = read(
        "أصدرت وزارة المياه بيانا اليوم حول انقطاع الخدمة. وفيما يلي نص البيان:\n"
        + _PRINTED
        + "يذكر أن الأحياء الشمالية شهدت انقطاعات متكررة خلال الصيف الماضي.\n"
    )
    assert _said(result) == [
        ("وزارة المياه", "سيعود ضخ المياه إلى الأحياء الشمالية خلال يومين بعد إصلاح الخط الرئيس"),
        ("وزارة المياه", "وقد خصصنا عشرين صهريجا لتزويد السكان بالماء مجانا حتى عودة الضخ"),
    ]
    assert {a.cue for a in result.attributions} == {"نص البيان"}
    assert _own(result)[-1] == "يذكر أن الأحياء الشمالية شهدت انقطاعات متكررة خلال الصيف الماضي"
    unnamed = read("وشهدت المدينة أمس انقطاعا واسعا للمياه. وفيما يلي نص البيان:\n" + _PRINTED)
    assert not unnamed.attributions
    owned = read(
        "أصدرت وزارة المياه بيانا اليوم حول انقطاع الخدمة. وهذا نص بيان لجنة السكان:\n" + _PRINTED
    )
    assert not owned.attributions  # another statement, with an owner of its own


def test_a_statement_issued_by_a_body_is_printed_under_the_byline_wire(read):
    """ "صدر عن الهيئة بيان فيما يلي نصه:": the body that issued it speaks each paragraph,
    carried by the wire of the byline; "من جهة أخرى" turns back to the paper. A letter the
    same sentence announces inside the statement ("… في رسالته الآتي نصها:") is not the
    body's."""
    result = read(
        "صدر عن هيئة الطيران المدني بيان فيما يلي نصه:\n"
        + _PRINTED
        + "من جهة أخرى افتتح المحافظ حديقة عامة جديدة في وسط المدينة أمس.\n",
        author="الرياض - واس",
    )
    assert [a.source.name for a in result.attributions] == ["هيئة الطيران المدني"] * 2
    assert [a.name for a in result.attributions[0].chain] == [
        "وكالة الأنباء السعودية",
        "هيئة الطيران المدني",
    ]
    assert "من جهة أخرى افتتح المحافظ حديقة عامة جديدة في وسط المدينة أمس" in _own(result)
    nested = read(
        "صدر عن هيئة الطيران المدني بيان هذا نصه: ردا على طلب المحافظ في رسالته الآتي نصها:\n"
        + _PRINTED
    )
    assert not nested.attributions  # the letter inside the statement is not the body's


def test_the_voice_of_a_colon_lead_in_goes_on_over_the_printed_text(read):
    """ "وقالت الهيئة في بيان هذا نصه:" gives its first paragraph to the body, as a colon
    lead-in does; the paragraphs after it are the body's as well, under the same cue."""
    result = read("وقالت هيئة الطيران المدني في بيان هذا نصه:\n" + _PRINTED)
    assert [(a.source.name, a.cue) for a in result.attributions] == [
        ("هيئة الطيران المدني", "قالت"),
        ("هيئة الطيران المدني", "قالت"),
    ]
    assert not _own(result)


def test_what_follows_in_the_statement_is_the_paragraph_not_the_words_of_following(read):
    """ "وجاء في البيان ما يلي:": the issuer's content is the paragraphs printed after it,
    not the words "ما يلي"; after a lead-in that names no statement ("كما يلي:" before a list)
    they stay the paper's."""
    result = read("أصدرت وزارة المياه بيانا حول انقطاع الخدمة، وجاء في البيان ما يلي:\n" + _PRINTED)
    assert [a.content for a in result.attributions] == [
        "سيعود ضخ المياه إلى الأحياء الشمالية خلال يومين بعد إصلاح الخط الرئيس",
        "وقد خصصنا عشرين صهريجا لتزويد السكان بالماء مجانا حتى عودة الضخ",
    ]
    assert {a.source.name for a in result.attributions} == {"وزارة المياه"}
    listed = read("وجاءت نتائج المسابقة في الجولة الأولى كما يلي:\n" + _PRINTED)
    assert not listed.attributions


def test_a_body_named_before_it_had_issued_the_statement_prints_it(read):
    """ "وكانت الهيئة قد أصدرت أمس البيان التالي:-": the subject before "قد أصدرت" issued the
    statement (a dash after the colon changes nothing); its paragraphs are the body's."""
    result = read(
        "تأخرت رحلات كثيرة في مطار المدينة أمس. "
        "وكانت هيئة الطيران المدني قد أصدرت أمس البيان التالي:-\n" + _PRINTED
    )
    assert [a.source.name for a in result.attributions] == ["هيئة الطيران المدني"] * 2


def test_a_closing_formula_ends_the_printed_statement(read):
    """ "والله ولي التوفيق" closes the statement: what the paper tells after it (a paragraph
    with no cue) is its own again, not the issuer's; a verse the statement opens with is
    quoted, no claim of the issuer's."""
    result = read(
        "أصدرت وزارة المياه بيانا اليوم حول انقطاع الخدمة. وفيما يلي نص البيان:\n"
        + "قال الله تعالى: (وقل ربي زدني علما).\n"
        + _PRINTED
        + "والله ولي التوفيق.\n"
        + "ووصل الوزير إلى الأحياء الشمالية مساء أمس لتفقد أعمال الإصلاح بنفسه.\n"
    )
    assert len(result.attributions) == 2
    assert _own(result)[-1] == "ووصل الوزير إلى الأحياء الشمالية مساء أمس لتفقد أعمال الإصلاح بنفسه"
