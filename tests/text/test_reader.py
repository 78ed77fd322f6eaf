"""Reader plumbing with the fake embedder: findings, explanations, flags and their sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tearwise.knowledge.ids import CAUSE_IDS, FLAG_IDS, FlagId
from tearwise.text.constants import MAX_EVIDENCE_WEIGHT


def test_reading_has_every_cause_and_flag(fake_reader: Any) -> None:
    reading = fake_reader.read("We made love and I cried. It was lovely.")
    assert set(reading.probabilities) == set(CAUSE_IDS)
    assert set(reading.flags) == set(FLAG_IDS)
    assert reading.labels


def test_flag_sentence_is_the_clause_that_raised_it(fake_reader: Any) -> None:
    reading = fake_reader.read("We had a nice dinner. Afterwards I cried and thought about killing myself. He slept.")
    assert reading.flags["self_harm"] is True
    assert reading.flag_sentences["self_harm"] == "Afterwards I cried and thought about killing myself."


def test_findings_quote_the_account_and_are_capped(fake_reader: Any) -> None:
    text = "It was wonderful. I felt so safe and loved. Every time I climax the tears come. It didn't hurt at all."
    reading = fake_reader.read(text)
    assert reading.findings
    for finding in reading.findings:
        assert finding.sentence in text
        assert abs(finding.weight) <= MAX_EVIDENCE_WEIGHT
        assert finding.cause_id in CAUSE_IDS
        assert finding.why


def test_a_denied_cause_is_explained_with_the_denying_clause(real_reader: Any) -> None:
    """With the real model: hashed stand-in vectors would make the head's pain score noise."""
    reading = real_reader.read("It didn't hurt at all, not even a little.")
    negative = [f for f in reading.findings if f.cause_id == "physical_pain"]
    assert negative
    for finding in negative:
        assert finding.weight < 0
        assert "didn't hurt" in finding.sentence


@pytest.mark.parametrize(
    "text",
    [
        "No, I'm safe, I'm not going to hurt myself.",
        "I cry after sex most nights. To everyone asking: no, I'm safe, I'm not going to hurt myself.",
        "I'm not going to hurt myself, but some nights I think everyone would be better off without me.",
    ],
)
def test_a_denied_self_injury_is_never_shown_as_a_denied_pain(real_reader: Any, text: str) -> None:
    """'I'm not going to hurt myself' says nothing about pain during sex (fifteenth session)."""
    reading = real_reader.read(text)
    assert reading.flags["self_harm"] is True
    assert not [f for f in reading.findings if f.cause_id == "physical_pain" and "hurt myself" in f.sentence]


def test_positive_findings_point_at_the_strongest_clause(fake_reader: Any) -> None:
    from tearwise.text.features import featurize

    reader = fake_reader
    text = "The weather was grey. I cried because sex always hurts so much with my vaginismus. We watched TV."
    reading = reader.read(text)
    for finding in reading.findings:
        if finding.weight > 0:
            parsed, x, vectors = featurize([text], reader.embedder)
            scores = reader._unit_scores(parsed, vectors, x, reader.head.logits(x))[0]
            j = CAUSE_IDS.index(finding.cause_id)
            best = parsed[0].units[int(scores[:, j].argmax())].text
            marked = [u.text for u in parsed[0].units if u.marked]
            assert finding.sentence == best or finding.sentence in marked


