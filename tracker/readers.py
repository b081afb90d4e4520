"""Read articles from files and stdin, decode them, and find title, publisher and date.

This is the only module that decodes bytes. Scraped pages start with site chrome (a date line,
"رئيس التحرير" and a name, "عاجل", a section name); the header is told apart from the body so
that chrome is never reported as a claim.
"""

from __future__ import annotations

import glob
import hashlib
import json
import re
import sys
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from .errors import InputError
from .lang import detect, header_field, header_labels, mapping, union
from .models import Article, pickled_by_fields
from .text import fold, last_lines

#: Articles larger than this are refused unless the caller raises the limit.
MAX_BYTES = 5_000_000
#: A JSON or JSON Lines file holds many articles: it may be this many times the article limit.
CONTAINER_FACTOR = 200

#: Month names of page-header dates in every language → month number (folded).
_MONTHS = mapping("months")
#: Hijri dates ("رمضان 1445", "1445 هـ"), blanked out before Gregorian dates are looked for.
_HIJRI_ALT = "|".join(sorted(union("hijri_months"), key=lambda m: (-len(m), m)))
_HIJRI = re.compile(rf"({_HIJRI_ALT})\s+\d{{4}}|\d{{4}}\s*هـ|\d{{4}}\s*ه\b")
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})\s*(?:من\s+)?({_MONTH_ALT})(?:\s*[/(-]\s*(?:{_MONTH_ALT})\)?)?\s*,?\s*(\d{{4}})"
)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})")
_ISO = re.compile(r"\b(\d{4})([-/])(\d{1,2})\2(\d{1,2})\b")
_ISO_PREFIX = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")

#: Labels of site chrome seen at the head of scraped news pages.
_CHROME = union("chrome_labels")
_CHROME_LABELS_BEFORE_NAME = union("chrome_before_name")
#: A publisher or author given by label is a name, not a sentence: at most this many words.
MAX_LABELLED_NAME_WORDS = 6
#: The signs that part the items of a menu or a breadcrumb line ("الرئيسية | محليات | رياضة",
#: "الرئيسية > أخبار محلية"), and the label of a breaking bar from its headline ("عاجل | …").
_MENU_MARKS = frozenset("|>»•·")
_LABEL_END = re.compile(r"\s*[:|>»•·–—-]\s*")
#: A clock time in a header line ("11:20", "02:15 ص"): the line stamps when, it names nothing.
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
#: A header line of a date or a time stamp has at most this many words.
MAX_STAMP_WORDS = 8
#: A byline's parts, a place and a name: "القاهرة - فلان", "جدة: فلان", "كتب - فلان".
_BYLINE_PARTS = re.compile(r"\s[-–—]\s|\s?[-–—]\s|\s[-–—]|:")


