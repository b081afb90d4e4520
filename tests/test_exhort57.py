"""Exhortations and bare calls are no claims (round 57, exhort57).

"شدد على أهمية …", "أكد ضرورة …", "…، مشيرا إلى أهمية …" ask for something and state nothing
one could check; the annotation guide leaves them out. Every example is made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_link20 import _record, _report

_FACT = "وقال مدير التعليم في المحافظة ناصر البقمي إن المدارس افتتحت أربعة فصول جديدة.\n"


@pytest.mark.parametrize(
    "call",
    [
        "وشدد مدير المستشفى خالد العمري على أهمية التبرع بالدم بصفة منتظمة.",
        "وأكد رئيس البلدية فهد الزهراني ضرورة تنظيف مجاري السيول قبل موسم الأمطار.",
        "وأفادت لجنة السلامة بضرورة إخلاء المبنى القديم في أسرع وقت.",
        "وصرح رئيس الجمعية عادل الحربي بأهمية الوقاية من أمراض الصيف.",
        "وأكد رئيس الجمعية عادل الحربي أهمية دعم المتطوعين بما يحقق أهداف الحملة.",
    ],
)
def test_a_bare_call_is_no_attribution(read, call):
    """ "شدد فلان على أهمية …", "أكد ضرورة …", "أفادت بضرورة …", "صرح بأهمية …"
    (a verb after "بما" describes no content of the call):
    a content that is only a noun of a call and what it governs is an exhortation, no
    attribution; the fact told in the sentence before is still read."""
    found = [(a.source.name, a.content) for a in read(_FACT + call + "\n").attributions]
    assert found == [("ناصر البقمي", "المدارس افتتحت أربعة فصول جديدة")]


@pytest.mark.parametrize("participle", ["مشددا على أهمية", "مشيرا إلى أهمية", "مؤكدا ضرورة"])
def test_a_call_in_a_participle_after_a_claim_is_left_out(read, participle):
    """ "قال إن …، مشددا على أهمية …" ("مشيرا إلى أهمية", "مؤكدا ضرورة"): the claim before
    the participle stays, the call after it is no second attribution of the same speaker."""
    text = (
        f"وقال مدير التعليم ناصر البقمي إن المدارس افتتحت أربعة فصول جديدة، {participle}"
        " حضور أولياء الأمور في اليوم الأول.\n"
    )
    found = [(a.source.name, a.content) for a in read(text).attributions]
    assert found == [("ناصر البقمي", "المدارس افتتحت أربعة فصول جديدة")]


def test_the_caller_speaks_on_in_a_cue_with_no_subject(read):
    """ "وشدد فلان على أهمية …. وأضاف أن …": the call is left out and the cue with no subject
    after it is still the caller's."""
    text = (
        "وشدد مدير المكتبة العامة فيصل القرني على أهمية القراءة للأطفال.\n"
        "وأضاف أن المكتبة ستفتح أبوابها مساء كل خميس بدءا من الشهر المقبل.\n"
    )
    found = [(a.source.name, a.content) for a in read(text).attributions]
    assert found == [("فيصل القرني", "المكتبة ستفتح أبوابها مساء كل خميس بدءا من الشهر المقبل")]


def test_two_voices_making_one_call_make_no_claim(tmp_path: Path) -> None:
    """Two officials in two papers stressing the same need ("شدد على ضرورة …") give no claim
    at all, so no verdict rests on the call; a fact one of them tells is still a claim."""
    first = (
        "وشدد وكيل وزارة الزراعة منصور العتيبي على ضرورة ترشيد استهلاك مياه الري في المزارع"
        " خلال أشهر الصيف. وقال إن الوزارة وزعت ألف مضخة حديثة على المزارعين."
    )
    second = (
        "وشدد رئيس جمعية المزارعين هاني الشمري على ضرورة ترشيد استهلاك مياه الري في المزارع"
        " خلال أشهر الصيف."
    )
    report = _report(tmp_path, _record("alyaum", first), _record("alriyadh", second))
    contents = [a.content for result in report.results for a in result.attributions]
    assert not any("ترشيد" in content for content in contents)
    assert any("ألف مضخة" in content for content in contents)
    assert all(len(claim.articles) == 1 for claim in report.corpus_claims)
