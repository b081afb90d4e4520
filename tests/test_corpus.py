"""Claims across articles: spread, independence, relays, contested claims, guards."""

from __future__ import annotations

import pytest
from conftest import CORPUS

from tracker import Options, analyse_paths
from tracker.corroborate import Thresholds, link_corpus
from tracker.models import Status


@pytest.fixture(scope="module")
def report():
    """The report over the hand-written corpus fixtures."""
    return analyse_paths(sorted(str(p) for p in CORPUS.glob("*.txt")), Options())


def _claim(report, text):
    return next(c for c in report.corpus_claims if text in c.text)


def _names(report, ids):
    names = {s.id: s.name for r in report.results for s in r.sources}
    names.update({s.voice.id: s.voice.name for r in report.results for s in r.statements})
    return [names[i] for i in ids]


def test_four_outlets_relaying_one_paper_are_single_sourced(report):
    """One claim relayed by four outlets from one newspaper: spread 4, one origin."""
    claim = _claim(report, "سترفع أسعار الوقود")
    assert len(claim.articles) == 4
    assert claim.outlets == 4
    assert claim.status is Status.SINGLE_SOURCED
    assert _names(report, claim.origins) == ["الرافدين"]
    assert "4 articles from 4 outlets, all tracing to الرافدين" in claim.explanation


def test_two_independent_origins_corroborate(report):
    """A company spokesman and a governor quoted by Reuters are two independent origins;
    Reuters, which carries the governor, is no third."""
    claim = _claim(report, "انقطعت عن ثلاث محافظات")
    assert claim.status is Status.CORROBORATED
    assert sorted(_names(report, claim.origins)) == ["خالد الحمدان", "سامر العلي"]
    assert "relayed through رويترز" in claim.explanation


def test_wire_credit_is_the_voice_of_own_statements(report):
    """A dateline "الكرك (رويترز) -" makes Reuters the voice of the article's own statements."""
    wired = next(r for r in report.results if r.article.path.endswith("c06-power-wire.txt"))
    assert {s.voice.id for s in wired.statements} == {"reuters"}
    assert all(s.credited for s in wired.statements)


def test_one_registry_group_counts_once(report):
    """The Syrian state agency and a Syrian minister are one origin."""
    claim = _claim(report, "جديدة يابوس")
    assert len(claim.articles) == 2
    assert claim.status is Status.SINGLE_SOURCED
    assert len(claim.origins) == 1
    assert "count as one (state:SY)" in claim.explanation


def test_denial_in_another_article_contests_the_claim(report):
    """A ministry denial published elsewhere links to the claim and contests it."""
    claim = _claim(report, "إغلاق مدارس في الريف الشمالي")
    assert claim.status is Status.CONTESTED
    assert claim.contested
    assert _names(report, claim.denying_origins) == ["وزارة التربية"]


def test_near_verbatim_copy_is_a_relay(report):
    """An article repeating an earlier one word for word is its relay, not a second voice."""
    (relay,) = report.relays
    assert (relay.copy_publisher, relay.original_publisher) == ("شبكة المرفأ", "موقع الساحل الجديد")
    claim = _claim(report, "افتتحت البلدية صباح اليوم")
    assert claim.status is Status.UNATTRIBUTED
    assert len(claim.articles) == 2
    assert _names_of_voices(report, claim.own_voices) == ["موقع الساحل الجديد"]
    assert "شبكة المرفأ copies موقع الساحل الجديد" in claim.explanation


def _names_of_voices(report, ids):
    names = {s.voice.id: s.voice.name for r in report.results for s in r.statements}
    return [names[i] for i in ids]


def test_different_numbers_stay_two_claims(report):
    """ "10 killed" and "100 killed" in the same collapse are two claims."""
    ten = _claim(report, "10 أشخاص قتلوا")
    hundred = _claim(report, "100 شخص قتلوا")
    assert ten.id != hundred.id


def test_suggested_tier_does_not_merge(report):
    """With a confirm bar nobody reaches, links become suggestions and nothing merges."""
    strict = Thresholds(confirm_ratio=101)
    claims, links, _ = link_corpus(report.results, strict)
    assert all(len(c.articles) == 1 for c in claims)
    assert links


def test_corpus_ids_and_order_are_deterministic(report):
    """The same inputs give the same corpus claims in the same order."""
    again = analyse_paths(sorted(str(p) for p in CORPUS.glob("*.txt")), Options())
    assert [c.members for c in again.corpus_claims] == [c.members for c in report.corpus_claims]


def test_parallel_jobs_give_the_same_report(report):
    """--jobs 2 changes nothing in the result."""
    from tracker.report import to_json

    paths = sorted(str(p) for p in CORPUS.glob("*.txt"))
    parallel = analyse_paths(paths, Options(), jobs=2)
    assert all(r.encoded for r in parallel.results)  # the workers' JSON is spliced in
    assert to_json(parallel) == to_json(report)
    assert to_json(analyse_paths(paths, Options(), jobs=2, encode=False)) == to_json(report)


