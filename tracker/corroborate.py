"""Link statements of the same claim, within an article and across a corpus, and judge them (pure).

Two statements are one claim when their content words overlap enough (rapidfuzz token-set
ratio over normalised, article-stripped words, and the Dice overlap of the word sets) and
nothing that changes the meaning differs: numbers and negation are guards, and short texts must
share all their words. Across articles there are two tiers: a *confirmed* link merges claims, a
*suggested* one is only reported. Across articles a pair is tried by the same words, then by
the same stems (``link.morph``), then by the same text (a quote one outlet cut short, inside
the one another printed in full), then, when asked for, by multilingual sentence embeddings
between statements sharing an anchor (``link.semantic``, ``link.anchors``); places that differ
keep statements apart. Candidates are found by blocking on each statement's rarest words and
stems (and anchors), so the cost grows with the corpus, not with its square. Each corpus claim's
explanation says why its members were linked.

Independence: a statement's origin is the innermost named voice of its chain; an unnamed source
tied to a body speaks for it, other unnamed sources count with the voice citing them
(``link.independence``); origins in one registry group count once, and so do two names of one
voice (one name holding the other); what an article says in its own voice belongs to the wire it
is credited to, or to its publisher, and so does what only its publisher is said to say; an
article that repeats an earlier one nearly word for word is a relay of it (keeping the wire it
credits), and so is a statement outlets print nearly word for word (``link.reuse``); a denial
need not be marked by its cue, and a voice that denies a claim never asserts it
(``link.denials``).
"""

from __future__ import annotations

