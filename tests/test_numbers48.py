"""A number with its word of scale is one number, in Arabic and English alike."""

from __future__ import annotations

from pathlib import Path

from tracker.corroborate import Side, _groups, _titled_in_article, judge_pair, match_key
from tracker.models import Attribution, Source, SourceKind, Stance
from tracker.pipeline import Options, analyse_paths

#: Made-up: one plant's output, told with its scale in digits, in words and in full.
_OUTPUT = "تنتج محطة وادي الريحان للتحلية {} متر مكعب من المياه يوميا منذ تشغيلها"
#: Made-up: one fund's size in two languages' styles.
_FUND = "خصص صندوق الإعمار في مقاطعة السنديان {} دولار لترميم المدارس المتضررة"


def _numbers(text: str) -> tuple[str, ...]:
    return match_key("a0.a1", "a0", text, Stance.ASSERTS).numbers


def _said(n: int, text: str) -> Side:
    return Side.across(match_key(f"a{n}.a1", f"a{n}", text, Stance.ASSERTS), text)


def _confirmed(one: str, other: str) -> bool:
    found = judge_pair(_said(0, one), _said(1, other))
    return found is not None and found.tier == "confirmed"


def test_digits_and_a_scale_word_are_the_number_in_full() -> None:
    """ "85 ألف", "85 الف", "85,000" and "85 thousand" give one value; so do the millions and
    billions of either language, and a fraction before its scale; "منذ 2014 آلاف" is none."""
    for text in ("85 ألف برميل", "85 الف برميل", "85,000 barrels", "85 thousand barrels"):
        assert _numbers(text) == ("85000",)
    for text in ("2.5 مليون طن", "2.5 million tons", "2,500,000 tons", "2,5 مليون طن"):
        assert _numbers(text) == ("2500000",)
    assert _numbers("3 مليارات ريال") == _numbers("3 billion riyals") == ("3000000000",)
    assert _numbers("1.5 ألف زائر") == ("1500",)
    # A plural scale after a year is a noun: thousands of families since that year.
    assert _numbers("نزحت منذ 2014 آلاف الأسر من القرى") == ("2014",)


def test_a_number_in_words_and_its_scale_are_one_number() -> None:
    """ "خمسة وثمانين ألف" is 85000, "ثلاثة ملايين" 3000000, "eighty-five thousand" 85000."""
    assert _numbers("خمسة وثمانين ألف برميل") == ("85000",)
    assert _numbers("ثلاثة ملايين نسمة") == ("3000000",)
    assert _numbers("eighty-five thousand barrels") == ("85000",)


def test_a_scale_in_words_links_to_the_number_in_full() -> None:
    """Two desks' "85 ألف" and "85000" link, as "خمسة وثمانين ألف" and "85 ألف" do."""
    assert _confirmed(_OUTPUT.format("85 ألف"), _OUTPUT.format("85000"))
    assert _confirmed(_OUTPUT.format("خمسة وثمانين ألف"), _OUTPUT.format("85 ألف"))
    assert _confirmed(_FUND.format("2.5 مليون"), _FUND.format("2,500,000"))


def test_other_numbers_or_scales_stay_apart() -> None:
    """ "85 ألف" and "58 ألف", "85 ألف" and "85 مليون", "85 ألف" and "85" never link."""
    assert not _confirmed(_OUTPUT.format("85 ألف"), _OUTPUT.format("58 ألف"))
    assert not _confirmed(_OUTPUT.format("85 ألف"), _OUTPUT.format("85 مليون"))
    assert not _confirmed(_OUTPUT.format("85 ألف"), _OUTPUT.format("85"))
    assert _numbers("قتل 10 أشخاص") != _numbers("قتل 100 شخص")


def test_a_range_shares_the_scale_at_its_end() -> None:
    """ "بين 40 و45 ألف" is 40000 to 45000, as "بين 40 ألفا و45 ألف" is; "(75) ألف" and
    "75 ألف" are one number."""
    assert _numbers("يتوقع وصول ما بين 40 و45 ألف سائح") == ("40000", "45000")
    assert _numbers("يتوقع وصول ما بين 40 ألفا و45 ألف سائح") == ("40000", "45000")
    assert _numbers("to raise capacity to between 4 and 5 million trainees") == (
        "4000000",
        "5000000",
    )
    assert _numbers("رفع الطاقة إلى (75) ألف متدرب") == ("75000",)


#: Made-up: a minister named in full, then called by another title in the same article.
_MINISTER = (
    "قال وزير المالية الكندي سالم الهاشمي إن بلاده ستواصل دعم الحوار في المنطقة. "
    "وذكر رئيس الخزانة الكندية أن موازنة الجيش في بلاده تبلغ 12 مليار دولار سنويا."
)


class _Articles:
    """The one thing ``_titled_in_article`` asks of a corpus: an article's attributions."""

    def __init__(self, atts: list[Attribution]) -> None:
        self.atts = atts

    def in_article(self, article: str) -> list[Attribution]:
        return [a for a in self.atts if a.article == article]


def test_a_role_is_the_minister_its_article_names(tmp_path: Path) -> None:
    """A state's role ("رئيس الخزانة الكندية") in an article that names that state's
    minister counts as him: the minister named with no title in another paper is one origin
    with it, not a second one."""
    path = tmp_path / "minister.txt"
    path.write_text(_MINISTER, encoding="utf-8")
    (result,) = analyse_paths([str(path)], Options()).results
    named, role = (a.source for a in result.attributions)
    assert role.descriptor == ""
    assert named.descriptor
    atts = list(result.attributions)
    tied = _titled_in_article(atts, _Articles(atts))  # type: ignore[arg-type]
    assert tied == [(named, role)]
    interviewed = Source("p-1", named.name, SourceKind.PERSON)
    assert len(_groups([interviewed, role], tied)) == 1
