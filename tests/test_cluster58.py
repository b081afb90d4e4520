"""Voices a fresh event-group set (round 58, cluster58) read with a word too many.

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("said", "voice"),
    [
        ("وقال الحربي الموجود حاليا في باريس إن", "سالم الحربي"),
        ("وحذر الحربي الموجود حاليا في باريس من أن", "سالم الحربي"),
        ("وقالت المهندسة ليلى العمري المتواجدة في موقع البناء إن", "ليلى العمري"),
    ],
)
def test_where_the_voice_is_staying_is_no_part_of_the_name(read, said, voice):
    """ "وقال فلان الموجود حاليا في …", "… المتواجدة في …": where the speaker is at the time
    follows his name; it is not a surname, so a bare family name still resolves to the man
    named in full before."""
    text = (
        "ووصل وزير التجارة سالم الحربي إلى فرنسا في زيارة تستمر ثلاثة أيام.\n"
        f"{said} صادرات البلاد من التمور تضاعفت خلال العام الماضي.\n"
    )
    voices = [a.source.name for a in read(text).attributions]
    assert voices[-1] == voice


@pytest.mark.parametrize(
    ("credit", "voice"),
    [
        ("بحسب تعداد لوكالة فرانس برس", "وكالة الصحافة الفرنسية"),
        ("وفقا للتعداد العام للسكان", "التعداد العام للسكان"),
    ],
)
def test_a_count_is_a_record_credited_to_who_made_it(read, credit, voice):
    """ "بحسب تعداد لوكالة …", "وفقا للتعداد العام …": a count (تعداد) is a record, as a toll
    or a statistic is; its maker named in ل is the voice, else the count itself."""
    text = f"وقتل أكثر من مئتي شخص في المنطقة منذ بداية العام {credit}.\n"
    voices = [a.source.name for a in read(text).attributions]
    assert voices == [voice]


@pytest.mark.parametrize(
    "explained",
    [
        "وأوضح الأسباب قائلا",
        "وأوضح الفارق بين تصميمه وتصميم المهندس فهد قائلا",
    ],
)
def test_what_a_voice_explains_is_not_its_speaker(read, explained):
    """ "وأوضح الأسباب قائلا «…»", "وأوضح الفارق بين … قائلا": the noun right after the
    verb is what is explained; the quotation is the words of the speaker named before."""
    text = (
        "وقال المهندس سامي العلي إن الجسر الجديد سيفتتح قبل نهاية الصيف.\n"
        f"{explained} «جسرنا أطول بكثير ويتحمل ضغطا أكبر».\n"
    )
    voices = [a.source.name for a in read(text).attributions]
    assert voices == ["سامي العلي", "سامي العلي"]


@pytest.mark.parametrize(
    ("put_out", "voice"),
    [
        ("ونشرت الجماعة شريط فيديو أعلنت فيه", "الجماعة"),
        ("وبث التنظيم مقطع فيديو زعم فيه", "التنظيم"),
    ],
)
def test_a_recording_put_out_is_no_part_of_its_voice(read, put_out, voice):
    """ "نشرت الجماعة شريط فيديو أعلنت فيه أن …": the recording in construct after the voice
    is what it put out, and the verb of saying in it is the voice's."""
    text = f"{put_out} أن مقاتليها ما زالوا يسيطرون على الجسر الشرقي.\n"
    voices = [a.source.name for a in read(text).attributions]
    assert voices == [voice]
