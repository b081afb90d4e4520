"""English attribution extraction over a hand-written fixture, one pattern per test."""

from __future__ import annotations

import pytest
from conftest import CORPUS, FIXTURES

from tracker import Options, analyse_paths
from tracker.graph import build_graph
from tracker.models import QuoteKind, SourceKind, Stance

EN = FIXTURES / "en" / "en-01-crossing.txt"


@pytest.fixture(scope="module")
def result(analyse):
    """The English fixture, analysed."""
    return analyse("en/en-01-crossing.txt")


def _by_cue(result, cue):
    return [a for a in result.attributions if a.cue == cue]


def test_language_is_detected(result):
    """Latin script makes the article English."""
    assert result.article.language == "en"


def test_content_before_the_cue_and_dateline_credit(result):
    """ "…, Syrian Interior Minister X said": content before, name split, wire outermost."""
    (att,) = _by_cue(result, "said")[:1]
    assert att.source.name == "Fadi Selim"
    assert att.source.descriptor == "Syrian Interior Minister"
    assert att.source.kind is SourceKind.OFFICIAL
    assert att.content.startswith("Syria will reopen")
    assert next(v.id for v in att.chain) == "reuters"


def test_quote_first_then_floating_quote(result):
    """ "“…,” Selim told reporters. “…”" in one paragraph is one direct quote to its end."""
    told = _by_cue(result, "told")[0]
    assert told.quote is QuoteKind.DIRECT
    assert told.content.startswith('"The new procedures')
    assert told.content.endswith('Sunday morning."')
    assert told.source.name == "Fadi Selim"


def test_pronoun_goes_to_the_last_speaker(result):
    """ "He added that …" is the minister speaking again."""
    (att,) = _by_cue(result, "added")
    assert att.source.name == "Fadi Selim"


def test_according_to_resolves_across_scripts(result):
    """ "According to the Syrian Arab News Agency" is the registry's SANA."""
    (att,) = _by_cue(result, "According to")
    assert att.source.id == "sana"


def test_anonymous_official_and_denial(result):
    """An official "who declined to be named" is anonymous; "denied that" is a denial."""
    said = [a for a in result.attributions if a.source.kind is SourceKind.ANONYMOUS]
    assert said[0].content.startswith("Beirut had not yet received")
    (denial,) = _by_cue(result, "denied")
    assert denial.stance is Stance.DENIES
    assert denial.source.kind is SourceKind.GOVERNMENT_BODY


def test_english_and_arabic_articles_share_source_nodes():
    """An English and an Arabic article on one event share the registry's source nodes."""
    arabic = CORPUS / "c07-crossing-agency.txt"
    report = analyse_paths([str(EN), str(arabic)], Options())
    graph = build_graph(report)
    asserted_in = {
        d["article"]
        for u, _, d in graph.edges(data=True)
        if u == "source:sana" and d["relation"] == "asserts"
    }
    assert asserted_in == {r.article.id for r in report.results}
    assert {r.article.language for r in report.results} == {"ar", "en"}


def test_citing_gives_a_chain(result):
    """ "… reported that …, citing border officials" gives the outlet ← the officials."""
    (att,) = _by_cue(result, "reported")
    assert att.source.kind is SourceKind.OUTLET
    assert [v.name for v in att.chain][1:] == ["Daily Levant", "border officials"]
    assert att.content.endswith("left the capital")


def test_quoted_as_saying(result):
    """ "Two Jordanian drivers were quoted as saying that …" keeps the drivers as the voice."""
    (att,) = _by_cue(result, "saying")
    assert att.source.name == "Two Jordanian drivers"
    assert att.content.startswith("that the queues")


def test_impersonal_passive(result):
    """ "It was reported that …" is a statement with no voice."""
    (att,) = _by_cue(result, "It was reported")
    assert att.source.kind is SourceKind.ANONYMOUS
    assert att.origin.id == "reuters"  # an unnamed voice counts with the wire that carries it


def test_two_voices_in_one_sentence(result):
    """ "X said A, but Y said B" gives two attributions, each with its own content."""
    last = [
        a for a in result.attributions if "500 trucks" in a.content or "unrealistic" in a.content
    ]
    assert [a.source.name for a in last] == ["Syrian officials", "Jordanian customs officers"]
    assert last[0].content.endswith("500 trucks a day")


def test_colon_lead_in_takes_the_next_paragraph(result):
    """ "Selim also told the state broadcaster:" and the quotation on the next line."""
    lead = [a for a in result.attributions if "more than an hour" in a.content]
    assert [(a.source.name, a.quote) for a in lead] == [("Fadi Selim", QuoteKind.DIRECT)]
