"""Issue 13, round 43: false corroborations read claim by claim over the whole corpus, the
voices behind them.

Each test pins one general cause of a voice misread (a name that is no one's, a state read
wrong) that made a claim of one origin look corroborated.

Every example is made up.
"""

from __future__ import annotations

from conftest import chain_names

from tracker.models import SourceKind


def test_a_market_joined_to_bi_after_a_title_is_where_he_works_not_his_name(read):
    """ "وقال محلل بسوق الأوراق المالية": the ب joined to "سوق" (a market, as a town is a
    place) tells where the unnamed analyst works; it opens no name, so the voice keeps its
    title and is not a man called "بسوق …"."""
    result = read(
        "القاهرة - الأفق: وقال محلل بسوق الأوراق المالية لـ«الأفق» إن «الطروحات الجديدة"
        " ستزيد السيولة في السوق خلال الربع المقبل»."
    )
    (att,) = result.attributions
    assert chain_names(att)[-1] == "محلل بسوق الأوراق المالية"
    assert att.source.kind is SourceKind.PERSON
