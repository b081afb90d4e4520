"""Shortcuts of the linking pipeline (repspeed21): each gives what the long way gives."""

from __future__ import annotations

from tracker.corroborate import standing
from tracker.link.numbers import _ARTICLE, _CLITICS, _cardinals, _forms, _value, spelled_numbers
from tracker.models import Source, SourceKind, Statement, Status
from tracker.pipeline import analyse_article


def _stated(n: int, voice: Source, *, credited: bool = False, article: str = "x") -> Statement:
    text = "افتتحت البلدية الجسر الجديد فوق النهر"
    return Statement(f"{article}.s{n}", article, text, 0, len(text), voice, credited)


def test_a_claim_only_the_publishers_state_is_unattributed_in_their_voices():
    """A claim of uncredited own-voice statements alone is unattributed, with each publisher
    once among its own voices and no origin; a credited one still counts its wire."""
    paper = Source("p", "الأفق", SourceKind.OUTLET)
    other = Source("q", "الساحل", SourceKind.OUTLET)
    wire = Source("w", "وكالة السهل", SourceKind.AGENCY)
    stated = [_stated(1, paper), _stated(2, paper), _stated(1, other, article="y")]
    judged = standing([], stated, {s.id: s.voice for s in stated})
    assert judged.status is Status.UNATTRIBUTED
    assert list(judged.own_voices.values()) == [paper, other]
    assert not judged.asserting
    assert not judged.denying
    assert not judged.voices
    credited = [_stated(1, wire, credited=True)]
    assert standing([], credited, {"x.s1": wire}).status is Status.SINGLE_SOURCED


def test_every_word_a_number_is_read_in_is_among_the_number_forms():
    """``_forms`` holds every cardinal as it is, behind the article and behind each clitic,
    so a statement whose words miss it spells out no number."""
    cardinals = _cardinals()
    forms = _forms()
    for word in cardinals:
        for candidate in (word, _ARTICLE + word, *(c + word for c in _CLITICS)):
            if _value(candidate, cardinals) is not None:
                assert candidate in forms
    assert spelled_numbers(["افتتحت", "البلديه", "الجسر"]) == []
    assert spelled_numbers(["افتتحت", "ثلاثه", "جسور"]) == ["3"]


def test_records_pickle_as_their_fields_and_keep_shared_voices_shared():
    """A record pickled by its fields comes back equal, and a voice two records share within
    one pickle is still one object (as the workers' results rely on)."""
    import pickle

    from tracker.models import Article, ArticleResult

    paper = Source("p", "الأفق", SourceKind.OUTLET, aliases=("صحيفة الأفق",))
    stated = (_stated(1, paper), _stated(2, paper))
    result = ArticleResult(Article("x", "x.txt", "نص"), (), stated, (), (paper,), paper)
    back = pickle.loads(pickle.dumps(result))
    assert back == result
    assert back.statements[0].voice is back.statements[1].voice is back.publisher


def test_workers_records_are_written_as_bytes_the_same_as_through_the_text_stream(
    registry, tmp_path
):
    """write_json puts the workers' encoded records straight into a UTF-8 file's bytes: the
    file holds what the text-only path writes into a string."""
    import io
    from dataclasses import replace

    from tracker.pipeline import corpus_report
    from tracker.readers import parse_article
    from tracker.report import encode_article, write_json

    texts = (
        "قال وزير النقل سالم الفارس إن الجسر الجديد سيفتح أمام الشاحنات الأسبوع المقبل.",
        "وأكدت البلدية أن أعمال الصيانة في الطريق الساحلي انتهت، وقال مديرها إن الطريق آمن.",
    )
    results = []
    for n, text in enumerate(texts):
        result = analyse_article(parse_article(text, f"a{n}.txt"), registry)
        results.append(replace(result, encoded=encode_article(result)))
    report = corpus_report(results)
    expected = io.StringIO()
    write_json(report, expected)
    target = tmp_path / "report.json"
    with target.open("w", encoding="utf-8") as handle:
        write_json(report, handle)
    assert target.read_text(encoding="utf-8") == expected.getvalue()
    assert '"attributions":[{' in expected.getvalue()
