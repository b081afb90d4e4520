"""An expert's epithet after the expert was named with a title (round 57, fresh57a).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def test_expert_epithet_is_the_titled_expert_quoted_before(read):
    """ "توقع أستاذ الاقتصاد … الدكتور فلان أن …" then "ورأى الخبير المالي" and "وقال الباحث
    والمحلل الاقتصادي": the writer's second names for the expert he just quoted."""
    result = read(
        "توقع أستاذ الاقتصاد في جامعة الساحل الدكتور ماجد الفرحان أن تتراجع أسعار المساكن"
        " في العام المقبل. ورأى الخبير المالي الخليجي أن المصارف ستخفض فوائد القروض قريبا."
        " وقال الباحث والمحلل الاقتصادي، إن الطلب على الشقق الصغيرة سيرتفع بعد القرار."
    )
    assert [a.source.name for a in result.attributions] == ["ماجد الفرحان"] * 3
    assert len({a.source.id for a in result.attributions}) == 1


def test_epithet_going_on_to_a_field_and_a_name_is_not_the_expert_before(read):
    """ "وأضاف الباحث … والباحث في شؤون البحار الشيخ فلان «…»": an epithet carried on by في
    to a field opens another man's description, never the expert quoted before; the bare
    epithet still is him."""
    result = read(
        "قال مدير مركز الدراسات البحرية الدكتور ماجد الفرحان إن مخزون الأسماك تراجع هذا العام."
        " وأضاف الخبير البيئي أن حرارة المياه ارتفعت في الخليج."
        " وأكد الباحث البيئي والاجتماعي والباحث في شؤون البحار الشيخ سالم بن علي الكعبي"
        " «إن محطات التحلية تزيد ملوحة المياه»."
    )
    names = [a.source.name for a in result.attributions]
    assert names[:2] == ["ماجد الفرحان", "ماجد الفرحان"]
    assert names[2] != "ماجد الفرحان"


def test_epithet_after_a_bare_name_without_title_stays_the_epithet(read):
    """A bare name with no title before ("ولفت فلان إلى …", a poet or an author the text
    cites) is not taken for the expert an epithet names; a titled expert is."""
    result = read(
        "وقال المهندس سامي العطار، أستاذ العمارة في جامعة الوادي، إن المباني القديمة"
        " تحتاج إلى ترميم عاجل. ورأى الخبير المعماري أن تكلفة الترميم أقل من الهدم."
    )
    assert [a.source.name for a in result.attributions] == ["سامي العطار", "سامي العطار"]
    result = read(
        "ويقول زيد الناصر إن البحر كان أرحم من البر. وبين الباحث أن القصائد تكثر فيها صور البحر."
    )
    assert result.attributions[-1].source.name != "زيد الناصر"
