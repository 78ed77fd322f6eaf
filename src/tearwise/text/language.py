"""Whether an account is written in English, the one language the reader was trained on.

The encoder, the cue words and the red-flag patterns all read English. Given other text
(another language, emoji only, one word pasted a thousand times) the head still returns
numbers that look confident, learned from nothing it can read, so the reader says it could
not read the account instead of guessing a cause.

The check is deliberately blunt and cheap, and leans towards reading: terse English (a
booking form, "Flashbacks. Crying. Assault age 12.") may have no common English word at
all, so an account is only set aside when it shows another language or no language:
- no word in Latin letters (emoji, punctuation, another script);
- more common words of Spanish, French, German, Italian, Portuguese or Dutch than of
  English (at least two of them);
- a long text with almost no common English word, or one word repeated over and over.
Words the languages share with English ("me", "no", "a", "in", "was", "so", "die", "come",
"van"...) are in neither list.

The same holds for a few English words that say nothing about what happened ("hello",
"test", "x"): every account the head was trained on has seven words or more, so its
numbers for such text come from nowhere ("hello" read as 0.94 catharsis).
:func:`says_too_little` sets aside a text of at most three words that names neither crying
nor sex nor any cue word or red flag; "cried", "it hurt" and "sex" are still read. As with
another language, any flag raised still stands, though for these texts it comes from the
learned layers alone and may be as unfounded ("help" raises self-harm): data/short/README.md
tells why the short texts written to teach the head are not in training yet. The one
exception is :func:`says_nothing`: fillers alone ("ok", "why") keep no flag at all.
"""

from __future__ import annotations

import re
from typing import Final

from tearwise.text.units import words

#: Short, frequent English words that are not also common words of Spanish, French, German,
#: Italian, Portuguese or Dutch.
_COMMON = """
    i i'm i've i'd i'll my myself you your you're it it's its we our they them their she her
    him his the and but or of to for with about after before during from by at up out off
    over then than that this these those there here when what why how who which is are am
    were been being do does did don't didn't doesn't have has had will would can could
    should can't couldn't won't wouldn't just not all some every very really too like know
    feel felt get got because always never again afterwards time sex cry cried crying
    tears sad happy partner boyfriend girlfriend husband wife mine yours one two go going went
    come came make made say said saw think thought want wanted need way thing things something
    nothing anything everything much more most only even well good bad right now first last
    long little big own same other new old day days night year years people guy girl love
    loved hurt pain done eyes face body heart head usually often sometimes each while
    since until through into yeah yes okay ok lol omg tbh idk
"""
COMMON_WORDS: Final = frozenset(_COMMON.split())
#: Frequent small words of Spanish, French, German, Italian, Portuguese and Dutch that are not
#: English words (accents as written; ``units.words`` splits a word at an accented letter, so
#: the unaccented pieces that result are listed where they are distinctive).
_FOREIGN = """
    de el que con por para una los las del mis pero siempre después despu porque cuando
    muy yo sus qué también tambi novio novia pareja llorar lloro
    je et le la les est pas une des avec mon mes pour dans qui ne après apr toujours
    pourquoi sans moi elle du au ce pleure
    ich und nicht mit der das ein eine nach auch aber wie mein meine meinem meiner sie wir
    ist immer weinen weine freund freundin warum
    il che non di della sono mio mia dopo perché perch sempre ho gli lei lui anche piango
    uma não com os meu minha eu depois isso muito você ele ela mas choro namorado
    een niet ik mijn het altijd waarom ook maar zijn huil vriend
"""
FOREIGN_WORDS: Final = frozenset(_FOREIGN.split())
#: A text at least this long with almost no common English word is not English.
LONG_WORDS: Final = 25
#: Lowest share of common English words in a long account. Every training and dev account
#: is at 0.25 or over (tests/text/test_language.py).
MIN_COMMON_SHARE: Final = 0.08
#: Fewest distinct words per word in a long text (one word pasted over and over is not an account).
MIN_DISTINCT_SHARE: Final = 0.1


