"""Cross-article link recall: numbers one desk writes otherwise still link."""

from __future__ import annotations

from test_link28 import _confirmed as _judged
from test_link28 import _side

from tracker.corroborate import match_key
from tracker.link.numbers import written_numbers
from tracker.models import Stance
from tracker.text import fold

#: Made-up: one index told by two desks, one writing its fractions with "ر".
_RA = "ارتفع مؤشر الثقة في قطاع الخدمات بالوادي إلى 9ر53 نقطة في يوليو مقارنة مع 8ر53 نقطة"
_POINT = "ارتفع مؤشر الثقة في قطاع الخدمات بالوادي إلى 53.9 نقطة في يوليو مقارنة مع 53.8 نقطة"
_OTHER = "ارتفع مؤشر الثقة في قطاع الخدمات بالوادي إلى 53.9 نقطة في يوليو مقارنة مع 53.7 نقطة"

#: Made-up: one month's output told with its year and without it.
_WITH_YEAR = "بلغ إنتاج حقول الهضبة من الغاز 14.6 مليون متر مكعب يوميا في مارس 2014 من 13.9 مليون"
_NO_YEAR = "بلغ إنتاج حقول الهضبة من الغاز 14.6 مليون متر مكعب يوميا في مارس آذار من 13.9 مليون"
_OTHER_YEAR = "بلغ إنتاج حقول الهضبة من الغاز 14.6 مليون متر مكعب يوميا في مارس 2013 من 13.9 مليون"
#: ... and a year that is no month's, beside a year the other leaves unnamed.
_YEAR_ALONE = "بلغ إنتاج حقول الهضبة من الغاز 14.6 مليون متر مكعب يوميا خلال العام 2014"
_LAST_YEAR = "بلغ إنتاج حقول الهضبة من الغاز 14.6 مليون متر مكعب يوميا خلال العام الماضي"


def _confirmed(one: str, other: str) -> bool:
    """Two made-up statements asserted in two articles link as one claim."""
    return _judged(_side(0, one, Stance.ASSERTS), _side(1, other, Stance.ASSERTS))


def test_fraction_after_ra_is_read_as_it_shows() -> None:
    """ "9ر53" is 53.9, the figure another desk prints "53.9": one claim; "8ر53" and "53.7"
    stay two figures."""
    assert written_numbers(fold(_RA)) == ["53.9", "53.8"]
    assert _confirmed(_RA, _POINT)
    assert not _confirmed(_RA, _OTHER)


def test_year_of_a_month_is_a_detail() -> None:
    """ "في مارس 2014" and "في مارس آذار" name one month: the year alone keeps no claims apart;
    "مارس 2013" is another month, and a year after no month ("العام 2014") still counts."""
    assert _confirmed(_WITH_YEAR, _NO_YEAR)
    assert _confirmed(_NO_YEAR, _WITH_YEAR)
    assert not _confirmed(_WITH_YEAR, _OTHER_YEAR)
    assert not _confirmed(_YEAR_ALONE, _LAST_YEAR)


#: Made-up: one warning printed with a pious formula that opens with "لا" and without it.
_FORMULA = (
    "دعت المديرية السكان إلى الحيطة من أي حوادث تنتج عن السيول -لا سمح الله- وعدم عبور الأودية"
)
_PLAIN = "دعت المديرية السكان إلى الحيطة من أي حوادث تنتج عن السيول وعدم عبور الأودية"
_DENIED = "لم تدع المديرية السكان إلى الحيطة من أي حوادث تنتج عن السيول وعدم عبور الأودية"


def test_formula_negates_nothing() -> None:
    """ "لا سمح الله" is a formula, no negation of the warning: one claim with the warning
    printed without it; the warning negated ("لم تدع") stays another claim."""
    assert not match_key("a0.a1", "a0", _FORMULA, Stance.ASSERTS).negated
    assert _confirmed(_FORMULA, _PLAIN)
    assert not _confirmed(_PLAIN, _DENIED)


#: Made-up: one minister's words in two translations, "no doubt" said two ways.
_NO_DOUBT = "لا يوجد شك في أن تطبيق الاتفاق بالكامل سيجعل دول الإقليم أكثر أمنا واستقرارا"
_SURELY = "لا شك في أن تطبيق الاتفاق بالكامل سيجعل دول الإقليم أكثر أمنا واستقرارا"
_NO_PLAN = "لا يوجد اتفاق سيجعل دول الإقليم أكثر أمنا واستقرارا"


def test_there_is_no_doubt_negates_nothing() -> None:
    """ "لا يوجد شك في أن …" says "surely", as "لا شك في أن …" does: one claim; "لا يوجد
    اتفاق" still negates."""
    assert not match_key("a0.a1", "a0", _NO_DOUBT, Stance.ASSERTS).negated
    assert _confirmed(_NO_DOUBT, _SURELY)
    assert match_key("a0.a1", "a0", _NO_PLAN, Stance.ASSERTS).negated
