"""Arabic: who acts in a sentence with no cue, and so speaks in a later subject-less cue.

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def test_a_name_inside_the_object_of_thanks_is_no_actor(read):
    """ "وقدم الوزير شكره وامتنانه لأمير المنطقة الأمير فلان": the name is whom he thanks;
    "شكره" is no person, and the later "وأكد" is not given to a voice of that name."""
    result = read(
        "افتتاح المركز\n\n"
        "وقدم الوزير شكره وامتنانه لأمير المنطقة الأمير سالم بن فهد على دعمه للمركز. "
        "وأكد أن المركز سيخدم الباحثين في المنطقة.\n"
    )
    names = {a.source.name for a in result.attributions}
    assert "شكره" not in names
    assert "سالم بن فهد" not in names
