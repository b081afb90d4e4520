"""Arabic voices resolved to the person named before them (round 52, resolve52).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def test_a_one_word_name_with_another_long_vowel_is_another_man(read):
    """ "ونقل ديرن عن مسؤولين" after "الرئيس داران كوبلر": the one word shares its consonant
    skeleton with the given name, but writes ي where that name has ا, so it names another
    man; a long vowel only moved ("شفتيلر" after "شفيتلر") is the same man."""
    result = read(
        "قال الرئيس داران كوبلر إن المفاوضات التجارية ستستأنف الشهر المقبل.\n"
        "ونقل ديرن عن مسؤولين في الوزارة أن الجولة الأولى ستعقد في العاصمة."
    )
    voices = [a.source.name for a in result.attributions]
    assert voices[0] == "داران كوبلر"
    assert "داران كوبلر" not in voices[1:]
    assert any("ديرن" in v for v in voices[1:])

    # A long vowel written one letter later is a spelling of the same surname: that man still.
    same = read(
        "قال المدير العام ماركو شفيتلر إن المنظمة ستراجع قواعد الشحن البحري.\n"
        "وأضاف شفتيلر أن الدول الأعضاء ستناقش المقترح في اجتماعها المقبل."
    )
    assert [a.source.name for a in same.attributions] == ["ماركو شفيتلر", "ماركو شفيتلر"]
