"""A voice quoted inside a numbered full text is told by the text's issuer (round 58).

"وقالت الجامعة في بيان إنها توضح الحقائق على النحو التالي:" then numbered items: an item that
quotes another voice ("٣- تؤكد كلية الهندسة أن …") is the issuer's telling of it. The issuer
relays that voice, so an item of its own that says the same restates what it relays, and the
claim has one origin, not two.

Every example is made up.
"""

from __future__ import annotations

from conftest import chain_names

_STATEMENT = (
    "وردت جامعة الواحة على ما نشر في مواقع التواصل عن فقدان طلب أحد المتقدمين.\n"
    "وقالت الجامعة في بيان إنها توضح الحقائق على النحو التالي:\n"
    "١- أن المتقدم قدم طلبه ورقيا في بداية الفصل الدراسي.\n"
    "٢- أدخلت الجامعة طلب المتقدم في نظامها الإلكتروني برقم ٥٥١٢ بتاريخ ١٠ / ٢ / ١٤٣٦هـ.\n"
    "٣- تؤكد كلية الهندسة أن طلب المتقدم أدخل في النظام الإلكتروني برقم ٥٥١٢ بتاريخ"
    " ١٠ / ٢ / ١٤٣٦هـ.\n"
    "٤- ستعلن نتائج القبول في نهاية الشهر.\n"
)


def test_a_voice_an_item_quotes_is_told_by_the_issuer(read):
    """ "٣- تؤكد كلية الهندسة أن …" inside the university's numbered statement: the chain runs
    from the university to the faculty."""
    result = read(_STATEMENT)
    quoted = [a for a in result.attributions if a.source.name == "كلية الهندسة"]
    assert [chain_names(a) for a in quoted] == [["جامعة الواحة", "كلية الهندسة"]]


def test_the_issuer_saying_what_it_tells_is_no_second_origin(read):
    """The university's own item and the faculty's item it quotes say the same and are one
    claim: one origin, single-sourced, never corroborated."""
    result = read(_STATEMENT)
    quoted = next(a.id for a in result.attributions if a.source.name == "كلية الهندسة")
    claim = next(c for c in result.claims if quoted in c.attributions)
    assert len(claim.attributions) == 2
    assert claim.status.value == "single-sourced"
    assert len(claim.origins) == 1
