"""A compound given name in "عبد" whose second half is also a title (round 53).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "phrase",
    [
        "العميد عبد الأمير الزبيدي قائد اللواء الرابع",
        "العقيد عبد الامير الزبيدي مدير شرطة المحافظة",
        "الدكتور عبد الملك الزبيدي مدير المستشفى",
    ],
)
def test_title_half_of_an_abd_name_is_no_second_title(read, phrase):
    """ "العميد عبد الأمير فلان قائد …": the word with the article after "عبد" completes his
    given name, so the name between the leading rank and the later title is all three words,
    not "عبد" alone."""
    (said,) = read(f"وقال {phrase} إن القوات تقدمت نحو أطراف المدينة.").attributions
    assert said.source.name == " ".join(phrase.split()[1:4])
    assert said.content == "القوات تقدمت نحو أطراف المدينة"


def test_a_title_after_a_plain_given_name_still_ends_it(read):
    """ "العميد سالم الزبيدي قائد اللواء": without "عبد" before it, the later title starts the
    descriptor as before."""
    (said,) = read("وقال العميد سالم الزبيدي قائد اللواء الرابع إن القوات تقدمت.").attributions
    assert said.source.name == "سالم الزبيدي"
