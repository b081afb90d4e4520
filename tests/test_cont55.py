"""Who a continuation with no subject of its own speaks for (round 55).

"وتابع «…»", "وأضاف «…»" go on from the last speaker; when the quoted words name that speaker
by his surname they speak of him, and the speaker before him goes on. Every example is made
up; each test pins one general pattern.
"""

from __future__ import annotations

_BEFORE = (
    "وقال رئيس الاتحاد سامي الحداد: «نساند المرشح الجديد بكل قوة». "
    "وأكد كريم النجار أنه سيترشح لرئاسة الرابطة الإقليمية للسباحة"
)
_BEFORE_HER = (
    "وقالت الوزيرة سلمى الحداد: «ندعم المبادرة الجديدة». "
    "وأكدت منى النجار أنها ستقود المبادرة في الأقاليم الشمالية"
)


def _last(result) -> tuple[str, str]:
    last = result.attributions[-1]
    return last.cue, last.source.name


def test_a_quotation_naming_the_last_speaker_is_the_speaker_before(read):
    """ "وقال فلان: «…». وأكد علان أنه …. وتابع «سننتظر خطة علان …»": the words that go on
    name علان, so they are فلان's; with no word of his name in them, علان goes on."""
    named = read(_BEFORE + ". وتابع «سننتظر خطة النجار كاملة قبل أن نحكم عليها».")
    assert _last(named) == ("تابع", "سامي الحداد")
    unnamed = read(_BEFORE + ". وتابع «سأبدأ بزيارة الأندية الصغيرة».")
    assert _last(unnamed) == ("تابع", "كريم النجار")


def test_only_a_joined_verb_with_a_quotation_looks_past_the_speaker(read):
    """ "وأضافت «… النجار …»" goes on from the speaker before (the agreement fits both); a
    paraphrase ("وأضافت أن النجار …": it may name its own speaker, or run on into the writer's
    words) and a participle ("…، مضيفة «…»": its own sentence's verb) stay with the last."""
    quoted = read(_BEFORE_HER + ". وأضافت «نثق بأن النجار ستنجح في مهمتها».")
    assert _last(quoted) == ("أضافت", "سلمى الحداد")
    told = read(_BEFORE_HER + ". وأضافت أن النجار ستبدأ عملها الأسبوع المقبل.")
    assert _last(told) == ("أضافت", "منى النجار")
    going = read(_BEFORE_HER + "، مضيفة «برنامج النجار جاهز منذ أشهر».")
    assert _last(going) == ("مضيفة", "منى النجار")


def test_an_own_event_after_a_word_of_time_is_when_not_what(read):
    """ "وأكد فلان عقب وصوله المدينة أن …": the event noun with his pronoun after a word of
    time says when he spoke; the content opens at أن (as on main, before the event nouns with
    a pronoun were read as content)."""
    result = read(
        "وأكد المحافظ سالم الحربي في تصريح صحفي عقب وصوله المدينة أن زيارته تأتي لمتابعة "
        "المشاريع المتعثرة."
    )
    assert [a.content for a in result.attributions] == ["زيارته تأتي لمتابعة المشاريع المتعثرة"]


def test_they_go_on_from_residents_named_with_a_singular_verb(read):
    """ "وقال سكان محليون إن …. وأضافوا أن …": residents are a group of people though the verb
    before them is singular, so "they added" is theirs, not an earlier plural voice's."""
    alone = read(
        "وقال سكان في الحي الشرقي إن المياه انقطعت منذ يومين. "
        "وأضافوا أن البلدية لم ترسل أي صهاريج إلى الحي."
    )
    assert [a.source.name for a in alone.attributions] == ["سكان في الحي الشرقي"] * 2
    after = read(
        "وقال ناشطون إن الشرطة أغلقت الطريق الرئيسي. "
        "وقال سكان محليون إن المياه انقطعت منذ يومين. "
        "وأضافوا أن البلدية لم ترسل أي صهاريج إلى الحي."
    )
    assert _last(after) == ("أضافوا", "سكان محليون")


def test_a_credit_inside_the_speakers_words_does_not_go_on(read):
    """ "وأوضح مسؤول أن …، مبينا أن …، وفق مسح ميداني … . وأضاف: …": the survey is credited
    inside the official's words; "he added" goes on from the official."""
    result = read(
        "وأوضح مسؤول في الجامعة أن الخطة واسعة، مبينا أن هناك إقبالا على تخصصات الزراعة، "
        "الكيمياء، اللغات والترجمة والآثار، والفيزياء وعلوم الفضاء، وفق مسح ميداني في 12 كلية. "
        "وأضاف: ستفتح أقسام جديدة في العام المقبل."
    )
    assert _last(result) == ("أضاف", "مسؤول في الجامعة")
