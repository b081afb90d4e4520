"""Issue 11, round 28: voices read from samples of real days, in made-up sentences.

- A title and the noun it governs ("مدرب المنتخب", "رئيس النادي") after the man was named with
  that title is that man, whether his name came after the title or before it: one speaker.
- A ministry named by its field alone ("الصحة") after its full name is that ministry.
- "…، واصفا X بأنه Y" after a comma is the speaker's description of a thing: it ends what was
  said before it and is an attribution of the same voice; inside a verb's lead ("وقال فلان،
  واصفا …، إن") it is an aside of that lead.
- "ونُقل عن X قوله إن …" with no speaker before that agrees with it is a passive relay: X speaks.
- "نقل عن مصادر … تأكيدهم أن": "their saying" after a relayed voice is no part of its name.
- An arrest, a detention, a referral, a rescue or a release announced ("أعلنت الشرطة القبض
  على …") is what was said, as a killing or a seizure announced already was.

Every example is made up.
"""

from __future__ import annotations

import pytest

from tracker import Registry, analyse_article
from tracker.models import ArticleResult
from tracker.readers import parse_article

_REGISTRY = Registry.load()


def _read(text: str) -> ArticleResult:
    return analyse_article(parse_article(text, "made-up.txt", language="ar"), _REGISTRY)


@pytest.mark.parametrize(
    "first",
    [
        "قال مدرب المنتخب الوطني كريم الحداد إن الفريق جاهز للبطولة.",
        "قال كريم الحداد مدرب المنتخب الوطني إن الفريق جاهز للبطولة.",
        "قال كريم الحداد، مدرب المنتخب الوطني، إن الفريق جاهز للبطولة.",
    ],
)
def test_a_title_of_construct_is_the_man_named_with_it_before(first: str) -> None:
    text = first + " وقال مدرب المنتخب إن المباراة المقبلة صعبة على الجميع."
    found = _read(text).attributions
    assert [a.source.name for a in found] == ["كريم الحداد", "كريم الحداد"]


def test_a_title_of_construct_stays_apart_from_another_title() -> None:
    text = (
        "قال رئيس النادي سالم العتيبي إن الميزانية كافية لهذا الموسم. "
        "وقال مدرب المنتخب إن المباراة المقبلة صعبة على الجميع."
    )
    found = _read(text).attributions
    assert [a.source.name for a in found] == ["سالم العتيبي", "مدرب المنتخب"]


def test_a_ministry_by_its_field_alone_is_the_ministry_named_before() -> None:
    text = (
        "أعلنت وزارة الصحة أن حملة التطعيم ستبدأ في المدارس الأسبوع المقبل. "
        "وقالت الصحة إن اللقاحات وصلت إلى جميع المناطق."
    )
    found = _read(text).attributions
    assert [a.source.name for a in found] == ["وزارة الصحة", "وزارة الصحة"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "وأعلنت الشرطة القبض على ثلاثة مطلوبين في حي النسيم بعد مطاردة قصيرة.",
            "القبض على ثلاثة مطلوبين في حي النسيم بعد مطاردة قصيرة",
        ),
        (
            "وكشف المتحدث الأمني عن توقيف خمسة أشخاص يشتبه في تورطهم بسرقة المتاجر.",
            "توقيف خمسة أشخاص يشتبه في تورطهم بسرقة المتاجر",
        ),
        (
            "وأكدت إدارة المرور إحالة سائق الشاحنة إلى النيابة العامة للتحقيق معه.",
            "إحالة سائق الشاحنة إلى النيابة العامة للتحقيق معه",
        ),
    ],
)
def test_an_arrest_or_a_referral_announced_is_what_was_said(text: str, content: str) -> None:
    (found,) = _read(text).attributions
    assert found.content == content


@pytest.mark.parametrize(
    ("text", "described"),
    [
        (
            "نفى المتحدث باسم وزارة الدفاع أن يكون الوزير قد غادر البلاد، واصفا ما نشر "
            'بأنه "أخبار لا أساس لها".',
            'ما نشر بأنه "أخبار لا أساس لها"',
        ),
        (
            "وقال وزير المالية إن الحكومة ستخفض الضرائب العام المقبل، واصفاً الخطة بأنها طموحة.",
            "الخطة بأنها طموحة",
        ),
        (
            "وأكدت رئيسة الجمعية أن الحملة جمعت ألف متبرع، واصفة الإقبال بالكبير.",
            "الإقبال بالكبير",
        ),
    ],
)
def test_a_description_after_a_comma_is_the_speakers_own(text: str, described: str) -> None:
    """ "…، واصفا X بأنه Y": what the speaker calls a thing ends what was said before it and
    is said by the same voice, not left to the publisher."""
    result = _read(text)
    said, description = result.attributions
    assert "واصف" not in said.content
    assert description.content == described
    assert description.source.name == said.source.name
    assert result.statements == ()


def test_a_description_inside_a_lead_is_an_aside() -> None:
    text = (
        "وقال سامر العلي، الأمين العام للحزب، واصفا الأزمة بالمفتعلة، إن الحكومة تتحمل "
        "المسؤولية كاملة."
    )
    (found,) = _read(text).attributions
    assert (found.source.name, found.content) == ("سامر العلي", "الحكومة تتحمل المسؤولية كاملة")


def test_a_passive_relay_gives_the_voice_relayed() -> None:
    """ "ونُقل عن X قوله إن": no speaker before agrees with the masculine verb (an agency,
    feminine, spoke last), so it is the passive, and X speaks."""
    text = (
        "وذكرت وكالة الأنباء الرسمية أن طائرة هبطت في مطار المدينة فجر اليوم. ونقل عن "
        "المسؤول العسكري قوله إن وصول الطائرة تم بالتنسيق مع الحكومة."
    )
    found = _read(text).attributions
    assert [(a.cue, a.source.name) for a in found][1:] == [("نقل", "المسؤول العسكري")]


def test_a_feminine_verb_with_no_speaker_is_still_dropped() -> None:
    text = "ونسبت إلى المتهمين ارتكاب جرائم عدة خلال العام الماضي في المدينة."
    assert _read(text).attributions == ()


def test_their_words_after_a_relayed_voice_are_no_part_of_it() -> None:
    text = "ونقلت الوكالة عن مصادر في المعارضة تأكيدهم أنهم سيدخلون المدينة خلال ساعات."
    (found,) = _read(text).attributions
    assert [v.name for v in found.chain] == ["الوكالة", "مصادر في المعارضة"]
