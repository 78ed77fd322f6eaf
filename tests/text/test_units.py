from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tearwise.text.units import clauses, fold, negated_words, sentences, split_units, unescape, words


def test_turns_split_a_fear_from_what_happened() -> None:
    units = split_units("I was scared it would hurt but it didn't. I was just happy!")
    assert [u.text for u in units] == ["I was scared it would hurt", "it didn't.", "I was just happy!"]
    assert units[0].hypothetical and not units[0].negated
    assert units[1].negated
    assert not units[2].marked


def test_negation_scope_ends_at_a_comma() -> None:
    marks = dict(negated_words("it didn't hurt at all, I was just happy"))
    assert marks["hurt"] is True
    assert marks["happy"] is False


def test_negation_scope_ends_at_so_and_because() -> None:
    marks = dict(negated_words("I wasn't ready so it hurt"))
    assert marks["ready"] is True
    assert marks["hurt"] is False


def test_sentences_split_on_line_breaks_and_stops() -> None:
    assert sentences("one thing.\nAnother! And a third?") == ["one thing.", "Another!", "And a third?"]


def test_very_long_clause_is_cut_and_unit_count_is_capped() -> None:
    text = " ".join(["word"] * 400)
    units = split_units(text)
    assert len(units) >= 3
    assert all(len(u.text) <= 600 for u in units)
    many = ". ".join(f"Sentence number {i} here" for i in range(200))
    assert len(split_units(many)) == 48


def test_empty_text_has_no_units() -> None:
    assert split_units("   ") == []


def test_a_mark_covers_only_the_piece_it_denies() -> None:
    """ "I'm not sad, I just feel close to him": the closeness is stated, not denied."""
    units = split_units("I'm not sad at all, I just feel so close to him when we finish.")
    assert [(u.text, u.marked) for u in units] == [
        ("I'm not sad at all", True),
        ("I just feel so close to him when we finish.", False),
    ]
    opener = split_units("If I'm honest, I felt so loved and safe.")
    assert [u.marked for u in opener] == [True, False]


def test_pieces_with_the_same_mark_or_too_short_stay_together() -> None:
    assert [u.text for u in split_units("I was scared it would hurt, it didn't.")] == [
        "I was scared it would hurt, it didn't."
    ]
    assert [u.text for u in split_units("No, it was lovely.")] == ["No, it was lovely."]
    assert [u.text for u in split_units("I cried, I laughed, I felt free.")] == ["I cried, I laughed, I felt free."]


def test_red_flag_rules_read_whole_clauses() -> None:
    text = "We talked it through and I said no to one thing, and he was lovely about it."
    assert len(split_units(text)) == 2
    assert len(split_units(text, at_marks=False)) == 1


def test_fold_makes_typography_plain_and_drops_invisible_characters() -> None:
    assert fold("I didn\u2019t \u2018want\u2019 \u201cthat\u201d \u00abnon\u00bb") == 'I didn\'t \'want\' "that" "non"'
    assert fold("self\u2011harm dis\u00adappear zero\u200bwidth \ufeffbom") == "self-harm disappear zerowidth bom"
    assert words("She didn\u02bct, they wouldn`t") == ["she", "didn't", "they", "wouldn't"]
    assert negated_words("It didn\u2019t hurt") == [("it", False), ("didn't", False), ("hurt", True)]


def test_invisible_characters_neither_hide_a_sentence_end_nor_reach_a_quoted_clause() -> None:
    """Web pages paste "&#x200B;" after a full stop: it glued two sentences into one clause, and
    the quoted evidence carried the invisible character into JSON."""
    text = "It hurt every time we tried.&#x200B; I cried after.\u200b Dis\u00adappointed, honestly."
    assert clauses(text) == ["It hurt every time we tried.", "I cried after.", "Disappointed, honestly."]
    assert clauses("zero\u200bwidth inside a word\ufeff") == ["zerowidth inside a word"]


