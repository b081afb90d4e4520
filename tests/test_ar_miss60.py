"""Arabic statements the extractor missed on unseen days: a view held or a finding reached
("ذهب إلى أن", "توصل إلى أن")."""

from __future__ import annotations


def _read(read, text: str) -> list[tuple[str, str, str]]:
    result = read(text)
    return [(a.cue, a.source.name, a.content) for a in result.attributions]


def test_a_view_held_with_dhahaba_ila_anna_is_the_holders_statement(read):
    """ "ويذهب الناقد فلان إلى أن …" (holds that): his view, as "يرى أن"; going somewhere
    ("ذهب الوفد إلى المدينة") says nothing, even with "أن" further on."""
    assert _read(read, "ويذهب الناقد سامي العتيبي إلى أن المهرجان فقد بريقه هذا العام.\n") == [
        ("يذهب", "سامي العتيبي", "المهرجان فقد بريقه هذا العام")
    ]
    assert _read(read, "وذهب بعض المتابعين إلى أن المدرب أخطأ في التشكيلة.\n") == [
        ("ذهب", "بعض المتابعين", "المدرب أخطأ في التشكيلة")
    ]
    assert not _read(read, "وذهب الوفد إلى المدينة بعد أن انتهى الاجتماع الأول.\n")


def test_a_finding_reached_with_tawassala_ila_anna_is_the_studys(read):
    """ "وتوصلت الدراسة إلى أن …" (reached the finding): the study's statement, as "خلصت
    إلى أن"; "توصل الطرفان إلى اتفاق" reports an agreement, no statement."""
    assert _read(read, "وتوصلت الدراسة إلى أن المشي اليومي يخفض ضغط الدم لدى الكبار.\n") == [
        ("توصلت", "الدراسة", "المشي اليومي يخفض ضغط الدم لدى الكبار")
    ]
    assert not _read(read, "وتوصل الطرفان إلى اتفاق بعد أن استمرت المحادثات أسبوعا.\n")


def test_a_clause_answering_with_fa_inna_ends_the_content_before_it(read):
    """ "وبينما أشارت تقارير إلى أن …، فإن مصادر النادي تؤكد أنه …": "فإن" after a comma,
    with a subject and its cue after it, answers the clause before and opens a statement of
    its own; the first content ends at the comma, and the second voice is read."""
    assert _read(
        read,
        "وبينما أشارت تقارير صحفية إلى أن المهاجم غير متحمس للانتقال، فإن مصادر في النادي "
        "تؤكد أنه وافق على العرض.\n",
    ) == [
        ("أشارت", "تقارير صحفية", "المهاجم غير متحمس للانتقال"),
        ("تؤكد", "مصادر في النادي", "وافق على العرض"),
    ]
    # A condition's answer inside what was said stays in it.
    ((_, _, said),) = _read(read, "وقال المدير إنه إذا استمر الركود، فإن الشركة ستغلق فروعها.\n")
    assert said.endswith("الشركة ستغلق فروعها")
