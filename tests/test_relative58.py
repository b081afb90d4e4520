"""A relative clause whose reporting verb has a body of its own as subject, named by a head
with what it is of ("الذي قالت وزارة الداخلية إنه …"): that body speaks."""

from __future__ import annotations


def _read(read, text: str) -> list[tuple[str, str, str]]:
    return [(a.cue, a.source.name, a.content) for a in read(text).attributions]


def test_a_ministry_named_in_full_after_the_relative_verb_speaks(read):
    """ "الانفجار الذي قالت وزارة الداخلية إنه …": the ministry says it, not the blast."""
    found = _read(read, "ووقع الانفجار الذي قالت وزارة الداخلية إنه أودى بحياة أربعة أشخاص.\n")
    assert found == [("قالت", "وزارة الداخلية", "أودى بحياة أربعة أشخاص")]


def test_an_institute_with_a_long_name_after_a_present_verb_speaks(read):
    """ "القطاع الذي يقول معهد … إنه …": the institute, its name running to the
    complementiser."""
    found = _read(read, "واستثني قطاع الصيد الذي يقول معهد البحار الوطني إنه يوظف آلاف العمال.\n")
    assert found == [("يقول", "معهد البحار الوطني", "يوظف آلاف العمال")]


def test_an_announcing_company_in_a_relative_clause_speaks(read):
    """ "الوظائف التي أعلنت شركة … أنها …": the company announced it."""
    found = _read(read, "وستفتح الوظائف التي أعلنت شركة الموانئ أنها ستطرحها في الربع الأخير.\n")
    assert found == [("أعلنت", "شركة الموانئ", "ستطرحها في الربع الأخير")]
