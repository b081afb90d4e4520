"""Arabic extraction shortcuts taken for speed: each cheap test admits every sentence the full
reading would act on. Every example is made up."""

from __future__ import annotations

import pytest

from tracker.lang.ar.rules import _ECHO, _may_echo

#: Echoes in each form the pattern knows (a comma, a relative pointing back, a verb with "it").
_ECHOES = [
    "ارتفعت أسعار الوقود في المدينة، وهو ما أكده تجار في السوق.",
    "أغلقت البلدية الطريق الساحلي، وهي ما نفته إدارة المرور لاحقا.",
    "تأخر افتتاح الجسر الجديد، وهذا ما أوضحه مهندس في المشروع.",
    "قال الشاهد إن النيران بدأت ليلا، الأمر الذي نفته فرق الإطفاء.",
    "تراجع عدد الزوار هذا العام, وهو الأمر الذي كشفته هيئة السياحة.",
]


@pytest.mark.parametrize("sentence", _ECHOES)
def test_the_echo_pretest_admits_every_echo(sentence):
    """Every sentence the echo pattern matches passes the cheap test run before it."""
    assert _ECHO.search(sentence) is not None
    assert _may_echo(sentence)


def test_the_echo_pretest_turns_away_a_sentence_with_no_comma():
    """With no comma there is no echo, and the pattern is not run."""
    sentence = "وهو ما أكده تجار في السوق أمس"
    assert _ECHO.search(sentence) is None
    assert not _may_echo(sentence)


def test_a_long_run_of_sentences_with_no_cue_reads_its_actor_without_recursion(read):
    """The actor left by a long run of sentences with no cue is read in a loop, not by one call
    per sentence inside the next: a subject-less cue after two thousand of them still reads,
    and the one who acted before the run does not speak in it."""
    run = "وارتفعت درجات الحرارة في المدن الساحلية خلال الأسبوع الماضي. " * 2000
    result = read(
        "استبدل وزير النقل سالم العتيبي سيارته القديمة بسيارة كهربائية. "
        + run
        + "وقال: إن الطرق ستفتح قريبا أمام جميع المسافرين.\n"
    )
    assert all("العتيبي" not in a.source.name for a in result.attributions)