import hashlib
import re
from collections import ChainMap, Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache, partial
from itertools import chain, combinations
from typing import Any, Protocol, TypeVar

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from .errors import UsageError
from .lang import (
    content_vocabulary,
    content_words,
    mapping,
    union,
    without_formulae,
    without_particles,
)
from .lang.ar.voices import given_name
from .link.account import own_account
from .link.anaphora import join_denied_reports, join_headlines, join_reports_after_denials
from .link.anchors import (
    SPEAKER,
    Anchors,
    anchors,
    conflict,
    local_places,
    names_body,
    only_terms,
    places,
    places_apart,
    reading_order,
    shared,
    terms_apart,
    with_speaker,
)
from .link.another import another_apart
from .link.antonyms import opposed, refused_telling, without_refusal
from .link.background import MAIN_WORDS, main_part
from .link.complaint import complaint_about
from .link.denials import denied_part, quoted_in_denials, stance_of
from .link.doers import doers_apart
from .link.formulas import prayer_only, scripture_only
from .link.independence import (
    BODY,
    MEDIA,
    PEOPLE,
    another_one,
    name_words,
    own_body_told,
    same_voice,
    speaks_for,
    unit_alone,
    why_same,
)
from .link.independence import origin_of as attributed_origin
from .link.intent import framed, plan_core, plan_frame
from .link.morph import (
    arabic_script,
    event_noun,
    forms_index,
    has_form_in,
    keep_stems,
    known_stems,
    related,
    related_words,
    stem,
    stem_each,
    stems,
)
from .link.negation import contradicts, negates, negation_is_detail, says_without
from .link.numbers import (
    a_breakdown,
    after_word,
    beside,
    counted,
    event_numbers,
    extra_numbers_a_detail,
    figures,
    figures_in_order,
    frame,
    joined_to_number,
    neighbours,
    percentage,
    ra_fractions,
    scale_words,
    scaled,
    spelled_numbers,
    telling_counts,
    words_after,
    written_numbers,
)
from .link.occasion import names_occasion
from .link.persons import names_apart
from .link.retold import calls_untrue, retold_share, terms_differ
from .link.reuse import (
    Shingles,
    copied,
    copy_groups,
    longest_run,
    overlap,
    plain_words,
    printed_alike,
    shingles,
)
from .link.semantic import INSTALL_HINT, available, similarities
from .link.sequel import sequel_apart, weighs, weighs_event
from .link.substitution import short_enough, swapped
from .link.windows import window
from .models import (
    BODY_KINDS,
    UNKNOWN_VOICE,
    UNNAMED_KINDS,
    Article,
    ArticleResult,
    Attribution,
    Claim,
    CorpusClaim,
    Link,
    MatchKey,
    Relay,
    Source,
    SourceKind,
    Stance,
    Statement,
    Status,
    is_background,
    pickled_by_fields,
    slot_init,
)
from .text import (
    Sentence,
    ascii_marks_spaced,
    fold,
    normal_words,
    normalize,
    split_sentences,
    words_of,
)


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Claim-matching thresholds; see docs/linking.md."""

    #: Token-set ratio (0-100) and Dice overlap for a link within an article, and for a
    #: *suggested* link across articles.
    link_ratio: float = 65
    link_dice: float = 0.3
    #: The same for a *confirmed* link across articles (confirmed links merge claims).
    confirm_ratio: float = 80
    confirm_dice: float = 0.5
    #: Content words two statements must share at least.
    min_shared: int = 3
    #: Statements with fewer content words than this link only when their words are the same.
    short_words: int = 4
    #: Content words both statements of a confirmed link across articles hold at least.
    confirm_words: int = 2
    #: Rarest words per statement used to find candidates, and the most statements a word may
    #: be in before it is too common to block on.
    block_words: int = 4
    max_postings: int = 60
    #: Sentences an article must share with an earlier one to count as its copy: at least
    #: this many, and this share of the copy's own long sentences.
    copy_sentences: int = 2
    copy_share: float = 0.5
    #: The same-words test again over stems (زياره/زار → زر) confirms a link at these bars.
    stem_ratio: float = 85
    stem_dice: float = 0.6
    #: A statement another prints word for word, whatever else that one adds, confirms a link:
    #: this share of the shorter one's word 4-grams (``link.reuse``) must be in the longer,
    #: and the shorter must hold ``short_words`` content words or more. A longer one of more
    #: than ``contained_words`` content words is rather a span that ran past its quote.
    contained_share: float = 0.9
    contained_words: int = 50
    #: A statement printed as a run of a longer one's clauses (``_in_window``): it holds this
    #: many content words at least, ``contained_share`` of its word 4-grams are in that run,
    #: and this share of the run's content words are its own (the run is the statement, not a
    #: long clause it is a piece of); the longer holds at most ``window_longest`` of them.
    window_words: int = 6
    window_grams: float = 0.5
    window_cover: float = 0.8
    window_longest: int = 120
    #: A statement restated in other forms inside a longer one (``_restated``): this share of
    #: the shorter one's content words, of ``restated_words`` or more, must have a form
    #: (``link.morph.related``) among the longer one's, which holds at most
    #: ``restated_longer`` times as many (more is rather a span holding other claims too).
    restated_share: float = 0.8
    restated_words: int = 8
    restated_longer: float = 2.0
    #: A telling count of the same thing (``_same_count``) lowers the stems' bar for merging
    #: by this much, to ``link_ratio`` at the defaults.
    count_slack: float = 15
    #: The same-words test again once each word of one statement that is a form of a word of
    #: the other (``link.morph.related``: تراجع/يتراجع, مليون/ملايين) is written as that one
    #: confirms a link at these bars; asked only of pairs whose stems' Dice reaches
    #: ``related_from``.
    related_ratio: float = 90
    related_dice: float = 0.7
    related_from: float = 0.4
    #: Content words a statement holds at most for the kinship test (it compares every word
    #: of one statement with every word of the other).
    related_words: int = 20
    #: Multilingual sentence embeddings as a third signal: True, False, or None to let the
    #: corpus decide (``semantic_for``: on for articles in more than one script, the one case
    #: words cannot link). Cosines that confirm and suggest a link between statements sharing
    #: an anchor (two for a denial and its claim) whose numbers and negation agree.
    semantic: bool | None = None
    semantic_confirm: float = 0.8
    semantic_suggest: float = 0.6
    #: Across languages a translation scores lower than a same-language paraphrase, and the
    #: words cannot vouch for it, so the bar is lower but anchors must still be shared.
    semantic_confirm_across: float = 0.7
    #: ... and this lower bar when the two are each other's closest statement in the other
    #: language (of the pairs left to embeddings): a translation of an Arabic sentence scores
    #: 0.6 to 0.7 with the model, and being the closest of all is what tells it from another
    #: sentence of the same story (``semantic_links``).
    semantic_mutual_across: float = 0.6
    #: Within one language, the stem Dice a pair needs before embeddings are asked.
    semantic_min_dice: float = 0.3
    #: A reprint that updates one count (``_updated_figure``): the most it may change, as a
    #: share of the larger figure, and the share of either text's word 4-grams the other
    #: must hold once the figure is read as the other's.
    figure_change: float = 0.05
    figure_text_share: float = 0.85
    #: Figures (``numbers.figures``) two retellings must give alike for ``_same_figures``.
    same_figures: int = 2
    #: A denial restating what it denies at more length (``_denial_names``): at least this
    #: many of its content words, framing aside, and this share of them, have a form in the
    #: other statement; a denial of more than ``related_words`` content words is not asked.
    denial_words: int = 3
    denial_share: float = 0.5
    #: ... and this share of the other's content words has a form in the denial: a short
    #: denial of common words ("هي السلاح الذي تسلح به …") names a few words of many claims.
    denial_cover: float = 0.25
    #: Of two denials, more than this share of the shorter's words: two voices' denials of
    #: different reports that share a name and a body ("… خلافات بين فلان ورئيس الاتحاد" /
    #: "… ترشيح الاتحاد أسماء لخلافة فلان") name half of each other's words.
    denials_share: float = 0.5


DEFAULT = Thresholds()
#: Content words a denial of that many or more must share with the claim it denies (``score``).
DENIAL_SHARED = 3

_DENIAL_FRAME = union("denial_frame")


def match_key(item_id: str, article: str, content: str, stance: Stance | None) -> MatchKey:
    """What claim matching needs to know about one statement."""
    folded = ra_fractions(fold(reading_order(content)))
    words = words_of(folded)
    numbers = written_numbers(scaled(folded)) + spelled_numbers(words)
    # "خليجي 23" names a time of an event and counts nothing; a statement giving other
    # numbers keeps it, as those tell what it says beside the event (``_event_only``).
    numbers = _event_only(numbers, words)
    # A formula negates nothing of the statement ("… تنتج عن الأمطار، لا سمح الله").
    said = without_formulae(words)
    return MatchKey(
        item_id,
        article,
        content_vocabulary(said),
        tuple(sorted(set(numbers))),
        negates(said),
        stance,
    )


def _event_only(numbers: list[str], words: Sequence[str]) -> list[str]:
    """A statement's numbers, none when each names a time of an event
    (``numbers.event_numbers``: "أجل الاتحاد بطولة عربي 12 عاما"): a telling that does not
    repeat the number is the same claim. One giving other numbers as well keeps them all
    ("أجلت بطولة عربي 12 المقررة في 22 ديسمبر"): it may hold the event's dates or counts
    beside what another tells, and the number it names the event by keeps it apart from a
    statement of those dates alone."""
    if not numbers:
        return numbers
    named = event_numbers(words)
    return [] if named and set(numbers) <= named else numbers


#: Clause particles as the vocabulary of a match key holds them (``across``).
_PARTICLES = frozenset(content_words(sorted(union("clause_particles"))))


def across(key: MatchKey, text: str | None) -> MatchKey:
    """The match key a statement is compared with across articles: a clause particle read as
    the particle, not as the word it is written as (``lang.without_particles``: "…، فقد أظهر
    المسح" says nothing was lost, and "فقد" is the verb "lost" to the antonym guard).

    Within an article it stays a word: a sentence of the article opening with it goes on from
    the one before with another claim ("… تملك الدولة 30 محطة. ولذلك، فقد لجأت إلى …"), which
    the article's lower bar would join to it."""
    if text is None or _PARTICLES.isdisjoint(key.vocabulary):
        return key
    plain = without_particles(ra_fractions(fold(reading_order(text))))
    vocabulary = content_vocabulary(without_formulae(words_of(plain)))
    if vocabulary == key.vocabulary:
        return key
    return MatchKey(key.id, key.article, vocabulary, key.numbers, key.negated, key.stance)


def match_keys(
    attributions: Iterable[Attribution], statements: Iterable[Statement]
) -> list[MatchKey]:
    """Match keys of an article's attributions, then its own-voice statements."""
    out = [match_key(a.id, a.article, a.content, stance_of(a)) for a in attributions]
    out += [match_key(s.id, s.article, s.content, None) for s in statements]
    return out


def joined(key: MatchKey) -> str:
    """The statement's words as one string for rapidfuzz (token_set_ratio ignores order)."""
    return " ".join(key.vocabulary)


def score(
    a: MatchKey,
    b: MatchKey,
    t: Thresholds = DEFAULT,
    texts: tuple[str, str] | None = None,
    words: tuple[Sequence[str], Sequence[str]] | None = None,
) -> tuple[float, float] | None:
    """(token-set ratio, Dice) of two statements, or None when a guard keeps them apart.

    ``texts`` are joined(a) and joined(b) when the caller has them already. The cheap guards
    come first: the antonym guard is asked only of pairs whose words overlap enough to link.
    ``words`` are the two statements' words when ``a`` and ``b`` hold their stems: the
    antonym guard reads them, as some pairs oppose only in their own forms
    (``link.antonyms.form_of``).
    """
    if a.numbers and b.numbers and a.numbers != b.numbers:
        return None
    set_a, set_b = set(a.vocabulary), set(b.vocabulary)
    if (a.stance is Stance.DENIES) != (b.stance is Stance.DENIES):
        # A denial names what it denies in a few words ("صحة الأنباء عن إغلاق المستشفى"):
        # drop its framing and ask that most of what is left appear in the claim.
        denial, claim = (set_a, set_b) if a.stance is Stance.DENIES else (set_b, set_a)
        denial = denial - _DENIAL_FRAME
        shared = denial & claim
        # A denial of three words or more must share three: two common words ("استهدف
        # منطقة") are in too many claims for a short denial to say which one it denies.
        least = max(2, min(DENIAL_SHARED, len(denial)))
        if len(shared) >= least and len(shared) >= 0.6 * len(denial):
            return 100.0, 1.0
        return None
    if a.negated != b.negated and _negation_tells(a, b):
        return None
    if min(len(set_a), len(set_b)) < t.short_words:
        # The same words hold no word against its opposite, nor a negator only one side has.
        return (100.0, 1.0) if set_a == set_b and set_a else None
    shared = set_a & set_b
    if len(shared) < min(t.min_shared, len(set_a), len(set_b)):
        return None
    dice = 2 * len(shared) / (len(set_a) + len(set_b))
    if dice < t.link_dice or opposed(*(words or (a.vocabulary, b.vocabulary))):
        return None
    first, second = texts or (joined(a), joined(b))
    return fuzz.token_set_ratio(first, second), dice


def same_claim(
    a: MatchKey, b: MatchKey, t: Thresholds = DEFAULT, texts: tuple[str, str] | None = None
) -> bool:
    """True when two statements say the same thing (see the module docstring)."""
    found = score(a, b, t, texts)
    return found is not None and found[0] >= t.link_ratio


# --- status ---------------------------------------------------------------------------------


def _groups(
    voices: Iterable[Source], tied: Sequence[tuple[Source, Source]] = ()
) -> dict[str, Source]:
    """Voices by independence group, in order of first appearance; a voice that is an earlier
    one under another name (``link.independence.same_voice``) counts as that one, and so does
    every voice joined to it through others ("كارتر" is "آشتون كارتر", who is in one group
    with "الوزير الأميركي": the three are one). ``tied`` pairs (voice, voice it counts as)
    join through a voice that is not among ``voices`` (see ``_tie``)."""
    sets = _joined(voices)
    for voice, into in tied:
        _tie(sets, voice, into)
    _tie_states(sets, tied)
    return {kept[0].independence_group: kept[0] for kept in sets}


def _tie_states(sets: list[list[Source]], tied: Sequence[tuple[Source, Source]]) -> None:
    """Join the sets of two origins whose copies one article reads as voices of one state:
    a district governor and "the local authorities", both of one state where one outlet's
    copy names the country, are one voice even where the other copies name none, so the
    origins they count as are one too."""
    first: dict[str, Source] = {}
    for voice, into in tied:
        if not voice.group.startswith("state:"):
            continue
        other = first.setdefault(voice.independence_group, into)
        home = next((kept for kept in sets if other in kept), None)
        mine = next((kept for kept in sets if into in kept), None)
        if home is not None and mine is not None and home is not mine:
            home.extend(mine)
            sets.remove(mine)


def _joined(voices: Iterable[Source]) -> list[list[Source]]:
    """The voices in sets of one voice each, in order of first appearance (see ``_groups``)."""
    sets: list[list[Source]] = []
    seen: set[str] = set()
    for voice in voices:
        again = voice.id in seen
        if again and any(
            voice.independence_group == v.independence_group for v in _of(sets, voice)
        ):
            continue
        # One person read in two articles with two groups ("سامح شكري" a state's official in
        # one, a man with no title in the other) joins what either group joins.
        hits = _hits(sets, voice)
        seen.add(voice.id)
        if not hits:
            sets.append([voice])
            continue
        first = sets[hits[0]]
        for n in reversed(hits[1:]):
            first.extend(sets.pop(n))
        if not again:
            first.append(voice)
    return sets


def _of(sets: list[list[Source]], voice: Source) -> list[Source]:
    """The voices of the set holding a voice of ``voice``'s id ([] when none does)."""
    return next((kept for kept in sets if any(v.id == voice.id for v in kept)), [])


def _hits(sets: list[list[Source]], voice: Source) -> list[int]:
    """The sets holding ``voice``, its group or another name of it (``same_voice``)."""
    group = voice.independence_group
    return [
        n
        for n, kept in enumerate(sets)
        if any(
            v.id == voice.id or v.independence_group == group or same_voice(voice, v) for v in kept
        )
    ]


def _tie(sets: list[list[Source]], voice: Source, into: Source) -> None:
    """Join into the set of ``into`` every set holding ``voice`` under one of its names.

    A copy names who speaks as fully as the text it copies, or more: "قال الفارس متحدثا
    للنواب" printed again as "قال سالم الفارس، وزير النقل" counts as the first one's voice
    (``_copies``), and so ties it to "وزير النقل" quoted elsewhere: the three are one man.
    """
    home = next((kept for kept in sets if into in kept), None)
    if home is None:
        return
    for kept in [k for k in sets if k is not home]:
        if any(
            v.independence_group == voice.independence_group or same_voice(voice, v) for v in kept
        ):
            home.extend(kept)
            sets.remove(kept)


@slot_init
@dataclass(frozen=True, slots=True)
class Standing:
    """Who asserts and who denies a claim, and the status that follows."""

    status: Status
    asserting: dict[str, Source]
    denying: dict[str, Source]
    own_voices: dict[str, Source]
    #: Every origin counted, before voices of one group are merged (for the explanation).
    voices: tuple[Source, ...] = ()
    #: Voices that assert the claim but are not counted as origins, each with the reason.
    aside: tuple[tuple[Source, str], ...] = ()
    #: (voice, origin it counts as) for the voices copies replaced (see ``standing``).
    tied: tuple[tuple[Source, Source], ...] = ()


def standing(
    atts: Sequence[Attribution],
    stated: Sequence[Statement],
    voice_of: Mapping[str, Source],
    origin_of: Mapping[str, Source] | None = None,
    publisher_of: Mapping[str, str] | None = None,
    tied: Sequence[tuple[Source, Source]] = (),
) -> Standing:
    """Judge a claim from its attributions and own-voice statements.

    ``voice_of`` maps a statement id to the voice it counts as (after relays are collapsed),
    ``origin_of`` an attribution id to its origin when copies changed it. An unnamed voice
    tied to a body counts as that body; a content that says a report is untrue is a denial;
    a claim quoted inside its own denial has no asserting voice; a voice that denies a claim
    is never one of its asserting origins. Statements credited to a wire assert the claim in
    the wire's name, unless their article attributes the claim itself or the wire relays it
    from another origin anywhere in the claim (the wire restating what it reports someone said
    is not a second origin; nor is any voice that relays the claim and also states it); other
    own-voice statements only make it unattributed. ``publisher_of`` maps an article to its
    publisher's source id: an attribution whose only voice is its own publisher ("نرى أن …" in
    a column) is that publisher's own voice, since a publisher is never a voice of its own
    articles. A second origin must stand on its own (``_carriers_dropped``, ``_identified``);
    the voices left out are in ``Standing.aside`` with the reason. ``tied`` pairs each voice a
    copy replaced with the origin it counts as (``_copies``): what is one voice with the first
    is one voice with the second.
    """
    if not atts and not any(s.credited for s in stated):
        return _own_voice_only(stated, voice_of, tied)
    quoted = quoted_in_denials(atts)
    origins = dict(origin_of or {})
    publishers = publisher_of or {}

    # Each attribution's own origin, read once: the tests below ask it again and again. Kept
    # with the attribution it is of, as two attributions built apart may share an id.
    derived: dict[str, tuple[Attribution, Source]] = {}

    def origin(att: Attribution) -> Source:
        found = origins.get(att.id)
        if found:
            return found
        kept = derived.get(att.id)
        if kept is None or kept[0] is not att:
            kept = derived[att.id] = (att, attributed_origin(att))
        return kept[1]

    said = [a for a in atts if stance_of(a) is Stance.ASSERTS and a.id not in quoted]
    itself = [a for a in said if _by_publisher(a, origin(a), publishers.get(a.article))]
    asserted = [a for a in said if a.id not in {b.id for b in itself}]
    origins |= _other_voices(asserted)
    reporting = {a.article for a in asserted}
    relaying = _relaying(asserted, origin)
    credited = [
        (s.article, voice_of[s.id])
        for s in stated
        if s.credited
        and s.article not in reporting
        and voice_of[s.id].independence_group not in relaying
    ]
    denials = [origin(a) for a in atts if stance_of(a) is Stance.DENIES]
    twice = _cited_twice(asserted, origin, publishers)
    copied = _credited_twice(asserted, origin)
    told = [
        (a.article, origin(a))
        for a in asserted
        if origin(a).independence_group not in relaying and a.id not in twice and a.id not in copied
    ] + credited
    told, aside = _carriers_dropped(
        told, len(credited), _heard_directly(asserted, origin), publishers
    )
    told, printed = _own_page_cited(told, publishers)
    aside += printed
    aside += [
        (origin(a), f"cites what {twice[a.id].name} cites") for a in asserted if a.id in twice
    ]
    aside += [
        (origin(a), f"credited with the same words as {copied[a.id].name}")
        for a in asserted
        if a.id in copied
    ]
    assertions = [voice for _, voice in told]
    denying = _groups(denials)
    asserting = {
        group: voice
        for group, voice in _groups(assertions, tied).items()
        if not any(same_voice(voice, denier) for denier in denying.values())
    }
    asserting, spoken = _spoken_for(asserting)
    aside += spoken
    texts = [(origin(a), a.article, a.content) for a in asserted]
    texts += [(voice_of[s.id], s.article, s.content) for s in stated if s.credited]
    asserting, worded = _one_wording(asserting, texts)
    asserting, pasted = _pasted(asserting, texts)
    asserting, retold = _own_act_retold(asserting, texts)
    aside += retold
    asserting, dispatched = _one_dispatch(asserting, asserted, origin)
    asserting, told_of = _reporting_on(asserting, texts)
    asserting, carried = _carried(asserting, _cited_carriers(asserted, origin, publishers))
    asserting, little = _said_little(asserting, texts)
    cited = {origin(a).independence_group for a in asserted}
    wired = [(voice_of[s.id], s.article, s.content) for s in stated if s.credited]
    asserting, acted = _state_act_relayed(asserting, wired, cited)
    asserting, shared = _credited_together(asserting, stated, voice_of, cited)
    aside += worded + pasted + dispatched + told_of + carried + acted + little + shared
    weak: list[tuple[Source, str]] = []
    if len(asserting) >= 2:
        # (For speed: _identified keeps fewer than two origins as they are, so what would
        # set one aside is read only when there are two; most claims have one voice.)
        hearsay = _hearsay(asserted, origin, publishers)
        vague = _unsourced(asserted, origin, credited)
        selves = _expressing(asserted, origin)
        beside = _beside_named(asserted, origin, publishers)
        pages = {publishers.get(a) for a, _ in told}
        asserting, weak = _identified(
            asserting,
            hearsay,
            vague,
            selves,
            beside,
            one_article=len({a for a, _ in told}) == 1,
            one_outlet=len(pages) == 1 and None not in pages,
        )
        asserting, trade = _by_trade_alone(asserting)
        weak += trade
    counted = {v.independence_group for v in (*asserting.values(), *denying.values())}
    aside = list(
        {v.id: (v, why) for v, why in aside + weak if v.independence_group not in counted}.values()
    )
    own = _groups([*(voice_of[s.id] for s in stated if not s.credited), *map(origin, itself)])
    if denying:
        status = Status.CONTESTED
    elif len(asserting) >= 2:
        status = Status.CORROBORATED
    elif asserting:
        status = Status.SINGLE_SOURCED
    else:
        status = Status.UNATTRIBUTED
    voices = (*assertions, *denials)
    return Standing(status, asserting, denying, own, voices, tuple(aside), tuple(tied))


def _own_voice_only(
    stated: Sequence[Statement],
    voice_of: Mapping[str, Source],
    tied: Sequence[tuple[Source, Source]],
) -> Standing:
    """``standing`` of a claim no source is cited for and no wire is credited with: only
    its publishers' own voices state it, so it is unattributed, and there is no origin to
    weigh or set aside. Two claims in three are such (an article's own sentences, each a
    claim of its own): on 3,000 articles the full judgement of them took 0.36 s of CPU, this
    0.07 s."""
    own = _groups([voice_of[s.id] for s in stated])
    return Standing(Status.UNATTRIBUTED, {}, {}, own, (), (), tuple(tied))


#: What ``_collapsed`` compares of an origin: an attribution or an (article, content) pair.
_T = TypeVar("_T")

#: The independence group of an unnamed voice introduced as another one (``_other_voices``).
ANOTHER = "another:"


def _other_voices(asserted: Sequence[Attribution]) -> dict[str, Source]:
    """The attributions whose voice is introduced as another one ("وقال مندوب ثان", "وأكد مصدر
    آخر", ``link.independence.another_one``) in an article where a voice not so introduced,
    and not an outlet or agency carrying it (``_speaker``), asserts the claim too, each with
    that voice as its own origin: "قال مندوب في الاتحاد إن
    الاجتماع أُرجئ، وأكد مندوب آخر ذلك" is two delegates saying it, not the union once. The
    same words in another outlet name the same second voice (one group by its name); alone in
    its article, such a voice keeps the origin it has (the one before it may be anyone's)."""
    by_article: dict[str, list[Attribution]] = {}
    for att in asserted:
        by_article.setdefault(att.article, []).append(att)
    out: dict[str, Source] = {}
    for mine in by_article.values():
        marked = [a for a in mine if a.chain and another_one(a.chain[-1])]
        ids = {a.id for a in marked}
        if not marked or not any(_speaker(a) and a.id not in ids for a in mine):
            continue
        for att in marked:
            voice = att.chain[-1]
            out[att.id] = replace(voice, group=f"{ANOTHER}{normalize(voice.name)}")
    return out


#: Kinds of voice that carry others' words: in an article that also quotes the speaker, an
#: outlet or agency saying the same is where he said it ("قال فلان لشبكة X"), not a second origin.
_CARRIERS = frozenset({SourceKind.OUTLET, SourceKind.AGENCY})


def _speaker(att: Attribution) -> bool:
    """True when the voice the claim is heard from speaks rather than carries (no outlet or
    agency): a second voice is another beside a speaker, not beside the wire carrying it."""
    return bool(att.chain) and att.chain[-1].kind not in _CARRIERS


def _carriers_dropped(
    told: list[tuple[str, Source]],
    credited: int,
    heard: Collection[str] = (),
    publishers: Mapping[str, str] | None = None,
) -> tuple[list[tuple[str, Source]], list[tuple[Source, str]]]:
    """The (article, voice) assertions without the outlets and agencies asserting in an article
    where another voice, a named one, asserts the claim too, nor the wires stating it in their
    own voice (the last ``credited`` of ``told``) when someone else is named as saying it: a
    wire restates what a named voice said far more often than it finds the same on its own.
    So it does what a paper or a site is cited for by another outlet ("أشار موقع الساحل
    الرياضي إلى أن قيمة اللاعب …", not a paper standing for its own unnamed sources: its
    article's publisher in ``publishers``). ``heard`` are the articles where an unnamed source
    of a state or body speaks with no medium between it and the publisher ("قال مصدر أمني
    عراقي …، بحسب قناة الساحل"): an outlet there carries it too. Also returns those dropped,
    with the reason."""
    attributed = len(told) - credited
    spoken = {
        article
        for article, voice in told
        if voice.kind not in _CARRIERS and voice.kind not in UNNAMED_KINDS
    } | set(heard)
    own = publishers or {}
    named = next(
        (
            v
            for article, v in told[:attributed]
            if _speaks_itself(v) or (v.kind is SourceKind.OUTLET and v.id != own.get(article))
        ),
        None,
    )
    kept, aside = [], []
    for n, (article, voice) in enumerate(told):
        if voice.kind in _CARRIERS and article in spoken:
            aside.append((voice, "carries another voice of the same article"))
        elif named is not None and n >= attributed:
            aside.append((voice, f"states in its own voice what {named.name} is quoted saying"))
        else:
            kept.append((article, voice))
    return kept, aside


def _own_page_cited(
    told: list[tuple[str, Source]], publishers: Mapping[str, str]
) -> tuple[list[tuple[str, Source]], list[tuple[Source, str]]]:
    """The (article, voice) assertions without an outlet cited in one article for what its
    own article of the claim prints from a voice it names ("ودعا سالم الفارس، كما نقلت عنه
    صحيفة الأفق، …" beside الأفق's own report quoting الفارس): the paper is where he spoke, not a
    second origin. Also returns those dropped, with the reason."""
    quoting = {
        publishers[article]
        for article, voice in told
        if article in publishers and voice.id != publishers[article]
    }
    kept, aside = [], []
    for article, voice in told:
        if voice.id in quoting and voice.id != publishers.get(article):
            aside.append((voice, "cited for what its own article of the claim quotes"))
        else:
            kept.append((article, voice))
    return kept, aside


def _heard_directly(
    asserted: Sequence[Attribution], origin: Callable[[Attribution], Source]
) -> set[str]:
    """The articles where an unnamed source that speaks for a state or body ("مصدر أمني
    عراقي") asserts the claim with no outlet or agency between it and the publisher, but the
    wire the article is credited to (``_article_wires``): "وكانت مصادر حكومية أعلنت الخبر،
    كما ذكرت عنها قناة الساحل" in a wire's dispatch is heard from the sources as directly as
    in the paper's own report. A source counted with the outlet or agency citing it ("وقال
    مسؤول" in a state agency's own report) is heard from that medium, not beside it."""
    wires = _article_wires(asserted)
    return {
        att.article
        for att in asserted
        if att.chain
        and att.chain[-1].kind in UNNAMED_KINDS
        and origin(att).group.startswith(("state:", BODY))
        and origin(att).kind not in _CARRIERS  # counted with the medium citing it
        and not any(v.kind in _CARRIERS and v.id != wires.get(att.article) for v in att.chain[:-1])
    }


def _article_wires(asserted: Sequence[Attribution]) -> dict[str, str]:
    """By article, the outlet or agency opening the chain of each of its attributions of the
    claim, each chain holding another voice after it: the wire the article is credited to,
    which carries every voice of it rather than standing between one of them and the page."""
    firsts: dict[str, set[str]] = {}
    for att in asserted:
        first = att.chain[0] if len(att.chain) > 1 and att.chain[0].kind in _CARRIERS else None
        firsts.setdefault(att.article, set()).add(first.id if first else "")
    return {
        article: ids.pop() for article, ids in firsts.items() if len(ids) == 1 and "" not in ids
    }


def _speaks_itself(voice: Source) -> bool:
    """True for a voice that speaks for itself rather than carrying others' words: anyone but
    an outlet or agency, and a state's own agency, which speaks for its government ("قالت
    وكالة الأنباء الرسمية إن المرسوم …": another wire saying the same relays the decree)."""
    return voice.kind not in _CARRIERS or voice.group.startswith("state:")


def _spoken_for(
    asserting: dict[str, Source],
) -> tuple[dict[str, Source], list[tuple[Source, str]]]:
    """The origins less each person whose descriptor names another of them as the body he
    speaks for (``link.independence.speaks_for``: "منسق الهيئة الوطنية للإغاثة الجبلية" beside
    "مسؤول في هيئة الإغاثة الجبلية"): a body and its own coordinator, spokesman or director
    are one origin, not two; the person is set aside with the reason."""
    if len(asserting) < 2:
        return asserting, []
    kept = dict(asserting)
    aside: list[tuple[Source, str]] = []
    for group, voice in asserting.items():
        body = next((b for g, b in kept.items() if g != group and speaks_for(voice, b)), None)
        if body is not None:
            del kept[group]
            aside.append((voice, f"speaks for {body.name}"))
    return kept, aside


def _own_act_retold(
    asserting: dict[str, Source], texts: Sequence[tuple[Source, str, str]]
) -> tuple[dict[str, Source], list[tuple[Source, str]]]:
    """The origins less each whose every content opens with a bare noun naming another
    origin's body (``link.independence.own_body_told``): "الأمانة أقامت دورة للموظفين" from a
    committee's coordinator beside the head of a unit "بأمانة المحافظة" telling the same, or
    "الكتائب أفرجت عن الصيادين" from a commander beside "مصادر في الكتائب", is the body's own act
    told by one of its people and retold by another, one origin. ``texts`` holds each origin's
    contents (origin, article, content); the voice left out comes with the reason."""
    if len(asserting) < 2:
        return asserting, []
    kept = dict(asserting)
    aside: list[tuple[Source, str]] = []
    for group, voice in asserting.items():
        said = [content for v, _, content in texts if _group_in(asserting, v) == group]
        if not said:
            continue
        body = next(
            (
                b
                for g, b in kept.items()
                if g != group and all(own_body_told(content, b) for content in said)
            ),
            None,
        )
        if body is not None:
            del kept[group]
            aside.append((voice, f"tells an act of the body {body.name} speaks from"))
    return kept, aside


def _identified(
    asserting: dict[str, Source],
    hearsay: Collection[str],
    vague: Collection[str] = (),
    selves: Collection[str] = (),
    beside: Collection[str] = (),
    *,
    one_article: bool,
    one_outlet: bool = False,
) -> tuple[dict[str, Source], list[tuple[Source, str]]]:
    """Two origins corroborate only when both are identified (``_weak``): a common noun read as
    a voice, a report or a medium no one names is more often a misread than a second origin,
    and so is an outlet that only passes on what "is believed" or what leaks say (``vague``);
    a voice stating only its own feeling ("أعربت الكويت عن إدانتها", ``selves``) confirms
    nothing another says, nor another voice stating its own; an unnamed voice heard only
    beside a named one (``beside``) is no second origin either.
    Within one article the bar is higher (a bare name or an unnamed source there, or the
    publisher counted for the unnamed people it cites (``hearsay``), is more often one speaker
    misread than a second one); so is that publisher's hearsay when all the articles are its
    own (``one_outlet``: its unnamed source in one article and a body it names in another are
    more often one voice). An unnamed source with no body speaks for the outlet that cites
    it, and another outlet's is another origin (the brief's model). With two identified
    origins or more, those count and the rest are set aside; otherwise one origin stays, the
    best identified (a voice asserting the claim before one only judging or guessing it)."""
    if len(asserting) < 2:
        return asserting, []
    strong = {
        g: v
        for g, v in asserting.items()
        if not _weak(v, one_article)
        and not ((one_article or one_outlet) and v.id in hearsay)
        and v.id not in vague
        and v.id not in selves
        and v.id not in beside
    }
    why = "not identified enough for a second origin" + (" in one article" if one_article else "")
    if len(strong) >= 2:
        kept = strong
    else:
        # The one origin left is one that asserts the claim, if any does: not a voice that
        # only guesses or judges it ("زيارته، إن صحت، تعد خرقا"), whatever its name.
        stating = {g: v for g, v in asserting.items() if v.id not in selves and v.id not in vague}
        first = next(iter(strong or stating or asserting))
        kept = {first: asserting[first]}
    return kept, [
        (v, _why_weak(v, vague, selves, beside, hearsay) or why)
        for g, v in asserting.items()
        if g not in kept
    ]


def _why_weak(
    voice: Source,
    vague: Collection[str],
    selves: Collection[str],
    beside: Collection[str] = (),
    hearsay: Collection[str] = (),
) -> str:
    """The reason a voice is no second origin when it is ``vague``, speaks of itself, is an
    unnamed voice heard only ``beside`` a named one, or a publisher's ``hearsay``."""
    if voice.id in beside:
        return "unnamed, and heard only where a named voice says the same"
    if voice.id in vague:
        return "passes on what is believed or leaked, from no one named"
    if voice.id in hearsay:
        return "stands only for unnamed people it cites, whom no one can tell from another's"
    if voice.id in selves:
        return "states its own feeling or position, which no other voice confirms"
    return ""


#: Cues of a voice stating its own feeling or position, all languages (``Words``).
_EXPRESSIVE = union("expressive_cues")


def _expressing(
    asserted: Sequence[Attribution], origin: Callable[[Attribution], Source]
) -> set[str]:
    """The origins that assert the claim only by stating their own feeling or position:
    "أعربت الكويت عن إدانتها للهجوم" and "أعربت قطر عن إدانتها للهجوم" are two
    condemnations, each its speaker's own; neither confirms the other. So are guesses
    (``_hedged``): two voices saying a group "may be" behind an attack confirm nothing."""

    def expressed(att: Attribution) -> bool:
        cue = fold(att.cue).lower()
        return cue in _EXPRESSIVE or (cue[:1] in "وف" and cue[1:] in _EXPRESSIVE)

    return _only_by(
        asserted,
        origin,
        lambda att: (
            expressed(att)
            or _own_position(att.content)
            or _obliging(att.content)
            or _hedged(att.content)
            or _condemning(att.content)
        ),
    )


#: Words of a guess, all languages (``Words.hedges``), and how far into a content one is
#: looked for: after the subject it is about ("الجبهة «قد تكون وراء الهجوم»").
_HEDGES = union("hedges")
HEDGE_WITHIN = 6


#: Conditions on the claim (``Words.conditions``), and how far into a content one is looked
#: for: after the event it is about, named with its actor and place.
_CONDITIONS = union("conditions")
CONDITION_WITHIN = 14


def _hedged(content: str) -> bool:
    """A content that only guesses ("الجبهة قد تكون وراء الهجوم", "ربما تأجل الاجتماع", "it
    may be …"), or judges the claim only if it is so ("زيارته إلى …، إن صحت، تعد خرقا"): what
    may be, which two voices guessing alike do not make so."""
    all_words = normal_words(content)
    words = all_words[:HEDGE_WITHIN]
    pairs = {" ".join(words[n : n + 2]) for n in range(len(words) - 1)}
    triples = {" ".join(words[n : n + 3]) for n in range(len(words) - 2)}
    return not _HEDGES.isdisjoint({*words, *pairs, *triples}) or _conditioned(all_words)


def _conditioned(words: Sequence[str]) -> bool:
    """True when a content's words hold a condition on the claim near their opening
    (``Words.conditions``: "زيارته إلى …، إن صحت، تعد خرقا", "if confirmed")."""
    near = words[:CONDITION_WITHIN]
    return not _CONDITIONS.isdisjoint(" ".join(near[n : n + 2]) for n in range(len(near) - 1))


#: Epithets of condemnation, all languages (``Words.epithets``).
_EPITHETS = union("epithets")
#: The epithets as words, also behind a conjunction ("والجبان"): one set test per content.
_EPITHET_WORDS = _EPITHETS | {f"{conjunction}{w}" for conjunction in "وف" for w in _EPITHETS}


def _condemning(content: str) -> bool:
    """A content calling an act by an epithet of condemnation ("هذا العمل الجبان لن يرهب
    …", "هذه الجريمة النكراء أدمت القلوب", "a cowardly act"): the speaker's judgment of it.
    Two notables calling one attack cowardly are two condemnations, not one claim confirmed."""
    return not _EPITHET_WORDS.isdisjoint(words_of(fold(content).lower()))


#: Nouns of a voice's own position, all languages (``Words.position_nouns``).
_POSITIONS = union("position_nouns")
#: Pronouns joined to such a noun ("إدانتها", "أمله"), longest first.
_JOINED_PRONOUNS = ("هما", "هم", "ها", "ه")


def _own_position(content: str) -> bool:
    """A content opening with a noun of the speaker's own position ("وقوف دولة الوادي إلى
    جانب …", "إدانتها للهجوم", "support for the plan"): it says where the speaker stands."""
    words = fold(content).lower().split(None, 1)  # only the first word is read
    if not words:
        return False
    first = words[0].removeprefix("ال")
    if first in _POSITIONS:
        return True  # ("إدانة", "ضرورة": a noun in ة ends in the letter of a pronoun, folded)
    for pronoun in _JOINED_PRONOUNS:
        if first.endswith(pronoun) and len(first) > len(pronoun) + 2:
            bare = first[: -len(pronoun)]
            first = bare[:-1] + "ه" if bare.endswith("ت") else bare
            break
    return first in _POSITIONS


#: Openings of a content that lays a duty on others, all languages (``Words.obliging_openers``).
_OBLIGING = union("obliging_openers")


def _obliging(content: str) -> bool:
    """A content opening with a duty laid on others ("على جميع المرشحين الدخول على الرابط",
    "يجب على المستثمرين …"): the speaker's call. Two officials telling their candidates alike
    confirm no fact."""
    words = fold(content).lower().split(None, 2)[:2]
    return bool(words) and (words[0] in _OBLIGING or " ".join(words) in _OBLIGING)


def _unsourced(
    asserted: Sequence[Attribution],
    origin: Callable[[Attribution], Source],
    credited: Sequence[tuple[str, Source]],
) -> set[str]:
    """The origins that assert the claim only by passing on what no one is named as saying:
    an impersonal cue ("ويُعتقد أن الشريط صُوّر …", "it is believed") or leaks ("وفق
    التسريبات"). The outlet counts for them, but two outlets citing "the leaks" most likely
    cite the same leaks, and a belief no one holds by name confirms nothing: such an origin
    is never a second one."""

    def passed_on(att: Attribution) -> bool:
        voice = att.chain[-1] if att.chain else None
        return voice is not None and origin(att).id != voice.id and _nameless(voice)

    return _only_by(asserted, origin, passed_on, sure={voice.id for _, voice in credited})


def _one_wording(
    asserting: dict[str, Source], texts: Sequence[tuple[Source, str, str]]
) -> tuple[dict[str, Source], list[tuple[Source, str]]]:
    """The asserting origins with those that say the claim in another's very words left out,
    and those left out with the reason. ``texts`` holds each origin's contents (origin,
    article, content): what it is quoted saying, and what a wire states in its own voice. Two
    voices do not say the same long sentence word for word ("قال سالم الفارس إن الجسر سيفتح
    غدا أمام حركة الشاحنات القادمة من الشمال" in one paper, the same sentence from "خالد
    العمري" in another; a market report a national agency puts out in a wire's wording): one
    outlet misread who spoke, or copied a text and credited it to someone else. Either way it
    is one text, hence one origin. In one article the words of an indirect quote are the
    writer's, who may well give two voices' statements the same wording: only contents in two
    articles are compared (but see ``_pasted``)."""

    def said(text: tuple[str, str]) -> tuple[str, str] | None:
        # A long quotation inside the content is what is compared: "«…» كبرى مدن …" in one
        # paper and "«…» عاصمة …" in another quote one text, whatever each adds after it.
        quotes = (m.group(m.lastindex or 0) for m in _QUOTED.finditer(text[1]))
        quoted = max((normal_words(q) for q in quotes), key=len, default=())
        words = quoted if len(quoted) >= SAME_WORDING_WORDS else normal_words(text[1])
        return (text[0], " ".join(words)) if len(words) >= SAME_WORDING_WORDS else None

    found = [(voice, (article, content)) for voice, article, content in texts]
    why = "quoted in the very words of {}: one text"
    return _collapsed(asserting, found, said, _worded_alike, why, MAX_COMPARED)


def _pasted(
    asserting: dict[str, Source], texts: Sequence[tuple[Source, str, str]]
) -> tuple[dict[str, Source], list[tuple[Source, str]]]:
    """The asserting origins less a person given, in one article, the very same long sentence
    as another person ("قال فلان إن …" and, two paragraphs on, "قال علان: إن …" word for
    word): a sentence pasted twice, one text. Two outlets or agencies a writer reports in the
    same words stay two (the writer words what each reported)."""

    def said(text: tuple[str, str]) -> tuple[str, str] | None:
        words = normal_words(text[1])
        return (text[0], " ".join(words)) if len(words) >= SAME_WORDING_WORDS else None

    found = [
        (voice, (article, content)) for voice, article, content in texts if voice.kind in PEOPLE
    ]
    why = "given the very sentence of {} in the same article: one text"
    return _collapsed(asserting, found, said, _same_sentence, why, MAX_COMPARED)


def _same_sentence(mine: Sequence[tuple[str, str]], theirs: Sequence[tuple[str, str]]) -> bool:
    """True when the two voices are given one sentence, word for word, in one article."""
    return any(here == there and a == b for here, a in mine for there, b in theirs)


def _one_dispatch(
    asserting: dict[str, Source],
    asserted: Sequence[Attribution],
    origin: Callable[[Attribution], Source],
) -> tuple[dict[str, Source], list[tuple[Source, str]]]:
    """The asserting origins without those that assert the claim only through unnamed voices
    another origin also cites under the same name, and those left out with the reason: "قال
    سكان وشهود إن 27 شخصا قتلوا" in one paper and in a wire's dispatch, "بحسب المنظمين" in two,
    are most likely one dispatch rewritten, not two outlets finding the same witnesses."""

    def cited(att: Attribution) -> tuple[str, str]:
        voice = att.chain[-1] if att.chain else None
        unnamed = voice is not None and voice.kind in UNNAMED_KINDS
        return (att.article, _unnamed_name(voice.name) if unnamed and voice else "")

    found = [(origin(a), a) for a in asserted]
    why = "cites the same unnamed voices as {}"
    return _collapsed(asserting, found, cited, _same_unnamed, why)


def _reporting_on(
    asserting: dict[str, Source], texts: Sequence[tuple[Source, str, str]]
) -> tuple[dict[str, Source], list[tuple[Source, str]]]:
    """The asserting origins without the outlets and agencies every content of which names
    another asserting origin, a named body or person, and those left out with the reason. "أنقذ
    الجيش الوطني 178 رهينة، بحسب صحيفة الأفق" beside "قال الجيش الوطني إنه أنقذ 178 رهينة": the
    paper tells what the army did, most likely from the army's own word, not from a rescue it
    saw. ``texts`` are (origin, article, content) as ``_one_wording`` takes them."""
    if len(asserting) < 2:
        return asserting, []
    contents: dict[str, list[str]] = {}
    for voice, _, content in texts:
        group = _group_in(asserting, voice)
        if group and asserting[group].kind in _CARRIERS:
            contents.setdefault(group, []).append(f" {normalize(content)} ")
    kept, aside = dict(asserting), []
    for group, said in contents.items():
        named = [
            v
            for g, v in kept.items()
            if g != group and _named_voice(v) and len(normalize(v.name).split()) >= NAME_IN_TEXT
        ]
        subject = next(
            (v for v in named if all(f" {normalize(v.name)} " in text for text in said)), None
        )
        if subject is not None:
            aside.append((kept.pop(group), f"tells what {subject.name} said or did"))
    return kept, aside


#: Fewest words of an origin's name for a content holding it to be about that origin.
NAME_IN_TEXT = 2


def _cited_carriers(
    asserted: Sequence[Attribution],
    origin: Callable[[Attribution], Source],
    publishers: Mapping[str, str],
) -> set[str]:
    """The ids of the wires cited as the voice of the claim in another outlet's article
    ("وبحسب وكالة X فإن …"), and never standing there for unnamed sources they cite. (An outlet
    cited so may have seen what it tells: it keeps its origin unless its words name the
    other's, ``_reporting_on``.)"""
    cited, standing_in = set(), set()
    for att in asserted:
        voice = origin(att)
        if voice.kind is not SourceKind.AGENCY:
            continue
        own = att.chain and att.chain[-1].id == voice.id
        if own and voice.id != publishers.get(att.article):
            cited.add(voice.id)
        else:
            standing_in.add(voice.id)
    return cited - standing_in


def _carried(
    asserting: dict[str, Source], carrying: Collection[str]
) -> tuple[dict[str, Source], list[tuple[Source, str]]]:
    """The asserting origins without the foreign wires only cited for the claim
    (``_cited_carriers``) when a named voice, no unnamed source, asserts it too: "بحسب وكالة X
    فإن الشركة ستغلق مصنعها" beside the firm's chief quoted saying so, the wire carries what
    he said, as when it states it in its own voice; and those left out with the reason."""
    speaker = next(
        (v for v in asserting.values() if _speaks_itself(v) and v.kind not in UNNAMED_KINDS),
        None,
    )
    if speaker is None or not carrying:
        return asserting, []
    kept: dict[str, Source] = {}
    aside: list[tuple[Source, str]] = []
    for group, voice in asserting.items():
        if voice.id in carrying and not _speaks_itself(voice):
            aside.append((voice, f"is cited for what {speaker.name} is quoted saying"))
        else:
            kept[group] = voice
    return kept, aside


def _tells(key: MatchKey, content: str) -> bool:
    """True when a statement says enough to be told from what is said of other events:
    ``TELLING_WORDS`` content words, or a place (a country, its capital, a town after its
    head noun) or a telling count (``numbers.telling_counts``)."""
    return (
        len(key.vocabulary) >= TELLING_WORDS
        or bool(telling_counts(key.numbers))
        or bool(places(content).places)
        or bool(local_places(content))
    )


#: Content words an origin's statement must hold for the origin to confirm another's claim,
#: unless it names a place or gives a telling count: fewer ("أحيل الأمر إلى الجهات المختصة",
#: "وقعت إصابات بين المارة") is said of many events.
TELLING_WORDS = 5


def _said_little(
    asserting: dict[str, Source], texts: Sequence[tuple[Source, str, str]]
) -> tuple[dict[str, Source], list[tuple[Source, str]]]:
    """The asserting origins without those every content of which holds fewer than
    ``TELLING_WORDS`` content words, and those left out with the reason: a few words a
    spokesman says of one seizure ("أحيل الأمر إلى الجهات المختصة") and another of another
    seizure ("جرت إحالة الأمر للجهات المختصة") match as well as two reports of one event,
    so such an origin confirms no one. A few words naming a place ("زار الورفلي دمشق سرا")
    or a telling count ("قتل 27 شخصا") tell their event (``_tells``). When every origin says
    so little, the first stays. ``texts`` are (origin, article, content) as ``_one_wording``
    takes them."""
    if len(asserting) < 2:
        return asserting, []
    read: set[str] = set()
    telling: set[str] = set()
    for voice, article, content in texts:
        group = _group_in(asserting, voice)
        if not group:
            continue
        read.add(group)
        if group not in telling and _tells(match_key("", article, content, None), content):
            telling.add(group)
    little = read - telling  # an origin none of whose contents is read stays
    if not little:
        return asserting, []
    first = next(iter(asserting))
    keep = (set(asserting) - little) or {first}
    kept = {g: v for g, v in asserting.items() if g in keep}
    why = "says too little to be told from other events"
    return kept, [(v, why) for g, v in asserting.items() if g not in keep]


STATE = "state:"


def _state_act_relayed(
    asserting: dict[str, Source], own: Sequence[tuple[Source, str, str]], cited: Collection[str]
) -> tuple[dict[str, Source], list[tuple[Source, str]]]:
    """The asserting origins without the wires that state, only in their own voice and in
    every content naming one state, what that state's agency or one of its officials (an
    origin of the registry or text group "state:XX") also asserts, and those left out with
    the reason. "أصدر رئيس دولة الجزر المتحدة مرسوما بتعيين سفير جديد" from the islands' own
    agency, and the same decree told by two foreign wires in their own words: the wires saw
    no decree of their own, they report the state's act as the state announced it, so the
    claim has one origin. ``own`` holds (voice, article, content) of the statements
    credited to a wire; ``cited`` the groups that assert the claim as someone's words. A
    wire of a state its contents name too (a party to the act) stays an origin."""
    states = {g[len(STATE) :]: v for g, v in asserting.items() if g.startswith(STATE)}
    if not states or len(asserting) < 2:
        return asserting, []
    named: dict[str, set[str]] = {}
    for voice, _, content in own:
        group = _group_in(asserting, voice)
        if group and asserting[group].kind is SourceKind.AGENCY and group not in cited:
            found = set(places(content).places)
            named[group] = named[group] & found if group in named else found
    kept, aside = dict(asserting), []
    for group, codes in named.items():
        acting = sorted(c for c in codes if c in states and STATE + c != group)
        party = group.startswith(STATE) and group[len(STATE) :] in codes
        if acting and not party:
            why = f"tells in its own voice the act of a state that {states[acting[0]].name} carries"
            aside.append((kept.pop(group), why))
    return kept, aside


def _credited_together(
    asserting: dict[str, Source],
    stated: Sequence[Statement],
    voice_of: Mapping[str, Source],
    cited: Collection[str],
) -> tuple[dict[str, Source], list[tuple[Source, str]]]:
    """The asserting origins without a wire that states the claim only in articles credited
    to another asserting wire as well, and those left out with the reason. An article whose
    byline reads "د ب أ، واس" speaks in the first wire's name (``Statement.also`` holds the
    others), but its words may be the second's: beside that second wire stating the claim
    elsewhere it is no second origin (leaning to one). A wire also cited for the claim
    (``cited``) or stating it in an article credited to it alone stays an origin; of two wires
    each credited beside the other, the first by group is kept."""
    if len(asserting) < 2 or not any(s.also for s in stated):
        return asserting, []
    kept, aside = dict(asserting), []
    for group in sorted(asserting):
        voice = asserting[group]
        if voice.independence_group in cited:
            continue
        mine = [s for s in stated if s.credited and same_voice(voice_of[s.id], voice)]
        others = [v for g, v in kept.items() if g != group]
        found = [next((v for v in others for w in s.also if same_voice(w, v)), None) for s in mine]
        beside = [v for v in found if v is not None]
        if mine and len(beside) == len(mine):
            kept.pop(group)
            why = f"is credited together with {beside[0].name} where it states the claim"
            aside.append((voice, why))
    return kept, aside


def _by_trade_alone(
    asserting: dict[str, Source],
) -> tuple[dict[str, Source], list[tuple[Source, str]]]:
    """The asserting origins without a body named by its trade alone ("شركة الضمان راعية
    الفريق", "الشركة الراعية") where another origin is a body of the same head noun named by
    a proper name ("شركة نمارق للتأمين"): no reader can tell the trade's body apart from the
    named one, so it is no second origin beside it (leaning to one origin). Two bodies of one
    trade each named by a proper name stay two."""
    if len(asserting) < 2:
        return asserting, []
    named: dict[str, Source] = {}
    for voice in asserting.values():
        parts = _body_name_parts(voice)
        if parts and not _trade_only(parts[1]):
            named.setdefault(parts[0], voice)
    if not named:
        return asserting, []
    kept, aside = dict(asserting), []
    for group, voice in asserting.items():
        parts = _body_name_parts(voice)
        if parts and parts[0] in named and _trade_only(parts[1]):
            why = f"named only by its trade, not told apart from {named[parts[0]].name}"
            aside.append((kept.pop(group), why))
    return kept, aside


def _body_name_parts(voice: Source) -> tuple[str, tuple[str, ...]] | None:
    """A body's head noun (``Words.body_heads_alone``, folded, without the article) and the
    folded words after it; None for a voice that is no body,
    is in the registry, or is not named in Arabic letters after such a head."""
    if voice.kind not in BODY_KINDS or voice.in_registry or not arabic_script(voice.name):
        return None
    words = fold(voice.name).split()
    if not words or words[0].removeprefix("ال") not in _BODY_HEADS_ALONE:
        return None
    return words[0].removeprefix("ال"), tuple(words[1:])


def _trade_only(rest: tuple[str, ...]) -> bool:
    """True for a body's name with no proper name after its head: every word after it has the
    article ("الشركة الراعية للنادي", "شركة الضمان"), or is a noun between two that have it (the
    construct "راعية الفريق" after "شركة الضمان"). A word without the article right after the
    head is a proper name ("شركة نمارق"). A proper name with the article ("شركة الواحة") is
    read as a trade: set aside only beside a body of the same head named otherwise, it leans
    to one origin."""
    if not rest:
        return True  # the head alone ("الشركة", "شركة") names no one
    for n, word in enumerate(rest):
        if _definite(word):
            continue
        between = 0 < n < len(rest) - 1 and _definite(rest[n - 1])
        if not (between and _definite(rest[n + 1])):
            return False
    return True


def _definite(word: str) -> bool:
    """True for a folded word with the article, alone or after a proclitic ("الراعية",
    "للنادي", "والتأمين", "بالمدينة")."""
    return word.startswith(("ال", "لل", "وال", "بال"))


#: Words that count a group of unnamed voices (``Words.group_counts``).
_GROUP_COUNTS = union("group_counts")


def _unnamed_name(name: str) -> str:
    """An unnamed voice's name as compared: its content words, without the words that count
    the group ("بعض الدبلوماسيين" and "بضعة دبلوماسيين" are "دبلوماسيين"); medical people
    of any name ("مسعفون", "مصادر طبية", "أطباء") are one name, and so are a finding's
    makers named by one word and no body ("العلماء", "المطورون")."""
    words = content_words(normalize(name).split())
    if not _MEDICAL.isdisjoint(words):
        return MEDICAL_VOICES
    alone = fold(name).split()
    if len(alone) == 1 and alone[0].removeprefix("ال") in _MAKERS:
        return MAKER_VOICES  # "العلماء", "المطورون": a finding's makers, tied to no body
    return " ".join(w for w in words if w not in _GROUP_COUNTS)


#: Words naming medical people as an unnamed voice (``Words.medical_voices``).
_MEDICAL = union("medical_voices")
#: The one name of medical unnamed voices, whatever the outlet called them.
MEDICAL_VOICES = "medical"
#: Words naming the makers of a finding as an unnamed voice (``Words.maker_voices``).
_MAKERS = union("maker_voices")
#: The one name of a finding's makers cited alone, whatever the outlet called them.
MAKER_VOICES = "makers"


def _same_unnamed(mine: Sequence[tuple[str, str]], theirs: Sequence[tuple[str, str]]) -> bool:
    """True when every voice a later origin asserts through is unnamed (``mine``, a name each,
    "" for a named voice) and one of them is named as one the kept origin cites, or more or
    less fully ("مصادر عسكرية" / "مصادر عسكرية موالية للحكومة": the shorter name, of two
    words or more, opens the longer)."""
    names = {name for _, name in mine}
    if not mine or "" in names:
        return False
    cited = {name for _, name in theirs if name}
    return any(_opens(a, b) or _opens(b, a) for a in names for b in cited)


def _opens(short: str, long: str) -> bool:
    """True when a name is another, or its first words (two or more)."""
    if short == long:
        return True
    words = short.split()
    return len(words) >= UNNAMED_PREFIX_WORDS and long.split()[: len(words)] == words


#: Fewest words of an unnamed voice's name that may stand for a longer one it opens.
UNNAMED_PREFIX_WORDS = 2


def _collapsed(
    asserting: dict[str, Source],
    items: Sequence[tuple[Source, _T]],
    read: Callable[[_T], tuple[str, str] | None],
    alike: Callable[[Sequence[tuple[str, str]], Sequence[tuple[str, str]]], bool],
    why: str,
    limit: int | None = None,
) -> tuple[dict[str, Source], list[tuple[Source, str]]]:
    """``asserting`` without each origin ``alike`` one kept before it, and those left out with
    ``why`` (naming the kept one). ``items`` pairs a voice with one thing it asserts, ``read``
    gives what is compared of that thing (its article and a string), or None; at most
    ``limit`` of an origin are compared."""
    if len(asserting) < 2:
        return asserting, []
    seen: dict[str, list[tuple[str, str]]] = {}
    for voice, item in items:
        group = _group_in(asserting, voice)
        if not group or (limit is not None and len(seen.get(group, ())) >= limit):
            continue
        found = read(item)
        if found is not None:
            seen.setdefault(group, []).append(found)
    kept: dict[str, Source] = {}
    aside: list[tuple[Source, str]] = []
    for group, voice in asserting.items():
        twin = next((k for k in kept if alike(seen.get(group, ()), seen.get(k, ()))), None)
        if twin is None:
            kept[group] = voice
        else:
            aside.append((voice, why.format(kept[twin].name)))
    return kept, aside


#: Fewest words of a content for two voices saying it word for word to be one text, and the
#: most contents of one origin compared (a claim may hold hundreds).
SAME_WORDING_WORDS = 8
MAX_COMPARED = 6
#: Least rapidfuzz ratio of two contents that are the same words (a letter or a word apart).
SAME_WORDING_RATIO = 85
#: A quotation inside a content, between guillemets or curly or straight double quotes.
_QUOTED = re.compile(r"«([^»]+)»|“([^”]+)”|\"([^\"]+)\"")
#: Least rapidfuzz partial ratio of a content that is a passage of another, word for word
#: (both at least SAME_WORDING_WORDS long).
SAME_PASSAGE_RATIO = 95


def _group_in(asserting: Mapping[str, Source], voice: Source) -> str:
    """The key in ``asserting`` of the group a voice counts in, or "" when none."""
    if voice.independence_group in asserting:
        return voice.independence_group
    return next((g for g, v in asserting.items() if same_voice(voice, v)), "")


def _worded_alike(mine: Sequence[tuple[str, str]], theirs: Sequence[tuple[str, str]]) -> bool:
    """True when a content of one voice is, word for word, a content of the other in another
    article (each content is paired with its article), or the opening or a passage of it: one
    outlet cut the copied sentence short ("الكشافة خير سفراء لبلدهم" printed whole in one
    paper, with "… حيث قدموا من أرض السلام" in another). So is a long content that copies the
    other as ``link.reuse`` reads a copy, with a few words of its own here and there (a
    release's thirty words in a row quoted from an official in one paper and from another
    man in the next): no two men say that much alike."""
    return any(
        here != there
        and (
            fuzz.ratio(a, b) >= SAME_WORDING_RATIO
            or fuzz.partial_ratio(a, b) >= SAME_PASSAGE_RATIO
            or copied(a, b)
            or _same_words_in_order(a, b)
        )
        for here, a in mine
        for there, b in theirs
    )


#: Fewest words of the shorter content for the words-in-order test (``_same_words_in_order``),
#: and the least share of them the longer holds in the same order.
SAME_ORDER_WORDS = 12
SAME_ORDER_SHARE = 0.9


def _same_words_in_order(a: str, b: str) -> bool:
    """True when the shorter of two contents (words joined by spaces), twelve words or more,
    is found in the longer word for word and in order but for a tenth of its words: "يتعين على
    المتقدمين حجز موعد المقابلة من خلال الرابط التالي" in one paper, and in another the same
    sentence with "القادمين من المحافظة" put in and "التالي" left out. An outlet that credits a
    release to its own region's official adds or drops a phrase; two men do not say twelve
    words alike in one order."""
    mine, theirs = a.split(), b.split()
    shorter = min(len(mine), len(theirs))
    if shorter < SAME_ORDER_WORDS:
        return False
    in_order = (len(mine) + len(theirs) - Indel.distance(mine, theirs)) / 2
    return in_order >= SAME_ORDER_SHARE * shorter


def _beside_named(
    asserted: Sequence[Attribution],
    origin: Callable[[Attribution], Source],
    publishers: Mapping[str, str] | None = None,
) -> set[str]:
    """The unnamed origins tied to no state or body that assert the claim only in articles
    where a named voice asserts it too ("أعلن مسؤول محلي أن 40 مدرسة دمرت … وقال سالم الفارس
    المتحدث باسم المجلس إن المدارس دمرت"): a reporter introduces a speaker unnamed before
    naming him, or sets a nameless voice beside a named one; neither is a second origin. A
    voice the article introduces as another one ("مندوب ثان", ``_other_voices``) is not
    the one before it, and a body counted for its unnamed members names no one. So is a
    publisher counted for unnamed people it cites (``publishers``: each article's) where it
    names a paper saying the same ("كشفت صحيفة الأفق أن … وقال متشددون إن …"): it retells
    the paper's report."""
    own = publishers or {}

    def cited(att: Attribution) -> bool:
        voice = att.chain[-1] if att.chain else None
        return voice is not None and (
            _named_voice(voice)
            or (voice.kind is SourceKind.OUTLET and voice.id != own.get(att.article))
        )

    named = {a.article for a in asserted if cited(a)}

    def beside(att: Attribution) -> bool:
        voice = origin(att)
        if att.article not in named:
            return False
        if att.chain and voice.id == own.get(att.article) and att.chain[-1].kind in UNNAMED_KINDS:
            return True
        return voice.kind in UNNAMED_KINDS and not voice.group.startswith(("state:", BODY, ANOTHER))

    return _only_by(asserted, origin, beside)


def _named_voice(voice: Source) -> bool:
    """True for a voice that is a named person or body, not a medium nor an unnamed voice."""
    return voice.kind not in UNNAMED_KINDS and voice.kind not in _CARRIERS


def _only_by(
    asserted: Sequence[Attribution],
    origin: Callable[[Attribution], Source],
    how: Callable[[Attribution], bool],
    sure: Collection[str] = (),
) -> set[str]:
    """The origins all of whose attributions in the claim are of one kind (``how``), and that
    are not among ``sure`` (origins asserting it otherwise)."""
    found: set[str] = set()
    other = set(sure)
    for att in asserted:
        (found if how(att) else other).add(origin(att).id)
    return found - other


#: Adjectives of unnamed sources that are the media's (``Words.media_adjectives``).
_MEDIA_ADJECTIVES = union("media_adjectives")


def _nameless(voice: Source) -> bool:
    """True for the voice of an impersonal cue, of leaks or of unnamed media sources ("مصادر
    إعلامية فرنسية"): no one is named as saying it."""
    if voice.id == UNKNOWN_VOICE or voice.kind is SourceKind.LEAKS:
        return True
    if voice.kind is not SourceKind.ANONYMOUS:
        return False
    return not _MEDIA_ADJECTIVES.isdisjoint(
        word.removeprefix("ال") for word in words_of(fold(voice.name))
    )


#: Head nouns of a medium's name ("صحيفة"): a name made of them names no one.
_MEDIA_HEADS = union("outlet_heads")


def _only_heads(name: str) -> bool:
    """True for a medium's name made of head nouns alone ("صحيفة", "الجريدة")."""
    return all(w.removeprefix("ال") in _MEDIA_HEADS for w in normalize(name).split())


def _weak(voice: Source, one_article: bool) -> bool:
    """True for a voice that does not say who speaks: a report or statement with no issuer, a
    medium neither in the registry nor named after its head noun ("مواقع إخبارية", "الصحيفة"),
    a one-word name with no title, a body named by a unit's head alone ("الأمانة العامة"), a
    title over a body's head noun alone ("رئيس الهيئة", ``_over_head_alone``);
    in one article also a person named by one word (a given name, a fragment of a longer name,
    "المقاول أمهلهم"), whatever state it is read as speaking for, any person with
    no title or description, an unnamed source with no
    body, a body named by one word ("المؤسسة")."""
    if voice.in_registry:
        return False
    if _with_press(voice.name):
        return True  # two voices told as one, whatever state the first is read as speaking for
    people = voice.kind in (SourceKind.PERSON, SourceKind.OFFICIAL)
    if people and (_names_no_one(voice.name) or _over_head_alone(voice.name)):
        return True  # a misread or a bare title, whatever state it is read as speaking for
    if (
        one_article
        and len(voice.name.split()) == 1
        and (voice.kind is SourceKind.PERSON or (people and voice.descriptor))
    ):
        # In one article a person read as one word is more often a fragment of a longer name
        # (its rest read as a description) or a given name alone than a second origin,
        # whatever state it is read as speaking for. A state named alone ("قالت الدولة")
        # has no description and speaks for itself; one named with an apposition after it
        # is read as a person and set aside too (leaning to one origin).
        return True
    if voice.group.startswith(("state:", BODY)):
        return False
    if voice.kind is SourceKind.OFFICIAL and _post_of_no_body(voice):
        return True
    if voice.kind is SourceKind.DOCUMENT:
        return True
    if voice.kind in _CARRIERS:
        # "صحيفة الأفق" is named; "مواقع إخبارية", "صحيفة" alone are not.
        return not voice.descriptor or _only_heads(voice.name)
    if people:
        if _names_no_one(voice.descriptor, only_end=True):
            return True
        return not voice.descriptor and (
            one_article
            or len(voice.name.split()) == 1
            or _common_noun(voice)
            or _kin(voice)
            or _no_given_name(voice)
        )
    if voice.kind in BODY_KINDS:
        return (
            (one_article and len(voice.name.split()) < 2)
            or unit_alone(voice.name)
            or _head_alone(voice.name)
        )
    return one_article


#: Plural nouns of the press and its reports, all languages (``Words.press_plurals``).
_PRESS_PLURALS = union("press_plurals")
#: Words joining a second voice to a first one in a voice's name ("و" is a proclitic).
_AND = frozenset({"and", "&"})


def _with_press(name: str) -> bool:
    """True for a voice's name that joins the press to a first voice ("الشرطة وصحف محلية",
    "police and local newspapers"): two voices told as one, of which no one can say which
    said what, so no origin of its own beside another."""
    words = fold(name).split()
    for n, word in enumerate(words[1:], 1):
        if word.startswith("و") and word[1:].removeprefix("ال") in _PRESS_PLURALS:
            return True
        if word in _AND and not _PRESS_PLURALS.isdisjoint(words[n + 1 : n + 3]):
            return True
    return False


#: Heads of a body's name that alone name no body, all languages (``Words``).
_BODY_HEADS_ALONE = union("body_heads_alone")

#: Letters of the shortest definite adjective of relation ("الفني"; "الي", إلى folded, is none).
MIN_NISBA = 4


def _head_alone(name: str) -> bool:
    """True for a body named by its head noun alone ("المكتب", "the office"), or by its head
    noun and one adjective of relation ("النادي الإنجليزي", "الشركة الأمريكية"): a reference
    back to a body its article named, which another article cannot tell apart."""
    words = fold(name).split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) == 2 and _definite_nisba(words[1]):
        words = words[:1]
    return len(words) == 1 and words[0].removeprefix("ال") in _BODY_HEADS_ALONE


