"""Who denies, when "أي" ("any") opens what is denied. Every example is made up."""

from __future__ import annotations


def test_a_foreign_surname_before_any_stays_in_the_deniers_name(read) -> None:
    """ "ونفى الوزير جون كالدويري أي علاقة …": a surname no list knows goes on the given name
    before it, and "any" opens the denial after the whole name; a plain noun before "any"
    opens it only once a name is closed (a definite word, or a name after a body's head:
    "حزب صالح عقد أي …")."""

    def denials(text: str) -> list[tuple[str, str]]:
        return [(a.source.name, a.content.split()[0]) for a in read(text).attributions]

    assert denials(
        "ونفت وزيرة الخارجية الكاردونية لويز مابونديرا أي علاقة لبلدها بالاشتباكات."
    ) == [("لويز مابونديرا", "أي")]
    assert denials("ونفى وزير الخارجية البلاري جون كالدويري أي علاقة لبلاده بالهجوم.") == [
        ("جون كالدويري", "أي")
    ]
    assert denials("ونفى حزب صالح عقد أي اجتماعات مع الوسطاء.") == [("حزب صالح", "عقد")]
    assert denials("ونفى حزب الحلبي عقد أي اجتماعات مع الوسطاء.") == [("حزب الحلبي", "عقد")]
