"""Score tracker's claims and verdicts on one story against its gold clusters.

Usage: python benchmarks/score_story.py [FOLDER] [GOLD] [--report REPORT.json] [-v]

FOLDER defaults to tests/fixtures/story47 and GOLD to tests/gold/story47.json (kept out of
the folder, whose every file is a page tracker reads): a list of claim clusters,
each with an id, its mentions as [file, a distinctive substring of the reported content or
own-voice sentence], a verdict ("single-sourced", "corroborated", "unattributed", with
"+ contested" when an origin denies it, or "contested") and "key": true for the verdicts that
matter most. tracker reports the folder's pages as ``tracker report PAGES --format json
--include-text`` does (``--report`` reads a saved report instead), and each mention is
found as the attribution, else the own-voice statement, of its file whose content overlaps the
substring most. Printed:

* verdicts right (and key verdicts right): the corpus claim holding most of a cluster's found
  mentions must have the verdict; a contested claim's status is read from its independent
  origins, as the dev set's score_clusters.py does;
* linking: B-cubed precision, recall and F1 over the found mentions, each mention's predicted
  corpus claim against its gold cluster;
* Arabic↔English links: of the pairs of found mentions in one gold cluster, one from an Arabic
  page and one from an English page, how many share a predicted claim.

The last line is ``story verdicts=K/N key=K/N linkF1=F linkP=P linkR=R arEn=A/B found=F/M``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

from tracker.pipeline import Options, analyse_paths
from tracker.report import to_json_data

ROOT = Path(__file__).resolve().parents[1]
STORY = ROOT / "tests" / "fixtures" / "story47"
GOLD = ROOT / "tests" / "gold" / "story47.json"
PAGES = {".txt", ".html", ".json"}
STATUSES = {"single-sourced", "corroborated", "contested", "unattributed"}


def run_report(folder: Path) -> dict[str, Any]:
    """tracker's JSON report of every page in ``folder``."""
    pages = sorted(str(p) for p in folder.iterdir() if p.suffix in PAGES)
    report = analyse_paths(pages, Options())
    data: dict[str, Any] = json.loads(json.dumps(to_json_data(report, include_text=True)))
    return data


def find_mention(report: dict[str, Any], file: str, needle: str) -> str | None:
    """The id of the attribution, else the statement, of ``file`` whose content overlaps most."""
    article = next((a for a in report["articles"] if Path(a["path"]).name == file), None)
    if article is None:
        return None
    at = article["text"].find(needle)
    if at < 0:
        return None
    lo, hi = at, at + len(needle)
    for key in ("attributions", "statements"):
        best, best_n = None, 0
        for item in report[key]:
            if item["article"] != article["id"]:
                continue
            n = min(hi, item["end"]) - max(lo, item["start"])
            if n > best_n:
                best, best_n = item["id"], n
        if best is not None:
            return str(best)
    return None


def status_of(claim: dict[str, Any]) -> str:
    """A claim's status, a contested one's read from its independent origins."""
    status = str(claim["status"])
    if status == "contested":
        status = {0: "unattributed", 1: "single-sourced"}.get(
            claim["independent_origins"], "corroborated"
        )
    return status


def verdict_right(claim: dict[str, Any], verdict: str) -> bool:
    """Whether ``claim`` has the gold ``verdict``."""
    want = verdict.split()[0]
    if want == "contested":
        return bool(claim["contested"])
    return status_of(claim) == want and bool(claim["contested"]) == ("contested" in verdict)


