"""Within one article, statements naming different towns or provinces link only at the bar of
a confirmed link (link.anchors.places_apart): a loose match of their words would join two
events' claims across the corpus."""

from __future__ import annotations

from pathlib import Path

from tracker import Options, analyse_paths
from tracker.link.anchors import local_places, places_apart

# Made-up wire copy: two unnamed voices on two events in two provinces, told in alike words.
_TAKEN = "سيطرت القوات الشعبية على أجزاء من مدينة الساحل عاصمة محافظة الوادي شرقي البلاد"
_CAPTURED = "القوات الشعبية أسرت 30 من المسلحين في محافظة الهضبة شرقي البلاد"
_CAPTURED_THERE = "القوات الشعبية أسرت 30 من المسلحين في محافظة الوادي شرقي البلاد"


def _article(folder: Path, name: str, text: str) -> str:
    """A text file of one article (no publisher: the claims are all this test reads)."""
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _two_voices(second: str) -> str:
    return f"وأفادت مصادر محلية بأن {_TAKEN}. كما أفادت مصادر قبلية بأن {second}."


def test_local_places_are_the_names_after_place_heads() -> None:
    """The word after a place head, article dropped, is a local place; a name starting with a
    letter that is often a clitic keeps it; a head with its article names no place."""
    assert local_places(_TAKEN) == {"ساحل", "وادي"}
    assert local_places("وقعت الاشتباكات ببلدة لبدة والمنطقة الشرقية") == {"لبده"}
    assert places_apart(_TAKEN, _CAPTURED)
    assert not places_apart(_TAKEN, _CAPTURED_THERE)
    assert not places_apart(_TAKEN, "القوات الشعبية أسرت 30 من المسلحين شرقي البلاد")


def test_two_voices_on_two_provinces_stay_two_claims(tmp_path: Path) -> None:
    """Two unnamed voices of one article telling of events in two provinces in alike words
    are two claims; told of one province, the same words are one claim."""
    apart = analyse_paths([_article(tmp_path, "apart", _two_voices(_CAPTURED))], Options())
    claims = apart.results[0].claims
    assert len(apart.results[0].attributions) == 2
    assert [len(c.attributions) for c in claims if c.attributions] == [1, 1]
    together = analyse_paths([_article(tmp_path, "one", _two_voices(_CAPTURED_THERE))], Options())
    assert [len(c.attributions) for c in together.results[0].claims if c.attributions] == [2]
