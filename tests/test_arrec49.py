"""Arabic reporting patterns missed in unseen news: a semicolon closing the subject of a verb
that is also a common word, and a warning by a body named with the town where it sits."""

from __future__ import annotations


def _read(read, text: str) -> list[tuple[str, str, str]]:
    result = read(text)
    return [(a.cue, a.source.name, a.content) for a in result.attributions]


def test_a_semicolon_before_that_closes_the_subject_of_a_strict_verb(read):
    """ "وبيّن من جهته فلان؛ أن …": the semicolon stands where a comma would, and what follows
    أن is what he made clear, as after "وأوضح فلان؛ أن …"."""
    found = _read(
        read,
        "وبيّن من جهته الباحث نادر القاسمي؛ أن الأسواق الشعبية تغيرت كثيرا عن الماضي.\n",
    )
    assert found == [("بيّن", "نادر القاسمي", "الأسواق الشعبية تغيرت كثيرا عن الماضي")]


def test_a_semicolon_before_bi_anna_opens_what_is_admitted(read):
    """ "وأقر رئيس النادي فلان؛ بأن …": the admission after the semicolon is his."""
    found = _read(
        read,
        "وأقر رئيس النادي مازن الحربي؛ بأن الفريق لم يقدم المستوى المنتظر هذا الموسم.\n",
    )
    assert found == [("أقر", "مازن الحربي", "الفريق لم يقدم المستوى المنتظر هذا الموسم")]


def test_a_body_named_with_its_town_warns_of_what_follows_min(read):
    """ "وحذر الدفاع المدني بالمحافظة من السباحة …": the town on ب ends the body's name, and
    the warned-of act after من is the content."""
    found = _read(
        read,
        "وحذرت إدارة المرور بالمحافظة من القيادة بسرعة عالية على الطرق الزراعية.\n",
    )
    assert found == [("حذرت", "إدارة المرور بالمحافظة", "القيادة بسرعة عالية على الطرق الزراعية")]


def test_a_participle_of_emphasis_after_a_comma_takes_a_noun_of_stance(read):
    """ "وقال فلان إن …، مؤكدا حرص …": the participle ends the words said before it and
    opens what the same speaker stresses, a noun of stance with no أن."""
    found = _read(
        read,
        "وقال مدير الفرع ياسر الدوسري إن أسعار الشقق ارتفعت، مؤكدا حرص الفرع على مراقبة الأسعار.\n",
    )
    assert found == [
        ("قال", "ياسر الدوسري", "أسعار الشقق ارتفعت"),
        ("مؤكدا", "ياسر الدوسري", "حرص الفرع على مراقبة الأسعار"),
    ]


def test_a_participle_of_emphasis_after_an_act_takes_the_stressed_need(read):
    """ "وافتتح الوزير فلان المعرض، مشددا على حرص …": he opened it (no words), then
    stressed the care: the noun after على is his content."""
    found = _read(
        read,
        "وافتتح الوزير هشام البدري المعرض، مشددا على حرص الوزارة على دعم الأسر المنتجة"
        " في المحافظة.\n",
    )
    assert found == [("مشددا", "هشام البدري", "حرص الوزارة على دعم الأسر المنتجة في المحافظة")]


def test_a_participle_of_pointing_after_a_comma_takes_the_event_after_ila(read):
    """ "وقال فلان إن …، مشيرا إلى ارتفاع …": the rise after إلى is what he pointed out, and
    the words said before end at the comma."""
    found = _read(
        read,
        "وقال مدير المهرجان وليد السبيعي إن الموسم بدأ مبكرا، "
        "مشيرا إلى ارتفاع عدد الزوار في الأسبوع الأول.\n",
    )
    assert found == [
        ("قال", "وليد السبيعي", "الموسم بدأ مبكرا"),
        ("مشيرا", "وليد السبيعي", "ارتفاع عدد الزوار في الأسبوع الأول"),
    ]


def test_a_time_set_off_by_commas_leaves_a_finding_shown(read):
    """ "أظهرت بيانات رسمية، أمس، أن …": the day between commas is when it was shown; the
    document's finding after أن is still its content."""
    found = _read(
        read,
        "وأظهرت بيانات رسمية، أمس، أن مبيعات الإسمنت تراجعت في الربع الثاني من العام.\n",
    )
    assert found == [("أظهرت", "بيانات رسمية", "مبيعات الإسمنت تراجعت في الربع الثاني من العام")]
