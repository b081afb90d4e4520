"""Round 56: two officials of one named body, or an official and the body, are one origin.

One association's statement, printed by two papers, credited by one to an officer of the
association and by the other to another officer (or to the association itself), is one
origin: the body each descriptor names is read in full ("مدير جمعية الثقافة والفنون
بالوادي"), or by the short name a committee's officer is tied to ("منسق لجنة المسرح
بـ«فنون الوادي»"), and the two names agree when every word of the shorter is in the longer.
Two bodies whose names differ in a word ("جمعية الوادي الخيرية", "جمعية الوادي للتنمية")
stay two.

Every example is made up.
"""

from __future__ import annotations

from test_link20 import _record, _report

from tracker.models import Status

#: What the workshop drew, as each paper words it after its voice.
_SAID = (
    " أن ورشة الرسم التي أقامتها الجمعية في حديقة المدينة شارك فيها أكثر من ثلاثمائة طفل"
    " وطفلة خلال ثلاثة أيام."
)
_RETOLD = " إن أكثر من ثلاثمائة طفل وطفلة شاركوا على مدى ثلاثة أيام في ورشة الرسم بحديقة المدينة."
#: The association's coordinator and its director, each in his own paper.
_COORDINATOR = "أوضح منسق جمعية الثقافة والفنون بالوادي سالم بن علي الكعبي" + _SAID
_DIRECTOR = "وقال مدير جمعية الثقافة والفنون بالوادي الشاعر خالد بن سعد العمري" + _RETOLD
#: A committee's coordinator tied to the association by its short name.
_COMMITTEE = "وأوضح منسق لجنة المسرح بـ«فنون الوادي» سالم بن علي الكعبي" + _SAID
#: The association in its own statement.
_ASSOCIATION = "وذكرت جمعية الثقافة والفنون بالوادي في بيان" + _RETOLD.replace(" إن ", " أن ", 1)


def _shared(report):
    """The one corpus claim the two articles share."""
    claims = [c for c in report.corpus_claims if len(c.articles) == 2]
    assert len(claims) == 1
    return claims[0]


def test_an_associations_coordinator_and_its_director_are_one_origin(tmp_path):
    """The coordinator and the director of one association telling one workshop's figures
    in two papers are one origin, and the explanation names the association."""
    claim = _shared(_report(tmp_path, _record("okaz", _COORDINATOR), _record("alyaum", _DIRECTOR)))
    assert claim.status is Status.SINGLE_SOURCED
    assert "two officials of جمعية الثقافة والفنون بالوادي: one origin" in claim.explanation


def test_a_committees_coordinator_naming_the_association_short_and_its_director(tmp_path):
    """A committee's coordinator tied to the association by its short name and the
    association's director are one origin."""
    claim = _shared(_report(tmp_path, _record("okaz", _COMMITTEE), _record("alyaum", _DIRECTOR)))
    assert claim.status is Status.SINGLE_SOURCED
    assert len(claim.origins) == 1


def test_a_committees_coordinator_and_the_association_itself_are_one_origin(tmp_path):
    """The association's statement and its committee's coordinator telling the same are one
    origin, not two."""
    claim = _shared(_report(tmp_path, _record("okaz", _COMMITTEE), _record("alyaum", _ASSOCIATION)))
    assert claim.status is Status.SINGLE_SOURCED
    assert "an official and his body of جمعية الثقافة والفنون بالوادي" in claim.explanation


def test_officials_of_two_associations_of_like_names_stay_two_origins(tmp_path):
    """The directors of two associations whose names share their first words ("جمعية الوادي
    الخيرية", "جمعية الوادي للتنمية") are two origins: the figures are corroborated."""
    first = "أوضح مدير جمعية الوادي الخيرية سالم بن علي الكعبي" + _SAID
    second = "وقال مدير جمعية الوادي للتنمية خالد بن سعد العمري" + _RETOLD
    claim = _shared(_report(tmp_path, _record("okaz", first), _record("alyaum", second)))
    assert claim.status is Status.CORROBORATED
    assert len(claim.origins) == 2


def test_two_vice_presidents_with_their_own_portfolios_are_one_origin(tmp_path):
    """Two vice-presidents of one association, each named with his own portfolio after the
    association's name ("… للشؤون المالية"), are officials of one body: one origin."""
    first = "أوضح نائب رئيس جمعية البر بالوادي للشؤون المالية سالم بن علي الكعبي" + _SAID
    second = "وقال نائب رئيس جمعية البر بالوادي للشؤون الإدارية خالد بن سعد العمري" + _RETOLD
    claim = _shared(_report(tmp_path, _record("okaz", first), _record("alyaum", second)))
    assert claim.status is Status.SINGLE_SOURCED
    assert "two officials of جمعية البر بالوادي: one origin" in claim.explanation