def _post_of_no_body(voice: Source) -> bool:
    """True for an unnamed post over a body named by a definite head noun and its adjectives
    of relation alone ("عميد السلك القنصلي", "مدير المركز الوطني"), tied to no state: writers
    call a man they named by a second title of his, so the named holder another origin is
    may be he. A post over a body named in full ("أمين عام نقابة الصحافيين") is identified."""
    words = fold(voice.name).split()
    return (
        not voice.descriptor
        and len(words) >= 2
        and all(w.startswith("ال") for w in words[1:])
        and all(_definite_nisba(w) for w in words[2:])
    )


def _definite_nisba(word: str) -> bool:
    """True for a folded definite adjective of relation ("الانجليزي", "الامريكيه")."""
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) > MIN_NISBA


def _over_head_alone(name: str) -> bool:
    """True for a title over a body named by its head noun alone ("رئيس الهيئة", "مدير
    المركز"): the holder another article names is most likely the man, so the role is no
    second origin beside him."""
    words = fold(name).split()
    return len(words) == 2 and words[1].removeprefix("ال") in _BODY_HEADS_ALONE


#: Terms of address and words that open no name, all languages (``Words``).
_HONORIFICS = union("honorifics")
_NAME_BREAKERS = union("name_breakers")


def _names_no_one(name: str, *, only_end: bool = False) -> bool:
    """True for a person's name made of terms of address alone ("صاحب السمو الملكي", "His
    Excellency"), opening with a preposition or a place's head ("لدى استقباله", "بحسب
    مصدر", "منطقة الوادي"), or closing with a preposition or a lone letter ("سالم في",
    "الحمدان ب"): a misread, not a second man. ``only_end`` looks at the close alone (for a
    descriptor: "المواطن في")."""
    words = name.split()
    if not words:
        return not only_end
    if only_end:
        return words[-1].lower() in _NAME_BREAKERS  # "د" closing one is a doctor's title
    if len(words) > 1 and (words[-1].lower() in _NAME_BREAKERS or len(words[-1]) == 1):
        return True
    return words[0].lower() in _NAME_BREAKERS or all(
        fold(w).removeprefix("ال") in _HONORIFICS or fold(w) in _HONORIFICS for w in words
    )


#: Nouns of kinship, all languages (``Words.kin``).
_KIN = union("kin")


def _kin(voice: Source) -> bool:
    """True for a voice named only by kinship ("شقيق الطفل", "the boy's brother"): another
    outlet may name the same man ("قال سالم جابر إن أخاه …"), so he is no second origin."""
    words = [w.removeprefix("ال") for w in fold(voice.name).split()]
    return len(words) <= 3 and bool(words) and (words[0] in _KIN or words[-1] in _KIN)


def _no_given_name(voice: Source) -> bool:
    """True for a person with no title, named in Arabic letters, whose name opens with no
    given name we know ("أثارت نسبة جديدة" before "تؤكد …": a sentence's first words read as a
    voice): a misread more often than a second origin. Names in Latin letters are left alone."""
    words = fold(voice.name).split()
    if voice.kind is not SourceKind.PERSON or not words or not arabic_script(voice.name):
        return False
    return not given_name(words[0])


def _common_noun(voice: Source) -> bool:
    """True for a person with no title whose name opens with the article ("التقديرات
    الأولية", "المصادر الرسمية"): a common noun read as a voice more often than a family name
    written alone."""
    words = normalize(voice.name).split()
    return voice.kind is SourceKind.PERSON and bool(words) and words[0].startswith("ال")


def _hearsay(
    asserted: Sequence[Attribution],
    origin: Callable[[Attribution], Source],
    publishers: Mapping[str, str],
) -> set[str]:
    """The publishers counted for the unnamed people they cite in their own article ("وقال
    شهود للصحيفة …"): no identified second voice beside another one there."""
    return {
        origin(a).id
        for a in asserted
        if a.chain
        and a.chain[-1].kind in UNNAMED_KINDS
        and origin(a).id == publishers.get(a.article)
    }


def _cited_twice(
    asserted: Sequence[Attribution],
    origin: Callable[[Attribution], Source],
    publishers: Mapping[str, str],
) -> dict[str, Source]:
    """The attributions by which a publisher cites an unnamed voice that a wire cites in the
    same article under the same name, each with that wire's origin: "أفادت مصادر عسكرية بأن
    …" beside "ونقلت وكالة السهل عن مصادر عسكرية أن …" is one source cited twice, which the
    paper had from the wire; the paper is no second origin."""
    through: dict[tuple[str, str], Source] = {}
    hearsay: list[tuple[Attribution, str]] = []
    for att in asserted:
        if not att.chain or att.chain[-1].kind not in UNNAMED_KINDS:
            continue
        key = normalize(att.chain[-1].name)
        if attributed_origin(att).id == publishers.get(att.article):
            # Its own article's reading, before a copy counts it as another's.
            hearsay.append((att, key))
        else:
            through.setdefault((att.article, key), origin(att))
    return {
        att.id: through[(att.article, key)] for att, key in hearsay if (att.article, key) in through
    }


def _credited_twice(
    asserted: Sequence[Attribution], origin: Callable[[Attribution], Source]
) -> dict[str, Source]:
    """The attributions by which one statement of an article is credited to a second medium,
    each with the first: "قال المصدر بحسب موقع الساحل إن …، وفق ما نشرته صحيفة الأفق" is one
    statement that one outlet took from the other, not two outlets' findings. Two media
    credited for statements that overlap in the text, the later is the copy. So is a medium
    credited for what a medium of the same article relays from someone ("أفادت شبكة الأفق
    نقلا عن مسؤولين أميركيين بأن …، حسبما أفادت وكالة الساحل"): the wire passed on the
    network's report, whose origin it takes (a medium the copy's own chain holds, the wire
    credited for the whole dispatch, relays both and tells neither from the other)."""
    out: dict[str, Source] = {}

    def carried(att: Attribution) -> bool:
        return origin(att).kind in _CARRIERS

    def relays(att: Attribution) -> set[str]:
        return {v.id for v in att.chain[:-1] if v.kind in _CARRIERS}

    media = sorted(
        (a for a in asserted if carried(a) or relays(a)), key=lambda a: (a.article, a.start)
    )
    for first, later in combinations(media, 2):
        copy, kept = (later, first) if carried(later) else (first, later)
        if (
            first.article == later.article
            and carried(copy)
            and (carried(kept) or relays(kept) - {v.id for v in copy.chain})
            and copy.id not in out
            and later.start < first.end
            and first.start < later.end
            and origin(first).independence_group != origin(later).independence_group
        ):
            out[copy.id] = origin(kept)
    return out


def _relaying(asserted: Sequence[Attribution], origin: Callable[[Attribution], Source]) -> set[str]:
    """The groups of voices that relay the claim from another origin somewhere in it ("أ ف ب،
    نقلا عن مصدر مقرب من النادي"): where the same voice states the claim on its own (a copy that
    dropped "citing …", its credited own voice), it is restating what it relayed, not a second
    origin."""
    out: set[str] = set()
    for att in asserted:
        root = origin(att).independence_group
        out.update(v.independence_group for v in att.chain[:-1] if v.independence_group != root)
    return out


def _by_publisher(att: Attribution, origin: Source, publisher: str | None) -> bool:
    """True when no voice but the article's own publisher says it (an unnamed source the
    publisher cites is still a source)."""
    return origin.id == publisher and all(v.id == publisher for v in (att.source, *att.chain))


def _names(voices: Iterable[Source]) -> str:
    return ", ".join(v.name for v in voices)


def explain(
    judged: Standing,
    atts: Sequence[Attribution],
    stated: Sequence[Statement],
    *,
    articles: int = 1,
    outlets: int = 1,
    relays: Sequence[Relay] = (),
    copied: Sequence[str] = (),
    linked: Sequence[str] = (),
    recounted: Collection[str] = (),
) -> str:
    """Say in one line why a claim has its status.

    ``copied`` are notes on statements outlets printed word for word ("same text in 3
    outlets; one origin: أ ف ب"), ``linked`` why members were linked ("same entities غسان,
    دمشق; semantic 0.83"), ``recounted`` the attributions whose origin is their copy's.
    """
    places = len(atts) + len(stated)
    where = f"stated {places} time{'s' if places != 1 else ''}"
    if articles > 1:
        where += f" in {articles} articles from {outlets} outlet{'s' if outlets != 1 else ''}"
    counted = {v.id for v in judged.voices}
    # A voice whose text is a copy of another origin's (``recounted``) relayed nothing.
    relay_names = sorted(
        {
            v.name
            for a in atts
            for v in (a.chain[:-1] if a.id in recounted else a.chain)
            if v.id not in counted
        }
    )
    tail = f"; relayed through {', '.join(relay_names)}" if relay_names else ""
    tail += _merged_note(judged)
    tail += "".join(f"; {voice.name} not counted: {why}" for voice, why in judged.aside)
    tail += "".join(f"; {note}" for note in copied)
    if linked:
        tail += f"; linked by {'; '.join(linked)}"
    if relays:
        copies = "; ".join(f"{r.copy_publisher} copies {r.original_publisher}" for r in relays)
        tail += f"; {copies} (near-verbatim)"
    if judged.status is Status.UNATTRIBUTED:
        whose = "publisher's" if len(judged.own_voices) == 1 else "publishers'"
        return (
            f"{where}, only in the {whose} own voice ({_names(judged.own_voices.values())}){tail}"
        )
    if judged.status is Status.CONTESTED:
        said = _names(judged.asserting.values()) or "no one"
        return f"{where}; denied by {_names(judged.denying.values())}; asserted by {said}{tail}"
    if judged.status is Status.SINGLE_SOURCED:
        (origin,) = judged.asserting.values()
        return f"{where}, all tracing to {origin.name}{tail}"
    count = len(judged.asserting)
    return f"{where}, from {count} independent origins: {_names(judged.asserting.values())}{tail}"


def _merged_note(judged: Standing) -> str:
    """Name origins that count as one because they share an independence group."""
    by_group: dict[str, set[str]] = {}
    for voice in judged.voices:
        if voice.group:
            by_group.setdefault(voice.group, set()).add(voice.name)
    notes = [
        f"{' and '.join(sorted(names))} count as one ({group})"
        for group, names in sorted(by_group.items())
        if len(names) > 1
    ]
    kept = [*judged.asserting.values(), *judged.denying.values()]
    named: set[tuple[str, str, str]] = set()
    for voice in judged.voices:
        if any(voice.independence_group == k.independence_group for k in kept):
            continue
        into = next((k for k in kept if same_voice(voice, k)), None)
        if into is not None:
            named.add((into.name, voice.name, why_same(voice, into)))
            continue
        copy = next((t for t in judged.tied if _tied_to(voice, t, kept)), None)
        if copy is not None:
            named.add((copy[1].name, voice.name, f"a copy names {copy[0].name}"))
            continue
        state = _state_tied(voice, judged.tied, kept)
        if state is not None:
            named.add((state[0].name, voice.name, f"copies read both as {state[1]}"))
    notes += [f"{a} and {b} count as one ({why})" for a, b, why in sorted(named)]
    return "; " + "; ".join(notes) if notes else ""


def _state_tied(
    voice: Source, tied: Sequence[tuple[Source, Source]], kept: Sequence[Source]
) -> tuple[Source, str] | None:
    """The kept origin ``voice`` counts as through copies reading both as one state's
    voices (``_tie_states``), with that state's group, or None."""
    for mine, into in tied:
        if into.id != voice.id or not mine.group.startswith("state:"):
            continue
        for theirs, other in tied:
            if theirs.independence_group == mine.independence_group and other is not into:
                found = next((k for k in kept if k.id == other.id), None)
                if found is not None:
                    return found, mine.group
    return None


def _tied_to(voice: Source, tie: tuple[Source, Source], kept: Sequence[Source]) -> bool:
    """True when a copy's ``tie`` (voice, origin it counts as) joins ``voice`` to a kept one."""
    named, into = tie
    same = voice.independence_group == named.independence_group or same_voice(voice, named)
    return same and any(k.independence_group == into.independence_group for k in kept)


# --- within one article ------------------------------------------------------------------------


def link_claims(
    article_id: str,
    attributions: Sequence[Attribution],
    statements: Sequence[Statement],
    t: Thresholds = DEFAULT,
    *,
    keys: Sequence[MatchKey] | None = None,
    publisher: str | None = None,
    body_start: int = 0,
) -> list[Claim]:
    """Group an article's attributions and own-voice statements into claims.

    ``keys`` are their match keys in that order, when already computed; ``publisher`` is the
    id of the article's publisher (see ``standing``); attributions before ``body_start`` are
    the headline's (see ``link.anaphora.headline_summaries``).
    """
    publisher_of = {article_id: publisher} if publisher else None
    items = list(keys) if keys is not None else match_keys(attributions, statements)
    contents = {a.id: a.content for a in attributions} | {s.id: s.content for s in statements}
    origin_of = {a.id: attributed_origin(a) for a in attributions}
    speakers = {
        item: origin.independence_group
        for item, origin in origin_of.items()
        if _named_speaker(origin)
    }
    speakers |= _unnamed_beside_commentators(origin_of)
    speakers |= _paper_and_official(attributions, publisher)
    speakers |= _lay_voices(attributions)
    holders = _holders(attributions, statements)
    homes = {
        item: origin.country
        for item, origin in origin_of.items()
        if origin.country and origin.kind not in MEDIA
    }
    plain = frozenset(i for i, origin in origin_of.items() if origin.kind is SourceKind.PERSON)
    said_by = {a.id: a.source.id for a in attributions if a.source.kind not in UNNAMED_KINDS}
    clusters = _complete_linkage(items, t, contents, speakers, holders, homes, plain, said_by)
    clusters = _joined_plans(clusters, items, contents, speakers, t)
    clusters = join_denied_reports(clusters, [k.id for k in items], attributions, publisher)
    clusters = join_reports_after_denials(clusters, [k.id for k in items], attributions)
    if body_start:
        clusters = join_headlines(clusters, [k.id for k in items], attributions, body_start)
    by_id = {a.id: a for a in attributions}
    by_statement = {s.id: s for s in statements}
    voice_of = {s.id: s.voice for s in statements}
    claims = []
    for number, members in enumerate(sorted(clusters, key=min), 1):
        ids = [items[m].id for m in members]
        atts = [by_id[i] for i in ids if i in by_id]
        stated = [by_statement[i] for i in ids if i in by_statement]
        judged = standing(atts, stated, voice_of, publisher_of=publisher_of)
        claims.append(
            Claim(
                id=f"{article_id}.c{number}",
                text=atts[0].content if atts else stated[0].content,
                attributions=tuple(a.id for a in atts),
                statements=tuple(s.id for s in stated),
                origins=tuple(v.id for v in judged.asserting.values()),
                denying_origins=tuple(v.id for v in judged.denying.values()),
                status=judged.status,
                explanation=explain(judged, atts, stated),
            )
        )
    return claims


def _holders(
    attributions: Sequence[Attribution], statements: Sequence[Statement]
) -> dict[str, str]:
    """Background statement id → the id of the attribution whose content holds it: the
    publisher's aside inside what a voice said is not that voice's claim, however alike
    their words."""
    return {
        s.id: a.id
        for s in statements
        if is_background(s.id)
        for a in attributions
        if a.start <= s.start and s.end <= a.end
    }


#: Kinds of voice that speak for themselves (not media carrying others' words, nor unnamed).
_SPEAKERS = frozenset({*PEOPLE, SourceKind.GOVERNMENT_BODY, SourceKind.ORGANIZATION})


def _named_speaker(voice: Source) -> bool:
    """True for a voice named well enough to be told from another in its article: a person
    of two words or more, a body or an organisation of the registry or named in three words or
    more (a medium only carries what a speaker says; a one-word name may be a misread, and
    "السلطات المحلية" may be the officials the article names)."""
    if voice.kind in PEOPLE:
        return len(voice.name.split()) > 1
    return voice.kind in _SPEAKERS and (voice.in_registry or len(voice.name.split()) > 2)


#: Heads of a commentator's description, all languages (``Words.commentators``).
_COMMENTATORS = union("commentators")


