"""Work of the corpus linking shared with forked processes: the same report, less of it here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from conftest import CORPUS

from tracker import Options, analyse_paths, corroborate
from tracker.corroborate import DEFAULT, link_corpus
from tracker.link.morph import keep_stems, known_stems, stem
from tracker.models import Stance

_T = TypeVar("_T")


class _Recording:
    """A share that runs every part here, in order, and keeps what each step returned."""

    def __init__(self) -> None:
        self.steps: list[list[Any]] = []

    def __call__(self, run: Callable[[int], _T], parts: int) -> list[_T]:
        found = [run(n) for n in range(parts)]
        self.steps.append(found)
        return found


def _results() -> list[Any]:
    paths = sorted(str(p) for p in CORPUS.glob("*.txt"))
    return list(analyse_paths(paths, Options()).results)


def test_corpus_claims_are_judged_in_shared_parts_the_lone_ones_first():
    """With a share, the corpus claims are judged in parts it runs: first one of the claims
    of one article (each keeps its verdict), then runs of those spread over several articles;
    the claims are the same."""
    results = _results()
    share = _Recording()
    shared = link_corpus(results, share=share)
    assert shared == link_corpus(results)
    (step,) = [
        step
        for step in share.steps
        if all(isinstance(part, list) for part in step)
        and any(isinstance(item[1], dict) for part in step for item in part)
    ]
    lone, *spread = [[item[1]["members"] for item in part] for part in step]
    assert spread
    assert all(len(members) == 1 for members in lone)
    assert {m for run in spread for m in run} >= {
        c.members for c in shared[0] if len(c.members) > 1
    }
    assert len(lone) + sum(map(len, spread)) == len(shared[0])


def test_candidates_read_the_counts_in_parts_and_keep_the_stems_sent_back():
    """With a share, the telling counts are read in runs of statements, parts of their own
    beside the words and the stems; the candidate pairs are the same, and the stems the
    last part worked out (in a forked process, sent back) are kept here."""
    results = _results()
    share = _Recording()
    assert link_corpus(results, share=share) == link_corpus(results)
    blocking = share.steps[0]
    assert len(blocking) > 3
    assert blocking[-1].stems
    assert all(stem(word) == found for word, found in blocking[-1].stems.items())


def test_stems_kept_from_elsewhere_are_read_from_the_cache():
    """Stems sent from another process (``keep_stems``) are what ``stem`` answers after."""
    word = "كلمةمختلقةللاختبار"
    keep_stems({word: "مختلق"})
    assert stem(word) == "مختلق"
    assert known_stems([word, "غير-محسوبة"]) == {word: "مختلق"}


def test_an_article_reads_places_only_of_statements_whose_words_match(monkeypatch):
    """Within an article, two statements sharing a few words but not matching are let go
    before the places they name are read (no bar, nor place, could join them)."""
    read: list[str] = []
    real = corroborate.places
    monkeypatch.setattr(corroborate, "places", lambda text: read.append(text) or real(text))
    said = "قال الوزير إن الحكومة ستفتتح مصنعا جديدا للإسمنت في المدينة الصناعية"
    told = "وزار الوزير معرضا للكتاب أقامته الحكومة وسط العاصمة بحضور طلاب المدارس"
    items = [
        corroborate.match_key("x.a1", "x", said, Stance.ASSERTS),
        corroborate.match_key("x.s1", "x", told, None),
    ]
    assert len(set(items[0].vocabulary) & set(items[1].vocabulary)) >= 2
    found = corroborate._complete_linkage(items, DEFAULT, {"x.a1": said, "x.s1": told})
    assert found == [[0], [1]]
    assert read == []


def test_each_statement_is_read_for_judging_across_articles_once(monkeypatch):
    """Linking a corpus builds each statement's Side once: what keeps two claims apart after
    judging reads the Sides judging built."""
    results = _results()
    built: list[str] = []
    real = corroborate.Side.across.__func__  # type: ignore[attr-defined]

    def across(cls: type, key: Any, text: Any, *, semantic: bool = False) -> Any:
        built.append(key.id)
        return real(cls, key, text, semantic=semantic)

    monkeypatch.setattr(corroborate.Side, "across", classmethod(across))
    corpus, _, _ = link_corpus(results)
    assert any(len(claim.articles) > 1 for claim in corpus)
    assert len(built) == len(set(built)) == sum(len(r.match_keys) for r in results)
