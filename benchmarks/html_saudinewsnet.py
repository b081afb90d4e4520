"""Measure the HTML story page of 1,000 SaudiNewsNet articles: file size, first render, redraws.

Usage: python benchmarks/html_saudinewsnet.py [--size 1000] [--runs 5] [--jobs 2]

Runs the real command line, `tracker export FILE.json -o story.html --jobs N --quiet`, on the
first N articles of the unzipped SaudiNewsNet JSON arrays, then opens the page in Debian's
headless Chromium (through Playwright) several times, each in a fresh page. First render is the
time from the start of navigation to the first frame the graph draws (``window.storyReady``).
Then, in one page, the time to the next frames after each interaction: select a claim, search,
filter a status, show articles, draw every claim, zoom. Aims: under 10 MB and under 3 s.
The machine's load average is printed first, since other work slows every figure. Says so and
stops when the corpus, Chromium or Playwright is absent.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import snn

from tracker.export.html import HEADLESS

#: Interactions, as JavaScript run in the page; each is timed to the second frame after it.
ACTIONS = {
    "select the most spread claim": "story.select(story.cy.nodes('.claim')[0].data('i'))",
    "search 'السعودية'": "document.getElementById('search').value = 'السعودية'; story.redraw()",
    "clear the search": "document.getElementById('search').value = ''; story.redraw()",
    "hide unattributed claims": "document.getElementById('status-unattributed').click()",
    "show unattributed again": "document.getElementById('status-unattributed').click()",
    "show articles": "document.getElementById('show-articles').click()",
    "hide articles": "document.getElementById('show-articles').click()",
    "draw every claim (focus off)": "document.getElementById('focus').click()",
    "zoom out on every claim": "story.cy.zoom(story.cy.zoom() / 2)",
    "focus on again": "document.getElementById('focus').click()",
}
TIMED = """async (code) => {
  const start = performance.now();
  (0, eval)(code);
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return performance.now() - start;
}"""


def export(source: Path, target: Path, jobs: int) -> float:
    """Run `tracker export` to an HTML file; return its wall time in seconds."""
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "tracker",
            "export",
            str(source),
            "-o",
            str(target),
            "--jobs",
            str(jobs),
            "--quiet",
        ],
        check=False,
        stderr=subprocess.DEVNULL,
    )
    if not target.exists():
        raise SystemExit(f"tracker export wrote no {target}")
    return time.perf_counter() - started


def measure(page: Path, runs: int, chromium: str) -> None:
    """Print first-render times over fresh pages, then the interaction times in one page."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=list(HEADLESS))
        firsts: list[float] = []
        starts: list[float] = []
        for _ in range(runs):
            tab = browser.new_page(viewport={"width": 1400, "height": 820})
            tab.goto(page.as_uri())
            tab.wait_for_function("() => window.storyReady !== undefined", timeout=60_000)
            firsts.append(tab.evaluate("window.storyReady"))
            starts.append(tab.evaluate("window.storyStart"))
            tab.close()
        print(
            f"first render over {runs} fresh pages: median {statistics.median(firsts):.0f} ms, "
            f"max {max(firsts):.0f} ms ({', '.join(f'{t:.0f}' for t in firsts)})"
        )
        print(
            "  of which reading the page until its script starts: median "
            f"{statistics.median(starts):.0f} ms"
        )
        tab = browser.new_page(viewport={"width": 1400, "height": 820})
        tab.goto(page.as_uri())
        tab.wait_for_function("() => window.storyReady !== undefined", timeout=60_000)
        print(f"drawn at first: {tab.inner_text('#shown')}")
        for name, code in ACTIONS.items():
            took = tab.evaluate(TIMED, code)
            print(f"  {name}: {took:.0f} ms ({tab.inner_text('#shown')})")
        browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if not snn.available():
        print(f"SaudiNewsNet not found at {snn.DATASET}; nothing to measure.")
        return 0
    source = snn.subset(args.size)
    page = source.with_suffix(".story.html")
    seconds = export(source, page, args.jobs)
    size = page.stat().st_size
    load = os.getloadavg()[0]
    print(f"load average {load:.1f} on {os.cpu_count()} cores (other work slows every figure)")
    print(
        f"{args.size} articles: tracker export to HTML {seconds:.1f} s; "
        f"{size / 1e6:.2f} MB ({size:,} bytes) at {page}"
    )
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium")
    try:
        import playwright  # noqa: F401
    except ImportError:
        print("Playwright is not installed (pip install -e '.[test]'); no render times.")
        return 0
    if chromium is None:
        print("No chromium on PATH (Debian: apt-get install chromium); no render times.")
        return 0
    measure(page, args.runs, chromium)
    return 0


if __name__ == "__main__":
    sys.exit(main())