def test_a_closing_curly_quote_ends_its_sentence_as_a_plain_one_does() -> None:
    assert sentences('He said "stop." Then he did.') == ['He said "stop.', "Then he did."]
    assert sentences("He said \u201cstop.\u201d Then he did.") == ["He said \u201cstop.", "Then he did."]


def test_a_turn_word_that_ends_a_sentence_stays_in_its_clause() -> None:
    """Clauses are quoted back to the user: at the end of a sentence "anyway", "yet" and
    "though" are adverbs, not turns, and dropping them misquoted ("I haven't yet" as "I haven't")."""
    assert clauses("I said stop and he kept going anyway. Then it was over!") == [
        "I said stop and he kept going anyway.",
        "Then it was over!",
    ]
    assert clauses("I haven't yet.") == ["I haven't yet."]
    assert clauses("It hurt, though. Whatever. \U0001f614") == ["It hurt, though. Whatever. \U0001f614"]


def test_anyway_before_a_comma_stays_with_the_clause_it_ends() -> None:
    """It was cut as a turn and dropped: "she did it anyway, and I cried" was quoted, and read by
    the red-flag rules, as "she did it"."""
    assert clauses("Choking is my limit. She did it anyway, and I cried.") == [
        "Choking is my limit.",
        "She did it anyway, and I cried.",
    ]
    assert clauses("I was tired anyway we did it") == ["I was tired", "we did it"]


def test_a_one_word_fragment_joins_its_neighbour_with_the_words_between_them() -> None:
    """It used to be glued on with a space, losing the turn: "random my eyes water", and
    "but not yet, suddenly..." became the denial "not suddenly a big feeling of love"."""
    assert clauses("random but my eyes water when he kisses me / not sad at all") == [
        "random but my eyes water when he kisses me",
        "not sad at all",
    ]
    assert clauses("I believe her with my head but not yet with my heart.") == [
        "I believe her with my head",
        "not yet with my heart.",
    ]
    assert clauses("It hurt; ok; fine but whatever really") == ["It hurt", "ok; fine", "whatever really"]


def _is_run_of_words(clause: str, text: str) -> bool:
    return f" {' '.join(words(clause))} " in f" {' '.join(words(unescape(text)))} "


def test_every_clause_of_every_labelled_account_is_a_run_of_its_words() -> None:
    """What is quoted back is what the person wrote: no word dropped, none glued from elsewhere."""
    from tearwise.text.data import load_default

    for account in load_default():
        for clause in clauses(account.text):
            assert _is_run_of_words(clause, account.text), (account.id, clause)


_PIECES = st.sampled_from(
    ["but", "though", "yet", "anyway", "however", "not", "i", "it", "hurt", "didn't", "ok", "cried", "he"]
)
_GLUE = st.sampled_from([" ", " ", ", ", "; ", " - ", ". ", "! ", "\n", " / "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_PIECES, _GLUE), min_size=1, max_size=14))
def test_clauses_of_any_word_salad_are_runs_of_its_words(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + glue for word, glue in parts)
    for clause in clauses(text):
        assert _is_run_of_words(clause, text), (text, clause)


def test_a_turn_cuts_only_before_a_clause_of_two_words_or_more() -> None:
    """A one-word rest used to rejoin the clause before it without its turn word ("I wanted to didn't.")."""
    assert clauses("I wanted to, but didn't.") == ["I wanted to, but didn't."]
    assert clauses("I wanted to, but didn\u2019t.") == ["I wanted to, but didn\u2019t."]
    assert clauses("It hurt, but only a bit.") == ["It hurt", "only a bit."]
    assert clauses("It hurt; I kept quiet.") == ["It hurt", "I kept quiet."]


def test_html_character_references_are_decoded_before_cutting() -> None:
    """The ";" of "&#39;" must not cut "I don&#39;t want" in two."""
    assert clauses("I don&#39;t want to &amp; I said so.") == ["I don't want to & I said so."]
    assert fold("it&rsquo;s &quot;fine&quot;") == 'it\'s "fine"'