@pytest.mark.parametrize(
    "text",
    [
        "It hurt. I cried. He held me and I felt safe.",
        "It didn't hurt at all, I was just happy. I cried when I came.",
        "one clause only",
        "I wasn't scared. I didn't feel sad. It never hurts.",
        "My ex used to do that and I froze. Then I cried because I felt ashamed, it was sinful.",
    ],
)
def test_left_out_vectors_equal_rebuilding_the_account_without_each_clause(fake_reader: Any, text: str) -> None:
    from dataclasses import replace

    import numpy as np

    from tearwise.text.features import Parsed, featurize, left_out_vectors, vector

    def without_unit(parsed: Parsed, index: int) -> Parsed:
        hits = tuple(replace(h, unit=h.unit - (h.unit > index)) for h in parsed.hits if h.unit != index)
        return Parsed(
            parsed.units[:index] + parsed.units[index + 1 :], hits, parsed.lexical_flags, parsed.leaning_flags
        )

    parsed, x, vectors = featurize([text], fake_reader.embedder)
    account, units = parsed[0], vectors[0]
    expected = [vector(without_unit(account, i), np.delete(units, i, axis=0)) for i in range(len(account.units))]
    np.testing.assert_allclose(left_out_vectors(account, units), np.stack(expected), atol=1e-9)
    # as the reader calls it, with the account's own feature row from featurize
    np.testing.assert_allclose(left_out_vectors(account, units, x[0]), np.stack(expected), atol=1e-9)


TYPESET_ACCOUNTS = [
    "I didn't want to, I said \"not tonight\" and he kept going. I can't stop crying and I don't want to be here.",
    "It's like every bit of stress I'd been holding just left my body when I came, and I couldn't stop the tears.",
    "My ex used to pin me down. Last night my girlfriend's hand on my wrist and I was back there, I couldn't breathe.",
]


@pytest.mark.parametrize("text", TYPESET_ACCOUNTS)
def test_curly_apostrophes_and_quotes_read_exactly_as_plain_ones(real_reader: Any, text: str) -> None:
    """Phones type ’ and “ ”: the encoder, cues, negation and flags all see the plain characters
    the model was trained on, while the user's sentences are quoted as they wrote them."""

    def typeset(words: str) -> str:
        return words.replace("'", "\u2019").replace(' "', " \u201c").replace('" ', "\u201d ")

    plain, curly = real_reader.read(text), real_reader.read(typeset(text))
    assert curly.probabilities == plain.probabilities
    assert curly.labels == plain.labels
    assert curly.flags == plain.flags
    assert curly.flag_sentences == {flag: typeset(s) for flag, s in plain.flag_sentences.items()}


def _reader_with_output_bias(fake_reader: Any, output: int, bias_value: float) -> Any:
    """The fake reader with its clause layer off and the head's bias for ``output`` (an index
    into the head's outputs) set to ``bias_value``: far above or below any threshold."""
    from dataclasses import replace

    from tearwise.text.reader import TextReader

    head = fake_reader.head
    bias = head.bias.copy()
    bias[output] = bias_value
    return TextReader(fake_reader.embedder, replace(head, bias=bias), fake_reader.priors, clause_flags=None)


def _reader_whose_head_always_raises(fake_reader: Any, flag: str) -> Any:
    """A head whose ``flag`` output is always far above threshold, so only the head-alone rule decides."""
    from tearwise.text.training import N_CAUSES

    return _reader_with_output_bias(fake_reader, N_CAUSES + FLAG_IDS.index(flag), 1e3)


@pytest.mark.parametrize(
    ("text", "clauses", "raised"),
    [
        ("We made love and I cried afterwards.", 1, False),
        ("We made love. I cried afterwards.", 2, False),
        ("We made love. I cried afterwards. He held me.", 3, True),
        ("We made love. I cried afterwards. He held me. Then we slept.", 4, True),
    ],
)
def test_the_head_alone_raises_self_harm_only_from_three_clauses_on(
    fake_reader: Any, text: str, clauses: int, raised: bool
) -> None:
    from tearwise.text.features import parse

    reader = _reader_whose_head_always_raises(fake_reader, "self_harm")
    assert len(parse(text).units) == clauses
    reading = reader.read(text)
    assert reading.flags["self_harm"] is raised
    assert ("self_harm" in reading.flag_sentences) is raised


