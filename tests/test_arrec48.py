"""Arabic reporting patterns common in unseen news: a participle opening its own sentence with
a noun phrase for content, and a stressed untruth read as a denial."""

from __future__ import annotations

from tracker.models import Stance


def _read(read, text: str) -> list[tuple[str, str, str, Stance]]:
    result = read(text)
    return [(a.cue, a.source.name, a.content, a.stance) for a in result.attributions]


def test_a_participle_opening_its_sentence_takes_the_event_after_ila(read):
    """ "… . مشيرا إلى ارتفاع عدد الزوار …": the rise is what the last speaker pointed out, not
    a statement in the paper's own voice."""
    result = read(
        "وقال مدير الهيئة نادر الفاضل إن الموسم بدأ مبكرا هذا العام. "
        "مشيرا إلى ارتفاع عدد الزوار في الأسبوع الأول بنسبة كبيرة.\n"
    )
    (said, pointed) = result.attributions
    assert said.source.name == pointed.source.name == "نادر الفاضل"
    assert pointed.cue == "مشيرا"
    assert pointed.content == "ارتفاع عدد الزوار في الأسبوع الأول بنسبة كبيرة"
    assert not any("ارتفاع عدد الزوار" in s.content for s in result.statements)


def test_a_participle_opening_its_sentence_takes_what_is_stressed(read):
    """ "… . مشددا على حرص الهيئة على …" and "… . مؤكدا جاهزية …": the stance noun opens the
    content of the speaker before, as after the verbs "شدد" and "أكد"."""
    found = _read(
        read,
        "وأوضحت المديرة سلمى القاسم أن التسجيل يبدأ الأحد المقبل. "
        "مشددة على حرص الإدارة على تيسير الإجراءات للمتقدمين. "
        "مؤكدة جاهزية الموقع لاستقبال الطلبات الجديدة.\n",
    )
    assert [(cue, name) for cue, name, _, _ in found] == [
        ("أوضحت", "سلمى القاسم"),
        ("مشددة", "سلمى القاسم"),
        ("مؤكدة", "سلمى القاسم"),
    ]
    assert found[1][2] == "حرص الإدارة على تيسير الإجراءات للمتقدمين"
    assert found[2][2] == "جاهزية الموقع لاستقبال الطلبات الجديدة"


def test_stressing_that_a_report_is_untrue_is_a_denial(read):
    """ "وشدد المتحدث على عدم صحة الأنباء …": what is stressed is that the report is untrue,
    a denial, as "لا صحة لـ …" is."""
    (att,) = read(
        "وشدد المتحدث باسم الشركة رامي الهاشم على عدم صحة الأنباء عن بيع المصنع.\n"
    ).attributions
    assert att.source.name == "رامي الهاشم"
    assert att.stance is Stance.DENIES


def test_the_author_of_a_statement_named_after_alladhi_speaks_in_it(read):
    """ "في البيان الذي أصدره فلان، وقال فيه: «…»": the statement's author says the quotation,
    which is neither lost nor the paper's own words."""
    result = read(
        "ورحب المجلس بالقرار، جاء ذلك في البيان الذي أصدره الدكتور وليد السمان رئيس المجلس، "
        'وقال فيه: "إن المجلس يدعم الخطة الجديدة لتطوير الموانئ".\n'
    )
    (said,) = [a for a in result.attributions if a.cue == "قال"]
    assert said.source.name == "وليد السمان"
    assert "يدعم الخطة الجديدة" in said.content


def test_a_time_phrase_before_the_complementiser_keeps_the_voice(read):
    """ "وأقر المدير فلان عقب الجلسة بأن …" (a verb that needs its complementiser close) and
    "وأوضح بعد الاجتماع أن …" (the speaker named before): when they spoke stands between the
    verb and what they said, which is theirs, not the paper's."""
    result = read(
        "وأقر مدير المستشفى نبيل العواد عقب الجلسة بأن نقص الأسرة يؤخر العمليات. "
        "وأوضح بعد الاجتماع أن جناحا جديدا سيفتتح قبل نهاية العام.\n"
    )
    assert [(a.cue, a.source.name) for a in result.attributions] == [
        ("أقر", "نبيل العواد"),
        ("أوضح", "نبيل العواد"),
    ]
    assert result.attributions[1].content == "جناحا جديدا سيفتتح قبل نهاية العام"
    assert not result.statements


def test_a_strict_verb_after_its_occasion_takes_a_colon_quotation_or_a_quoted_paper(read):
    """ "وتابع فلان في كلمته أمام المجلس: «…»" and "وتابع فلان، في مقابلة مع صحيفة «…»
    المحلية، أن …": a verb that is also a common word ("تابع", followed) speaks when its
    occasion closes on a colon and a quotation, or names a paper in quotation marks."""
    found = _read(
        read,
        "وتابع الوزير عادل المنصوري في كلمته أمام المجلس: «لن نرفع رسوم الخدمات هذا العام».\n"
        "وتابع اللاعب فراس الجبوري، في مقابلة مع صحيفة «النجمة» المحلية، أن فريقه سيعود أقوى.\n",
    )
    assert [(cue, name) for cue, name, _, _ in found] == [
        ("تابع", "عادل المنصوري"),
        ("تابع", "فراس الجبوري"),
    ]
    assert found[0][2] == "لن نرفع رسوم الخدمات هذا العام"
    assert found[1][2] == "فريقه سيعود أقوى"


def test_a_trailing_as_cue_with_a_full_name_credits_the_clause_before(read):
    """ "…، كما أعلن مازن الشهري." : a full name (a given name and more) after "كما" and a
    cue at the end of the sentence says the clause before, as a title there does."""
    result = read(
        "واتفقت الدول الأعضاء على خطة مشتركة لحماية الممرات البحرية، كما أعلن مازن الشهري.\n"
    )
    (att,) = result.attributions
    assert (att.cue, att.source.name) == ("أعلن", "مازن الشهري")
    assert att.content == "واتفقت الدول الأعضاء على خطة مشتركة لحماية الممرات البحرية"