def _commentator(voice: Source) -> bool:
    """True for a person described as a commentator ("خبير الشؤون …", "محلل سياسي", "a
    political analyst"): the head within the description's first three words."""
    words = fold(voice.descriptor or "").split()[:3]
    return voice.kind in PEOPLE and any(w in _COMMENTATORS for w in words)


def _unnamed_beside_commentators(origin_of: Mapping[str, Source]) -> dict[str, str]:
    """Unnamed voices as ``speakers`` (id → independence group) when the article also quotes
    a commentator (``_commentator``): "مصادر مقربة من فلان" telling of his resignation and an
    expert on what it means are two voices, whose words are one claim only at the bar of a
    confirmed link (``_complete_linkage``), not at the loose bar that joins one voice's
    words."""
    if not any(_commentator(origin) for origin in origin_of.values()):
        return {}
    return {
        item: origin.independence_group
        for item, origin in origin_of.items()
        if origin.kind is SourceKind.ANONYMOUS
    }


def _paper_and_official(
    attributions: Sequence[Attribution], publisher: str | None
) -> dict[str, str]:
    """A medium the article cites by name and an unnamed official of a state it quotes too,
    as ``speakers`` (id → independence group), when it holds both, else nothing.

    A wire telling a paper's scoop and then what a foreign official said of the same trip
    ("signed a deal in Athens on Monday, the Coastal Herald reported" / "held talks in Athens
    on Monday, a Greek official said") gives two voices' words: one claim only at the bar of a
    confirmed link, or the official would count as the paper's source. Not the article's own
    publisher standing for unnamed people it heard ("مصادر محلية"), whose words a named
    speaker's often repeat."""
    papers: dict[str, str] = {}
    officials: dict[str, str] = {}
    for att in attributions:
        origin = attributed_origin(att)
        if origin.kind in UNNAMED_KINDS and origin.group.startswith("state:"):
            officials[att.id] = origin.independence_group
        elif origin.kind in MEDIA and origin.id == att.source.id and origin.id != publisher:
            papers[att.id] = origin.independence_group
    return papers | officials if papers and officials else {}


#: Heads of unnamed voices that are lay people, all languages (``Words.lay_people``).
_LAY_PEOPLE = union("lay_people")
#: The mark of a lay voice's group among ``speakers`` (``_lay_voices``).
_LAY = "lay:"


def _lay_voices(attributions: Sequence[Attribution]) -> dict[str, str]:
    """Unnamed lay people the article quotes ("قال سكان", "شهود عيان", "residents said"), as
    ``speakers`` (id → independence group, marked ``_LAY``): never the officials or the body
    the article names, so what they say joins what a named voice says only at the bar of two
    voices (residents telling of fighting for a base, a force announcing positions it took),
    unless both tell one figure (witnesses and an official giving one toll)."""
    found: dict[str, str] = {}
    for att in attributions:
        voice = att.chain[-1] if att.chain else att.source
        words = fold(voice.name).split()
        if voice.kind in UNNAMED_KINDS and words and words[0].removeprefix("ال") in _LAY_PEOPLE:
            found[att.id] = _LAY + voice.independence_group
    return found


@lru_cache(maxsize=8)
def _confirm_bars(t: Thresholds) -> Thresholds:
    """``t`` with the bars of a confirmed link for its link bars (ratio and Dice): the bar two
    statements of different named voices in one article must pass (``_complete_linkage``).
    Kept per thresholds: every article's linking asks it of the same few."""
    return replace(t, link_ratio=t.confirm_ratio, link_dice=t.confirm_dice)


def _complete_linkage(
    items: Sequence[MatchKey],
    t: Thresholds,
    contents: Mapping[str, str] | None = None,
    speakers: Mapping[str, str] | None = None,
    holders: Mapping[str, str] | None = None,
    homes: Mapping[str, str] | None = None,
    plain: frozenset[str] = frozenset(),
    said_by: Mapping[str, str] | None = None,
) -> list[list[int]]:
    """Cluster statements so that every member matches every other (no chaining A~B~C).

    A background statement never joins the attribution holding it (``holders``: id → id).

    Two statements whose ``contents`` (by id) are one another with a word put in another's
    place (``_one_word_apart``), or of which one tells of another one of what the other
    names (``link.another``), do not match, however alike their words. Two attributed to
    different named voices (``speakers``: id → independence group of the named person, body
    or organisation who said it, ``_named_speaker``) match only at the bar of a confirmed link
    across articles: within an article, a loose match of two voices' words ("no difference
    between Eid here and in Sudan" / "… and in Pakistan"; a minister on the strikes and a
    monitor's toll of them) is more often two claims than one claim corroborated. Two that
    name different countries never match (``link.anchors.conflict``: a wire's round-up of
    each state's own feast day), as ``judge_pair`` keeps them apart across articles; a
    statement naming no country is of its voice's (``homes``: id → country code), so "غدا أول
    أيام العيد" from a Saudi court and from a judge in Damascus are two states' news. So do two
    statements naming different towns or provinces (``link.anchors.places_apart``: fighters
    captured in one province, a town taken in the next): a loose match would join their claims
    across the corpus too. Unnamed lay people (``_lay_voices``) are a voice apart from a
    named official or body, not from a man named with no title (``plain``: ids), who may be
    one of them. A denial and what the named voice that made it (``said_by``: id → source id)
    goes on to tell of its own account (``link.account``) do not match (two unnamed sources of
    one name, "مصدر أمني", may be two people, one asserting what the other denies).

    An index from content word to clusters keeps comparisons to clusters sharing words. Only
    clusters holding an attribution are indexed: an article's own sentences are compared with
    what its sources said, not with each other (they seldom repeat a claim, and linking across
    articles still merges them when they do). Only the words the corpus blocks on are indexed
    (see _blockable), so no word leads to more than ``t.max_postings`` clusters and the cost
    grows with the statements, not with their square.
    """
    blockable = _blockable(Counter(chain.from_iterable(item.vocabulary for item in items)), t)
    clusters: list[list[int]] = []
    smallest: list[int] = []  # the fewest content words of any member, per cluster
    index_of: dict[str, set[int]] = {}
    texts: dict[int, str] = {}

    def text(position: int) -> str:
        if position not in texts:
            texts[position] = joined(items[position])
        return texts[position]

    who = speakers or {}
    strict = _confirm_bars(t)
    # Whether ``strict`` links no pair that ``t`` lets go (its bars are no lower): a pair
    # ``t`` does not match then matches at no bar, whatever the places say.
    stricter = t.confirm_ratio >= t.link_ratio and t.confirm_dice >= t.link_dice

    held = holders or {}
    country_of = homes or {}
    found_places: dict[str, Anchors] = {}

    def place_of(item: str) -> Anchors:
        # The places each statement names, read once however many pairs it is in.
        if item not in found_places:
            found_places[item] = places((contents or {})[item])
        return found_places[item]

    def match(m: int, position: int) -> bool:
        a, b = items[m], items[position]
        if held and (held.get(a.id) == b.id or held.get(b.id) == a.id):
            return False
        one, other = who.get(a.id), who.get(b.id)
        voices = bool(one and other and one != other)
        if one and other and voices and (one.startswith(_LAY) or other.startswith(_LAY)):
            # Lay people and an official telling one toll ("ثمانية قتلى") tell one thing, and
            # so may lay people and a man named with no title, maybe one of them.
            voices = set(a.numbers).isdisjoint(b.numbers) and plain.isdisjoint((a.id, b.id))
        bar = strict if voices else t
        denial = Stance.DENIES in (a.stance, b.stance)
        if denial and contents is not None and _denier_goes_on(a, b, contents, said_by):
            return False
        if denial and contents is not None:
            if _complaint_told(a, contents[a.id], b, contents[b.id]):
                return False
        passed = None  # the bar the words matched at already
        if stricter and not denial:
            if not same_claim(a, b, bar, (text(m), text(position))):
                return False  # most pairs: places are read only of pairs whose words match
            passed = bar
        if contents is not None and (
            conflict(mine := place_of(a.id), theirs := place_of(b.id))
            or _apart_by_home(country_of.get(a.id), country_of.get(b.id), mine, theirs)
        ):
            # Two statements on two states' own news ("غدا أول أيام العيد في الأردن" / "…
            # في تونس") tell two things, as across articles (``judge_pair``).
            return False
        if bar is t and contents is not None and places_apart(contents[a.id], contents[b.id]):
            bar = strict
        if bar is not passed and not same_claim(a, b, bar, (text(m), text(position))):
            # A denial restating at more length what the article reports was said (only a
            # denial can: most pairs are let go here without the two Sides being built).
            return (
                contents is not None
                and denial
                and _denial_names(Side(a, contents[a.id]), Side(b, contents[b.id]), t) is not None
            )
        if contents is None:
            return True
        one, other = contents[a.id], contents[b.id]
        if voices and not denial and _said_of_one_subject(one, other, strict):
            return False
        if voices and _each_of_itself(one, other):
            return False
        return (
            not _one_word_apart(a, one, b, other)
            and not another_apart(one, a.vocabulary, other, b.vocabulary)
            and not names_apart(one, other)
        )

    for position, item in enumerate(items):
        shared: dict[int, int] = {}
        indexed = blockable.intersection(item.vocabulary)  # only these words are in index_of
        for word in indexed:
            for c in index_of.get(word, ()):
                shared[c] = shared.get(c, 0) + 1
        # A link needs two shared words, or one where a side has only one word.
        candidates = sorted(
            c for c, n in shared.items() if n >= min(2, len(item.vocabulary), smallest[c])
        )
        home = next(
            (c for c in candidates if all(match(m, position) for m in clusters[c])),
            None,
        )
        if home is None:
            home = len(clusters)
            clusters.append([position])
            smallest.append(len(item.vocabulary))
        else:
            clusters[home].append(position)
            smallest[home] = min(smallest[home], len(item.vocabulary))
        if item.stance is not None:
            for word in indexed:
                index_of.setdefault(word, set()).add(home)
    return clusters


def _denier_goes_on(
    a: MatchKey, b: MatchKey, contents: Mapping[str, str], said_by: Mapping[str, str] | None
) -> bool:
    """True when one of two statements of an article is a denial and the other what the same
    voice tells of its own account after it (``link.account.own_account``): "نفى المدير إغلاق
    الميناء، مؤكدا أنه يستقبل السفن بطاقة مخفضة" is a denial and another claim of his."""
    if not said_by or a.id not in said_by or said_by.get(a.id) != said_by.get(b.id):
        return False
    denial, other = (a, b) if a.stance is Stance.DENIES else (b, a)
    return own_account(denial, other, contents[other.id])


def _complaint_told(a: MatchKey, a_text: str | None, b: MatchKey, b_text: str | None) -> bool:
    """True when one of two statements denies something and the other, negating nothing, tells
    of a complaint about it (``link.complaint``): "نفت الإدارة إصابة العامل بحروق" and "رفع
    شقيقه شكوى عن إصابته بحروق" are a denial and the story of the complaint, two claims."""
    if (a.stance is Stance.DENIES) == (b.stance is Stance.DENIES):
        return False
    denial, other, text = (a, b, b_text) if a.stance is Stance.DENIES else (b, a, a_text)
    if text is None or other.negated:
        return False  # "تلقينا بلاغا عن …، ولم يثبت شيء منه": the denial restated
    core = tuple(w for w in denial.vocabulary if w not in _DENIAL_FRAME)
    return bool(core) and complaint_about(core, text)


def _said_of_one_subject(one: str, other: str, t: Thresholds) -> bool:
    """True when two voices' statements share their words through one run, the subject both
    speak of, and each says its own thing of it: what is left of each once the run is taken
    out does not match at ``t`` ("قرار الوزير بتشكيل لجنة لتطوير المهرجانات يعد نقلة نوعية" /
    "قرار الوزير بتشكيل لجنة لتطوير المهرجانات يأتي ضمن رؤية البرنامج": two judgments of one
    decision; "ارتفاع الإنتاج 231 ألف برميل عن مايو ما هو إلا دليل على الطلب" beside the
    report of the rise). Where what is left of either is too short to say a thing of its own
    (``SUBJECT_REST_WORDS``), the run is its statement, which the other says too; where
    most of what is left of one is in what is left of the other (``SUBJECT_REST_SHARE``), the
    other tells it at more length ("عشرات الأسرى يعانون أمراضا خطيرة بينهم 5 مصابون بالكبد"
    / "المئات يعانون أمراضا والعشرات منهم أمراضا خطيرة، بينهم 5 مصابون بالكبد"). Not asked
    of a denial, whose run is the report it denies, its claim."""
    mine, theirs = plain_words(one), plain_words(other)
    run = longest_run(" ".join(mine), " ".join(theirs))
    if not run:
        return False
    at = next(
        (
            (i, j)
            for i in range(len(mine) - run + 1)
            for j in range(len(theirs) - run + 1)
            if mine[i : i + run] == theirs[j : j + run]
        ),
        None,
    )
    if at is None:
        return False
    i, j = at
    left = [
        match_key("", "", " ".join(words[:n] + words[n + run :]), None)
        for words, n in ((mine, i), (theirs, j))
    ]
    short, long = sorted((set(key.vocabulary) for key in left), key=len)
    if len(short) < SUBJECT_REST_WORDS or len(short & long) >= SUBJECT_REST_SHARE * len(short):
        return False  # the run is its statement, or the other tells what is left at more length
    return not same_claim(left[0], left[1], t)


#: Pronoun forms by which a voice speaks of its own side, all languages (``Words``).
_SELF_REFERENCES = union("self_references")


def _each_of_itself(one: str, other: str) -> bool:
    """True when two voices' statements both say one same pronoun form that stands for the
    speaker's own side ("لم تطلب منهم أسماء" said by two parties, "we were not asked" by two
    unions): each tells a thing of itself, two claims of two selves, however alike their
    words, and neither confirms the other."""
    mine = {w for w in fold(one).split() if w in _SELF_REFERENCES}
    return bool(mine) and not mine.isdisjoint(fold(other).split())


#: Content words the shorter of two statements must have outside the run it shares with
#: another voice's to say a thing of its own there: fewer ("وهو ما تحتاجه البلاد حاليا") are a
#: comment on what the run says (``_said_of_one_subject``).
SUBJECT_REST_WORDS = 5
#: Share of the words one statement has outside the run it shares with another voice's, in
#: the other's words outside it, from which the two say one thing (``_said_of_one_subject``).
SUBJECT_REST_SHARE = 0.7


def _apart_by_home(one: str | None, other: str | None, mine: Anchors, theirs: Anchors) -> bool:
    """True when neither of two statements names a country (``mine``, ``theirs``: the places
    they name) and their voices are of two states (``one``, ``other``: the country code of a
    voice that is no medium, whose country is where it speaks, not what it tells of): each
    state's own news, told with no name of it."""
    if not one or not other or one == other:
        return False
    return not mine.places and not theirs.places


def _joined_plans(
    clusters: list[list[int]],
    items: Sequence[MatchKey],
    contents: Mapping[str, str],
    speakers: Mapping[str, str],
    t: Thresholds,
) -> list[list[int]]:
    """The clusters, those joined of which two voices say there is no plan for one same thing
    (``_no_plan``: "لا يوجد مقترح بتأجيل موسم الحصاد" / "الجمعية لا تنوي تأجيل موسم الحصاد").

    Asked after the complete linkage, not in it: a short "no proposal to …" that joined the
    first such claim would keep out a longer retelling that matches that claim but not the
    short one's every word. Two different named voices (``speakers``) are not joined, as
    their loose matches are not (``_complete_linkage``). Only negated statements of a source
    framed so (``link.intent.framed``) are read: few in any article.
    """
    frame = plan_frame()
    framed_at = [
        n
        for n, item in enumerate(items)
        if item.negated
        and item.stance is not None
        and item.stance is not Stance.DENIES
        and not frame.isdisjoint(item.vocabulary)  # no frame word: not framed, text unread
        and framed(contents[item.id])
    ]
    if len(framed_at) < 2:
        return clusters
    sides = {n: Side(items[n], contents[items[n].id]) for n in framed_at}
    home = {m: c for c, members in enumerate(clusters) for m in members}
    parent = list(range(len(clusters)))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for m, n in combinations(framed_at, 2):
        one, other = speakers.get(items[m].id), speakers.get(items[n].id)
        if one and other and one != other:
            continue
        if find(home[m]) != find(home[n]) and _no_plan(sides[m], sides[n], t) is not None:
            first, second = sorted((find(home[m]), find(home[n])))
            parent[second] = first
    joined: dict[int, list[int]] = {}
    for c, members in enumerate(clusters):
        joined.setdefault(find(c), []).extend(members)
    return [sorted(members) for members in joined.values()]


# --- across a corpus ---------------------------------------------------------------------------


def fingerprints(article: Article, sentences: Iterable[Sentence] | None = None) -> tuple[str, ...]:
    """Hashes of an article's long sentences (eight words or more), normalised, for copy finding.

    ``sentences`` are the article's sentences when already split.
    """
    own: set[str] = set()
    text = article.text
    if sentences is None:
        sentences = split_sentences(text, article.body_start)
    # (For speed: a text that is ASCII once its common marks are spaces, most English ones, is
    # read by the byte table once, and each sentence's words split off its slice of that; the
    # marks are spaced character by character, so the slice is the sentence's own reading.)
    plain = ascii_marks_spaced(text)
    table = plain.encode("ascii").translate(_ASCII_WORDS) if plain is not None else None
    for sentence in sentences:
        if table is not None:
            words = table[sentence.start : sentence.end].split()
            count, joined = len(words), b" ".join(words)
        else:
            count, joined = _normal_words(text[sentence.start : sentence.end])
        if count >= 8:
            own.add(hashlib.sha1(joined).hexdigest()[:16])
    return tuple(sorted(own))


#: An ASCII byte to its lower case if it is a word character (\w), else to a space.
_ASCII_WORDS = bytes(
    ord(c.lower()) if c.isascii() and (c.isalnum() or c == "_") else ord(" ")
    for c in map(chr, range(256))
)


def _normal_words(sentence: str) -> tuple[int, bytes]:
    """How many words ``normalize(sentence)`` has, and the words joined by spaces, UTF-8 encoded.

    A sentence that is ASCII once its common marks are spaces (most English ones) is read from
    its bytes by one table, without the regex: folding ASCII is lowering it, and the words are
    the runs of word characters. Any other sentence's words are those the Arabic cue prefilter
    has just read (normal_words keeps them), joined without a normalize of their own.
    """
    plain = ascii_marks_spaced(sentence)
    if plain is not None:
        words = plain.encode("ascii").translate(_ASCII_WORDS).split()
        return len(words), b" ".join(words)
    # No word holds white space, so these are normalize(sentence) and its split.
    found = normal_words(sentence)
    return len(found), " ".join(found).encode("utf-8")


#: Most articles a long sentence may be printed in before it is boilerplate, no sign of a copy.
BOILERPLATE = 50


def find_relays(results: Sequence[ArticleResult], t: Thresholds = DEFAULT) -> list[Relay]:
    """Articles that repeat an earlier article nearly word for word.

    Long sentences (eight words or more) are hashed after normalisation; an article sharing
    enough of its long sentences with another is the later one's copy (by date, then by input
    order when dates are equal or unknown).
    """
    order = {r.article.id: n for n, r in enumerate(results)}
    hashes: dict[str, set[str]] = {}
    owners: dict[str, list[str]] = {}
    for result in results:
        art = result.article
        own = set(result.fingerprints or fingerprints(art))
        hashes[art.id] = own
        for digest in own:
            owners.setdefault(digest, []).append(art.id)
    shared: Counter[tuple[str, str]] = Counter()
    for ids in owners.values():
        if 1 < len(ids) <= BOILERPLATE:  # a sentence in very many articles is boilerplate
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    shared[(a, b) if order[a] < order[b] else (b, a)] += 1
    by_id = {r.article.id: r for r in results}
    relays = []
    for (a, b), count in sorted(shared.items(), key=lambda kv: (order[kv[0][0]], order[kv[0][1]])):
        original, copy = _direction(by_id[a], by_id[b])
        mine = len(hashes[copy.article.id]) or 1
        if count >= t.copy_sentences and count / mine >= t.copy_share:
            relays.append(
                Relay(
                    copy=copy.article.id,
                    original=original.article.id,
                    shared_sentences=count,
                    copy_publisher=copy.article.publisher or copy.article.path,
                    original_publisher=original.article.publisher or original.article.path,
                )
            )
    return relays


def _direction(a: ArticleResult, b: ArticleResult) -> tuple[ArticleResult, ArticleResult]:
    """(original, copy): the earlier article by date; input order when dates do not say."""
    da, db = a.article.published, b.article.published
    if da and db and db < da:
        return b, a
    return a, b


def link_corpus(
    results: Sequence[ArticleResult],
    t: Thresholds = DEFAULT,
    share: Share | None = None,
    encode: ClaimEncoder | None = None,
) -> tuple[list[CorpusClaim], list[Link], list[Relay]]:
    """Link the articles' claims across the corpus; judge each corpus claim.

    Returns the corpus claims (ranked by spread), the suggested links between them, and the
    relays (near-verbatim copies) found. With ``share``, finding the candidate pairs, judging
    them and judging the corpus claims in several articles are cut into parts it runs (the
    pipeline's runs some in forked processes); the result is the same. With ``encode``, each
    corpus claim is also encoded (``CorpusClaim.encoded``) where it is judged.
    """
    t = semantic_for(t, [r.article.language for r in results])
    relays = find_relays(results, t)
    voice_of = statement_voices(results, relays)
    items: list[MatchKey] = []
    claim_of: dict[str, str] = {}
    for result in results:
        items += result.match_keys or match_keys(result.attributions, result.statements)
        for claim in result.claims:
            for member in (*claim.attributions, *claim.statements):
                claim_of[member] = claim.id
    texts = {a.id: a.content for r in results for a in r.attributions}
    texts.update({s.id: s.content for r in results for s in r.statements})
    # Only embeddings read who said a statement (``Side.mark``).
    speakers = (
        {a.id: name for r in results for a in r.attributions if (name := speaker_of(a))}
        if t.semantic
        else {}
    )
    sides = _sides(items, t, texts, speakers)
    confirmed, suggested = _cross_links(items, t, texts, share, sides)
    side_of = {side.key.id: side for side in sides}
    linked = {i for pair in confirmed for i in pair[:2]}
    confirmed = kept_apart(confirmed, claim_of, {i: side_of[i] for i in linked})
    confirmed = short_denials_cut(confirmed, deniers(results), side_of)
    del sides, side_of  # what judging kept of each statement is not needed any more
    parent = {c.id: c.id for r in results for c in r.claims}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _, _ in confirmed:
        ra, rb = find(claim_of[a]), find(claim_of[b])
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    reasons: dict[str, list[tuple[float, str]]] = {}
    for a, _, value, why in confirmed:
        reasons.setdefault(find(claim_of[a]), []).append((value, why))
    groups: dict[str, list[Claim]] = {}
    for result in results:
        for claim in result.claims:
            groups.setdefault(find(claim.id), []).append(claim)
    corpus = corpus_claims(results, groups, voice_of, relays, reasons, share, encode=encode)
    number_of = {member: c.id for c in corpus for member in c.members}
    best: dict[tuple[str, str], float] = {}
    for a, b, ratio, _ in suggested:
        first, second = sorted((number_of[claim_of[a]], number_of[claim_of[b]]))
        if first != second:
            best[(first, second)] = max(best.get((first, second), 0.0), round(ratio, 1))
    links = [Link(a, b, score) for (a, b), score in sorted(best.items())]
    return corpus, links, relays


#: A statement another links to, as ``kept_apart`` weighs it: (its article claim, its id, the
#: link's score, whether the link is to a clause run of the span, ``_in_window``).
_Partner = tuple[str, str, float, bool]


def kept_apart(
    pairs: Sequence[Pair], claim_of: Mapping[str, str], sides: Mapping[str, Side]
) -> list[Pair]:
    """The confirmed links, less those by which one statement would join two claims that
    another article keeps apart: its link into that article's claim it says first stays.

    An outlet's span that runs over two sentences ("قال المتحدث إن المصنع سيغلق نهاية الشهر،
    وكانت النقابة طالبت بزيادة الأجور") matches both sentences of an outlet that prints them
    apart; as links merge claims transitively, it would make the closure and the union's
    demand one claim. That article's reading (two claims) is kept, and the span joins the
    claim whose words it says first (``_said_at``: the closure), then the best scored, then
    the earlier claim; a link to another statement of that article that is the same claim as
    the kept one's (``same_claim``: an article that says a thing twice) stays too.
    ``claim_of`` gives each statement's article claim, whose id begins with its article's
    id; ``sides`` each statement's match key and content; the result keeps the order of
    ``pairs``."""
    pairs = _runs_kept_apart(pairs, claim_of, sides)
    partners: dict[tuple[str, str], list[_Partner]] = {}
    for a, b, value, why in pairs:
        run = why.startswith(WINDOW_WHY)
        for mine, theirs in ((a, b), (b, a)):
            claim = claim_of[theirs]
            found = (claim, theirs, value, run)
            partners.setdefault((mine, claim.rsplit(".", 1)[0]), []).append(found)
    spans = {key: found for key, found in partners.items() if len({f[0] for f in found}) > 1}
    dropped = _spans_cut(spans, sides)
    # A statement may reach two claims only through a span of the other article that its
    # own reading cuts (the span keeps its link into another claim): that link goes anyway,
    # so the statement chooses among the rest ("وكان المهاجمون … اقتحموا الفندق" printed
    # alone by one outlet, run on after another voice's sentence by the other).
    narrowed = {
        key: kept
        for key, found in spans.items()
        if len(kept := [f for f in found if (f[1], key[0]) not in dropped]) < len(found)
    }
    if narrowed:
        dropped = {(m, t) for m, t in dropped if (m, claim_of[t].rsplit(".", 1)[0]) not in narrowed}
        dropped |= _spans_cut(
            {key: kept for key, kept in narrowed.items() if len({f[0] for f in kept}) > 1}, sides
        )
    dropped |= _cut_elsewhere(pairs, spans, dropped, sides)
    left = [p for p in pairs if (p[0], p[1]) not in dropped and (p[1], p[0]) not in dropped]
    joining = _runs_joining_kept(left, claim_of)
    return _short_denial_bridges_cut(
        [p for p in left if (p[0], p[1]) not in joining], claim_of, sides
    )


#: Content words, framing aside, a denial holds at most to be read as short: it names what it
#: denies in too few words to say which of two unrelated claims holding them it denies.
SHORT_DENIAL_WORDS = 5


def _union_root(parent: dict[str, str], x: str) -> str:
    """The root of ``x`` in the union-find forest ``parent`` (an id not in it is its own)."""
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


#: Days apart beyond which two short denials by two deniers are read as two denials.
SHORT_DENIALS_DAYS_APART = 1


def deniers(results: Sequence[ArticleResult]) -> dict[str, tuple[str, date | None]]:
    """Each denying attribution's id → the independence group of its origin and the day its
    article was published."""
    return {
        a.id: (attributed_origin(a).independence_group, day_of(r.article.published))
        for r in results
        for a, stance in _stances(r)
        if stance is Stance.DENIES
    }


def _stances(result: ArticleResult) -> Iterator[tuple[Attribution, Stance]]:
    """Each attribution of a result with its ``stance_of``, read from its match key where the
    result carries one (``match_keys``: the attributions' keys first, with that stance): a
    corpus's match keys come from the workers, and reading every content for denying words
    again took this process seconds alone."""
    keys = result.match_keys
    for n, att in enumerate(result.attributions):
        key = keys[n] if n < len(keys) else None
        if key is not None and key.id == att.id and key.stance is not None:
            yield att, key.stance
        else:
            yield att, stance_of(att)


def short_denials_cut(
    pairs: Sequence[Pair],
    denier_of: Mapping[str, tuple[str, date | None]],
    sides: Mapping[str, Side],
) -> list[Pair]:
    """The pairs, less links between two denials of fewer than ``DENIAL_SHARED`` words each,
    framing aside, by two deniers, printed more than ``SHORT_DENIALS_DAYS_APART`` days apart
    and sharing no number or place (``_anchored``).

    "نفت الشركة ارتكاب أي مخالفات" and, days later, "نفت الحكومة ارتكاب أي مخالفات" are
    worded alike, but so few words cannot tell that one thing is denied: joined, a company's
    denial and a government's would contest one claim. Copies of one denier's denial stay,
    and so do denials printed within a day, where one denier read two ways is likelier."""

    def short(item: str) -> bool:
        key = sides[item].key
        return (
            item in denier_of
            and key.stance is Stance.DENIES
            and len(set(key.vocabulary) - _DENIAL_FRAME) < DENIAL_SHARED
        )

    def cut(a: str, b: str) -> bool:
        if not (short(a) and short(b)):
            return False
        (mine, my_day), (theirs, their_day) = denier_of[a], denier_of[b]
        if mine == theirs or my_day is None or their_day is None:
            return False
        if abs((my_day - their_day).days) <= SHORT_DENIALS_DAYS_APART:
            return False
        return not _anchored(sides[a], sides[b])

    return [p for p in pairs if not cut(p[0], p[1])]