@pytest.mark.parametrize("flag", [f for f in FLAG_IDS if f != "self_harm"])
def test_the_head_alone_still_raises_the_other_flags_on_one_clause(fake_reader: Any, flag: str) -> None:
    reading = _reader_whose_head_always_raises(fake_reader, flag).read("We made love and I cried afterwards.")
    assert reading.flags[flag] is True
    assert reading.flag_sentences[flag] == "We made love and I cried afterwards."


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        # Wanted pain on a short account: the head alone no longer counts...
        ("We went rough, exactly how I asked. I cried.", False),
        ("She likes it to sting, we have a safeword. She cried and said green.", False),
        # ...unless the account says it went beyond, or stopped being, what was wanted,
        ("I asked for it rough but it was too much. I cried.", True),
        ("I wanted it at first. Then I cried.", True),
        # ...or says nothing of wanting,
        ("We had sex. I cried.", True),
        # ...or is long: there the wanting may be about something else.
        ("I asked for it rough. I cried. He held me. We talked. Then we slept.", True),
        # A recovery story, short or long: pain words everywhere, the pain over now (twentieth
        # session)...
        ("Sex used to hurt. After physio it doesn't hurt anymore. I cried with relief.", False),
        ("For two years it burned. Last night nothing hurt at all, and I cried.", False),
        ("Zero pain this time. I cried. He held me. We slept. It was lovely.", False),
        # ...but not pain that is only hoped to be over.
        ("I hope one day it won't hurt anymore. I cried. He held me.", True),
        ("We had sex. I cried. He held me.", True),
    ],
)
def test_the_head_alone_raises_unwanted_pain_only_where_the_pain_was_not_said_wanted_or_over(
    fake_reader: Any, text: str, raised: bool
) -> None:
    reading = _reader_whose_head_always_raises(fake_reader, "unwanted_pain").read(text)
    assert reading.flags["unwanted_pain"] is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("It was not a flashback. I cried because I felt safe. He held me.", False),
        ("Nothing came back this time. I cried. He held me.", False),
        ("I was sure I'd triggered her, but she said nothing came up. I cried. He held me.", False),
        ("I used to dissociate. EMDR worked, that doesn't happen anymore. I cried. He held me.", False),
        # ...and weaker denials, which keep only the head's score from raising it (twenty-third session)
        ("It doesn't come up in bed anymore. I cried because I felt safe.", False),
        ("My crying has nothing to do with the past. I cried. He held me.", False),
        ("I didn't think about him once. I cried. He held me.", False),
        ("It was a good memory. I cried. He held me.", False),
        # ...the past told as background only, healed, or absent (twenty-fourth session)
        ("I was hurt years ago. That's context, not what this is. I cried. He held me.", False),
        ("I did years of therapy and that part is healed. I cried. He held me.", False),
        ("Nothing like that has ever happened to me. I cried. He held me.", False),
        ("I don't have any bad stuff in my past. I cried. He held me.", False),
        ("Something happened at 19, but this was happy crying. He held me.", False),
        ("That part is healed, but I still freeze sometimes. I cried. He held me.", True),
        ("I wish that part was healed. I cried. He held me.", True),
        ("It doesn't come up in bed, but sometimes I still freeze. I cried.", True),
        ("I have no good memories of that house. I cried. He held me.", True),
        ("Not a flashback exactly, but I cried. He held me.", True),
        ("I cried. He held me. We slept.", True),
    ],
)
def test_the_head_alone_does_not_raise_a_trauma_trigger_the_account_denies(
    fake_reader: Any, text: str, raised: bool
) -> None:
    # The trauma cause held low, so the flag cannot come from the label (FLAG_WITH_CAUSE).
    reader = _reader_with_output_bias(
        _reader_whose_head_always_raises(fake_reader, "trauma_trigger"), CAUSE_IDS.index("unresolved_trauma"), -1e3
    )
    reading = reader.read(text)
    assert "unresolved_trauma" not in reading.labels
    assert reading.flags["trauma_trigger"] is raised


