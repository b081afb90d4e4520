"""What the claim linker does on ANS headline pairs and on FIGNEWS Arabic↔English posts.

Usage: python benchmarks/link_ans_fignews.py [--semantic] [--split test|dev|train] [--show LABEL]
       [--fignews-half dev|test|all] [--show-false]

ANS (../shared/corpora/ans/data/stance/SPLIT.csv, test unless --split says otherwise): pairs
of Arabic headlines labelled agree (a paraphrase), disagree (altered: numbers, negation,
antonyms) and other. For each label, the share of pairs the linker confirms as one claim,
suggests, or keeps apart. A confirmed "disagree" pair is the error that matters: two outlets
saying different things counted as one claim. ``--show disagree`` prints the pairs of that
label the linker confirms (for studying them on train or dev; never copy them into the
repository).

FIGNEWS (../shared/corpora/fignews/data/FIGNEWS-2024-TEXT-IAA.tsv): Arabic posts with their
English translation and English posts with their Arabic one. All texts of each language go
through the linker at once; reported: how many translation pairs it confirms (recall) and how
many of its confirmed Arabic↔English links are not a translation pair (false links). With
--semantic, also the top-1 accuracy of retrieving each post's translation by embedding cosine.
FIGNEWS has no split of its own: ``--fignews-half dev`` takes the posts of even ID, ``test``
those of odd ID (develop on dev, report test), ``all`` (the default) both. ``--show-false``
prints the false links with why they were made (for study; never copy them into the
repository).

Nothing is copied from the corpora; says so and stops when they are absent.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from tracker.corroborate import DEFAULT, Thresholds, _cross_links, match_key
from tracker.link import semantic
from tracker.models import Stance

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
ANS = CORPORA / "ans" / "data" / "stance"
FIGNEWS = CORPORA / "fignews" / "data" / "FIGNEWS-2024-TEXT-IAA.tsv"


def link_pairs(
    texts: list[str],
    articles: list[str],
    t: Thresholds,
    why: dict[tuple[int, int], str] | None = None,
) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """Confirmed and suggested links between texts (by index), each text its own article;
    ``why`` gets each link's reason when given."""
    keys = [match_key(f"s{n}", articles[n], text, Stance.ASSERTS) for n, text in enumerate(texts)]
    by_id = {key.id: text for key, text in zip(keys, texts, strict=True)}
    confirmed, suggested = _cross_links(keys, t, by_id)

    def index(pairs: list[tuple[str, str, float, str]]) -> set[tuple[int, int]]:
        out = set()
        for a, b, _, reason in pairs:
            i, j = int(a[1:]), int(b[1:])
            out.add((min(i, j), max(i, j)))
            if why is not None:
                why[min(i, j), max(i, j)] = reason
        return out

    return index(confirmed), index(suggested)


def ans(t: Thresholds, split: str, show: str | None) -> None:
    """Per ANS label: confirmed / suggested / apart; the confirmed pairs of ``show`` printed."""
    rows = list(csv.DictReader((ANS / f"{split}.csv").open(encoding="utf-8")))
    counts: dict[str, Counter[str]] = {}
    for row in rows:
        confirmed, suggested = link_pairs([row["s1"], row["s2"]], ["a", "b"], t)
        verdict = "confirmed" if confirmed else "suggested" if suggested else "apart"
        counts.setdefault(row["stance"], Counter())[verdict] += 1
        if confirmed and row["stance"] == show:
            print(f"{row['s1']}\n{row['s2']}\n")
    print(f"ANS stance {split}, {len(rows)} pairs:")
    for label, found in sorted(counts.items()):
        total = sum(found.values())
        shares = ", ".join(
            f"{k} {found[k]} ({found[k] / total:.0%})" for k in ("confirmed", "suggested", "apart")
        )
        print(f"  {label:9} {total:4}: {shares}")


def fignews(t: Thresholds, half: str = "all", show_false: bool = False) -> None:
    """Arabic↔English: linker recall and false links; embedding retrieval with --semantic."""
    csv.field_size_limit(10**8)
    seen: set[tuple[str, str]] = set()
    pairs: list[tuple[str, str]] = []  # (Arabic, English)
    for row in csv.DictReader(FIGNEWS.open(encoding="utf-8"), delimiter="\t"):
        key = (row["Batch"], row["ID"])
        if key in seen:
            continue
        seen.add(key)
        if half != "all" and int(row["ID"]) % 2 != (0 if half == "dev" else 1):
            continue
        if row["Source Language"] == "Arabic":
            pairs.append((row["Text"], row["English MT"]))
        elif row["Source Language"] == "English":
            pairs.append((row["Arabic MT"], row["Text"]))
    pairs = [(a, e) for a, e in pairs if a.strip() and e.strip()]
    n = len(pairs)
    texts = [a for a, _ in pairs] + [e for _, e in pairs]
    articles = [f"ar{i}" for i in range(n)] + [f"en{i}" for i in range(n)]
    why: dict[tuple[int, int], str] = {}
    started, cpu = time.perf_counter(), time.process_time()
    confirmed, _ = link_pairs(texts, articles, t, why if show_false else None)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    cross = {(i, j) for i, j in confirmed if i < n <= j}
    right = sum(1 for i, j in cross if j - n == i)
    for i, j in sorted(cross):
        if show_false and j - n != i:
            print(f"FALSE {why.get((i, j), '')}\n  {texts[i][:300]}\n  {texts[j][:300]}\n")
    print(
        f"FIGNEWS, {n} Arabic/English pairs ({seconds:.1f} s, CPU {cpu:.1f} s): linker "
        f"confirms {right} translation pairs ({right / n:.0%}); {len(cross) - right} "
        f"confirmed Arabic-English links join posts that are not translations; "
        f"{len(confirmed) - len(cross)} "
        "same-language links"
    )
    if t.semantic:
        import numpy as np

        vectors = semantic.encoder().encode(texts)
        arabic, english = vectors[:n], vectors[n:]
        sims = arabic @ english.T
        top = int((sims.argmax(axis=1) == np.arange(n)).sum())
        back = int((sims.argmax(axis=0) == np.arange(n)).sum())
        print(
            f"  embedding retrieval top-1: Arabic→English {top / n:.1%}, "
            f"English→Arabic {back / n:.1%}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--semantic", action="store_true", help="link with embeddings too")
    parser.add_argument("--split", choices=("test", "dev", "train"), default="test")
    parser.add_argument("--show", metavar="LABEL", help="print the confirmed pairs of a label")
    parser.add_argument("--fignews-half", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--show-false", action="store_true", help="print FIGNEWS false links")
    parser.add_argument("--no-ans", action="store_true", help="skip ANS")
    args = parser.parse_args()
    t = replace(DEFAULT, semantic=args.semantic)
    if args.semantic and not semantic.available():
        print(semantic.INSTALL_HINT)
        return 1
    if args.no_ans:
        pass
    elif (ANS / f"{args.split}.csv").is_file():
        ans(t, args.split, args.show)
    else:
        print(f"ANS not found at {ANS}; skipped.")
    if FIGNEWS.is_file():
        fignews(t, args.fignews_half, args.show_false)
    else:
        print(f"FIGNEWS not found at {FIGNEWS}; skipped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
