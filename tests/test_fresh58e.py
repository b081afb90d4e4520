"""Arabic patterns read on a fresh unseen pool (round 58, fresh58e).

Every example is made up; each test pins one general pattern.
"""

from __future__ import annotations


def test_a_quotation_left_unclosed_ends_before_the_writer_s_next_sentence(read):
    """ "مشيرا إلى أن "… . وفي سياق آخر، قال … "…"": a straight mark shaped as an opening one
    where the open quotation would close, with a writer's sentence in و after a full stop
    between them, means the paper left the first quotation unclosed: it ends at its full stop
    and the cues after it are read."""
    result = read(
        'وقال مدير الميناء ناصر الحربي إن "السفن الثلاث رست قبل الفجر. وفي سياق آخر، قالت'
        ' هيئة الأرصاد إن "الرياح ستهدأ مساء الغد". وأضافت الهيئة أن "الأمواج لن تتجاوز'
        ' مترين".'
    )
    texts = [(a.source.name, a.content) for a in result.attributions]
    assert texts[0] == ("ناصر الحربي", "السفن الثلاث رست قبل الفجر")
    weather = [c for s, c in texts if s == "هيئة الأرصاد"]
    assert weather == ["الرياح ستهدأ مساء الغد", "الأمواج لن تتجاوز مترين"]


def test_one_who_reassures_speaks_next(read):
    """ "وطمأن فلان الجماهير على …، مؤكدا أن …": reassuring is speaking, so the participle
    after it speaks for its doer, named before in full and here by his surname."""
    result = read(
        "تسلم المهندس فهد السالم رئاسة النادي أمس. وطمأن السالم الجماهير على مستقبل الفريق،"
        " مؤكدا أن الحارس الأساسي سيجدد عقده قبل نهاية الشهر."
    )
    (said,) = result.attributions
    assert said.source.name == "فهد السالم"
    assert said.content.startswith("الحارس الأساسي سيجدد عقده")


def test_a_statement_passed_on_by_others_ends_its_issuer_s_name(read):
    """ "وجاء في بيان للجماعة تداولته حسابات …": the verb with "it" after the issuer is a
    relative clause on the statement, no part of the issuer's name."""
    result = read(
        "وقالت جماعة المزارعين في بيان لها إن المحصول تضرر. وجاء في بيان للجماعة تداولته"
        " حسابات مؤيدة لها أن الأمطار أتلفت نصف الحقول."
    )
    names = {a.source.name for a in result.attributions}
    assert names == {"جماعة المزارعين"}