#: (text, head score, whether the head alone may raise the flag): no word of the field a trigger is
#: told in (twenty-sixth session).
WEAK_TRAUMA_SCORES = [
    # A weak score alone no longer counts...
    ("Twelve-hour shifts all week. I cried after, like a valve opening. She held me.", 0.3, False),
    ("We made love and I cried afterwards.", 0.49, False),
    # ...a strong one still does,
    ("Twelve-hour shifts all week. I cried after, like a valve opening. She held me.", 0.5, True),
    ("We made love and I cried afterwards.", 0.9, True),
    # ...and any word of the field lets a weak one count: a reaction, the past, a sense, a person.
    ("I went rigid and cried. He held me.", 0.3, True),
    ("When he breathed on my neck I was back in that room. I cried.", 0.3, True),
    ("His aftershave smelled like my stepdad's. I cried.", 0.3, True),
    ("Something about tonight took me somewhere else. I cried.", 0.3, True),
    # A denial still holds back any score.
    ("It was not a flashback. I cried because I felt safe.", 0.9, False),
]
#: The same for consent's field (twenty-ninth session).
WEAK_CONSENT_SCORES = [
    # A weak score alone no longer counts...
    ("I've felt so lonely lately. I cried after, and he held me.", 0.3, False),
    ("We made love and I cried afterwards.", 0.49, False),
    # ...a strong one still does,
    ("I've felt so lonely lately. I cried after, and he held me.", 0.5, True),
    ("We made love and I cried afterwards.", 0.9, True),
    # ...and any word of the field lets a weak one count: a no held back, pressure, power, drink,
    # a body that froze, a condom, an age.
    ("I didn't really want to. I cried after.", 0.3, True),
    ("He went on about it until I gave in. I cried.", 0.3, True),
    ("He's my manager. I cried after.", 0.3, True),
    ("I'd had a lot to drink. I cried after.", 0.3, True),
    ("I froze. I cried after.", 0.3, True),
    ("We'd agreed on a condom. I cried after.", 0.3, True),
    ("I'm 15 and he's my girlfriend's brother. I cried after.", 0.3, True),
    # A stop honoured still holds back any score.
    ("I said 'wait' and he stopped instantly. I cried about work. He held me.", 0.9, False),
]


@pytest.mark.parametrize(
    ("flag", "text", "score", "raised"),
    [("trauma_trigger", *case) for case in WEAK_TRAUMA_SCORES]
    + [("consent_concern", *case) for case in WEAK_CONSENT_SCORES],
)
def test_a_weak_head_score_alone_raises_no_flag_where_nothing_of_its_field_is_said(
    flag: FlagId, text: str, score: float, raised: bool
) -> None:
    from tearwise.text.features import parse
    from tearwise.text.reader import TextReader

    assert TextReader._head_may_raise(flag, parse(text), None, {}, score) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        # A stop asked for and honoured at once, with no pressure told: the head alone no longer counts.
        ("I said 'wait' and he stopped instantly. I cried about work. He held me.", False),
        ("partner cried during, said stop, i stopped. we talked it through.", False),
        ("He stopped right away when I cried, and we cuddled.", False),
        # ...nor where a yes was said and meant,
        ("I said yes and meant it, and still cried after. He held me.", False),
        ("She'd wanted it all night, she said, and texted thanks for checking.", False),
        # ...nor where a no was taken well or consent told as plain (twenty-fourth session),
        ("I said no, not tonight. He just said okay and kissed my forehead. Later I cried.", False),
        ("I said not right now and she stopped straight away, no sulking. I cried later.", False),
        ("He'd never push, it's always my call. I cried after anyway.", False),
        ("What we do is completely wanted. I cried. She held me.", False),
        ("I asked if I had done something. He said no, the sex was fine, he would never push me. He cried.", False),
        ("It wasn't completely consensual. I cried. He held me.", True),
        ("He doesn't take no for an answer, though he says he'd never push. I cried.", True),
        ("He never takes no for an answer, though it's always my call, he says. I cried.", True),
        ("I said no and he said okay, but then he kept going. I cried.", True),
        ("I said yes and meant it at first, then he pushed for more. I cried.", True),
        # ...nor where a yes is told in other words (twenty-ninth session),
        ("It was my idea and I loved it. I cried after anyway. He held me.", False),
        ("She said yes out loud, twice. She cried after. I held her.", False),
        ("I went to stop and she said don't you dare stop. She cried. I held her.", False),
        ("He asked before every single thing. I cried because it felt so respectful.", False),
        # ...unless it is only supposed, or turned, or pressure is told elsewhere,
        ("I told myself she wanted it. She cried after. I held her.", True),
        ("Not because she wanted to, she says now. She cried. I held her.", True),
        ("She started it, but halfway through she went quiet. She cried.", True),
        ("I wanted to. Later he pushed for more than I agreed to. I cried.", True),
        # ...but it still counts where pressure is told anywhere in the account,
        ("He stopped right away that time, but usually he sulks for days if I say no. I cried.", True),
        ("I said stop and eventually he stopped, after I pushed him off. I cried.", True),
        ("I said stop and he finally stopped. I cried.", True),
        # ...or where nothing says the stop was honoured.
        ("I said stop. I cried. He held me.", True),
    ],
)
def test_the_head_alone_does_not_raise_a_consent_concern_where_a_stop_was_honoured_a_yes_meant_or_a_no_taken(
    fake_reader: Any, text: str, raised: bool
) -> None:
    reading = _reader_whose_head_always_raises(fake_reader, "consent_concern").read(text)
    assert reading.flags["consent_concern"] is raised