def test_blocking_compares_only_statements_sharing_rare_words(monkeypatch):
    """Words in very many statements are not blocked on, so unrelated statements are never
    compared, however many there are."""
    import tracker.corroborate as corroborate

    calls = []
    real = corroborate.score
    monkeypatch.setattr(corroborate, "score", lambda *args: calls.append(1) or real(*args))
    items = [
        corroborate.match_key(
            f"i{n}", f"a{n}", f"بيان عاجل حول موضوع الساعة كلمة{n} وأخرى{n} ثالثة{n}", None
        )
        for n in range(600)
    ]
    twin = corroborate.match_key(
        "twin", "b", "بيان عاجل حول موضوع الساعة كلمة7 وأخرى7 ثالثة7", None
    )
    confirmed, _ = corroborate._cross_links([*items, twin], Thresholds())
    assert len(calls) == 1
    assert [(a, b) for a, b, _, _ in confirmed] == [("i7", "twin")]


def test_unknown_publishers_are_not_one_voice(tmp_path):
    """Two copies of an article with no byline are two unknown outlets, not one voice."""
    body = (CORPUS / "c11-bridge-original.txt").read_text(encoding="utf-8").split("\n\n", 3)[3]
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text(body, encoding="utf-8")
    second.write_text(body.replace("العمل المتواصل", "العمل المتواصل والمكثف"), encoding="utf-8")
    report = analyse_paths([str(first), str(second)], Options())
    voices = {s.voice.id for r in report.results for s in r.statements}
    assert len(voices) == 2


def _report_of(tmp_path, records):
    """The report over SaudiNewsNet-like records written as one JSON Lines file."""
    import json

    path = tmp_path / "records.jsonl"
    lines = (json.dumps(r, ensure_ascii=False) for r in records)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return analyse_paths([str(path)], Options())


def test_a_wire_restating_what_it_relays_is_not_a_second_origin(tmp_path):
    """One outlet prints a wire's dispatch citing a source close to a club; another prints the
    news from that wire in other words, with the citation dropped. The wire's own voice
    restates what it relayed: one origin (the source), not two."""
    records = [
        {
            "source": "الوادي",
            "author": "أ ف ب",
            "date": "2024-05-02",
            "title": "المدرب يغادر",
            "content": "أفادت وكالة الصحافة الفرنسية نقلا عن مصدر مقرب من نادي النجوم أن "
            "المدرب حمدان السالم سيغادر النادي نهاية الموسم الحالي بعد خلاف طويل مع "
            "مجلس الإدارة حول التعاقدات.",
        },
        {
            "source": "السهل",
            "author": "أ ف ب",
            "date": "2024-05-02",
            "title": "رحيل المدرب",
            "content": "قرر المدرب حمدان السالم مغادرة النادي في نهاية الموسم الحالي إثر "
            "خلافات طويلة مع مجلس إدارة النادي بشأن التعاقدات.",
        },
    ]
    report = _report_of(tmp_path, records)
    claim = _claim(report, "سيغادر النادي نهاية الموسم")
    assert len(claim.articles) == 2
    assert claim.status is Status.SINGLE_SOURCED
    assert _names(report, claim.origins) == ["مصدر مقرب من نادي النجوم"]
    assert "same text" not in claim.explanation  # linked as a rewording, not as a copy


def test_a_wire_stating_what_a_named_voice_is_quoted_saying_is_no_second_origin(tmp_path):
    """One outlet quotes a minister; another prints a wire's dispatch saying the same in the
    wire's own voice, with no one named. The wire restates the minister (the usual case), so
    the claim is single-sourced and the explanation says why the wire is left out."""
    records = [
        {
            "source": "الوادي",
            "date": "2024-05-02",
            "title": "الجسر",
            "content": "قال وزير النقل سالم الحمدان إن الجسر الجديد فوق النهر سيفتح أمام "
            "حركة السيارات مطلع الشهر المقبل بعد انتهاء أعمال الصيانة.",
        },
        {
            "source": "السهل",
            "author": "أ ف ب",
            "date": "2024-05-02",
            "title": "فتح الجسر",
            "content": "يفتح الجسر الجديد فوق النهر أمام حركة السيارات في مطلع الشهر المقبل "
            "عقب انتهاء أعمال الصيانة.",
        },
    ]
    report = _report_of(tmp_path, records)
    claim = _claim(report, "الجسر الجديد فوق النهر")
    assert len(claim.articles) == 2
    assert claim.status is Status.SINGLE_SOURCED
    assert _names(report, claim.origins) == ["سالم الحمدان"]
    assert "states in its own voice what سالم الحمدان is quoted saying" in claim.explanation
