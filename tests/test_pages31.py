"""Unseen web pages, second round: live pages, explainers, transcripts, embedded posts (made-up)."""

from __future__ import annotations


def test_a_post_written_on_the_x_platform_is_its_writers(read):
    """ "وكتب فلان على منصة إكس:" (or "على حسابه في منصة إكس") with the post on the next line,
    as an embedded post is copied, gives the post to its writer."""
    result = read(
        "وكتب مركز الرصد الجوي على منصة إكس:\n"
        '"تستمر الرياح النشطة على السواحل حتى صباح الغد مع ارتفاع الموج."\n'
        "وكتب رئيس النادي، سامر الخطيب، على حسابه في منصة إكس:\n"
        "الفريق سيعود أقوى في الموسم المقبل، ونحن نثق باللاعبين.\n"
        "— سامر الخطيب (@samer_k) May 4, 2025\n"
    )
    assert [(a.source.name, a.cue) for a in result.attributions] == [
        ("مركز الرصد الجوي", "كتب"),
        ("سامر الخطيب", "كتب"),
    ]
