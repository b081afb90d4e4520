"""Attribution finding: from an article's sentences to raw attributions and own-voice statements."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from . import lang
from .lang import Known, Words
from .models import Article, Attribution, QuoteKind, RawAttribution, SourceKind, Stance
from .readers import copyright_line
from .text import Sentence, fold, split_sentences, trim_span, words_of

#: A sentence in the publisher's own words shorter than this (in words) is not listed as a claim.
MIN_STATEMENT_WORDS = 6
#: The same for the part of a sentence left over around an attribution ("وعن شكل التنسيق،").
MIN_FRAGMENT_WORDS = 9
#: A whole line of fewer words than this, with no closing mark, is a heading, not a sentence.
_HEADING_WORDS = 7


def body_sentences(article: Article) -> list[Sentence]:
    """Sentences of the article body, without headings (short lines with no full stop),
    without the headlines a page lists under "اقرأ أيضا" / "Related" (lines with no closing
    mark after such a label, numbered or not, up to the next paragraph that has one) or links
    on one line ("رابط الخبر بصحيفة الساحل: …"), the signature line of an embedded post ("—
    الهيئة (@account) June 15, 2025"), the page's copyright line, and without the readers'
    comments below a label of them ("التعليقات", "4 تعليقات") and all that follows it."""
    text = article.text
    related = lang.union("related_labels")
    out = []
    listing = False  # (inside a block of links to other stories)
    link_end = -1  # (the end of the line of a link's headline)
    pictured = False  # (just after a gallery's count of its pictures: a caption follows)
    for sentence in split_sentences(text, article.body_start):
        if sentence.start < link_end:
            continue
        if _names_a_link(text, sentence, related):
            # The headline may hold a colon or a full stop of its own: its line goes.
            found = text.find("\n", sentence.start)
            link_end = len(text) if found < 0 else found
            continue
        if _whole_line(text, sentence):
            chunk = text[sentence.start : sentence.end]
            ends = chunk.rstrip()
            closed = _closes(ends)
            label = fold(ends.split(":", 1)[0].strip())
            if _comments_label(label):
                break  # (readers' words, then the page's footer: none of it the article's)
            if label in related:
                listing = ":" not in ends  # "اقرأ أيضا: …" is one link on its line
                continue
            # "الصورة 3 من 6" above a gallery's caption: neither is a statement.
            captioned, pictured = pictured, _picture_count(ends)
            if pictured or (captioned and not closed):
                continue
            if (listing and not closed) or _caption(ends) or _EMBED_SIGNATURE.match(ends):
                continue
            if copyright_line(ends):
                continue  # (the page's footer: "جميع الحقوق محفوظة لـ… 2025")
            listing = False
            # Splitting off seven words is enough to tell whether there are fewer.
            short = len(chunk.split(maxsplit=_HEADING_WORDS - 1)) < _HEADING_WORDS
            # A short line ending in a closing quotation mark (” ″ ’ » '') is speech, not a
            # heading.
            if short and not closed and ends[-1:] != ":":
                continue
        else:
            pictured = False  # (a caption is a line of its own)
            if listing and not _closes(_line_of(text, sentence).rstrip()):
                continue  # (a numbered headline of the list: "1." and its words)
            listing = False
        out.append(sentence)
    return out


def _closes(line: str) -> bool:
    """True when a line ends with a full stop, a question mark or a closing quotation mark."""
    return line[-1:] in '.!?؟»"”’″' or line[-2:] == "''"


def _line_of(text: str, sentence: Sentence) -> str:
    """The whole line a sentence stands on."""
    end = text.find("\n", sentence.end)
    return text[text.rfind("\n", 0, sentence.start) + 1 : len(text) if end < 0 else end]


#: A count or brackets beside a label of comments ("4 تعليقات", "التعليقات (2)").
_COUNTED = re.compile(r"[\d\u0660-\u0669()\[\]]+")


def _comments_label(label: str) -> bool:
    """True for a line that only labels readers' comments, with their count or without."""
    return " ".join(_COUNTED.sub(" ", label).split()) in lang.union("comment_labels")


def _names_a_link(text: str, sentence: Sentence, related: frozenset[str]) -> bool:
    """True for a sentence opening with the label of a link to another story, the page's name
    after it, and a colon before the headline ("رابط الخبر بصحيفة الساحل: …"), at the start
    of its line or after another sentence on it."""
    colon = text.find(":", sentence.start, sentence.end)
    if colon < 0:
        return False
    label = fold(text[sentence.start : colon].strip())
    return label.startswith(_link_label_heads(related))


@cache
def _link_label_heads(related: frozenset[str]) -> tuple[str, ...]:
    """The labels of links of two words or more, each with the space after it: one
    str.startswith of them all tells a sentence that opens with one."""
    # A label of one word ("Related") opens too many sentences to count alone.
    return tuple(sorted(known + " " for known in related if " " in known))


#: The signature line of an embedded post: "— وزارة الصحة (@health_ministry) June 15, 2025".
_EMBED_SIGNATURE = re.compile(r"[—–-]\s*[^\n()]{1,60}\(@\w{1,30}\)")
#: The opening of a bracketed photo credit and its first word: "(تصوير: …)", "( Photo by …".
_BRACKETED_WORD = re.compile(r"[(\[]\s*(\w+)")


def _caption(line: str) -> bool:
    """A line that ends with a bracketed photo credit ("… (تصوير: سالم العمر)"): a picture's
    caption, no statement."""
    if not line.endswith((")", "]")):
        return False
    opening = max(line.rfind("("), line.rfind("["))
    found = _BRACKETED_WORD.match(line, opening) if opening >= 0 else None
    return found is not None and fold(found.group(1)) in lang.union("caption_labels")


#: A gallery's count of its pictures: "الصورة 3 من 6", "صورة 2/8", "Photo 4 of 9".
_PICTURE_COUNT = re.compile(r"(\w+)\s+\d+\s*(?:/|\w+)\s*\d+")


def _picture_count(line: str) -> bool:
    """A line that only counts a gallery's pictures ("الصورة 3 من 6"), above a caption."""
    found = _PICTURE_COUNT.fullmatch(line)
    return found is not None and fold(found.group(1)) in lang.union("caption_labels")


def _whole_line(text: str, sentence: Sentence) -> bool:
    """True when only spaces and tabs stand between the sentence and the ends of its line."""
    # Walk over the blanks beside the sentence rather than strip a copy of the text before and
    # after it: copies would make splitting a long article quadratic.
    before = sentence.start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    after = sentence.end
    while after < len(text) and text[after] in " \t":
        after += 1
    return (before == 0 or text[before - 1] == "\n") and (after == len(text) or text[after] == "\n")


def extract(
    article: Article, known: Known, sentences: Sequence[Sentence] | None = None
) -> tuple[list[RawAttribution], list[tuple[int, int]]]:
    """Find attributions and the publisher's own statements in an article.

    Returns the raw attributions in text order and the (start, end) spans of statements made in
    the publisher's own voice. ``sentences`` are the body's sentences when already split.
    """
    if sentences is None:
        sentences = body_sentences(article)
    rules = lang.get(article.language)
    title = title_line(article)
    if title is not None and title.start == 0 and rules.reads_first_line:
        title = None  # (the extractor reads it already)
    if title is None or any(s.start <= title.start < s.end for s in sentences):
        raws = rules.extract(article.text, sentences, known)
        return raws, own_voice(article.text, sentences, raws, rules.words.speaker_acts)
    # A headline reports as a sentence does ("الوزير: …", "مصدر لـX: …", "X ينفي …"), its voice
    # first. It is read after the body, as a summary of it, so that a role it names alone
    # ("مدرب المنتخب: …") is the man the body names with that role. It gives attributions
    # only, never a statement in the publisher's own voice.
    raws = []
    headline = []
    for raw in rules.extract(article.text, [*sentences, title], known):
        if raw.cue_start < title.start or raw.cue_start >= title.end:
            if raw.end <= title.start or raw.start >= title.end:
                raws.append(raw)
        elif _headline_voice(raw):
            headline.append(_body_voice(article.text, raw, raws))
    return [*raws, *headline], own_voice(article.text, sentences, raws, rules.words.speaker_acts)


def _body_voice(text: str, head: RawAttribution, body: Sequence[RawAttribution]) -> RawAttribution:
    """A headline's voice of one word is the body voice whose name or title holds it: "النقابة:
    …" is "رئيس نقابة الشاحنات فلان", "الداخلية تنفي …" the spokesman of "وزارة الداخلية".
    Of several, the one whose content shares most words with the headline's."""
    voice = head.source
    word = lang.content_words(voice.name) if voice is not None else []
    if voice is None or len(word) != 1 or len(voice.name.split()) != 1:
        return head
    mine = set(lang.content_words(text[head.start : head.end]))
    best: tuple[int, int] | None = None
    found = head
    for n, raw in enumerate(body):
        theirs = raw.source
        if theirs is None or theirs.name == voice.name:
            continue
        if not _named_in(word[0], f"{theirs.descriptor} {theirs.name}"):
            continue
        rank = (len(mine.intersection(lang.content_words(text[raw.start : raw.end]))), -n)
        if best is None or rank > best:
            best, found = rank, replace(head, source=theirs)
    return found


def _named_in(word: str, described: str) -> bool:
    """Whether a body voice's descriptor or name holds a headline's one word as part of its
    name or title ("رئيس نقابة الشاحنات" holds "النقابة"), not after a function word: "مدير
    الفرع في الكويت" only works there, and the headline "الكويت: …" is the state's."""
    words = words_of(fold(described))
    stopwords = lang.union("stopwords")
    return any(
        lang.content_words([w]) == [word] and (n == 0 or words[n - 1] not in stopwords)
        for n, w in enumerate(words)
    )


def _headline_voice(raw: RawAttribution) -> bool:
    """A headline names its voice before the cue ("الوزير ينفي …"); a voice read after it
    ("ينفي شائعة طلاقه على …") is the object taken for a subject."""
    return raw.source is not None and raw.source.start < raw.cue_start


#: A label before a bar opening a title ("مباشر | …", "فيديو | …") has at most this many words.
MAX_TITLE_LABEL_WORDS = 3


def title_line(article: Article) -> Sentence | None:
    """The article's title as a sentence, when it stands alone on a line of the header above
    the body (a saved page's headline); None when the text does not hold it there."""
    if not article.title or article.body_start <= 0:
        return None
    at = article.text.find(article.title, 0, article.body_start)
    if at < 0:
        return None
    end = at + len(article.title)
    line = article.text.rfind("\n", 0, at) + 1
    if line < at and lang.header_field(article.text, line) != ("title", at):
        return None  # inside a line, not after a label ("العنوان: …", "Title: …")
    if article.text[end : end + 1] not in ("", "\n", "\r"):
        return None
    label, bar, rest = article.title.partition(" | ")
    if bar and len(label.split()) <= MAX_TITLE_LABEL_WORDS and rest.strip():
        at += len(label) + len(bar)  # "فيديو | الوزير: …", "حصاد المساء | …": the show's label
    return Sentence(at, end, -1)


def own_voice(
    text: str,
    sentences: Sequence[Sentence],
    raws: Sequence[RawAttribution],
    acts: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Spans of sentences (or long parts of them) that no attribution covers.

    A part of a sentence that opens with one of ``acts`` (``Words.speaker_acts``: "داعيا
    الجهات إلى …" after what was said) tells what the speaker did besides: no statement.
    """
    covered = _covered(raws)
    ends = [b for _, b in covered]
    spans: list[tuple[int, int]] = []
    for sentence in sentences:
        pos = sentence.start
        pieces = []
        # Only the covered spans that reach into the sentence are looked at, found by bisection.
        for k in range(bisect_right(ends, sentence.start), len(covered)):
            a, b = covered[k]
            if a >= sentence.end:
                break
            if a > pos:
                pieces.append((pos, a))
            pos = max(pos, b)
        if pos < sentence.end:
            pieces.append((pos, sentence.end))
        elif not pieces:
            continue
        whole = (sentence.start, sentence.end)
        trimmed = trim_span(text, *whole)
        for a, b in pieces:
            # Most sentences are one piece, the whole sentence, trimmed just above.
            a, b = trimmed if (a, b) == whole else trim_span(text, a, b)
            piece = text[a:b]
            if piece.rstrip().endswith(("؟", "?")):
                continue
            need = MIN_STATEMENT_WORDS if (a, b) == trimmed else MIN_FRAGMENT_WORDS
            if acts and (a, b) != trimmed and _opens_with_act(piece, acts):
                continue
            # Splitting off ``need`` words is enough to tell whether there are that many.
            if len(piece.split(maxsplit=need)) >= need:
                spans.append((a, b))
    return spans


#: A background clause inside a content holds this many words at least, and at most
#: ``_BACKGROUND_MOST`` (a longer one runs into what the voice reports).
_BACKGROUND_LEAST = 5
_BACKGROUND_MOST = 30
#: One word of a content, with the punctuation around it.
_WORD = re.compile(r"\S+")
#: A figure: a digit, Western or Arabic-Indic.
_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
#: A year: four digits from 1900 to 2099.
_YEAR = re.compile(r"(?:19|20|\u0661\u0669|\u0662\u0660)[0-9\u0660-\u0669]{2}")
#: Marks that open or close a quotation inside a content.
_QUOTE_MARKS = frozenset('"«»“”″')
#: Punctuation and quotation marks around a word.
_MARKS_AROUND = '"«»“”″،,;؛:.()'
#: Clause punctuation that may end a background clause.
_CLAUSE_ENDS = frozenset("،,;؛:.")


def background(
    text: str, contents: Iterable[tuple[int, int]], words: Words
) -> list[tuple[int, int]]:
    """Spans inside reported contents (``contents``: their spans) that the publisher tells in
    its own voice.

    A reported content often carries the writer's background: a relative clause with a date
    ("… السفينة التي غرقت منذ ثلاثة أشهر"), or the circumstances with a figure ("في ظل تراجع
    الصادرات إلى 40 مليونا"). Such a clause is a checkable statement of the publisher (or of
    the wire it credits), listed beside the attribution, which keeps its whole content. A
    clause in quotation marks is the voice's own words and is left.
    """
    if not (words.relative_pronouns or words.background_leads):
        return []
    spans: list[tuple[int, int]] = []
    for start, end in contents:
        if end - start >= _BACKGROUND_LEAST * 4:
            spans += _background_in(text, start, end, words)
    return spans


def _background_in(text: str, start: int, end: int, words: Words) -> list[tuple[int, int]]:
    """The background clauses of one content (see ``background``).

    Only the words from each place an opener's pattern finds (``_openers``) are split and
    folded: most contents hold no aside, and folding every word of every content cost an
    eighth of the extraction."""
    out: list[tuple[int, int]] = []
    depth, seen = 0, start  # the quotation depth at ``seen``; nothing before it is read again
    for found in _openers(words).finditer(text, start, end):
        at = found.start()
        if at < seen:
            continue
        depth, seen = _depth_over(text, seen, at, depth), at
        if depth or not _may_open(text, at, end, start, words):
            continue
        tokens = []
        for match in _WORD.finditer(text, at, end):
            tokens.append((match.start(), match.end()))
            if len(tokens) > _BACKGROUND_MOST:
                break
        folds = [fold(_bare_word(text, token)) for token in tokens]
        clause = _clause_after(text, tokens, folds, words, first=at == start)
        if clause:
            span = trim_span(text, at, tokens[clause - 1][1])
            out.append(span)
            depth, seen = _depth_over(text, seen, span[1], depth), span[1]
    return out


def _may_open(text: str, at: int, end: int, start: int, words: Words) -> bool:
    """A cheap first look at an opener found at ``at``: a relative pronoun opens an aside only
    past the content's first word and before a past verb (most do not: "التي تضم"), so the
    words after it need not be split and folded."""
    pair = _TWO_WORDS.match(text, at, end)
    if pair is None:
        return False
    first = fold(pair.group(1).strip(_MARKS_AROUND))
    bare = _without_and(first)
    if bare not in words.relative_pronouns:
        return True
    return at != start and _in_past(fold(pair.group(2).strip(_MARKS_AROUND)), words)


#: The first two words from a place in a text.
_TWO_WORDS = re.compile(r"(\S+)\s+(\S+)")


def _clause_after(
    text: str, tokens: list[tuple[int, int]], folds: list[str], words: Words, *, first: bool
) -> int:
    """How many of ``tokens`` (from an opener on) an aside takes, or 0 when they open none:
    a relative pronoun (not the content's first word) before a past verb, dated soon enough
    (``_dated_end``), or a lead of ``Words.background_leads`` before a figure."""
    bare = _without_and(folds[0])
    if bare in words.relative_pronouns:
        if first or len(tokens) < 2 or not _in_past(folds[1], words):
            return 0
        clause = _dated_end(text, tokens, folds, 1, words)
    else:
        opens = next(
            (
                n
                for n in (4, 3, 2, 1)
                if n < len(tokens) and " ".join([bare, *folds[1:n]]) in words.background_leads
            ),
            0,
        )
        if not opens:
            return 0
        clause = _clause_end(text, tokens, folds, opens, words, at_year=True)
        counted = any(
            _DIGIT.search(text[tokens[j][0] : tokens[j][1]])
            or folds[j] in words.cardinals
            or folds[j] in words.count_words
            for j in range(opens, clause)
        )
        clause = clause if counted else 0
    return clause if _BACKGROUND_LEAST <= clause <= _BACKGROUND_MOST else 0


def _depth_over(text: str, start: int, end: int, depth: int) -> int:
    """The quotation depth after text[start:end], from ``depth`` before it."""
    for match in _QUOTE_FINDER.finditer(text, start, end):
        depth += _quote_change(match.group(), depth)
    return depth


#: Quotation marks, found one by one.
_QUOTE_FINDER = re.compile(f"[{''.join(sorted(_QUOTE_MARKS))}]")
#: Each folded letter and the letters that fold to it.
_UNFOLDED = {"ا": "[اأإآٱ]", "ي": "[يى]", "ه": "[هة]"}


def _openers(words: Words) -> re.Pattern[str]:
    """Where an aside may open: a relative pronoun or a lead (``Words``), written in any of the
    forms that fold to them, with "و" or not, as a whole word."""
    return _openers_of(words.relative_pronouns, words.background_leads)


@cache
def _openers_of(pronouns: frozenset[str], leads: frozenset[str]) -> re.Pattern[str]:
    """The pattern of ``_openers`` for these folded forms (one per language)."""
    spelled = [
        r"\s+".join("".join(_UNFOLDED.get(c, re.escape(c)) for c in part) for part in form.split())
        for form in sorted(pronouns | leads, key=len, reverse=True)
    ]
    return re.compile(rf"(?<!\w)و?(?:{'|'.join(spelled)})(?!\w)")


#: A relative clause is dated by a date within this many words of its pronoun, and runs on
#: to each further date within ``_DATE_GAP`` words of the one before.
_DATE_FIRST = 8
_DATE_GAP = 10
#: Words a clause runs on to after "منذ" that dates it ("منذ توقيع الاتفاق مطلع العام").
_SINCE_RUN = 4


def _dated_end(
    text: str, tokens: list[tuple[int, int]], folds: list[str], k: int, words: Words
) -> int:
    """The index of the first token after a relative clause opening before token k, ending
    with its last date; 0 when no date comes soon enough (the clause is then not background).
    A date is a year, a word of ``Words.dating`` ("منذ", a month, "الماضي") or a figure before
    a unit of time ("ثلاثة أشهر")."""
    limit = _clause_end(text, tokens, folds, k, words, at_year=False)
    end, reach = 0, k + _DATE_FIRST
    j = k
    while j < min(limit, reach):
        word = folds[j]
        dated = bool(_YEAR.fullmatch(_bare_word(text, tokens[j]))) or word in words.dating
        # A unit of time or a day's number right after a date ("last year", "April 26").
        dated = dated or (end == j and (word in words.time_units or bool(_DIGIT.search(word))))
        if not dated and j + 1 < limit and folds[j + 1] in words.time_units:
            dated = bool(_DIGIT.search(word)) or word in words.cardinals
            j += dated
        if dated:
            end = j + 1
            if word in words.since:
                end = min(limit, j + 1 + _SINCE_RUN)
            reach = j + 1 + _DATE_GAP
        j += 1
    return end


def _clause_end(
    text: str,
    tokens: list[tuple[int, int]],
    folds: list[str],
    k: int,
    words: Words,
    *,
    at_year: bool,
) -> int:
    """The index of the first token after a background clause starting before token k: the
    clause runs to a year (``at_year``), to clause punctuation once it has its least words,
    to another relative pronoun, or to the end of the content."""
    j = k
    while j < len(tokens):
        a, b = tokens[j]
        word = text[a:b]
        if j > k and folds[j] in words.relative_pronouns:
            return j
        if at_year and _YEAR.fullmatch(_bare_word(text, tokens[j])):
            return j + 1
        if word[-1] in _CLAUSE_ENDS and j + 1 - (k - 1) >= _BACKGROUND_LEAST:
            return j + 1
        if any(c in _QUOTE_MARKS for c in word):
            return j
        j += 1
    return j


def _without_and(word: str) -> str:
    """A folded word without the "و" joined to it ("والتي" → "التي")."""
    return word[1:] if word.startswith("و") and len(word) > 2 else word


def _in_past(verb: str, words: Words) -> bool:
    """True unless a word opens or ends with a mark of a verb not in the past, or is such a
    verb (``Words.non_past``)."""
    if verb in words.past_words:
        return True
    if verb in words.non_past or verb[:1] in words.non_past:
        return False
    return not verb.endswith(tuple(words.non_past_endings))


def _bare_word(text: str, token: tuple[int, int]) -> str:
    """A token's word without the punctuation and quotation marks around it."""
    return text[token[0] : token[1]].strip(_MARKS_AROUND)


def _quote_change(word: str, depth: int) -> int:
    """How a word changes the depth of quotation: +1 opening, -1 closing, 0 neither."""
    change = 0
    for c in word:
        if c in "«“":
            change += 1
        elif c in "»”″":
            change -= 1
        elif c == '"':
            change += -1 if depth + change > 0 else 1
    return max(change, -depth)


def _opens_with_act(piece: str, acts: frozenset[str]) -> bool:
    """True when the first word of a part of a sentence is one of a speaker's acts."""
    first = piece.split(maxsplit=1)
    return bool(first) and fold(first[0].strip(_MARKS_AROUND)) in acts


def _covered(raws: Sequence[RawAttribution]) -> list[tuple[int, int]]:
    """The text the attributions cover (cue, voices and content), as sorted disjoint spans.

    Overlapping spans are merged; an empty span is kept on its own, as it still cuts a sentence.
    """
    spans = []
    for r in raws:
        low, high = min(r.start, r.cue_start), max(r.end, r.cue_end)
        # (a loop, not comprehensions: this runs for every attribution, most with one voice)
        for m in (r.source, *r.carriers, *r.inner):
            if m is not None:
                low, high = min(low, m.start), max(high, m.end)
        spans.append((low, high))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and merged[-1][0] < merged[-1][1] and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


#: An interview holds at least this many questions each answered on the next line.
MIN_INTERVIEW_QUESTIONS = 3
#: The marks that open a question or an answer line ("* ما رأيك؟", "- نعم", "•• لا", "ـ …").
_LINE_MARK = re.compile(r"[*•·●■=\-–—ـ]+")
#: A label before a question or an answer and its mark: "س:", "ج/", "س -".
_LINE_LABEL = re.compile(r"(\w{1,2})\s*[:/\-–]")
#: A word with a joined conjunction or preposition ("وفي", "بحوار", "لحوار").
_JOINED = ("و", "ف", "ب", "ل")
#: Words of a name that name no one alone ("بن", "عبد", "أبو").
_NAME_PARTICLES = frozenset({"بن", "ابن", "بنت", "عبد", "ابو", "ال"})
#: The voices an interview is with: a person, or one speaking for his office.
_GUESTS = frozenset({SourceKind.PERSON, SourceKind.OFFICIAL})


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer of an interview: its paragraphs' spans, and its cue (the answer's mark or
    label, else the question mark of the question before it)."""

    lines: tuple[tuple[int, int], ...]
    cue_start: int
    cue_end: int


@dataclass(frozen=True, slots=True)
class Interview:
    """The question-and-answer layout of an interview: where its first question starts, the
    spans of its question lines, and its answers."""

    first_question: int
    questions: tuple[tuple[int, int], ...]
    answers: tuple[Answer, ...]


def _lines_from(text: str, start: int) -> list[tuple[int, int]]:
    """The (start, end) spans of the text's non-blank lines from ``start``, blanks trimmed."""
    out = []
    for found in re.finditer(r"[^\n]+", text[start:]):
        a, b = found.start() + start, found.end() + start
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _label(text: str, at: int, labels: frozenset[str]) -> re.Match[str] | None:
    """The label of ``labels`` opening the line at ``at`` ("س:", "ج/"), with its mark."""
    found = _LINE_LABEL.match(text, at)
    return found if found is not None and fold(found.group(1)) in labels else None


def interview_layout(text: str, start: int, language: str) -> Interview | None:
    """The question-and-answer layout of an interview from ``start`` on, or None.

    A question is a line ending with a question mark, or opening with a question label
    ("س:"), or opening with the mark most question lines open with ("*", "•") where the
    answers open with another; every line after it up to the next question answers it.
    Only a text with at least ``MIN_INTERVIEW_QUESTIONS`` questions each followed by an
    answer has the layout."""
    if text.count("؟", start) + text.count("?", start) < MIN_INTERVIEW_QUESTIONS:
        return None  # (most articles: no lines need splitting)
    words = lang.get(language).words
    lines = _lines_from(text, start)
    if sum(text[b - 1] in "؟?" for _, b in lines) < MIN_INTERVIEW_QUESTIONS:
        return None
    marks = [_LINE_MARK.match(text, a) for a, _ in lines]
    asked = [
        text[b - 1] in "؟?" or _label(text, a, words.question_labels) is not None for a, b in lines
    ]
    # The mark most question lines open with, unless answers open with it too.
    opening = [m.group() for m, q in zip(marks, asked, strict=True) if q and m is not None]
    mark = max(sorted(set(opening)), key=opening.count) if opening else None
    if mark is not None and 2 * opening.count(mark) > sum(asked):
        answered = [m.group() for m, q in zip(marks, asked, strict=True) if not q and m]
        if mark not in answered:
            asked = [
                q or (m is not None and m.group() == mark)
                for m, q in zip(marks, asked, strict=True)
            ]
    questions: list[tuple[int, int]] = []
    answers: list[Answer] = []
    n = 0
    while n < len(lines):
        if not asked[n] or n + 1 == len(lines) or asked[n + 1]:
            n += 1
            continue
        question = lines[n]
        end = n + 1
        # An answer runs up to the next question, or to a heading: the paper's box after the
        # last answer ("* يوم في العاصمة" and its own paragraphs) is no part of it.
        while end < len(lines) and not asked[end] and not _heading(text[slice(*lines[end])]):
            end += 1
        first = lines[n + 1][0]
        label = _label(text, first, words.answer_labels) or marks[n + 1]
        cue = (label.start(), label.end()) if label is not None else (question[1] - 1, question[1])
        questions.append(question)
        answers.append(Answer(tuple(lines[n + 1 : end]), *cue))
        n = end
    if len(questions) < MIN_INTERVIEW_QUESTIONS:
        return None
    return Interview(questions[0][0], tuple(questions), tuple(answers))


def _heading(line: str) -> bool:
    """A line of fewer than ``_HEADING_WORDS`` words with no closing mark: a heading."""
    return len(line.split(maxsplit=_HEADING_WORDS - 1)) < _HEADING_WORDS and not _closes(line)


def _interview_word(text: str, language: str) -> bool:
    """True when a text calls itself an interview ("في حوار مع «الوادي»", "حاوره: فلان")."""
    words = lang.get(language).words.interview_words
    for word in fold(text).split():
        word = word.strip(_MARKS_AROUND)
        if word in words or (word[:1] in _JOINED and word[1:] in words):
            return True
    return False


def interviewee(
    article: Article, layout: Interview, attributions: Sequence[Attribution]
) -> Attribution | None:
    """The attribution of the lead that names the one an interview is with: the lead (the
    text before the first question) or the byline calls the text an interview, its first
    attribution is a person's or an official's, and no other person or official speaks in
    it; his name has two words, or the headline names him. None when the lead does not make
    the guest plain."""
    # (A colon or a misread cue closing the lead takes the first question as its content:
    # "تجدونها بين سطور الحوار التالي: …" is no voice of the lead.)
    lead = [a for a in attributions if max(a.cue_start, a.start) < layout.first_question]
    if not lead or lead[0].source.kind not in _GUESTS or lead[0].source not in lead[0].chain:
        return None  # (no person first, or the paper itself: "يتحدث فلان لـ«الوادي»" misread)
    name = fold(lead[0].source.name).split()
    if len(name) < 2 and not set(name) & {
        w.strip(_MARKS_AROUND) for w in fold(article.title or "").split()
    }:
        return None  # one word the headline does not repeat may be any word misread as a name
    if any(a.source.kind in _GUESTS and a.source.id != lead[0].source.id for a in lead):
        return None
    said = article.text[article.body_start : layout.first_question]
    if not _interview_word(f"{said} {article.author or ''}", article.language):
        return None
    return lead[0]


def interview_answers(
    article: Article,
    attributions: Sequence[Attribution],
    own: Sequence[tuple[int, int]],
) -> tuple[list[Attribution], list[tuple[int, int]]]:
    """Give an interview's answers to its guest (see ``interviewee``): each statement the
    publisher would make in an answer is an attribution to the guest (cue: the answer's mark,
    its label, or the question mark of the question before it; the words are the guest's
    own), and a question line is no claim, nor is a voice read in it or said to say it. An
    article with no interview layout, or whose guest the lead does not name, is left as it is."""
    layout = interview_layout(article.text, article.body_start, article.language)
    guest = interviewee(article, layout, attributions) if layout is not None else None
    if layout is None or guest is None:
        return list(attributions), list(own)

    def asked(at: int) -> bool:
        return any(a <= at < b for a, b in layout.questions)

    kept = [a for a in attributions if not asked(a.cue_start) and not asked(a.start)]
    name = {w for w in fold(guest.source.name).split() if w not in _NAME_PARTICLES}
    # (start, end, answer) of each answer's paragraphs up to one naming the guest: "وأضاف
    # فلان" after an answer is the writer again.
    said = []
    for reply in layout.answers:
        for n, (a, b) in enumerate(reply.lines):
            if n and name & set(fold(article.text[a:b]).split()):
                break
            said.append((a, b, reply))
    given: list[Attribution] = []
    left: list[tuple[int, int]] = []
    for a, b in own:
        answer = next((x for start, end, x in said if start <= a < end), None)
        if answer is not None:
            given.append(
                replace(
                    guest,
                    cue=article.text[answer.cue_start : answer.cue_end],
                    cue_start=answer.cue_start,
                    cue_end=answer.cue_end,
                    content=article.text[a:b],
                    start=a,
                    end=b,
                    quote=QuoteKind.DIRECT,
                    stance=Stance.ASSERTS,
                )
            )
        elif not asked(a):
            left.append((a, b))
    # The answers go in among the other attributions by place, which keep their order.
    merged: list[Attribution] = []
    for att in kept:
        while given and given[0].start < att.cue_start:
            merged.append(given.pop(0))
        merged.append(att)
    merged += given
    return [replace(x, id=f"{article.id}.a{n}") for n, x in enumerate(merged, 1)], left


__all__ = [
    "Answer",
    "Interview",
    "Known",
    "background",
    "body_sentences",
    "extract",
    "interview_answers",
    "interview_layout",
    "interviewee",
    "own_voice",
    "title_line",
]