def _short_denial_bridges_cut(
    pairs: Sequence[Pair], claim_of: Mapping[str, str], sides: Mapping[str, Side]
) -> list[Pair]:
    """The pairs, less the links by which a short denial (``SHORT_DENIAL_WORDS``) would join
    two claims of other articles that no other link joins, sharing no anchor with them.

    "نفى المهندس أنه تقدم لوظيفة المشرف الفني" holds words that a report of his case and a
    notice of posts ("يشترط فيمن تقدم لوظيفة المشرف الفني خبرة") both hold; linked to
    both, it would contest the notice and make the two one claim. Which one it denies its
    words cannot tell, so its links to statements that deny nothing, outside its own
    article's claim, go, but for those sharing a number or a place with it (``_anchored``):
    a denial of a visit to a capital joins the reports of that visit. Copies of the denial
    stay."""
    short = {
        item
        for pair in pairs
        for item in pair[:2]
        if sides[item].key.stance is Stance.DENIES
        and len(set(sides[item].key.vocabulary) - _DENIAL_FRAME) <= SHORT_DENIAL_WORDS
    }
    if not short:
        return list(pairs)
    parent: dict[str, str] = {}
    find = partial(_union_root, parent)

    for a, b, _, _ in pairs:
        if a not in short and b not in short:
            ra, rb = find(claim_of[a]), find(claim_of[b])
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    reached: dict[str, set[str]] = {}
    for a, b, _, _ in pairs:
        for mine, theirs in ((a, b), (b, a)):
            if mine in short and sides[theirs].key.stance is not Stance.DENIES:
                root = find(claim_of[theirs])
                if root != find(claim_of[mine]):
                    reached.setdefault(mine, set()).add(root)
    bridges = {item for item, roots in reached.items() if len(roots) > 1}
    if not bridges:
        return list(pairs)

    def cut(mine: str, theirs: str) -> bool:
        other = sides[theirs]
        if mine not in bridges or other.key.stance is Stance.DENIES:
            return False
        return not _anchored(sides[mine], other)

    return [p for p in pairs if not (cut(p[0], p[1]) or cut(p[1], p[0]))]


def _runs_kept_apart(
    pairs: Sequence[Pair], claim_of: Mapping[str, str], sides: Mapping[str, Side]
) -> list[Pair]:
    """The pairs, less the links of a statement to a clause run of a longer one
    (``_in_window``) that would join two claims: where the longer is linked whole to a
    statement that does not print the shorter ("أ، ب" linked to "ب" of one outlet, whose
    claim is not the "أ" of another), where a third article links the two to two different
    claims of its own (it prints them apart), or where the longer's runs print two
    statements that are not one text (its links to the one it says first stay). What the
    span cuts leave, ``_runs_joining_kept`` reads again."""
    runs = [p for p in pairs if p[3].startswith(WINDOW_WHY)]
    if not runs:
        return list(pairs)
    reached: dict[str, dict[str, set[str]]] = {}
    whole: dict[str, list[str]] = {}
    for a, b, _, why in pairs:
        for mine, theirs in ((a, b), (b, a)):
            claim = claim_of[theirs]
            reached.setdefault(mine, {}).setdefault(claim.rsplit(".", 1)[0], set()).add(claim)
            if not why.startswith(WINDOW_WHY):
                whole.setdefault(mine, []).append(theirs)

    def apart(a: str, b: str) -> bool:
        one, other = sides[a], sides[b]
        mine, theirs = one.key.vocabulary, other.key.vocabulary
        short, long = (one, other) if len(mine) <= len(theirs) else (other, one)
        if any(
            overlap(short.grams, sides[t].grams) < WINDOW_HELD
            for t in whole.get(long.key.id, ())
            if t != short.key.id
        ):
            return True
        here, there = reached[a], reached[b]
        return any(here[z].isdisjoint(there[z]) for z in here.keys() & there.keys())

    dropped = {(a, b) for a, b, _, _ in runs if apart(a, b)}
    # A longer statement whose runs print two different statements spans two claims: only
    # its links to the one it says first stay, as ``kept_apart`` keeps a span's first claim.
    parts: dict[str, list[tuple[int, str, tuple[str, str]]]] = {}
    for a, b, _, _ in runs:
        if (a, b) in dropped:
            continue
        one, other = sides[a], sides[b]
        short, long = (
            (one, other) if len(one.key.vocabulary) <= len(other.key.vocabulary) else (other, one)
        )
        at = _said_at(long.text or "", short.text or "")
        parts.setdefault(long.key.id, []).append((at, short.key.id, (a, b)))
    for found in parts.values():
        found.sort()
        first = sides[found[0][1]].grams
        dropped |= {key for _, s, key in found[1:] if overlap(first, sides[s].grams) < WINDOW_HELD}
    return [p for p in pairs if (p[0], p[1]) not in dropped]


def _runs_joining_kept(pairs: Sequence[Pair], claim_of: Mapping[str, str]) -> set[tuple[str, str]]:
    """The links to clause runs (``_in_window``) that would put two claims of one article in
    one corpus claim through any path of the other links: one outlet prints two sentences
    apart, others run them into one span, each linked whole to a copy of the span; a run of
    a longer span printing the second joins it to the first through that copy."""
    parent: dict[str, str] = {}
    find = partial(_union_root, parent)

    for a, b, _, why in pairs:
        if not why.startswith(WINDOW_WHY):
            parent[find(claim_of[a])] = find(claim_of[b])
    held: dict[str, dict[str, set[str]]] = {}
    for claim in {claim_of[i] for p in pairs for i in p[:2]}:
        root = find(claim)
        held.setdefault(root, {}).setdefault(claim.rsplit(".", 1)[0], set()).add(claim)
    out: set[tuple[str, str]] = set()
    for a, b, _, why in pairs:
        if not why.startswith(WINDOW_WHY):
            continue
        one, other = find(claim_of[a]), find(claim_of[b])
        if one == other:
            continue
        mine, theirs = held[one], held[other]
        if not mine.keys().isdisjoint(theirs.keys()):
            out.add((a, b))
            continue
        parent[other] = one
        for article, claims in theirs.items():
            mine.setdefault(article, set()).update(claims)
    return out


def _cut_elsewhere(
    pairs: Sequence[Pair],
    spans: Mapping[tuple[str, str], Sequence[_Partner]],
    dropped: set[tuple[str, str]],
    sides: Mapping[str, Side],
) -> set[tuple[str, str]]:
    """The links of a span cut in one article (``_spans_cut``) into a third article's
    statement that says what was cut there, and not what was kept: "يهرب كثيرون من الفقر،
    فيما دعت الحكومتان …" keeps the flight where an outlet prints the two apart, and must not
    join the call printed alone by a third, or the two claims are one again through it."""
    cut: dict[str, list[str]] = {}
    for mine, theirs in dropped:
        cut.setdefault(mine, []).append(theirs)
    kept: dict[str, list[str]] = {}
    for (mine, _), found in spans.items():
        if mine in cut:
            kept.setdefault(mine, []).extend(f[1] for f in found if (mine, f[1]) not in dropped)
    out: set[tuple[str, str]] = set()
    for a, b, _, _ in pairs:
        for mine, theirs in ((a, b), (b, a)):
            if mine not in cut or (mine, theirs) in dropped or theirs in kept[mine]:
                continue
            key = sides[theirs].key
            if any(same_claim(key, sides[o].key) for o in cut[mine]) and not any(
                same_claim(key, sides[o].key) for o in kept[mine]
            ):
                out.add((mine, theirs))
    return out


def _spans_cut(
    spans: Mapping[tuple[str, str], Sequence[_Partner]], sides: Mapping[str, Side]
) -> set[tuple[str, str]]:
    """The links ``kept_apart`` drops: for each statement whose links into one article reach
    two claims (``spans``: (statement, article) → (claim, statement there, score)), those
    into the claims it does not say first, unless to the same claim as the kept one's. A link
    to one clause run of the span (``_in_window``) ranks below a link to the span whole: a
    span that is, as a whole, another statement of that article is that one's claim."""
    dropped: set[tuple[str, str]] = set()
    for (mine, _), found in spans.items():
        text = sides[mine].text or ""
        first_claim, first, _, _ = min(
            found,
            key=lambda f: (f[3], _said_at(text, sides[f[1]].text or ""), -f[2], f[0], f[1]),
        )
        for claim, theirs, _, _ in found:
            if claim != first_claim and not same_claim(sides[theirs].key, sides[first].key):
                dropped.add((mine, theirs))
    return dropped


def _said_at(mine: str, theirs: str) -> int:
    """Where in ``mine`` (in words) the first word 4-gram it shares with ``theirs`` starts; its
    length in words when they share none."""
    words = plain_words(mine)
    found = shingles(theirs)
    for at in range(max(1, len(words) - 3)):
        if tuple(words[at : at + 4]) in found:
            return at
    return len(words)


#: Most articles a report may hold for embeddings to be on by default (``semantic_for``): a
#: story a desk follows, not a bulk corpus, where one page in another language would make
#: every pair's anchors and embeddings be worked out.
SEMANTIC_STORY_ARTICLES = 500


def semantic_for(t: Thresholds, languages: Sequence[str | None]) -> Thresholds:
    """The thresholds with ``semantic`` decided when left to the corpus (None): embeddings are
    asked for a story (up to ``SEMANTIC_STORY_ARTICLES`` articles) in more than one language
    (Arabic and English pages of one story share no words, so nothing else can link them),
    when the encoder is installed. A corpus in one language, or a bulk one, keeps the cost of
    words and stems alone (``--semantic`` asks for embeddings there)."""
    if t.semantic is not None:
        return t
    story = len(languages) <= SEMANTIC_STORY_ARTICLES and len(set(languages) - {None}) > 1
    return replace(t, semantic=story and available())


def statement_voices(
    results: Sequence[ArticleResult], relays: Sequence[Relay]
) -> dict[str, Source]:
    """The voice each own-voice statement counts as: a copy speaks with its original's voice.

    ``relays`` are the copies among ``results`` (find_relays); used by link_corpus and by the
    store when it re-judges a claim.
    """
    voice_of = {s.id: s.voice for r in results for s in r.statements}
    original_of = {r.copy: r.original for r in relays}
    first = {r.article.id: r.statements[0] for r in results if r.statements}
    for result in results:
        source = result.article.id
        seen = {source}
        while source in original_of and original_of[source] not in seen:
            source = original_of[source]
            seen.add(source)
        if source == result.article.id or source not in first:
            continue
        for statement in result.statements:
            # A copy that credits a wire keeps it when the original credits none: its own
            # voice is never the original publisher's own voice in the wire's place.
            if first[source].credited or not statement.credited:
                voice_of[statement.id] = first[source].voice
    return voice_of


#: A cross-article link: the two statement ids, its score, and why they were linked.
Pair = tuple[str, str, float, str]


def _blockable(df: Counter[str], t: Thresholds) -> frozenset[str]:
    """The words to block on: in two statements or more, but not in very many.

    A word in one statement only can never pair two statements, and a word in very many is
    too common to block on. ``df`` is each word's count of statements.
    """
    return frozenset(w for w, n in df.items() if 1 < n <= t.max_postings)


class Side:
    """One statement as judge_pair reads it: its match key and content.

    What only some pairs need (the joined words, the match key over stems, the places or
    anchors of the content) is made the first time a pair asks for it, then kept.
    """

    __slots__ = (
        "_forms",
        "_forms_index",
        "_grams",
        "_joined",
        "_main",
        "_mark",
        "_stem_joined",
        "_stem_key",
        "aside",
        "key",
        "semantic",
        "speaker",
        "text",
    )

    def __init__(
        self,
        key: MatchKey,
        text: str | None = None,
        *,
        semantic: bool = False,
        speaker: str | None = None,
    ) -> None:
        """``text`` is the statement's content (None: no place guard, no semantic tier);
        ``speaker`` the name of the person who said it, when one did (``speaker_of``)."""
        self.key = key
        self.text = text
        self.semantic = semantic and text is not None
        self.speaker = speaker
        #: A background statement (``models.is_background``), told inside a voice's content.
        self.aside = is_background(key.id)
        self._joined: str | None = None
        self._stem_key: MatchKey | None = None
        self._stem_joined: str | None = None
        self._mark: Anchors | None = None
        self._main: tuple[str, ...] | bool | None = False
        self._grams: Shingles | None = None
        self._forms: dict[str, bool] | None = None
        self._forms_index: tuple[frozenset[str], frozenset[str]] | None = None

    @classmethod
    def across(cls, key: MatchKey, text: str | None, *, semantic: bool = False) -> Side:
        """The statement as judged with statements of other articles (``across``)."""
        return cls(across(key, text), text, semantic=semantic)

    def with_key(self, key: MatchKey) -> Side:
        """This statement under another match key of the same words (numbers or negation
        read aside, ``_details_aside``): what depends only on its words and text is kept."""
        other = Side(key, self.text, semantic=self.semantic, speaker=self.speaker)
        other._joined, other._stem_joined = self._joined, self._stem_joined
        if self._stem_key is not None:
            k = key
            other._stem_key = MatchKey(
                k.id, k.article, self._stem_key.vocabulary, k.numbers, k.negated, k.stance
            )
        other._mark, other._grams = self._mark, self._grams
        other._forms, other._forms_index = self._forms, self._forms_index
        return other

    def holds_form_of(self, word: str) -> bool:
        """True when one of the statement's words is a form of ``word`` (``morph.related``);
        kept by word, as a statement is judged with many others that share words."""
        forms = self._forms
        if forms is None:
            forms = self._forms = {}
        found = forms.get(word)
        if found is None:
            theirs = self.key.vocabulary
            if self._forms_index is None:
                self._forms_index = forms_index(theirs)
            found = forms[word] = has_form_in(word, theirs, self._forms_index)
        return found

    @property
    def main(self) -> tuple[str, ...] | None:
        """The content words outside the statement's background clauses (``link.background``):
        None when it has none to cut, () when too little is left to trust the cut."""
        if self._main is False:
            found = main_part(self.text) if self.text is not None else None
            self._main = found
        assert self._main is not True
        return self._main

    @property
    def joined(self) -> str:
        """The statement's words as one string (see joined)."""
        if self._joined is None:
            self._joined = joined(self.key)
        return self._joined

    @property
    def stem_key(self) -> MatchKey:
        """The statement's match key over stems (``link.morph``)."""
        if self._stem_key is None:
            k = self.key
            self._stem_key = MatchKey(
                k.id, k.article, stems(k.vocabulary), k.numbers, k.negated, k.stance
            )
        return self._stem_key

    @property
    def stem_joined(self) -> str:
        """The stems as one string."""
        if self._stem_joined is None:
            self._stem_joined = joined(self.stem_key)
        return self._stem_joined

    @property
    def grams(self) -> Shingles:
        """The content's word 4-grams (``link.reuse.shingles``)."""
        if self._grams is None:
            self._grams = shingles(self.text or "")
        return self._grams

    @property
    def mark(self) -> Anchors:
        """The content's anchors when semantic linking is on, with its speaker's name
        (``speaker_of``), else only its places."""
        if self._mark is None:
            text = self.text or ""
            if self.semantic:
                self._mark = with_speaker(
                    anchors(text, telling_counts(self.key.numbers)), self.speaker
                )
            else:
                self._mark = places(text)
        return self._mark


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Decision:
    """What judge_pair decided about two statements of different articles.

    ``tier`` is "confirmed" (merge their claims), "suggested" (only report the link), or
    "semantic": a pair for the embeddings to decide (see semantic_links), ``why`` being then
    the anchors the two share.
    """

    tier: str
    score: float
    why: str
    one_language: bool = True


def judge_pair(a: Side, b: Side, t: Thresholds = DEFAULT) -> Decision | None:
    """Decide whether two statements of different articles are one claim, and why.

    A background statement and what a voice said are never one claim (``_aside_in``). Tried
    in turn: the same words (token-set ratio and Dice at the confirm bars), the same stems (at
    the stem bars), the same text (``_contained``) or its words in other forms (``_restated``,
    ``_related``), the same counts or figures, a denial naming what the other says
    (``_denial_names``), then, when ``a.semantic``, a pair for
    the embeddings when the two share an anchor (two for a denial and its claim). Numbers,
    negation and antonyms guard every tier (numbers or a negation only one side gives, about
    words the other says nothing of, are a detail: ``_details_aside``), and statements about
    different places are never confirmed, nor is a statement that only names the occasion of
    the one before it (``link.occasion``), nor two that share little but a stock prayer for
    the dead or a verse both cite (``link.formulas``). A pair confirmed by none of these but scoring
    ``t.link_ratio`` on its words is suggested. ``a`` is the earlier statement (its words name
    the reason). This is the one decision batch linking (_cross_links) and the store's
    incremental linking both make.
    """
    if (a.aside or b.aside) and _aside_in(a, b):
        return None
    if _complaint_told(a.key, a.text, b.key, b.text):
        return None
    window: tuple[Side, Side, tuple[float, float], str] | None = None
    if _numbers_or_negation_differ(a.key, b.key):
        # Reading the texts for details is for pairs whose stems could link at all.
        near = fuzz.token_set_ratio(a.stem_joined, b.stem_joined) >= t.link_ratio
        detail = _details_aside(a, b) if near else None
        if detail is None:
            # What no tier links, each asking the same of numbers and negation, but for
            # one text printed as clauses of a longer one, or printed twice with a count
            # updated.
            window = _in_window(a, b, t) if near else None
            if window is None:
                return _updated_figure(a, b, t) if near else None
        else:
            a, b = detail
    by_stem: tuple[float, float] | None = None
    found: tuple[float, float] | None
    if window is not None:
        a, b, found, why = window
    else:
        refusal = _refusal_aside(a, b)
        if refusal is not None:
            a, b = refusal
        found = score(a.key, b.key, t, (a.joined, b.joined))
        if found is not None and found[0] >= t.confirm_ratio and found[1] >= t.confirm_dice:
            why = f"same words {_shared_words(a.key, b.key)} ({found[0]:.0f})"
        else:
            by_stem = score(
                a.stem_key,
                b.stem_key,
                t,
                (a.stem_joined, b.stem_joined),
                (a.key.vocabulary, b.key.vocabulary),
            )
            bar = max(t.stem_ratio, t.confirm_ratio)
            if by_stem is not None and by_stem[0] >= bar and by_stem[1] >= t.stem_dice:
                words = _shared_words(a.key, b.key, stemmed=True)
                found, why = by_stem, f"same stems {words} ({by_stem[0]:.0f})"
            else:
                found, why = (
                    _contained(a, b, t)
                    or _restated(a, b, t)
                    or _related(a, b, by_stem, t)
                    or _same_count(a, b, by_stem, t)
                    or _same_figures(a, b, by_stem, t)
                    or _same_sum(a, b, found, t)
                    or _denial_names(a, b, t)
                    or _no_plan(a, b, t)
                    or _retold(a, b, found, t)
                    or (found, "")
                )
                if not why and (window := _in_window(a, b, t)) is not None:
                    a, b, found, why = window
    semantic = a.semantic and b.semantic
    # Statements about different places are different claims, however alike.
    apart = (
        a.text is not None and b.text is not None and conflict(a.mark, b.mark)
        if why or semantic
        else False
    )
    if (
        why
        and not apart
        and _enough_words(a.key, b.key, t)
        and not _swapped(a, b)
        and not _occasion(a, b)
        and not _sequel(a, b)
        and not _one_conditioned(a, b)
        and not _other_people(a, b)
        and not _other_doers(a, b)
        and not _background_shared(a, b, why)
        and not _short_denial_unanchored(a, b)
        and not prayer_only(a.key.vocabulary, b.key.vocabulary)
        and not _scripture_only(a, b)
    ):
        assert found is not None
        return Decision("confirmed", found[0], why)
    if (
        semantic
        and not apart
        and _guards_agree(a.key, b.key)
        and not _occasion(a, b)
        and not _one_conditioned(a, b)
        and not _other_people(a, b)
        and not _other_doers(a, b)
    ):
        assert a.text is not None
        assert b.text is not None
        one_language = arabic_script(a.text) == arabic_script(b.text)
        common = _common_anchors(a, b, one_language)
        denial = (a.key.stance is Stance.DENIES) != (b.key.stance is Stance.DENIES)
        if len(common) >= (2 if denial else 1) and (
            not one_language or _paraphrase(found, by_stem, t)
        ):
            return Decision("semantic", 0.0, ", ".join(common[:3]), one_language)
    if found is not None and found[0] >= t.link_ratio:
        return Decision("suggested", found[0], "similar words")
    return None


def _other_people(a: Side, b: Side) -> bool:
    """True when the two statements name different people, none the other names: one
    formula told of two funerals, two appointments (``link.persons.names_apart``)."""
    return a.text is not None and b.text is not None and names_apart(a.text, b.text)


def _other_doers(a: Side, b: Side) -> bool:
    """True when the two statements tell one act of two doers, each named where the other
    names no one of them: two clubs spending one sum (``link.doers.doers_apart``)."""
    return a.text is not None and b.text is not None and doers_apart(a.text, b.text)


def _common_anchors(a: Side, b: Side, one_language: bool) -> tuple[str, ...]:
    """The anchors two statements share, for the semantic tier (``link.anchors.shared``).

    The bilingual terms (a body, a city, a weekday, a month: ``link.anchors.terms``) count
    only across languages, where no word is shared: "the police said the crossing reopens on
    Sunday" and "قالت الشرطة إن المعبر يعاد فتحه الأحد". Two statements naming different cities,
    days or months (``terms_apart``) share nothing."""
    if one_language:
        if not (_termed(a.mark) or _termed(b.mark)):
            return shared(a.mark, b.mark)
        return shared(_without_terms(a.mark), _without_terms(b.mark))
    if terms_apart(a.mark, b.mark):
        return ()
    return shared(a.mark, b.mark)


def _termed(found: Anchors) -> bool:
    """Whether a statement's anchors hold bilingual terms, its own or its voice's body's."""
    return bool(found.terms) or any(n.startswith(SPEAKER + "t:") for n in found.names)


def _without_terms(found: Anchors) -> Anchors:
    """``found`` without its bilingual terms, its own and its voice's body's."""
    if not _termed(found):
        return found
    surface = tuple((k, w) for k, w in found.surface if not k.startswith(("t:", _VOICE_TERM)))
    names = frozenset(n for n in found.names if not n.startswith(SPEAKER + "t:"))
    return Anchors(found.places, names, surface)


def _short_denial_unanchored(a: Side, b: Side) -> bool:
    """True when one of two statements is a denial of fewer than ``DENIAL_SHARED`` words, its
    framing aside, and the other, no denial, shares no number, country or local place with it.

    "نفى المدرب وجود أي عرض جديد" names two words that many claims hold ("اللاعب تلقى عرضا
    جديدا", "المصنع قدم عرضا جديدا للعمال"): the score's denial test lets two
    shared words do for so short a denial, and it would contest every such claim and join
    them into one. Such a denial links to a claim of another article only when they share
    an anchor of who, what or where beside its words ("تسريح 300 موظف", "قصف دمشق"); the
    claim in its own article is linked there."""
    a_denies, b_denies = a.key.stance is Stance.DENIES, b.key.stance is Stance.DENIES
    if a_denies == b_denies:
        return False
    denial, claim = (a, b) if a_denies else (b, a)
    if len(set(denial.key.vocabulary) - _DENIAL_FRAME) >= DENIAL_SHARED:
        return False
    return not _anchored(denial, claim)


def _anchored(denial: Side, claim: Side) -> bool:
    """True when a denial and a claim share a number, a country or a local place."""
    if set(denial.key.numbers) & set(claim.key.numbers):
        return True
    if denial.text is None or claim.text is None:
        return False
    if places(denial.text).places & places(claim.text).places:
        return True
    return not local_places(denial.text).isdisjoint(local_places(claim.text))


#: Share of the smaller of two statements' main parts (``Side.main``) the other holds under
#: which what they share is their background, not a claim, when that share is at least
#: ``MAIN_DROP`` under the share of their whole words.
MAIN_SHARE = 0.4
MAIN_DROP = 0.1


def _background_shared(a: Side, b: Side, why: str) -> bool:
    """True when one of two statements has a background clause (``link.background``) and,
    read without the words of either's background clauses, the two share little, far less
    than with them: the same venue, toll or schedule hung on two different claims
    ("أصدرت اللجنة كتيبا عن المباراة التي ستقام …" and "يلتقي الفريقان في المباراة على ملعب
    …"). A copy or a rewording shares its main part as well, and is kept."""
    if Stance.DENIES in (a.key.stance, b.key.stance):
        return False  # a denial names what it denies in a few words (``_denial_names``)
    mine, theirs = a.main, b.main
    if (mine is None and theirs is None) or mine == () or theirs == ():
        return False
    one, other = set(a.key.vocabulary), set(b.key.vocabulary)
    aside = (one - set(mine) if mine else set()) | (other - set(theirs) if theirs else set())
    rest_one, rest_other = one - aside, other - aside
    if not one or not other:
        return False
    if min(len(rest_one), len(rest_other)) < MAIN_WORDS:
        return False
    rest = len(rest_one & rest_other) / min(len(rest_one), len(rest_other))
    if why.startswith("same count") and not (rest_one & rest_other & set(a.key.numbers)):
        # The count that linked them is told in a background clause: a toll given as
        # background ("… مما أسفر عن مقتل 30 شخصا") after two different claims.
        return rest < MAIN_SHARE
    full = len(one & other) / min(len(one), len(other))
    return rest < MAIN_SHARE and full - rest >= MAIN_DROP


def _scripture_only(a: Side, b: Side) -> bool:
    """True when two statements share little but a verse both cite (``link.formulas``)."""
    if a.text is None or b.text is None:
        return False
    return scripture_only(a.key.vocabulary, b.key.vocabulary, a.text, b.text)


def _aside_in(a: Side, b: Side) -> bool:
    """True when one of two statements is a background statement (the publisher's aside
    inside a voice's content, ``extract.background``) and the other what a voice said.

    Another outlet printing the same content holds the same aside, which is the publisher's
    background, not that voice's claim; and an aside the wire an article credits tells
    would count that wire as a second origin of what a voice said. So an aside links only
    with what outlets state themselves, the same aside told elsewhere among them."""
    return (a.key.stance is not None) if b.aside else (a.aside and b.key.stance is not None)


#: How many times the occasion's content words the other statement holds at least for it to
#: be a claim with the occasion appended ("… وذلك خلال حفل أقامته العمادة"), not a retelling.
OCCASION_BESIDE = 1.5


def _occasion(a: Side, b: Side) -> bool:
    """True when one of two statements only names the occasion of the one before it
    (``link.occasion``) and the other, much longer, is a claim the occasion is appended to:
    the occasion is all they share. Two such sentences alike are one occasion printed twice,
    and a retelling of about its length most likely restates what it adds. Asked only of
    pairs about to be confirmed."""
    if _names_occasion(a) == _names_occasion(b):
        return False
    occasion, other = (a, b) if _names_occasion(a) else (b, a)
    return len(other.key.vocabulary) >= OCCASION_BESIDE * len(occasion.key.vocabulary)


def _sequel(a: Side, b: Side) -> bool:
    """True when two statements are two claims, a voice claiming what came after, or of, the
    event the other tells (``link.sequel``: "توقع المحلل ارتفاع الأسعار بعد إغلاق المصنع" /
    "أعلنت الشركة إغلاق المصنع"; asked only of what two sources said: an outlet's own
    sentence adds no origin beside them), or weighing the event it names only in a relative
    clause ("أهمية الجولة التي أجراها الوزير …" / "غادر الوزير بعد جولة …"), when the other
    does not weigh it too. Asked only of pairs about to be confirmed."""
    if a.text is None or b.text is None:
        return False
    if a.key.stance is not None and b.key.stance is not None:
        if sequel_apart(a.key.vocabulary, b.text) or sequel_apart(b.key.vocabulary, a.text):
            return True
    return any(
        mine.key.stance is not None and weighs_event(one) and not weighs(other)
        for mine, one, other in ((a, a.text, b.text), (b, b.text, a.text))
    )


def _one_conditioned(a: Side, b: Side) -> bool:
    """True when one statement only judges what the other tells if it is so ("زيارة الوزير
    إلى القاهرة، إن صحت، تعد خرقا" / "زار الوزير القاهرة سرا"): the judgment is a claim of its
    own, and a denial of the visit does not deny it. Asked only of pairs about to be linked."""
    if a.text is None or b.text is None:
        return False
    return _text_conditioned(a.text) != _text_conditioned(b.text)


@lru_cache(maxsize=65_536)
def _text_conditioned(text: str) -> bool:
    """``_conditioned`` of a statement's text, kept by text: a statement is weighed against
    each of its candidates across a corpus."""
    return _conditioned(normal_words(text))


def _names_occasion(side: Side) -> bool:
    """True when a statement's text opens as an occasion (``link.occasion.names_occasion``)."""
    return side.text is not None and names_occasion(side.text)