def decode(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode article bytes; return (text, encoding used).

    UTF-8 (with or without BOM) and UTF-16 with BOM first; then the Arabic code pages
    (Windows-1256, ISO-8859-6) when they give Arabic text; then charset-normalizer's guess.
    Raises InputError naming the file for binary or undecodable input.
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
    arabic = from_bytes(data, cp_isolation=["cp1256", "iso8859_6"]).best()
    if arabic is not None and _mostly_arabic(str(arabic)):
        return str(arabic), arabic.encoding
    guess = from_bytes(data).best()
    if guess is not None:
        return str(guess), guess.encoding
    raise InputError(
        f"{path}: cannot tell the text encoding; re-save it as UTF-8 or pass --encoding"
    )


def _mostly_arabic(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return (
        bool(letters) and sum(1 for ch in letters if "\u0621" <= ch <= "\u064a") > len(letters) / 2
    )


#: Arabic presentation forms (contextual letter shapes and lam-alef ligatures), which some
#: pages carry from old typesetting: "اﻹدارة" written with the one-glyph lam-alef is the word
#: "الإدارة" and must read as it, or no cue or name in it is ever found.
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]+")
#: The UTF-8 lead byte of every character from U+F000 to U+FFFF, presentation forms among them.
_FORMS_LEAD = b"\xef"


def _plain_letters(text: str, encoded: bytes) -> str:
    """Replace Arabic presentation forms by the letters they stand for (NFKC, those runs only).

    ``encoded`` is the text in UTF-8.
    """
    # Every presentation form is written in UTF-8 with the lead byte EF, so a text without that
    # byte (nearly every one) has none: found several times faster than by the pattern.
    if _FORMS_LEAD not in encoded:
        return text
    if _PRESENTATION_FORMS.search(text) is None:
        return text
    return _PRESENTATION_FORMS.sub(lambda run: unicodedata.normalize("NFKC", run[0]), text)


def read_offsets(read_as: str) -> Callable[[int, bool], int]:
    """Map an offset into the text with presentation forms spelt out (``_plain_letters``)
    back to ``read_as``, the text as read: ``at(offset, end)``. An offset inside the letters
    one form stands for maps to the form's start, or to its end when it ends a span."""
    runs: list[tuple[int, int, int, int]] = []  # (plain start, plain end, read start, read end)
    shift = 0
    for run in _PRESENTATION_FORMS.finditer(read_as):
        plain = len(unicodedata.normalize("NFKC", run[0]))
        runs.append((run.start() + shift, run.start() + shift + plain, run.start(), run.end()))
        shift += plain - len(run[0])
    starts = [r[0] for r in runs]

    def at(offset: int, end: bool) -> int:
        k = bisect_right(starts, offset) - 1
        if k < 0:
            return offset
        plain_start, plain_end, read_start, read_end = runs[k]
        if offset >= plain_end:
            return read_end + offset - plain_end
        if offset == plain_start:
            return read_start
        return read_end if end else read_start

    return at


def _article_id(encoded: bytes) -> str:
    """The id of an article, from its text in UTF-8 as read (before _plain_letters)."""
    return "a" + hashlib.sha1(encoded).hexdigest()[:8]


def parse_article(
    text: str,
    path: str,
    *,
    encoding: str = "utf-8",
    publisher: str | None = None,
    published: str | None = None,
    language: str | None = None,
    title: str | None = None,
    url: str | None = None,
    text_source: str = "file",
    author: str | None = None,
) -> Article:
    """Build an Article from decoded text: find the header, title, publisher and date.

    Values given (from options or the article's container) win over what the header says.
    """
    if not text.strip():
        raise InputError(f"{path}: the article is empty; give a file with the article's text")
    encoded = text.encode("utf-8")  # (once, for the id and the look for presentation forms)
    article_id = _article_id(encoded)
    plain = _plain_letters(text, encoded)
    header = find_header(plain)
    return Article(
        id=article_id,
        path=path,
        text=plain,
        read_as=text if len(plain) != len(text) else None,
        title=title or header.title,
        publisher=publisher or header.publisher or footer_publisher(plain, header.body_start),
        published=published or header.date,
        language=language or detect(plain[header.body_start :] or plain),
        encoding=encoding,
        body_start=header.body_start,
        url=url,
        author=author or header.author or _byline_for_title(header.title, title),
        text_source=text_source,
    )


def _byline_for_title(line: str | None, title: str | None) -> str | None:
    """The header line taken for the title, when the article's container gives its own title
    and the line is a byline ("عين الوادي – بغداد" atop a record's body): where the page
    was written from, which a place closing it tells."""
    if title is None or line is None or line == title:
        return None
    return _byline(line)


class Header:
    """What the head of a scraped page says about the article."""

    __slots__ = ("author", "body_start", "date", "publisher", "title")

    def __init__(self) -> None:
        self.title: str | None = None
        self.publisher: str | None = None
        self.date: str | None = None
        self.author: str | None = None
        self.body_start = 0

    def take(self, line: str) -> bool:
        """Take a labelled field line ("Title: …", "الناشر: …"); False when it is none.

        A text file saved by a scraper or by hand often opens with such lines. Read as text,
        the label would be a headline's voice ("Title" said …).
        """
        if (found := header_field(line)) is None:
            return False
        field, value = found[0], line[found[1] :].strip()
        if field == "date":
            self.date = self.date or find_date(value)
            return self.date is not None
        if field == "title":
            self.title = self.title or value
            return True
        if len(value.split()) > MAX_LABELLED_NAME_WORDS:
            return False
        if field == "publisher":
            self.publisher = self.publisher or value
        else:
            self.author = self.author or value
        return True


def _lines(text: str) -> Iterator[tuple[int, str]]:
    # Line by line as asked for: the header ends at the first line of the body, and splitting
    # the whole text would copy all of it.
    pos = 0
    while (end := text.find("\n", pos)) != -1:
        yield pos, text[pos:end]
        pos = end + 1
    yield pos, text[pos:]


def _is_body_line(line: str) -> bool:
    # Splitting off fourteen words is enough to count to fourteen.
    words = line.split(maxsplit=14)
    if len(words) >= 14:
        return not _menu(line)
    return len(words) >= 6 and line.rstrip()[-1:] in '.!?؟:»"”'


#: The marks a headline may close with as a body line does: a question ("هل تنجح …؟") or a
#: quotation ('الوزير: «لن نرفع الأسعار»'); a headline closed by a full stop is rare.
_HEADLINE_CLOSES = frozenset('?؟»"”')


def _headline_over_byline(line: str, text: str, end: int) -> bool:
    """True for a line of under fourteen words closed by a question or quotation mark whose
    next line (after ``end``, blank lines skipped) is a byline or a date stamp: the page's
    headline ("هل تنجح خطة …؟" over "كتب - فلان"), not the first line of its body."""
    if line[-1:] not in _HEADLINE_CLOSES or len(line.split(maxsplit=14)) >= 14:
        return False
    following = _next_text_line(text, end)
    if not following or _is_body_line(following):
        return False
    return _byline(following) is not None or _stamp(following, fold(following))


def _next_text_line(text: str, pos: int) -> str:
    """The first line after ``pos`` that is not blank, stripped ("" when there is none)."""
    while pos < len(text):
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        if line := text[pos:end].strip():
            return line
        pos = end
    return ""


def _menu(line: str) -> bool:
    """True for a site's menu or breadcrumb on one line: its items parted by "|" or ">"
    (twice at least), never by the full stop or the comma of a sentence."""
    # The marks of a sentence first: a body's opening paragraph holds one, and is not split.
    if any(c in line for c in ".،,؟!"):
        return False
    marks = [w for w in line.split() if w in _MENU_MARKS]
    return len(marks) >= 2


def _stamp(line: str, folded: str) -> bool:
    """True for a short header line that only dates or times the page: "منذ ساعتين", "آخر
    تحديث: 11:20", "الأحد 5 يناير 2025 - 02:15 ص" (the date may have been read before)."""
    words = folded.split()
    if len(words) > MAX_STAMP_WORDS:
        return False
    since = union("since")
    units = union("time_units")
    at = next((n for n, w in enumerate(words[:3]) if w in since), None)
    # "منذ ساعتين", "آخر تحديث منذ 3 ساعات": the line ends with the time since ("منذ عامين..
    # مدينة بلا ماء" is a headline).
    ago = at is not None and all(w.isdigit() or w in units for w in words[at + 1 :])
    return _CLOCK.search(line) is not None or ago or find_date(line) is not None


def _chrome(folded: str) -> bool:
    """True for a chrome label, alone or before a separator: "عاجل", "عاجل | …", "آخر تحديث:
    …", "عدد المشاهدات: 1520"; or a link to another story ("الخبر السابق: …")."""
    label = _LABEL_END.split(folded, maxsplit=1)[0]
    return folded in _CHROME or label in _CHROME or label in union("related_labels")


def _byline(line: str) -> str | None:
    """The byline a short header line under the title gives, or None: "كتب - فلان" or "By
    Jane Doe" (after an author label: the name), "القاهرة - فلان", "عمّان - رويترز", "جدة:
    فلان" (a place and a name, or a wire: the line as written, which ``sources`` reads)."""
    if len(line.split()) > MAX_LABELLED_NAME_WORDS + 1:
        return None
    label, _, name = line.partition(" ")
    if header_labels().get(fold(label)) == "author" and name.strip()[:1].isalpha():
        return name.strip()  # "By Jane Doe, Staff Reporter", "بقلم فلان": no mark after it
    parts = [p.strip() for p in _BYLINE_PARTS.split(line, maxsplit=1)]
    if len(parts) != 2 or not all(parts):
        return None
    if header_labels().get(fold(parts[0])) == "author":
        return parts[1]
    return line.strip()


def find_header(text: str) -> Header:
    """Split off the page header: date line, chrome, title and byline before the body."""
    header = Header()
    head: list[tuple[int, str]] = []
    fields_end = 0  # (after the last labelled field line: a short text's body starts there)
    for pos, line in _lines(text):
        stripped = line.strip()
        if stripped and header.take(stripped):
            fields_end = pos + len(line)
            continue
        if not stripped:
            continue
        if _is_body_line(stripped) and not _headline_over_byline(stripped, text, pos + len(line)):
            header.body_start = pos
            break
        head.append((pos, stripped))
        if len(head) > 15:
            return header
    else:
        header.body_start = fields_end
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
        if _chrome(folded) or _menu(line) or _stamp(line, folded):
            continue
        candidates.append((index, line))
    if header.title is not None or not candidates:
        return header
    title_index, header.title = max(candidates, key=lambda c: (len(c[1].split()), -c[0]))
    if len(header.title.split()) < 3:
        header.title = None
        return header
    # Under the title: the byline ("القاهرة - فلان", "كتب - فلان", "عمّان - رويترز") and the
    # page's own name ("الشرفة نيوز"). Above it, a line naming a medium ("صحيفة الشرفة",
    # "قناة المدار") is the site's name.
    after = [line for index, line in candidates if index > title_index]
    bylines = [found for line in after if (found := _byline(line)) is not None]
    if bylines and header.author is None:
        header.author = bylines[0]
    # (A line closed by a colon labels what follows it, "نص الحلقة:": it names no one.)
    names = [
        line
        for line in after
        if _byline(line) is None and 1 <= len(line.split()) <= 4 and not line.endswith(":")
    ]
    media = union("medium_nouns")
    above = [
        line
        for index, line in candidates
        if index < title_index and len(line.split()) <= 4 and fold(line.split()[0]) in media
    ]
    if names:
        header.publisher = names[-1].strip(" -–—|:")
    elif above:
        header.publisher = above[0]
    return header


#: Among how many of a page's last lines (not blank) its copyright line is looked for.
COPYRIGHT_LINES = 6
#: What a copyright line holds beside the words and the name: the sign, years, separators.
_RIGHTS_MARKS = re.compile(r"©|\([cC]\)|\b\d{4}\b|[-–—.,،:]")
#: Fewest copyright words on a line with no "©" ("جميع الحقوق محفوظة").
MIN_RIGHTS_WORDS = 2
#: Most words of the name a copyright line gives.
MAX_FOOTER_NAME_WORDS = 4


def footer_publisher(text: str, start: int = 0) -> str | None:
    """The publisher a page's copyright line names, among its last lines after ``start``:
    "جميع الحقوق محفوظة لصحيفة الشرفة 2025 ©" → "صحيفة الشرفة", "© 2025 The Valley Times.
    All rights reserved." → "The Valley Times"; None when there is none."""
    for line in last_lines(text, start, COPYRIGHT_LINES):
        for part in line.split("|"):
            named = _copyright_named(part)
            if named is not None and 1 <= len(named) <= MAX_FOOTER_NAME_WORDS:
                return " ".join(named)
    return None


def copyright_line(line: str) -> bool:
    """True for a page's copyright line, or a part of it between bars: "©" or two copyright
    words, beside years, marks and a name of at most four words ("جميع الحقوق محفوظة لقناة
    السهول 2025"): no statement of the article."""
    rights = union("copyright_words")
    if "©" not in line:
        words = fold(line).split()
        # (Most lines hold no copyright word at all: one set test in C says so, before the
        # words are counted one by one.)
        if rights.isdisjoint(words) or sum(w in rights for w in words) < MIN_RIGHTS_WORDS:
            return False  # (most lines: one fold of the line, not one of each word)
    return any(
        (named := _copyright_named(part)) is not None and len(named) <= MAX_FOOTER_NAME_WORDS
        for part in line.split("|")
    )


def _copyright_named(part: str) -> list[str] | None:
    """The words of a copyright line's part that are no copyright words, signs or years (the
    name it gives, "for" taken off a medium: "لصحيفة الشرفة" → "صحيفة الشرفة"); None when the
    part is no copyright line."""
    words = _RIGHTS_MARKS.sub(" ", part).split()
    rights = union("copyright_words")
    named = [w for w in words if fold(w) not in rights]
    if "©" not in part and len(words) - len(named) < MIN_RIGHTS_WORDS:
        return None
    if named and named[0][:1] == "ل" and fold(named[0][1:]) in union("medium_nouns"):
        named[0] = named[0][1:]  # "محفوظة لصحيفة الشرفة": "for" the paper
    return named


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
        year, month, day = (int(match.group(k)) for k in (1, 3, 4))
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


def read_bytes(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """Read a file's bytes, refusing missing, unreadable, directory and oversized inputs."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit; "
                "raise it with --max-bytes"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory with no articles") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied; make the file readable") from None


def read_path(
    path: Path,
    *,
    encoding: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> tuple[str, str]:
    """Read and decode one file; return (text, encoding). Raises InputError on bad input."""
    return decode(read_bytes(path, max_bytes=max_bytes), str(path), encoding)


#: File endings read when a directory is given, and the input format each one means.
FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}
_GLOB = re.compile(r"[*?[]")


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Expand directories (recursively, by ending) and globs into files; others pass through."""
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FORMATS
            )
            if not found:
                endings = ", ".join(sorted(FORMATS))
                raise InputError(
                    f"{path}: directory has no articles; it needs files ending {endings}"
                )
            yield from (str(p) for p in found)
        elif raw != "-" and not path.exists() and _GLOB.search(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise InputError(f"{raw}: no files match this pattern; check it")
            yield from expand_paths(matches)
        else:
            yield raw


def input_format(path: str, forced: str | None) -> str:
    """The format of an input: forced by --format-in, else from the file ending (text default)."""
    if forced:
        return forced
    return FORMATS.get(Path(path).suffix.lower(), "text")


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Document:
    """One article's text with what its container says about it, before it is analysed."""

    path: str
    text: str
    encoding: str = "utf-8"
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    language: str | None = None
    author: str | None = None
    #: "file", "html-main" or "json-field": what the article's offsets index.
    text_source: str = "file"


#: Field names looked for in JSON records, per meaning; --field MEANING=NAME puts NAME first.
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article"),
    "id": ("id", "doc_id", "uid"),
    "title": ("title", "headline"),
    "publisher": ("publisher", "source", "site", "outlet", "sitename"),
    "date": ("date", "published", "published_at", "date_published", "date_extracted"),
    "url": ("url", "link", "canonical_url"),
    "language": ("language", "lang"),
    "author": ("author", "byline", "writer"),
}


def read_documents(
    path: str,
    *,
    fmt: str | None = None,
    encoding: str | None = None,
    max_bytes: int = MAX_BYTES,
    fields: dict[str, str] | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | InputError]:
    """Read the articles in one input: a text or HTML file, JSON Lines, a JSON array or object.

    Yields a Document per article, or an InputError for a record that cannot be read (a
    malformed JSON line, a record without text) so that the rest is still read. Raises
    InputError when the input as a whole cannot be read.
    """
    kind = input_format(path, fmt)
    if path == "-":
        data = (stdin or sys.stdin.buffer).read()
        if len(data) > max_bytes:
            raise InputError(
                f"<stdin>: over the {max_bytes:,}-byte limit; raise it with --max-bytes"
            )
        name = "<stdin>"
    else:
        container = kind in ("json", "jsonl")
        data = read_bytes(Path(path), max_bytes=max_bytes * (CONTAINER_FACTOR if container else 1))
        name = path
    text, used = decode(data, name, encoding)
    del data  # a corpus file is large: keep one copy of it, not two
    if kind == "html":
        yield _html_document(name, text, used)
    elif kind in ("json", "jsonl"):
        records = _json_documents(name, text, used, kind, {**FIELDS, **_mapped(fields)})
        del text
        for found in records:
            if isinstance(found, Document) and len(found.text.encode("utf-8")) > max_bytes:
                yield InputError(
                    f"{found.path}: the article's text is over the "
                    f"{max_bytes:,}-byte limit; raise it with --max-bytes"
                )
            else:
                yield found
    else:
        yield Document(name, text, used)


def _mapped(fields: dict[str, str] | None) -> dict[str, tuple[str, ...]]:
    return {meaning: (name, *FIELDS[meaning]) for meaning, name in (fields or {}).items()}


def _html_document(path: str, html: str, encoding: str) -> Document:
    """The main text and metadata of a saved web page, without its navigation and ads."""
    if not html.strip():
        raise InputError(f"{path}: the page is empty; give a saved HTML page")
    import trafilatura  # only HTML needs it, and it is slow to load

    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    text = getattr(found, "text", None) if found is not None else None
    if not text or not text.strip():
        raise InputError(
            f"{path}: no article text found in this HTML page; save the complete page "
            "or give the article as a .txt file"
        )
    title = getattr(found, "title", None)
    if title and title.strip() and not text.lstrip().startswith(title.strip()):
        # The headline reports as the body does ("الوزير: …"): it heads the text, as on the
        # page, where the extractor reads it (``extract.title_line``).
        text = f"{title.strip()}\n\n{text}"
    return Document(
        path=path,
        text=text,
        encoding=encoding,
        title=title,
        publisher=getattr(found, "sitename", None),
        date=_iso_date(getattr(found, "date", None)),
        url=getattr(found, "url", None),
        language=getattr(found, "language", None),
        author=page_byline(html) or getattr(found, "author", None),
        text_source="html-main",
    )


#: Meta tags that hold a page's byline as the site wrote it.
_BYLINE_METAS = frozenset({"author", "article:author", "byl", "dc.creator", "parsely-author"})
#: Class, id or itemprop words of the element that shows the byline on the page.
_BYLINE_MARKS = re.compile(r"byline|author|writer|credit", re.I)
#: Longest byline element text kept: a byline is a name, a place and a wire, not a biography.
MAX_BYLINE_CHARS = 80
#: Elements with no end tag: they never open a level inside a byline element.
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)


