"""Round 56: a body named only by its trade is no second origin beside a named one.

One paper credits a player's injury to a firm by its name ("شركة نمارق للتأمين"), another
to "the guarantee company, the team's sponsor" ("شركة الضمان راعية الفريق"): no reader can
tell the second from the first, so the claim has one origin. Two firms of one trade each
named by a proper name stay two origins.

Every example is made up.
"""

from __future__ import annotations

from test_link20 import _record, _report

from tracker.models import Status

#: What the firm said, as each paper words it after its voice.
_SAID = (
    " أن اللاعب سامر الدوسري أصيب بشد عضلي في الفخذ حرمه من خوض تدريبات الفريق"
    " وسيخضع لبرنامج علاجي يستمر أسبوعين."
)
_RETOLD = (
    " أن اللاعب سامر الدوسري يعاني من شد عضلي في الفخذ أبعده عن تدريبات الفريق، ويخضع"
    " حاليا لبرنامج علاجي مدته أسبوعين."
)
_NAMED = "وأوضحت شركة نمارق للتأمين في بيان" + _SAID
_TRADE = "وأوضحت شركة الضمان راعية الفريق في بيان" + _RETOLD


def _shared(report):
    """The one corpus claim the two articles share."""
    claims = [c for c in report.corpus_claims if len(c.articles) == 2]
    assert len(claims) == 1
    return claims[0]


def test_a_firm_named_by_its_trade_beside_a_named_firm_is_no_second_origin(tmp_path):
    """ "شركة الضمان راعية الفريق" beside "شركة نمارق للتأمين": one origin, and the
    explanation says why the trade's firm is not counted."""
    claim = _shared(_report(tmp_path, _record("okaz", _NAMED), _record("alyaum", _TRADE)))
    assert claim.status is Status.SINGLE_SOURCED
    assert len(claim.origins) == 1
    assert "named only by its trade" in claim.explanation


def test_the_sponsoring_company_beside_a_named_company_is_no_second_origin(tmp_path):
    """ "الشركة الراعية" (the head with the article and an adjective) beside a named
    company is no second origin either."""
    trade = "وأوضحت الشركة الراعية للنادي في بيان" + _RETOLD
    claim = _shared(_report(tmp_path, _record("okaz", _NAMED), _record("alyaum", trade)))
    assert claim.status is Status.SINGLE_SOURCED
    assert len(claim.origins) == 1


def test_two_named_firms_of_one_trade_stay_two_origins(tmp_path):
    """Two insurance firms each named by a proper name are two origins."""
    other = "وأوضحت شركة رواسي للتأمين في بيان" + _RETOLD
    claim = _shared(_report(tmp_path, _record("okaz", _NAMED), _record("alyaum", other)))
    assert claim.status is Status.CORROBORATED
    assert len(claim.origins) == 2
