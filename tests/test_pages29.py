"""Unseen web pages: site chrome around an article's body (made-up pages of several kinds)."""

from __future__ import annotations


def test_numbered_and_other_related_lists_and_readers_comments_are_no_claims(read, read_en):
    """Headlines under "شاهد أيضا" / "قد يهمك أيضا", numbered ones under "الأكثر قراءة", and
    readers' comments below "4 تعليقات" are no claims of the article."""
    arabic = read(
        "قال مدير الميناء هشام الزين إن حركة الحاويات زادت بنسبة كبيرة خلال الشهر الماضي.\n"
        "شاهد أيضا\n"
        "وزير التجارة: لا نية لرفع الرسوم الجمركية على الأجهزة المنزلية\n"
        "الأكثر قراءة\n"
        "1. مصادر: تغيير مرتقب في إدارة هيئة الموانئ خلال أسابيع\n"
        "2. نقابة البحارة تنفي التوقيع على اتفاق الأجور الجديد\n"
        "وأضاف الزين أن الميناء سيفتتح رصيفا جديدا في الربيع المقبل.\n"
        "3 تعليقات\n"
        "أبو فراس: قال لي صديق يعمل هناك إن الرصيف لن يكتمل قبل سنتين.\n"
        "ناصر: الأسعار لم تنخفض رغم كل هذه الحاويات.\n"
    )
    assert [a.source.name for a in arabic.attributions] == ["هشام الزين"] * 2
    english = read_en(
        "The port director, Hisham Zein, said container traffic rose sharply last month.\n"
        "Comments (2)\n"
        "Abu Firas: a friend who works there told me the new quay will take years.\n"
    )
    assert [a.cue for a in english.attributions] == ["said"]