def test_the_self_harm_patterns_still_raise_it_on_one_clause(fake_reader: Any) -> None:
    reader = _reader_whose_head_always_raises(fake_reader, "trauma_trigger")
    assert reader.read("After sex I want to die.").flags["self_harm"] is True


def test_a_trauma_label_always_comes_with_the_trauma_flag(fake_reader: Any) -> None:
    """The guide makes "trauma resurfacing" (the cause) and "triggered now" (the flag) one finding."""
    from tearwise.text.training import N_CAUSES

    text = "We made love. I cried afterwards. He held me."
    trauma = CAUSE_IDS.index("unresolved_trauma")
    flag = N_CAUSES + FLAG_IDS.index("trauma_trigger")
    silent = _reader_with_output_bias(fake_reader, flag, -1e3)
    assert silent.read(text).flags["trauma_trigger"] is False
    both = _reader_with_output_bias(silent, trauma, 1e3)
    reading = both.read(text)
    assert "unresolved_trauma" in reading.labels
    assert reading.flags["trauma_trigger"] is True
    assert reading.flag_sentences["trauma_trigger"] in text


LEANING_TRAUMA = "I was raped at 19. Last night I cried with relief, triggered lol. He held me."


def _reader_silent_on_trauma(fake_reader: Any) -> Any:
    """The head's trigger score and trauma cause held far below threshold: only the patterns speak."""
    from tearwise.text.training import N_CAUSES

    silent = _reader_with_output_bias(fake_reader, N_CAUSES + FLAG_IDS.index("trauma_trigger"), -1e3)
    return _reader_with_output_bias(silent, CAUSE_IDS.index("unresolved_trauma"), -1e3)


def test_a_leaning_pattern_hit_raises_no_flag_without_another_layer(fake_reader: Any) -> None:
    """Past harm near a held-back reaction (``flags.Rule.alone``) is found, but not a flag by itself."""
    from tearwise.text.features import parse

    assert "trauma_trigger" in parse(LEANING_TRAUMA).leaning_flags
    reading = _reader_silent_on_trauma(fake_reader).read(LEANING_TRAUMA)
    assert reading.flags["trauma_trigger"] is False
    assert "trauma_trigger" not in reading.flag_sentences


def test_a_leaning_pattern_hit_counts_when_the_head_agrees_and_names_its_clause(fake_reader: Any) -> None:
    reading = _reader_whose_head_always_raises(fake_reader, "trauma_trigger").read(LEANING_TRAUMA)
    assert reading.flags["trauma_trigger"] is True
    assert reading.flag_sentences["trauma_trigger"] == "I was raped at 19."


def test_a_pattern_that_stands_alone_needs_no_other_layer(fake_reader: Any) -> None:
    text = "I was raped at 19. Last night when he pinned my arms I froze and cried."
    reading = _reader_silent_on_trauma(fake_reader).read(text)
    assert reading.flags["trauma_trigger"] is True
