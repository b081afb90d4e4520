"""Cross-article link recall: a count of thousands written in full or with its thousand."""

from __future__ import annotations

from tracker.corroborate import Side, judge_pair, match_key
from tracker.models import Stance

#: Made-up: one toll of a flood, in thousands by one desk and in full by another.
_THOUSANDS = "أسفرت السيول في وادي الصفصاف عن تشريد 12 ألف شخص وغرق مئات المنازل الطينية"
_FULL = "أسفرت السيول في وادي الصفصاف عن تشريد 12000 شخص وغرق مئات المنازل الطينية"
_OTHER = "أسفرت السيول في وادي الصفصاف عن تشريد 1200 شخص وغرق مئات المنازل الطينية"
#: Made-up: one collection's size, spelled out by one desk and in digits by another.
_SPELLED = "وتضم مكتبة الدير القديم ثلاثة آلاف مخطوطة نادرة جمعها رهبان المدينة عبر قرون"
_DIGITS = "وتضم مكتبة الدير القديم 3000 مخطوطة نادرة جمعها رهبان المدينة عبر قرون"
#: Made-up: a bare count of three beside a total of three thousand is two figures.
_THREE = "وتضم مكتبة الدير القديم ثلاث مخطوطات نادرة جمعها رهبان المدينة عبر قرون"


def _said(n: int, text: str) -> Side:
    return Side.across(match_key(f"a{n}.a1", f"a{n}", text, Stance.ASSERTS), text)


def _confirmed(one: str, other: str) -> bool:
    found = judge_pair(_said(0, one), _said(1, other))
    return found is not None and found.tier == "confirmed"


def test_thousands_read_in_full() -> None:
    """A count before a thousand's word is read as the number in full, digits or spelled."""
    assert _said(0, _THOUSANDS).key.numbers == ("12000",)
    assert _said(0, _SPELLED).key.numbers == ("3000",)
    assert _said(0, _FULL).key.numbers == ("12000",)


def test_thousands_in_digits_link_to_the_full_number() -> None:
    """ "12 ألف" and "12000" are one toll, either way round; "12 ألف" and 1200 are two."""
    assert _confirmed(_THOUSANDS, _FULL)
    assert _confirmed(_FULL, _THOUSANDS)
    assert not _confirmed(_THOUSANDS, _OTHER)


def test_spelled_thousands_link_to_the_full_number() -> None:
    """ "ثلاثة آلاف" and "3000" are one number; "ثلاث" and 3000 are two."""
    assert _confirmed(_SPELLED, _DIGITS)
    assert not _confirmed(_THREE, _DIGITS)


#: Made-up: one capture told by two desks, one naming the day before the phrase "آخر معاقل"
#: (the last strongholds), the other the forces; and a second device beside the first.
_LAST = "استعادت القوات الحكومية آخر معاقل المسلحين في بلدة الصفصاف بعد معارك عنيفة استمرت أياما"
_LAST_DAY = (
    "واستعادت القوات الحكومية يوم الأحد آخر معاقل المسلحين في بلدة الصفصاف بعد معارك عنيفة "
    "استمرت أياما"
)
_DEVICE = "انفجرت عبوة ناسفة قرب مبنى البلدية في بلدة الصفصاف صباح اليوم دون وقوع إصابات"
_OTHER_DEVICE = "فكك خبراء المتفجرات عبوة أخرى قرب مبنى البلدية في بلدة الصفصاف صباح اليوم"


def test_phrase_both_print_is_not_another_one() -> None:
    """ "آخر معاقل" printed by both is one phrase, whatever word precedes it; a second
    device ("عبوة أخرى") beside the first is still another one."""
    assert _confirmed(_LAST, _LAST_DAY)
    assert _confirmed(_LAST_DAY, _LAST)
    assert not _confirmed(_DEVICE, _OTHER_DEVICE)


#: Made-up: one short statement reworded with one word put for another of the same meaning,
#: or written with another vowel letter; and a crop put for another, which is another claim.
_ABOUT = "أعلنت بلدية الصفصاف مشاركة قرابة 40 عاملا في حملة تنظيف الشاطئ"
_ABOUT_TOO = "أعلنت بلدية الصفصاف مشاركة زهاء 40 عاملا في حملة تنظيف الشاطئ"
_STICKS = "حظرت إدارة متحف الصفصاف عصي التصوير الذاتي داخل القاعات"
_STICK = "حظرت إدارة متحف الصفصاف عصا التصوير الذاتي داخل القاعات"
_WHEAT = "ارتفعت أسعار القمح في أسواق بلدة الصفصاف هذا الأسبوع"
_BARLEY = "ارتفعت أسعار الشعير في أسواق بلدة الصفصاف هذا الأسبوع"


def test_word_of_one_meaning_is_no_swap() -> None:
    """ "قرابة" for "زهاء" and "عصي" for "عصا" reword one claim; "القمح" for "الشعير" is
    still another claim."""
    assert _confirmed(_ABOUT, _ABOUT_TOO)
    assert _confirmed(_STICKS, _STICK)
    assert not _confirmed(_WHEAT, _BARLEY)


#: Made-up: a capture told whole by one desk, and with an apposition after a comma by another
#: ("…، آخر معقل …": the last stronghold, no other one of the town).
_CAPTURE = "سيطرت القوات على حي الميناء في وسط بلدة الصفصاف بعد اشتباكات استمرت يومين"
_CAPTURE_LAST = (
    "سيطرت القوات على حي الميناء في وسط بلدة الصفصاف، آخر معقل للمسلحين، بعد اشتباكات استمرت يومين"
)


def test_another_word_after_a_mark_qualifies_nothing_before_it() -> None:
    """ "…، آخر معقل …" after a comma opens a phrase of its own: the two are one claim."""
    assert _confirmed(_CAPTURE, _CAPTURE_LAST)
    assert not _confirmed(_DEVICE, _OTHER_DEVICE)
