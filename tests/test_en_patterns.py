"""English reporting patterns, one made-up sentence or two per test."""

from __future__ import annotations

import pytest

from tracker import analyse_article
from tracker.models import ArticleResult
from tracker.readers import parse_article


@pytest.fixture(scope="module")
def read(registry):
    """Analyse a short made-up English article given as a string."""

    def run(text: str) -> ArticleResult:
        return analyse_article(parse_article(text, "made-up.txt"), registry)

    return run


def test_inverted_cue_with_a_long_appositive(read):
    """ "“…,” said X, a title with a clause." gives X and the quotation before the cue."""
    result = read(
        "“The harvest came early this year,” said Lina Haddad, a farmer who has worked "
        "the valley for thirty years.\n"
    )
    (att,) = result.attributions
    assert att.source.name == "Lina Haddad"
    assert att.content == "“The harvest came early this year,”"


def test_quotation_interrupted_by_its_attribution_is_one_content(read):
    """ "“A,” X said. “B.”" in one paragraph is one quotation from X, running to B's end."""
    result = read(
        "“Prices have doubled since spring,” Omar Nasser said. “Nobody can buy bread now.”\n\n"
        "“We will protest on Friday.”\n"
    )
    first, second = result.attributions
    assert first.content.startswith("“Prices have doubled")
    assert first.content.endswith("buy bread now.”")
    assert second.source.name == "Omar Nasser"
    assert second.content.startswith("“We will protest")
