"""Denials of "the report": what they deny is what the article reported before (pure).

"The Valley Times reported that the envoy visited Port Selim … The army denied the report."
The denial's content names no claim, only the report; its claim is the one the outlet last
named before it reported first. Joining the two makes the claim contested by the army, which
it is; left apart, the claim looked uncontested and the denial denied nothing.

The other way round too: "نفت الوزارة إغلاق المعبر … وكانت وسائل إعلام تحدثت عن إعادة
الشاحنات من المعبر دون إبداء أسباب" tells, after the denial, the reports it denies, in more
words than the denial gives them (``reports_after_denials``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..lang import content_words, union
from ..models import Attribution, SourceKind, Stance
from .denials import stance_of
from .independence import origin_of
from .morph import forms_index, has_form_in

#: Voices whose statements are reports a later "the report" can point back at.
REPORTING_KINDS = frozenset({SourceKind.OUTLET, SourceKind.AGENCY})


def points_back(content: str) -> bool:
    """Whether a content only points back at something reported ("the report", "هذه
    الأنباء", "ما نشرته الصحيفة"): every content word of it is a report noun."""
    words = content_words(content)
    return bool(words) and set(words) <= union("report_nouns") | union("denial_frame")


def denied_reports(
    attributions: Sequence[Attribution], publisher: str | None = None
) -> Mapping[str, str]:
    """Denial id → id of the attribution whose claim it denies, for denials of "the report".

    The claim is the first one carried by the outlet or agency that spoke last before the
    denial: "the report" is that outlet's report, whose first claim is its news. The article's
    publisher and a wire every attribution comes through (its byline) are no such outlet. A
    denial with no outlet before it is left alone.
    """
    ordered = sorted(attributions, key=lambda a: a.cue_start)
    heads = {a.chain[0].id for a in ordered if a.chain}
    skip = {publisher, *(heads if len(heads) == 1 else ())}
    out: dict[str, str] = {}
    for n, denial in enumerate(ordered):
        if stance_of(denial) is not Stance.DENIES or not points_back(denial.content):
            continue
        outlet = next((found for a in reversed(ordered[:n]) if (found := _reporter(a, skip))), None)
        first = next(
            (
                a
                for a in ordered[:n]
                if _reporter(a, skip) == outlet and stance_of(a) is Stance.ASSERTS
            ),
            None,
        )
        if outlet is not None and first is not None:
            out[denial.id] = first.id
    return out


def _reporter(att: Attribution, skip: set[str | None]) -> str | None:
    """The id of the innermost outlet or agency in an attribution's chain, but those skipped."""
    for voice in reversed(att.chain):
        if voice.kind in REPORTING_KINDS and voice.id not in skip:
            return voice.id
    return None


def join_denied_reports(
    clusters: list[list[int]],
    ids: Sequence[str],
    attributions: Sequence[Attribution],
    publisher: str | None = None,
) -> list[list[int]]:
    """The article's clusters (of indexes into ``ids``) with each denial of "the report" that
    stands alone moved into the cluster of the claim it denies (see ``denied_reports``)."""
    return _moved_alone(clusters, ids, denied_reports(attributions, publisher))


def _moved_alone(
    clusters: list[list[int]], ids: Sequence[str], into: Mapping[str, str]
) -> list[list[int]]:
    """The clusters with each statement of ``into`` (id → id of the statement whose cluster
    it joins) that stands alone in its cluster moved into the other's."""
    if not into:
        return clusters
    where = {ids[m]: c for c, members in enumerate(clusters) for m in members}
    moved = [list(members) for members in clusters]
    for mine, theirs in into.items():
        source, target = where.get(mine), where.get(theirs)
        if source is None or target is None or source == target or len(moved[source]) != 1:
            continue
        moved[target] += moved[source]
        moved[source] = []
    return [sorted(members) for members in moved if members]


#: Content words (framing aside) a report told after a denial shares with it, by form.
SHARED_WITH_DENIAL = 2


def reports_after_denials(attributions: Sequence[Attribution]) -> Mapping[str, str]:
    """Report id → id of the denial before it that it tells the news of.

    A report is what unnamed reports assert ("وكانت أنباء صحفية أشارت إلى …", "media reports
    said"): a voice outside the registry whose name opens with a word naming reports
    (``denial_frame``: أنباء, وسائل, تقارير). Its denial is the last one before it in the
    article whose content words, framing aside, have ``SHARED_WITH_DENIAL`` forms among the
    report's (``morph.related``). A named paper ("صحيفة الوطن") is no such voice: what it
    printed stands as its own.
    """
    frame = union("denial_frame")
    ordered = sorted(attributions, key=lambda a: a.cue_start)
    out: dict[str, str] = {}
    for n, att in enumerate(ordered):
        if stance_of(att) is not Stance.ASSERTS or not _reports(att, frame):
            continue
        theirs = content_words(att.content)
        index = forms_index(theirs)
        for denial in reversed(ordered[:n]):
            if stance_of(denial) is not Stance.DENIES:
                continue
            if not _told_soon_after(denial, att):
                break
            named = {w for w in content_words(denial.content) if w not in frame}
            if sum(1 for w in named if has_form_in(w, theirs, index)) >= SHARED_WITH_DENIAL:
                out[att.id] = denial.id
                break
    return out


#: How many characters after a denial's end the reports it denies may be told: the news
#: comes in the next lines ("نفت الوزارة … وكانت وسائل إعلام تحدثت عن …"); a report pages
#: later is the article's other news.
MAX_REPORT_AFTER_DENIAL = 1200


def _told_soon_after(denial: Attribution, report: Attribution) -> bool:
    """Whether the report starts within ``MAX_REPORT_AFTER_DENIAL`` characters of the denial's
    end: "تنفي الدولة إرسال جنود …" and, pages later, "ألقت شرطة الحدود القبض على مهرب، حسبما
    أفادت وسائل إعلام محلية" share words by chance, not the news denied."""
    return min(report.start, report.cue_start) - denial.end <= MAX_REPORT_AFTER_DENIAL


def _reports(att: Attribution, frame: frozenset[str]) -> bool:
    """Whether the attribution's voice is unnamed reports (see reports_after_denials)."""
    voice = att.source
    if voice.in_registry:
        return False
    words = content_words(voice.name)
    return bool(words) and words[0] in frame


def join_reports_after_denials(
    clusters: list[list[int]], ids: Sequence[str], attributions: Sequence[Attribution]
) -> list[list[int]]:
    """The article's clusters with each report told after its denial that stands alone moved
    into the denial's cluster (see ``reports_after_denials``)."""
    return _moved_alone(clusters, ids, reports_after_denials(attributions))


def headline_summaries(attributions: Sequence[Attribution], body_start: int) -> Mapping[str, str]:
    """Headline attribution id → id of the body attribution it sums up.

    A headline ("الوزارة تنفي إغلاق المدارس", "الوزير: …") retells in few words what its voice
    says in the body. Attributions whose cue stands before ``body_start`` are the headline's;
    each is summed up by the first body attribution of the same origin and stance whose
    content holds the content words of the headline's (framing aside), by form: all of them,
    or all but one of three or more (a verb the stemmer cannot match: "يفتح" and "فتحه").
    """
    heads = [a for a in attributions if a.cue_start < body_start]
    if not heads:
        return {}
    frame = union("denial_frame")
    body = [a for a in attributions if a.cue_start >= body_start]
    out: dict[str, str] = {}
    for head in heads:
        named = [w for w in content_words(head.content) if w not in frame]
        if not named:
            continue
        mine = origin_of(head).id
        for att in body:
            if stance_of(att) is not stance_of(head) or origin_of(att).id != mine:
                continue
            theirs = content_words(att.content)
            index = forms_index(theirs)
            found = sum(1 for w in named if has_form_in(w, theirs, index))
            if found == len(named) or found >= max(SHARED_WITH_DENIAL, len(named) - 1):
                out[head.id] = att.id
                break
    return out


def join_headlines(
    clusters: list[list[int]],
    ids: Sequence[str],
    attributions: Sequence[Attribution],
    body_start: int,
) -> list[list[int]]:
    """The article's clusters with each headline attribution that stands alone moved into the
    cluster of the body attribution it sums up (see ``headline_summaries``)."""
    return _moved_alone(clusters, ids, headline_summaries(attributions, body_start))