def _details_aside(a: Side, b: Side) -> tuple[Side, Side] | None:
    """The two statements read without what only one says as a detail, when that alone keeps
    them apart: numbers it gives beyond all of the other's (``link.numbers``: "بعد 500 يوم"
    beside the flight both name), or a negation of words the other lacks
    (``link.negation.negation_is_detail``: "اندلع حريق في المخزن ولم يصب العمال" and "اندلع
    حريق في المخزن"). Else None."""
    if a.text is None or b.text is None:
        return None
    ka, kb = a.key, b.key
    if ka.numbers and kb.numbers and ka.numbers != kb.numbers:
        mine, theirs = set(ka.numbers), set(kb.numbers)
        if not (mine < theirs or theirs < mine):
            return None
        fewer, more = (a, b) if mine < theirs else (b, a)
        extra = _counting(more.text or "", set(more.key.numbers) - set(fewer.key.numbers))
        if not (
            extra_numbers_a_detail(more.text or "", extra, fewer.key.vocabulary)
            or a_breakdown(more.text or "", extra, fewer.key.numbers)
        ):
            return None
        k = more.key
        key = MatchKey(k.id, k.article, k.vocabulary, fewer.key.numbers, k.negated, k.stance)
        plain = more.with_key(key)
        a, b = (plain, b) if more is a else (a, plain)
        ka, kb = a.key, b.key
    if ka.negated != kb.negated and _negation_tells(ka, kb):
        one, other = (a, b) if ka.negated else (b, a)
        if not negation_is_detail(one.text or "", other.key.vocabulary):
            return None
        k = one.key
        key = MatchKey(k.id, k.article, k.vocabulary, k.numbers, False, k.stance)
        plain = one.with_key(key)
        a, b = (plain, b) if one is a else (a, plain)
    return a, b


def _counting(text: str, extra: set[str]) -> set[str]:
    """The numbers of ``extra`` that do not name a unit (``numbers.after_word`` after a unit's
    noun, ``Words.unit_nouns``): "خطف ثمانية عناصر من الفرقة 12" names the unit the other
    statement names without its number ("من الفرقة"), and counts nothing. Asked only of
    numbers one statement gives beyond all of the other's, so two units' numbers still
    differ."""
    return {number for number in extra if not after_word(text, number, _UNIT_NOUNS)}


def _refusal_aside(a: Side, b: Side) -> tuple[Side, Side] | None:
    """The two statements read without what one says its voice refused to tell
    (``link.antonyms.refused_telling``), when that alone opposes them and the other says
    nothing of it: "أجرى الوزير محادثات في أنقرة، لكنه رفض الإدلاء بتفاصيل" tells the talks
    that "أجرى الوزير مباحثات في أنقرة" tells, and the details withheld are a detail.
    "رفض الوزير الكشف عن زيارته أنقرة" and "زار الوزير أنقرة" stay opposed: the other names
    what was withheld. Else None."""
    if a.text is None or b.text is None or not opposed(a.key.vocabulary, b.key.vocabulary):
        return None
    for one, other in ((a, b), (b, a)):
        covered = set(refused_telling(one.text or ""))
        theirs = other.key.vocabulary
        if not covered or any(related(w, o) for w in covered for o in theirs):
            continue
        k = one.key
        rest = tuple(w for w in k.vocabulary if w not in covered)
        if opposed(rest, theirs):
            continue
        key = MatchKey(k.id, k.article, rest, k.numbers, k.negated, k.stance)
        plain = Side(key, one.text, semantic=one.semantic)
        return (plain, other) if one is a else (other, plain)
    return None


def _updated_figure(a: Side, b: Side, t: Thresholds) -> Decision | None:
    """A confirmed link between two prints of one text that differ in one count, updated by
    a little, else None.

    A wire's dispatch printed in the morning and again at noon keeps its words and updates its
    figure: "هبط سعر الخام صوب 61 دولارا للبرميل في تعاملات اليوم" and the same sentence with
    62. Each side must give exactly one number the other does not, both telling counts (whole,
    from eleven up, no year: "2014" and "2015" date two things) of a word of one form
    (``numbers.counted``: "61 دولارا" and "62 دولارا", not "عام 1880" and "عام 1888"), at most
    ``t.figure_change`` of the larger apart (61 and 62, not 10 and 100); with that number read
    as the other's, each
    text must hold ``t.figure_text_share`` of the other's word 4-grams (the same text, not a
    retelling), with the same negation and stance. Two prints of one text are one copy: the
    link adds no origin (``_copies``). Only what a voice is quoted saying links so, where the
    figure is most often the desk's background run on after the voice's words ("قال الوزير إن
    الحكومة تدرس دعم المزارعين في ظل تراجع سعر القمح إلى 215 دولارا للطن"); two outlets' own
    sentences giving two figures of one thing tell two facts ("تراجع سعر القمح إلى 215 دولارا
    للطن" / "217 دولارا"), each its own claim with its own article's credit
    (``_own_figures_apart``)."""
    ka, kb = a.key, b.key
    if a.text is None or b.text is None or ka.negated != kb.negated or ka.stance != kb.stance:
        return None
    if _own_figures_apart(a, b):
        return None
    mine, theirs = set(ka.numbers) - set(kb.numbers), set(kb.numbers) - set(ka.numbers)
    if len(mine) != 1 or len(theirs) != 1:
        return None
    (x,), (y,) = mine, theirs
    if not (telling_counts((x,)) and telling_counts((y,))):
        return None
    if abs(int(x) - int(y)) > t.figure_change * max(int(x), int(y)):
        return None
    things = counted(a.text, x)[:1] + counted(b.text, y)[:1]
    if len(things) < 2 or not related(*things) or any(map(_time_word, things)):
        return None  # a count of one thing on both sides, not a year ("عام 1880") or a date
    if not t.short_words <= min(len(ka.vocabulary), len(kb.vocabulary)):
        return None
    told = re.sub(rf"(?<!\d){y}(?!\d)", x, normalize(b.text))
    mine_grams, told_grams = shingles(normalize(a.text)), shingles(told)
    share = len(mine_grams & told_grams) / max(len(mine_grams), len(told_grams))
    if share < t.figure_text_share or conflict(a.mark, b.mark):
        return None
    return Decision("confirmed", 100 * share, f"same text, figure {x} / {y} ({100 * share:.0f})")


def _own_figures_apart(a: Side, b: Side) -> bool:
    """True when two statements an updated figure might link (``_updated_figure``) are both
    an outlet's own sentence: the figure each prints is its own claim, not a voice's words
    with a desk's background after them."""
    return a.key.stance is None and b.key.stance is None


def _swapped(a: Side, b: Side) -> bool:
    """True when the texts show two claims the words cannot: one statement is the other with
    a word put in another's place (``_one_word_apart``), only one says "without" and the
    other says what it withholds (``link.negation``: "دون سقوط ضحايا" / "وسقوط ضحايا";
    within an article it is rather a detail), or one tells of another one of what the other
    names (``link.another``: "عبوة أخرى" beside "عبوة"). A denial is not asked about "without":
    it withholds the whole claim, whose "دون إبداء أسباب" is a detail it does not deny."""
    if a.text is None or b.text is None:
        return False
    if another_apart(a.text, a.key.vocabulary, b.text, b.key.vocabulary):
        return True
    if _told_apart(a, b):
        return True
    denial = (a.key.stance is Stance.DENIES) != (b.key.stance is Stance.DENIES)
    if not denial and says_without(a.text) != says_without(b.text):
        one, other = (a, b) if says_without(a.text) else (b, a)
        if contradicts(one.text or "", other.key.vocabulary):
            return True
    return _one_word_apart(a.key, a.text, b.key, b.text)


def _one_word_apart(a: MatchKey, a_text: str, b: MatchKey, b_text: str) -> bool:
    """True when one statement is the other with a word put in another's place
    (``link.substitution``): "أسعار القمح" for "أسعار الشعير" is another claim."""
    if not (short_enough(a.vocabulary) or short_enough(b.vocabulary)):
        return False  # the test's own answer, without reading the texts again
    return swapped(a_text, b_text) is not None


def semantic_links(
    pending: Sequence[tuple[Side, Side, Decision]], t: Thresholds = DEFAULT
) -> tuple[list[Pair], list[Pair]]:
    """Confirmed and suggested links among the pairs judge_pair left to the embeddings.

    Across languages a pair below ``t.semantic_confirm_across`` is confirmed when neither
    statement has a closer one in the other language among these pairs (at
    ``t.semantic_mutual_across``): an Arabic sentence and its English translation, where
    another sentence of the same story is only near both."""
    if not pending:
        return [], []
    texts: list[str] = []
    row: dict[str, int] = {}
    for side in chain.from_iterable((a, b) for a, b, _ in pending):
        if side.key.id not in row:
            row[side.key.id] = len(texts)
            texts.append(without_refusal(side.text or ""))
    cosines = similarities(texts, [(row[a.key.id], row[b.key.id]) for a, b, _ in pending])
    closest: dict[str, float] = {}
    for (a, b, decision), cosine in zip(pending, cosines, strict=True):
        if not decision.one_language:
            for side in (a, b):
                closest[side.key.id] = max(closest.get(side.key.id, -1.0), cosine)
    confirmed: list[Pair] = []
    suggested: list[Pair] = []
    for (a, b, decision), cosine in zip(pending, cosines, strict=True):
        pair = (a.key.id, b.key.id, round(100 * cosine, 1))
        why = f"semantic {cosine:.2f}; same entities {decision.why}"
        bar = t.semantic_confirm if decision.one_language else t.semantic_confirm_across
        mutual = (
            not decision.one_language
            and not _speaker_only(a, b)
            and not _weak_terms(a, b)
            and cosine >= t.semantic_mutual_across
            and cosine >= closest[a.key.id]
            and cosine >= closest[b.key.id]
        )
        if cosine >= bar:
            confirmed.append((*pair, why))
        elif mutual:
            confirmed.append((*pair, f"{why}; each the other's closest in the other language"))
        elif cosine >= t.semantic_suggest:
            suggested.append((*pair, why))
    return confirmed, suggested


def _speaker_only(a: Side, b: Side) -> bool:
    """True when what two statements share of their anchors is only the person who said them
    (``link.anchors.with_speaker``): one man says many things in a story, so his words in two
    languages must reach the cross-language bar itself, not only be each other's closest."""
    return all(key.startswith("n:" + SPEAKER) for key in a.mark.keys() & b.mark.keys())


def _weak_terms(a: Side, b: Side) -> bool:
    """True when two statements share bilingual terms (a body, a weekday:
    ``link.anchors.terms``) and at most one other anchor besides the speaker: a story names
    its army, its government and its one main name in most sentences, so such a pair in two
    languages must reach the cross-language bar itself, not only be each other's closest."""
    common = {k for k in a.mark.keys() & b.mark.keys() if not k.startswith("n:" + SPEAKER)}
    if not any(key.startswith("t:") for key in common):
        return False
    return only_terms(common) or sum(1 for key in common if not key.startswith("t:")) < 2


def rare_stems(key: MatchKey, df: Mapping[str, int], t: Thresholds = DEFAULT) -> tuple[str, ...]:
    """Stems of a statement's ``t.block_words`` rarest words (by ``df``), blocked on too.

    So "زيارة سرية" meets "زار سراً"; only these few words are stemmed for blocking.
    """
    # The vocabulary is sorted, so a stable sort by count alone breaks ties by the word.
    rarest = sorted(key.vocabulary, key=lambda w: df.get(w, 0))[: t.block_words]
    return stems(rarest)


def candidates(
    items: Sequence[MatchKey],
    t: Thresholds,
    df: Counter[str],
    sides: Sequence[Side],
    share: Share | None = None,
) -> list[set[int]]:
    """For each statement, the statements worth judging with it: those sharing two of either
    one's rarest words, or two stems of these words (one, for short statements), or, when the
    sides are semantic, two anchors. With ``share``, the words, the stems and the counts
    (these in ``COUNT_PARTS`` runs of statements) are blocked on as parts."""
    counting = _runs([1 if item.numbers else 0 for item in items], COUNT_PARTS)

    def by_stem() -> list[set[int]]:
        # rare_stems for every statement, its per-word lookups inlined (a corpus has 250,000):
        # sorting by the count alone is stable over the sorted vocabulary, as there.
        # (A vocabulary of ``most`` words or fewer is its own rarest: no sort.)
        rank, most = df.__getitem__, t.block_words
        keys = [
            stems(words if len(words) <= most else sorted(words, key=rank)[:most])
            for words in (item.vocabulary for item in items)
        ]
        return _blocked(keys, Counter(chain.from_iterable(keys)), t)

    def part(n: int) -> _Blocking:
        if n == 0:
            blocked = _blocked([item.vocabulary for item in items], df, t)
            return _Blocking(pairs={index: extra for index, extra in enumerate(blocked) if extra})
        if n <= len(counting):
            return _Blocking(counts=_count_keys_of(items, sides, range(*counting[n - 1])))
        # The words of every statement, stemmed once each (one call per distinct word), are
        # kept: the stems' blocking reads them, and so does judging (they are sent back from
        # a forked process). This part, the longest, is the last: a forked process's first.
        stem_each(df)
        pairs = {index: extra for index, extra in enumerate(by_stem()) if extra}
        return _Blocking(pairs=pairs, stems=known_stems(df))

    parts = 2 + len(counting)
    done = [part(n) for n in range(parts)] if share is None else share(part, parts)
    keep_stems(done[-1].stems)
    counted_keys: dict[int, tuple[str, ...]] = {}
    for blocking in done:
        counted_keys.update(blocking.counts)
    found: list[set[int]] = [set() for _ in items]
    for extra_of in (done[0].pairs, _same_counts(counted_keys, t), done[-1].pairs):
        for index, extra in extra_of.items():
            found[index] |= extra
    for index, extra in _among_denials(items, t).items():
        found[index] |= extra
    arabic = [side.semantic and arabic_script(side.text or "") for side in sides]
    if any(side.semantic for side in sides) and len(set(arabic)) > 1:
        # Pairs across languages share no word: anchors (names across scripts, places) find
        # them. Within one language, words and stems already did.
        keys = [tuple(sorted(side.mark.keys())) for side in sides]
        anchor_df = Counter(chain.from_iterable(keys))
        for index, extra in enumerate(_blocked(keys, anchor_df, t)):
            found[index] |= {o for o in extra if arabic[o] != arabic[index]}
        for index, extra in enumerate(_by_terms(keys, t)):
            found[index] |= {o for o in extra if arabic[o] != arabic[index]}
    # A pair is a candidate when either side's rarest keys find the other (as in the store,
    # which looks both ways from each new statement).
    for index, others in enumerate(found):
        for other in others:
            found[other].add(index)
    return found


def _among_denials(items: Sequence[MatchKey], t: Thresholds) -> dict[int, set[int]]:
    """For each denial, the other denials sharing two of its rarest words, their counts taken
    over the denials alone (one, for short denials): in a large corpus one denial printed by
    several outlets ("نفت الهيئة صحة ما تردد عن …") may be made of words each in more
    statements than are blocked on, and blocking on all statements then compares none of its
    copies. Denials are a few in a thousand statements, so this costs little."""
    denials = [index for index, item in enumerate(items) if item.stance is Stance.DENIES]
    if len(denials) < 2:
        return {}
    keys = [items[index].vocabulary for index in denials]
    blocked = _blocked(keys, Counter(chain.from_iterable(keys)), t)
    return {denials[n]: {denials[o] for o in extra} for n, extra in enumerate(blocked) if extra}


def term_keys(keys: Iterable[str]) -> tuple[str, ...]:
    """The bilingual terms among a statement's anchor keys (``link.anchors.terms``), its
    own and its voice's body's (``link.anchors.with_speaker``), sorted."""
    return tuple(sorted(key for key in keys if key.startswith(("t:", _VOICE_TERM))))


#: The start of the key of a body a statement's voice names (``link.anchors.with_speaker``).
_VOICE_TERM = "n:" + SPEAKER + "t:"


def _by_terms(keys: Sequence[Sequence[str]], t: Thresholds) -> list[set[int]]:
    """For each statement, those sharing a bilingual term with it (``link.anchors.terms``):
    "the government" and "الحكومة" may be all an Arabic statement and its English telling
    share, one key among the many skeletons of the Arabic words, which blocking on two keys
    misses. A term in more than ``t.max_postings`` statements is not blocked on."""
    own = [term_keys(mine) for mine in keys]
    if not any(own):
        return [set() for _ in keys]
    return _blocked(own, Counter(chain.from_iterable(own)), t)


#: Runs of statements whose telling counts are read as parts of their own (``candidates``):
#: reading them all costs about what blocking on the words does, so the parts come out even.
COUNT_PARTS = 4


@dataclass(frozen=True, slots=True)
class _Blocking:
    """What one part of ``candidates`` found: statements paired, by index; the blocking keys
    of statements' telling counts, by index; the stems of the corpus's words."""

    pairs: dict[int, set[int]] = field(default_factory=dict)
    counts: dict[int, tuple[str, ...]] = field(default_factory=dict)
    stems: dict[str, str] = field(default_factory=dict)


def _cross_links(
    items: Sequence[MatchKey],
    t: Thresholds,
    texts: Mapping[str, str] | None = None,
    share: Share | None = None,
    sides: Sequence[Side] | None = None,
) -> tuple[list[Pair], list[Pair]]:
    """Confirmed and suggested links between statements of different articles.

    Candidates come from ``candidates``; each pair is decided by ``judge_pair`` over ``texts``
    (statement id → content) in ``judge_candidates`` (over ``SHARED_PARTS`` runs of statements
    with ``share``), the pairs left to embeddings by ``semantic_links``. ``sides`` are the
    items' ``_sides``, when the caller has them.
    """
    if t.semantic and not available():
        raise UsageError(INSTALL_HINT)
    if sides is None:
        sides = _sides(items, t, texts)
    df = Counter(chain.from_iterable(item.vocabulary for item in items))
    candidates_of = candidates(items, t, df, sides, share)
    confirmed: list[Pair] = []
    suggested: list[Pair] = []
    pending: list[tuple[Side, Side, Decision]] = []
    if share is None:
        judged = judge_candidates(sides, candidates_of, t)
    else:
        runs = _runs([len(found) for found in candidates_of], SHARED_PARTS)
        judged = list(
            chain.from_iterable(
                share(
                    lambda n: judge_candidates(sides, candidates_of, t, range(*runs[n])), len(runs)
                )
            )
        )
    for index, other, decision in judged:
        if decision.tier == "semantic":
            pending.append((sides[index], sides[other], decision))
            continue
        pair = (items[index].id, items[other].id, decision.score, decision.why)
        (confirmed if decision.tier == "confirmed" else suggested).append(pair)
    more_confirmed, more_suggested = semantic_links(pending, t)
    return confirmed + more_confirmed, suggested + more_suggested


def _sides(
    items: Sequence[MatchKey],
    t: Thresholds,
    texts: Mapping[str, str] | None,
    speakers: Mapping[str, str] | None = None,
) -> list[Side]:
    """The items as judged across articles (``Side.across``), with their ``texts`` and the
    names of their ``speakers`` (``speaker_of``)."""
    semantic = bool(t.semantic) and texts is not None
    sides = [
        Side.across(item, texts[item.id] if texts else None, semantic=semantic) for item in items
    ]
    if speakers:
        for side in sides:
            side.speaker = speakers.get(side.key.id)
    return sides


#: Kinds of voice that are one person, whose name may anchor what he said in two languages.
_NAMED_PEOPLE = frozenset({SourceKind.PERSON, SourceKind.OFFICIAL})


def speaker_of(att: Attribution) -> str | None:
    """The name of the one person an attribution quotes, when the text names him in two words
    or more (``Majed al-Zoubi``, ``ماجد الزعبي``): a spokesman's words told in Arabic by one
    outlet and in English by another share no word, and often no other name or place, but
    they share him (``link.anchors.with_speaker``)."""
    return speaker_named(att.source.name, att.source.kind)


def speaker_named(name: str, kind: SourceKind) -> str | None:
    """``speaker_of`` for a voice's name and kind (as the store holds them); a voice that is
    no named person counts when its name names a body of the bilingual term list ("مصدر في
    وزارة المالية", "a source at the Finance Ministry": ``link.anchors.with_speaker``)."""
    if kind not in _NAMED_PEOPLE:
        return name if names_body(name) else None
    if len(name.split()) < 2:
        return None
    return name


#: A judged pair: the two statements' indices (the earlier first) and what judge_pair decided.
Judged = tuple[int, int, Decision]


class Share(Protocol):
    """Runs ``run(0)`` … ``run(parts - 1)`` and returns their results in that order.

    The pipeline's (``pipeline.ForkedShare``) runs some parts in forked processes, so ``run``
    must not change what it reads, and its results must pickle. Given to link_corpus for a
    large corpus; None runs everything here, in order.
    """

    def __call__(self, run: Callable[[int], _T], parts: int) -> list[_T]:
        """The results of ``run`` over 0 … ``parts`` - 1."""
        ...


#: Parts a shared step (``Share``) is cut into: enough that no process waits long at the end
#: for another's last part, few enough that each part's results travel in one piece.
SHARED_PARTS = 16