def _lettered_words(text: str) -> list[str]:
    """The words of ``text`` that hold a letter (a WORD token is letters and the digits 0-9)."""
    return [w for w in words(text) if not w.isdigit()]


def reads_as_english(text: str) -> bool:
    """False only when ``text`` shows another language, or no language at all (see the module doc)."""
    found = _lettered_words(text)
    if not found:
        return False
    english = sum(1 for w in found if w in COMMON_WORDS)
    foreign = sum(1 for w in found if w in FOREIGN_WORDS)
    if foreign >= 2 and foreign > english:
        return False
    few_english = english / len(found) < MIN_COMMON_SHARE
    repeated = len(set(found)) / len(found) < MIN_DISTINCT_SHARE
    return not (len(found) >= LONG_WORDS and (few_english or repeated))


#: Up to three words. Longer texts can state a cause in words no cue list holds ("gf says its
#: just her body", "too much closeness, it spilled over"; tests/text/test_language.py checks
#: that no labelled text with a cause, data/short included, is set aside).
MIN_SAYING_WORDS: Final = 4
#: Words that name the episode itself: crying, or sex (the cue words name the causes).
EPISODE: Final = re.compile(
    r"\b(?:cr(?:y|ies|ied|ying)|tear(?:s|y|ful|ed)?|sob\w*|weep\w*|wept|bawl\w*|sex\w*|intercourse|"
    r"(?:make|makes|made|making)\s+love|love\s?making|fuck\w*|shag\w*|orgasm\w*|climax\w*|came|come|cum\w*|"
    r"bed|penetrat\w*|oral|foreplay|intimacy|intimate)\b"
)


def says_too_little(text: str, has_cues: bool) -> bool:
    """True for a text of fewer than ``MIN_SAYING_WORDS`` words that names neither the episode
    (``EPISODE``) nor, by ``has_cues``, any cue word or red flag: too little to take a cause
    from, however confident the head's numbers look."""
    if has_cues:
        return False
    found = words(text)
    return len(found) < MIN_SAYING_WORDS and not EPISODE.search(" ".join(found))


#: Words that, alone, say nothing about what happened or how anyone is: greetings, thanks,
#: yes and ok, question words, "test" and "start", hesitations, and the small words that
#: hold them together. Deliberately short: "no", "stop", "help", "please", "scared" and
#: anything else a person in trouble might type alone are not here (see :func:`says_nothing`).
_FILLERS = """
    hi hello hey hiya heya yo howdy morning evening ok okay k kk yes yeah yep yup ya sure fine
    alright cool thanks thank thx ty you u why what how when who where which huh eh test testing
    tested start started starting begin beginning asdf qwerty lorem ipsum blah bla hmm hm hmmm
    um umm uh er erm idk dunno well so anyway whatever nvm lol haha i me it this that the a an
    is am are do does did can anyone someone there here just again i'm im ask asking something
    anything question questions advice understand normal know
"""
FILLER_WORDS: Final = frozenset(_FILLERS.split())
#: Five letters or more with no vowel between them: "fjdksl", "pfffft", not a word of English.
_MASH: Final = re.compile(r"[b-df-hj-np-tv-xz]{5}")


def says_nothing(text: str) -> bool:
    """True when every word of ``text`` is a filler (``FILLER_WORDS``) or keyboard mash.

    The reader sets such a text aside, however long ("what do I do", "can I ask something"),
    and there its learned flag layers are not asked either: they were fitted on accounts of
    seven words or more, and on "ok", "why" or "what do I do" their scores are noise that
    raised unwanted pain, a consent concern or a trauma trigger. The red-flag patterns still
    run (nothing they match is a filler)."""
    found = _lettered_words(text)
    return bool(found) and all(w in FILLER_WORDS or _MASH.search(w) for w in found)
