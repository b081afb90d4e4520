"""What a describing verb describes when a thing comes first (round 55).

"ووصف مشروع الطريق بأنه …" has no subject after the verb: a common noun of a thing is what
is described, and the one describing is the speaker named before. "ووصف الوزير المشروع بأنه"
and a foreign one-word surname ("ووصف فلانوف الهجوم بأنه") keep their subject. Every example
is made up; each test pins one general pattern.
"""

from __future__ import annotations

_BEFORE = "وقال وزير النقل سامي الحداد إن العمل سيبدأ الشهر المقبل في الطريق الساحلي، "


def _voices(result) -> list[tuple[str, str]]:
    return [(a.cue, a.source.name) for a in result.attributions]


def test_a_thing_and_its_genitive_after_the_verb_is_what_is_described(read):
    """ "ووصف مشروع الطريق الجديد بأنه …": the project is described; the minister describes."""
    result = read(_BEFORE + "ووصف مشروع الطريق الجديد بأنه إضافة مهمة لشبكة النقل في الشمال.")
    assert ("وصف", "سامي الحداد") in _voices(result)
    assert all("مشروع" not in name for _, name in _voices(result))


def test_an_event_with_that_it_without_b_is_what_is_described(read):
    """ "ووصف حادث الانهيار أنه نتيجة إهمال": أنه without ب after what is described."""
    result = read(_BEFORE + "ووصف حادث الانهيار أنه نتيجة إهمال طويل في الصيانة.")
    assert ("وصف", "سامي الحداد") in _voices(result)
    assert all("حادث" not in name for _, name in _voices(result))


def test_a_continuation_after_the_described_thing_stays_with_the_speaker(read):
    """A thing read as the voice would take the continuations after it too."""
    result = read(
        _BEFORE + "ووصف معسكر المنتخب على الساحل بأنه مناسب للتحضير، "
        "وأضاف أن اللاعبين سيعودون الأسبوع المقبل."
    )
    assert _voices(result)[-1] == ("أضاف", "سامي الحداد")


def test_with_no_speaker_in_its_sentence_the_verb_may_be_a_passive(read):
    """ "… . ووُصف مشروع الطريق بأنه …" after a sentence of the writer's: no one speaks in the
    sentence, the verb may be "was described", and the thing is no voice."""
    result = read(
        "وقال وزير النقل سامي الحداد إن العمل سيبدأ قريبا. وتأخرت الأعمال في الطريق شهرين "
        "بسبب الأمطار. ووصف مشروع الطريق بأنه الأكبر في المنطقة."
    )
    assert all("مشروع" not in name for _, name in _voices(result))


def test_a_speaker_then_the_thing_keeps_the_speaker(read):
    """ "ووصف الوزير فلان المشروع بأنه …", and a foreign one-word surname before the thing."""
    titled = read("ووصف وزير النقل المشروع بأنه إضافة مهمة لشبكة النقل.")
    assert ("وصف", "وزير النقل") in _voices(titled)
    foreign = read(
        "وقال رئيس البلدية كريم النجار إن الطريق سيفتح قريبا. "
        "ووصف بيتروفسكي الهجوم بأنه عمل جبان لا مبرر له."
    )
    assert _voices(foreign)[-1] == ("وصف", "بيتروفسكي")


def test_a_thing_after_the_speaker_is_not_part_of_his_name(read):
    """ "ووصف فلان تصريحات الوزير بأنها …": the remarks are described, the voice ends before."""
    named = read("ووصف كريم النجار تصريحات وزير النقل بأنها بعيدة عن الواقع.")
    assert _voices(named) == [("وصف", "كريم النجار")]
    body = read("ووصفت الوكالة مشاهد الدمار في المدينة بأنها غير مسبوقة.")
    assert [name for _, name in _voices(body)] == ["الوكالة"]


def test_a_thing_completing_a_title_stays_in_the_voice(read):
    """ "ووصف مدير مشروع الطريق كريم النجار الخطة بأنها …": the project names his post."""
    result = read("ووصف مدير مشروع الطريق كريم النجار الخطة بأنها طموحة.")
    assert [name for _, name in _voices(result)] == ["كريم النجار"]
