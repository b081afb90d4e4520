"""Recall patterns the fresh pools of round 58 showed (round 58, left58c).

A trailing "…، كما قال فلان." credits the clause before it to the man, whether he is named
in full or again by his family name after a full name given earlier, and with a time such as
"هذا الأسبوع" after his name.

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

from conftest import voices_checked as _voices


def test_a_trailing_credit_with_this_week_after_the_name(read):
    """ "…، كما قال فلان هذا الأسبوع.": a demonstrative and a span of time say when he said it."""
    result = read("ويعود تأخر المشروع إلى نقص العمال المهرة، كما قال نادر السلمان هذا الأسبوع.")
    assert _voices(result) == {"نادر السلمان": "ويعود تأخر المشروع إلى نقص العمال المهرة"}


def test_a_trailing_credit_to_a_family_name_given_in_full_before(read):
    """ "قال جون بول ميلر … . …، كما قال ميلر.": the bare family name is the man named in full
    before; with no full name before, or a clause after it, nothing is credited to it."""
    opening = "وقال جون بول هارتمان إن المدرسة تحتاج إلى معلمين جدد. "
    closing = "وأغلب التلاميذ يقطعون مسافات طويلة كل صباح، كما قال هارتمان."
    result = read(opening + closing)
    contents = {a.content: a.source.name for a in result.attributions}
    assert contents == {
        "المدرسة تحتاج إلى معلمين جدد": "جون بول هارتمان",
        "وأغلب التلاميذ يقطعون مسافات طويلة كل صباح": "جون بول هارتمان",
    }

    result = read(closing)
    assert result.attributions == ()

    result = read(opening + "وفي الريف، كما يقول هارتمان، تخلو القرى من المدارس.")
    assert "في الريف" not in {a.content for a in result.attributions}


def test_people_in_the_plural_speak_in_a_relative_clause(read):
    """ "الأنظمة التي قال موظفو البلدية إنها …", "التي يقول الخبراء إنه …": a plural of
    people, in construct or a broken plural with the article, is the clause's own speaker."""
    tail = "إنها خفضت الحوادث في الأحياء القديمة."
    for people in ("موظفو البلدية", "الخبراء", "النواب"):
        result = read(f"وعدلت البلدية الأنظمة المرورية التي قال {people} {tail}")
        assert _voices(result) == {people: "خفضت الحوادث في الأحياء القديمة"}


def test_a_denial_keeps_a_dashed_aside_on_the_denier_out_of_its_content(read):
    """ "نفى فلان -وزير المالية- وجود عجز": the aside between dashes says who he is; what is
    denied starts after it, as after an aside in brackets or commas."""
    result = read("ونفى سامر القيسي -وزير المالية في الحكومة- وجود عجز في موازنة العام المقبل.")
    (attribution,) = result.attributions
    assert attribution.source.name == "سامر القيسي"
    assert attribution.content == "وجود عجز في موازنة العام المقبل"
    assert attribution.stance.value == "denies"
