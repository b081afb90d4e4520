"""A saved page's title line is read as a headline: "الوزير: …", "مصدر لـX: …", "X ينفي …".

The title sits in the header, above the body, so it was never read. A headline reports as a
sentence does, with its voice first. It is read after the body, as a summary of it, so that a
role it names alone is the person the body names with that role; it joins the body's claim of
the same voice that holds its words, and it gives no statement in the publisher's own voice.

Every example is made up.
"""

from __future__ import annotations

from tracker import Registry, analyse_article
from tracker.extract import title_line
from tracker.models import ArticleResult, SourceKind, Stance
from tracker.pipeline import Options, analyse_paths
from tracker.readers import parse_article

_REGISTRY = Registry.load()

_BODY = (
    "قال وزير المالية سامي الكردي إن الموازنة الجديدة للعام المقبل خالية من أي عجز "
    "للمرة الأولى منذ عشر سنوات.\n\n"
    "وأضاف الكردي أن الإيرادات غير النفطية ارتفعت بنسبة كبيرة خلال العام الجاري.\n"
)


def _page(title: str, body: str = _BODY) -> str:
    return f"السبت 7 مارس 2026\nاقتصاد\n\n{title}\n\nصحيفة الساحل\n\n{body}"


def _read(text: str, language: str = "ar") -> ArticleResult:
    return analyse_article(parse_article(text, "made-up.txt", language=language), _REGISTRY)


def _headline(result: ArticleResult) -> list[tuple[str, str, str]]:
    start = result.article.body_start
    return [(a.source.name, a.cue, a.content) for a in result.attributions if a.cue_start < start]


def test_a_colon_headline_is_the_voice_the_body_names_with_that_role() -> None:
    result = _read(_page("وزير المالية: الموازنة الجديدة بلا عجز"))
    assert _headline(result) == [("سامي الكردي", ":", "الموازنة الجديدة بلا عجز")]


def test_a_headline_joins_the_body_claim_it_sums_up() -> None:
    result = _read(_page("وزير المالية: الموازنة الجديدة بلا عجز"))
    (head,) = (a for a in result.attributions if a.cue == ":")
    (claim,) = (c for c in result.claims if head.id in c.attributions)
    assert len(claim.attributions) == 2
    assert claim.text.startswith("الموازنة الجديدة للعام المقبل")


def test_a_headline_denial_is_the_ministry_the_body_names() -> None:
    body = (
        "نفت وزارة الصحة صحة الأنباء عن إغلاق مستشفى الأطفال في المدينة، مؤكدة أن "
        "المستشفى يستقبل المرضى كالمعتاد.\n"
    )
    result = _read(_page("الصحة تنفي إغلاق مستشفى الأطفال", body))
    heads = [a for a in result.attributions if a.cue_start < result.article.body_start]
    assert [(a.source.name, a.source.kind, a.stance) for a in heads] == [
        ("وزارة الصحة", SourceKind.GOVERNMENT_BODY, Stance.DENIES)
    ]


def test_a_headline_gives_no_statement_of_the_publisher() -> None:
    plain = _read(_page("ارتفاع أسعار الذهب في الأسواق المحلية اليوم"))
    assert _headline(plain) == []
    assert all(s.start >= plain.article.body_start for s in plain.statements)


def test_a_voice_read_after_the_verb_of_a_headline_is_left() -> None:
    """In "ينفي شائعة … على …" the words after the verb are what it denies, not who."""
    result = _read(_page("الممثل سالم فارس ينفي شائعة اعتزاله على مواقع التواصل"))
    assert all(name != "شائعة اعتزاله" for name, _, _ in _headline(result))


def test_unnamed_sources_in_a_headline_add_no_origin() -> None:
    """The page's "مصادر:" are the sources the body cites through another paper."""
    body = (
        "كشفت صحيفة المرصد، نقلا عن مصادر مطلعة، أن وزير الدفاع زار العاصمة سرا الأسبوع الماضي.\n"
    )
    result = _read(_page("مصادر: وزير الدفاع زار العاصمة سرا", body))
    assert _headline(result)
    assert all(c.status.value != "corroborated" for c in result.claims)


def test_a_title_after_its_label_is_read() -> None:
    text = (
        "العنوان: وزير المالية: الموازنة الجديدة بلا عجز\nالناشر: صحيفة الساحل\n\n"
        + _BODY.replace("\n\n", " ")
    )
    result = _read(text)
    assert _headline(result) == [("سامي الكردي", ":", "الموازنة الجديدة بلا عجز")]


def test_a_title_inside_a_line_is_no_title_line() -> None:
    title = "وزير المالية: الموازنة الجديدة بلا عجز"
    inside = parse_article(f"موقع الساحل - {title}\n\n{_BODY}", "made-up.txt", title=title)
    alone = parse_article(f"موقع الساحل\n{title}\n\n{_BODY}", "made-up.txt", title=title)
    assert inside.body_start > 0
    assert title_line(inside) is None
    line = title_line(alone)
    assert line is not None
    assert alone.text[line.start : line.end] == title


def test_an_english_first_line_is_read_once(tmp_path) -> None:
    """English reads its first line as the headline itself: the title is not read again."""
    path = tmp_path / "story.txt"
    path.write_text(
        "Minister: The Budget Has No Deficit\n\n"
        "Finance Minister Sami Kurdi said on Monday that next year's budget has no deficit "
        "for the first time in ten years.\n",
        encoding="utf-8",
    )
    (result,) = analyse_paths([str(path)], Options()).results
    cues = [a.cue_start for a in result.attributions]
    assert len(cues) == len(set(cues))


def test_a_headline_body_of_one_word_is_the_voice_that_holds_it() -> None:
    """ "النقابة: …" is the union's head the body names; "الداخلية تنفي …" its spokesman."""
    union = _read(
        _page(
            "النقابة: طريق جديد للشاحنات عبر الميناء",
            "قال رئيس نقابة سائقي الشاحنات فهد العلي إن الوزارة ستفتح طريقا جديدا "
            "للشاحنات عبر الميناء خلال أيام.\n",
        )
    )
    assert [name for name, _, _ in _headline(union)] == ["فهد العلي"]
    denial = _read(
        _page(
            "الداخلية تنفي إغلاق المعبر",
            "نفى المتحدث باسم وزارة الداخلية أن تكون الحكومة قررت إغلاق المعبر الجنوبي "
            "أمام المسافرين.\n",
        )
    )
    assert [name for name, _, _ in _headline(denial)] == ["المتحدث باسم وزارة الداخلية"]
    assert len(denial.claims) == 1


def test_a_place_the_body_voice_works_in_is_not_the_headline_voice() -> None:
    """ "الكويت تنفي …" is the state, not the man the body names as "مدير الفرع في الكويت"."""
    result = _read(
        _page(
            "الكويت تنفي زيادة رسوم العبور هذا العام",
            "قال مدير فرع الشركة في الكويت سالم الهاجري إن الطلب على الشحن ارتفع هذا العام.\n\n"
            "ونفت الحكومة الكويتية أن تكون رسوم العبور سترتفع هذا العام.\n",
        )
    )
    assert "سالم الهاجري" not in [name for name, _, _ in _headline(result)]
