"""Arabic reporting patterns of unseen news days (second slice): a short quoted name after a
cue's subject, before what the subject says."""

from __future__ import annotations


def _read(read, text: str) -> list[tuple[str, str, str]]:
    result = read(text)
    return [(a.cue, a.source.name, a.content) for a in result.attributions]


def test_a_quoted_name_before_an_is_part_of_the_voice(read):
    """ "أعلنت مجموعة «…» الأميركية، أكبر منتج …، عن تحقيق أرباح": the quotation names the
    group, and what it announced opens after عن; the name is no quotation of its words."""
    ((cue, name, content),) = _read(
        read,
        "أعلنت مجموعة «سيارات النجمة» الأميركية، أكبر منتج للسيارات في البلاد، عن تحقيق "
        "أرباح صافية خلال الربع الثاني.\n",
    )
    assert cue == "أعلنت"
    assert "النجمة" in name
    assert content == "تحقيق أرباح صافية خلال الربع الثاني"
    ((_, name, content),) = _read(
        read, "كشفت شركة «دروب» عن تطبيق جديد لحجز سيارات الأجرة في المدينة.\n"
    )
    assert "دروب" in name
    assert content == "تطبيق جديد لحجز سيارات الأجرة في المدينة"
    # An aside in quotation marks is no name: the member of the committee speaks.
    ((_, name, content),) = _read(
        read, 'أكد عضو لجنة الحكام "تحفظ على ذكر اسمه" أن قرارات لجنته نافذة.\n'
    )
    assert name == "عضو لجنة الحكام"
    assert content == "قرارات لجنته نافذة"


def test_a_quoted_title_described_after_a_comma_says_nothing(read):
    """ "اختتمت فعاليات ملتقى «…»، الذي نظمته الجامعة": the quotation is the forum's title,
    described by the clause after it, and the forum's closing reports no words."""
    assert (
        _read(
            read,
            'اختتمت فعاليات ملتقى "حماية التراث والمواقع"، الذي نظمته الجامعة، بعد ثلاثة أيام.\n',
        )
        == []
    )


def test_an_act_by_an_honorific_pronoun_gives_the_participle_to_the_one_named_before(read):
    """ "استقبل الأمير فلان الوفد. وعبر سموه عن أسفه …، مبيناً أن …": "his highness" is the
    prince who acted in the sentence before, and the participles after his act are his."""
    found = _read(
        read,
        "استقبل الأمير سعد بن فالح أمير المنطقة الوفد. وعبر سموه في تصريح للوكالة عن أسفه "
        "لهذا الحادث، مبيناً أن الجناة سيلقون عقابهم، مؤكداً أن ما حدث لن يثني العزيمة.\n",
    )
    assert [(cue, name) for cue, name, _ in found] == [
        ("مبيناً", "سعد بن فالح"),
        ("مؤكداً", "سعد بن فالح"),
    ]
    assert found[0][2] == "الجناة سيلقون عقابهم"
    # With no one named before, the pronoun names no one.
    assert _read(read, "وعبر سموه عن أسفه لهذا الحادث، مبيناً أن الجناة سيلقون عقابهم.\n") == []
