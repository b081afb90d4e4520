"""Round 55: a man named after a verb he suffered is no speaker of the "وقال" after it.

"وقُتل الضابط فلان في …. وقال «…»": written without vowels, a verb of being killed, wounded,
arrested or dismissed reads like an act with its subject; the subject-less "وقال" after it goes
on from the speaker before, not from the man the sentence is about.

Every example is made up.
"""

from __future__ import annotations


def _voices(result: object) -> list[tuple[str, str]]:
    return [(a.source.name, a.content) for a in result.attributions]  # type: ignore[attr-defined]


def test_a_man_killed_is_not_the_next_speaker(read):
    result = read(
        "وقال المتحدث باسم الجيش العقيد سامر الحلبي إن القوات صدت الهجوم على المعبر. "
        "وقتل النقيب كريم الأحمد في الاشتباكات التي دارت قرب السوق. "
        "وقال: «سنواصل ملاحقة المهاجمين حتى نهاية العملية»."
    )
    voices = _voices(result)
    assert voices[-1] == ("سامر الحلبي", "سنواصل ملاحقة المهاجمين حتى نهاية العملية")


def test_a_man_who_acted_is_still_the_next_speaker(read):
    """The control: a man who did something ("وزار") speaks in the "وقال" after it."""
    result = read(
        "وقال المتحدث باسم الجيش العقيد سامر الحلبي إن القوات صدت الهجوم على المعبر. "
        "وزار النقيب كريم الأحمد في المساء الجرحى في المستشفى الميداني. "
        "وقال: «سنواصل ملاحقة المهاجمين حتى نهاية العملية»."
    )
    voices = _voices(result)
    assert voices[-1][0] == "كريم الأحمد"