def _runs(sizes: Sequence[int], count: int) -> list[tuple[int, int]]:
    """Cut indices 0 … len(sizes) - 1 into at most ``count`` consecutive runs (start, end) of
    about equal total size."""
    share = max(1, -(-sum(sizes) // count))
    runs: list[tuple[int, int]] = []
    start = total = 0
    for index, size in enumerate(sizes):
        total += size
        if total >= share:
            runs.append((start, index + 1))
            start, total = index + 1, 0
    if start < len(sizes):
        runs.append((start, len(sizes)))
    return runs


def judge_candidates(
    sides: Sequence[Side],
    candidates_of: Sequence[set[int]],
    t: Thresholds,
    indices: Iterable[int] | None = None,
) -> list[Judged]:
    """The candidate pairs of different articles that judge_pair links, by index then by the
    other's index: from each statement of ``indices`` (all, by default) to the later ones."""
    out: list[Judged] = []
    for index in range(len(sides)) if indices is None else indices:
        article = sides[index].key.article
        for other in sorted(candidates_of[index]):
            if other <= index or sides[other].key.article == article:
                continue
            decision = judge_pair(sides[index], sides[other], t)
            if decision is not None:
                out.append((index, other, decision))
    return out


def _count_keys_of(
    items: Sequence[MatchKey], sides: Sequence[Side], indices: Iterable[int]
) -> dict[int, tuple[str, ...]]:
    """``count_keys`` of the statements of ``indices``, of those that have some (only
    statements with a text and a telling count are read)."""
    out: dict[int, tuple[str, ...]] = {}
    for index in indices:
        item = items[index]
        if item.numbers:  # count_keys is () without numbers
            found = count_keys(item, sides[index].text)
            if found:
                out[index] = found
    return out


def _same_counts(keys_of: Mapping[int, tuple[str, ...]], t: Thresholds) -> dict[int, set[int]]:
    """The statements giving one of a statement's telling counts of a word of the same stem
    ("27 شخصا"; see _same_count), by statement (only those that have some): a retelling shares
    few other words to block on. ``keys_of`` holds the statements' ``count_keys`` by index; a
    key in more than ``t.max_postings`` statements is too common to block on."""
    postings: dict[str, list[int]] = {}
    for index in sorted(keys_of):
        for key in keys_of[index]:
            postings.setdefault(key, []).append(index)
    out: dict[int, set[int]] = {}
    for found in postings.values():
        if 1 < len(found) <= t.max_postings:
            for index in found:
                out.setdefault(index, set()).update(o for o in found if o != index)
    return out


def count_keys(item: MatchKey, text: str | None) -> tuple[str, ...]:
    """A statement's telling counts with the stem of what each counts ("27 شخص"), the
    blocking keys of the same-count link (``_same_count``); none for a statement with no
    text, nor for a duration or a date ("15 يوما", "30 يونيو")."""
    if text is None:
        return ()
    found = []
    for number in telling_counts(item.numbers):
        for word in counted(text, number)[:1]:
            if not _time_word(word):
                found.append(f"{number} {stem(word)}")
    return tuple(found)


def _blocked(keys: Sequence[Sequence[str]], df: Counter[str], t: Thresholds) -> list[set[int]]:
    """For each item, the items sharing two of its rarest keys (one, for items with few keys).

    A key in one item only can never pair two items, and a key in very many is too common to
    block on; pairwise intersections of the keys' posting sets are computed in C.
    """
    blockable = _blockable(df, t)
    postings: defaultdict[str, list[int]] = defaultdict(list)
    chosen: list[Collection[str]] = []
    rank, most = df.__getitem__, t.block_words
    for index, own in enumerate(keys):
        mine = blockable.intersection(own)
        for word in mine:
            postings[word].append(index)
        # Only which keys are chosen matters (their order does not): sorted only to cut.
        chosen.append(sorted(sorted(mine), key=rank)[:most] if len(mine) > most else mine)
    sets = {word: frozenset(found) for word, found in postings.items()}
    out: list[set[int]] = []
    short = t.short_words
    for index, words in enumerate(chosen):
        found: set[int] = set()
        if len(keys[index]) < short:
            found = set(chain.from_iterable(sets[w] for w in words))
        elif len(words) > 1:
            for first, second in combinations([sets[w] for w in words], 2):
                found |= first & second
        found.discard(index)
        out.append(found)
    return out


def _paraphrase(
    found: tuple[float, float] | None, by_stem: tuple[float, float] | None, t: Thresholds
) -> bool:
    """Whether embeddings should judge a same-language pair: its stems overlap somewhat, but
    its words do not nearly match (what differs then is what an embedding cannot weigh: an
    antonym, a name, as in ANS "disagree" pairs)."""
    if found is not None and found[0] >= t.link_ratio:
        return False
    return by_stem is not None and by_stem[1] >= t.semantic_min_dice


def _contained(a: Side, b: Side, t: Thresholds) -> tuple[tuple[float, float], str] | None:
    """(score, why) when one statement is printed word for word inside the other, else None.

    An outlet that cuts a quote short ("أكد حمدان أهمية المشروع للمدينة" / the same words and
    two sentences more) prints the same claim; the words' Dice cannot say so, as the longer
    one adds what the shorter leaves out. Only between what sources said, or between what
    outlets say in their own voice, and only when the shorter one's content words are nearly
    all in the longer; a denial and its claim are left to the denial test. Two outlets' own
    sentences link so only where the longer opens with the shorter (``OPENING_WORDS``): an
    own span that runs on over several sentences ("… ، وحققت الأسواق …") holds other claims
    than the one another outlet printed apart, and what it says after them is no text cut
    short.
    """
    if a.text is None or b.text is None:
        return None
    own = a.key.stance is None
    if own != (b.key.stance is None):
        return None  # an own-voice sentence may hold what a source said among much else
    if (a.key.stance is Stance.DENIES) != (b.key.stance is Stance.DENIES):
        return None
    short, long = (a, b) if len(a.key.vocabulary) <= len(b.key.vocabulary) else (b, a)
    words = short.key.vocabulary
    if not t.short_words <= len(words) <= len(long.key.vocabulary) <= t.contained_words:
        return None
    inside = len(set(words).intersection(long.key.vocabulary))
    if inside < t.contained_share * len(words) or opposed(words, long.key.vocabulary):
        return None
    share = overlap(short.grams, long.grams)
    if share < t.contained_share or 100 * share < t.confirm_ratio:
        return None  # as the stems, never below the bar the caller set for merging
    if own and _said_at(long.text or "", short.text or "") > OPENING_WORDS:
        return None  # an outlet's own span that runs on holds other claims than the one cut
    return (100 * share, 1.0), f"same text {_shared_words(a.key, b.key)} ({100 * share:.0f})"


#: Words an outlet's own sentence may print before the text another prints cut short (a
#: numbering, a dateline: "سادساً:", "واس -") for the two to be one text (``_contained``).
OPENING_WORDS = 3


#: How a link of one statement to a clause run of a longer one (``_in_window``) is explained.
WINDOW_WHY = "same text in a longer statement"
#: Share of the shorter one's word 4-grams a statement linked whole to the longer must hold
#: for the link to the run to stay (``_runs_kept_apart``).
WINDOW_HELD = 0.5


def _in_window(
    a: Side, b: Side, t: Thresholds
) -> tuple[Side, Side, tuple[float, float], str] | None:
    """The two statements, the longer read as the run of its clauses that prints the shorter
    (``link.windows``), with (score, why), when that run is the same text; else None.

    One outlet prints a dispatch's sentence alone ("ومن المتوقع أن تنتهي المحادثات الفنية قبل
    العاشر من الشهر"); another runs it on after the sentence before it ("وقال المسؤولون إن
    المفاوضين يأملون …، ومن المتوقع أن تنتهي المحادثات الفنية …"), or keeps the opening clauses
    of a longer one that goes on with other figures. Read whole, the longer gives words and
    numbers the shorter does not, and neither the guards nor the bars see one claim; read at
    the clauses holding the shorter one's word 4-grams, it prints it. Asked as ``_contained``
    is: what sources said, or what outlets say themselves, never one of each; a denial only
    with a denial. The shorter must hold ``window_words`` content words, ``contained_share``
    of them in the longer and ``window_grams`` of its 4-grams (which find the run); the longer
    holds at most ``window_longest`` content words (``contained_words`` for what a voice
    said). The run must hold ``contained_share`` of the shorter one's content words, give its
    numbers and negation, have ``window_cover`` of its own content words among the shorter
    one's (the run is no long clause it is a piece of), and the two must reach the
    bars of the same words or the same stems. The longer side returned is the run, so that
    what is asked of every pair about to be confirmed (places, occasions, background
    clauses) is asked of the clauses that link. A copy, the text each prints, adds no
    origin (``link.reuse``)."""
    if a.text is None or b.text is None:
        return None
    if (a.key.stance is None) != (b.key.stance is None):
        return None
    if (a.key.stance is Stance.DENIES) != (b.key.stance is Stance.DENIES):
        return None
    short, long = (a, b) if len(a.key.vocabulary) <= len(b.key.vocabulary) else (b, a)
    words = short.key.vocabulary
    # What a voice is quoted saying past ``contained_words`` ran past its quote (as for
    # ``_contained``); an outlet's own span may run on over several sentences.
    longest = t.window_longest if a.key.stance is None else t.contained_words
    if not t.window_words <= len(words) < len(long.key.vocabulary) <= longest:
        return None
    if len(set(words).intersection(long.key.vocabulary)) < t.contained_share * len(words):
        return None
    if overlap(short.grams, long.grams) < t.window_grams:
        return None
    text = window(short.grams, long.text or "")
    if text is None:
        return None
    k = long.key
    run = Side.across(match_key(k.id, k.article, text, k.stance), text, semantic=long.semantic)
    theirs = run.key.vocabulary
    held = len(set(theirs).intersection(words))
    if held < t.window_cover * len(theirs) or held < t.contained_share * len(words):
        return None
    if _numbers_or_negation_differ(short.key, run.key) or opposed(words, theirs):
        return None
    found = score(short.key, run.key, t, (short.joined, run.joined))
    if found is None or found[0] < t.confirm_ratio or found[1] < t.confirm_dice:
        found = score(
            short.stem_key, run.stem_key, t, (short.stem_joined, run.stem_joined), (words, theirs)
        )
        bar = max(t.stem_ratio, t.confirm_ratio)
        if found is None or found[0] < bar or found[1] < t.stem_dice:
            return None
    why = f"{WINDOW_WHY} {_shared_words(a.key, b.key)} ({found[0]:.0f})"
    pair = (short, run) if short is a else (run, short)
    return (*pair, found, why)


def _restated(a: Side, b: Side, t: Thresholds) -> tuple[tuple[float, float], str] | None:
    """(score, why) when what one source is quoted saying is said again, in other forms of
    its words, inside what a source says at more length, else None.

    "أثبتت لجنة المهندسين الدولية بصورة قاطعة أن القطعة من الرحلة 90" and "بعد 300 يوم نقول إن
    اللجان الدولية للمهندسين أثبتت بصور نهائية أن قطعا تعود إلى الرحلة 90 التي كانت تقل 150
    راكبا": the longer adds a delay and a count (details, see _details_aside) and writes some
    words in other forms, so neither the same text (_contained) nor the Dice of the words sees
    one claim. Asked as _contained is: only between what sources said, neither a denial of the
    other, the longer of ``contained_words`` at most; the shorter must hold ``restated_words``
    content words, ``restated_share`` of them with a form in the longer, and the longer at most
    ``restated_longer`` times as many: a span that ran on past its quote into what another voice
    said holds other claims than the one restated.
    """
    if a.key.stance is None or b.key.stance is None or a.text is None or b.text is None:
        return None
    if (a.key.stance is Stance.DENIES) != (b.key.stance is Stance.DENIES):
        return None
    short, long = (a, b) if len(a.key.vocabulary) <= len(b.key.vocabulary) else (b, a)
    words, theirs = short.key.vocabulary, long.key.vocabulary
    if not t.restated_words <= len(words) <= len(theirs) <= t.contained_words:
        return None
    if len(theirs) > t.restated_longer * len(words) or opposed(words, theirs):
        return None
    said: list[str] = []
    missed = 0
    for word in words:
        if long.holds_form_of(word):
            said.append(word)
            continue
        # Once so many words have no form in the longer that the share cannot reach the bars
        # (most pairs, after a word or two), the rest need not be read.
        missed += 1
        most = (len(words) - missed) / len(words)
        if most < t.restated_share or 100 * most < t.confirm_ratio:
            return None
    share = len(said) / len(words)
    if share < t.restated_share or 100 * share < t.confirm_ratio:
        return None  # as the stems, never below the bar the caller set for merging
    said.sort(key=lambda w: (-len(w), w))
    return (100 * share, share), f"restated {', '.join(said[:3])} ({100 * share:.0f})"


def _retold(
    a: Side, b: Side, found: tuple[float, float] | None, t: Thresholds
) -> tuple[tuple[float, float], str] | None:
    """(score, why) when what one voice says is one fact another voice tells in other words,
    with details of its own (``link.retold``), else None.

    Only between what voices said, neither a denial, their words scoring a suggested link
    (``link_ratio``) past every guard, and both naming one place (``Side.mark``): a fact is
    told where it happened, and two facts of one story shared words and no place. Two that
    name different days, months or cities (``link.retold.terms_differ``), or towns none in common
    (``places_apart``), are two facts; one that calls something untrue (``calls_untrue``)
    restates a claim to reject it.
    """
    ka, kb = a.key, b.key
    if a.text is None or b.text is None or ka.stance is None or kb.stance is None:
        return None
    if Stance.DENIES in (ka.stance, kb.stance) or found is None or found[0] < t.link_ratio:
        return None
    share = retold_share(ka.vocabulary, kb.vocabulary)
    if share is None or a.mark.places.isdisjoint(b.mark.places):
        return None
    if places_apart(a.text, b.text) or terms_differ(a.text, b.text):
        return None
    if calls_untrue(a.text) or calls_untrue(b.text):
        return None
    if _counted_otherwise(a, b):
        return None
    return found, f"retold {_shared_words(ka, kb)} ({100 * share:.0f})"


def _counted_otherwise(a: Side, b: Side) -> bool:
    """True when the two statements give one count but say other things of it: "ارتفع عدد
    القتلى إلى نحو 100 شخص" and "أصيب أكثر من 100 شخص آخرين" share the number and the place,
    yet the dead of one are the wounded of the other. What each says within a few words of the
    count (``_said_of``) must be said by the other, as ``_same_count`` asks."""
    if a.text is None or b.text is None:
        return False
    shared = set(a.key.numbers) & set(b.key.numbers)
    return any(
        not (_all_said(_said_of(a.text, n), b.key) or _all_said(_said_of(b.text, n), a.key))
        for n in telling_counts(sorted(shared))
    )


def _said_of(text: str, number: str) -> tuple[str, ...]:
    """What a statement says of a count (``numbers.frame``) less the words that only qualify
    it ("أكثر من 27 شخصا قتلوا" says that 27 persons were killed, as "مقتل 27 شخصا" does)."""
    return tuple(w for w in frame(text, number) if w not in _COUNT_QUALIFIERS)


#: Words that qualify a count (``Words.count_qualifiers``).
_COUNT_QUALIFIERS = union("count_qualifiers")


def _denial_names(a: Side, b: Side, t: Thresholds) -> tuple[tuple[float, float], str] | None:
    """(score, why) when a denial names, in forms of its words, what the other statement
    says or denies, else None.

    "نفت الوزارة ما تردد عن إغلاق المعبر الشمالي أمام الشاحنات يوم الخميس" and "أغلقت السلطات
    المعبر الشمالي في وجه الشاحنات": the denial adds its frame and a day, so the score's denial
    test (most of the denial's words in the claim) misses it; so do two outlets' denials of one
    report, each framed in its own words. The denial's content words, framing words aside
    (``denial_frame``), are asked for a form among the other's (``morph.related``): at least
    ``denial_words`` of them, and ``denial_share`` of them; and ``denial_cover`` of the other's
    words must have a form in the denial. Of two denials the shorter is asked, and more
    than ``denials_share`` of its words must be named.
    Numbers both give must agree, and places must not differ. A false link here makes a
    claim contested, never corroborated, by the denier: a denier is never an asserting origin.
    """
    a_denies, b_denies = a.key.stance is Stance.DENIES, b.key.stance is Stance.DENIES
    if not (a_denies or b_denies):
        return None
    if a.key.numbers and b.key.numbers and a.key.numbers != b.key.numbers:
        return None
    if a.text is not None and b.text is not None and conflict(a.mark, b.mark):
        return None  # about different places
    if a_denies and b_denies:
        denial, other = (a, b) if len(a.key.vocabulary) <= len(b.key.vocabulary) else (b, a)
    else:
        denial, other = (a, b) if a_denies else (b, a)
    core = [w for w in _denied_words(denial) if w not in _DENIAL_FRAME]
    if not t.denial_words <= len(core) <= t.related_words:
        return None
    named = [w for w in core if other.holds_form_of(w)]
    share = len(named) / len(core)
    if len(named) < t.denial_words or share < t.denial_share:
        return None
    if a_denies and b_denies and share <= t.denials_share:
        return None
    theirs = [w for w in other.key.vocabulary if w not in _DENIAL_FRAME]
    if sum(1 for w in theirs if denial.holds_form_of(w)) < t.denial_cover * len(theirs):
        return None  # a few common words of a much longer statement
    if t.confirm_ratio > 100.0:
        return None  # a denial that names its claim scores 100, as in the score's own test
    named.sort(key=lambda w: (-len(w), w))
    return (100.0, share), f"denial names {', '.join(named[:3])} ({100 * share:.0f})"


#: Content words the core of a "no plan to …" statement (``link.intent.plan_core``) holds:
#: at least (fewer is too little of a claim to tell it from another), and at most (more is a
#: statement that says much else beside).
PLAN_CORE_WORDS = (3, 8)
#: One-letter prepositions that may be written onto a core's word ("بعقد" / "عقد").
_PREPOSITIONS = ("ب", "ل")


def _no_plan(a: Side, b: Side, t: Thresholds) -> tuple[tuple[float, float], str] | None:
    """(score, why) when two voices each say that there is no plan, proposal, intention or
    chance of one same thing, in their own frames, else None.

    "لا يوجد مقترح بتأجيل موسم الحصاد" / "الجمعية لا تنوي تأجيل موسم الحصاد هذا العام": each
    frame is its speaker's ("no proposal", "does not intend"), what would not happen is one
    (``link.intent.plan_core``). Both must be so framed, both negated, neither a denial (the
    denial tests weigh those); every word of the shorter core (``PLAN_CORE_WORDS``) must have
    a form (``morph.related``, a preposition written onto it aside) among the other's words;
    numbers both give must agree and places must not differ. Only between what sources said.
    """
    if a.text is None or b.text is None or a.key.stance is None or b.key.stance is None:
        return None
    if Stance.DENIES in (a.key.stance, b.key.stance) or not (a.key.negated and b.key.negated):
        return None
    if a.key.numbers and b.key.numbers and a.key.numbers != b.key.numbers:
        return None
    frame = plan_frame()
    if frame.isdisjoint(a.key.vocabulary) or frame.isdisjoint(b.key.vocabulary):
        return None  # no frame word: neither is framed (the texts are not read)
    mine, theirs = plan_core(a.text, a.key.vocabulary), plan_core(b.text, b.key.vocabulary)
    if mine is None or theirs is None:
        return None
    core, other = (mine, b) if len(mine) <= len(theirs) else (theirs, a)
    least, most = PLAN_CORE_WORDS
    if not least <= len(core) <= most or opposed(a.key.vocabulary, b.key.vocabulary):
        return None

    def held(word: str) -> bool:
        if other.holds_form_of(word):
            return True
        return word.startswith(_PREPOSITIONS) and len(word) > 3 and other.holds_form_of(word[1:])

    if not all(map(held, core)) or conflict(a.mark, b.mark):
        return None
    if t.confirm_ratio > 100.0:
        return None  # it scores 100, as a denial naming its claim does
    named = sorted(core, key=lambda w: (-len(w), w))
    return (100.0, 1.0), f"no plan to {', '.join(named[:3])}"


def _denied_words(denial: Side) -> tuple[str, ...]:
    """A denial's content words, of what it says is untrue only (``denials.denied_part``):
    "ما تداول عن رفع الرسوم، غير صحيح، وأن أي تعديل سيعلن رسميا" denies the rise, and the
    rest is what the denier asserts."""
    text = denial.text
    part = denied_part(text) if text is not None else None
    if part is None or part == text:
        return denial.key.vocabulary
    return match_key(denial.key.id, denial.key.article, part, Stance.DENIES).vocabulary


def _related(
    a: Side, b: Side, by_stem: tuple[float, float] | None, t: Thresholds
) -> tuple[tuple[float, float], str] | None:
    """(score, why) when two statements say the same words in other forms, else None.

    A light stemmer leaves some forms of one word apart ("تراجع" / "يتراجع", "مليون" /
    "ملايين"); each word of ``b`` that is a form of one of ``a`` (``link.morph.related``) is
    written as that one, and the pair scored again at the ``related`` bars. Only short pairs
    whose stems already overlap (``related_from``, ``related_words``) are asked: the kinship
    test compares every word of one with every word of the other. Two statements of fewer
    than ``short_words`` content words are asked whatever their stems: they link only when
    their words are then the same ("تراجع التضخم في الوادي" / "التضخم يتراجع في الوادي").
    """
    most = max(len(a.key.vocabulary), len(b.key.vocabulary))
    short = most < t.short_words  # two short statements: few words to compare, ask anyway
    if not short and (by_stem is None or by_stem[1] < t.related_from):
        return None  # a guard keeps them apart, too few stems are shared, or a side is short
    if most > t.related_words:
        return None
    k = b.key
    theirs = MatchKey(
        k.id,
        k.article,
        related_words(a.key.vocabulary, k.vocabulary),
        k.numbers,
        k.negated,
        k.stance,
    )
    found = score(a.key, theirs, t)
    bar = max(t.related_ratio, t.confirm_ratio)  # as the stems, never below the caller's bar
    if found is None or found[0] < bar or found[1] < t.related_dice:
        return None
    return found, f"related words {_shared_words(a.key, theirs)} ({found[0]:.0f})"


def _same_count(
    a: Side, b: Side, by_stem: tuple[float, float] | None, t: Thresholds
) -> tuple[tuple[float, float], str] | None:
    """(score, why) when two statements give the same telling count of the same thing and
    their stems reach the bars of a suggested link, else None.

    Outlets retell an event in their own words but keep its count: "قتل 27 شخصا على الأقل
    حين سقطت طائرة على السوق" and "سقطت مقاتلة على السوق ما تسبب بمقتل 27 شخصا" share few
    words (مقاتلة / طائرة, قتل / مقتل), yet 27 persons on one market is one claim. The numbers
    must be the same (``numbers.telling_counts``: from eleven up, no year), each counting a
    word of one form on both sides (``numbers.counted``: "27 شخصا" and "27 شخصا", not "27
    شخصا" and "27 منزلا"), and the stems must overlap at ``related_from`` and score
    ``count_slack`` under ``confirm_ratio`` (``link_ratio`` at the defaults). A share
    ("57 في المئة") counts nothing, and the two must tell of the same places (``_elsewhere``).
    A denial and its claim are left to the denial test.
    """
    ka, kb = a.key, b.key
    if a.text is None or b.text is None or not ka.numbers or ka.numbers != kb.numbers:
        return None
    if (ka.stance is Stance.DENIES) != (kb.stance is Stance.DENIES):
        return None
    bar = max(t.link_ratio, t.confirm_ratio - t.count_slack)  # follows the caller's bar
    if by_stem is None or by_stem[0] < bar or by_stem[1] < t.related_from:
        return None
    if t.confirm_ratio > 100.0:
        return None  # a bar above every score merges nothing ("--confirm-ratio 101")
    counts = telling_counts(ka.numbers)
    if not counts:
        return None
    if _elsewhere(a, b, counts[0]):
        return None
    for number in counts:
        if percentage(a.text, number) or percentage(b.text, number):
            return None  # "57 في المئة من الأصوات" / "57 في المئة من الشبان": a share, no count
        if after_word(a.text, number, _UNIT_NOUNS) or after_word(b.text, number, _UNIT_NOUNS):
            return None  # "مقر اللواء 15 مشاة": the unit's number, no count of anything
        mine, theirs = counted(a.text, number), counted(b.text, number)
        if not any(related(w, o) for w in mine for o in theirs):
            return None
        if mine[:1] and _time_word(mine[0]):
            return None  # "لمدة 15 يوما", "حتى 30 يونيو": a duration or a date, not a count
        # What one side says of the count must all be said by the other: "ارتفع عدد القتلى
        # إلى 100 شخص" and "أصيب 100 شخص آخرين" count the same persons, but not the same way.
        if not (_all_said(frame(a.text, number), kb) or _all_said(frame(b.text, number), ka)):
            return None
    thing = counted(a.text, counts[0])[0]
    return by_stem, f"same count {counts[0]} {thing} ({by_stem[0]:.0f})"


#: Nouns of a military unit a number after them names (``Words.unit_nouns``).
_UNIT_NOUNS = union("unit_nouns")
#: Words that open a clause of another event (``Words.clause_openers``).
_CLAUSE_OPENERS = union("clause_openers")


def _elsewhere(a: Side, b: Side, number: str) -> bool:
    """True when two statements a count alone would link tell of other places where they give
    the count: the countries named up to the end of its clause (a clause opened by "فيما"
    after it tells of another event) are each some the other does not name ("11 قتيلا في
    مدينة شمال نيجيريا" / "11 قتيلا في شمال الكاميرون، فيما قتل 42 في نيجيريا"), or the two
    name towns none in common (``anchors.places_apart``)."""
    if a.text is None or b.text is None:
        return False
    if conflict(_places_of_count(a.text, number), _places_of_count(b.text, number)):
        return True
    return places_apart(a.text, b.text)


def _places_of_count(text: str, number: str) -> Anchors:
    """The countries a statement names up to the end of the clause that first gives
    ``number`` (see ``_elsewhere``)."""
    words = normalize(text).split()
    at = next((n for n, w in enumerate(words) if number in w), len(words))
    end = next((n for n in range(at, len(words)) if words[n] in _CLAUSE_OPENERS), len(words))
    return places(" ".join(words[:end]))


def _same_figures(
    a: Side, b: Side, by_stem: tuple[float, float] | None, t: Thresholds
) -> tuple[tuple[float, float], str] | None:
    """(score, why) when two statements give the same numbers, ``t.same_figures`` of them
    figures (``numbers.figures``), each told of the same thing, and their stems reach the bars
    of a same count (``_same_count``), else None.

    Desks retell a report's figures in their own words: "بلغ حجم السداد 12.5 مليار ريال
    بتراجع 31.4 في المئة عن العام السابق" and "تراجعت قيمة المسدد بنسبة 31.4 في المئة لتبلغ
    12.5 مليار ريال" share few words, but two figures alike are seldom chance. Every number
    must be on both sides (no year, count or decimal only one gives); no figure may be a
    date, a time or a duration ("19 شوال", "7:39", "30 عاما"); and a word beside a figure on
    one side that the other says beside another figure ("قتل 34 وأصيب 120" / "أصيب 34 وقتل
    120") tells them of different things (``_told_apart``). One side must be an outlet's own
    sentence: between two quoted voices the figures cannot tell a body from the spokesman who
    read its statement ("أعلنت مديرية الصحة استقبال 40 مصابا و15 وفاة" / "قال الناطق باسم
    صحة المنطقة إن المستشفى استقبل 40 إصابة و15 وفاة"), and the words must link them, or
    the two would count as two origins. A denial is left to the denial test.
    """
    ka, kb = a.key, b.key
    if a.text is None or b.text is None or len(ka.numbers) < 2 or ka.numbers != kb.numbers:
        return None
    if ka.stance is not None and kb.stance is not None:
        return None  # two quoted voices: one may be the other's spokesman reading its figures
    if Stance.DENIES in (ka.stance, kb.stance):
        return None
    bar = max(t.link_ratio, t.confirm_ratio - t.count_slack)  # follows the caller's bar
    if by_stem is None or by_stem[0] < bar or by_stem[1] < t.related_from:
        return None
    found = figures(ka.numbers)
    if len(found) < t.same_figures:
        return None
    for number in found:
        if not (beside(a.text, number) and beside(b.text, number)):
            return None  # written out in words on a side: where it stands is not known
        if _dated(a.text, number) or _dated(b.text, number):
            return None
    if _told_apart(a, b):
        return None
    return by_stem, f"same figures {', '.join(found[:3])} ({by_stem[0]:.0f})"


#: Currencies a sum is told in (``Words.currencies``).
_CURRENCIES = union("currencies")


def _same_sum(
    a: Side, b: Side, found: tuple[float, float] | None, t: Thresholds
) -> tuple[tuple[float, float], str] | None:
    """(score, why) when two statements tell the same sums of money and their words reach the
    bars of a suggested link, else None.

    Two wires report one weekend's takings each in its own words, with the cast and the rank
    each chooses: "وحل في المركز الرابع فيلم «الغيمة»، الذي يشارك في بطولته فلان وفلانة،
    محققا إيرادات بلغت 12.2 مليون دولار" and "وتقهقر فيلم «الغيمة» إلى المركز الرابع بإيرادات
    قدرها 12.2 مليون دولار، وشارك في بطولته فلانة" share many words but not enough for a
    confirmed link, and a sum alone is no count (``_same_count``) nor two figures
    (``_same_figures``). Every number of the two must be a figure (``numbers.figures``: a
    fraction, or from eleven up but for years), each told on both sides as a sum in one
    currency (a currency within two words after it: ``numbers.words_after``), none a share or a
    date; a word beside a figure that the other says beside another tells them apart
    (``_told_apart``); and the two must share ``t.min_shared`` content words besides the
    sums' own. A denial is left to the denial test.
    """
    ka, kb = a.key, b.key
    if a.text is None or b.text is None or not ka.numbers or ka.numbers != kb.numbers:
        return None
    if Stance.DENIES in (ka.stance, kb.stance):
        return None
    if found is None or found[0] < t.link_ratio or found[1] < t.link_dice:
        return None
    if len(figures(ka.numbers)) != len(ka.numbers):
        return None  # a small number or a year beside the sum: more than a sum is told
    money = ""
    # The words of the sums themselves ("مليون", "دولار"), a scale read into its number too.
    told: set[str] = set(scale_words())
    for number in ka.numbers:
        if percentage(a.text, number) or percentage(b.text, number):
            return None
        if _dated(a.text, number) or _dated(b.text, number):
            return None
        after = words_after(a.text, number) + words_after(b.text, number)
        told.update(after)
        mine = [w for w in words_after(a.text, number) if w in _CURRENCIES]
        theirs = [w for w in words_after(b.text, number) if w in _CURRENCIES]
        if not any(w == o or related(w, o) for w in mine for o in theirs):
            return None
        money = money or f"{number} {mine[0]}"
    # What is told of the sum must be shared too: "أكثر من 200 مليون دولار" alone says
    # nothing of what costs or earns it, so any report of that sum would contain it.
    common = set(ka.vocabulary) & set(kb.vocabulary)
    if len([w for w in common if w not in told and not any(c.isdigit() for c in w)]) < t.min_shared:
        return None
    if _told_apart(a, b):
        return None
    return found, f"same sum {money} ({found[0]:.0f})"


def _dated(text: str, number: str) -> bool:
    """True when a month or a unit of time stands beside a number of ``text``, or another
    number is joined to it (``numbers.joined_to_number``): a date, a time or a duration ("26
    فبراير 2016", "30 عاما", "26/9/1436", "7:39")."""
    if joined_to_number(text, number):
        return True
    return any(_time_word(word) for word in neighbours(text, number))


def _told_apart(a: Side, b: Side) -> bool:
    """True when two statements give the same numbers of different things: a word beside a
    number on one side (``numbers.beside``) that the other says beside another number instead,
    and not beside that one on the first side.
    "قتل 34 شخصا وأصيب 120 آخرون" and "أصيب 34 شخصا وقتل 120 آخرون" share every word and
    number, yet the dead of one are the wounded of the other. Asked of statements giving the
    same two numbers or more; a number written out in words is not placed, and a month or
    a unit of time beside a number ("26 فبراير 2016") dates rather than tells."""
    ka, kb = a.key, b.key
    if a.text is None or b.text is None or len(ka.numbers) < 2 or ka.numbers != kb.numbers:
        return False
    # A date or a duration is told by its unit, not by what it counts.
    placed = [n for n in ka.numbers if not (_dated(a.text, n) or _dated(b.text, n))]
    near_a = {n: beside(a.text, n) for n in placed}
    near_b = {n: beside(b.text, n) for n in placed}

    def near(words: Sequence[str], word: str) -> bool:
        return any(related(word, o) for o in words)

    for number in placed:
        for mine, theirs in ((near_a, near_b), (near_b, near_a)):
            for word in mine[number]:
                if near(theirs[number], word):
                    continue
                # Beside another number there, and not beside that one here: "و120 آخرون"
                # after a list's first count is beside both, and tells nothing.
                if any(
                    near(theirs[other], word) and not near(mine[other], word)
                    for other in placed
                    if other != number
                ):
                    return True
    return False


#: Nouns of time (``Words.time_units``): a count of them is a duration, not an event's count.
_TIME_UNITS = union("time_units")
#: Month names (``Words.months``): a number before one is a day of the month.
_MONTHS = frozenset(mapping("months"))


def _time_word(word: str) -> bool:
    """True for a folded word after a number that makes it a duration or a date ("يوما",
    "يونيو"), not a count of an event."""
    return word in _TIME_UNITS or word in _MONTHS


def _all_said(words: Sequence[str], key: MatchKey) -> bool:
    """True when each of ``words`` has a form among the key's words (``morph.related``, or
    its event noun: "قتلوا" / "مقتل", ``morph.event_noun``)."""
    return all(any(related(w, o) or event_noun(w, o) for o in key.vocabulary) for w in words)


def _enough_words(a: MatchKey, b: MatchKey, t: Thresholds) -> bool:
    """Whether two statements say enough to be confirmed as one claim across articles: a
    content of one word or two ("ردا", "هذه الحصيلة") means something only in its own article.
    """
    return min(len(a.vocabulary), len(b.vocabulary)) >= t.confirm_words


def _numbers_or_negation_differ(a: MatchKey, b: MatchKey) -> bool:
    """True when the numbers differ, or the negation where it tells (``_negation_tells``)."""
    if a.numbers and b.numbers and a.numbers != b.numbers:
        return True
    return a.negated != b.negated and _negation_tells(a, b)


def _negation_tells(a: MatchKey, b: MatchKey) -> bool:
    """True when a negation only one of two statements holds may make them two claims: when
    neither denies. A denial's negators are its own frame ("لا أساس لما أشيع عن …", "نافيا أن
    يكون المجلس قد ناقش الأمر") or what it calls untrue, so between a denial and its claim, and
    between two denials of one report ("لا صحة لأنباء إغلاق الجسر" / "أنباء إغلاق الجسر غير
    صحيحة"), a negator says nothing of which report is denied."""
    return a.stance is not Stance.DENIES and b.stance is not Stance.DENIES


def _guards_agree(a: MatchKey, b: MatchKey) -> bool:
    """True when numbers and negation allow two statements to be one claim (or its denial)."""
    if _numbers_or_negation_differ(a, b):
        return False
    denial = (a.stance is Stance.DENIES) != (b.stance is Stance.DENIES)
    return denial or not opposed(a.vocabulary, b.vocabulary)


def _shared_words(a: MatchKey, b: MatchKey, *, stemmed: bool = False) -> str:
    """The three longest words two statements share (by stem when ``stemmed``), for reasons.

    Longest, not rarest: a reason must not depend on what else the corpus holds, so that a
    store linking article by article says what one report says.
    """
    if stemmed:
        theirs = {stem(w) for w in b.vocabulary}
        common = [w for w in a.vocabulary if stem(w) in theirs]
    else:
        common = list(set(a.vocabulary) & set(b.vocabulary))
    # Longest first, ties in word order: sorted by word, then stably by length alone (a
    # reversed sort keeps equal keys in order), with no key function called per word.
    common.sort()
    common.sort(key=len, reverse=True)
    return ", ".join(common[:3])


def corpus_claims(
    results: Sequence[ArticleResult],
    groups: dict[str, list[Claim]],
    voice_of: dict[str, Source],
    relays: Sequence[Relay],
    reasons: Mapping[str, list[tuple[float, str]]] | None = None,
    share: Share | None = None,
    *,
    printed: Mapping[str, int] | None = None,
    texts: Mapping[str, str] | None = None,
    encode: ClaimEncoder | None = None,
) -> list[CorpusClaim]:
    """Judge each group of article claims as one corpus claim, ranked by spread.

    ``groups`` maps a group's key to its member claims (an article's claims, merged by
    confirmed links), ``voice_of`` each own-voice statement to the voice it counts as
    (statement_voices), ``relays`` the near-verbatim copies among the articles, and
    ``reasons`` a group's key to its confirmed links' (score, why), for "linked by" in the
    explanation. A one-off report (link_corpus) and the store (re-judging a claim it touched)
    both judge claims here. With ``share``, the groups in several articles are judged in
    ``SHARED_PARTS`` runs it runs (``_judged_groups``); the result is the same. The store,
    which passes only the articles a claim involves, gives in ``printed`` how many articles of
    the whole corpus print each of their long sentences (``fingerprints``; by default counted
    over ``results``) and in ``texts`` their texts (read only for the pairs asked whether they
    print a run of words alike). With ``encode``, each claim is encoded as it is judged (in
    the parts of ``share``, so the report's writing does not do it alone), its id left out.
    """
    relays_of: dict[str, list[Relay]] = {}
    for relay in relays:
        relays_of.setdefault(relay.copy, []).append(relay)
    if printed is None:
        printed = Counter(h for r in results for h in set(r.fingerprints))
    corpus = _Corpus(
        atts={a.id: a for r in results for a in r.attributions},
        stmts={s.id: s for r in results for s in r.statements},
        publisher={r.article.id: r.article.publisher or r.article.path for r in results},
        publisher_id={r.article.id: r.publisher.id for r in results if r.publisher is not None},
        publisher_names={
            r.article.id: tuple(
                words
                for name in (r.publisher.name, *r.publisher.aliases)
                if (words := name_words(name))
            )
            for r in results
            if r.publisher is not None
        },
        relays_of=relays_of,
        voice_of=voice_of,
        reasons=reasons or {},
        sentences={
            r.article.id: frozenset(h for h in r.fingerprints if printed.get(h, 1) <= BOILERPLATE)
            for r in results
        },
        texts={r.article.id: r.article.text for r in results} if texts is None else texts,
        dated={r.article.id: (day_of(r.article.published), n) for n, r in enumerate(results)},
    )
    built = _judged_groups(corpus, list(groups.items()), share, encode)
    built.sort(key=lambda judged: judged[0])
    return [
        CorpusClaim(id=f"k{n}", **fields, encoded=encoded)
        for n, (_, fields, encoded) in enumerate(built, 1)
    ]


#: Encodes a judged corpus claim, its id left out (``CorpusClaim.encoded``): a report's JSON
#: writer (report.encode_corpus_claim).
ClaimEncoder = Callable[[CorpusClaim], tuple[bytes, ...]]


@dataclass(frozen=True, slots=True)
class _Corpus:
    """What judging any group of claims reads about the whole corpus."""

    atts: dict[str, Attribution]
    stmts: dict[str, Statement]
    #: Each article's publisher name (its path when it names none).
    publisher: dict[str, str]
    publisher_id: dict[str, str]
    #: Each article's publisher's names (its name and aliases) as ``name_words``.
    publisher_names: dict[str, tuple[frozenset[str], ...]]
    #: The relays from each copying article.
    relays_of: dict[str, list[Relay]]
    voice_of: dict[str, Source]
    reasons: Mapping[str, list[tuple[float, str]]]
    #: Each article's long sentences (``fingerprints``) printed in few articles of the corpus.
    sentences: dict[str, frozenset[str]]

    #: Each article's text.
    texts: Mapping[str, str]
    #: Each article's publication day (None when unknown) and place in the input.
    dated: dict[str, tuple[date | None, int]]
    #: Each article's plain words (``plain_words``) joined, once asked (``reworded``).
    plain: dict[str, str] = field(default_factory=dict)
    #: Each article's attributions, once asked (``in_article``).
    by_article: dict[str, list[Attribution]] = field(default_factory=dict)

    def in_article(self, article: str) -> list[Attribution]:
        """The attributions of one article."""
        if not self.by_article and self.atts:
            for att in self.atts.values():
                self.by_article.setdefault(att.article, []).append(att)
        return self.by_article.get(article, [])

    def kin(self, a: str, b: str) -> bool:
        """True when two articles print a long sentence alike: one dispatch in both."""
        return not self.sentences.get(a, frozenset()).isdisjoint(self.sentences.get(b, ()))

    def reworded(self, a: str, b: str) -> bool:
        """True when two articles print a long run of words alike (``printed_alike``)."""
        return printed_alike(self._plain(a), self._plain(b))

    def _plain(self, article: str) -> str:
        found = self.plain.get(article)
        if found is None:
            found = self.plain[article] = " ".join(plain_words(self.texts.get(article, "")))
        return found


def day_of(published: str | None) -> date | None:
    """The day of a publication date ("2025-05-12", or the same with a time), if it is one."""
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


#: A judged group: its rank by spread and its CorpusClaim fields.
_Built = tuple[tuple[int, int, str], dict[str, Any]]
#: A judged group with its claim's encoding (``ClaimEncoder``; () when not asked).
_Encoded = tuple[tuple[int, int, str], dict[str, Any], tuple[bytes, ...]]


def _judged_groups(
    corpus: _Corpus,
    groups: Sequence[tuple[str, list[Claim]]],
    share: Share | None,
    encode: ClaimEncoder | None = None,
) -> list[_Encoded]:
    """``_judge_group`` of each group, in order, encoded by ``encode`` (its id left out);
    with ``share``, in parts it runs: first the lone groups (a claim of one article keeps its
    verdict: little work each, but most groups), the part a forked process never starts with,
    then the groups spread over several articles (nearly all the work) in runs of about equal
    members. Encoded, the lone groups are ``LONE_PARTS`` parts: their encoding is work enough
    for a forked process done with the rest to take some of it."""

    def judge(root: str, members: list[Claim]) -> _Encoded:
        rank, fields = _judge_group(corpus, root, members)
        return rank, fields, () if encode is None else encode(CorpusClaim(id="", **fields))

    if share is None:
        return [judge(root, members) for root, members in groups]
    lone = [_lone(corpus, members) for _, members in groups]
    spread = [n for n, one in enumerate(lone) if not one]
    alone = [n for n, one in enumerate(lone) if one]
    runs = [
        *(alone[start:end] for start, end in _runs([1] * len(alone), LONE_PARTS if encode else 1)),
        *(
            spread[start:end]
            for start, end in _runs([len(groups[n][1]) for n in spread], SHARED_PARTS)
        ),
    ]

    def part(k: int) -> list[_Encoded]:
        return [judge(*groups[n]) for n in runs[k]]

    judged = dict(
        zip(chain.from_iterable(runs), chain.from_iterable(share(part, len(runs))), strict=True)
    )
    return [judged[n] for n in range(len(groups))]


#: Parts the lone groups are judged in when they are encoded too (``_judged_groups``).
LONE_PARTS = 4


def _lone(corpus: _Corpus, members: Sequence[Claim]) -> bool:
    """True when a group is one article claim of an article that copies no other: its
    verdict stands as it is (``_lone_verdict``)."""
    return len(members) == 1 and _article_of(members[0]) not in corpus.relays_of


def _article_of(claim: Claim) -> str:
    return claim.id.rsplit(".", 1)[0]


def _judge_group(corpus: _Corpus, root: str, members: list[Claim]) -> _Built:
    """Judge one group of article claims; return its rank by spread and its CorpusClaim fields."""
    mine_a = [corpus.atts[i] for c in members for i in c.attributions]
    mine_s = [corpus.stmts[i] for c in members for i in c.statements]
    articles = sorted({_article_of(c) for c in members})
    fields: dict[str, Any] = {
        "text": mine_a[0].content if mine_a else mine_s[0].content,
        "members": tuple(c.id for c in members),
        "attributions": tuple(a.id for a in mine_a),
        "statements": tuple(s.id for s in mine_s),
        "articles": tuple(articles),
    }
    if _lone(corpus, members):
        fields.update(_lone_verdict(members[0], mine_s, corpus.voice_of))
    else:
        fields.update(_spread_verdict(corpus, root, mine_a, mine_s, articles))
    rank = (-len(articles), -(len(mine_a) + len(mine_s)), members[0].id)
    return rank, fields


def _lone_verdict(
    claim: Claim, mine_s: Sequence[Statement], voice_of: Mapping[str, Source]
) -> dict[str, Any]:
    """Keep the verdict of a claim seen in one article that copies no other, as it stands."""
    own = [voice_of[s.id] for s in mine_s if not s.credited]
    own_ids = (own[0].id,) if len(own) == 1 else tuple(v.id for v in _groups(own).values())
    return {
        "outlets": 1,
        "origins": claim.origins,
        "denying_origins": claim.denying_origins,
        "own_voices": own_ids,
        "status": claim.status,
        "explanation": claim.explanation,
    }


def _spread_verdict(
    corpus: _Corpus,
    root: str,
    mine_a: Sequence[Attribution],
    mine_s: Sequence[Statement],
    articles: Sequence[str],
) -> dict[str, Any]:
    """Judge a claim across its articles, counting copies' voices as their originals'."""
    outlets = len({corpus.publisher[a] for a in articles})
    others = _other_voices([a for a in mine_a if stance_of(a) is Stance.ASSERTS])

    def judge(
        dated: Mapping[str, tuple[date | None, int]] | None,
    ) -> tuple[dict[str, Source], dict[str, Source], list[str], Standing]:
        origin_over, voice_over, copied = _copies(
            mine_a,
            mine_s,
            corpus.voice_of,
            corpus.publisher_id,
            corpus.publisher,
            others,
            corpus.kin,
            corpus.reworded,
            dated,
        )
        tied = _replaced(mine_a, mine_s, corpus.voice_of, origin_over, voice_over)
        tied += _titled_in_article(mine_a, corpus)
        judged = standing(
            mine_a,
            mine_s,
            ChainMap(voice_over, corpus.voice_of),
            origin_over,
            corpus.publisher_id,
            tied,
        )
        return origin_over, voice_over, copied, judged

    origin_over, voice_over, copied, judged = judge(corpus.dated)
    if len(judged.asserting) > 1:
        # Naming the first printing of copies as their origin (``_printed_first``) may never
        # add an origin: the voice it replaces may have been set aside where it is not.
        undated = judge(None)
        if len(undated[3].asserting) < len(judged.asserting):
            origin_over, voice_over, copied, judged = undated
    cited, cited_notes = _cited_outlets(corpus, mine_a, origin_over)
    if cited:
        # A medium cited for what its own article says is never a second origin; counting it
        # as that article's origin may never add one (a medium set aside as a carrier).
        over = {**origin_over, **cited}
        retried = standing(
            mine_a,
            mine_s,
            ChainMap(voice_over, corpus.voice_of),
            over,
            corpus.publisher_id,
            _replaced(mine_a, mine_s, corpus.voice_of, over, voice_over),
        )
        if len(retried.asserting) < len(judged.asserting):
            judged, origin_over, copied = retried, over, copied + cited_notes
    in_claim = set(articles)
    mine_relays = [
        r for a in articles for r in corpus.relays_of.get(a, ()) if r.original in in_claim
    ]
    return {
        "outlets": outlets,
        "origins": tuple(v.id for v in judged.asserting.values()),
        "denying_origins": tuple(v.id for v in judged.denying.values()),
        "own_voices": tuple(v.id for v in judged.own_voices.values()),
        "status": judged.status,
        "explanation": explain(
            judged,
            mine_a,
            mine_s,
            articles=len(articles),
            outlets=outlets,
            relays=mine_relays,
            copied=copied,
            linked=_weakest(corpus.reasons.get(root, [])),
            recounted=[
                a.id
                for a in mine_a
                if a.id in origin_over and a.chain and attributed_origin(a) == a.chain[-1]
            ],
        ),
    }


def _copies(
    atts: Sequence[Attribution],
    stated: Sequence[Statement],
    voice_of: Mapping[str, Source],
    publisher_id: Mapping[str, str],
    publisher: Mapping[str, str],
    others: Mapping[str, Source] | None = None,
    kin: Callable[[str, str], bool] | None = None,
    reworded: Callable[[str, str], bool] | None = None,
    dated: Mapping[str, tuple[date | None, int]] | None = None,
) -> tuple[dict[str, Source], dict[str, Source], list[str]]:
    """Collapse statements of a claim that outlets printed nearly word for word.

    Text that several outlets print nearly word for word is one copy of one origin, whatever
    each names as its source: in each group of copies from two outlets or more, every statement
    takes the origin of the group (``_root``), except that two people named as saying the same
    words keep their say (one may repeat the other's announcement, but both spoke). A denial,
    which restates what it denies, keeps its own origin. A voice that relays another in the
    claim ("د ب أ" citing "وام") is never the root while the voice it relays is named: the
    copies are of what it relayed, and copies telling one state's act that carry its agency
    or official beside a foreign wire are the state's (``_acting_state``). Returns the origins
    of attributions and
    the voices of statements that change, and one note per group. ``others`` are the
    attributions of voices introduced as another one, with their own voice (``_other_voices``):
    the copies of what such a voice said are its. ``kin`` tells two articles that print a long
    sentence alike (``copy_groups``), ``reworded`` two that print a long run of words alike
    (``_reworded_dispatch``). ``dated`` gives each article's publication day and its place in
    the input: a text printed days before the copies naming the root is their origin
    (``_printed_first``).
    """
    atts = [a for a in atts if stance_of(a) is Stance.ASSERTS]
    introduced = others or {}
    members: list[tuple[str, str, Source, bool]] = []  # (id, article, voice, counts only itself)
    for att in atts:
        origin = introduced.get(att.id) or attributed_origin(att)
        members.append((att.id, att.article, origin, origin.id == publisher_id.get(att.article)))
    for statement in stated:
        members.append((statement.id, statement.article, voice_of[statement.id], True))
        if statement.credited:
            members[-1] = (*members[-1][:3], False)
    if all(not m[3] for m in members) and len({m[2].independence_group for m in members}) < 2:
        return {}, {}, []  # one named origin throughout: no copy changes it
    contents = [a.content for a in atts] + [s.content for s in stated]
    group_of = copy_groups(
        contents, [m[1] for m in members], kin, [figures_in_order(c) for c in contents]
    )
    relaying = _relaying(atts, attributed_origin)
    origins: dict[str, Source] = {}
    voices: dict[str, Source] = {}
    notes: list[str] = []
    is_statement = {s.id for s in stated}
    # What a wire passed on: the wire's dispatch may be older than the page printing it.
    wired = {a.id for a in atts if any(v.kind is SourceKind.AGENCY for v in a.chain)}
    named_roots: dict[int, Source] = {}
    repeated: dict[int, tuple[Source, int]] = {}  # group → (the voice repeating it, days later)
    for group in sorted(set(group_of)):
        mine = [m for m, g in zip(members, group_of, strict=True) if g == group]
        named = [m[2] for m in mine if not m[3]]
        if named and len({m[1] for m in mine}) > 1:
            texts = [c for c, g in zip(contents, group_of, strict=True) if g == group]
            root = _acting_state(named, texts) or _root(
                [v for v in named if v.independence_group not in relaying] or named
            )
            named_roots[group] = root or mine[0][2]
            # (Read only for copies printed on different days: most never are.)
            elsewhere = (m[2] for m, g in zip(members, group_of, strict=True) if g != group)
            first = _printed_first(
                mine, named_roots[group], dated or {}, is_statement | wired, elsewhere
            )
            if first is not None:
                repeated[group] = (named_roots[group], first[1])
                named_roots[group] = first[0]
    dispatch = _dispatch_of(members, group_of, named_roots)
    rewording = _reworded_dispatch(members, group_of, reworded) if reworded is not None else {}
    for article, root in rewording.items():
        dispatch.setdefault(article, root)
    for group in sorted(set(group_of)):
        mine = [m for m, g in zip(members, group_of, strict=True) if g == group]
        outlets = {publisher.get(m[1], m[1]) for m in mine}
        if len({m[1] for m in mine}) < 2:
            item_id, article, voice, own = mine[0]
            relayed = dispatch.get(article)
            unnamed = voice.kind in UNNAMED_KINDS and rewording.get(article) is relayed
            if (own or unnamed) and relayed is not None:
                if voice.independence_group != relayed.independence_group:
                    # An outlet's own rewording of a dispatch it prints in part, in its own
                    # voice or an unnamed source's it counts for.
                    (voices if item_id in is_statement else origins)[item_id] = relayed
                    name = publisher.get(article, article)
                    how = "words of" if article in rewording else "in part"
                    notes.append(f"{name} rewords a dispatch it prints {how}: {relayed.name}")
            continue
        # (A group of unnamed voices only, of an article rewording a dispatch, is that one's.)
        root = (
            next((rewording[m[1]] for m in mine if m[1] in rewording), None)
            or named_roots.get(group)
            or next((dispatch[m[1]] for m in mine if m[1] in dispatch), mine[0][2])
        )
        kept = False
        for item_id, _, voice, own in mine:
            if voice.independence_group == root.independence_group:
                continue
            if not own and _two_people(voice, root):
                kept = True
                continue
            (voices if item_id in is_statement else origins)[item_id] = root
        if not kept:
            plural = "s" if len(outlets) != 1 else ""
            notes.append(f"same text in {len(outlets)} outlet{plural}; one origin: {root.name}")
            if group in repeated and root is named_roots.get(group):
                later, days = repeated[group]
                when = "a day" if days == 1 else f"{_DAYS.get(days, str(days))} days"
                notes.append(f"{later.name} repeats the same words as {root.name} {when} earlier")
    return origins, voices, notes


#: Day counts in words, for "… repeats the same words as … two days earlier".
_DAYS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}


def _printed_first(
    mine: Sequence[tuple[str, str, Source, bool]],
    root: Source,
    dated: Mapping[str, tuple[date | None, int]],
    undated: Collection[str],
    elsewhere: Iterable[Source],
) -> tuple[Source, int] | None:
    """The voice a group of copies counts as when its first printing came out days before
    any copy naming ``root``, with how many days before; None when ``root`` stays.

    A text is not copied from one printed after it: a paper's scoop from its unnamed sources
    that a lawmaker is quoted saying word for word two days later is the paper's, and he
    repeats it. The first printing is the earliest by publication day, then input order. It
    stays ``root`` when a day is unknown, when ``root`` is a wire, or a copy is ``undated``
    (a publisher's own sentence, which may be an official text printed without credit, or
    what a wire passed on: a dispatch comes before the papers printing it, whatever their
    dates), and when ``root`` is also a voice of the claim outside these copies
    (``elsewhere``), since naming another origin here would then count it twice. A voice that
    is ``root`` under another name is ``root``.
    """
    if root.kind is SourceKind.AGENCY:
        return None
    printed: list[tuple[date, int, tuple[str, str, Source, bool]]] = []
    for member in mine:
        day, n = dated.get(member[1], (None, 0))
        if day is None or member[0] in undated:
            return None
        printed.append((day, n, member))
    day, _, first = min(printed, key=lambda p: p[:2])
    if all(d == day for d, _, _ in printed) or _one_voice(first[2], root):
        return None
    rooted = min(d for d, _, m in printed if _one_voice(m[2], root))
    later = (rooted - day).days
    if later <= 0 or any(_one_voice(v, root) for v in elsewhere):
        return None
    return first[2], later


def _one_voice(a: Source, b: Source) -> bool:
    """True when two voices are one: one independence group, or one voice under two names
    (``same_voice``)."""
    return a.independence_group == b.independence_group or same_voice(a, b)


def _dispatch_of(
    members: Sequence[tuple[str, str, Source, bool]],
    group_of: Sequence[int],
    named_roots: Mapping[int, Source],
) -> dict[str, Source]:
    """Each article whose own voice prints a copy of a dispatch in a claim → the voice that
    dispatch counts as (``_copies``).

    An outlet printing one of a wire's sentences of the claim alike (its own voice, or unnamed
    sources it cites, in a copy group that names the wire) relays that dispatch; a group of
    copies naming no voice that such an outlet prints (a sentence the wire's name is not
    printed beside) is the dispatch's too, and so relays it for the other articles printing
    it: "قتل ستة في غارات على قرية الوادي" kept word for word by a paper that reworded the
    wire's lead and credited "local sources" is still the wire's, not the paper's second
    origin. A group of copies that names no voice at all, printed by several outlets each
    through its own voice or its unnamed sources ("مصدر أمني" in two papers), is the
    dispatch of the first printing the claim holds for the others: a paper that printed
    another's text relays it, and its own "مصدر طبي" saying the same in other words is its
    rewording of it."""
    found: dict[str, Source] = {}
    for member, group in zip(members, group_of, strict=True):
        if member[3] and group in named_roots:
            found.setdefault(member[1], named_roots[group])
    unnamed: dict[int, list[str]] = {}
    for member, group in zip(members, group_of, strict=True):
        if group not in named_roots:
            unnamed.setdefault(group, []).append(member[1])
    for group in sorted(unnamed):
        printed = [m for m, g in zip(members, group_of, strict=True) if g == group]
        if len({m[1] for m in printed}) < 2 or any(m[1] in found for m in printed):
            continue
        if all(m[3] for m in printed):
            for member in printed[1:]:
                if member[2].independence_group != printed[0][2].independence_group:
                    found.setdefault(member[1], printed[0][2])
    passed = True
    while passed:
        passed = False
        for group in sorted(unnamed):
            articles = unnamed[group]
            root = next((found[a] for a in articles if a in found), None)
            if root is None or len(set(articles)) < 2:
                continue
            for article in articles:
                if article not in found:
                    found[article] = root
                    passed = True
    return found


def _reworded_dispatch(
    members: Sequence[tuple[str, str, Source, bool]],
    group_of: Sequence[int],
    reworded: Callable[[str, str], bool],
) -> dict[str, Source]:
    """Each article that says the claim only through unnamed sources (or its own voice) in
    words of its own, while printing a long run of another claim article's words elsewhere
    (``reworded``), → the voice that article counts as (``_copies``).

    A desk that keeps twelve words of a dispatch in a row, and no whole sentence, has reworded
    that dispatch, or one both took: "مصادر في المدينة" it credits for the claim are the
    dispatch's voice reworded, not a second origin ("أفادت قناة الساحل أن …" in one paper, "قال
    مصدر مطلع إن …" in another's translation of the same report). The other article counts as
    its first named origin of the claim; one saying it only through unnamed sources too
    counts as its own voice, and only for a later article (input order), so the first of them
    stays the root. An article printing a copy of a named voice's statement of the claim
    relays that one (``_dispatch_of``): what else it says is not judged here."""
    by_article: dict[str, list[int]] = {}
    for k, member in enumerate(members):
        by_article.setdefault(member[1], []).append(k)
    articles = list(by_article)

    def unnamed(member: tuple[str, str, Source, bool]) -> bool:
        return member[3] or member[2].kind in UNNAMED_KINDS

    named_groups = {g for m, g in zip(members, group_of, strict=True) if not unnamed(m)}
    found: dict[str, Source] = {}
    for n, mine in enumerate(articles):
        own = [members[k] for k in by_article[mine]]
        if not all(map(unnamed, own)) or any(group_of[k] in named_groups for k in by_article[mine]):
            continue  # a named voice, or a copy of one's words: that is what it relays
        for m, theirs in enumerate(articles):
            other = [members[k] for k in by_article[theirs]]
            named = [member for member in other if not unnamed(member)]
            if theirs == mine or (not named and m > n) or not reworded(theirs, mine):
                continue
            root = named[0][2] if named else found.get(theirs, other[0][2])
            if root.independence_group != own[0][2].independence_group:
                found[mine] = root
            break
    return found


def _cited_outlets(
    corpus: _Corpus, atts: Sequence[Attribution], origin_over: Mapping[str, Source]
) -> tuple[dict[str, Source], list[str]]:
    """The origin each attribution to a medium counts as when that medium's own article says
    the claim too, and one note per such medium.

    "ذكرت صحيفة الساحل أن …" in one outlet, and in the claim the Sahel paper's own article,
    where "مصادر في البلدية" say it: the first outlet passes on what the paper printed, so the
    paper counts as the origin its own article gives (its first asserting attribution of the
    claim), not as a second one. The medium is matched to the article's publisher by its name
    (``name_words``: one name holds the other, "الساحل" / "الساحل اليومية"); an article whose
    claim is only in its own voice gives no origin to count as. ``origin_over`` are the
    origins copies changed (``_copies``). ``_own_page_cited`` sets such a medium aside when
    the text resolved it to the publisher itself (the same source id); this one reads the
    name, for a medium the text left unresolved ("الوطن", of which there are several).
    """
    asserting = [a for a in atts if stance_of(a) is Stance.ASSERTS]

    def origin(att: Attribution) -> Source:
        return origin_over.get(att.id) or attributed_origin(att)

    first: dict[str, Source] = {}
    for att in asserting:
        first.setdefault(att.article, origin(att))
    out: dict[str, Source] = {}
    notes: set[str] = set()
    for att in asserting:
        voice = origin(att)
        if voice.kind not in MEDIA or not (mine := name_words(voice.name)):
            continue
        for article, root in first.items():
            if article == att.article or root.independence_group == voice.independence_group:
                continue
            names = corpus.publisher_names.get(article, ())
            if any(mine <= theirs or theirs <= mine for theirs in names):
                out[att.id] = root
                notes.add(f"{voice.name} is cited for what its own article says: {root.name}")
                break
    return out, sorted(notes)


def _replaced(
    atts: Sequence[Attribution],
    stated: Sequence[Statement],
    voice_of: Mapping[str, Source],
    origin_over: Mapping[str, Source],
    voice_over: Mapping[str, Source],
) -> list[tuple[Source, Source]]:
    """(voice, origin it counts as) for each voice a copy replaced (``_copies``), once each,
    but for two registry entries: an outlet printing one wire's text under another wire's
    credit makes that text one origin, not the two wires one voice."""
    pairs = [(attributed_origin(a), origin_over[a.id]) for a in atts if a.id in origin_over]
    pairs += [(voice_of[s.id], voice_over[s.id]) for s in stated if s.id in voice_over]
    known = [(v, into) for v, into in pairs if not (v.in_registry and into.in_registry)]
    return list({(v.id, into.id): (v, into) for v, into in known}.values())


def _titled_in_article(atts: Sequence[Attribution], corpus: _Corpus) -> list[tuple[Source, Source]]:
    """(named official, role) for each origin of ``atts`` known by a state's role alone
    whose own article quotes an official of that state by name: the article calls the man it
    names by another title too ("قال وزير المالية فلان …" then "وذكر رئيس الخزانة …"),
    so the man named elsewhere counts as the role (``_tie``); a role and a man told apart
    would be one voice misread, and the claim leans to one origin."""
    out: list[tuple[Source, Source]] = []
    for a in atts:
        role = attributed_origin(a)
        if role.kind is not SourceKind.OFFICIAL or role.descriptor:
            continue
        if not role.group.startswith(STATE):
            continue
        for other in corpus.in_article(a.article):
            named = attributed_origin(other)
            if named.kind in PEOPLE and named.descriptor and named.group == role.group:
                out.append((named, role))
    return list({(v.id, into.id): (v, into) for v, into in out}.values())


def _two_people(a: Source, b: Source) -> bool:
    """True when two voices are plainly two people: each named in full (two words or more,
    none shared) with a role of their own ("وزير النقل سامي الحداد", "رئيس النقابة خالد
    العمري"). Anything less may be one voice misread, and copies then count once."""
    if a.kind not in PEOPLE or b.kind not in PEOPLE or not (a.descriptor and b.descriptor):
        return False
    mine, theirs = name_words(a.name), name_words(b.name)
    return len(mine) >= 2 and len(theirs) >= 2 and mine.isdisjoint(theirs)


def _acting_state(named: Sequence[Source], texts: Sequence[str]) -> Source | None:
    """The voice of the one state the copies name whose agency or official is among them, if
    any: the origin of a text about a state's act that its own agency put out and foreign
    wires passed on ("أصدر سلطان الجزر مرسوما …" from the islands' agency and, in the same
    words, from two foreign wires) is the state, however many wires carry it. Only asked of
    copies a foreign wire is among."""
    states = {v.group: v for v in named if v.group.startswith(STATE)}
    if not states:
        return None
    named_places = set().union(*(places(text).places for text in texts))
    acting = [v for g, v in states.items() if g[len(STATE) :] in named_places]
    if len(acting) != 1:
        return None
    state = acting[0]
    wires = [v for v in named if v.kind is SourceKind.AGENCY and v.group != state.group]
    return state if wires else None


def _root(named: Sequence[Source]) -> Source | None:
    """The origin a group of copies counts as: the named origin most of them give, the
    fullest name first when as many give another ("سالم بن علي الجبوري" over "معاليه")."""
    if not named:
        return None
    count = Counter(v.independence_group for v in named)
    return max(named, key=lambda v: (count[v.independence_group], len(v.name.split())))


def _weakest(reasons: Sequence[tuple[float, str]], most: int = 2) -> list[str]:
    """The reasons of a claim's weakest links, one line each, weakest first."""
    out: dict[str, str] = {}  # the reason without its score → the reason
    for _, why in sorted(reasons):
        out.setdefault(why.split(" (")[0], why)
    return list(out.values())[:most]
