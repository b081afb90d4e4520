"""Property-based checks that blocked claim linking in an article loses no link (issue 16)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.corroborate import DEFAULT, _complete_linkage, same_claim
from tracker.models import MatchKey, Stance

#: Few words, so that statements share many of them, as claims in one article do.
WORDS = tuple(f"w{n}" for n in range(14))
KEYS = st.builds(
    lambda vocabulary, numbers, negated, stance: (vocabulary, numbers, negated, stance),
    st.sets(st.sampled_from(WORDS), max_size=9).map(lambda s: tuple(sorted(s))),
    st.sampled_from(((), ("3",), ("4",))),
    st.booleans(),
    st.sampled_from((None, Stance.ASSERTS, Stance.ASSERTS, Stance.DENIES)),
)


def exhaustive(items: list[MatchKey]) -> list[list[int]]:
    """Complete linkage comparing each statement with every cluster that holds an attribution."""
    clusters: list[list[int]] = []
    for position, item in enumerate(items):
        home = next(
            (
                c
                for c, members in enumerate(clusters)
                if any(items[m].stance is not None for m in members)
                and all(same_claim(items[m], item) for m in members)
            ),
            None,
        )
        if home is None:
            clusters.append([position])
        else:
            clusters[home].append(position)
    return clusters


@settings(derandomize=True, database=None, max_examples=200, deadline=None)
@given(st.lists(KEYS, max_size=DEFAULT.max_postings))
def test_blocked_linkage_finds_the_clusters_of_exhaustive_linkage(keys):
    """With no more statements than max_postings, blocking gives the exhaustive clusters."""
    items = [MatchKey(f"a.x{n}", "a", *key) for n, key in enumerate(keys)]
    assert _complete_linkage(items, DEFAULT) == exhaustive(items)
