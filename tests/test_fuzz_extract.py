"""Property-based fuzzing of extraction on text as scraped from the open web (issue 16).

Examples are derandomized, so every run (and CI) tries the same texts.
"""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tracker import Registry, analyse_article
from tracker.extract import extract
from tracker.readers import parse_article

ARABIC = ("الوزير", "وزارة الخارجية", "مصدر مطلع", "وكالة الأنباء", "الحكومة", "إن", "أن", "عن")
ENGLISH = ("the minister", "Reuters", "a source", "officials", "that", "the talks", "Mr.")
CUES = ("قال", "وقال", "أفادت", "نقلا عن", "بحسب", "على حد قوله", "نفى", "said", "according to")
MARKS = ("«", "»", "“", "”", '"', "''", ":", "،", ",", ".", "؟", "?", "!", "(", ")", "-")
CONTROLS = ("\u200f", "\u200e", "\u200b", "\u200c", "\u202b", "\u202c", "\u2066", "\u2069")
BREAKS = ("\r\n", "\n", "\r", "\n\n", "\t", " ", "  ", "\ufeff")

LEADS = ("إن", "أن", ":", "«", "“", '"', "that", ": «", "")
#: A sentence shaped like a report: cue, voice, lead-in, words, an end mark maybe.
REPORTS = st.tuples(
    st.sampled_from(CUES),
    st.sampled_from(ARABIC + ENGLISH),
    st.sampled_from(LEADS),
    st.lists(st.sampled_from(ARABIC + ENGLISH + ("10", "3.5")), min_size=1, max_size=12),
    st.sampled_from(("", ".", "»", "».", "”", '"', "؟", "\n")),
).map(lambda r: f"{r[0]} {r[1]} {r[2]} {' '.join(r[3])}{r[4]}")
#: One piece of text: a report, a word, a cue, a mark, a number, a control, a break, or any
#: Unicode.
PIECES = st.one_of(
    REPORTS,
    st.sampled_from(ARABIC + ENGLISH + CUES),
    st.sampled_from(MARKS + CONTROLS + BREAKS),
    st.integers(0, 10**6).map(str),
    st.text(max_size=4),
)
#: Pieces joined with spaces or nothing between them, as the web joins them.
TEXTS = st.lists(st.tuples(PIECES, st.sampled_from(("", " "))), max_size=30).map(
    lambda parts: "".join(piece + gap for piece, gap in parts)
)
LANGUAGES = st.sampled_from(("ar", "en"))
FUZZ = settings(
    derandomize=True,
    database=None,
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@FUZZ
@given(text=TEXTS, language=LANGUAGES)
def test_extract_never_raises_and_offsets_stay_in_the_text(text, language, registry: Registry):
    """extract returns offsets inside the text, each span in order, on any input."""
    assume(text.strip())
    article = parse_article(text, "fuzz.txt", language=language)
    raws, own = extract(article, registry.knows)
    size = len(text)
    for raw in raws:
        assert 0 <= raw.start <= raw.end <= size
        assert 0 <= raw.cue_start <= raw.cue_end <= size
        assert text[raw.cue_start : raw.cue_end] == raw.cue
        for mention in (raw.source, *raw.carriers, *raw.inner):
            if mention is not None:
                assert text[mention.start : mention.end] == mention.surface
    for start, end in own:
        assert 0 <= start < end <= size


@FUZZ
@given(text=TEXTS, language=LANGUAGES)
def test_analysis_contents_slice_back_to_the_text(text, language, registry: Registry):
    """Every attribution's and statement's content is the text between its offsets."""
    assume(text.strip())
    article = parse_article(text, "fuzz.txt", language=language)
    result = analyse_article(article, registry)
    for att in result.attributions:
        assert article.text[att.start : att.end] == att.content
        assert article.text[att.cue_start : att.cue_end] == att.cue
    for statement in result.statements:
        assert article.text[statement.start : statement.end] == statement.content
    members = {m for claim in result.claims for m in (*claim.attributions, *claim.statements)}
    assert members == {a.id for a in result.attributions} | {s.id for s in result.statements}


@FUZZ
@given(text=TEXTS, language=LANGUAGES)
def test_analysis_is_the_same_on_a_second_run(text, language, registry: Registry):
    """Analysing the same text twice gives the same result."""
    assume(text.strip())
    article = parse_article(text, "fuzz.txt", language=language)
    assert analyse_article(article, registry) == analyse_article(article, registry)
