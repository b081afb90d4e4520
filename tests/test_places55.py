"""A town and the province it lies in are one place for a link (link.anchors.one_place, the
table of data/places.toml): statements naming the one and the other are not told of two
places; two towns of one province, or two spellings of none in the table, still are."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker import Options, analyse_paths
from tracker.link import anchors
from tracker.link.anchors import local_places, places_apart, read_places

# A made-up table: a province under two spellings holding two towns, one under two spellings.
_TABLE = [
    {"ar": ["السنديان", "السانديان"], "holds": ["القرنفل", "الياسمين / اليسمين"]},
    {"ar": ["البلوط"], "holds": ["الخزامى"]},
]

_IN_TOWN = "مسلحون هاجموا نقطة تفتيش في مدينة القرنفل شرقي البلاد وقتلوا ثلاثة جنود"
_IN_PROVINCE = "مسلحون هاجموا نقطة تفتيش في محافظة السنديان شرقي البلاد وقتلوا ثلاثة جنود"
_IN_OTHER_TOWN = "مسلحون هاجموا نقطة تفتيش في مدينة الياسمين شرقي البلاد وقتلوا ثلاثة جنود"


@pytest.fixture
def table(monkeypatch: pytest.MonkeyPatch) -> None:
    """The made-up table in place of the shipped one."""
    monkeypatch.setattr(anchors, "_within", lambda: read_places(_TABLE), raising=False)


@pytest.mark.usefixtures("table")
def test_a_town_and_its_province_are_not_apart() -> None:
    """A town and the province the table puts it in agree; two towns of it, or a town and
    another province, do not."""
    assert not places_apart(_IN_TOWN, _IN_PROVINCE)
    assert not places_apart(_IN_PROVINCE, _IN_OTHER_TOWN)
    assert places_apart(_IN_TOWN, _IN_OTHER_TOWN)
    assert places_apart(_IN_TOWN, _IN_PROVINCE.replace("السنديان", "البلوط"))


@pytest.mark.usefixtures("table")
def test_two_spellings_of_one_place_are_not_apart() -> None:
    """Two spellings the table gives of one place are one place, a province's or a town's."""
    assert not places_apart(_IN_PROVINCE, _IN_PROVINCE.replace("السنديان", "السانديان"))
    other = _IN_OTHER_TOWN.replace("الياسمين", "اليسمين")
    assert not places_apart(_IN_OTHER_TOWN, other)
    assert places_apart(_IN_TOWN, other)


# The same attack told in other words: alike enough to link at the bar of a loose match only.
_RETOLD = "مسلحين هاجموا حاجزا أمنيا في محافظة السنديان شرقي البلاد مما أسفر عن مقتل ثلاثة جنود"


def _article(folder: Path, name: str, second: str) -> str:
    """A text file of one article in which two unnamed voices tell of an attack."""
    path = folder / f"{name}.txt"
    path.write_text(
        f"وأفادت مصادر محلية بأن {_IN_TOWN}. كما أفادت مصادر قبلية بأن {second}.",
        encoding="utf-8",
    )
    return str(path)


@pytest.mark.usefixtures("table")
def test_voices_on_a_town_and_its_province_are_one_claim(tmp_path: Path) -> None:
    """Two voices telling in other words of an attack, one in a town and one in its province,
    are one claim; in two towns of that province, two claims."""
    one = analyse_paths([_article(tmp_path, "one", _RETOLD)], Options())
    assert [len(c.attributions) for c in one.results[0].claims if c.attributions] == [2]
    other = _RETOLD.replace("محافظة السنديان", "مدينة الياسمين")
    two = analyse_paths([_article(tmp_path, "two", other)], Options())
    assert [len(c.attributions) for c in two.results[0].claims if c.attributions] == [1, 1]


def test_the_shipped_table_keys_each_place_as_local_places_reads_it() -> None:
    """Every name of the shipped table keys on a word local_places can read after a place
    head (longer than two letters, itself no place head)."""
    table = anchors._within()
    assert table.around
    assert all(len(key) > 2 for key in table.place)
    assert not any(local_places(f"في مدينة {key}") != {key} for key in table.place)
