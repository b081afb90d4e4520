"""Arabic reports missed on SaudiNewsNet days (issue 11, round 28, recall).

Found by reading sentences with a reporting word that gave no attribution (2015-07-22 and
2015-08-09), then reading what each new rule changed on whole days. Every example is made up;
each test pins one general pattern.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_a_time_between_the_subject_and_its_verbal_noun_object(read):
    """ "أعلنت المديرية صباح الاثنين تشغيل …", "أعلن الاتحاد الشهر الماضي إنشاء …": a time
    after the subject's definite name ends it as a comma does, and the derived verbal noun
    after the time is what was announced."""
    result = read(
        "أعلنت الإدارة العامة للتعليم بمنطقة الوادي صباح الاثنين تشغيل المدرسة الجديدة في "
        "حي الروضة. "
        "وأعلن الاتحاد الإقليمي للسباحة الشهر الماضي إنشاء لجنة من تسعة أعضاء."
    )
    assert _voices(result) == [
        "الإدارة العامة للتعليم بمنطقة الوادي",
        "الاتحاد الإقليمي للسباحة",
    ]
    assert _contents(result) == [
        "تشغيل المدرسة الجديدة في حي الروضة",
        "إنشاء لجنة من تسعة أعضاء",
    ]


def test_a_person_named_in_full_after_an_unlisted_verb_speaks_next(read):
    """ "وعادت فلانة الفلانية بذاكرتها …، مشيرة إلى أن …", "برر فلان الخسارة …، مؤكدا": the
    one named in full after a verb that opens the sentence speaks in its participle and in a
    subject-less verb after it, not the speaker before."""
    result = read(
        "وقال سامي الجابري إن العيد تغير كثيرا. "
        "وعادت نورة الخالدي بذاكرتها إلى الوراء، مشيرة إلى أن الجيران كانوا يتزاورون. "
        "وأضافت أن الحلوى كانت تصنع في البيوت. "
        "من جهته، برر ماجد العنزي مدرب الفريق الخسارة بالإرهاق، مؤكدا أن اللاعبين تعبوا."
    )
    assert _voices(result) == ["سامي الجابري", "نورة الخالدي", "نورة الخالدي", "ماجد العنزي"]


def test_no_named_doer_from_a_noun_a_particle_or_a_name_then_its_object(read):
    """Guard: "وأسرة فلان", a photo's credit "تصوير فلان" and "لم أنس" open with no verb,
    and in "وتعهد سالم بتقديم …" the one word before the object in ب is the surname of the
    man named before: the speaker before goes on."""
    result = read(
        "وقالت هند الزامل إن الأسواق مزدحمة. "
        "وأسرة فهد الدوسري تقيم في الحي، مشيرة إلى أن الإيجارات ارتفعت. "
        "تصوير فهد الدوسري. "
        "وأضافت أن الأسعار ارتفعت. "
        "وقال الوزير خالد سالم إن المشروع تأخر. "
        "وتعهد سالم بتقديم الدعم للمزارعين، وقال إن الحكومة ستعوضهم. "
        "لم أنس زيارته للقرية، وأضاف أن الطريق سيفتح."
    )
    assert _voices(result) == ["هند الزامل"] * 3 + ["خالد سالم"] * 3


def test_one_letter_after_wal_is_no_article(read):
    """ "سارة والش": one letter after "وال" is no "و" with the article before a noun, so the
    word is a name and the voice is read, also with a title after it."""
    result = read(
        "وقالت المدعية سارة والش: «الرجل كان يخطط للسفر». "
        "وقالت نورا والش نائبة رئيس قسم الادعاء «لقد زعم أن الرجل هرب»."
    )
    assert _voices(result) == ["سارة والش", "نورا والش"]
    assert _contents(result)[0] == "الرجل كان يخطط للسفر"


def test_a_subheading_run_into_the_sentence_before_an_act(read):
    """ "أبواب مفتوحة وعادت فلانة …، مشيرة": a subheading of a few words that lost its line
    break stands before the act; its doer still speaks in the participle and after it."""
    result = read(
        "وقال سامي الجابري إن العيد تغير. "
        "أبواب مفتوحة وعادت نورة الخالدي بذاكرتها إلى الوراء، مشيرة إلى أن الجيران كانوا "
        "يتزاورون. "
        "وأضافت أن الحلوى كانت تصنع في البيوت. "
        "رقابة غائبة ودعا سالم الحربي إلى تصنيف المحلات، مؤكدا أن الأسعار مرتفعة."
    )
    assert _voices(result) == ["سامي الجابري", "نورة الخالدي", "نورة الخالدي", "سالم الحربي"]
