"""Arabic: whom a speaker addressed, named after his verb and before a colon, is not a voice.

Made-up example. "وقال لشباب المنطقة: «…»" continues the speaker named before: read as the
voice, the addressed group became a person of its own, and the same words printed by a second
paper under the speaker's title counted as a second origin.
"""

from __future__ import annotations

from test_ar_recall24 import _contents, _voices


def test_a_group_addressed_before_a_colon_leaves_the_speaker_named_before(read):
    result = read(
        "أكد محافظ منطقة الوادي سالم بن خالد الحربي أن المشروعات الجديدة ستنجز قبل نهاية"
        " العام. وقال لشباب المنطقة: «أنتم عماد المستقبل ولن نتوانى عن دعمكم في كل"
        " المجالات». وقال لطفي الزهراني: «السوق تحسن كثيرا هذا الموسم»."
    )
    assert _voices(result) == ["سالم بن خالد الحربي", "سالم بن خالد الحربي", "لطفي الزهراني"]
    assert _contents(result)[1] == "أنتم عماد المستقبل ولن نتوانى عن دعمكم في كل المجالات"