def b_cubed(mentions: list[tuple[str, str]]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of (gold cluster, predicted claim) pairs."""
    if not mentions:
        return 0.0, 0.0, 0.0
    p_sum = r_sum = 0.0
    for gold, pred in mentions:
        same_pred = [g for g, p in mentions if p == pred]
        same_gold = [p for g, p in mentions if g == gold]
        both = sum(1 for g in same_pred if g == gold)
        p_sum += both / len(same_pred)
        r_sum += both / len(same_gold)
    p, r = p_sum / len(mentions), r_sum / len(mentions)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(report: dict[str, Any], gold: dict[str, Any], verbose: bool = False) -> dict[str, Any]:
    """Verdicts, key verdicts, B-cubed linking and Arabic↔English links of ``report``."""
    claims = report.get("corpus_claims") or report["claims"]
    by_id = {c["id"]: c for c in claims}
    claim_of: dict[str, str] = {}
    for claim in report["claims"]:
        for key in ("attributions", "statements"):
            for member in claim[key]:
                claim_of.setdefault(member, claim["id"])
    for claim in report.get("corpus_claims", []):
        for key in ("attributions", "statements"):
            for member in claim[key]:
                claim_of[member] = claim["id"]
    language = {Path(a["path"]).name: a["language"] for a in report["articles"]}

    verdicts: dict[str, bool] = {}
    found: list[tuple[str, str, str]] = []  # (cluster, predicted claim, language)
    total = right = key_total = key_right = 0
    lines = []
    for cluster in gold["clusters"]:
        claims_found = []
        for file, needle in cluster["mentions"]:
            member = find_mention(report, file, needle)
            if member is None or member not in claim_of:
                lines.append(f"  {cluster['id']}: not found: {file} «{needle}»")
                continue
            claims_found.append(claim_of[member])
            found.append((cluster["id"], claim_of[member], language.get(file, "")))
        verdict = cluster["verdict"]
        if verdict.split()[0] not in STATUSES:
            continue
        total += 1
        key_total += bool(cluster.get("key"))
        ok = False
        got = "no mention found"
        if claims_found:
            top, n = Counter(claims_found).most_common(1)[0]
            claim = by_id.get(top)
            if claim is not None:
                ok = verdict_right(claim, verdict)
                got = (
                    f"{claim['status']}{' (contested)' if claim['contested'] else ''}, "
                    f"{n}/{len(claims_found)} in one claim; {claim['explanation'][:160]}"
                )
        right += ok
        verdicts[cluster["id"]] = ok
        key_right += ok and bool(cluster.get("key"))
        mark = "OK " if ok else "BAD"
        lines.append(
            f"{cluster['id']}{'*' if cluster.get('key') else ''}: {mark} want {verdict}; got {got}"
        )
    p, r, f1 = b_cubed([(g, c) for g, c, _ in found])
    pairs = [
        (a, b) for a, b in combinations(found, 2) if a[0] == b[0] and {a[2], b[2]} == {"ar", "en"}
    ]
    ar_en = sum(1 for a, b in pairs if a[1] == b[1])
    if verbose:
        print("\n".join(lines))
    mentions = sum(len(c["mentions"]) for c in gold["clusters"])
    return {
        "verdicts": (right, total),
        "clusters": verdicts,
        "key": (key_right, key_total),
        "link": (p, r, f1),
        "ar_en": (ar_en, len(pairs)),
        "found": (len(found), mentions),
    }


def main(argv: list[str]) -> int:
    """Report the story (or read a saved report) and print its scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=STORY)
    parser.add_argument("gold", nargs="?", type=Path)
    parser.add_argument("--report", type=Path, help="a saved JSON report (with --include-text)")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per cluster")
    args = parser.parse_args(argv)
    gold = json.loads((args.gold or GOLD).read_text(encoding="utf-8"))
    if args.report:
        report = json.loads(args.report.read_text(encoding="utf-8"))
    else:
        report = run_report(args.folder)
    s = score(report, gold, verbose=args.verbose)
    p, r, f1 = s["link"]
    print(
        f"story verdicts={s['verdicts'][0]}/{s['verdicts'][1]} key={s['key'][0]}/{s['key'][1]} "
        f"linkF1={f1:.3f} linkP={p:.3f} linkR={r:.3f} arEn={s['ar_en'][0]}/{s['ar_en'][1]} "
        f"found={s['found'][0]}/{s['found'][1]}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