class _BylineParser(HTMLParser):
    """Collects the byline meta tags and the text of byline elements of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []  # the byline meta tags
        self.shown: list[str] = []  # the byline elements' text
        self._depth = 0  # inside a byline element: its nesting depth, else 0
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta":
            key = (values.get("name") or values.get("property") or "").lower()
            if key in _BYLINE_METAS and values.get("content", "").strip():
                self.found.append(values["content"].strip())
        elif tag in _VOID:
            return
        elif self._depth:
            self._depth += 1
        elif _BYLINE_MARKS.search(" ".join(values.get(k, "") for k in ("class", "id", "itemprop"))):
            self._depth, self._text = 1, []

    def handle_endtag(self, tag: str) -> None:
        if self._depth and tag not in _VOID:
            self._depth -= 1
            text = " ".join("".join(self._text).split())
            if not self._depth and 0 < len(text) <= MAX_BYLINE_CHARS:
                self.shown.append(text)

    def handle_data(self, data: str) -> None:
        if self._depth:
            self._text.append(data)


def page_byline(html: str) -> str | None:
    """A page's byline as the site wrote it: its author meta tags and byline elements, joined
    by " | " ("عمان - رويترز | سلمى حداد"). A wire credited there is the article's outermost
    voice, and extractors that tidy author names cut it off ("عمان - رويترز" → "عمان")."""
    parser = _BylineParser()
    parser.feed(html)
    parser.close()
    # A byline element that only dates the page ("الأربعاء 9 أكتوبر 2024") adds nothing, when
    # a meta tag named the author.
    shown = [t for t in parser.shown if not (parser.found and find_date(t))]
    return " | ".join(dict.fromkeys(map(_unlabelled, parser.found + shown))) or None


def _unlabelled(byline: str) -> str:
    """A byline without the author label before it: "كتب: فلان" → "فلان", "By: X" → "X"."""
    found = header_field(byline)
    return byline[found[1] :].strip() if found is not None and found[0] == "author" else byline


def _json_documents(
    path: str, text: str, encoding: str, kind: str, fields: dict[str, tuple[str, ...]]
) -> Iterator[Document | InputError]:
    if kind == "json" and _is_one_object(text):
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            if exc.msg != "Extra data" and exc.lineno > _first_line_number(text):
                raise InputError(
                    f"{path}: not valid JSON at line {exc.lineno} ({exc.msg}); fix the file"
                ) from None
        else:
            yield _record(path, record, encoding, fields)
            return
    if kind == "json" and text.lstrip().startswith("["):
        try:
            records = json.loads(text)
            del text
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{path}: not valid JSON at line {exc.lineno} ({exc.msg}); fix the file "
                "or give it as JSON Lines"
            ) from None
        if not isinstance(records, list):
            raise InputError(f"{path}: expected a JSON array of article objects")
        # Let each record go once read: a corpus file holds tens of thousands of them.
        records.reverse()
        number = 0
        while records:
            number += 1
            yield _record(f"{path}#{number}", records.pop(), encoding, fields)
        return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{path}:{number}: not valid JSON ({exc.msg}); fix or remove the line")
            continue
        yield _record(f"{path}:{number}", record, encoding, fields)


def _is_one_object(text: str) -> bool:
    """Whether JSON text opens an object over several lines: one article, not JSON Lines."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first.lstrip().startswith("{"):
        return False
    try:
        json.loads(first)
    except json.JSONDecodeError:
        return True
    return False


def _first_line_number(text: str) -> int:
    """The number of the first line that is not blank (1 for an empty text)."""
    return next((n for n, line in enumerate(text.splitlines(), 1) if line.strip()), 1)


def _record(
    where: str, record: object, encoding: str, fields: dict[str, tuple[str, ...]]
) -> Document | InputError:
    if not isinstance(record, dict):
        return InputError(f"{where}: not a JSON object; each article must be an object")

    def field(meaning: str) -> str | None:
        for name in fields[meaning]:
            value = record.get(name)
            if isinstance(value, (str, int, float)) and str(value).strip():
                return str(value).strip()
        return None

    text = field("text")
    if text is None:
        names = "/".join(fields["text"][:3])
        return InputError(
            f"{where}: no article text (looked for {names}); map it with --field text=NAME"
        )
    record_id = field("id")
    return Document(
        path=f"{where.rsplit('#', 1)[0].rsplit(':', 1)[0]}#{record_id}" if record_id else where,
        text=text,
        encoding=encoding,
        title=field("title"),
        publisher=field("publisher"),
        date=_iso_date(field("date")),
        url=field("url"),
        language=field("language"),
        author=field("author"),
        text_source="json-field",
    )


def _iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD from an ISO timestamp ("2015-07-21 02:51:32") or a written date."""
    if not value:
        return None
    match = _ISO_PREFIX.match(value.strip())
    if match:
        return _valid(*(int(g) for g in match.groups()))
    return find_date(value)
