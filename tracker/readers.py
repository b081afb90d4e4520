"""Read articles from files and stdin, decode them, and find title, publisher and date.

This is the only module that decodes bytes. Scraped pages start with site chrome (a date line,
"رئيس التحرير" and a name, "عاجل", a section name); the header is told apart from the body so
that chrome is never reported as a claim.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import InputError
from .models import Article
from .text import fold, script_of

#: Articles larger than this are refused unless the caller raises the limit.
MAX_BYTES = 5_000_000

_MONTHS = {
    # Gregorian names used across the Arab world, Levantine/Iraqi names, and English.
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
    "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "يونيه": 6, "يوليه": 7, "اغسطس/اب": 8, "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5,
    "جوان": 6, "جويليه": 7, "اوت": 8,
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
    "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_HIJRI = re.compile(
    r"(محرم|صفر|ربيع الاول|ربيع الاخر|ربيع الثاني|جمادي الاولي|جمادي الاخره|جمادي الثانيه|رجب|"
    r"شعبان|رمضان|شوال|ذو القعده|ذي القعده|ذو الحجه|ذي الحجه)\s+\d{4}|\d{4}\s*هـ|\d{4}\s*ه\b"
)
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})\s*(?:من\s+)?({_MONTH_ALT})(?:\s*[/(-]\s*(?:{_MONTH_ALT})\)?)?\s*,?\s*(\d{{4}})"
)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})")
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")

#: Labels of site chrome seen at the head of scraped Arabic and English news pages.
_CHROME = frozenset(
    fold(w)
    for w in (
        "عاجل", "الرئيسية", "الرئيسيه", "رئيس التحرير", "رئيس مجلس الإدارة", "المدير العام",
        "مدير التحرير", "اخبار", "أخبار", "آخر الأخبار", "اخر الاخبار", "تابعنا", "اشترك",
        "القائمة", "بحث", "شارك", "مشاركة", "طباعة", "Next Previous", "Home", "Breaking",
        "Menu", "Search", "Share", "Subscribe", "Advertisement", "إعلان",
    )
)  # fmt: skip
_CHROME_LABELS_BEFORE_NAME = frozenset(
    fold(w) for w in ("رئيس التحرير", "رئيس مجلس الإدارة", "المدير العام", "مدير التحرير")
)


def decode(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode article bytes; return (text, encoding used).

    UTF-8 with or without BOM, UTF-16 with BOM and Windows-1256 are recognised. Raises
    InputError naming the file for binary or undecodable input.
    """
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(
                f"{path}: cannot decode as {encoding} ({exc.__class__.__name__}); "
                "try another --encoding"
            ) from None
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: looks like a binary file, not an article; give a text file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1256", errors="replace")
    letters = sum(1 for ch in text if ch.isalpha())
    arabic = sum(1 for ch in text if "\u0621" <= ch <= "\u064a")
    if letters and arabic / letters > 0.5 and "\ufffd" not in text:
        return text, "cp1256"
    raise InputError(
        f"{path}: not valid UTF-8 and not Arabic Windows-1256; "
        "re-save it as UTF-8 or pass --encoding"
    )


def _article_id(text: str) -> str:
    return "a" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def parse_article(
    text: str,
    path: str,
    *,
    encoding: str = "utf-8",
    publisher: str | None = None,
    published: str | None = None,
    language: str | None = None,
) -> Article:
    """Build an Article from decoded text: find the header, title, publisher and date."""
    if not text.strip():
        raise InputError(f"{path}: the article is empty; give a file with the article's text")
    header = find_header(text)
    return Article(
        id=_article_id(text),
        path=path,
        text=text,
        title=header.title,
        publisher=publisher or header.publisher,
        published=published or header.date,
        language=language or script_of(text[header.body_start :] or text),
        encoding=encoding,
        body_start=header.body_start,
    )


class Header:
    """What the head of a scraped page says about the article."""

    __slots__ = ("body_start", "date", "publisher", "title")

    def __init__(self) -> None:
        self.title: str | None = None
        self.publisher: str | None = None
        self.date: str | None = None
        self.body_start = 0


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _is_body_line(line: str) -> bool:
    words = line.split()
    if len(words) >= 14:
        return True
    return len(words) >= 6 and line.rstrip()[-1:] in ".!?؟:»\"”"


def find_header(text: str) -> Header:
    """Split off the page header: date line, chrome, title and byline before the body."""
    header = Header()
    head: list[tuple[int, str]] = []
    for pos, line in _lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        if _is_body_line(stripped):
            header.body_start = pos
            break
        head.append((pos, stripped))
        if len(head) > 15:
            return header
    else:
        return header
    candidates: list[tuple[int, str]] = []
    after_label = False
    for index, (_, line) in enumerate(head):
        folded = fold(line)
        if header.date is None and (found := find_date(line)):
            header.date = found
            continue
        if after_label:
            after_label = False
            continue
        if folded in _CHROME_LABELS_BEFORE_NAME:
            after_label = True
            continue
        if folded in _CHROME or folded.split(":")[0] in _CHROME:
            continue
        candidates.append((index, line))
    if not candidates:
        return header
    title_index, header.title = max(candidates, key=lambda c: (len(c[1].split()), -c[0]))
    if len(header.title.split()) < 3:
        header.title = None
        return header
    after = [line for index, line in candidates if index > title_index]
    if after and 1 <= len(after[-1].split()) <= 4:
        header.publisher = after[-1].strip(" -–—|:")
    return header


def find_date(line: str) -> str | None:
    """Return the Gregorian date in a line as YYYY-MM-DD, never the Hijri one beside it."""
    folded = fold(line)
    masked = _HIJRI.sub(lambda m: " " * len(m.group()), folded)
    for match in _DAY_MONTH_YEAR.finditer(masked):
        day, month, year = int(match.group(1)), _MONTHS[match.group(2)], int(match.group(3))
        if (iso := _valid(year, month, day)) is not None:
            return iso
    for match in _MONTH_DAY_YEAR.finditer(masked):
        month, day, year = _MONTHS[match.group(1)], int(match.group(2)), int(match.group(3))
        if (iso := _valid(year, month, day)) is not None:
            return iso
    for match in _ISO.finditer(masked):
        year, month, day = (int(g) for g in match.groups())
        if (iso := _valid(year, month, day)) is not None:
            return iso
    for match in _NUMERIC.finditer(masked):
        day, month, year = (int(g) for g in match.groups())
        if (iso := _valid(year, month, day)) is not None:
            return iso
    return None


def _valid(year: int, month: int, day: int) -> str | None:
    # Hijri years (14xx) are never taken for Gregorian ones.
    if not 1800 <= year <= 2200 or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def read_path(
    path: Path,
    *,
    encoding: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> tuple[str, str]:
    """Read and decode one file; return (text, encoding). Raises InputError on bad input."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit; "
                "raise it with --max-bytes"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory with no articles") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied; make the file readable") from None
    return decode(data, str(path), encoding)


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Expand directories into their .txt files (sorted); other paths pass through."""
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            found = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not found:
                raise InputError(f"{path}: directory has no .txt articles; point at .txt files")
            yield from (str(p) for p in found)
        else:
            yield raw

