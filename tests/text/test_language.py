"""Accounts the reader cannot read (not English) are said to be unread, not given a guessed cause."""

from __future__ import annotations

from typing import Any

import pytest

from tearwise.text.data import load_default
from tearwise.text.language import MIN_COMMON_SHARE, reads_as_english
from tearwise.text.reader import NOT_ENGLISH

# Written for this test, each saying roughly "I always cry after sex with my partner and don't know why".
OTHER_LANGUAGES = [
    "Siempre termino llorando después de acostarme con mi novia y no entiendo la razón.",
    "Après chaque fois avec mon mari je pleure sans savoir pourquoi, ça me fait peur.",
    "Nach dem Sex mit meiner Freundin muss ich jedes Mal weinen und weiß nicht, woher das kommt.",
    "Ogni volta dopo aver fatto l'amore con il mio compagno piango e non capisco il motivo.",
    "Sempre que durmo com o meu namorado acabo chorando e não sei explicar a causa disso.",
    "Na het vrijen met mijn vriend moet ik altijd huilen en ik snap niet goed waarom.",
    "После близости с мужем я всегда плачу и не понимаю почему.",
    "和男朋友亲热以后我总是会哭，我不知道为什么。",
]
NOT_WORDS = ["😢😢😢", "... !!! ???", "123 456 789", "word " * 300]
SHORT_OR_TERSE_ENGLISH = [
    "sobbed post-orgasm",
    "ugh",
    "Cried. Again. No idea.",
    "Mine's purely mechanical: climax, eyes water, done, zero feelings involved, usually grinning.",
    "bf cried during, said it was happy tears, idk",
    "Flashbacks. Crying. Assault history, age twelve. Nightmares. Referral requested, female clinician preferred.",
    "y tho, um, my ma said it's normal",
]


@pytest.mark.parametrize("text", OTHER_LANGUAGES + NOT_WORDS)
def test_other_languages_and_non_words_do_not_read_as_english(text: str) -> None:
    assert not reads_as_english(text)


@pytest.mark.parametrize("text", SHORT_OR_TERSE_ENGLISH)
def test_short_and_terse_english_is_read(text: str) -> None:
    assert reads_as_english(text)


def test_every_training_and_dev_account_reads_as_english() -> None:
    unread = [a.id for a in load_default() if a.split != "test" and not reads_as_english(a.text)]
    assert unread == [], f"read as not English (MIN_COMMON_SHARE={MIN_COMMON_SHARE}): {unread}"


def test_an_unread_account_gets_a_notice_the_priors_and_no_findings(fake_reader: Any) -> None:
    reading = fake_reader.read(OTHER_LANGUAGES[0])
    assert reading.notice == NOT_ENGLISH
    assert reading.labels == ("other",)
    assert reading.findings == ()
    assert reading.probabilities == pytest.approx(fake_reader.priors)


def test_an_unread_account_keeps_any_flag_raised(fake_reader: Any) -> None:
    text = "Siempre lloro después de estar con mi pareja y a veces pienso en kill myself, no sé qué hacer."
    reading = fake_reader.read(text)
    assert reading.notice == NOT_ENGLISH
    assert reading.flags["self_harm"] is True


def test_an_english_account_has_no_notice(fake_reader: Any) -> None:
    assert fake_reader.read("I cried after sex because I felt so safe with him.").notice is None
