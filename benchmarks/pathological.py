"""Time per KB of one article's analysis on real text and on pathological shapes of text.

Usage: python benchmarks/pathological.py [--sizes 10,100,1000] [--timeout 120] [--cli]

Each shape is generated at about 10 KB, 100 KB and 1 MB and analysed as one article (read,
extract, resolve, link claims) in a child process, so a shape that has gone quadratic is cut off
at ``--timeout`` seconds instead of stalling the run. The table gives milliseconds per KB at
each size and the growth from the smallest to the largest: linear time keeps it near 1×. Real
text is SaudiNewsNet (../shared/corpora/saudinewsnet/) when present, else sentences written
here; the script says which. With ``--cli`` it also writes each shape at 150 KB and times
``python -m tracker report FILE --format json`` on it, start-up included.

Times are CPU seconds (user + system) of the process doing the work, so that other jobs on a
shared machine do not inflate them; the timeout is wall-clock.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import cycle
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import snn

ROOT = Path(__file__).resolve().parents[1]

#: Sentences for the real-text shape when the corpus is absent, and for the mixed shapes.
OWN_SENTENCES = (
    "وقال وزير الخارجية سامح شكري في مؤتمر صحفي إن بلاده تدعم الحل السياسي في ليبيا.",
    "ونقلت وكالة الأنباء الرسمية عن مصدر مطلع قوله إن المحادثات ستستأنف الأسبوع المقبل.",
    "وأفادت صحيفة «الشرق الأوسط» بأن الحكومة تدرس خطة جديدة لدعم المزارعين.",
    "بحسب ما ذكرت وكالة رويترز، فإن أسعار النفط ارتفعت بنسبة 3.5 في المئة أمس.",
    "وأكد المتحدث باسم الجيش: «لن نسمح بأي تهديد لأمن الحدود».",
    "ونفت وزارة الداخلية صحة الأنباء عن إغلاق المعابر الحدودية مع الأردن.",
    "وشهدت المدينة أمطارا غزيرة أدت إلى إغلاق عدد من الطرق الرئيسية صباح اليوم.",
    "The minister said on Tuesday that the talks would resume next week in Geneva.",
    "According to Reuters, oil prices rose 3.5 percent after the announcement.",
)
VOICES = ("وكالة الأنباء", "مصدر مطلع", "صحيفة الحياة", "المتحدث الرسمي", "مسؤول أمريكي")
CONTROLS = ("\u200f", "\u200e", "\u200b", "\u202b", "\u202c", "\u2066", "\u2069", "\ufeff")
EMOJI = ("😀", "🇸🇦", "👍🏽", "❤️", "🔥", "👨‍👩‍👧")


def real_paragraphs() -> tuple[str, list[str]]:
    """Paragraphs of real news text, and where they come from."""
    if snn.available():
        day = snn.unzipped()[0]
        records = json.loads(day.read_text(encoding="utf-8"))
        paragraphs = [
            line.strip()
            for record in records
            for line in str(record.get("content", "")).splitlines()
            if line.strip()
        ]
        return f"SaudiNewsNet ({day.name})", paragraphs
    return "sentences written in benchmarks/pathological.py", list(OWN_SENTENCES)


def fill(size: int, pieces: Callable[[int], str]) -> str:
    """Concatenate pieces(0), pieces(1), … until the text holds ``size`` bytes of UTF-8."""
    out: list[str] = []
    total = 0
    n = 0
    while total < size:
        piece = pieces(n)
        out.append(piece)
        total += len(piece.encode("utf-8"))
        n += 1
    return "".join(out)


def shapes(paragraphs: list[str]) -> dict[str, Callable[[int], str]]:
    """Text generators by shape name: size in bytes → text."""
    paras = paragraphs
    words = " ".join(paras).split()

    def real(size: int) -> str:
        return fill(size, lambda n: paras[n % len(paras)] + "\n\n")

    def one_line(size: int) -> str:
        return fill(size, lambda n: paras[n % len(paras)] + " ")

    def no_stops(size: int) -> str:
        return fill(size, lambda n: words[n % len(words)].strip(".!?؟") + " ")

    def qal_run(size: int) -> str:
        return fill(size, lambda n: "قال ")

    def said_run(size: int) -> str:
        return fill(size, lambda n: "said ")

    def english_run(size: int) -> str:
        return fill(
            size,
            lambda n: f'the minister said "talks will resume {n}", according to Reuters, and ',
        )

    def dashes(size: int) -> str:
        return "«قال» “said” " + fill(size, lambda n: "― ")

    def guillemet_flood(size: int) -> str:
        return fill(size, lambda n: "«" if n % 7 else "« قال ")

    def unclosed_quotes(size: int) -> str:
        return fill(size, lambda n: f"وقال المتحدث {n} «إن الوضع مستقر في المدينة. ")

    def relay_chain(size: int) -> str:
        voices = cycle(VOICES)
        return "نقلت " + fill(size, lambda n: f"{next(voices)} {n} عن ") + "مصدر: «تم»."

    def controls(size: int) -> str:
        marks = cycle(CONTROLS)
        return fill(size, lambda n: words[n % len(words)] + next(marks) + " ")

    def crlf_mix(size: int) -> str:
        ends = cycle(("\r\n", "\n", "\r", "\r\n\r\n", "\n\r"))
        return fill(size, lambda n: paras[n % len(paras)] + next(ends))

    def emoji(size: int) -> str:
        faces = cycle(EMOJI)
        return fill(size, lambda n: words[n % len(words)] + " " + next(faces) + " ")

    def repeated_claims(size: int) -> str:
        return fill(
            size,
            lambda n: f"وقال مسؤول أمريكي إن الحكومة ستبني {n} مدرسة جديدة في المدينة هذا العام.\n",
        )

    return {
        "real": real,
        "one 1 MB line": one_line,
        "no full stops": no_stops,
        "run of قال": qal_run,
        "run of said": said_run,
        "English, one sentence": english_run,
        "run of dashes": dashes,
        "flood of «": guillemet_flood,
        "unclosed « per sentence": unclosed_quotes,
        "relay chain": relay_chain,
        "bidi/zero-width": controls,
        "CRLF mix": crlf_mix,
        "emoji": emoji,
        "repeated claims": repeated_claims,
    }


def time_once(shape: str, size: int) -> None:
    """Child process: analyse one generated text and print the seconds it took."""
    from tracker import Registry, analyse_article
    from tracker.readers import parse_article

    _, paragraphs = real_paragraphs()
    text = shapes(paragraphs)[shape](size)
    registry = Registry.load()
    started = time.process_time()
    analyse_article(parse_article(text, f"{shape}.txt"), registry)
    print(time.process_time() - started)


def measure(shape: str, size: int, timeout: float) -> float | None:
    """CPU seconds to analyse the shape at this size, or None when it ran past the timeout."""
    command = [sys.executable, __file__, "--once", shape, str(size)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, env=env, check=True
        )
    except subprocess.TimeoutExpired:
        return None
    return float(done.stdout.strip().splitlines()[-1])


def time_cli(shape: str, paragraphs: list[str], folder: Path) -> float:
    """CPU seconds for `tracker report FILE --format json` on the shape at 150 KB."""
    path = folder / f"{shape.replace(' ', '_').replace('/', '_')}.txt"
    path.write_text(shapes(paragraphs)[shape](150_000), encoding="utf-8", newline="")
    command = [sys.executable, "-m", "tracker", "report", str(path), "--format", "json"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, capture_output=True, env=env, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000", help="sizes in KB, comma separated")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per measurement")
    parser.add_argument("--only", default="", help="shape names to run, comma separated")
    parser.add_argument("--cli", action="store_true", help="also time the CLI on 150 KB files")
    parser.add_argument("--once", nargs=2, metavar=("SHAPE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.once:
        time_once(args.once[0], int(args.once[1]))
        return 0
    origin, paragraphs = real_paragraphs()
    print(f"real text: {origin}")
    sizes = [int(s) * 1000 for s in args.sizes.split(",")]
    wanted = [s for s in args.only.split(",") if s] or list(shapes(paragraphs))
    header = "".join(f"{s // 1000:>8} KB" for s in sizes)
    print(f"{'shape':<26}{header}   ms per KB, growth{'   CLI 150 KB' if args.cli else ''}")
    folder = Path(tempfile.mkdtemp(prefix="tracker-pathological-"))
    for shape in wanted:
        rates = []
        for size in sizes:
            seconds = measure(shape, size, args.timeout)
            rates.append(None if seconds is None else 1000 * seconds / (size / 1000))
        cells = "".join(
            f"{r:>11.2f}" if r is not None else f"{'>' + str(args.timeout):>11}" for r in rates
        )
        first, last = rates[0], rates[-1]
        growth = f"{last / first:.1f}×" if first and last else "n/a"
        cli = f"{time_cli(shape, paragraphs, folder):>10.2f} s" if args.cli else ""
        print(f"{shape:<26}{cells}   {growth:>6}{cli}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
