"""A continuation after a sentence headed by a named man as the subject of a verb that is no
cue (round 55, cont55b).

"…، ولكن علان يشك في أن …. وأوضح «…»": the subject-less verb goes on from him, not from the
last speaker. Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def _said(result) -> list[tuple[str, str]]:
    return [(a.source.name, a.content) for a in result.attributions]


def test_a_continuation_goes_on_from_a_speakers_surname_heading_the_sentence_before(read):
    """ "وقال سامر الخطيب: …. وكان كمال الحداد قد أكد …. ولكن الخطيب يتمسك بموقفه …. وأوضح
    «…»": the man whose surname opens the clause before, a speaker before, speaks on."""
    result = read(
        "قال رئيس النادي سامر الخطيب إن الفريق جاهز للموسم. وأكد المدرب كمال الحداد أن"
        " التدريبات تسير وفق الخطة. ولكن الخطيب يتمسك بموقفه من صيانة الملعب."
        ' وأوضح "لن نلعب على أرض غير صالحة".'
    )
    assert _said(result)[-1] == ("سامر الخطيب", "لن نلعب على أرض غير صالحة")
    # A sentence headed by a noun with no man named ("ولكن الملعب يحتاج …"), or by a word the
    # text never gave as a man's name, leaves the continuation with the last speaker.
    result = read(
        "قال رئيس النادي سامر الخطيب إن الفريق جاهز للموسم. ولكن الملعب يحتاج إلى صيانة"
        ' عاجلة. وأوضح "لن نلعب على أرض غير صالحة".'
    )
    assert _said(result)[-1] == ("سامر الخطيب", "لن نلعب على أرض غير صالحة")
    result = read(
        "قال رئيس النادي سامر الخطيب إن الفريق جاهز للموسم. ولكن حمدان يتمسك بموقفه من"
        ' صيانة الملعب. وأوضح "لن نلعب على أرض غير صالحة".'
    )
    assert _said(result)[-1] == ("سامر الخطيب", "لن نلعب على أرض غير صالحة")


def test_a_continuation_goes_on_from_a_titled_man_who_spoke_no_words_before(read):
    """ "…، وعلى رأسهم علان رئيس الاتحاد …، ولكن علان يشك في أن …. وأوضح «…»": a
    surname the text gave with his title after it is a man's, and his the words."""
    result = read(
        "اعترض أعضاء كثيرون على القرار، وعلى رأسهم يوسف برغمان رئيس الاتحاد الإقليمي."
        ' وقالت الصحيفة إن "التصويت سيجري الشهر المقبل". وسيعرض المجلس خطته غدا، ولكن'
        " برغمان يشك في أن تكون الخطة كافية لإرضاء الأعضاء."
        ' وأوضح "على المجلس الجديد أن يقدم أفكاره أولا".'
    )
    assert _said(result)[-1] == ("برغمان", "على المجلس الجديد أن يقدم أفكاره أولا")


def test_a_continuation_goes_on_from_a_titled_man_heading_the_clause_before_with_another_act(
    read,
):
    """ "وعبّر رئيس المجلس فلان عن استيائه …. وقال «…»", "أبدى المدرب فلان تفاؤلا …، وقال
    …": a verb that is no cue, then a title and a man's name: the continuation is his."""
    result = read(
        "قال وزير المالية سامر الخطيب إن الموازنة جاهزة. وفي المقابل، عبّر رئيس لجنة"
        ' الموازنة كمال الحداد عن استيائه من تأخر الموازنة. وقال "لا أستغرب هذا التأخير".'
    )
    assert _said(result)[-1] == ("كمال الحداد", "لا أستغرب هذا التأخير")
    result = read(
        "قال وزير المالية سامر الخطيب إن الموازنة جاهزة. من جهته، أبدى المدرب يوسف"
        ' العمري تفاؤلا بالقرعة، وقال "المجموعة جيدة لنا".'
    )
    assert _said(result)[-1] == ("يوسف العمري", "المجموعة جيدة لنا")
    # A title with no name ("وقدّم رئيس الحكومة شرحا …") leaves the last speaker.
    result = read(
        "قال وزير المالية سامر الخطيب إن الموازنة جاهزة. وقدّم رئيس الحكومة شرحا للأزمة."
        ' وقال "لقد تمكنا من تجاوز الأزمة".'
    )
    assert _said(result)[-1] == ("سامر الخطيب", "لقد تمكنا من تجاوز الأزمة")
