"""Accounts the reader cannot read (not English) are said to be unread, not given a guessed cause."""

from __future__ import annotations

from typing import Any

import pytest

from tearwise.text.data import load_default
from tearwise.text.language import FILLER_WORDS, MIN_COMMON_SHARE, reads_as_english, says_nothing, says_too_little
from tearwise.text.reader import NOT_ENGLISH, TOO_LITTLE

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


@pytest.mark.parametrize("text", OTHER_LANGUAGES[:2] + OTHER_LANGUAGES[-2:] + ["Siempre lloro", "Я плачу"])
def test_other_languages_get_the_language_notice_however_short(fake_reader: Any, text: str) -> None:
    assert fake_reader.read(text).notice == NOT_ENGLISH


def test_an_english_account_has_no_notice(fake_reader: Any) -> None:
    assert fake_reader.read("I cried after sex because I felt so safe with him.").notice is None


# --- texts that say too little to take a cause from -----------------------------------------

SAYS_NOTHING = [
    *["hello", "hi there", "test", "ok", "x", "asdf qwer", "help", "idk", "blah blah", "no idea why"],
    *["😢😢😢", "?", "123"],  # no letters at all: too little, rather than another language
]
SAYS_SOMETHING = [
    "cried",
    "sex",
    "it hurt",
    "happy tears",
    "i froze",
    "felt so guilty",
    "we made love and i wept",
    "he kept going",  # a red-flag pattern counts as saying something
    "I cried after sex last night.",
    "gf says its just her body",  # four words or more are read: no cue list holds every wording
    "My husband and I have been together ten years and last week something changed.",
]


@pytest.mark.parametrize("text", SAYS_NOTHING)
def test_a_few_words_about_nothing_get_a_notice_and_no_guessed_cause(fake_reader: Any, text: str) -> None:
    reading = fake_reader.read(text)
    assert reading.notice == TOO_LITTLE
    assert reading.labels == ("other",)
    assert reading.findings == ()
    assert reading.probabilities == pytest.approx(fake_reader.priors)


@pytest.mark.parametrize("text", SAYS_SOMETHING)
def test_short_texts_that_name_the_episode_or_a_cue_are_read(fake_reader: Any, text: str) -> None:
    assert fake_reader.read(text).notice is None


# Set aside as saying too little, yet a person in trouble may type them alone.
FEW_WORDS_THAT_MAY_MATTER = ["help", "no", "stop", "please stop", "scared", "pressured", "he insisted", "pills"]
# Nothing but fillers or keyboard mash (language.FILLER_WORDS).
ONLY_FILLERS = [
    *["ok", "why", "hello?", "hi there", "test", "start", "idk", "ok thanks", "blah blah", "fjdkslaa"],
    *["what do I do", "can I ask something", "I'm fine"],  # four words or more are set aside too
]


@pytest.mark.parametrize("text", FEW_WORDS_THAT_MAY_MATTER)
def test_setting_a_text_aside_never_lowers_a_flag(fake_reader: Any, text: str) -> None:
    from dataclasses import replace

    from tearwise.text.features import parse

    reading = fake_reader.read(text)
    raised = replace(reading, notice=None, flags={**reading.flags, "self_harm": True})
    checked = fake_reader._checked(text, parse(text), raised)
    assert checked.notice == TOO_LITTLE
    assert checked.flags["self_harm"] is True


@pytest.mark.parametrize("text", FEW_WORDS_THAT_MAY_MATTER)
def test_a_few_words_that_may_matter_are_not_mere_fillers(text: str) -> None:
    assert not says_nothing(text)


@pytest.mark.parametrize("text", ONLY_FILLERS)
def test_fillers_alone_raise_no_flag_from_the_learned_layers(fake_reader: Any, text: str) -> None:
    """The head alone raised unwanted pain on "ok" and a consent concern on "why"."""
    from dataclasses import replace

    from tearwise.text.features import parse

    assert says_nothing(text)
    reading = fake_reader.read(text)
    raised = replace(reading, notice=None, flags=dict.fromkeys(reading.flags, True), flag_sentences={"self_harm": text})
    checked = fake_reader._checked(text, parse(text), raised)
    assert checked.notice == TOO_LITTLE
    assert not any(checked.flags.values())
    assert checked.flag_sentences == {}


def test_no_red_flag_pattern_fires_on_a_filler() -> None:
    """The reader drops flags for fillers on the grounds that no pattern can raise one there."""
    from tearwise.text.flags import detect

    assert [w for w in sorted(FILLER_WORDS) if detect(w) or detect(f"{w} {w} {w}")] == []


def test_every_labelled_text_set_aside_as_saying_too_little_is_labelled_other() -> None:
    """On the short texts of data/short (and the training and dev accounts): the notice
    never takes away a cause the labels say the text states, and no text of fillers only
    (whose flags the reader drops) has a flag or a cause."""
    from tearwise.text.data import default_data_dir, load_accounts
    from tearwise.text.features import parse

    short = load_accounts(sorted((default_data_dir().parent / "short").glob("*.jsonl")))
    assert len(short) >= 300
    labelled = short + [a for a in load_default() if a.split != "test"]
    cued = [bool(p.hits or p.lexical_flags) for p in (parse(a.text) for a in labelled)]
    set_aside = [a for a, c in zip(labelled, cued, strict=True) if says_too_little(a.text, c)]
    assert len(set_aside) >= 20  # greetings, "test", "help", keyboard mash...
    wrong = [(a.id, a.text, a.labels) for a in set_aside if a.labels != ("other",)]
    assert wrong == [], f"the notice would take away a stated cause: {wrong}"
    fillers = [a for a in labelled if says_nothing(a.text)]
    assert len(fillers) >= 10
    stated = [(a.id, a.text) for a in fillers if any(a.safety.values()) or a.labels != ("other",)]
    assert stated == [], f"texts of fillers only that a writer gave a flag or a cause: {stated}"


@pytest.mark.parametrize("text", ONLY_FILLERS)
def test_fillers_raise_no_flag_with_the_shipped_models(real_reader: Any, text: str) -> None:
    reading = real_reader.read(text)
    assert reading.notice == TOO_LITTLE
    assert not any(reading.flags.values())
