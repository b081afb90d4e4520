"""Arabic reports missed on SaudiNewsNet days (issue 11, round 22, lead).

Found by sampling sentences with a reporting word that gave no attribution on a day no rule
came from, then reading what the new rules changed on that day and two others. Every example is
made up; each test pins one general pattern.
"""

from __future__ import annotations


def _voices(result) -> list[str]:
    return [a.source.name for a in result.attributions]


def _contents(result) -> list[str]:
    return [a.content for a in result.attributions]


def test_a_time_phrase_between_the_verb_and_its_subject_is_stepped_over(read):
    """ "وقالت في وقت سابق فلانة …: «…»": "في وقت سابق/لاحق" stands where "أمس" may stand,
    between a verb and the subject after it; the subject is not lost, nor the cues that
    follow with no subject of their own."""
    result = read(
        "وارتفعت الأسعار. وقالت في وقت سابق سلمى ناصر رئيسة جمعية المستهلكين: "
        "«تظهر الأرقام أن الأسعار ارتفعت في كل المدن». "
        "وأضافت: «لكن المدن الكبرى ما زالت تعاني»."
    )
    assert _voices(result) == ["سلمى ناصر", "سلمى ناصر"]
    assert _contents(result)[1] == "لكن المدن الكبرى ما زالت تعاني"


def test_a_time_phrase_with_of_the_day_and_one_with_a_definite_time_word(read):
    """ "في وقت لاحق من اليوم" and "في الأسبوع الماضي" are time phrases too; the word after
    them is the subject, not part of the time ("لاحق" was read as a name)."""
    result = read(
        "وقالت في وقت لاحق من اليوم الشرطة إن الطرق مغلقة. "
        "وقال في الأسبوع الماضي وزير النقل سالم كمال إن الجسر سيفتح قريبا."
    )
    assert _voices(result) == ["الشرطة", "سالم كمال"]
    assert _contents(result) == ["الطرق مغلقة", "الجسر سيفتح قريبا"]


def test_a_time_phrase_after_the_subject_is_no_part_of_it(read):
    """Guard: "وكان الوزير قال في وقت سابق إن …" was read before and still is."""
    result = read("وكان الوزير قال في وقت سابق إن الطرق مغلقة.")
    assert _voices(result) == ["الوزير"]
    assert _contents(result) == ["الطرق مغلقة"]


def test_a_statement_issued_inside_a_time_clause_speaks_for_its_issuer(read):
    """ "جاء ذلك بعد أن أصدرت الهيئة تقريرا أوضحت فيه أن …": the issuing verb opens a time
    clause, not the sentence; the body after it is the voice of "أوضحت فيه"."""
    result = read(
        "وارتفعت المبيعات. جاء ذلك بعد أن أصدرت هيئة النقل البحري تقريرا أوضحت فيه "
        "أن عدد الرحلات تجاوز مليون رحلة. "
        "وتراجعت الأسهم عندما نشرت الشركة بيانا قالت فيه إن أرباحها انخفضت."
    )
    assert _voices(result) == ["هيئة النقل البحري", "الشركة"]
    assert _contents(result) == ["عدد الرحلات تجاوز مليون رحلة", "أرباحها انخفضت"]


def test_a_time_clause_inside_the_issuers_sentence_is_no_part_of_the_issuer(read):
    """ "وأصدر الوزير بعد أن عاد من جولته بيانا قال فيه …": the time clause's verb has no
    issuer after it; the sentence's verb has, up to the clause ("بعد أن عاد من جولته" was
    read as the voice)."""
    result = read("وأصدر الوزير بعد أن عاد من جولته بيانا قال فيه إن الطرق آمنة.")
    assert _voices(result) == ["الوزير"]
    assert _contents(result) == ["الطرق آمنة"]
