"""Arabic reporting patterns met on unseen news articles (round 11), each on a made-up text."""

from __future__ import annotations

import pytest

from tracker import analyse_article
from tracker.models import ArticleResult
from tracker.readers import parse_article


@pytest.fixture(scope="module")
def read(registry):
    """Analyse a short Arabic text."""

    def run(text: str) -> ArticleResult:
        article = parse_article(text, "t.json", publisher="okaz", language="ar")
        return analyse_article(article, registry)

    return run


def _said(result: ArticleResult) -> list[tuple[str, str]]:
    return [(a.source.name, a.content) for a in result.attributions]


@pytest.mark.parametrize("opener", [" فيما", "، وبدوره", "، بينما"])
def test_while_opens_a_second_report(read, opener):
    """ "… فيما أكد فلان أن …", "، وبدوره أكد …": a second voice; the first content ends."""
    result = read(
        f"قال المدرب سامي العلي إن الفريق جاهز للمباراة{opener} أكد اللاعب حمد الحمد "
        "أن المباراة صعبة جدا."
    )
    assert _said(result) == [
        ("سامي العلي", "الفريق جاهز للمباراة"),
        ("حمد الحمد", "المباراة صعبة جدا"),
    ]


@pytest.mark.parametrize(
    "closing",
    ["واختتم العلي حديثه بقوله:", "واختتم حديثه بقوله:", "واختتم سامي العلي كلمته بالقول إن"],
)
def test_closing_his_talk_by_saying_is_the_speaker(read, closing):
    """ "واختتم فلان حديثه بقوله: …": the voice is the man, not "فلان حديثه بقوله"."""
    result = read(f"قال المدرب سامي العلي إن الفريق جاهز. {closing} الفوز قريب جدا.")
    assert _said(result) == [("سامي العلي", "الفريق جاهز"), ("سامي العلي", "الفوز قريب جدا")]
