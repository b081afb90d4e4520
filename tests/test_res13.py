"""Voice resolution: one voice is never two origins (res13)."""

from __future__ import annotations

import pytest

from tracker import analyse_article
from tracker.readers import parse_article


@pytest.mark.parametrize(
    ("author", "text", "groups"),
    [
        (
            "الوادي",
            "أعلن البنك المركزي العماني أن الاحتياطي بلغ 20 مليار دولار. "
            "وقال محافظ المصرف المركزي العماني سالم الحارثي إن الاحتياطي كاف.",
            ["state:OM", "state:OM"],
        ),
        ("الكويت - واس", "أعلن البنك المركزي أن الاحتياطي بلغ 20 مليار دولار.", ["state:KW"]),
        ("رويترز", "أعلن البنك المركزي أن الاحتياطي بلغ 20 مليار دولار.", [""]),
    ],
)
def test_a_central_bank_speaks_for_its_state_with_its_governor(registry, author, text, groups):
    """ "البنك المركزي العماني" and "محافظ المصرف المركزي العماني فلان" are one state's voice
    (one origin, as a ministry and its minister); with no country named the bank is the home
    state's, and under a foreign wire with no dateline it stays unplaced."""
    article = parse_article(text, "t.json", publisher="الوادي", language="ar", author=author)
    found = [a.source.independence_group for a in analyse_article(article, registry).attributions]
    assert [g if g.startswith("state:") else "" for g in found] == groups
