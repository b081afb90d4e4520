"""JSON records encoded where they are made (speed47): the report is written the same."""

from __future__ import annotations

import io
from dataclasses import replace

from conftest import CORPUS

from tracker import Options, analyse_paths, pipeline
from tracker.corroborate import link_corpus
from tracker.models import Report
from tracker.report import _COMPACT, _corpus_claim, encode_article, encode_corpus_claim, write_json


def _results() -> list:
    paths = sorted(str(p) for p in CORPUS.glob("*.txt"))
    report = analyse_paths(paths, Options())
    return [replace(r, encoded=encode_article(r)) for r in report.results]


def _written(report: Report, *, include_text: bool = False) -> str:
    out = io.StringIO()
    write_json(report, out, include_text=include_text)
    return out.getvalue()


def test_a_corpus_claims_halves_hold_its_record_around_its_id():
    """encode_corpus_claim's two halves with the claim's id between them are the claim's
    compact record, keys sorted."""
    claims, _, _ = link_corpus(_results())
    assert claims
    for claim in claims:
        head, tail = encode_corpus_claim(claim)
        whole = head + _COMPACT(claim.id).encode() + tail
        assert whole.decode() == _COMPACT(_corpus_claim(claim))


def test_claims_encoded_in_shared_parts_write_the_same_report(tmp_path):
    """Corpus claims encoded where they are judged (here and in a forked process, the lone
    ones in parts) and article records encoded by the workers write the JSON the records
    give, to a text stream and to a file's bytes, with and without the articles' texts."""
    results = _results()
    plain = pipeline.corpus_report([replace(r, encoded=()) for r in results])
    claims, links, relays = link_corpus(
        results, share=pipeline.ForkedShare(1), encode=encode_corpus_claim
    )
    assert all(claim.encoded for claim in claims)
    encoded = replace(
        plain,
        results=tuple(results),
        corpus_claims=tuple(claims),
        suggested_links=tuple(links),
        relays=tuple(relays),
    )
    for include_text in (False, True):
        expected = _written(plain, include_text=include_text)
        assert _written(encoded, include_text=include_text) == expected
        target = tmp_path / "report.json"
        with target.open("w", encoding="utf-8") as handle:
            write_json(encoded, handle, include_text=include_text)
        assert target.read_text(encoding="utf-8") == expected
    assert '"corpus_claims":[{' in expected
