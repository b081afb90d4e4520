"""Arabic extraction leftovers read on unseen SaudiNewsNet articles (round 48, third sample).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from conftest import chain_names
from test_ar_recall24 import _contents, _voices


def test_also_between_a_participle_and_its_complementiser(read):
    """ "مشيرا أيضا إلى أن …", "مؤكدا كذلك أن …": "also" after a participle is stepped
    over; the participle's words are its own, and the content before it ends there."""
    result = read(
        "قال مدير المستشفى هشام الدوسري إن الجناح الجديد سيفتتح قريبا، مشيرا أيضا إلى أن "
        "العمل يسير وفق الخطة. وأضاف أن الأجهزة وصلت، مؤكدا كذلك أن الطاقم جاهز."
    )
    assert _voices(result) == ["هشام الدوسري"] * 4
    assert _contents(result) == [
        "الجناح الجديد سيفتتح قريبا",
        "العمل يسير وفق الخطة",
        "الأجهزة وصلت",
        "الطاقم جاهز",
    ]


def test_where_he_said_it_between_a_participle_and_its_complementiser(read):
    """ "موضحا في تصريحه أن …", "مضيفا خلال حديثه إلى أن …": his statement or talk after a
    participle is where he said it, stepped over before the complementiser."""
    result = read(
        "أعلن قائد الدوريات فهد الشمري ضبط المتهمين، موضحا في تصريحه أن التحقيق ما زال "
        "جاريا، ومضيفا خلال حديثه إلى أن المضبوطات سلمت للجهات المختصة."
    )
    assert _voices(result) == ["فهد الشمري"] * 3
    assert _contents(result)[1:] == [
        "التحقيق ما زال جاريا",
        "المضبوطات سلمت للجهات المختصة",
    ]


def test_a_credit_set_off_inside_the_content_is_cited_by_the_speaker(read):
    """ "قال فلان إن ابنه، وفق الفحوص، يعاني من …": a credit between commas after
    the content's first words neither cuts the content nor speaks before the speaker; he
    cites it, the outer voice of the chain."""
    result = read("وقال المواطن عادل الحربي إن ابنه، وفق نتائج الفحوص، يعاني من نقص حاد في الحديد.")
    (att,) = result.attributions
    assert chain_names(att) == ["عادل الحربي", "نتائج الفحوص"]
    assert att.content.startswith("ابنه")
    assert att.content.endswith("يعاني من نقص حاد في الحديد")


def test_a_credit_set_off_after_the_first_word_of_a_content_keeps_it_whole(read):
    """ "يرى فلان أن الشركة، وفقا للأرقام المتاحة، تملك …": the content opened by "أن" runs
    past the credit set off in it; the figures are cited by the speaker, never a second
    attribution of their own."""
    result = read(
        "ويرى الخبير الاقتصادي ماجد القريني أن الشركة، وفقا للأرقام المتاحة، تملك احتياطيا "
        "كبيرا من السيولة."
    )
    (att,) = result.attributions
    assert chain_names(att) == ["ماجد القريني", "الأرقام المتاحة"]
    assert att.content.startswith("الشركة،")
    assert att.content.endswith("تملك احتياطيا كبيرا من السيولة")


def test_a_name_no_list_knows_before_from_and_a_body(read):
    """ "وقال لارس بيدرسون من شرطة الميناء إن …": two name-like words without an article,
    then "من" and a body, are a person of that body; the participle after him is his, not
    the speaker's before."""
    result = read(
        "قال الوزير سالم الدهيمي إن الوضع مستقر. وقال لارس بيدرسون من شرطة الميناء إن "
        "التحقيقات جارية، مشيرا إلى أن المشتبه به اعتقل."
    )
    assert _voices(result) == ["سالم الدهيمي", "لارس بيدرسون", "لارس بيدرسون"]
    assert _contents(result)[1:] == ["التحقيقات جارية", "المشتبه به اعتقل"]


def test_a_pluperfect_subject_set_off_by_a_comma(read):
    """ "وكان فلان، أكد استعداد …": a comma between the subject after "وكان" and its verb
    still leaves him the subject."""
    result = read(
        "وكان مدير الجمعية خالد المطيري، أكد استعداد الجمعية لتقديم الدعم للأسر المتضررة."
    )
    assert _voices(result) == ["خالد المطيري"]
    assert _contents(result) == ["استعداد الجمعية لتقديم الدعم للأسر المتضررة"]


def test_a_pluperfect_title_set_off_by_a_comma_before_an_act_announced(read):
    """ "وكانت الهيئة، أعلنت تأجيل …": a title after "وكان" and a comma, then a verb whose
    content is a verbal noun; the title is the subject, as with no comma."""
    result = read(
        "وكان نائب رئيس اتحاد الغرف التجارية، أعلن في وقت سابق تأجيل المعرض إلى موعد لاحق."
    )
    assert _voices(result) == ["نائب رئيس اتحاد الغرف التجارية"]
    assert _contents(result) == ["تأجيل المعرض إلى موعد لاحق"]


def test_during_his_visit_right_after_a_verb(read):
    """ "لكن فلان صرّح أثناء زيارته للمحافظة، أنّ …": "during" after the verb opens when he
    spoke, as "خلال" does; the subject before the verb speaks."""
    result = read(
        "تأخر تسليم المشروع عدة أشهر. لكن سالم الدهيمي صرّح أثناء زيارته للمحافظة، أنّ "
        "المشروع سينجز في موعده."
    )
    assert _voices(result) == ["سالم الدهيمي"]
    assert _contents(result) == ["المشروع سينجز في موعده"]
