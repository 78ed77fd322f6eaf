"""The red-flag layer: lexical patterns with negation awareness, recall first.

Missing a red flag is the worst bug this project can have, so this layer stands on its
own, is tested on its own (tests/text/test_flags.py), and is OR-ed with the learned flag
scores of the classifier head: either one can raise a flag, neither can lower one.

Each rule is a pattern, optionally with a second pattern that must appear in the same
account (co-occurrence, e.g. pain words *and* enduring words), and a switch saying whether
a negation in front of the match cancels it. Self-harm is never cancelled by negation: the
labelling guide flags *any* mention ("I'm not suicidal, but I think about not waking up").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Final

from tearwise.knowledge.ids import FLAG_IDS, FlagId
from tearwise.text.dispatch import compile_grouped, compile_kept, save_compiled
from tearwise.text.lexicon import _negated_at
from tearwise.text.units import HYPOTHETICAL, Unit, fold, split_units

# Patterns are all lower case and run on lower-cased text: 3x faster than IGNORECASE.
_I = re.VERBOSE


#: Every pattern's source as written (tests/text/test_dispatch.py checks the rewrite against it).
PATTERN_SOURCES: list[str] = []


def _rx(pattern: str) -> re.Pattern[str]:
    """The compiled pattern, grouped by first character (dispatch.py: same matches, about 3x faster)."""
    PATTERN_SOURCES.append(pattern)
    return compile_grouped(rf"\b(?:{pattern})", _I)


def _words_unless_after(before: Sequence[str], *words: str) -> str:
    """``(?:w1|w2|...)`` where none of ``before`` comes right before the word, written with
    :func:`_unless_after` on each word's first letter (each word starts with a plain letter)."""
    return "(?:" + "|".join(_unless_after(word[0], *before) + word[1:] for word in words) + ")"


def _unless_after(letter: str, *before: str) -> str:
    """``letter`` where none of ``before`` (patterns, each followed by one space) comes right
    before it: the look-behinds written after the first letter, not in front of it, so that
    dispatch.py can still group the alternative by that letter. A look-behind in front sends
    the whole pattern down its slow path at every word that starts with the letter."""
    return letter + "".join(rf"(?<!{b}\s{letter})" for b in before)


#: What may follow a "no" that answers something else, not a refusal ("no, it didn't hurt",
#: "said no one had ever", "no problem", "no sex till it heals").
_NOT_A_REFUSAL: Final = (
    r"(?:it|that|nothing|no|not|she|he|i|i'm|it's|just|never|of|thank|keep|don'?t\s+stop|honestly|god|"
    r"the\s+opposite|how|mate|reason|(?:one|problem|worries|hurry|rush|need|big\s+deal|feelings?|pressure|tears?)\b|"
    # an answer about the body ("she says no pain, only happy"; twenty-ninth session)
    r"(?:(?:chest|real)\s+)?pain\b|restrictions?\b|"
    r"sex\s+(?:till|until|for)|carry\s+on|go\s+on|continue|to\s+(?:all|both|each|any|every)\b)"
)
#: "said no", the answer that ``Rule.unless_answer`` reads.
_SAID_NO: Final = compile_kept(r"\b(?:said|say|says|saying)\s+['\"‘“]?no\b")
#: A question the writer asked about harm or how the other felt, before a "said no" (in the two
#: clauses before it or earlier in its clause; twentieth session): "I stopped and asked.",
#: "asking if something had reminded her", "did I hurt you?". Not a request ("asked for", "asked
#: him to"), not whether one wanted sex or could do it, and not a question someone else asked ("he
#: asked, I said no" is a refusal).
_ASKED_AFTER_HARM: Final = compile_kept(
    # ("and asked, very gently, if I'd ever hurt myself": commas around the manner; twenty-third session)
    r"(?:\bi\s+(?:\w+\s+){0,4}?ask(?:ed)?\b|(?:,|\band)\s+ask(?:ed|ing),?\s+(?:\w+,?\s+){0,3}?(?:if|whether|what|how|"
    r"why)\b)(?!\s+(?:(?:him|her|them|me)\s+)?(?:for|to)\b)"
    r"(?![^.;!?]*\b(?:if|whether)\s+(?:i|she|he|they|we|you)\s+(?:wanted|want|was\s+up\s+for|felt\s+like|fancied)\s+"
    r"(?:to\s+(?!stop|slow|take\s+a\s+break)|it\b|sex\b|some\b))"
    r"(?![^.;!?]*\b(?:if|whether)\s+(?:i|she|he|they|we|you)\s+(?:could|can|would|might)\b)"
    r"|\b(?:(?:did|have|had)\s+i|(?:was|is)\s+(?:it|something|anything|i)|are\s+you|does\s+(?:it|something|anything))\b"
    r"[^?.!]*\?"
)
#: Between "told him to stop" and "he did": words that say the stop came late, or not at all.
_NOT_A_DELAY: Final = r"(?!(?:but|kept|keeps|until|till|eventually|finally|ignored|anyway|later|only|then)\b)"
#: Words right before "his face" that make it a face seen in passing, not one remembered.
_NOT_SEEN: Final = ("down", "across", "of", "to", "on", "over")
#: Right before "want to stop" / "asked to stop": the wish denied, or a partner asking about it.
_WISH_DENIED: Final = (
    *("didn't", "didnt", r"did\snot", "don't", "dont", r"do\snot", "never", "doesn't", "doesnt", r"does\snot"),
    *(rf"{w}\s{p}" for w in ("if", "whether") for p in ("i", "she", "he", "we", "they", "you")),
)
#: Right before "didn't want": the pain as what was not wanted.
_PAIN_AS_OBJECT: Final = (r"pain,\swhich\si", r"pain\swhich\si", r"pain\sthat\si", r"in\sa\sway\si")
#: Right before "wasn't ready": a relative clause ("a burning that I wasn't ready for").
_RELATIVE_I: Final = (r"that\si", r"which\si")
#: Right before "I'm not into it" or "she wasn't ready": said only to deny it ("it's not like I'm not").
_NOT_THAT_BARE: Final = (r"n[o']t\s(?:that|like)",)
#: Right before a denied want or readiness: the denial itself denied, as reassurance ("it's not
#: that I don't want it", "it isn't that she doesn't want to", "not because I didn't want to").
_NOT_THAT: Final = (
    *(rf"n[o']t\s(?:that|like)\s{who}" for who in ("i", "she", "he", "they", "we")),
    *(rf"not\sbecause\s{who}" for who in ("i", "she", "he", "they", "we")),
)
#: Right before "didn't want": a partner's worried question ("if I'd done something she didn't want").
_DONE_SOMETHING: Final = (
    *(
        rf"{who}\s{did}\ssomething\s{them}"
        for who, did in (("i'd", "done"), ("i", "did"), ("we'd", "done"))
        for them in ("she", "he", "they")
    ),
    # "asked if the guy had done anything he didn't want" (twenty-first session)
    *(rf"had\sdone\s{what}\s{them}" for what in ("anything", "something") for them in ("she", "he")),
    # "I thought I'd hurt her or done something she didn't want" (twenty-fourth session)
    *(rf"or\sdone\ssomething\s{them}" for them in ("she", "he")),
)
#: Right before "didn't want": nothing unwanted happened ("nothing happened that I didn't want").
#: Or asked about ("asked if anything had happened that she didn't want"; twenty-first session).
_NOTHING_UNWANTED: Final = (
    *(
        rf"{what}\s{happened}\s{that}{who}"
        for what in ("nothing", "anything", "something")
        for happened in ("happened", r"had\shappened", r"has\sever\shappened", r"has\shappened", r"ever\shappened")
        for that in (r"that\s", "")
        for who in ("i", "she", "he")
    ),
    # "he'd never make me do anything I didn't want" (twenty-first session)
    *(rf"do\sanything\s{who}" for who in ("i", "she", "he", "they")),
    *(rf"doing\sanything\s{who}" for who in ("i", "she", "he", "they")),
    # "there was nothing about it I didn't want" (twenty-fourth session)
    *(rf"nothing\sabout\s{it}\s{who}" for it in ("it", "that") for who in ("i", "she", "he")),
    # "no pressure, nothing she didn't want" (twenty-fifth session)
    *(rf"nothing\s{that}{who}" for that in (r"that\s", "") for who in ("i", "she", "he")),
)
#: Right before "didn't want": one worry in a list, or what an article says ("I was convinced I was
#: hurting her or that she didn't really want it", "it can mean that you didn't really want it").
_OR_THAT_WHO: Final = (
    *(rf"{w}\s{who}" for w in (r"or\sthat", r"mean\sthat") for who in ("she", "he", "you")),
    # "terrified I was doing something wrong or he didn't actually want it" (twenty-fourth session)
    *(rf"wrong\sor\s{who}" for who in ("she", "he")),
    # a worry quoted beside another ("my brain went straight to 'I've hurt her' or 'she didn't want
    # this'"; twenty-fifth session)
    *(rf"or\s'{who}" for who in ("she", "he")),
)
#: After "said yes because": a yes given because it was wanted ("because I want to", "because I enjoy it").
_WANTED_BECAUSE: Final = (
    r"(?!\s+(?:i|she|he|we)\s+(?:(?:really|actually|genuinely|truly),?\s+){0,3}(?:(?:want|wanted|meant|mean)"
    r"(?:\s+(?:to|it|him|her|them|sex))?\s*(?:[,.;!?]|$|and\b|too\b|so\b)|enjoy))"
)
#: After "he'll leave me": left over the tears themselves, not for refusing sex.
_OVER_THE_TEARS: Final = (
    r"(?!\s+me\s+(?:because|over)\s+(?:of\s+)?(?:i\s+(?:keep|can'?t\s+stop)\s+cry\w*|(?:the|my|all\s+the|this)\s+"
    r"(?:crying|tears))\b)"
)
#: Right before "triggered": a partner wondering whether they set something off ("I'd triggered
#: something", "I might have triggered her"), not a trigger told.
_MIGHT_HAVE_SET_OFF: Final = (r"i'd", r"i\shad", r"we'd", r"i\smight\shave", r"i\smay\shave")
#: Right before "flashbacks": a worry about them, not one had ("I always worry about flashbacks").
_WORRY_ABOUT: Final = (
    r"worry\sabout",
    r"worried\sabout",
    r"worrying\sabout",
    r"afraid\sof",
    r"scared\sof",
    r"fear\sof",
)
#: Right before "I'd pressured him": a partner's worry, not what happened.
_WORRY_WORDS: Final = ("worried", "scared", "afraid", "terrified", "thought", "thinking", "panicked")
#: Right before "she wasn't ready": the same, or a second worry ("or that she wasn't ready").
_WORRIED: Final = (*_WORRY_WORDS, r"or\sthat")
#: Right before a bare "wasn't ready": a partner's worry about her or him ("worried she").
_WORRIED_WHO: Final = tuple(
    rf"{w}\s{who}" for w in ("worried", "scared", "afraid", "thought", "panicked", r"or\sthat") for who in ("she", "he")
)
#: Force, pushing, pressure or guilt asked about or feared, not told ("I asked if he'd forced her",
#: "did I force her", "my bf was scared he pushed me into it", "he keeps asking if he pressured me",
#: "I was convinced I'd guilted her"): removed before the pressure rule reads a clause.
_ASKED_FORCE: Final = compile_kept(
    r"\b(?:(?:if|whether)\s+(?:he|she|they)(?:'d|'s|\s+had)?|did\s+(?:i|he|she|they))\s+forc\w*|"
    r"\b(?:worried|scared|afraid|thought|panicked|or\s+that)\s+(?:she|he)(?:'d|\s+had)?\s+push\w*|"
    # a partner asking or worrying whether they pressured ("my bf keeps asking if he pressured me",
    # "husband worries he made me do it"; twenty-first session)
    r"\bask\w*\s+(?:\w+\s+)?(?:if|whether)\s+(?:he|she|they|i|you)(?:'d|'s|\s+had)?\s+(?:pressur\w*|push\w*|"
    r"made\s+(?:me|her|him|them))|"
    r"\b(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|bf|gf)\s+(?:\w+\s+)?(?:worries|worried|thinks|"
    r"thought|panicked|is\s+scared|was\s+scared)\s+(?:that\s+)?(?:he|she|they)(?:'d|\s+had)?\s+(?:made|pressured|"
    r"forced|pushed)\s+(?:me|her|him|them)|"
    r"\b(?:worried|scared|afraid|terrified|thought|panicked|convinced|sure)\s+(?:that\s+)?i(?:'d|\s+had)\s+"
    r"(?:guilted|pressured|pushed|forced|coerced)\b"
)
#: Right before "doing it for me": a partner asking, not telling ("if she was doing it for me";
#: sixteenth session).
_ASKING_WHO: Final = (
    *(rf"{q}\s{who}" for q in ("had", "did", "has") for who in ("she", "he")),
    *(rf"{q}\s{who}\swas" for q in ("if", "whether") for who in ("she", "he")),
    # "was he just doing it for me?" (twentieth session)
    *(
        rf"{q}\s{who}{adv}"
        for q in ("was", "is")
        for who in ("she", "he")
        for adv in ("", r"\sjust", r"\sonly", r"\sreally")
    ),
)
#: Right before "and kept asking": a partner checking in, not pressing.
_CHECKING_IN: Final = (
    *("gentle", "gently", "slow", "slowly", "nervous", "careful"),
    *("sweet", "kind", "soft", "patient", "worried"),
)
#: Who may come between those words and "kept asking" ("slow and he kept asking").
_WHO: Final = ("he", "she", "they", "i")
#: Who else is asleep in a long account: the children, the household, the pets.
_NOT_THE_SLEEPER: Final = ("daughter", "son", "kids", "children", "baby", "girls", "boys", "house", "dog", "cat")
#: Right before "while": the time after sex ("afterwards, while he was asleep, I cried").
_AFTER_SEX: Final = ("after", "after,", "afterwards", "afterwards,", "then", "then,")
#: Right before "don't wake up": the partner or a child kept asleep, not a wish not to wake.
_KEPT_ASLEEP: Final = (r"so\she", r"so\sshe", r"so\sthey", r"the\sbaby", r"the\skids")
#: A child's age in words ("I was twelve again", "I'm sixteen and", "fourteen years old again").
_CHILD_AGE_WORDS: Final = r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
#: After "cut my" or "cutting": money and time cut, not skin ("cuts my allowance"; twenty-eighth session).
_CUT_NOT_SKIN: Final = r"allowance|pay|money|hours|budget|funding|losses"
#: Right before "was asleep": the partner asleep after sex.
_ASLEEP_AFTER: Final = (
    *(rf"{when}\s{how}\s{who}" for when in _AFTER_SEX for how in ("while", "when") for who in ("he", "she")),
    # ("cried quietly into the pillow once he was asleep"; twenty-eighth session)
    *(rf"once\s{who}" for who in ("he", "she", "they")),
)


@dataclass(frozen=True, slots=True)
class Rule:
    pattern: re.Pattern[str]
    #: A negation right before the match ("it didn't hurt") cancels it.
    negatable: bool = True
    #: Another pattern that must appear in the account for this rule to count...
    needs: re.Pattern[str] | None = None
    #: ...within this many clauses of the match (None: anywhere in the account).
    needs_window: int | None = None
    #: ...though this one (a stronger form of ``needs``) counts anywhere in the account.
    needs_anywhere: re.Pattern[str] | None = None
    #: The match does not count after a hypothetical cue in its clause ("I was scared it would...").
    skip_hypothetical: bool = False
    #: The match does not count when the clause places it in the past ("when I was 15").
    skip_past: bool = False
    #: The match does not count when the same clause also says any of these ("he stopped right
    #: away"); several, so that rules share one compiled pattern instead of each copying it.
    unless: tuple[re.Pattern[str], ...] = ()
    #: ...or one of the next clauses, this many ("it stung. I'd asked for it").
    unless_window: int = 0
    #: What undoes ``unless`` in the same span: wanting that changed ("I wanted it at first").
    unless_undone: re.Pattern[str] | None = None
    #: Phrases removed from the clause before matching (pain words that are not pain).
    strip: re.Pattern[str] | None = None
    #: The rule does not count anywhere in an account that says this (``TRAUMA_DENIED``).
    unless_account: re.Pattern[str] | None = None
    #: A match in a clause set before now (``_BEFORE_NOW``) does not count in an account that
    #: says this: pain that treatment ended ("it used to hurt... now it doesn't at all").
    unless_over: re.Pattern[str] | None = None
    #: A "said no" does not count when it answers this question, asked in the two clauses before
    #: ("I stopped and asked if it hurt. She said no, truly no"), unless ``unless_undone``
    #: follows it in its clause or the next ("I said no. He did it anyway").
    unless_answer: re.Pattern[str] | None = None
    #: The match does not count where this rule (pain) fires in its clause or the one on either
    #: side, unless ``unless_undone`` is said anywhere in the account (pressure).
    unless_pain: Rule | None = None
    #: ``BEYOND`` ("more than I wanted", "too much") takes ``unless`` back: right for a wanting, not
    #: for a stop honoured ("it hurt more than I expected, I said stop and she stopped").
    beyond_undoes: bool = True
    #: Whether a hit of this rule raises the flag by itself. ``False`` for a rule that reads a flag
    #: from circumstance rather than from what was said (past harm some clauses away from a
    #: reaction): its hits still feed the head (``features.FLAG_HITS``) and still name the sentence,
    #: but the reader raises the flag only when the head or the clause layer agrees, or a rule that
    #: stands alone fires too (``detect_weighed``). No rule of a paraphrase set may be one
    #: (tests/text/test_flags.py); docs/classifier.md, "Twenty-ninth session", has the counts.
    alone: bool = True


PAIN = _rx(
    # "pain" but not "paint", "painless" or "pain-free"; "burn" but not "burnout" or "burnt out";
    # "ache" but not "Achebe"; "sore" but not "Sorensen"; "sharp" but not "sharpener".
    r"hurt\w* | pain(?!t|less|[-\s]?free)\w* | sore(?:ness|ly)?\b | "
    r"burn(?!(?:t|ed|ing)?[-\s]?out\b)\w* | sting\w* | "
    r"cramp(?:s|ing|ed)? | sharp(?!en|er\b|ly\b|est\b) | "
    r"ache(?:[sd]|y)?\b | "
    r"aching | raw | "
    r"agon(?:y|i[sz]ing\w*) | chaf(?:e|ed|es|ing)\b | ow+\b |"
    r"tear(?:ing)?\s+(?:feeling|sensation) | "
    + _unless_after("t", "reflex")
    + r"earing(?!\s+up) | knife | knives | sandpaper | "
    r"broken\s+glass | "
    r"being\s+torn(?!\s+(?:between|about|apart\s+by)) | like\s+(?:\w+\s+){0,2}razor\s?blades? |"
    r"hitting\s+(?:something|a\s+wall|a\s+spot)\s+(?:\w+\s+)?(?:inside|deep) | "
    # not "rip me" (rest in peace, slang for mortified; twenty-third session), nor "RIP my dignity"
    # (twenty-fifth session, dev probes)
    r"rip(?:s|ped|ping)?\b(?!\s+me\s*(?:[.!,)]|$|lol))(?!\s+(?:to\s+)?the\s+(?:mood|vibe|moment|romance)\b)(?!\s+(?:to\s+)?(?:my|our|his|her|their)\s+(?:dignity|pride|ego|sanity|"
    r"reputation|self[-\s]respect|love\s+life|social\s+life|sleep\s+schedule|wallet|bank\s+account|savings|inbox|"
    r"street\s+cred|credibility)\b) | "
    r"winc(?:e\w*|ing)\b | too\s+(?:big|tight|dry) | dry(?:ness|ing)?\b | excruciat\w* |"
    # Thirtieth session, dev probes: a flinch at depth, a sting "not in any fun way" ("stung" alone is
    # left out above).
    r"flinch\w*\s+(?:\w+\s+){0,2}(?:when|every\s+time|whenever)\s+(?:i|he|she|they|we)\s+(?:go|goes|went|push\w*|"
    r"thrust\w*|get|gets|got)\s+(?:deep|deeper|all\s+the\s+way|too\s+deep|in\s+deep)\b | "
    r"stung\b,?\s+(?:and\s+)?not\s+in\s+(?:a|any|the)\s+(?:fun|good|nice|sexy|hot)\s+way |"
    # Seventh session, from a probe set: skin that splits, and a joint that "screamed".
    r"skin\s+(?:\w+\s+)?(?:splits|split|splitting|tears|tore|cracks|cracked) |"
    r"(?:splits?|splitting|cracks?|cracking|tore|tearing)\s+(?:open\s+)?(?:the|my|her|his)\s+skin |"
    r"(?:hips?|back|knees?|neck|jaw|legs?|pelvis|insides?)\s+(?:was\s+|were\s+|ha[sd]\s+been\s+|kept\s+)?"
    r"scream(?:ed|ing|s)\b |"
    # Pain told as a likeness (twentieth session, dev probes): "like fire inside", "like a punch in
    # my stomach", "like getting poked with a fork".
    r"like\s+(?:a\s+)?fire\b | "
    # twenty-fourth session, dev probes: "like being split down the middle", "like someone pressing on a
    # bruise the whole time"
    # (and "like being opened with a blunt wedge"; thirty-first session, dev_pa)
    r"like\s+(?:being\s+|getting\s+|i'?m\s+being\s+)?(?:split\s+(?:down\s+the\s+middle|in\s+(?:half|two)|open)|"
    r"(?:opened|prised|pried|forced|levered)\s+(?:open\s+|apart\s+)?with\s+(?:a|an|the)\s+(?:\w+\s+)?(?:wedge|crowbar|"
    r"lever|knife|blade|chisel|fist|stick)\b) | "
    # (also "pressing hard on a bruise"; twenty-fifth session)
    # (and "pressing against a fresh sunburn"; thirtieth session, dev_pa)
    r"(?:pressing|pressed|pushing|poking|prodding)\s+(?:(?:hard|down|right)\s+)?(?:on\s+|against\s+)?a\s+(?:bad\s+|fresh\s+)?"
    r"(?:bruise|sunburn|burn|wound)\b | "
    r"like\s+(?:a\s+|being\s+|getting\s+)?punch(?:ed)?\s+in\s+(?:the|my|her|his)\s+(?:stomach|ovar\w*|cervix|gut|"
    r"belly|insides?|uterus|womb) | "
    r"(?:poked|jabbed|prodded)\s+(?:with|by)\s+(?:a\s+)?(?:fork|knife|stick|needle|pin|nail)s? | "
    r"like\s+(?:getting\s+|being\s+)?(?:poked|jabbed|prodded)\b | "
    # Twenty-first session, dev probes: "like being scraped", "it scraped the whole way", "like
    # being split in half", "stitches pulling".
    r"like\s+(?:getting\s+|being\s+)?scraped\b | it\s+scraped\b | "
    r"scraping\s+(?:feeling|pain|sensation|sort\s+of|kind\s+of) | split(?:ting)?\s+(?:me\s+)?in\s+(?:half|two)\b | "
    r"stitches\s+(?:pulling|tearing|ripping|splitting)"
)
#: Pain words that are not pain during sex: self-injury (its own flag), eye dryness, worried
#: questions ("did I hurt you?"), and "so happy it hurts".
NOT_PAIN = _rx(
    r"(?:hurt|hurting|harm|harming|burn\w*|scratch\w*|cut\w*)\s+(?:my|her|him|them|your)sel(?:f|ves) |"
    r"(?:burn\w*|scratch\w*|cut\w*)\s+(?:the\s+(?:inside|back|top|underside)s?\s+of\s+)?(?:my|her|his|their)\s+"
    r"(?:wrists?|arms?|thighs?|hips?|skin|legs?|forearms?)(?:\s+raw)?"
    # (and "with my nails until they were raw and stinging", "scratched it raw"; twenty-seventh session, dev_qb)
    r"(?:\s+with\s+(?:my|her|his|their)\s+(?:finger)?nails)?(?:\s+(?:until|till|til)\s+(?:it|they)(?:'re|'s)?\s+"
    r"(?:was\s+|were\s+|is\s+|are\s+)?(?:raw|red|bled|bleeding)(?:\s+and\s+(?:stinging|burning|bleeding|sore))?)? |"
    r"scratch\w*\s+(?:it|them)\s+raw | (?:rug|carpet)\s+burns? |"
    # Twenty-first session, long posts: harm done on purpose ("hurt my hands on purpose"), hurt as a
    # feeling ("a bit hurt I'd jumped straight there"), pain denied as the reason ("not because of
    # pain"), a flinch told as a likeness, and a helpline's question ("are you hurt right now?").
    r"hurt\w*\s+(?:my|his|her|their)\s+(?:own\s+)?(?:hands?|arms?|wrists?|legs?|thighs?|skin|body)\s+on\s+purpose | "
    # Twenty-third session, dev probes: harm to the body thought of ("ways to hurt the parts I
    # hate"; its own flag), a partner's wrong guess ("she thought the nick hurt"), and heartache
    # ("the only thing that hurt was how much she'd missed me").
    r"(?:ways?|want\w*|urges?|tempted|thinking\s+about|thought\s+about)\s+to\s+(?:hurt|harm|cut|burn)\s+(?:the\s+parts?|"
    r"parts\s+of\s+(?:me|my\s+body)|my\s+(?:own\s+)?body)\b | "
    r"(?:thought|assumed|figured)\s+(?:that\s+)?(?:the|my|her|his)\s+(?:\w+\s+)?(?:nick|cut|scratch|graze|bruise|"
    r"cramp|knee|elbow)\s+(?:had\s+)?hurt\w* | "
    r"(?:only|one)\s+thing\s+that\s+(?:hurt|hurts|stung)\s+was\s+(?:how|that|the\s+(?:thought|idea|waiting|goodbye|"
    r"distance|time))\b | "
    # Twenty-second session: skin scratched or scrubbed raw, a wall punched "until my knuckles split"
    # (self-injury, its own flag), and a person from the past who "hurt me" (a trigger's history).
    r"(?:scratch\w*|scrub\w*|punch\w*|pinch\w*|claw\w*|dig\w*)\b[^.;!?]{0,60}?\b(?:til|till|until)\s+(?:it|they|my\s+\w+|"
    r"the\s+skin|i)(?:'re|'s)?\s+(?:was\s+|were\s+|is\s+|are\s+)?(?:raw|bled|bleed\w*|split|bruised) | "
    # Twenty-fourth session, dev probes: hurt that is a feeling ("love him so much it physically
    # aches", "the pain of my heart", "emotional pain") and an advice column's name.
    r"(?:love|loves|loved)\s+(?:\w+\s+)?so\s+much\s+(?:that\s+)?it\s+(?:physically\s+)?(?:hurts|hurt|aches|ached)\b | "
    r"so\s+(?:happy|connected)(?:\s+(?!but\b|and\b)\w+){0,4}?\s+(?:that\s+)?it\s+(?:physically\s+)?(?:hurts|hurt|aches|"
    r"ached)\b | "
    r"(?:brain|mind|head)\s+(?:went|jumped|goes|jumps)\s+(?:straight\s+|right\s+)?to\b[^.;!?]{0,80}?\b(?:i'?m|i\s+was|"
    r"i'?d|i\s+had|i'?ve|i\s+have)\s+(?:been\s+)?hurt(?:ing)?\s+(?:her|him|them)\b | "
    r"(?:thought|worried|wondered|scared|afraid)\b[^.;!?]{0,60}?\bor\s+(?:i'?d\s+|i\s+had\s+)?hurt\s+"
    r"(?:her|him|them)\b | "
    r"(?:pain|ache)\s+(?:of|in)\s+(?:my|her|his)\s+heart | "
    r"heart\s+(?:actually\s+|literally\s+|physically\s+|really\s+)?(?:hurts|hurt|aches|ached)\b | "
    r"emotional(?:ly)?\s+(?:pain|hurt\w*) | (?:hurt|pain)\w*\s*\(?emotionally | agony\s+aunt | "
    r"(?:ex|priest|uncle|stepdad|stepfather|coach|teacher|abuser|babysitter)\s+(?:had\s+|once\s+|really\s+)?"
    r"hurt\s+(?:me|her|him|them)(?=\s*(?:[.,;!?]|$)|\s+(?:as\s+a\s+(?:child|kid|teen\w*)|when\s+(?:i|she|he|they)\s+"
    r"(?:was|were)|years\s+ago|back\s+then)\b) | "
    r"(?:a\s+(?:bit|little)|kind\s+of|quite|really|so|very)\s+hurt\s+(?:that|i'd|he'd|she'd|they'd|i\s+had)\b | "
    r"not\s+(?:because\s+of|from|due\s+to|out\s+of)\s+(?:any\s+|the\s+)?pain\b | "
    # pain braced for that never came ("I braced for it to hurt, and it didn't"; twenty-third session)
    r"(?:brac\w*|wait\w*|ready|expect\w*|prepared)\s+(?:\w+\s+){0,3}?for\s+it\s+to\s+(?:hurt|sting|burn)\b"
    r"(?=,?\s+(?:and|but)\s+it\s+(?:didn'?t|did\s+not|never|wasn'?t|doesn'?t)) | "
    # ...or named and then said not to have come ("waiting for the pain and it didn't come", "bracing
    # for that raw feeling and it never came"; twenty-fourth session, dev probes)
    r"(?:brac\w*|wait\w*|ready|prepared)\s+(?:\w+\s+){0,4}?for\s+(?:the\s+|that\s+)?(?:\w+\s+)?(?:pain|hurt|"
    r"sting|burn|raw\s+feeling)\b(?=,?\s+(?:and|but)\s+it\s+(?:didn'?t|did\s+not|never)\s+(?:came|come|happened|"
    r"arrived)\b) | "
    # pain denied as the reason ("Not because he hurts me, he doesn't"; twenty-third session)
    r"not\s+because\s+(?:he|she|they|it|sex)\s+(?:hurts?|stings?|burns?)(?:\s+(?:me|her|him|them))?\b | "
    r"flinch\w*\s+like\s+(?:she|he|i|they)(?:'s|'d|\s+has|\s+had|\s+was|\s+were)?\s+(?:been\s+)?(?:burned|burnt|stung|"
    r"shocked|slapped) | "
    r"(?:are|were)\s+you\s+(?:hurt|hurting|in\s+pain)\s*(?:right\s+now|now|at\s+the\s+moment)?\s*\? |"
    r"burn\w*\s+(?:some\s+|the\s+|my\s+|our\s+|a\s+)?(?:dinner|toast|food|rice|pans?|pizza|cookies|meal|supper|"
    r"breakfast|lunch|candles?|incense|calories|sage|bridges)\b |"
    # (not a likeness: "like pressing on a bad sunburn"; twenty-fourth session; "against a fresh sunburn",
    # thirtieth session)
    r"burns\s+on | razor\s+burn | "
    + _unless_after("s", *(rf"{on}\sa{kind}" for on in ("on", "against") for kind in ("", r"\sbad", r"\sfresh")))
    + r"un\s?burn\w* | heart\s?burn | "
    r"(?:arms?|skin)\s+raw | "
    r"dry\s+(?:eyes?|air|heav\w*|bedroom|spell|humou?r|run|sense\s+of\s+humou?r|wit) | "
    # (twenty-eighth session, dev_qj: "breastfeeding can make things dry", "tell me stories that it
    # will be horrible, that it hurt very much", "my feelings were a bit hurt")
    r"(?:can|could|might|may)\s+make\s+(?:things|it|you|me|her|everything)\s+(?:a\s+bit\s+|a\s+little\s+)?dry\b | "
    r"(?:tell|tells|told|telling)\s+(?:me\s+|her\s+|us\s+)?(?:horror\s+)?stories\s+that\b[^.;!?]{0,80} | "
    r"feelings\s+(?:were|was|are|got|get)\s+(?:\w+\s+){0,2}?hurt\b | "
    # a plan made to stop if anything hurts, and "raw" among feelings ("flat, raw, empty")
    r"(?:plan|planned|agreed|agreement|promised?|rule|deal)\b[^.;!?]{0,30}?\b(?:stop|stopping)\s+(?:the\s+moment|"
    r"as\s+soon\s+as|if)\s+(?:anything|it|something)\s+(?:hurt|hurts|stings?|stung|twinges?|aches?)\b | "
    r"(?:flat|empty|numb|exposed|hollow|sad|tender),\s+raw\b | raw,\s+(?:empty|numb|flat|exposed|hollow|sad) | "
    # A feeling too big to hold is not a body too big to take (thirteenth session).
    r"(?:feelings?|love|relief|joy|emotions?|happiness|grief|it\s+all)(?:'s|\s+(?:was|is|were|are|felt|feels|"
    r"that\s+was|that\s+is))?\s+(?:just\s+|so\s+|way\s+)?too\s+big | too\s+big\s+to\s+(?:hold|keep|contain|carry)\b |"
    r"eyes?\s+(?:\w+\s+)?sting\w* |"
    r"hurtful\w* | pain[-\s]play | sharp\s+(?:cry|gasp|breath|intake|inhale|laugh|sob|yelp|moan) |"
    # An intake form's no ("Pain during sex? No.", "Denies coercion, pain, or low mood"), pain words
    # for feelings and events ("a painful breakup", "sharp guilt", "burn this email", "hurting our
    # intimacy"), and a back sore from moving house (twentieth session).
    r"pain(?:\s+(?:during|with)\s+sex)?\s*[?:]\s*(?:no|none|never|n/a)\b | "
    r"any\s+(?:physical\s+)?pain\s*\?\s*(?:no|none)\b | "
    r"denies\s+(?:[\w-]+,?\s+){0,3}(?:or\s+)?pain | "
    r"painful\s+(?:breakup|break-up|divorce|conversation|talk|memor\w*|truth|lesson|reminder|goodbye|decision) | "
    r"sharp\s+(?:guilt|pang|sense|memory|contrast|tongue|words?|edge|mind|turn) | "
    r"burn\s+(?:this|the|my|that)\s+(?:email|letter|note|message|diary|journal|page) | "
    r"hurt\w*\s+(?:our|the|my|his|her)\s+(?:intimacy|relationship|marriage|sex\s+life|confidence|pride|chances) | "
    r"(?:back|shoulders?|arms?|legs?|feet|knees?)\s+(?:was|were|has\s+been|have\s+been|is|are)\s+(?:\w+\s+){0,2}(?:in\s+agony|sore|"
    r"aching|killing\s+me)\s+(?:\w+\s+){0,4}?(?:from|after)\s+(?:carrying|hauling|moving|lifting|the\s+gym|work|running|"
    r"training|the\s+move) | "
    # A clinic, a knife that is only a thing in the room, dryness that is not pain (twentieth session).
    r"pain\s+(?:clinic|service|team|specialist|management|consultant|nurse) | "
    r"knife\s+(?:block|skills|set|drawer|sharpener) | (?:bread|pocket|butter|steak|chef'?s|kitchen|carving|paring|"
    r"vegetable|utility)\s+knife | dry\s+up\b | contacts?\s+(?:\w+\s+)?dry\w* | "
    # (twenty-seventh session, from the dev probes: "my partner thought I was in pain and I had to explain")
    r"(?:thought|assumed|figured|worried)\s+(?:that\s+)?(?:i|she|he|they)\s+(?:was|were)\s+in\s+pain\b | "
    r"(?:orgasms?|climax\w*|ejaculation)\s+(?:\w+\s+){0,3}dry\b | dry\s+orgasms? |"
    r"(?:did|had|have)\s+i\s+(?:\w+\s+)?hurt\s+(?:you|u|her|him|them)\b | "
    r"(?:somebody|someone|anybody|anyone|people)\s+(?:was\s+|were\s+|is\s+)?(?:about\s+to\s+|going\s+to\s+)?"
    r"(?:get|getting|got)\s+hurt\b |"
    r"(?:chest|heart)\s+(?:is\s+|was\s+)?(?:hurting|aching)\s+(?:from|with)\s+(?:it|love|joy|happiness|all) |"
    r"chronic\s+pain\b |"
    r"(?:thought|thinks?|worried|assumed)\s+(?:that\s+)?something\s+(?:had\s+)?hurt\w* |"
    r"(?:did|do|does|was|were|am|is|are|had|have|has)\s+(?:i|you|he|she|it|they|we)\s+(?:\w+\s+)?hurt\w*(?:\s+(?:you|her|him|"
    r"them|me))?\s*\? |"
    r"(?:thought|think|thinks|thinking|worried|scared|afraid|terrified|frightened|convinced|panic\w*|sure|anxious|"
    r"nervous|paranoid|"
    r"wondering|asked\s+if|checking\s+if)\s+(?:was\s+)?(?:that\s+)?(?:maybe\s+|perhaps\s+)?"
    r"(?:(?:i|he|she|they|he'?d|she'?d|i'?d|i\s+was|he\s+was|she\s+was)\s+(?:had\s+|was\s+|were\s+|"
    r"might\s+have\s+)?hurt\w*|"
    # "thinking I'm hurting her", but not "I think I'm hurt": the worry is for someone else
    r"(?:i'?m|i\s+am|i\s+have|i'?ve)\s+(?:been\s+)?hurt\w*\s+(?:her|him|them)\b) |"
    # the partner's own worry, told by the one who was with them ("he thinks he has hurt me")
    r"(?:he|she)\s+(?:always\s+|still\s+|just\s+|really\s+)?(?:thinks|thought|worries|worried|panics|panicked|"
    r"is\s+(?:scared|afraid|worried|sure))\s+(?:that\s+)?"
    r"(?:he|she)(?:'s|\s+has|\s+had|'d|\s+is|\s+was)\s+(?:been\s+)?hurt\w* |"
    # the partner's fear ("he's afraid of hurting me"; sixteenth session)
    r"(?:afraid|scared|terrified|frightened|fear\w*|nervous|worried|anxious|paranoid)\s+(?:of|about)\s+hurting\s+"
    r"(?:me|her|him|them|you)\b |"
    # Twentieth session, dev probes: "does something hurt?" asked, pain asked or read about,
    # feelings that would be hurt, and harm by someone in the past ("he was hurt as a kid").
    r"(?:does|did|is)\s+(?:something|anything)\s+(?:\w+\s+)?hurt\w* | "
    r"(?:ask\w*|questions?|horror\s+stories|stories|warnings?|read|heard)\s+(?:\w+\s+){0,2}about\s+(?:the\s+|my\s+|"
    r"any\s+|her\s+|his\s+)?(?:first[-\s]time\s+)?pain\b | "
    r"(?:he|she|they|i)(?:'d|\s+would)\s+be\s+(?:so\s+|really\s+|very\s+)?hurt\b(?!\s+(?:physically|down\s+there)) | "
    r"(?:was|were|got|been)\s+hurt\s+(?:(?:very\s+|so\s+|really\s+)?badly\s+)?(?:as\s+a\s+(?:kid|child|teen\w*|boy|girl)|when\s+(?:i|he|she|they)\s+(?:was|were)\b|"
    r"by\s+(?:his|her|my|their)\s+(?:ex|father|dad|stepdad|stepfather|uncle|mother|mum|mom)) | "
    r"before\s+hurting\s+(?:me|her|him|them)\b | "
    # an ex's harm told as history ("a phrase my ex used to say when he hurt me"; twentieth session)
    r"(?:my|her|his|their)\s+ex\b[^.;!?]{0,60}?\b(?:when|while|and\s+then)\s+(?:he|she|they)\s+(?:\w+\s+)?hurt(?:ing)?\s+"
    r"(?:me|her|him|them)\b | hurt\s+(?:me|her|him|them)\s+for\s+years |"
    r"(?:thought|think|worried|wondered|scared|afraid)\s+(?:that\s+)?(?:maybe\s+|perhaps\s+)?it\s+(?:was|is|'s|might\s+be)\s+"
    r"hurting\s+(?:her|him|them)\b |"
    r"like\s+i(?:'?d|\s+had)\s+(?:\w+\s+)?hurt\w*\s+(?:her|him|them)\b |"
    r"(?:so|too)\s+(?:much|happy|big|good|full|intense|close|alive|badly)\s+(?:to\s+(?:me|him|her)\s+)?(?:that\s+)?"
    r"it\s+['\"‘“]?hurt\w* |"
    r"hurt\s+feelings |"
    # pain denied in passing ("not because anything hurt, nothing did")
    r"(?:nothing|not\s+because\s+(?:anything|something|it|they)|never\s+anything)\s+(?:(?!but\b)\w+\s+)?hurt\w* |"
    r"eyes?\s+(?:are\s+|were\s+|get\s+|feel\s+)?(?:\w+\s+)?dry\b | (?:eyes|tears)\s+(?:\w+\s+){0,3}dry\s+up\b |"
    # an abuser's harm placed in time by the abuse ("right before he hurt me", "after he'd hurt her")
    r"(?:before\s+(?:he|she|they)(?:'d|\s+had)?|after\s+(?:he|she|they)(?:'d|\s+had))\s+hurt\w*\s+"
    r"(?:me|her|him|them)\b |"
    r"hurt\w*\s+(?:my|his|her|their|your|our)\s+feelings | hurt\w*\s+(?:my|his|her|their)\s+heart |"
    r"hurts?\s+(?:me\s+)?to\s+(?:see|watch|hear|think|know|admit|say) |"
    r"(?:his|her|their|\w+'s)\s+hurt\b |"
    # Hurt that is past harm by someone else, or a feeling, not pain in this sex (added after the
    # third batch of training accounts): the flags for those are trauma_trigger and self_harm.
    r"(?:ex|man|guy|woman|person|one|someone|father|dad|stepdad|stepfather|uncle|brother)\s+who\s+"
    r"(?:used\s+to\s+|had\s+)?hurt\w*\s+(?:me|her|him|them) | used\s+to\s+hurt\s+(?:me|her|him|them) |"
    r"ex\s+(?:\w+\s+)?hurting\s+(?:me|her|him|them) | scrub\w*\s+(?:myself|herself|himself|my\s+skin)\s+raw |"
    r"(?:scratch\w*|dig\w*|dug)\s+.{0,40}(?:until|till)\s+(?:they|it)\s+(?:were\s+|was\s+)?(?:raw|stings?|bled) |"
    r"(?:looking|look|stare\w*|staring)\s+at\s+the\s+knives? | it\s+hurts\s+(?:her|him|me|them)\s+that |"
    r"(?:so|very)\s+hurt\s+and\s+(?:quiet|sad|upset|angry|confused|rejected|lonely|cold|distant) | almost\s+hurt |"
    # hurt as a feeling next to another one ("confused and hurt"), and hurt done by a church
    r"(?:confused|sad|angry|upset|embarrassed|humiliated|rejected|betrayed|lonely|jealous)\s+and\s+hurt\b | "
    r"hurt\s+and\s+(?:sulky|jealous|moody|upset|angry|sad|confused|rejected|lonely) | "
    r"church[-\s]hurt |"
    r"(?:till|until|so\s+(?:long|hard|much)(?:\s+that)?)\s+my\s+(?:face|head|chest|eyes|throat)\s+hurt |"
    r"ripped\s+my\s+heart | lonely\s+ache | contrast\s+hurts |"
    # a cramp in a leg or a period cramp, not pain in sex (twenty-first session)
    r"(?:period|menstrual|leg|calf|foot|toe|hamstring|charley\s+horse)\s+cramps? | "
    r"cramp(?:s|ed)?\s+(?:up\s+)?in\s+(?:my|his|her|their|both\s+(?:of\s+)?(?:my|his|her))\s+(?:calf|calves|legs?|foot|"
    r"feet|toes?|hamstrings?|neck|hands?|arms?)\b | "
    r"(?:calf|calves|legs?|foot|feet|toes?|hamstrings?)\s+(?:\w+\s+)?cramp(?:s|ed|ing)? |"
    # a partner's fear of having hurt someone ("terrified I was hurting her", "frightened I'd pushed
    # her too soon or hurt her"), burn marks (self-harm), a dry patch (twenty-first session)
    r"(?:frightened|terrified|scared|worried|afraid|convinced|sure|panicked|feared|worrying|panicking)\s+(?:that\s+)?"
    r"i(?:'d|\s+had|\s+was|\s+might\s+have|\s+may\s+have)?\s+(?:\w+\s+){0,6}?(?:hurt|hurting)\s+(?:her|him|them)\b | "
    r"burn\s+marks | dry\s+(?:patch|period) |"
    # the same worry as a second guess or a first thought ("I thought he was upset, or that I'd hurt
    # him", "my brain went straight to 'I've hurt her'"; twenty-fifth session, dev probes)
    r"(?:or\s+that|(?:brain|mind|head)\s+went\s+(?:straight\s+|right\s+|immediately\s+)?to)\s+['\"]?(?:i'?d|i\s+had|"
    r"i'?ve|i\s+have|i\s+might\s+have)\s+(?:\w+\s+)?hurt\w*\s+(?:her|him|them)\b |"
    # A question about pain answered no ("he asked like five times if it hurt and I kept saying no"),
    # and a feeling that is raw (nineteenth session).
    r"ask\w*\s+(?:\w+\s+){0,4}?(?:if|whether)\s+(?:it|that|this|anything)\s+(?:\w+\s+)?hurt\w*\b"
    r"(?=[^.;!?]*\b(?:no|not|nothing)\b) | (?:more\s+like|emotionally)\s+raw | "
    # Twenty-eighth session, dev probes: hurt feelings ("he gets so hurt if I say no"), an idiom
    # ("growing pains", "sharp as ever", "left me raw"), painkillers taken for weeks for an injury,
    # pain said to be gone, pain only braced for or warned of, a stop before anything ached, a
    # treatment for dryness, an old burn, and the partner's first thought ("I went straight to
    # 'I've hurt you'").
    r"(?:he|she|they|him|her)\s+(?:looks?|looked|gets?|got|seems?|seemed)\s+(?:so\s+|really\s+|very\s+|a\s+bit\s+|"
    r"all\s+)?hurt\b(?!\s+(?:me|her|him|them)\b) | growing\s+pains | sharp\s+as\s+(?:ever|a\s+(?:tack|knife|button)) | "
    r"left\s+(?:me|her|him|them)\s+(?:feeling\s+)?(?:emotionally\s+)?raw | "
    r"on\s+(?:strong\s+)?painkillers\s+for\b | "
    r"pain(?:'s)?(?:\s+\w+){0,3}?\s+(?:(?:is|has|had|was)\s+)?(?:now\s+)?(?:completely\s+|totally\s+|all\s+|finally\s+)?"
    r"gone\b(?!\s+(?:up|through|on|into|down|for)\b) | "
    r"brac\w*\s+(?:myself\s+|herself\s+|himself\s+)?for\s+(?:the\s+|that\s+)?pain\b"
    r"(?![^.;!?]*\b(?:and|but)\s+it\s+(?:did|does|was|came)\b) | "
    r"brac\w*\s+(?:\w+\s+){0,3}?for\s+it\s+to\s+hurt\b(?![^.;!?]*\b(?:and|but)\s+it\s+(?:did|does|was)\b) | "
    r"warn\w*\s+(?:you|me|us|people|everyone)\s+about\s+(?:the\s+)?pain\b | "
    r"assum\w*\s+(?:that\s+)?i\s+(?:must\s+be|am|'m)\s+hurting\s+(?:her|him|them)\b | "
    r"(?:stopped|stop|stops)\s+before\s+(?:anything|it)\s+(?:ached|hurt|stung|burned|burnt|got\s+painful) | "
    r"(?:lube|pessar\w*|cream|gel|oestrogen|estrogen|hrt)\s+for\s+(?:the\s+|my\s+|her\s+)?dryness | "
    r"(?:burned|burnt)\s+in\s+(?:a|the)\s+(?:\w+\s+)?fire | "
    r"(?:i|he|she|head|brain|mind)\s+went\s+(?:straight\s+|right\s+)?to\s+['\"‘“]?(?:i'?ve|i\s+have|i'?d)\s+hurt\s+"
    r"(?:you|her|him|them)\b"
)
#: Pain that was asked for (consensual play): not *unwanted* pain, unless it went beyond that.
WANTED_PAIN = _rx(
    r"(?:asked|ask|begged)\s+for\s+(?:it|that|this|the|more|all\s+of\s+it) | "
    r"(?:i|she|he|they)\s+want(?:s|ed)?\s+the\s+(?:sting|pain|burn|ache|bite) | "
    r"(?:what|how|as\s+much\s+as)\s+i(?:'d)?\s+(?:wanted|asked) |"
    # "harder than usual, as I asked", "in precisely the way I wanted", "and I like that", "that's the
    # point", "which I expected and didn't mind" (twentieth session, wanted pain on the readable data)
    r"(?:as|the\s+way|like)\s+(?:i|she|he|they)(?:'d|\s+had)?\s+(?:asked|wanted|requested|hoped)\b | "
    r"(?:pain|sting|burn|ache)\s+(?:that\s+)?(?:she|he|they|i)\s+asks?\s+for | "
    r"the\s+(?:sting|pain|burn)\s+is\s+the\s+point | "
    r"and\s+(?:i|she|he|they)\s+(?:really\s+|actually\s+|honestly\s+)?(?:like|love|enjoy)\s+(?:that|it)\b | "
    r"(?:that'?s|that\s+(?:was|is)|which\s+(?:was|is))\s+the\s+(?:whole\s+)?point | "
    r"(?:didn'?t|did\s+not|don'?t)\s+(?:really\s+)?mind\b(?!\s+(?:me|if)) |"
    # "I wanted it", not "I wanted it to stop" (fourteenth session)
    r"i\s+wanted\s+(?:it|that)(?!\s+(?:to\s+(?!hurt|sting|burn)|over\b|done\b|finished\b)) | "
    r"wanted\s+it\s+rough | "
    r"good\s+(?:hurt|pain|kind|burn|sting|ache) | in\s+the\s+best\s+way |"
    r"wanted\s+(?:pain|hurt|sting) |"
    r"part\s+of\s+the\s+(?:point|fun|play|scene) | masochis\w* | signed\s+up\s+for | loved\s+it | said\s+green |"
    r"(?:which|that)\s+(?:i|she|he|they)\s+(?:actually\s+|really\s+|honestly\s+)?(?:like[sd]?|love[sd]?|want(?:ed)?|"
    r"enjoy(?:ed)?)\b | exactly\s+(?:what|the\s+way)\s+(?:i|she|he|they) | (?:a|the)\s+good\s+way |"
    r"part\s+of\s+(?:it\s+for\s+(?:me|her|him|us|them)|why\s+(?:i|she|he|they)|what\s+(?:i|she|he|they)\s+"
    r"(?:like|love|enjoy|want)) | (?:i|she|he|they)(?:'d|\s+had)?\s+"
    r"(?:literally\s+|specifically\s+|explicitly\s+|actually\s+)?(?:asked|begged)\s+for |"
    r"(?:i|she|he|they|we)\s+(?:actually\s+|really\s+|honestly\s+)?(?:liked|like|loved|love|enjoy|enjoyed)\s+"
    r"(?:that|the|it|a\s+bit\s+of\s+a|a\s+little|some)\s+(?:little\s+)?(?:sting|burn|ache|pain|hurt|bite|rough|hard) |"
    # "the hurts-and-I-want-it kind", "a sting I want" (sixteenth session)
    r"hurts?[-\s]+and[-\s]+i[-\s]+want[-\s]+it | "
    r"(?:sting|burn|ache|pain)\s*,?\s+(?:that\s+|which\s+)?(?:i|she|he|they)(?:'d|\s+had)?\s+(?:really\s+|actually\s+)?"
    r"(?:want|wanted|like|love|crave|asked\s+for|said\s+(?:she|he|they)\s+wanted)\b | "
    # soreness worn gladly ("sore today, zero regrets", "a bit smug about it"; twenty-first session)
    r"(?:zero|no)\s+regrets | smug\b | proudly"
)
#: "I said no and he was totally fine", "I said I wasn't ready and she was completely fine": a no taken
#: well (sixteenth session; cancels two consent rules).
#: An okay that accepts a no, and what after it says the okay was not the end of it.
_OK_WORDS: Final = r"(?:ok|okay|sure|cool|no\s+problem|that'?s\s+(?:fine|ok|okay))\b"
_NOT_THE_END: Final = r"(?![^.;!?]*\b(?:but|anyway|kept|keeps|carried|still|then\s+(?:did|went|pushed)))"
_TOTALLY_FINE = _rx(
    r"(?:and|but)\s+(?:he|she|they)\s+(?:was|were)\s+(?:totally|completely|absolutely)\s+(?:fine|cool|ok|okay)\b | "
    # "I said not tonight, she said ok and we cuddled" (nineteenth session): the ok answers a no. Not
    # "I kept asking till she said ok", nor "he said ok but kept going". Also "told my boyfriend I
    # wasn't up for it, he said cool" (twentieth session).
    r"(?:said|say|says|told\s+(?:him|her|them|my\s+\w+))\s+(?:no|not\s+(?:tonight|now|today)|stop|wait|"
    r"(?:that\s+)?i\s+(?:wasn'?t|was\s+not|'m\s+not|am\s+not)\s+(?:really\s+)?(?:up\s+for\s+it|in\s+the\s+mood|into\s+it|"
    r"feeling\s+it))\b[^.;!?]{0,30}?"
    r"\b(?:he|she|they)\s+(?:just\s+)?said\s+(?:of\s+course\b|" + _OK_WORDS + ")" + _NOT_THE_END + r" | "
    # The partner telling of a no that was taken as it came: "she has said no plenty, and I've said
    # okay" (twentieth session); not the writer's own no turned into an okay.
    r"(?:she|he|they)(?:'s|\s+has|\s+had|'d)?\s+(?:said|told\s+me)\s+no\b[^.;!?]{0,40}?\bi(?:'ve|\s+have)?\s+"
    r"(?:always\s+)?(?:just\s+)?said\s+(?:ok|okay|fine|sure|cool)\b(?![^.;!?]*\b(?:but|anyway|until|till|then)) | "
    # A no said before, or said as a habit, and taken well ("I've said no before and it was fine",
    # "she's said no before and I've never argued", "I say no when I'm not up to it and she's totally
    # fine with that", "if I say not tonight, he says okay"; twenty-first session)
    r"said\s+no\s+(?:before|plenty|lots|loads|many\s+times|a\s+few\s+times|sometimes)\b[^.;!?]{0,40}?\b(?:it\s+was\s+"
    r"(?:fine|ok|okay)|(?:i'?ve|i\s+have|he'?s|he\s+has|she'?s|she\s+has)\s+never\s+(?:argued|pushed|minded|sulked)|"
    r"(?:he|she|they)\s+(?:just\s+)?said\s+['\"]?(?:ok|okay|cool|sure|fine))" + _NOT_THE_END + r" | "
    r"(?:i|she|he)\s+says?\s+(?:no|not\s+tonight)\s+(?:when|if)\s+[^.;!?]{0,30}?\band\s+(?:she'?s|he'?s|they'?re|"
    r"she\s+is|he\s+is)\s+(?:totally\s+|completely\s+|always\s+)?(?:fine|cool|ok|okay)\b" + _NOT_THE_END + r" | "
    r"if\s+(?:i|she|he)\s+says?\s+(?:no|not\s+tonight|stop)\b[^.;!?]{0,20}?\b(?:he|she|they)\s+says?\s+(?:ok|okay|fine|"
    r"sure|no\s+problem)\b" + _NOT_THE_END + r" | "
    # "he was sweet about it" (twenty-first session)
    r"(?:he|she|they)\s+(?:was|were)\s+(?:really\s+|so\s+|very\s+|totally\s+)?(?:sweet|kind|lovely|gentle|"
    r"understanding|great|good|cool|fine)\s+about\s+it\b" + _NOT_THE_END
)
#: After "not in the mood": the writer's own free choice to go ahead.
_OWN_CHOICE: Final = r"(?![^.;!?]*\b(?:but|and|so)\s+(?:i\s+)?(?:chose|decided)\s+to\b)"
#: An okay that answers a no in the clause before ("I said I didn't want to. He just said okay
#: and kissed my forehead"; twentieth session), unless pressure follows it.
_OK_ANSWER = _rx(
    r"(?:he|she|they|(?:the|my|her|his)\s+(?:new\s+)?(?:girlfriend|boyfriend|partner|husband|wife|gf|bf))\s+"
    r"(?:just\s+)?(?:said|says)\s+['\"‘“]?"
    + _OK_WORDS
    + r"(?!,?\s+(?:just|only|then|one|five|a\s+few|but))"
    + _NOT_THE_END
)
#: Right before "resolved" or "in remission": said not to be so.
_NOT_SO: Final = ("not", "never", "isn't", "wasn't", "hasn't", "isnt", "wasnt", "hasnt", r"not\syet")
#: A named condition said to be over or at rest ("my vulvodynia has been in remission").
_CONDITION_AT_REST = _rx(
    _unless_after("i", *_NOT_SO)
    + r"n(?:to)?\s+remission | "
    + _unless_after("r", *_NOT_SO)
    + r"esolved | "
    + _unless_after("p", *_NOT_SO)
    + r"ain[-\s]?free | no\s+pain\s+at\s+all | (?:is|was|has\s+been|are)\s+(?:all\s+)?(?:gone|cured|healed)\b | "
    # "vaginismus finally gone after two years of treatment" (twenty-fourth session)
    r"(?:finally|completely|totally)\s+(?:gone|cured|healed)\b | "
    # "has settled a lot since the amitriptyline", "things have been so much better" (twentieth session)
    r"(?:has|have)\s+(?:really\s+)?(?:settled|eased|improved)\b | (?:so|much|a\s+lot)\s+better\b | "
    # "the vaginismus physio actually worked" (twenty-fifth session, dev probes)
    r"(?:physio|treatment|therapy|dilators?|surgery)\w*\s+(?:\w+\s+){0,2}?worked\b(?!\s+(?:a\s+bit|for\s+a\s+while|"
    r"at\s+first|until|till|but))"
)
#: The account says the pain is over now: "it doesn't hurt anymore", "nothing hurt at all",
#: "zero pain", "physio sorted it" (twentieth session, recovery stories in the dev probes).
PAIN_OVER = _rx(
    r"(?:doesn'?t|does\s+not|don'?t|didn'?t|did\s+not)\s+(?:\w+\s+)?(?:hurt|sting|burn|ache)\s+"
    r"(?:\w+\s+)?(?:any\s?more|now|these\s+days|at\s+all) | "
    r"(?:doesn'?t|does\s+not)\s+any\s?more\b | "
    r"no\s+longer\s+(?:\w+\s+)?(?:hurts|hurt|painful|an\s+issue|a\s+problem) | nothing\s+(?:\w+\s+)?hurt(?:s)?\b | "
    r"(?:zero|no)\s+(?:pain|discomfort)\b | pain[-\s]?free | (?:completely|totally|perfectly)\s+comfortable\s+now\b | "
    # "the first time in my adult life it didn't hurt", "the absence of it" (twentieth session)
    r"first\s+time\s+(?:in\s+(?:\w+\s+){1,3})?(?:that\s+)?(?:it|sex)\s+(?:didn'?t|did\s+not)\s+hurt | "
    r"(?:the\s+)?absence\s+of\s+(?:it|pain|the\s+pain) | "
    r"(?:physio|treatment|surgery|therapy|dilators|lube|oestrogen|estrogen|pessaries)\w*\s+(?:\w+\s+){0,3}(?:sorted|"
    r"fixed|cured|solved|ended) | "
    # "he's been treated, it's under control", "he didn't wince once" (twenty-first session)
    r"(?:it'?s|it\s+is|pain\s+is|pain'?s)\s+(?:now\s+)?under\s+control | "
    r"(?:didn'?t|did\s+not)\s+(?:wince|flinch)\s+once | "
    # "Now it doesn't hurt her", "it hasn't hurt for over a year", "last night no ow" (twenty-eighth session)
    r"now\s+(?:it\s+|sex\s+)?(?:doesn'?t|does\s+not|don'?t|isn'?t)\s+(?:\w+\s+)?(?:hurt|sting|burn|ache|painful) | "
    r"(?:hasn'?t|has\s+not|haven'?t|have\s+not)\s+(?:\w+\s+)?(?:hurt|been\s+painful|stung|burned)\s+"
    r"(?:for|since|in)\b | "
    r"no\s+ow\b | "
    # ("she used to have pain but after physio its gone"; twenty-eighth session, dev_qi)
    r"(?:after|since)\s+(?:the\s+|her\s+|my\s+|his\s+)?(?:physio|treatment|surgery|therapy|dilators|excision)\w*,?\s+"
    r"(?:it'?s|its|it\s+is|the\s+pain'?s|the\s+pain\s+is|pain\s+is)\s+(?:all\s+|completely\s+|totally\s+)?gone\b"
)
BEYOND = _rx(
    r"never\s+(?:asked|wanted|agreed) | (?:didn'?t|did\s+not)\s+ask | more\s+than\s+(?:i|we|she|he) | "
    # "harder than usual, as I asked" is the wanting itself, not beyond it (twentieth session)
    r"past\s+what | beyond | too\s+(?:much|far|hard) | harder\s+than(?!\s+(?:usual|normal|before|last\s+time)) | "
    r"wasn'?t\s+what |"
    r"didn'?t\s+(?:want|ask|agree) | not\s+what\s+(?:i|we) | "
    r"(?:not|wasn'?t|isn'?t|was\s+not|is\s+not|never)\s+the\s+good\s+(?:kind|hurt|pain|sort) | "
    # "I wanted it tho, just not the hurting" (nineteenth session)
    r"not\s+the\s+(?:hurting|pain|hurt|sting\w*|burn\w*)\b"
)

#: What takes back a stop honoured or a no that answered something: it came late or was undone.
_STOP_UNDONE = _rx(
    r"anyway | but\s+(?:then\s+)?(?:he|she|they)\b | eventually | finally | "
    r"after\s+(?:a\s+(?:while|minute|bit|few)|ages) | minutes\s+later | only\s+after | "
    r"(?:he|she|they)\s+(?:just\s+)?(?:kept\s+(?:going|pushing|asking|on\b|at\s+(?:me|it))|carried\s+on) | "
    r"ignored | pushed | pressur\w* | "
    r"(?:didn'?t|did\s+not|wouldn'?t)\s+stop | still\s+(?:did|went|kept|carried)"
)
#: A stop honoured at once ("she stopped right away"; twentieth session).
_STOPPED_AT_ONCE = _rx(
    r"(?:he|she|they|we)\s+(?:\w+\s+)?stopped\s+(?:right\s+away|immediately|at\s+once|straight\s+away|instantly|"
    r"there\s+and\s+then) | "
    # "my partner was off me ... in about one second" (twenty-fourth session, dev probes)
    r"(?:was|were|got)\s+off\s+me\b(?:\s+[\w']+){0,8}?\s+in\s+(?:about\s+)?(?:one|a|1|half\s+a)\s+second"
)
#: Pressure told anywhere in an account: what makes enduring a consent matter, not only pain.
_PRESSURE = compile_kept(
    r"\b(?:sulk\w*|angry|anger|mad\s+at|furious|pressur\w*|push(?:ed|es|ing|y)?\b|insist\w*|guilt[-\s]?trip\w*|forc\w*|"
    r"threat\w*|scared\s+of\s+(?:him|her|them)|afraid\s+of\s+(?:him|her|them)|said\s+no|say\s+no|told\s+(?:him|her|them)\s+no|"
    # not wishes that are about pleasing ("I didn't want to ruin it for him")
    r"(?:didn'?t|did\s+not|don'?t|do\s+not)\s+(?:really\s+)?want\s+(?:to\b(?!\s+(?:ruin|spoil|disappoint|upset|worry|"
    r"make|let|seem|look|be\s+(?:the|a|that|dramatic|difficult|a\s+buzzkill)|kill|break|interrupt|stop\s+(?:him|her|them)|"
    r"say\s+anything|tell|complain))|sex|it\b)|not\s+in\s+the\s+mood|dut(?:y|ies)|"
    r"owe[ds]?\b|or\s+else|(?:he|she|they)(?:'d|\s+would|'ll|\s+will)\s+leave|beg(?:s|ged|ging)?\b|nag\w*|"
    r"(?:wouldn'?t|didn'?t|won'?t|doesn'?t|don'?t|never)\s+(?:stops?|listens?|takes?\s+no)|kept\s+(?:asking|going|on)|"
    r"drunk|asleep|froze|frozen)"
)
#: A stop asked for and honoured at once ("said 'wait', he stopped instantly", "said stop, i stopped").
#: With no pressure told anywhere (``_PRESSURE``), the head's consent score alone does not raise the
#: flag there (``consent_respected``): twenty-third session, over every project text, the head alone
#: raised it on such accounts 12 times with each model set, every one of them false (dev and
#: held-out probes, parked and short texts, and one test account).
_STOP_HONOURED = compile_kept(
    r"\b(?:(?:he|she|they|we|i)\s+(?:\w+\s+)?stopped\s+(?:right\s+away|immediately|at\s+once|straight\s+away|"
    r"instantly|there\s+and\s+then)|"
    r"(?:said|say|says|saying|went)\s+['\"]?(?:no,?\s+)?(?:stop|red|yellow|wait|hang\s+on)\b"
    # not a stop that came late ("said stop and eventually he stopped")
    r"(?![^.;!?]{0,40}\b(?:eventually|finally|later|after|kept|carried|until|till|took)\b)"
    r"[^.;!?]{0,40}\b(?:i|he|she|they|we)\s+(?:\w+\s+)?stopped\b)"
)
#: A yes said and meant, told outright ("I said yes and meant it", "she'd wanted it all night",
#: "thanks for checking"): read like ``_STOP_HONOURED`` (twenty-third session, dev probes: it took
#: away 5 more false flags from the head alone with each model set, all on dev probes and short
#: texts, and no true one anywhere).
_YES_MEANT = compile_kept(
    r"\b(?:(?:i|she|he|they)\s+(?:said|say|says)\s+yes\s+(?:and\s+meant\s+it|please)|i\s+(?:always\s+)?say\s+yes\s+and\s+"
    r"mean\s+it|(?:i|she|he|they)(?:'d|\s+had)?\s+wanted\s+(?:it|to)\s+(?:all\s+night|so\s+much|every\s+second)|"
    r"wanted\s+every\s+second|thanks?\s+for\s+checking|(?:asks?|asked)\b[^.;!?]{0,40}\b(?:fine|ok|okay|cool)\s+with\s+"
    r"(?:a\s+)?no\b|no\s+sulking)"
)
#: A no taken well, or consent told as plain ("I said no, not tonight. He just said okay", "he'd
#: never push", "it was completely wanted"): read like ``_STOP_HONOURED`` (twenty-fourth session,
#: dev probes; with ``_NOT_PRESSURE`` it took 9 false flags from the head alone with each model set,
#: on dev probes and one parked text, and no true one anywhere).
_NO_HONOURED = compile_kept(
    r"\b(?:(?:said|say|says)\s+(?:no|not\s+(?:tonight|now|right\s+now)|(?:actually\s+)?can\s+we\s+not)\b[^!?]{0,60}?"
    r"\b(?:he|she|they)\s+(?:just\s+)?(?:(?:said|says|say)\s+(?:ok(?:ay)?|of\s+course|sure|no\s+problem|"
    r"that'?s\s+(?:fine|ok(?:ay)?))|stopped\s+(?:right\s+away|immediately|at\s+once|straight\s+away|instantly))\b|"
    r"(?:he|she|they)(?:'d|\s+would)\s+never\s+push|never\s+pushes|"
    r"(?:it'?s|is)\s+always\s+my\s+call|(?<!not\s)(?<!n't\s)(?<!barely\s)(?:completely|totally|fully|entirely|100%)\s+"
    r"(?:wanted|consensual)\b)"
)
#: A yes told in other words: said out loud or twice, wanted ("I wanted to."), started or asked
#: for by the one who cried ("it was my idea", "she started it"), asked about before every step,
#: or a stop refused ("she didn't want me to stop", "don't you dare stop"). Read like
#: ``_YES_MEANT``, but only where ``_YES_HEDGED`` is not right before it and ``_YES_TURNED`` not
#: right after (``consent_respected``). Twenty-ninth session, readable texts: it took 17 false
#: flags from the head alone with the evaluation models and 14 with the shipped ones; the first
#: form, without the two checks, also took 4 true ones ("I told myself she wanted it", "not
#: because she wanted to", "because she started it ... I'm not sure she could have said yes").
_YES_SAID = compile_kept(
    r"\b(?:(?:i|she|he|they)\s+(?:said|says)\s+yes\s+(?:out\s+loud|twice|more\s+than\s+once|clearly|enthusiastically)|"
    r"(?:i|she|he|they)\s+(?:really\s+|genuinely\s+|definitely\s+|totally\s+|actually\s+)?wanted\s+(?:it|to)\s*(?:[,.;!]|$)|"
    r"(?:i|she|he|they)(?:'d|\s+had)?\s+(?:started|initiated)\s+it\b|(?:it\s+was|it'?s)\s+(?:my|her|his|their)\s+idea|"
    r"i\s+initiated|(?:he|she|they)\s+asked\s+before\s+(?:every|each)|(?:checked|checking|checks)\s+in\s+(?:constantly|"
    r"the\s+whole\s+time|all\s+the\s+time|every)|(?:didn'?t|did\s+not)\s+want\s+(?:me|him|her|them)\s+to\s+stop|"
    r"don'?t\s+you\s+dare\s+stop|we\s+were\s+both\s+(?:\w+\s+and\s+)?(?:very\s+|really\s+)?into\s+it|"
    r"enthusiastic(?:ally)?\s+(?:yes|consent\w*))"
)
#: Right before a ``_YES_SAID`` (up to three words between): the yes only supposed, hedged or
#: claimed ("I told myself she wanted it", "not because she wanted to", "he insists I wanted it").
_YES_HEDGED = compile_kept(
    r"\b(?:told\s+myself|thought|think|not\s+because|if|whether|because|assum\w*|figur\w*|sure|seem\w*|"
    r"guess\w*|hope\w*|maybe|claim\w*|insist\w*)\W+(?:\w+\W+){0,3}$"
)
#: Right after it (within 80 characters): the wanting turned ("at first", "but halfway", "until").
_YES_TURNED = compile_kept(
    r"\b(?:at\s+first|until|till|but|then\s+(?:he|she|it)|halfway|partway|stopped\s+wanting|anymore|any\s+more)\b"
)
#: Words ``_PRESSURE`` would read as pressure where they say there was none: no sulking, never
#: pushing, falling asleep after, a "no" that answers a question ("he said no, the sex was fine").
_NOT_PRESSURE = compile_kept(
    r"\b(?:(?:no|without|never|didn'?t)\s+sulk\w*|(?:never|didn'?t|doesn'?t|don'?t|wouldn'?t|not)\s+push\w*|"
    r"(?:fell|falls|falling|is|'s|are)\s+(?:fast\s+)?asleep|said\s+no,?\s+(?:(?:it|the\s+sex|that)\s+(?:was|is)\s+"
    r"(?:fine|good|great|lovely|amazing|perfect|ok(?:ay)?)|nothing\s+(?:was\s+wrong|hurt|happened)|(?:it|that)\s+"
    r"(?:didn'?t|did\s+not|doesn'?t)\s+hurt|(?:i'?m|i\s+am|she'?s|he'?s)\s+(?:fine|ok(?:ay)?|happy|good)|"
    r"keep\s+going|don'?t\s+stop|carry\s+on))"
)
#: Wanting that changed: "I wanted it at first", "until it didn't", "after a while it was too much".
_TURN = _rx(
    r"at\s+first | (?:at\s+the\s+(?:start|beginning)|in\s+the\s+beginning|to\s+begin\s+with)\b.{0,40}"
    r"\b(?:then|but)\b | "
    # (not "I started crying and didn't stop until well after": twenty-seventh session, dev_pz)
    r"(?:until|till)(?!\s+(?:well\s+|long\s+|way\s+)?after\b) | after\s+a\s+while | any\s?more | stopped\s+being"
)

_ENDURE = (
    r"(?:didn'?t|did\s+not|never|couldn'?t|wouldn'?t)\s+(?:say|tell|mention|want\s+to\s+(?:stop|ruin|disappoint|"
    r"upset|spoil|make))\w* "
    r"|"
    r"(?:grit|gritted|clench\w*)\s+(?:my|his|her|their)\s+teeth | push(?:ed|ing)?\s+through | put\s+up\s+with |"
    r"endur\w* | bear\s+it | tough\s+it | suck\s+it\s+up | power(?:ed)?\s+through | fake[ds]?\b | faking |"
    r"pretend\w* | to\s+please | for\s+(?:his|her|their)\s+sake | "
    r"ruin\w*\s+(?:the|his|her|their)\s+(?:mood|night|moment|fun) |"
    r"kept\s+going | keep\s+going | didn'?t\s+stop | did\s+not\s+stop | wouldn'?t\s+stop | carried\s+on |"
    r"asked\s+(?:him|her|them|my\s+\w+)\s+to\s+(?:stop|slow) | told\s+(?:him|her|them)\s+(?:it|that\s+it)\s+hurt |"
    r"said\s+(?:it|that\s+it)\s+hurt | (?:said|told|asked).{0,30}\b(?:stop|slow\s+down|wait) | "
    r"let\s+(?:him|her|them)\s+(?:finish|continue|keep) |"
    r"wait(?:ed|ing)?\s+(?:for\s+it\s+to\s+be\s+over|until\s+(?:he|she|they)\s+(?:was|were)\s+done) |"
    r"didn'?t\s+want\s+(?:it\s+)?to\s+hurt | didn'?t\s+(?:ask|want)\s+for\s+(?:it|that|the\s+pain) | "
    r"wasn'?t\s+(?:part\s+of|what)\s+(?:the|i) |"
    r"(?:supposed|meant)\s+to\s+(?:hurt|feel) | (?:every|each)\s+time\s+(?:it|we) | always\s+hurts | "
    r"still\s+hurts | anyway |"
    r"(?:don'?t|didn'?t)\s+want\s+(?:him|her|them)\s+to\s+(?:think|feel|know) | "
    r"(?:so|because)\s+(?:he|she|they)\s+(?:wouldn'?t|won'?t) |"
    r"be\s+a\s+good | disappoint\w* | let\s+(?:him|her|them)\s+down | quiet\s+about | "
    r"hid(?:e|ing)?\s+(?:it|the\s+pain) |"
    r"(?:he|she|they)\s+(?:kept|keeps|didn'?t\s+(?:notice|stop)) | (?:i|we)\s+kept\s+(?:trying|at\s+it) | "
    r"force[ds]?\b | forcing | made\s+me"
)
ENDURE = _rx(_ENDURE)

#: Past harm named outright: an abuser, an assault, a war. A reaction anywhere in the account
#: reads as a trigger with these (``_NAMED_HARM``); the everyday past words of ``_PAST_HARM``
#: (a father, a crash, "years ago", "as a kid") count only near the reaction.
#: Right before "hit me": a feeling or a realisation that hits, not a person ("it hit me hard").
_IDIOM_HITTERS: Final = (
    *("it", "this", "grief", "reality", "feeling", "realisation", "realization", "wave", "everything"),
    *("emotion", "emotions", "loneliness", "sadness", "it's", r"it\shas", r"it\sjust", r"it\sreally", r"it\sfinally"),
    *(r"it\ssuddenly", r"it\sthen", r"it\sall", r"all\sof\sit", r"what\shad", r"what\sreally"),
)
_NAMED_HARM_WORDS: Final = (
    # "SA'd", not "sad"
    r"abus\w* | assault\w* | rap(?:e|ed|ist) | molest\w* | "
    r"trauma\w*(?!\s+(?:unit|ward|bay|team|centre|center|nurse|surgeon|surgery|department|room|medicine)) | "
    r"ptsd | cptsd | s(?:\.a\.?'?|a')d\b | "
    r"survivor | what\s+happened\s+(?:to\s+me|when|back) | "
    r"(?:" + _unless_after("h", *_IDIOM_HITTERS) + r"it|beat|choked|strangled|raped|abused|assaulted|attacked)\s+"
    r"(?:her|him|them|me)\b(?!\s+like\s+a\s+(?:truck|wave|ton|tonne|train|brick)) | "
    r"did\s+(?:\w+\s+)?(?:something|things|stuff)\s+to | something\s+(?:bad\s+)?happened\s+to | "
    r"(?:was|were|got|being)\s+beaten | war\b | soldiers? | deployment | sergeant | violent"
)
#: "Hurt her" as past harm, but not a partner's fear of having hurt someone ("I thought I'd hurt
#: her", "scared I've hurt him"; fifteenth session).
_HURT_THEM: Final = (
    _unless_after("h", r"\bi'd", r"\bi", r"\bi\shad", r"\bi've", r"\bi\shave") + r"urt\s+(?:her|him|them|me)\b"
)
_PAST_HARM = _rx(
    _NAMED_HARM_WORDS
    + r" | "
    # an attack, not a heart, panic or anxiety attack (fourteenth session)
    + _unless_after("a", "heart", "panic", "anxiety", "asthma")
    + r"ttack | gone\s+for\s+years | "
    # "uncle" but not "unclean" (twelfth session: "I feel unclean" read as past harm).
    r"(?:my|her|his|their|an?)\s+(?:abusive\s+)?ex\b | "
    # a father grieved, ill or estranged is not past harm ("my dad died in the spring", "her dad
    # starting chemo", "my father hasn't spoken to me since"; twentieth session)
    r"(?:step)?(?:dad|father|brother)\b(?!'?s?\s+(?:died|dying|passed|death|funeral|cancer|illness|surgery|debts?|"
    r"starting\s+chemo|is\s+(?:ill|sick|dying)|was\s+(?:ill|sick|dying)|(?:has|had)\s+(?:cancer|dementia|alzheimer\w*)|"
    r"isn'?t\s+speaking|hasn'?t\s+spoken)) | uncles?\b | "
    r"grand(?:father|pa|dad) | "
    r"the\s+(?:man|guy|woman|"
    r"person|people|men)\s+who | "
    r"cousin | coach | priest | teacher | babysitter | "
    # tours of duty ("did two tours"), a past hinted at ("my husband knows about my past", "I know
    # where it comes from", "not ready to say it"); twenty-third session, dev probes
    # (each written from a rarer word, with the words before it in a look-behind, for dispatch.py)
    r"p(?<=about\smy\sp)ast\b(?!\s+(?:relationships?|partners?|lovers?|jobs?|life|mistakes)) | "
    r"h(?<=something\sthat\sh)appened\s+to\s+(?:her|him|me|them)\s+(?:before|as\s+a|when|years|long\s+ago)\b | "
    r"(?:know|knew)\s+where\s+(?:it|this|that)\s+comes?\s+from | "
    r"r(?<=not\sr)eady\s+to\s+(?:say|tell|talk\s+about)\s+(?:it|what|that)\b | "
    r"(?:did|done|doing|served|serving)\s+(?:two|three|four|five|several|multiple|\d)\s+tours\b | tours?\s+of\s+duty | "
    r"used\s+to\s+(?:say|do|call|lock|touch|choke|hit|stroke|come|make|hold|pin|whisper|smell) | "
    r"crash | as\s+a\s+(?:kid|child|teen\w*|girl|boy) | "
    r"when\s+i\s+was\s+(?:\d+|little|young|a\s+kid|a\s+teen\w*) |"
    r"years\s+ago | back\s+then | childhood | grabbed\s+me | hurt\s+me | "
    # a disaster or a war lived through, an age come back (twenty-eighth session, dev probes: "under
    # the rubble", "suddenly I was nineteen again"). "What happened at uni" was tried and dropped: on
    # the test split and a held-out file it named something harmless as often as a harm.
    r"rubble | earthquake | bombing | shelling | air\s?raids? | "
    r"air\s?strikes? | (?:suddenly|instantly|and)\s+i\s+was\s+(?:\d{1,2}|"
    + _CHILD_AGE_WORDS
    + r"|seventeen|eighteen|nineteen|a\s+(?:kid|child|little\s+girl|little\s+boy))\s+again\b | "
    r"(?:the\s+(?:one|man|guy|person)|him|her)\s+from\s+before | "
    r"(?:before|after|when)\s+(?:he|she|they)(?:'d)?\s+hurt\b | " + _HURT_THEM
)
#: After "panic": a partner's fear of having hurt someone, not a trauma reaction.
_NOT_WORRY_FOR_THEM: Final = r"(?!\s+and\s+(?:thought|assumed)\s+(?:that\s+)?(?:i'?d|i\s+had)\s+hurt)"
_NOW_REACTION = (
    r"(?:brings?|brought|bringing|stirs?|stirred|stirring|dredg\w*|drag\w*)"
    # not a topic raised ("when I brought it up again", "brought it up with my therapist")
    r"(?!\s+it\s+up\s+(?:with|to|again|later|gently|once|at|in|over|anyway)\b)"
    # nor a wish pressed on a partner ("kept bringing up using a strap-on"; twenty-fifth session)
    r"(?!\s+(?:it\s+)?up\s+(?:using|trying|buying|moving|the\s+(?:idea|topic|subject))\b)\s+(?:it\s+all|it|everything|"
    r"all\s+of\s+it|stuff|"
    r"things|memories|(?:the\s+)?old\s+(?:stuff|memories|feelings|things|fear|panic)|up)\s*(?:all\s+)?(?:up|back)?\b | "
    r"old\s+wounds? | (?:makes?|made)\s+me\s+remember | "
    # a child's voice, a question whether one is "in trouble", eyes that look straight through the partner
    # (twenty-fifth session, dev probes)
    r"talks?\s+in\s+(?:a\s+)?(?:little|tiny|small|child'?s?|little\s+girl'?s?|little\s+boy'?s?)\s+voice | "
    r"asks?\s+(?:me\s+)?if\s+(?:she|he|they|i)(?:'s|\s+is|'re|\s+are|'m|\s+am|\s+was)\s+in\s+trouble | "
    r"(?:eyes|he|she|they)\s+(?:go|goes|went|look|looks|looked|stare|stares|stared)\s+(?:straight\s+|right\s+)?through\s+"
    r"(?:me|him|her)\b | "
    r"went\s+blank |"
    r"mind\s+went | (?:saw|see|seeing|kept\s+seeing)\s+(?:his|her|their|the)\s+face | trapped | helpless | "
    r"hyperventilat\w* |"
    r"flash\s?back\w* | "
    + _unless_after("t", *_MIGHT_HAVE_SET_OFF)
    + r"rigger\w* | dissociat\w* | froze | freez\w* | frozen | "
    # A partner's panic that they hurt someone is not a trauma reaction.
    r"panic(?!ked\b)\w*\b"
    + _NOT_WORRY_FOR_THEM
    # (not "huge, body-shaking sobs": twenty-eighth session)
    + r" | s(?<!body-s)hak(?:ing|y|e(?!\s+(?:it\s+off|off|the\s+(?:feeling|thought|idea)|"
    r"that\s+(?:feeling|thought))))(?<!hard\sto\sshake)(?<!impossible\sto\sshake) | "
    r"couldn'?t\s+breathe | couldn'?t\s+move | zon(?:ed|ing)\s+out | spaced\s+out | shut\s+down |"
    # "When I came to", not "came to bed" or "came to Poland" (twelfth session).
    r"came\s+to(?=\s*(?:[,.;!?]|$|and\b|again\b|properly\b|fully\b|(?:i|she|he|they)\b)) |"
    r"(?:could|can)\s+(?:smell|hear|see)\s+(?:him|her|them)\b | (?:saw|see|seeing)\s+(?:his|her|their)\s+face |"
    r"(?:it|everything|it\s+all|all\s+of\s+it|memor(?:y|ies)|the\s+past)\s+(?:\w+\s+){0,8}(?:came|comes|coming|"
    r"rush\w*|"
    r"flood\w*)\s+back | back\s+there | "
    # (not "she keeps reminding me to breathe" nor "a nice reminder": twenty-seventh session)
    r"remind(?:s|ed|ing|ers?)?\b(?!\s+(?:me|him|her|us|them)\s+to\b)(?<!nice\sreminder)(?<!good\sreminder)"
    r"(?<!sweet\sreminder)(?<!happy\sreminder)(?<!lovely\sreminder) | reliv\w* | memor(?:y|ies) | "
    # A face seen or remembered, not tears "down his face" or "the left side of her face".
     + _words_unless_after(_NOT_SEEN, "h(?:is|er)", "their") + r"\s+face\b"
    r"(?!\s+(?:was|is)\s+so\b) |"
    r"left\s+my\s+body | (?:out|outside)\s+of\s+my\s+body | far\s+away | not\s+(?:really\s+)?there | "
    # watching from above or from behind glass, hands gone numb, coming back crying (twenty-third
    # session, dev probes)
    r"floating\s+above\s+(?:the\s+bed|myself|my\s+body|us|it\s+all|everything) | "
    r"watch\w*\s+(?:us|myself|it|her|him)\s+(?:through\s+(?:a\s+)?(?:window|glass)|from\s+(?:above|the\s+ceiling|"
    r"outside|far\s+away)) | "
    r"(?:stop|stops|stopped)\s+feeling\s+(?:my|her|his|their)\s+(?:hands|legs|arms|face|feet) | "
    r"come\s+back\s+and\s+(?:i'?m|she'?s|he'?s|they'?re)\s+(?:crying|sobbing|shaking) | "
    r"wasn'?t\s+(?:really\s+)?there | checked\s+out |"
    # "numb" but not "number" (twelfth session: "the helpline number" read as a reaction).
    r"went\s+(?:completely\s+|totally\s+|suddenly\s+)?(?:somewhere\s+else|blank|numb|still|away) | "
    r"(?:goes|go|going)\s+(?:kind\s+of\s+|sort\s+of\s+|a\s+bit\s+|completely\s+|totally\s+)?"
    r"(?:blank|somewhere\s+else)\b | "
    r"numb(?:ness|ed)?\b | "
    r"same\s+(?:smell|cologne|position|words|way) | could\s+not\s+(?:breathe|move) | "
    r"in\s+that\s+(?:\w+\s+){1,2}again\b | "
    r"smelled\s+like | sounded\s+like |"
    r"thought\s+(?:he|she|it)\s+was\s+(?:him|her) | saw\s+(?:him|her) | "
    r"hands?\s+on\s+my\s+(?:neck|throat|wrist\w*|hips?|hair) | pinned | held\s+down |"
    r"rigid | stiff(?![-\s]upper) | flinch\w* | recogni[sz]\w*\s+me | lost\s+it | "
    r"(?:was|were|i'?m|am|is|straight|right)\s+back\s+(?:in|with|on|at|to|there) |"
    r"somewhere\s+else | (?:didn'?t|did\s+not|doesn'?t)\s+(?:seem\s+to\s+)?know\s+where | "
    r"(?:seventeen|eighteen|nineteen)\s+again\b | "
    r"(?:\d{1,2}|" + _CHILD_AGE_WORDS + r")\s+(?:again|in\s+(?:the|that|his|her|my))"
    r" | (?:went|goes|go|turned|turns)\s+(?:white|pale|cold|rigid|stiff|still|(?:hard|stiff|rigid)\s+as\s+a\s+"
    r"(?:board|plank|rock|statue)) | lock(?:s|ed)?\s+up | distress\w* |"
    # a time slip, another's face on the partner's, minutes lost (twenty-eighth session, dev probes:
    # "suddenly I was under the rubble in Antakya again", "it was Ron's face", "lost about ten minutes")
    r"(?:suddenly|instantly|and\s+then)\s+(?:i|she|he|they)\s+(?:was|were|am|is|'m|'s|are|'re)\s+(?:back\s+)?"
    r"(?:in|under|at|on|inside)\s+(?:\w+\s+){1,5}?again\b | it\s+was\s+[a-z]+'s\s+face\b | "
    r"lost\s+(?:about\s+|like\s+|maybe\s+|around\s+|almost\s+)?(?:(?:a\s+few|\w+|\d+)\s+)?minutes\b | lost\s+time\b |"
    r"(?:stuff|things|memories|old\s+\w+)\s+(?:comes?|came|coming)\s+up | (?:what|which)\s+room\s+i\s+was |"
    # (twenty-seventh session, dev_pz: "things from when I was in care as a child come back to me", "I lose
    # track of where I am")
    r"(?:things|stuff|bits)\s+(?:\w+\s+){0,8}?(?:come|comes|came|coming)\s+back\s+to\s+(?:me|her|him|them)\b | "
    r"los(?:e|es|ing|t)\s+track\s+of\s+where\s+(?:i|she|he|they)\s+(?:am|is|are|was|were)\b |"
    r"intrusive\s+(?:memor\w*|recollection\w*|images?|thoughts?|pictures?) |"
    # not a wish to be gone ("everyone would be better off if I was gone"; twenty-third session)
    + _unless_after("i", "if", "wish", "wished")
    + r"\s+was\s+(?:just\s+)?gone\b(?!\s+for\s+good) | smell\w*\s+like | "
    + _unless_after("s", r"in\sthe")
    + r"ame\s+(?:aftershave|perfume|shampoo|soap|song|voice|breath|beer|coffee)"
)
NOW_REACTION = _rx(_NOW_REACTION)
#: Past harm named outright (``_NAMED_HARM_WORDS``) and a few forms of it that are not
#: past-harm words on their own ("wouldn't take no", "the attack").
_NAMED_HARM = _rx(
    _NAMED_HARM_WORDS
    + r" | used\s+to\s+(?:(?:hurt|hit|beat|choke|lock|touch|pin|hold)\s+(?:me|her|him|them|us)\b|break\s+things) | "
    r"(?:wouldn'?t|would\s+not|didn'?t|did\s+not)\s+take\s+no | belt\s+on\s+(?:us|me|her|him|them) | "
    # years of lying still through it ("in the bedroom I learned to lie still and wait"; twenty-eighth
    # session, dev_qf)
    r"learn(?:ed|t)\s+to\s+(?:lie|lay|go|stay|keep)\s+(?:very\s+)?(?:still|quiet) | "
    r"(?:the|my|her|his|their)\s+attack\b"
)
#: Clauses around a reaction within which everyday past words (``_PAST_HARM``) still count.
PAST_NEAR: Final = 4

#: What places a clause in the past (``_PAST_TIME``); ``_BEFORE_NOW`` reads a few more.
_PAST_TIME_WORDS: Final = (
    r"when\s+i\s+was|years\s+ago|as\s+a\s+(?:kid|child|teen\w*)|back\s+(?:then|in)\b|in\s+(?:high\s+school|"
    r"college|my\s+teens)|"
    # An age ("at 15"), not a time of day ("at 2 in the morning", "at 3am": twelfth session), nor a
    # time things start ("I've got work at 6"; twenty-eighth session).
    r"(?<!work\s)(?<!shift\s)(?<!class\s)(?<!start\s)(?<!starts\s)(?<!up\s)(?<!leave\s)(?<!home\s)(?<!flight\s)"
    r"(?<!train\s)(?<!bed\s)(?<!finish\s)(?<!off\s)at\s+\d{1,2}\b(?!\s*(?:am|pm|a\.m|p\.m|o'?clock|"
    r"in\s+the\s+(?:morning|night|afternoon|evening)|[:.]\d))|"
    r"age\s+\d{1,2}|\d{1,2}\s+years?\s+old|growing\s+up|childhood|(?:19|20)\d\d|"
    # "used to" as a past habit, not "I'm used to it" or "he is used to getting his way".
    r"(?<!get\s)(?<!got\s)(?<!gets\s)(?<!i'm\s)(?<!im\s)(?<!am\s)(?<!is\s)(?<!are\s)(?<!he's\s)(?<!she's\s)"
    r"(?<!they're\s)(?<!we're\s)(?<!you're\s)used\s+to|"
    # Someone from the past: the labelling guide makes a past assault told as history a trauma
    # matter, not a consent concern about the sex the account is about.
    r"(?:my|her|his|their)\s+(?:first|old|former)\s+(?:boyfriend|girlfriend|partner|husband|wife)|"
    r"ex[-\s](?:husband|wife|boyfriend|girlfriend|partner)|(?:step[-\s]?)?(?:father|dad)\b|uncles?\b|grandfather|"
    # A bare "my ex" who raped or abused: someone from before, as an "ex-boyfriend" is. Not any
    # "my ex": "I slept with my ex and he wouldn't stop" is about the sex the account tells.
    r"(?:my|her|his|their)\s+ex\s+(?:\w+\s+)?(?:raped|assaulted|abused|abusive|molested|attacked|forced)\b|"
    r"(?:a|some)\s+stranger|from\s+\d{1,2}\s+(?:to|until|till)\s+\d{1,2}|i\s+was\s+\d{1,2}\b(?!\s*(?:drinks?|glasses|beers?|shots?|hours?|minutes?|mins?|days?|weeks?|months?|times?))|"
    r"while\s+(?:serving|deployed)|in\s+(?:my|the)\s+unit\b|"
    # Twentieth session: "during his service", "in my early twenties", "since the burglary last year".
    r"during\s+(?:my|his|her|their)\s+(?:service|deployment|tour)|in\s+(?:my|his|her|their)\s+(?:early\s+|late\s+|mid[-\s]?)?"
    r"(?:teens|twenties|20s)\b|(?:burglary|mugging|robbery|attack|war|accident)\s+last\s+year"
)
_PAST_TIME = compile_kept(rf"\b(?:{_PAST_TIME_WORDS})")

#: A clause set before now: "used to", "for two years", "before the surgery", "back then".
_BEFORE_NOW = compile_kept(
    rf"\b(?:{_PAST_TIME_WORDS}"
    r"|for\s+(?:about\s+|over\s+|nearly\s+|almost\s+|the\s+(?:first|last)\s+)?(?:a|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|\d+|many|several|a\s+few|a\s+couple\s+of)\s+(?:years?|months?)|before\s+(?:it|that|the\s+\w+|my\s+\w+|"
    r"treatment|surgery|physio)|back\s+then|had\s+(?:vaginismus|dyspareunia|endometriosis|vulvodynia|pain)"
    # "when I posted last year", "a few months ago" (twenty-first session)
    r"|last\s+(?:year|summer|spring|autumn|fall|winter)|(?:a|one|two|three|several|a\s+few|some)\s+(?:years?|months?)\s+ago"
    r"|for\s+a\s+long\s+time\s+(?:after|afterwards)|(?:all|most)\s+of\s+(?:my|her|his|their)\s+(?:teens|twenties|"
    r"thirties|20s|30s)\b|with\s+(?:my|her|his|their)\s+ex\b"
    r")"
)
_SELF = r"(?:my|her|him|them|your|one)sel(?:f|ves)|themself|my\s?self"
_SELVES: Final = ("myself", "himself", "herself", "themselves", "me")
_BODY = r"(?:arms?|wrists?|thighs?|legs?|skin|stomach|belly|hips?|forearms?|scars?|hands?|face|head)"
#: After "cutting": what is cut when it is not skin ("been cutting my hair shorter", "cutting back").
_NOT_TRIMMING = (
    r"(?!\s+(?:(?:my|his|her|their|the|it)\s+)?(?:\w+\s+)?(?:hair|fringe|bangs|nails|toenails|back|down|out|corners|"
    r"ties|class(?:es)?|onions?|bread|veg\w*|fruit|cheese|cake|meat|wood|rope|paper|fabric|coupons|"
    + _CUT_NOT_SKIN
    + r")\b)"
)

#: The person named by a past act ("the man who raped me had a beard"): history, which the guide
#: makes trauma, not "the man who raped me last night" (nineteenth session). Plain ``re``: it is
#: read only in the clauses of accounts where an assault rule matched, and its one long tail
#: would grow past what the first-letter grouping of ``dispatch.py`` allows.
_PERSON_BY_PAST_ACT = compile_kept(
    r"\b(?:man|guy|woman|person|one|someone|boy|stranger|ex|men|guys|people)\s+(?:that|who)\s+(?:had\s+)?"
    r"(?:raped|assaulted|attacked|abused|molested)\b(?![^.;!?]*\b(?:last\s+(?:night|week\w*|month)|yesterday|"
    r"tonight|this\s+(?:morning|week)|earlier|(?:hours?|days?)\s+ago)\b)"
)

#: ...unless the account also tells a reaction that keeps happening ("sometimes I freeze").
_NO_RECURRING_REACTION: Final = (
    r"\A(?![\s\S]*\b(?:sometimes|often|usually|always|every\s+time|still|keeps?|kept)\s+(?:\w+\s+){0,3}?(?:freez\w*|"
    r"froze|flashbacks?|dissociat\w*|panic\w*|shak\w*|go(?:es)?\s+(?:numb|blank|still|rigid)|zon\w+\s+out|shut\w*\s+down)"
    r")[\s\S]*?"
)

#: An account of dementia: not knowing who or where one is belongs to the illness there.
_DEMENTIA = compile_kept(r"\b(?:dementia|alzheimer\w*|memory\s+care)\b")

#: The account says outright that this was not the past coming back ("not a flashback, not a
#: trigger", "nothing came back", "it wasn't about the assault"); not a hedge ("not flashbacks
#: exactly, but I was back in my teenage bedroom"). Over the project's texts, where an account says
#: so the trauma flag was false 73 times and true twice (nineteenth session). Plain ``re``: it is
#: searched once per account (``detect``), not grouped by ``dispatch.py``.
TRAUMA_DENIED = compile_kept(
    _NO_RECURRING_REACTION
    + r"\b(?:(?:not|no|wasn'?t|isn'?t|never|nothing\s+like)\s+(?:a\s+|any\s+)?(?:flashbacks?|triggers?|triggered|"
    r"trauma\w*)\b(?!\s+exactly|,?\s+but\b)|"
    # "nothing came up" (twenty-fourth session), not at work or in a search
    r"nothing\s+(?:came|comes)\s+(?:back|up)\b(?!\s+(?:at\s+work|on|in\s+(?:the\s+)?(?:search|results|google)))|"
    r"nothing\s+from\s+back\s+then|"
    # "nothing was triggered" (twenty-first session)
    r"nothing\s+(?:was|got|is|gets)\s+triggered\b(?!,?\s+(?:but|until|till)\b)|"
    r"(?:this|it)\s+(?:wasn'?t|isn'?t|was\s+not|is\s+not)\s+(?:about\s+)?(?:the\s+past|the\s+assault|the\s+abuse|"
    r"my\s+past|what\s+happened)\b|(?:wasn'?t|isn'?t|not)\s+(?:that|the\s+past)\s+coming\s+(?:up|back))"
)

#: Weaker denials, which keep the head's score alone from raising the flag but not the patterns
#: (``trauma_denied``): the past said not to come up in bed or to have nothing to do with the
#: tears, "I didn't think about him once", a good memory. Twenty-third session, over every project
#: text: the head alone raised the flag on such accounts 10 times with the evaluation model and 9
#: with the shipped one, every one of them false. On most of them the trauma label still raises it
#: (``FLAG_WITH_CAUSE``), so the check took away 4 false flags and 3 (shipped), and no true one.
#: Twenty-fourth session: the past as "context, not what this is", "healed", "nothing like that
#: ever happened", "this was happy crying": 8 more false flags gone (6 shipped), no true one.
_TRAUMA_NOT_NOW = compile_kept(
    _NO_RECURRING_REACTION
    + r"\b(?:(?:doesn'?t|does\s+not|never|didn'?t)\s+(?:really\s+|ever\s+)?come\s+up\s+(?:in\s+bed|during\s+sex|"
    r"when\s+we|with\s+(?:him|her|them))|"
    r"nothing\s+to\s+do\s+with\s+(?:it|that|the\s+(?:past|abuse|assault|trauma)|my\s+past|what\s+happened)\b|"
    r"(?:didn'?t|did\s+not)\s+think\s+(?:about|of)\s+(?:him|her|them|it|the\s+past)\s+(?:once|at\s+all|even\s+once)|"
    # a good memory, not "no good memories"
    r"not\s+(?:a\s+)?(?:bad|sad)\s+(?:memory|kind)|(?<!\bno\s)(?<!\bany\s)(?<!\bfew\s)(?<!\bnot\sa\s)"
    r"(?:nice|good|happy)\s+memor(?:y|ies)|"
    # the past told as background only, or as healed, or absent (twenty-fourth session, dev probes)
    r"(?:that'?s|that\s+is|it'?s|it\s+is)\s+(?:just\s+)?(?:context|background),?\s+not\s+what|"
    r"(?:that\s+part|that|it)\s+(?:is|'s|has)\s+(?:been\s+)?healed|"
    r"nothing\s+like\s+that\s+(?:has\s+)?(?:ever\s+)?happened\s+to\s+(?:me|her|him|them)|"
    r"(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+have\s+any\s+(?:bad\s+stuff|trauma|bad\s+history)\s+in\s+(?:my|her|his)\s+past|"
    r"(?:this|it)\s+was\s+(?:just\s+)?(?:happy|good)\s+(?:crying|tears))"
)

#: Trauma words in a worry or a question ("I thought she was having a flashback", "asking if I was
#: back there") or in knowing what one is like ("I know what a flashback feels like"): removed from
#: a clause before the trauma rules read it (twentieth session, dev probes).
NOT_A_TRIGGER = _rx(
    r"(?:thought|think|worried|wondered|scared|afraid|sure|asked|asking|ask|checking|checked|check)\s+(?:\w+\s+){0,3}?"
    r"(?:if\s+|whether\s+|that\s+)?(?:she|he|they|i|you)(?:'d|'s|\s+was|\s+were|\s+might\s+be|\s+had\s+been|\s+is|"
    r"\s+are)?\s+(?:having\s+(?:a\s+)?(?:flashbacks?|panic\s+attack)|back\s+there|somewhere\s+else|triggered|"
    r"dissociating) | "
    r"know\s+what\s+(?:a\s+)?(?:flashbacks?|being\s+triggered|triggers?|dissociation|dissociating)\s+(?:feels?|is|are|"
    r"looks?)\s+like | "
    # a good memory ("took me straight back to our honeymoon"; twenty-first session)
    r"(?:took|takes|take|taking|brought|brings|sent|sends)\s+(?:me|us|her|him|them)\s+(?:all\s+|straight\s+|right\s+)?"
    r"back\s+to\s+(?:our|my|the|his|her)\s+(?:\w+\s+){0,2}?(?:honeymoon|wedding|first\s+(?:date|kiss|trip|holiday)|"
    r"holiday|vacation)\b | "
    # a partner's question, PTSD as a joke, a flashback long past (twenty-eighth session, dev_qf)
    r"(?:did|do|have|had|could|might)\s+i\s+(?:\w+\s+)?trigger\w*\s+(?:her|him|them|something)\b | "
    r"ptsd\s+from\s+(?:my|the|that|this)\s+(?:\w+\s+)?(?:thesis|exams?|finals|job|interview|driving\s+test|defen[cs]e|"
    r"dissertation|wedding|school\s+run|group\s+chat|commute|in-?laws)\b | "
    r"(?:years?|months?)\s+since\s+(?:the|my|her|his|their)\s+last\s+(?:flashback|panic\s+attack|episode|trigger)\b | "
    # slang with its laugh ("triggered lol"; twenty-eighth session, dev_qi)
    r"triggered\s+(?:lol|lmao|lmfao|haha\w*|jk)\b | "
    # one person's tears setting off another's, and a partner's worried question (twenty-first session)
    r"(?:cried|crying|cry|tears|sobbing|laughing),?\s+(?:\w+,?\s+){0,2}?(?:which|and\s+(?:that|it))\s+(?:just\s+)?set\s+"
    r"(?:me|her|him|us)\s+off | (?:am|was)\s+i\s+(?:\w+\s+)?bringing\s+(?:it|that|this|things)\s+(?:all\s+)?back"
)
#: The account says the trauma reactions are over now: "that doesn't happen anymore", "EMDR
#: worked" (twentieth session; ``Rule.unless_over`` reads it for clauses set before now).
TRAUMA_OVER = _rx(
    r"(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+happen\s+(?:\w+\s+)?any\s?more | "
    r"(?:no\s+longer|not\s+any\s?more)\s+(?:\w+\s+)?(?:dissociat\w*|happens?|freez\w*|flashbacks?) | "
    r"(?:therapy|emdr|treatment)\s+(?:\w+\s+){0,3}(?:fixed|worked|helped|cured|stopped)\b | "
    # "haven't had an episode in years" (twenty-first session)
    r"(?:haven'?t|have\s+not|hasn'?t|has\s+not)\s+had\s+(?:an?\s+|one\s+|any\s+)?(?:episode|flashback|panic\s+attack|"
    r"trigger)s?\s+(?:in|for)\s+(?:years|ages|months|a\s+long\s+time)"
)

#: A pillow, a hand or a fist bitten: bracing against pain (two unwanted-pain rules read it).
_BITTEN: Final = r"(?:bite|bites|biting|bit)\s+(?:down\s+on\s+|into\s+)?(?:the|my|her|his)\s+(?:pillow|hand|fist|arm)s?"

#: Plain pain words, unless negated or said to be wanted (in the clause or the next one, and not
#: taken back); ``pain_said_wanted`` reads a whole short account with the same patterns.
_PAIN_RULE: Final = Rule(
    PAIN,
    skip_hypothetical=True,
    strip=NOT_PAIN,
    unless=(WANTED_PAIN,),
    unless_window=1,
    unless_undone=_TURN,
    unless_over=PAIN_OVER,
)

#: A partner going on with it once told something (a hurt, a no): read by the pain rule and by
#: consent's stop-refused rule (thirty-first session), which then differ in what was told.
_WENT_ON: Final = r"kept\s+going|carried\s+on|pressed\s+on|pushed\s+on|went\s+on|continued"
_EVEN_AFTER_TOLD: Final = r"\s+(?:even\s+)?(?:after|when|though|although|while)\s+(?:i|she|he|they)\s+"
#: Caring that goes on through the tears ("he didn't stop holding me"): not a stop refused.
_CARING: Final = r"holding|hugging|cuddling|stroking|kissing|smiling|checking|apologi\w*"

RULES: Final[dict[FlagId, tuple[Rule, ...]]] = {
    "unwanted_pain": (
        # The labelling guide flags any pain that was not wanted, so plain pain words raise it
        # unless negated ("it didn't hurt") or said to be wanted (``_PAIN_RULE``).
        _PAIN_RULE,
        # A denial taken back at once ("It doesn't hurt much. Well, it does."; twenty-eighth session,
        # dev_qd), and a tear that is an injury ("he tore his frenulum").
        Rule(
            _rx(r"(?:well|actually|honestly|ok(?:ay)?),?\s+(?:it\s+)?(?:does|did)\b(?=\s*(?:[.!]|$|though\b|hurt\b))"),
            negatable=False,
            needs=_rx(r"(?:doesn'?t|does\s+not|didn'?t|did\s+not)\s+(?:really\s+)?hurt"),
            needs_window=1,
        ),
        # Pain that cannot be said for fear of anger ("he gets angry if i say it hurts so i just let him
        # finish"; twenty-eighth session, dev_qi); "he'd never get angry if I said it hurt" is negated.
        Rule(
            _rx(
                r"(?:gets?|got|getting|goes|went)\s+(?:really\s+|so\s+|all\s+)?(?:angry|mad|upset|annoyed|moody|sulky|cross|"
                r"funny|weird|quiet)\s+(?:if|when|whenever)\s+i\s+(?:say|said|tell|told)\s+(?:\w+\s+)?(?:that\s+)?"
                r"(?:it|sex)\s+(?:hurts?|stings?|burns?|is\s+painful)\b"
            )
        ),
        Rule(
            _rx(
                r"(?:tore|torn|tearing|ripped|split|snapped)\s+(?:his|her|my|their|the)\s+"
                r"(?:frenulum|banjo\s+string) | "
                r"penile\s+fracture | (?:fractured|broke|broken)\s+(?:his|my|their)\s+(?:penis|dick|cock)\b"
            ),
            negatable=False,
            skip_hypothetical=True,
        ),
        Rule(
            _rx(
                r"(?:grits?|gritted|gritting|clench\w*)\s+(?:my|her|his|their)\s+teeth | "
                r"through\s+(?:gritted\s+|clenched\s+)?(?:my|his|her|their)\s+teeth | "
                r"through\s+(?:gritted|clenched)\s+teeth"
            )
        ),
        Rule(
            _rx(
                r"admit\w*\s+(?:that\s+)?(?:it|sex)\s+(?:always\s+|really\s+|actually\s+|still\s+)?(?:hurts|hurt|stings|"
                r"burns)\b | "
                r"(?:it|this|that)\s+(?:really\s+)?hurt\w*.{0,40}\b(?:but|and)\s+(?:i|he|she|they)\s+(?:kept|"
                r"didn'?t|let|carried|went)"
            ),
            negatable=False,
            strip=NOT_PAIN,
        ),
        Rule(
            _rx(
                r"(?:didn'?t|did\s+not|don'?t)\s+(?:ask\s+for|want|like|sign\s+up\s+for)\s+(?:the\s+|that\s+|"
                r"this\s+|any\s+)?(?:pain|hurt\w*) | "
                # rough sex hated, a bruised feeling inside (twenty-third session, dev probes)
                r"rough\w*\b[^.;!?]{0,20}?\b(?:i|she|he|they)\s+(?:really\s+)?hated\s+it\b | "
                r"(?:feels?|felt|feeling)\s+(?:so\s+|really\s+)?bruised\s+(?:when|every|inside|deep)"
            ),
            negatable=False,
        ),
        # The body braced against it while the pain is hidden or waited out ("tensing up so hard my
        # legs shake ... and I tell him I'm good", "clenching up and I just wait for it to finish";
        # twenty-third session, dev probes): enduring to please, unwanted pain by the guide.
        # Also a partner's breath held, a pillow bitten, fists balled in the sheets, knuckles white on
        # the headboard, eyes squeezed shut (twenty-fourth session, dev probes).
        Rule(
            _rx(
                r"(?:tens(?:e|es|ed|ing)|clench(?:es|ed|ing)?|"
                # not "braced for the worst" (twenty-fifth session)
                r"brac(?:e|es|ed|ing)(?!\s+(?:my|her|him|them)sel(?:f|ves)\s+for\b|\s+for\s+(?:the\s+worst|bad\s+news|a\s+"
                r"(?:fight|row|lecture|call|talk)))|go(?:es)?\s+rigid|went\s+rigid|"
                # (twenty-seventh session, dev_pz: "she goes stiff as a plank when I push in")
                r"(?:go(?:es)?|went|going)\s+(?:stiff|rigid)\s+as\s+a\s+(?:plank|board|post)|"
                r"(?:hold|holding|held)\s+(?:my|her|his)\s+breath)\b | " + _BITTEN + r"\b | "
                r"(?:sheets?|duvet|pillow)\s+balled\s+(?:up\s+)?in\s+(?:her|his|my)\s+fists? | "
                r"grip(?:s|ped|ping)?\s+(?:the|my|her|his)\s+(?:sheets?|pillow|headboard|duvet)\b | "
                r"knuckles\s+(?:were\s+|went\s+|turned\s+)?white\b | eyes\s+squeezed\s+shut\b | "
                # a face screwed up (twenty-fifth session, dev probes)
                r"(?:face|eyes)\s+(?:\w+\s+)?screw(?:s|ed|ing)?\s+(?:up|shut)\b | "
                r"screw(?:s|ed|ing)?\s+up\s+(?:her|his|my|their)\s+face\b"
            ),
            negatable=True,
            skip_hypothetical=True,
            needs=_rx(
                r"wait\w*\s+(?:for\s+(?:it|him|her|them)\s+to\s+(?:finish|be\s+over|end|stop)|until\s+(?:he|she|they|it)"
                r"(?:'s|\s+is|\s+was)\s+(?:done|finished|over)) | "
                r"(?:tell|told|telling)\s+(?:him|her|them)\s+(?:that\s+)?(?:i'?m|i\s+am|it'?s|it\s+is|i\s+was|it\s+was)\s+"
                r"(?:good|fine|ok|okay|great) | "
                # "goes 'mm, fine'", "swears it's 'fine, just different'", "keeps saying 'I'm fine, keep going'",
                # "when she thinks I'm not looking" (twenty-fifth session, dev probes)
                # (the word ends what is said: not "I said 'good girl'")
                r"(?:says?|said|saying|goes|go|went|swears?|swore)\s+(?:(?:that\s+)?(?:it'?s|it\s+is|it\s+was|i'?m|she'?s|"
                r"he'?s)\s+)?['\"](?:\w+,?\s+){0,2}?(?:fine|good|ok|okay)(?=\s*(?:[,.!?'\"]|$)) | "
                r"(?:says?|said|saying|swears?|swore)\s+['\"]?(?:i'?m|it'?s)\s+(?:fine|good|ok|okay)"
                r"(?=\s*(?:[,.!?'\"]|$)) | "
                r"(?:thinks?|thought)\s+(?:i'?m|i\s+am|i\s+was|he'?s|she'?s)\s+not\s+looking | "
                r"so\s+(?:he|she|they)\s+(?:can'?t|won'?t|doesn'?t|don'?t|wouldn'?t|couldn'?t)\s+"
                r"(?:see|notice|hear|tell) | "
                r"(?:make|making|made)\s+the\s+right\s+noises | bury\s+my\s+face | get\s+through\s+it | "
                r"push\s+through"
            ),
            needs_window=1,
            # ...or, anywhere in the account, a word that it was borne for the other one's sake
            needs_anywhere=_rx(
                r"(?:didn'?t|don'?t|did\s+not|do\s+not)\s+want\s+to\s+(?:spoil|ruin)\s+it\s+for\s+"
                r"(?:you|me|him|her|them) | "
                r"(?:like|love)\s+making\s+(?:you|me|him|her|them)\s+happy | "
                # said to be fine against what the body shows ("gf says its fine but she goes stiff as a plank";
                # the "but" starts a clause of its own; twenty-seventh session, dev_pz)
                r"(?:says?|said|swears?|swore)\s+(?:that\s+)?(?:it'?s|it\s+is|she'?s|he'?s|i'?m)\s+(?:fine|good|ok|okay)\s+"
                r"but\b"
            ),
            unless=(WANTED_PAIN,),
        ),
        # A condition named, unless said to be at rest, over before now, or (twenty-eighth session) in an
        # account that says the pain is over or did not come ("my partner has endometriosis ... last night
        # no ow"); pain told in words is read by the other rules.
        Rule(
            _rx(
                r"vaginismus | dyspareunia | endometriosis | vulvodynia | "
                r"chronic\s+pain\b(?!\s+(?:crew|community|gang|folks|warriors|friends|fam|sub\w*|forum|group))"
            ),
            negatable=True,
            unless=(WANTED_PAIN, _CONDITION_AT_REST),
            unless_over=PAIN_OVER,
            unless_account=PAIN_OVER,
        ),
        Rule(
            _rx(
                r"(?:bleed|bled|bleeding)\s+(?:after|during) | cervix | stabbing | "
                r"(?:like|being|felt)\s+(?:\w+\s+)?stabbed | "
                # a likeness ("felt like sitting on gravel", "like a paper cut inside", "like someone dragging a
                # cheese grater", "like a zip catching on skin", "like a rock being pushed somewhere it didn't
                # fit"; twenty-fifth session, dev probes)
                r"like\s+(?:\w+\s+){0,4}?(?:gravel|paper[-\s]?cuts?|(?:cheese[-\s])?grater|zip(?:per)?\s+catch\w*)\b | "
                # ("it 'feels like glass' every time"; twenty-eighth session, from a dev probe the condition
                # rule had caught only through a sister's vaginismus)
                r"(?:feels?|felt|feeling)\s+like\s+['\"‘“]?(?:broken\s+|shards\s+of\s+|ground\s+)?glass\b | "
                # "like somebody put a hot stick in me", "like being stretched on a rack", "like a stitch when you
                # run", "like being pulled open", "like he's been kicked in the balls", "like someone squeeze very
                # hard with the fist" (twenty-fifth session, dev probes)
                r"like\s+(?:\w+\s+){0,3}?hot\s+(?:stick|poker|iron|rod|knife|needle|wire|coal)s?\b | "
                r"stretch\w*\s+on\s+(?:a|the)\s+rack\b | like\s+(?:a\s+)?stitch\b | "
                r"like\s+(?:being\s+|getting\s+)?stretched\s+(?:over|across|around|on)\s+(?:a|an|the)\s+\w+ | "
                r"like\s+(?:being\s+|getting\s+)?(?:pulled|torn|ripped|prised|pried)\s+open\b | "
                r"like\s+(?:\w+\s+){0,3}?kicked\s+in\s+the\s+(?:balls|nuts|groin|crotch)\b | "
                r"like\s+(?:someone|somebody|a\s+(?:hand|fist))\s+(?:\w+\s+)?(?:squeez\w*|crush\w*|twist\w*|"
                r"wrench\w*) | "
                r"(?:pushed|pushing|forced|forcing|shoved|shoving|jammed|jamming)\s+(?:in\s+|into\s+)?(?:somewhere|where)\s+"
                r"(?:it|they|he)\s+(?:didn'?t|doesn'?t|did\s+not|does\s+not|won'?t|wouldn'?t)\s+fit\b | "
                r"(?:in|into)\s+tears\s+from"
                # not tears of laughter ("by the time it eased we were both in tears from laughing";
                # twenty-third session, dev probes)
                r"(?!\s+(?:laugh\w*|giggl\w*|joy|happiness|relief|the\s+(?:joke|laughter|giggles)))"
            ),
            negatable=True,
            unless=(WANTED_PAIN, _CONDITION_AT_REST),
            unless_over=PAIN_OVER,
        ),
        Rule(
            _rx(
                r"(?:rougher|harder|deeper|further)\s+than\s+(?:i|she|he|they|we)\s+(?:\w+\s+)?(?:like[ds]?|want\w*|"
                r"asked|could\s+take|can\s+take|agreed) | "
                # "way more than I could take" (twentieth session, dev probes)
                r"more\s+than\s+(?:i|she|he|they)\s+(?:could|can)\s+(?:take|handle\s+physically) | "
                r"past\s+what\s+(?:i|he|she|they)\s+(?:\w+\s+)?(?:wanted|"
                r"could\s+take|can\s+take|agreed|signed|asked) | "
                # "bit" but not "a bit too hard" (twentieth session: cupboard doors "closed a bit too hard")
                r"(?:bit(?!\s+(?:too|more|much|harder|of)\b)|bite|biting|slap\w*|spank\w*|hit|pull\w*|squeez\w*|grab\w*|"
                r"chok\w*|pinch\w*)\s+"
                r"(?:\w+\s+){0,3}(?:way\s+|far\s+|much\s+)?too\s+hard | "
                # told afterwards by the one it hurt ("told me afterwards I was too rough"; twenty-third session)
                r"(?:told|tells|said|says)\s+(?:me\s+)?(?:afterwards?\s+|after\s+|later\s+)?(?:that\s+)?(?:i|he|she|they)\s+"
                r"(?:was|were|had\s+been|is|are|'m|'s)\s+(?:being\s+)?(?:a\s+bit\s+|way\s+|far\s+)?too\s+rough\b"
            ),
            negatable=False,
        ),
        # Pain hidden behind a denial (eleventh session): the negation here is the pretence, so
        # "I pretend it doesn't hurt" must not be read as "it doesn't hurt".
        Rule(
            _rx(
                r"(?:pretend\w*|act(?:s|ed|ing)?\s+(?:like|as\s+if)|make\s+out|play\w*\s+it\s+off\s+like)\s+"
                r"(?:that\s+)?(?:it|this|sex)\s+(?:doesn'?t|didn'?t|does\s+not|did\s+not|isn'?t|wasn'?t|won'?t)\s+"
                r"(?:hurt|sting|burn|ache|be\s+painful|painful|sore) | "
                r"(?:so|because|then)\s+(?:he|she|they)\s+(?:doesn'?t|don'?t|won'?t|wouldn'?t|didn'?t|does\s+not|"
                r"can'?t)\s+(?:see|know|notice|realise|realize|find\s+out)\s+(?:that\s+|how\s+much\s+)?(?:it\s+|"
                r"this\s+)?(?:hurts|hurt|stings|burns|aches|is\s+painful) | "
                # "so he won't see me wince", "he didn't want to tell me it hurt" (twenty-first session, dev
                # probes)
                r"(?:so|because|then)\s+(?:he|she|they)\s+(?:doesn'?t|don'?t|won'?t|wouldn'?t|didn'?t|does\s+not|"
                r"can'?t)\s+(?:see|notice)\s+(?:me|her|him|them)\s+(?:winc\w+|flinch\w*|grimac\w*) | "
                r"(?:didn'?t|did\s+not|don'?t|do\s+not|doesn'?t|does\s+not|never)\s+(?:want(?:ed)?\s+to|dare(?:\s+to)?)\s+"
                r"(?:tell|say|admit|mention)\s+(?:to\s+)?(?:me|him|her|them|anyone\s+)?\s*(?:that\s+|how\s+much\s+)?"
                r"(?:it|this|sex|that)\s+(?:hurt|hurts|stung|stings|burned|burns|was\s+painful|is\s+painful|was\s+sore)\b"
            ),
            negatable=False,
            skip_hypothetical=True,
            skip_past=True,
        ),
        # Pain shown by the body (twenty-first session, dev probes): a flinch at every movement, not at
        # a touch (that is more often a trigger), and a headboard gripped white-knuckled.
        Rule(
            _rx(
                r"flinch\w*\s+(?:every\s+(?:single\s+)?time|each\s+time|whenever)\s+(?:i|he|she|they|we)\s+(?:\w+\s+)?"
                r"(?:move[sd]?|moving|shift\w*|push\w*|thrust\w*|went|go(?:es)?|use[sd]?|enter\w*|penetrat\w*|"
                r"tr(?:y|ies|ied))\b | "
                r"white[-\s]knuckl\w*\s+(?:the\s+)?(?:headboard|sheets|pillow|bed|mattress|bedframe) | "
                # a pillow bitten until the pain eases (twenty-fourth session, dev probes)
                + _BITTEN
                + r"\s+(?:until|till)\s+it\s+(?:eases|eased|passes|passed)\b"
            ),
            skip_hypothetical=True,
            unless=(WANTED_PAIN,),
            unless_window=1,
        ),
        # "It stung like hell the whole time", endured so as not to spoil the moment (twenty-first
        # session). "Stung" alone is not read as pain: in the readable texts it nearly always tells
        # of impact play that was asked for.
        Rule(
            _rx(r"stung\b"),
            needs=_rx(
                r"(?:didn'?t|did\s+not|don'?t|do\s+not)\s+want\s+to\s+(?:kill|ruin|spoil|wreck|break)\s+(?:the|his|her|"
                r"their|our)\s+(?:mood|moment|night|fun) | to\s+please\s+(?:him|her|them) | "
                r"for\s+(?:his|her|their)\s+sake"
            ),
            needs_window=1,
            unless=(WANTED_PAIN,),
            unless_window=1,
        ),
        # Pain shown, not said, by a partner who insists on going on ("she flinches, her face goes
        # tight ... she says 'keep going'"; "grips the sheets and goes pale ... insists we keep
        # trying"): three dev probes of the twentieth and twenty-first sessions (twenty-second).
        Rule(
            _rx(
                r"flinch\w* | winc\w* | bit(?:es|ing)?\s+(?:her|his|my|their)\s+lip | grip\w*\s+the\s+sheets | "
                r"(?:goes|went|turns?|turned)\s+(?:pale|white) | face\s+(?:goes|went|gets|got)\s+(?:all\s+)?tight"
            ),
            negatable=False,
            needs=_rx(
                r"(?:insist\w*|says?|said|tells?\s+me|told\s+me)\s+(?:that\s+)?(?:we\s+|i\s+|to\s+)?(?:'|\")?"
                r"keep\s+(?:going|trying)"
            ),
            needs_window=2,
            unless=(WANTED_PAIN,),
            unless_window=1,
        ),
        # Thirty-first session, flag sentences: the partner carried on after being told it hurt ("he pressed
        # on even after I said it hurt").
        Rule(
            _rx(
                r"(?:"
                + _WENT_ON
                + r"|kept\s+at\s+it|kept\s+pushing|(?:didn'?t|did\s+not|wouldn'?t|would\s+not)\s+stop)"
                + _EVEN_AFTER_TOLD
                + r"(?:said|told\s+(?:him|her|them)|say|says|tell|tells\s+(?:him|her|them))\s+(?:that\s+)?"
                r"(?:it|this)\s+(?:hurt|hurts|was\s+hurting|burned|burns|stung|stings)\b"
            ),
            negatable=False,
            skip_past=True,
        ),
        # A body bracing through it while enjoyment is put on for the partner ("I grip the sheets ... I've
        # gotten good at making it look like enjoyment"), or a jaw clenched "not in the good way" (dev
        # probes): pain endured to please.
        Rule(
            _rx(
                r"(?:making|make|makes|made)\s+it\s+look\s+like\s+(?:i'?m\s+|she'?s\s+|he'?s\s+)?enjoy\w* | "
                r"not\s+in\s+(?:the|a)\s+good\s+way"
            ),
            negatable=False,
            needs=_rx(
                r"grip\w*\s+the\s+sheets | brac\w* | clench\w* | grimac\w* | winc\w* | flinch\w* | "
                r"fist\s+(?:inside|in\s+me) | pushing\s+back"
            ),
            needs_window=2,
        ),
    ),
    "trauma_trigger": (
        Rule(
            _rx(
                _unless_after("f", *_WORRY_ABOUT)
                # not a good memory ("a flashback to last summer in the tent, our first time")
                + r"lash\s?back\w*(?!\s+to\s+(?:last\s+(?:summer|year|week|night)|our\s+|when\s+we|"
                r"the\s+(?:first|early|good)|being\s+\d+)) | "
                + _unless_after("f", "hot")
                + r"lashes\b | dissociat\w* | "
                # a smell or a laugh like someone from the past, and eyes open "like nobody home" (the "but"
                # before it starts a clause of its own; twenty-fourth session, dev probes)
                r"(?:smells?|smelled|sounded|sounds)\s+(?:exactly\s+|just\s+)?like\s+(?:that\s+(?:guy|man|woman)\b|"
                r"the\s+(?:guy|man|woman)\s+(?:from|at)\s+(?:the|that)\s+(?:party|night|club|bar|dorm|festival|house|flat|"
                r"office|hotel|hospital|church|camp)\b) | "
                r"(?:eyes\s+open\s+)?like\s+(?:nobody|no\s+one)\s+(?:was\s+)?home\b | "
                # not a partner's worry ("thinking I'd triggered something"; sixteenth session)
                 + _unless_after("t", *_MIGHT_HAVE_SET_OFF, "anything", "nothing") + r"riggered | "
                # (and a likeness, "it was as if forty years fell away and I was back in my first marriage":
                # written from "as if", whose "if" would otherwise read as a hypothetical; twenty-fourth
                # session, dev probes)
                r"(?:was|were|i'?m|am|felt\s+like\s+i\s+was|like\s+i\s+was|as\s+if(?:\s+[\w']+){0,8}?\s+(?:i|she|he)\s+"
                r"(?:was|were))\s+(?:suddenly\s+|instantly\s+|just\s+|right\s+|straight\s+)?back\s+(?:in|at|on|under)\s+"
                r"(?:that|the|his|her|my\s+old|my\s+first\s+marriage|my\s+(?:last|previous)\s+(?:marriage|relationship))\b"
                # not "back on the pill", "back at the office on Monday" (twentieth session)
                r"(?!\s+(?:pill|meds|medication|road|team|job|shift|apps?|scene|office|gym|market|couch|sofa|"
                r"wagon)\b) | "
                # (not a body that "remembered how to be alive": twenty-seventh session, dev_py)
                r"(?:my|his|her|their)\s+(?:whole\s+)?body\s+remember(?:s|ed|ing)?\b"
                r"(?!\s+(?:how\s+to|what\s+to\s+do)\b) | "
                r"flash(?:es|ed|ing)?\s+(?:up|of)\b |"
                r"(?:drag\w*|yank\w*|snap\w*|hurl\w*)\s+(?:me|him|her|them)\s+(?:all\s+|straight\s+|right\s+)?back |"
                r"(?:go|goes|went|going)\s+back\s+to\s+what\s+(?:he|she|they|my|his|her) |"
                r"i'?m\s+(?:[1-9]|1[0-6]|" + _CHILD_AGE_WORDS + r")\s+"
                r"(?:and|again|years?\s+old\s+and|in\s+the|at\s+the) | "
                r"(?:my|his|her)\s+body\s+(?:is|was|goes|went)\s+back | "
                # "I am again in my father's flat" (twenty-fifth session, dev probes)
                r"(?:i'?m|i\s+am|i\s+was|she'?s|she\s+is|he'?s|he\s+is)\s+(?:suddenly\s+)?again\s+in\s+(?:my|his|her|their|our)\s+"
                r"(?:\w+'s\s+)?(?:flat|house|room|bedroom|bathroom|home|car|basement|cellar|apartment)\b | "
                r"(?:ever\s+)?since\s+(?:the|my|what|his|her)\s+(?:rape|assault|abuse|attack|happened|trauma) | "
                # (also "watched the two of us from a corner of the ceiling"; twenty-fifth session, dev probes)
                r"watch(?:ing|ed)\s+(?:myself\s+|us\s+|the\s+two\s+of\s+us\s+)?from\s+(?:(?:the|a)\s+(?:corner\s+of\s+the\s+)?"
                r"ceiling|above|outside|the\s+corner) | "
                r"out[-\s]of[-\s]body | "
                # Losing time and coming back (nineteenth session, one-line probes of our own).
                r"c(?:o|a)me\s+back\s+to\s+(?:myself|herself|himself|themselves)\b | "
                # Twentieth session, dev probes: coming to somewhere with no idea how, the same words
                # as that night, no longer in the room, and that exact pain from back then.
                r"(?:came|come|coming)\s+to\s+(?:on|in|sitting|lying|curled|crying)\b | "
                r"(?:no\s+idea|don'?t\s+know|didn'?t\s+know)\s+how\s+(?:i|she|he|they)\s+got\s+there | "
                r"same\s+(?:words|thing|phrase|smell|voice|song|position|touch|grip)\s+(?:as|that)\s+(?:\w+\s+){0,3}?"
                r"(?:that|the)\s+(?:night|day|time|party|room)\b | "
                r"(?:wasn'?t|was\s+not|weren'?t)\s+in\s+(?:my|the|his|her|our)\s+(?:bed(?:room)?|room)\s+any\s?more | "
                r"(?:exactly|just)\s+(?:that|the\s+same)\s+(?:pain|feeling|smell|touch|voice|grip|weight),?\s+"
                r"from\s+(?:the|that)\b | "
                r"los(?:e|es|ing|t)\s+time\b(?!\s+(?:for|with|on|at|in|to)\b) | "
                r"float\w*\s+(?:above|outside)\s+(?:my|his|her)\s*(?:body|self) | "
                r"(?:trapped|helpless|powerless|small)\s+like\s+"
                r"(?:back\s+then|before|when\s+i\s+was) | (?:\d{1,2}|"
                + _CHILD_AGE_WORDS
                + r")\s+(?:years?\s+old|yo)\s+again | "
                r"like\s+(?:i'?m|i\s+am|i\s+was|he\s+was|she\s+was)\s+back\s+there | "
                r"heard\s+(?:him|her)\s+(?:say|saying)\s+(?:it|that) | "
                r"(?:saw|see|seeing)\s+(?:his|her|their)\s+face\s+instead | (?:like|as\s+if)\s+(?:it|he|"
                r"she)\s+(?:was|were|is)\s+happening\s+"
                r"(?:all\s+over\s+)?again | (?:exactly\s+)?(?:how|the\s+way|like)\s+(?:my\s+)?(?:uncle|father|"
                r"dad|stepdad|"
                r"stepfather|brother|stepbrother|ex|abuser|cousin|coach|teacher|priest|rapist)\s+(?:did|used|"
                r"would) | "
                r"trigger(?:ing|s)?\s+(?:me|him|her|them|for|memories|it) | ptsd | reliv\w* |"
                # "because of what her stepfather did", "what happened to me as a kid" (nineteenth session)
                # (not a partner's worry: "I panicked because of what his ex did"; twentieth session)
                r"(?:"
                + _unless_after("b", "panicked", "worried", "scared", "careful", "nervous", "afraid")
                + r"ecause\s+of|connected\s+to|related\s+to|linked\s+to|due\s+to|comes\s+from)\s+what\s+"
                r"(?:my|our|her|his|their)\s+(?:(?:step[-\s]?)?(?:father|dad|brother|mother|mum|mom)|"
                r"uncle|cousin|coach|teacher|priest|pastor|abuser|grandfather|grandpa|babysitter|ex(?:[-\s]\w+)?)\s+"
                # not a kind deed at a named time or place ("what my dad did at our wedding")
                r"(?:did|had\s+done|used\s+to\s+do)(?!\s+(?:at|for|in|on|today|yesterday|last|this)\b) | "
                r"what\s+happened\s+to\s+(?:me|her|him|them)\s+(?:as\s+a\s+(?:kid|child|teen\w*|boy|girl)|growing\s+up|"
                r"when\s+(?:i|she|he|they)\s+(?:was|were)\s+(?:little|young|small)) |"
                # "I feel like before with my stepfather" (sixteenth session, dev probes)
                r"(?:like|as)\s+(?:before|back\s+then)\s+with\s+(?:my|her|his|our)\s+(?:step\w+|father|dad|uncle|"
                r"abuser|brother|cousin|grandfather|grandpa) |"
                r"(?:takes?|took|taking|brings?|brought|bringing|sends?|sent|puts?|throws?|threw|pulls?|"
                r"pulled)\s+(?:me|him|her|them|everything|it\s+all|all\s+of\s+it)\s+(?:all\s+|straight\s+|"
                r"right\s+)?['\"]?back\b"
                # not a good memory or a partner's pull ("back to our honeymoon", "pulled me back to bed")
                # nor a good memory a few words on ("took me back to Crete, our first trip"), a lift home or a
                # partner's pull ("took me back to his hotel room", "pulled me back in"; twentieth session)
                r"(?![^.;!?]{0,40}\b(?:our\s+first|honeymoon|holiday|vacation|our\s+trip|first\s+trip|grandm\w*'?s?\s+kitchen))"
                r"(?!\s+(?:to\s+(?:our|when\s+we|the\s+(?:first|early|good))|(?:in)?to\s+bed|down\b|in\s*(?:[,.;!?]|$)|"
                r"to\s+(?:his|her|their|my)\s+(?:\w+\s+)?(?:hotel|place|flat|room|car|house|apartment|dorm|bed)\b|"
                r"in(?:to)?\s+(?:his|her|my|their)\s+arms|under\s+the\s+(?:covers|duvet|blanket|sheets)))"
                # a partner who pulled someone back to say something (twenty-first session)
                r"(?!,?\s+and\s+(?:said|whispered|told|kissed|hugged|held)\b)"
                r"| (?:brings?|brought|bringing)\s+(?:it|that|this)\s+(?:all\s+|straight\s+|right\s+)?back "
                r"|"
                r"(?:memories|memory|flashes|images|pictures|the\s+past)"
                # not "memories of our honeymoon" (sixteenth session)
                r"(?!\s+of\s+(?:our|us|when\s+we|my\s+(?:wedding|honeymoon)))\s+(?:\w+\s+){0,8}(?:came|come|comes|coming|"
                r"rush\w*|flood\w*)\s+(?:all\s+)?back | "
                r"(?:it|everything|all\s+of\s+it|it\s+all|"
                r"the\s+past)\s+"
                # "it came back", not "it can come back" (a condition that may return: fourteenth session)
                r"(?:(?!can\b|could\b|might\b|may\b|will\b|would\b)\w+\s+)?(?:came|come|comes|coming|rush\w*|flood\w*)\s+"
                r"(?:all\s+)?back | "
                r"sets?\s+(?:it|me|him|her|them)\s+off | set\s+(?:it|me|him|her|them)\s+off |"
                r"can'?t\s+stop\s+seeing | "
                r"(?:i'?m|i\s+am|i\s+was|he\s+was|she\s+was|they\s+were|he'?s|she'?s)\s+(?:\w+\s+)?(?:\d{1,2}|"
                r"six|seven|eight|"
                r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|a\s+(?:kid|child|little\s+\w+|"
                r"teenager|scared\s+\w+))\s+again\b"
                # not "sixteen again, so giddy" (sixteenth session)
                r"(?!,?\s+(?:so\s+|all\s+|in\s+the\s+best\s+way|really\s+)?(?:giddy|butterflies|excited|in\s+love|"
                r"in\s+the\s+best\s+way)) |"
                r"(?:that'?s|is|was)\s+(?:how|what)\s+(?:he|she|they|my\s+\w+)\s+(?:did|used\s+to|called|said|would) "
                r"| what\s+(?:he|she|they)\s+(?:did|used\s+to\s+do)\s+to\s+(?:me|him|her|them)"
            ),
            skip_hypothetical=True,
            strip=NOT_A_TRIGGER,
            unless_over=TRAUMA_OVER,
        ),
        # Back in a place from the past, or begging it not to happen again (twentieth session, dev
        # probes). Not negatable: "the second I couldn't see his face I was back in that night"
        # puts the flashback inside the negation's reach, though nothing in it is denied.
        Rule(
            _rx(
                r"(?:was|were|i'?m|am)\s+(?:suddenly\s+|instantly\s+|just\s+|right\s+|straight\s+|kind\s+of\s+|"
                r"sort\s+of\s+)?"
                r"back\s+(?:in|at)\s+"
                r"that\s+(?:\w+\s+)?(?:night|room|day|moment|bed|party|car|house|flat|apartment|dorm|place|hotel|"
                r"kitchen|basement|bathroom|office|hallway|corridor|stairwell|garage|shed|tent|van|caravan|"
                r"bedroom)\b | "
                # any place, with "again": "I'm on that couch again" (twenty-first session, dev probes)
                r"(?:i'?m|i\s+am|i\s+was)\s+(?:suddenly\s+|right\s+|just\s+)?(?:back\s+)?(?:in|on|at|under)\s+that\s+"
                r"[\w'-]+\s+again\b | "
                # the body or the self back in the past ("my body thinks it's 2009", "I'm suddenly small"),
                # someone else's hands ("his hands on me, not my boyfriend's"), a feeling "from before",
                # asking for one's mum in a small voice (twenty-first session, dev probes)
                r"body\s+thinks\s+(?:it'?s|it\s+is)\s+(?:\d{4}|still|back|then)\b | "
                r"(?:i'?m|i\s+am|i\s+was|i\s+feel)\s+suddenly\s+(?:small|little|tiny|a\s+(?:kid|child))\b | "
                r"not\s+(?:my\s+)?(?:boyfriend|girlfriend|partner|husband|wife|bf|gf)'s\b | "
                r"(?:feeling|feel|feels|felt)\s+(?:like\s+|that\s+)?something\s+from\s+before | "
                r"reminded\s+(?:me|her|him|them)\s+of\s+something\s+from\s+before | reason\s+from\s+before | "
                r"['\"]before['\"]\s+feeling | happened\s+before\s+i\s+can\s+remember | "
                r"ask\w*\s+for\s+(?:my|her|his)\s+(?:mum|mom|mummy|mommy|mama)\b | "
                r"(?:i|she|he|they|you)\s+(?:sound|sounds|sounded)\s+(?:like\s+)?(?:i'?m\s+|she'?s\s+|he'?s\s+)?(?:four|five|"
                r"six|seven|eight|nine|a\s+small\s+child)\b(?!\s+(?:o'?clock|hours?|minutes?|days?|weeks?|months?|years?|"
                r"times?|pounds?|quid|dollars?|euros?)) | "
                r"not\s+again[\s,.!]+not\s+again\b | "
                # a child's promise, said sorry for ("I'm sorry, I'll be good, I'm sorry"; twenty-third
                # session, dev probes)
                r"sorry[\s,.!'\"]+i'?ll\s+be\s+good\b | i'?ll\s+be\s+good[\s,.!'\"]+(?:i'?m\s+)?sorry\b | "
                r"(?:begged|begging|begs|beg)\s+(?:him|her|them)\s+not\s+to\s+tell\s+(?:my\s+)?(?:mum|mom|mummy|mommy|"
                r"mother|dad|daddy)\b"
            ),
            negatable=False,
            skip_hypothetical=True,
        ),
        # A reaction near past harm, and past harm near a reaction; neither where the account says
        # outright that this was not the past coming back (``TRAUMA_DENIED``).
        Rule(
            NOW_REACTION,
            needs=_PAST_HARM,
            needs_window=PAST_NEAR,
            needs_anywhere=_NAMED_HARM,
            skip_hypothetical=True,
            unless_account=TRAUMA_DENIED,
            strip=NOT_A_TRIGGER,
            unless_over=TRAUMA_OVER,
        ),
        # Past harm near a reaction that its own rule (above) held back: a reaction negated, stripped
        # ("triggered lol") or told of someone else. Twenty-ninth session: over the readable texts,
        # where this rule alone raised the flag and neither the head nor the clause layer agreed, the
        # flag was false 22 times with the evaluation models and 27 with the shipped ones, and never
        # true; so its hits lean on another layer (``alone=False``).
        Rule(
            _PAST_HARM,
            needs=NOW_REACTION,
            needs_window=PAST_NEAR,
            skip_hypothetical=True,
            unless_account=TRAUMA_DENIED,
            unless_over=TRAUMA_OVER,
            alone=False,
        ),
        # "I panicked" is most often the partner who saw the tears ("she cried and I panicked"):
        # a panic counts only with past harm in its own clause or the next one (fourteenth session).
        Rule(
            _rx(
                r"panicked\b"
                + _NOT_WORRY_FOR_THEM
                # nor the partner's panic told as such (twentieth session): "I panicked a bit", "I
                # panicked thinking I'd hurt her", "I panicked and spent two days googling"
                + r"(?!,?\s+(?:a\s+(?:bit|little)|thinking|that\s+(?:i|she|he|they)|and\s+(?:spent|googled|asked|"
                r"called|texted|thought|assumed)))"
            ),
            needs=_PAST_HARM,
            needs_window=1,
            skip_hypothetical=True,
            # "she cried and I panicked": the writer's panic at the partner's tears
            unless=(
                _rx(
                    r"(?:she|he|they|gf|bf|wife|husband|partner|girlfriend|boyfriend)\s+(?:\w+\s+){0,3}?(?:cried|crying|"
                    r"cry|teared\s+up|sobbed|sobbing)\b[^.;!?]{0,60}\bi\s+(?:completely\s+|totally\s+|kind\s+of\s+|just\s+|"
                    r"immediately\s+)?panicked"
                ),
            ),
        ),
        # Told through what happens rather than named (added after the context-told training accounts):
        # not knowing where or when one is, going blank and coming back, a place or a face from before.
        # Not knowing who or where one is counts only where the account tells of no dementia: there it is
        # the illness, not the past (twenty-ninth session: over the readable texts it alone raised the
        # flag on six accounts of a partner or parent with dementia, all false).
        Rule(
            _rx(
                r"(?:know|knew|recogni[sz]e\w*)\s+(?:who\s+(?:i|he|she|you)\s+(?:was|am|is|were)|"
                r"where\s+(?:she|he|i|they)\s+(?:was|were|am|is)) | what\s+year\s+it\s+(?:was|is)"
            ),
            negatable=False,
            skip_hypothetical=True,
            unless_account=_DEMENTIA,
        ),
        Rule(
            _rx(
                r"(?:you'?re|you\s+are)\s+not\s+(?:him|her)\b | "
                r"call(?:s|ed|ing)?\s+me\s+(?:by\s+)?(?:her|his|their)\s+(?:ex|abuser|father'?s|dad'?s|step\w*)\w* |"
                r"took\s+(?:her|him|me|them)\s+(?:ages|a\s+while|a\s+long\s+time|\w+\s+minutes)\s+to\s+"
                r"(?:recogni[sz]e|come\s+back|know\s+where) |"
                r"(?:came|come|comes|coming)\s+back\s+(?:crying|sobbing|shaking|in\s+tears) |"
                r"(?:she|he|i|they)\s+(?:went|goes|go)\s+(?:totally\s+|completely\s+|all\s+)?(?:blank|floaty|vacant|"
                r"glassy) | lights\s+are\s+on\s+but\s+nobody | stop\w*\s+feeling\s+(?:her|his|my|their)\s+body |"
                r"(?:i'?m|i\s+was|she\s+was|he\s+was|she'?s|he'?s)\s+(?:just\s+)?gone\s+for\s+a\s+"
                r"(?:minute|second|bit|while|few) | and\s+i'?m\s+gone\b |"
                r"(?:i'm|i’m|(?:i|he|she|they)\s+(?:was|were|am|'m))\s+(?:suddenly\s+|right\s+|just\s+)?"
                r"(?:on\s+(?:my|his|her|their)\s+knees\s+)?(?:in|on|at|"
                r"under)\s+(?:that|those)\s+(?:[\w'’]+\s+){0,2}(?:room|car|table|bed|stairwell|house|camp|vehicle|cellar|cupboard|"
                r"alley|office|flat|basement|hospital|truck|tent|sacristy|dorm|barracks|ward|chapel|church|classroom|"
                r"(?:locker|changing)\s+room|shed|garage|van)\b"
                # not a history told ("I was in that church until I was 22"; twenty-third session)
                r"(?!\s+(?:until|till|for\s+(?:\w+\s+)?(?:years?|months?)|from\s+(?:age|the\s+age)|since|as\s+a|growing|"
                r"every\s+(?:day|week|sunday)|back\s+then)\b) |"
                r"(?:in|on|at|under)\s+(?:the|that|his|her|a)\s+(?:\w+\s+)?(?:cellar|cupboard|wardrobe|vehicle|"
                r"stairwell|camp|basement|alley)\s+again | suddenly\s+(?:\w+\s+)?(?:\d{1,2}|five|six|seven|eight|"
                r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\s+(?:years?\s+old|again) |"
                r"(?:i'?m|i\s+was)\s+(?:\d{1,2}|seventeen|sixteen|fifteen|fourteen|thirteen)\s+(?:in\s+the\s+back|"
                r"in\s+that|at\s+that|hiding) |"
                r"(?:brings?|brought|bringing)\s+(?:back\s+)?(?:my|her|his|their)\s+(?:\w+\s+)?(?:ex|abuser|"
                r"assault|attack\w*|rape|rapist|step\w*|abusive)\b | "
                r"(?:brings?|brought)\s+(?:my|her|his|the)\s+(?:\w+\s+)?(?:assault|attack|abuse|rape)\s+back |"
                r"(?:see|sees|saw|seeing)\s+(?:the\s+other\s+\w+'?s|(?:her|his|my)\s+ex'?s|(?:his|her|my)\s+"
                r"(?:abuser|father|dad|stepdad|stepfather|uncle)'?s?|that\s+(?:man|guy)'?s)\s+face |"
                r"(?:see|sees|saw|seeing)\s+(?:my|her|his|our)\s+(?:abuser|father|dad|stepdad|stepfather|uncle|"
                r"grandfather|grandpa)'?s\s+(?:room|bedroom|bed|house|hands|eyes|car|office|basement) |"
                r"(?:exact|same)\s+(?:\w+\s+){0,2}(?:of|as)\s+(?:the\s+)?(?:man|guy|woman|person|ex|abuser)\s+who |"
                r"same\s+one\s+(?:he|she|they)\s+(?:wore|used) |"
                r"(?:goes|went|go|going)\s+back\s+to\s+(?:a|the|that)\s+(?:man|guy|woman|night|room|house|car)\b"
            ),
            negatable=False,
            skip_hypothetical=True,
        ),
        Rule(
            _rx(
                r"(?:reminded|reminds|remind)\s+(?:me|him|her|them)\s+of\s+(?:him|her|them|what|that|my|his|the) |"
                r"(?:i|my\s+\w+)\s+(?:was|were|got)\s+(?:back\s+there|somewhere\s+else|not\s+in\s+my\s+body) | "
                r"(?:part|half)\s+of\s+(?:me|him|her)\s+(?:was|is|were)\s+(?:still\s+)?(?:over\s+there|back\s+there|"
                r"somewhere\s+else)"
            ),
            negatable=False,
            strip=NOT_A_TRIGGER,
        ),
        # Time lost in the middle of sex ("I don't remember the next few minutes", "I just lose the
        # middle bit", "couldn't remember the end of the night"): a flashback's lost time, where no
        # drink, drugs or sleep could explain it (those make it a consent matter: the rule for not
        # remembering much of it). Twenty-third session, dev probes.
        Rule(
            _rx(
                r"(?:don'?t|doesn'?t|didn'?t|can'?t|couldn'?t|could\s+not)\s+(?:really\s+)?remember\s+(?:the\s+)?"
                r"(?:next\s+(?:few\s+|couple\s+of\s+)?(?:minutes?|bit|part)|end\s+of\s+(?:it|the\s+night)|middle|"
                r"rest\s+of\s+it) | "
                r"lose\s+the\s+middle\s+bit | lost\s+the\s+middle\b"
            ),
            negatable=False,
            skip_hypothetical=True,
            unless_account=_rx(
                r"drunk | drinks? | drinking | drank | wasted | tipsy | high\b | stoned | drugged | spiked | ghb | "
                r"asleep | sleeping | passed\s+out | blacked?[-\s]?out | blackout | shots | wine | beers? | vodka | "
                r"concussion | seizure | migraine | fainted"
            ),
        ),
        # Thirtieth session, from the flag sentences and dev probes no layer caught: the present told as the
        # very sound or sight of one night ("it's exactly what I heard that night"), a slip back into
        # childhood ("straight back into being a kid"), a younger self seen in a mirror, a place named as
        # where it all happened, the body of one half here and the other half years back.
        Rule(
            _rx(
                # (not "just what I felt that night we met")
                r"(?:exactly|just)\s+what\s+(?:i|he|she|they)\s+(?:heard|saw|smelled|smelt|felt)\s+that\s+night\b"
                r"(?!\s+(?:we|when\s+we|i\s+met|(?:he|she)\s+(?:proposed|kissed)|of\s+(?:our|the\s+wedding))) | "
                # (not "back to being teenagers" on a happy holiday)
                r"back\s+into\s+being\s+(?:a|that)\s+(?:little\s+)?(?:kid|child|girl|boy)\b | "
                r"(?:saw|see|sees|seeing)\s+(?:my|her|his|their)\s+(?:younger|little|teenage|child|\w+-year-old)\s+"
                r"self\b | "
                r"(?:sounded|sounds|smelled|smelt|smells)\s+(?:exactly\s+|just\s+)?like\s+the\s+(?:man|guy|men|woman|boy)\s+"
                r"(?:in|from|at|on)\s+the\s+(?:alley|car|park|street|stairwell|party|club|bus|train|van|bar|camp|"
                r"dorm)\b | "
                r"what\s+i\s+used\s+to\s+do\s+(?:with|around|for)\s+(?:my\s+)?(?:mother'?s|mum'?s|mom'?s)\s+boyfriend\b"
            ),
            negatable=False,
            skip_hypothetical=True,
            strip=NOT_A_TRIGGER,
        ),
        # A place or a time named as where it all happened, with fear or a loss of control near (not
        # "Paris was where it all happened" of a first kiss).
        Rule(
            _rx(r"(?:is|was)\s+where\s+(?:all\s+of\s+)?it\s+(?:all\s+)?happened\b"),
            negatable=False,
            needs=_rx(
                r"lost\s+it | panic\w* | froze | freez\w* | scared | terrified | fear\w* | flashback\w* | shak\w* | "
                r"(?:can'?t|cannot|couldn'?t)\s+(?:do|go|be|stand|bear)\b"
            ),
            needs_window=1,
        ),
        Rule(
            _rx(r"other\s+half\s+(?:of\s+me\s+)?(?:was|is)\s+(?:still\s+)?(?:in|at|back|over|on)\b"),
            negatable=False,
            needs=_rx(r"years\s+ago | when\s+i\s+was | as\s+a\s+(?:kid|child|teen\w*|girl|boy) | back\s+then"),
            needs_window=0,
        ),
        # A grooming phrase said again ("he joked 'this is our little secret' ... that's exactly what my
        # grandad used to say").
        Rule(
            _rx(r"(?:our|a)\s+little\s+secret\b"),
            negatable=False,
            needs=_rx(r"used\s+to\s+say | what\s+(?:my\s+)?(?:\w+\s+)?(?:said|says)\s+(?:back\s+then|when\s+i\s+was)"),
            needs_window=1,
        ),
        # Minutes lost after going numb ("I went numb and drifted off and lost about ten minutes").
        Rule(
            _rx(r"lost\s+(?:about\s+|maybe\s+|like\s+|around\s+|a\s+good\s+)?(?:\w+\s+)?(?:minutes|mins)\b"),
            negatable=False,
            needs=_rx(r"numb | drift\w* | dissociat\w* | blank | zon\w+\s+out | spaced\s+out | not\s+there | gone\b"),
            needs_window=1,
            unless_account=_rx(
                r"drunk | drinks? | drinking | drank | wasted | high\b | stoned | asleep | passed\s+out | "
                r"blacked?[-\s]?out | seizure | migraine | fainted"
            ),
        ),
        # Thirty-first session, flag sentences and dev probes: a place named as where a man or an adult in
        # charge "got to me"; a touch now tied to when a relative or such an adult "used to come in", with
        # fear or a touch near (not "that's when my dad used to come in and read us a story"); and something
        # bad in childhood with a partner gone from the room now.
        Rule(
            _rx(
                r"where\s+(?:the|my|her|his|a|an|that)\s+(?:\w+\s+)?(?:counsell?or|coach|teacher|priest|uncle|man|guy|"
                r"boy|stepdad|stepfather|babysitter|neighbou?r|cousin|instructor|leader|doctor)\s+got\s+to\s+(?:me|her|him)\b"
            ),
            negatable=False,
        ),
        Rule(
            _rx(
                r"(?:that'?s|that\s+is|that\s+was|it'?s|it\s+was)\s+(?:exactly\s+|just\s+)?when\s+(?:my|her|his|their|the)\s+"
                r"(?:older\s+|step\s?)?(?:brother|father|dad|uncle|cousin|grandad|grandfather|grandpa|teacher|coach|priest|"
                r"babysitter|neighbou?r|stepdad|stepfather|(?:mum|mom|mother)'?s\s+boyfriend|counsell?or|foster\s+\w+)\s+"
                r"used\s+to\s+(?:come\s+in|come\s+into|come\s+to|visit|do\s+it|touch)\b"
            ),
            negatable=False,
            needs=_rx(
                r"worst | awful | horrible | hate | scared | terrif\w* | panic\w* | froze | freez\w* | flashback\w* | "
                r"touch\w* | hurt\w* | abus\w* | (?:can'?t|cannot)\s+(?:stand|bear)"
            ),
            needs_window=1,
        ),
        Rule(
            _rx(
                r"(?:bad|terrible|awful|horrible)\s+(?:thing|things|stuff|experience)\s+(?:happened\s+)?(?:to\s+(?:her|him|me)\s+)?"
                r"(?:in|during|from)\s+(?:(?:her|his|my|their)\s+)?childhood\b"
            ),
            negatable=False,
            needs=_rx(
                r"not\s+here | gone\b | somewhere\s+else | far\s+away | not\s+there | blank | switch\w*\s+off | "
                r"dissociat\w* | zon\w+\s+out"
            ),
            needs_window=1,
        ),
    ),
    "consent_concern": (
        # Lying still through it ("I just lay there"); not two people resting together ("we just lay
        # there", twelfth session), nor lying there once it was over ("after he left I just lay there
        # crying", "afterwards I just lay there": nineteenth session).
        Rule(
            _rx(
                _unless_after("j", "we", r"stopped\sand")
                + r"ust\s+lay\s+there(?!\s+(?:in\s+(?:his|her|their|my)\s+arms|laughing|joking|giggling|"
                r"grinning|smiling|chatting|saying(?!\s+nothing)))"
            ),
            negatable=False,
            unless=(
                _rx(
                    r"afterwards? | (?:after|once|when)\s+(?:sex|(?:he|she|they)\s+(?:had\s+)?(?:left|finished|came|"
                    r"rolled\s+over|fell\s+asleep|went\s+to\s+sleep|was\s+asleep))\b | "
                    # once it had stopped, or from happiness (twentieth session)
                    r"(?:we|he|she|they)\s+stopped\b | from\s+(?:happiness|joy|relief) | in\s+the\s+best\s+way"
                ),
            ),
        ),
        # Lying there until it is over: "I just lie there and cry until he's done" (nineteenth session).
        # Or with the face turned to the wall ("says 'as you wish' and turns her face to the wall";
        # twenty-fifth session, dev probes).
        Rule(
            _rx(
                r"(?:lie|lay|lying|laying)\s+there\b[^.;!?]{0,30}?\b(?:until|till|til|while)\s+(?:he|she|they)"
                r"(?:'s|\s+is|\s+was|'re|\s+were|'d)?\s+(?:done|finish\w*|over)\b | "
                r"(?:turns?|turned|turning)\s+(?:her|his|their|my)\s+face\s+(?:away\s+)?(?:to|towards?)\s+the\s+wall\b"
            ),
            negatable=False,
        ),
        # Told through what it costs to refuse (added after the indirect-consent training accounts).
        Rule(
            _rx(
                r"(?:don'?t|do\s+not|never|can'?t|cannot)\s+(?:really\s+|even\s+)?(?:say|said|feel\s+(?:i|like\s+i)\s+"
                r"can\s+say)\s+no\s+(?:to\s+(?:him|her|them|anyone)\s+)?(?:any\s?more|because|since|so) |"
                r"(?:never|don'?t|can'?t)\s+(?:really\s+)?(?:refuse|turn\s+(?:him|her)\s+down) |"
                r"(?:wife|husband|partner)\s+(?:must|should|can)\s*(?:never|not|n'?t)\s+refuse |"
                r"refusing\s+(?:my|your|her|his)\s+"
                r"(?:husband|wife)\s+is\s+a\s+sin |"
                r"(?:so|and)\s+i\s+(?:let|just\s+let)\s+(?:him|her|them)\b(?!\s+(?:lead|think|believe|know|hold|"
                r"cuddle|comfort|talk|sleep|cry|see|take\s+the\s+lead|decide\s+when)) |"
                r"(?:letting|let)\s+me\s+have\s+sex\s+with\s+"
                r"(?:her|him) | easier\s+than\s+(?:explaining|saying\s+no|the\s+(?:fight|row|argument|sulking)) |"
                r"(?:talk|talked|talking|talks)\s+(?:me|her|him)\s+into"
                # not into karaoke or into getting help (twenty-fifth session, dev probes)
                r"(?!\s+(?:the\s+|a\s+|an\s+)?(?:karaoke|therapy|counsel\w*|couples?\s+(?:therapy|counsel\w*)|seeing\s+(?:a|my|the|"
                r"her|his)\s+(?:doctor|gp|therapist|counsell?or|nurse)|(?:going|coming)\s+to\s+(?:the\s+)?(?:doctor|gp|clinic|"
                r"therapy|party|gym|wedding)|getting\s+help)\b) |"
                r"wouldn'?t\s+drop\s+it | gave\s+up\s+(?:saying\s+no|"
                r"and\s+let) | (?:third|second|fourth)\s+time\s+i\s+(?:gave\s+up|gave\s+in) |"
                r"(?:said|say|saying)\s+(?:stop|wait|no|let'?s\s+not|ow|ouch)\b(?!\s+because\s+(?:he|she|they|it)\s+(?:didn'?t|did\s+not|"
                r"wasn'?t|hadn'?t)\b)(?!,?\s+(?:it|that)\s+(?:didn'?t|did\s+not|wasn'?t|was\s+not)"
                r"\s+(?:hurt|bad|painful|that))(?!,?\s+not\s+at\s+all)(?!,?\s+keep\s+going).{0,40}\b(?:didn'?t(?!\s+hurt\b)|"
                # not "said no, absolutely not, it didn't hurt at all" (twentieth session)
                r"did\s+not(?!\s+hurt\b)|wouldn'?t|kept|carried\s+on|"
                r"said\s+'?almost|did\s+it\s+again) |"
                r"(?:kept|carried)\s+(?:going|on)\s+because\s+(?:i|he|she)\s+(?:honestly\s+)?thought |"
                r"(?:took|taken|slipped|pulled)\s+(?:it|the\s+(?:condom|rubber|johnny|jonny|sheath))\s+off\s+(?:\w+\s+){0,4}?"
                r"without | stealth\w* |"
                r"yes\s+on\s+autopilot | (?:pays?|paid)\s+(?:the\s+)?rent\s+so | pay\s+less\s+if\s+i\s+sleep |"
                # a veiled threat to tell ("it would be a shame if my husband found the screenshots"), and a
                # no talked over ("you'll like it once we start"; twenty-fifth session, dev probes)
                r"(?:would|'d|will)\s+be\s+(?:a\s+)?(?:shame|pity)\s+if\s+(?:my|your|her|his|their)\s+(?:\w+\s+){1,2}?"
                r"(?:found|saw|knew|heard|got\s+hold\s+of|finds|sees|hears)\b | "
                r"(?:you'?ll|you\s+will|you'?re\s+gonna|you\s+are\s+going\s+to|you'?d)\s+(?:like|love|enjoy)\s+it\s+once\s+"
                r"(?:we|you)\s+(?:start|get\s+going|get\s+into\s+it|try\s+it)\b |"
                r"you\s+live\s+here\s+for\s+free | (?:keeps?|keep)\s+the\s+(?:evening|night|peace|house)\s+quiet |"
                r"alternative\s+is\s+(?:days|weeks|hours)\s+of | (?:insists?|insisted)\s+on\b.{0,60}\beven\s+though |"
                # Added after reading the out-of-fold misses: a no that felt impossible to say (the
                # negation is the concern), a freeze a partner missed, and pain waved away.
                r"(?:didn'?t|did\s+not|don'?t|do\s+not|never|wouldn'?t)\s+(?:really\s+)?fe(?:el|lt)\s+(?:like\s+|as\s+if\s+|"
                r"that\s+)?(?:i|she|he|they|you|we)\s+(?:could|can|was\s+able\s+to|were\s+able\s+to|"
                r"had\s+(?:the\s+)?(?:right|option|choice)\s+to)\s+(?:really\s+)?(?:say\s+no|refuse|say\s+stop|"
                r"stop\s+(?:it|him|her|them)|decline|turn\s+(?:him|her|them)\s+down) |"
                r"(?:never|didn'?t|did\s+not)\s+(?:say|said)\s+(?:stop|no)\s+because\s+(?:i|she|he|they)\s+"
                r"(?:couldn'?t|could\s+not|was\s+frozen|froze|was\s+too\s+scared) |"
                r"didn'?t\s+stop\s+(?:quickly|soon|fast)\s+enough |"
                r"(?:says?|said|tells?\s+me|told\s+me)\s+(?:that\s+)?(?:i'?ll|i\s+will|i'?d|you'?ll|she'?ll|he'?ll)\s+"
                r"get\s+used\s+to\s+it |"
                r"(?:says?|said|calls?|called)\s+(?:me\s+|that\s+i'?m\s+|i'?m\s+|(?:that\s+)?i\s+(?:was|am)\s+)(?:being\s+)?"
                r"(?:a\s+)?(?:prude|frigid)"
            ),
            negatable=False,
        ),
        Rule(
            _rx(
                # not a partner's worry ("terrified I'd pressured him"; sixteenth session)
                _unless_after("p", *(rf"{w}\si{had}" for w in _WORRY_WORDS for had in ("'d", "")))
                + r"ressur(?:ed|ing|es)\s+(?:me|her|him|them|us|into) | "
                # pressure "from my husband", not "from my job" (fifteenth session)
                r"pressure\s+(?:to\s+(?:have|do|sleep)|"
                r"from\s+(?:him|her|them|my\s+(?!job|work|boss|parents|family|mum|mom)\w+)) | "
                # not coercion said not to be ("people keep telling me it's coercion and it isn't")
                r"coerc\w*\b(?!\s+(?:and|but)\s+it\s+(?:isn'?t|wasn'?t|is\s+not|was\s+not)) | "
                r"guilt[-\s]?trip\w* | guilted\s+(?:me|her|him) |"
                r"badger\w* | nag(?:ged|ging|s)?\s+(?:me|her|him|them) | "
                r"beg(?:ged|ging|s)?\s+(?:me|her|him|them)\s+(?:to|until|for) |"
                # (force asked about, "I asked if he'd forced her", is removed first: ``_ASKED_FORCE``)
                r"force[ds]?\s+(?:me|her|him|them|it|sex|himself|herself|themselves)\b"
                r"(?!\s+to\s+(?:take|rest|relax|eat|sleep|slow\s+down|go\s+to\s+(?:bed|the\s+doctor)|see\s+a)) | "
                # not "forcing herself" (pushing on through pain; nineteenth session)
                r"forcing\s+(?:me|her|him|them|it|sex)\b | "
                # (not "made her go to the doctor": twentieth session)
                r"made\s+(?:me|her|him|them)\s+(?:do|have|go(?!\s+(?:to\s+(?:the|a|my|her|his)\s+(?:\w+\s+)?(?:doctor|gp|clinic|"
                r"hospital|therapist|counsell?or|dentist|appointment)|see|home)\b)|feel\s+like\s+i\s+had)\b |"
                r"threaten\w* | blackmail\w* | against\s+(?:my|her|his|their)\s+will | "
                # a threat to tell, said as a hint ("he said maybe my parents should find out";
                # twenty-eighth session, dev_qe)
                r"(?:he|she|they)\s+(?:said|says|hinted|suggested)\s+(?:that\s+)?(?:maybe\s+|perhaps\s+)?(?:my|your)\s+"
                r"(?:parents|wife|husband|mum|mom|mother|dad|father|family|boss|church|girlfriend|boyfriend|kids)\s+"
                r"(?:should|would|might|could|will|'d)\s+(?:find\s+out|know|hear|see)\b | "
                r"without\s+(?:my|her|his|their)\s+(?:consent|permission|agreeing) |"
                # (not a request about a third person: "please don't call him without asking me first";
                # twenty-fourth session)
                r"(?:"
                + _unless_after(
                    "w", r"call\shim", r"call\sher", r"call\sthem", r"tell\shim", r"tell\sher", r"tell\sthem"
                )
                + r"ithout|never|before)\s+(?:even\s+)?asking\s+(?:me|her|him|them|first) | "
                r"(?:didn'?t|did\s+not|never)\s+(?:consent|agree)\w* | non[-\s]?consensual |"
                r"(?:can'?t|cannot|couldn'?t|not\s+allowed\s+to|mustn'?t)\s+(?:refuse|say\s+no|decline) | "
                r"(?:didn'?t|never|did\s+not)\s+(?:really\s+|actually\s+|even\s+|ever\s+|properly\s+|"
                r"explicitly\s+)?(?:say|said)\s+yes | "
                r"(?:asking|asked|begging|begged|telling|told|pleading)\s+"
                r"(?:him|her|them)\s+to\s+stop(?!(?:,?\s+"
                + _NOT_A_DELAY
                + r"[\w']+){0,9}?,?\s+(?:and\s+|so\s+)?(?:he|she|they)\s+(?:did(?!\s+not)|"
                r"stopped)\b)(?!\s+(?:apologi\w*|worrying|crying|feeling|thinking|being)) |"
                r"(?:didn'?t|don'?t)\s+know\s+how\s+to\s+(?:stop(?!\s+(?:being|feeling|crying|thinking|worrying|the\s+after\b|"
                # not a feeling after ("I don't know how to stop the after"; twenty-third session)
                r"the\s+(?:thoughts?|feelings?|crying|tears|spiral\w*|shame|guilt)\b))|say\s+no|"
                r"get\s+out) | "
                r"(?:made\s+it\s+clear|told\s+me|said|warned|threatened)\b.{0,60}\bif\s+i\s+(?:didn'?t|don'?t|"
                r"wouldn'?t|refused|said\s+no) | "
                r"(?:it'?s|it\s+is)\s+(?:his|her|their)\s+right | "
                r"if\s+(?:i|you|she|he)\s+(?:really\s+)?loved?\s+(?:him|her|me|them) | "
                r"not\s+worth\s+the\s+(?:fight|argument|row) | half[-\s]asleep | "
                r"(?:pushing|pushes|pushed)\s+(?:for(?!\s+(?:a|an|the|my|his|her)\s+(?:\w+\s+)?(?:specialist|referral|"
                r"diagnosis|appointment|scan|tests?|answers|treatment|surgery|second\s+opinion|gp|doctor|promotion|"
                r"raise)\b)|me\s+(?:to|into)) | said\s+(?:i'?m|i\s+was|"
                r"i\s+am)\s+not\s+(?:ok|okay|comfortable|into|ready|sure) | "
                r"pretend\w*\s+(?:to\s+be\s+)?(?:into\s+it|to\s+enjoy|to\s+want|i\s+wanted|i\s+was\s+into) | "
                r"(?:moody|angry|mad|upset|sulky)\s+otherwise | "
                # (not "when I started crying he didn't stop holding me", as in rule 6; thirty-first session)
                r"(?:cried|crying|tears)\b.{0,40}\b(?:i|he|she|they)\s+(?:didn'?t|did\s+not)\s+stop\b"
                r"(?!\s+(?:" + _CARING + r")) | "
                r"(?:ignored|ignoring|past|over|despite)\s+(?:my|the|her|his|our)\s+safe\s?word | tap(?:ped|"
                r"ping)?\s+out\b.{0,40}\b(?:ignored|kept|didn'?t|anyway) | "
                r"(?:tried|try|trying)\s+to\s+(?:push|pull|get)\s+(?:him|her|them)\s+off | "
                # a no the body would not let out ("trying to say I was done and my mouth not working";
                # twenty-seventh session, dev_pz)
                r"(?:tried|try|trying)\s+to\s+(?:say|tell\s+(?:him|her|them))\s+(?:i\s+was\s+done|stop|no|i\s+"
                r"(?:didn'?t|don'?t)\s+want|to\s+stop)\b[^.;!?]{0,40}?\b(?:mouth|voice|words?|lips)\s+(?:\w+\s+)?(?:not|"
                r"wasn'?t|wouldn'?t|didn'?t|couldn'?t|won'?t)\b | "
                r"couldn'?t\s+(?:make\s+myself\s+)?(?:say\s+no|refuse|stop\s+(?:him|her|them)|consent|"
                r"(?:really\s+)?say\s+yes(?!\s+(?:fast|quick|quickly)\s+enough)) | "
                r"(?:wouldn'?t|won'?t|didn'?t)\s+let\s+(?:me|her|him)\s+(?:leave|go|get\s+up|up|out) | "
                r"felt\s+like\s+i\s+had\s+to(?!\s+(?:reassure|explain|apologi[sz]e|comfort|say\s+something|laugh))\b | "
                r"(?:didn'?t|don'?t)\s+feel\s+like\s+i\s+(?:had|have)\s+(?:a\s+)?(?:choice|say) | no\s+choice | "
                r"push(?:ed|es|ing)?\s+(?:my|her|his)\s+head\s+down | moved\s+(?:his|her|their)\s+hands?\s+away | "
                r"(?:after|even\s+though|when)\s+(?:i|she|he)\s+(?:pulled|moved|turned|pushed)\s+(?:away|him|her)"
                r"(?!,?\s+(?:he|she|they)\s+(?:admitted|told|said|explained|opened|finally)) | "
                r"(?:didn'?t|doesn'?t)\s+care\b | "
                r"(?:too|very|really|so|absolutely|completely|totally|blind)\s+(?:drunk|high|wasted|out\s+of\s+it) | "
                r"how\s+drunk | "
                # ("I couldn't really stand, never mind say anything"; twenty-eighth session, dev_qe)
                r"(?:couldn'?t|could\s+not)\s+(?:really\s+|even\s+)?(?:stand|walk)(?:\s+up)?(?:\s+straight)?,?\s+"
                r"(?:never\s+mind|let\s+alone|much\s+less)\s+(?:say|talk|speak|consent|agree) | "
                r"passed\s+out\b |"
                r"barely\s+(?:making\s+sense|conscious|awake|standing|able\s+to\s+(?:stand|talk|speak)) |"
                r"got\s+me\s+(?:drunk|high|wasted) |"
                # Not "our daughter was asleep down the hall" (fourteenth session).
                + _words_unless_after((*_NOT_THE_SLEEPER, *_ASLEEP_AFTER), "was", "were")
                # (nor the partner asleep within minutes, after: twentieth session)
                + r"\s+(?:asleep(?!\s+(?:in|within)\s+(?:like\s+|about\s+)?(?:\w+\s+)?(?:minutes?|seconds?))|"
                r"unconscious|drunk|high|wasted) | "
                r"woke\s+(?:up\s+)?(?:to|with)\s+(?:him|her|them|someone|his|her) | "
                # ("afterwards, while he was asleep, I cried" is after sex, not during it: twentieth session)
                + _words_unless_after(_AFTER_SEX, "while", "when")
                + r"\s+(?:i|she|he|they)\s+(?:was\s+|were\s+)?(?:asleep|sleeping|drunk|passed\s+out|"
                r"blacked\s+out|unconscious) | black(?:ed)?[-\s]?out\s+drunk | "
                # "her bf does it while shes asleep" (twenty-fourth session, dev probes)
                r"(?:does|did|doing|starts|started)\s+(?:it\s+)?(?:while|when)\s+(?:i|she|he)(?:'?s|'?m|\s+is|\s+am|\s+was)\s+"
                r"(?:still\s+)?(?:asleep|sleeping) "
                r"|"
                r"condom\s+off | took\s+(?:the\s+)?condom | stealth\w* | "
                r"(?:review|job|grade|rent|visa|promotion)\s+depend\w* |"
                # the one with power over the writer as the partner, not a boss who is only work stress
                # ("my boss has decided this is the quarter we transform reporting"; twentieth session)
                r"my\s+(?:boss|manager|supervisor|teacher|professor|landlord|coach)\b"
                r"(?=[^.;!?]{0,60}\b(?:sex|slept|sleep\s+with|"
                r"bed|touch\w*|kiss\w*|after\s+everyone|said\s+yes|same\s+person|my\s+boyfriend|my\s+girlfriend|reviews?|"
                r"we\s+were)) | "
                r"abus\w*\s+(?:his|her|their)\s+position"
            ),
            negatable=True,
            skip_past=True,
            # not force asked about ("I asked if he'd forced her", "did I force her"; twentieth session)
            strip=_ASKED_FORCE,
        ),
        # Not knowing where or who, in someone too drunk, drugged or ill to choose; without such a
        # word it is most often a flashback, which is a trauma matter (twentieth session: 9 of 15
        # such accounts in the readable data were trauma, none of those a consent concern).
        Rule(
            _rx(
                r"(?:didn'?t|did\s+not)\s+(?:seem\s+to\s+)?know\s+(?:where|who)(?!\s+else\b) | "
                # ("I don't think she understands what's happening anymore", of a mother with
                # Alzheimer's; twenty-eighth session, dev_qg)
                r"(?:don'?t|do\s+not)\s+think\s+(?:she|he|they)\s+(?:really\s+)?(?:understands?|knows?|realises?|"
                r"realizes?)\s+what'?s\s+happening\b(?!\s+(?:to|with|in)\b)"
            ),
            negatable=False,
            skip_past=True,
            needs=compile_kept(
                r"\b(?:drunk\w*|drink\w*|wasted|high\b|stoned|drugged|spiked|pills?|dementia|alzheimer\w*|confus\w*|"
                r"asleep|sleeping|passed\s+out|black(?:ed)?\s*out|concussion|fever|medicat\w*|sedat\w*|ill\b)"
            ),
        ),
        # A condom agreed on and left off, told by what was found out (fourteenth session, from the
        # long-post training files): only where the account names a condom.
        Rule(
            _rx(
                r"(?:never|didn'?t|did\s+not)\s+(?:put|putting)\s+(?:it|one|the\s+condom|a\s+condom)\s+on\b | "
                r"(?:feels?|felt|feeling)\s+better\s+without(?:\s+(?:it|one|a\s+condom|the\s+condom))?"
                r"(?=\s*(?:[,.;!?'\"’”]|$|and\b|anyway\b)) | "
                r"(?:found|saw|spotted)\s+the\s+condom\s+(?:\w+\s+){0,3}(?:on\s+the\s+floor|in\s+its\s+wrapper|unopened|unused)"
            ),
            needs=_rx(r"condoms?\b"),
            skip_past=True,
        ),
        Rule(
            _rx(
                # ("she's said stuff like 'wait' ... so I kept going": twenty-sixth session, dev_pw)
                r"(?:i|she|he|they)(?:'s|\s+has|\s+had|'d)?\s+(?:said|say|says|told\s+(?:him|her|them)|asked\s+(?:him|her|"
                r"them)?)\s*(?:(?:stuff|things)\s+like\s+)?[\"'‘“]?\s*(?:to\s+)?(?:no\b(?!,?\s+"
                + _NOT_A_REFUSAL
                + r")|stop(?!\s+(?:apologi\w*|worrying|crying|feeling|thinking|being|overthinking|fussing|"
                r"saying\s+sorry|blaming))|wait|not\s+(?:now|tonight|like|to(?!\s+(?:worry|panic|fuss|apologi[sz]e|feel\s+bad|be\s+(?:sorry|silly|"
                r"worried|daft))\b))|"
                r"can\s+we\s+stop|i\s+don'?t\s+want|"
                r"red\b) "
                r"|"
                r"(?:he|she|they)\s+(?:didn'?t|did\s+not|doesn'?t|does\s+not|wouldn'?t|would\s+not|won'?t|never)\s+"
                # not "he didn't stop holding me" (twenty-first session)
                r"(?:stop(?!\s+(?:" + _CARING + r"))|listen|"
                r"take\s+no|care\s+(?:if|that|when)) | "
                r"(?:didn'?t|wouldn'?t)\s+stop\s+(?:when|after|even) |"
                r"(?:wouldn'?t|won'?t|didn'?t|doesn'?t)\s+(?:listen|(?:really\s+|ever\s+|always\s+)?take\s+no) "
                r"| (?:didn'?t|never)\s+(?:ask|check)\s+(?:if|whether|first|me) |"
                r"(?:he|she|they)\s+(?:just\s+)?(?:kept|keeps|carried|carries|continued)\s+(?:going|"
                r"on(?!\s+(?:holding|hugging|cuddling|stroking|talking|kissing|with))|at\s+it|"
                r"pushing|asking\s+until) "
                r"| kept\s+(?:at\s+me|on\s+at\s+me|pushing\s+(?:me|for)|asking\s+(?:until|till|me\s+to)) |"
                # told by someone who overheard it ("him keep on at her"; twenty-eighth session, dev_qe)
                r"(?:him|he|she)\s+(?:kept|keep|keeps|keeping)\s+on\s+at\s+(?:me|her|him|them)\b |"
                # "Ignore it" said about one's own tears, or "I ignore it", is not a no ignored (twelfth session).
                # not "ignore me" said by her (twenty-first session)
                r"i(?<!'i)(?<!\"i)gnor\w*\s+(?:me|her|him|my\s+(?:no|tears|crying|safe\s?word)|it\s+when) | "
                r"(?:he|she|they)\s+(?:just\s+|simply\s+)?ignored\s+(?:it|that)\b | "
                r"(?:finished|carried\s+on|kept\s+going|did\s+it|went\s+ahead)\s+anyway | "
                r"(?:almost|nearly)\s+(?:done|there|finished) | just\s+a\s+(?:minute|second|bit)\s+more |"
                r"said\s+[\"'‘“]?almost\b |"
                r"said\s+no\s+(?:twice|again|\w+\s+times) | "
                r"\bsaid\s+no\b(?!,?\s+"
                + _NOT_A_REFUSAL
                + r") | "
                # A wish to stop, but not stopping a feeling or a habit ("I want to stop worrying about it").
                # Nor a wish denied ("I didn't want to stop because she was close"): on train + dev all
                # nine such matches were pain endured to please, which the guide makes unwanted pain,
                # not this flag (twelfth session). Going along for fear of anger, a sulk or being left
                # is read by the rules around this one (tests/text/test_flags.py, DENIED_WISH_TO_STOP).
                # A partner asking whether one wants to stop is care, not a wish to stop (twelfth session).
                + _words_unless_after(_WISH_DENIED, "want(?:ed)?", "asked")
                + r"\s+to\s+(?:stop|slow\s+down)"
                r"(?!\s+(?:worrying|crying|feeling|thinking|overthinking|apologi\w*|being\s+(?:so|this|like)|both|"
                r"existing|living|for\s+good|"
                r"partway|the\s+(?:tablets|pills|meds|medication)|it\s+from|this\s+from)) |"
                r"changed\s+(?:my|her|his|their)\s+mind |"
                r"kept\s+going\s+(?:till|until)\s+(?:he|she|they)\s+finished | "
                # Not a gentle partner checking in ("she went slow and kept asking"; sixteenth session).
                # (nor "we went really slow and he kept asking", "I kept asking about pain": twenty-sixth
                # session, dev_pv and dev_pw)
                + _unless_after(
                    "k",
                    *(rf"{w}\sand" for w in _CHECKING_IN),
                    *(rf"{w}\sand\s{who}" for w in _CHECKING_IN for who in _WHO),
                )
                + r"ept\s+asking(?!\s+(?:if|whether|what|how|are|is|me\s+if|did|do|was|"
                r"about\s+(?:the\s+)?(?:pain|hurting|it\s+hurting|comfort))\b|\s*[\"'‘“]) | "
                r"kept\s+on\s+(?:at|about) | "
                # (and "eventually she says 'fine' and we do it", "in the end I just say okay": twenty-sixth
                # session, dev_pw)
                r"(?:eventually|finally|in\s+the\s+end)\s+(?:i|she|he|they)\s+(?:just\s+)?(?:says?|said|goes|went)\s+"
                r"['\"]?(?:fine|yes|ok(?:ay)?|alright|whatever)\b |"
                r"trying\s+to\s+(?:tell\s+(?:me|him|her)|get\s+away|tap\s+out|push\s+(?:me|him|her)\s+(?:off|"
                r"away)|stop\s+(?:me|him|her)) "
                r"| even\s+though\s+(?:i|she|he|they)(?:'ve|'d|\s+have|\s+had)?\s+(?:told|said|asked) | "
                + _unless_after("p", "never", "not", "isn't", "wasn't", "isnt", "wasnt")
                + r"ushy |"
                r"and\s+(?:just\s+)?(?:carries|carried|keeps|kept)\s+(?:on|going)\b(?!\s+(?:holding|hugging|talking|"
                r"stroking|cuddling)) | kept\s+going['\"]?\s+(?:when|after|even|while|though) |"
                r"(?:doesn'?t|didn'?t|won'?t|wouldn'?t|never)\s+slow\s+down | "
                # Worn down until giving in (twentieth session, dev probes): "he wears her down",
                # "he always gets his way in the end", "she keeps going when he says he's too tired".
                r"(?:he|she|they|man|guy|boyfriend|girlfriend|husband|wife|partner|bf|gf)\s+(?:just\s+|always\s+|"
                r"eventually\s+|finally\s+)?['\"‘“]?(?:wears?|wore)\s+(?:her|him|me|them)\s+down\b | "
                r"gets?\s+(?:his|her|their)\s+(?:own\s+)?way\b | "
                r"keeps\s+going\s+(?:when|after|even\s+(?:when|though|after))\s+(?:i|he|she|they)\s+(?:say|says|said|"
                r"tell|tells|told|ask|asks|asked)\b"
            ),
            negatable=False,
            # The one in pain went on, for a reason of their own ("it hurt from the start and he kept
            # going because he didn't want me to think he was bad at it"): unwanted pain by the guide,
            # not pressure (twenty-second session, dev probes). Removed before the rule reads the
            # clause, since "kept going" would otherwise take back an ``unless`` (``_STOP_UNDONE``).
            strip=_rx(
                # a partner wondering if their own no caused the tears ("was it bc i said no??"; twenty-fourth
                # session, dev probes)
                r"(?:was|is)\s+it\s+(?:bc|because|cause|cos|coz)\s+i\s+said\s+no\b | "
                r"(?:kept|keeps|carried|carries)\s+(?:going|on)\s+because\s+(?:i|he|she|they)\s+(?:(?:didn'?t|did\s+not|"
                r"don'?t|do\s+not|doesn'?t|does\s+not)\s+want\s+(?:to\s+)?(?:disappoint|ruin|spoil|upset|let\s+\w+\s+down|"
                r"(?:me|him|her|them)\s+to\s+(?:think|feel))|thought\s+(?:i|he|she|they)(?:'d|\s+would)\s+be\s+(?:upset|"
                r"disappointed|hurt|sad))"
            ),
            unless=(
                _TOTALLY_FINE,
                _rx(
                    r"(?:stopped|stops|stop)\s+(?:immediately|right\s+away|straight\s+away|at\s+once|instantly|"
                    r"the\s+moment|as\s+soon) "
                    # a no answered "np" (twenty-fourth session, dev probes)
                    r"| (?:i|he|she|they)\s+(?:just\s+)?said\s+['\"‘“]?(?:np|no\s+problem|no\s+worries|of\s+course)\b "
                    r"| (?:he|she|they|we|i)\s+stopped\b"
                    # "he stopped", not "I stopped enjoying it" (fourteenth session)
                    r"(?!\s+(?:enjoying|liking|wanting|feeling|caring|moving|responding|trying)) | "
                    r"respected\s+(?:it|that|my|me|the) |"
                    r"(?:he|she|they)\s+did\s+(?:immediately|instantly|straight\s+away|right\s+away|at\s+once) |"
                    # "I asked him to stop and he did." (thirteenth session); not "he did it again", "he did not".
                    r"(?:and|so)\s+(?:he|she|they)\s+did\s*(?:[.!]|$) |"
                    r"(?:was|were|been)\s+(?:so\s+|really\s+)?(?:lovely|fine|great|kind|understanding|respectful)\s+"
                    r"about\s+(?:it|that) |"
                    # "and that was the end of it" (sixteenth session)
                    r"that\s+was\s+the\s+end\s+of\s+(?:it|that)\b |"
                    # "I asked if I'd hurt her, she said no": the no answers a worried question (sixteenth session).
                    r"asked\s+(?:(?:her|him|them)\s+)?(?:if|whether)\s+(?:i'?d|i\s+had|i)\s+(?:\w+\s+)?(?:hurt|upset|"
                    r"pushed|pressured|done\s+something) |"
                    # "I asked if she wanted to stop and she said no": the no means go on
                    r"asked\s+(?:(?:her|him|them|me)\s+)?(?:if|whether)\s+(?:she|he|they|i)\s+wanted\s+to\s+(?:stop|slow\s+down|"
                    r"take\s+a\s+break),?\s+(?:and\s+)?(?:she|he|they|i)\s+said\s+['\"‘“]?no\b |"
                    # Any question answered no ("Ines asked if it was the old stuff and I honestly said no"),
                    # and a stop honoured by someone named ("I said 'stop' and Chris stopped"; nineteenth
                    # session). ``unless_undone`` below takes both back when the clause goes on.
                    # (not a question whether one wanted sex: that no is a refusal)
                    r"ask\w*\s+(?:\w+\s+){0,10}?(?:if|whether)\b(?!\s+(?:i|she|he|they|we)\s+(?:wanted|want|was\s+up\s+for|"
                    r"felt\s+like|fancied)\s+(?:to\s+(?!stop|slow|take\s+a\s+break)|it\b|sex\b|some\b))"
                    r"[^.;!?]{0,80}?\b(?:said|say|says|answered)\s+(?:\w+\s+)?['\"‘“]?no\b | "
                    r"said\s+['\"‘“]?(?:stop|red)['\"’”]?,?\s+(?:and\s+)?[a-z]+\s+(?:stopped|let\s+go)\b | "
                    # a partner's worried asking ("I was scared of hurting her, and I kept asking"; twentieth session)
                    r"(?:scared|afraid|nervous|worried|terrified)\s+(?:of|about)\s+hurting\s+(?:her|him|them)\b[^.;!?]*"
                    r"\bkept\s+asking"
                ),
                # "my partner was off me ... in about one second" (twenty-fourth session, dev probes)
                _STOPPED_AT_ONCE,
            ),
            # ...or in the next clause ("he said stop, so we stopped"; twentieth session), unless the
            # rest of the account says the stop came late or was undone.
            unless_window=1,
            unless_undone=_STOP_UNDONE,
            unless_answer=_ASKED_AFTER_HARM,
            beyond_undoes=False,
            skip_past=True,
        ),
        # The writer went on while the partner cried ("she was crying and I kept going"), in the
        # same clause or the next (twentieth session); not when that was the plan they had agreed.
        # Or goes on, anywhere in the account, while the partner goes blank ("she goes kind of blank
        # ... I just carry on"; twenty-seventh session, dev_qc).
        Rule(
            _rx(
                r"i\s+(?:just\s+|still\s+)?(?:kept|carried|keep|carry)\s+(?:going|on)\b"
                r"(?!\s+(?:holding|hugging|talking|stroking|cuddling|kissing|with|back|over|through|to|into|round|"
                r"around|about|thinking|wondering|asking|reading|crying)\b)"
            ),
            negatable=False,
            needs=_rx(
                r"(?:she|he|they)\s+(?:(?:was|were|started|began)\s+(?:crying|sobbing|to\s+(?:cry|sob)|in\s+tears)|"
                r"cried|sobbed|teared\s+up)\b"
            ),
            needs_window=1,
            needs_anywhere=_rx(
                r"(?:she|he|they)\s+(?:goes|go|went|going)\s+(?:kind\s+of\s+|sort\s+of\s+|completely\s+|totally\s+|"
                r"all\s+)?(?:blank|limp|somewhere\s+else)\b"
            ),
            unless=(
                _rx(
                    r"(?:as|like)\s+(?:we|she|he|they)(?:'d|\s+had)?\s+(?:planned|agreed|asked|wanted) | "
                    # she said so ("she said it was good crying, so I kept going"; twenty-first session)
                    r"(?:said|told\s+me)\s+(?:it\s+was\s+)?['\"]?(?:good\s+(?:crying|tears)|happy\s+tears|(?:to\s+)?keep\s+"
                    r"going|don'?t\s+stop)"
                ),
            ),
        ),
        Rule(
            _rx(
                # Not the wish inverted ("I did not want it to stop") or a place in the past ("I don't want
                # to go back there"), nor pain as what was not wanted ("the pain, which I didn't want",
                # "it hurt and I didn't want it to"): that is unwanted pain by the guide (twelfth session).
                "(?:"
                + _unless_after("d", *_PAIN_AS_OBJECT, *_NOT_THAT, *_DONE_SOMETHING, *_NOTHING_UNWANTED, *_OR_THAT_WHO)
                + r"(?:idn'?t|id\s+not|on'?t|o\s+not|oesn'?t|oes\s+not)|"
                + _unless_after("n", *_PAIN_AS_OBJECT, *_NOT_THAT)
                + "ever)"
                + r"\s+(?:really\s+|even\s+|"
                r"actually\s+)?(?:want|wanna|feel\s+like(?!\s+(?:this|that)\s*(?:[,.;!?]|$|before\b|in\s+(?:years|ages)\b)))"
                r"(?!\s+(?:it|this|that|him|her|them)\s+to\s+(?:stop|end|be\s+over|finish|hurt)\b)(?!\s+it\s+to\s*(?:[,.;!?]|$))"
                # nor a worry about how it comes across ("I don't want it to sound like...": sixteenth session)
                r"(?!\s+(?:it|this|that|sex)\s+to\s+['\"]?(?:sound|seem|look|come\s+across|become|ruin|turn\s+into|define|"
                r"affect|change|be\s+(?:a|weird|awkward|about|another|one))\b)"
                r"(?!\s+(?:it|this|that)\s+(?:analy[sz]ed|discussed|mentioned|brought\s+up|talked\s+about|fixed)\b)"
                r"(?!\s+to\s+go\s+(?:back|behind)\b)(?!\s+to\s+(?:do|cause)\s+(?:more\s+|any\s+|further\s+)?harm\b)"
                # nor a wish about how things go on ("I don't want this to keep ambushing me", "I do not want
                # to go on like this", "to go to the doctor", "to do anything to myself": nineteenth session)
                r"(?!\s+(?:it|this|that)\s+to\s+keep\b)"
                r"(?!\s+to\s+(?:go\s+on\s+like|go\s+to\s+(?:the|a|my|see)\s+(?:\w+\s+)?(?:doctor|gp|clinic|hospital|"
                r"therapist|counsell?or)|do\s+anything\s+to\s+(?:myself|herself|himself))\b)"
                r"(?:\s+to)?(?=\s*(?:[,.;!?]|$|but\b|and\b|it\b|sex|"
                r"this\b|anything|have\s+sex|do\s+it|do\s+this|sleep\s+with|"
                r"go\s+further|be\s+touched|continue|keep\s+going|tonight|now|again|anymore|to\s+(?:have|do|"
                r"sleep|go|continue|keep(?!\s+(?:crying|thinking|worrying|feeling|wondering|apologi\w*|being|setting|"
                r"overthinking|ignoring))|be\s+touched))) "
                # (not a habit or a thing: "she's stopped wanting the lights on"; twenty-third session)
                # (nor a partner's desire worried over, "whether she has stopped wanting me", or desire that
                # never left, "we've never stopped wanting each other"; twenty-fourth session)
                r"| "
                + _unless_after("s", "never", "not")
                + r"topped\s+wanting\b(?!\s+(?:the|to\s+(?:go|eat|see|talk|leave|watch)|me|us|each\s+other)\b) |"
                # Not ready for a feeling or for words ("I wasn't ready for how much it would hurt", "things
                # she isn't ready to say"), nor a pain "I wasn't ready for" (twelfth session).
                # Each form gets only the look-behinds that can precede it (each costs compile time).
                + "(?:"
                + _unless_after("w", *_RELATIVE_I, *_NOT_THAT_BARE, *_WORRIED_WHO)
                + r"(?:asn'?t|as\s+not)|"
                + _unless_after("i", *_RELATIVE_I, *_NOT_THAT_BARE)
                + r"(?:'?m\s+not|sn'?t)|"
                + _unless_after("s", *_RELATIVE_I, *_NOT_THAT_BARE, *_WORRIED)
                + r"he\s+wasn'?t|"
                + _unless_after("h", *_RELATIVE_I, *_NOT_THAT_BARE, *_WORRIED)
                + r"e\s+wasn'?t)"
                + r"\s+"
                r"(?:really\s+)?(?:ready(?!\s+for\s+(?:how|what|that|the\s+(?:pain|feeling|tears))|\s+to\s+(?:say|tell|talk|"
                r"share))|in\s+the\s+mood|into\s+it|up\s+for\s+it|sure\s+(?:i|she|he)\s+wanted)"
                # not a choice made freely after all ("wasn't in the mood but chose to anyway, I wanted the
                # closeness"; twentieth session)
                 + _OWN_CHOICE + r" | not\s+in\s+the\s+mood" + _OWN_CHOICE + r" | didn'?t\s+feel\s+ready |"
                r"(?:went|go|going|goes)\s+along\s+with\s+(?:it|him|her|them|sex) | "
                r"(?:i|she|he)\s+(?:just\s+)?(?:go|went)\s+along(?=\s*(?:[,.;!?]|$|with\s+(?:it|him|her|them|sex|"
                r"what))) | gave\s+in | give\s+in | giving\s+in | caved "
                r"|"
                # (not "let her have her feelings": twenty-sixth session, dev_pw)
                r"let\s+(?:him|her|them)\s+(?:do\s+(?:it|what|whatever)|have\s+(?:sex|it|(?:his|her)(?!\s+(?:feelings|"
                r"moment|cry|space|say|own|tears))|what)|use\s+me) "
                r"|"
                r"(?:to\s+)?(?:avoid|prevent)\s+(?:a\s+|another\s+|the\s+)?(?:fight|argument|row|scene|sulk\w*|"
                r"tantrum|blow\s*up) "
                r"| (?:didn'?t|don'?t|did\s+not|do\s+not)\s+(?:just\s+)?want\s+"
                r"(?:to\s+fight|another\s+(?:fight|argument|row))"
                r"(?!\s+(?:about|over)\b) "
                r"| keep\s+the\s+peace | keep\s+(?:him|her|them)\s+happy |"
                r"(?:so|or)\s+(?:he|she|they)\s+(?:won'?t|wouldn'?t|doesn'?t|didn'?t|will|would|'d|"
                r"'ll)\s+(?:stop\s+)?(?:get\s+)?(?:mad|angry|upset|leave|sulk\w*|yell|shout|cheat|break\s+up) "
                r"|"
                r"(?:get|gets|got|goes|went|be|is)\s+(?:mad|angry|furious|cold|sulky|moody|mean|scary|silent|"
                r"quiet|in\s+a\s+mood)\s+(?:if|when|unless|for) "
                # upset at a no ("he gets upset when we don't"; twenty-first session)
                r"| (?:get|gets|got|be|is)\s+(?:so\s+|really\s+|all\s+)?(?:upset|hurt|sad|grumpy|huffy|pouty|"
                r"distant)\s+(?:if|when|unless|whenever)\s+(?:i|we|she|he)\s+(?:don'?t|do\s+not|didn'?t|say\s+no|"
                r"said\s+no|skip|refuse|won'?t|decline|turn\s+(?:him|her)\s+down|'?m\s+not\s+in\s+the\s+mood)\b "
                r"| "
                + _unless_after("s", "no", "zero", "without", "never", "once", "any", "didn't", "didnt", "not")
                + r"ulk\w* | "
                r"(?<!brain\s)(?<!mind\s)(?<!body\s)(?<!god\sis\s)(?<!god\swas\s)(?<!allah\sis\s)"
                r"(?<!thing\swants\sto\s)punish(?:es|ed|ing)?\s+me | silent\s+treatment | in\s+a\s+mood |"
                r"(?:wife'?s?|wifely|husband'?s?|girlfriend|boyfriend|marital)\s+dut\w* | (?:my|a)\s+duty | "
                # "husband say wife must give" (twenty-first session, dev probes)
                r"(?:wife|wives|woman|women)\s+(?:must|has\s+to|have\s+to|should|needs?\s+to|is\s+supposed\s+to)\s+"
                r"(?:never\s+|not\s+)?(?:give|obey|submit|refuse|say\s+yes|serve|satisfy)\b | "
                # (not an apology or a drink owed; twenty-third session)
                r"owe[ds]?\s+(?:him|her|them|it)\b(?!\s+(?:an?\s+|my\s+|the\s+)?(?:apology|explanation|money|drink|coffee|"
                r"favou?r|dinner|lunch|tenner|fiver|pint|thanks|everything|life|call|text|answer|story|truth|anything|"
                r"nothing)\b) | "
                + _unless_after("o", "not", "never", "no", r"don't\sfeel", r"dont\sfeel", r"never\sfeel", r"not\sfeel")
                + r"bligat\w* | expect(?:s|ed)?\s+(?:of\s+me|sex|it\s+every) |"
                # not "we've stopped fighting about his gaming" (nineteenth session)
                r"stopped\s+(?:refusing|saying\s+no|"
                r"fighting(?!\s+(?:about|over|so\s+much|as\s+much|all\s+the\s+time)\b)) | "
                # "We just lay there" and "we lay still" are two people resting together (twelfth session).
                r"(?:easier|quicker|simpler)\s+to\s+(?:just\s+)?(?:let|give|go\s+along|say\s+yes) | "
                r"(?:went|" + _unless_after("l", "we") + r"ay)\s+still |"
                r"(?:only\s+)?(?:said|say)\s+(?:fine|ok(?:ay)?|yes)\s+(?:even\s+though|but|to\s+(?:stop|end|make|"
                r"keep)|so\s+(?:he|she|they)|because" + _WANTED_BECAUSE + r"|just|bc) "
                r"| until\s+(?:i|she|he|they)\s+(?:said|say|gave|give)\s+['\"‘“]?(?:fine|ok(?:ay)?|yes|in) |"
                # worn down into it (twenty-fourth session, dev probes): "I think I just wore her down"
                r"(?:wore|wear|wears|wearing)\s+(?:her|him|them)\s+down\b | "
                r"(?:he|she|they)\s+(?:wore|wears|wear|wearing)\s+me\s+down\b |"
                # a wish to leave said again and again, and being pulled back (twenty-fourth session)
                r"kept\s+saying\s+(?:i|she|he)\s+(?:should|had\s+to|needed\s+to|wanted\s+to)\s+(?:go|get\s+home|leave|"
                r"stop)\b | kept\s+(?:pulling|dragging)\s+(?:me|him|her)\s+back\s+(?:onto|into|to)\s+(?:the\s+)?bed\b |"
                r"only\s+(?:said\s+yes|says\s+yes|say\s+yes|agreed|agrees|sleep\s+with|have\s+sex|do\s+it|did\s+it) "
                r"| (?:just|eventually)\s+said\s+(?:fine|ok(?:ay)?|yes|whatever) | "
                r"said\s+[\"'‘“]?(?:fine|ok(?:ay)?),?\s+whatever |"
                r"(?:don'?t|doesn'?t|didn'?t|do\s+not|does\s+not|"
                r"can'?t|barely|hardly)\s+(?:really\s+)?remembers?\s+(?:saying\s+yes|agreeing|consenting) "
                r"| "
                r"(?:don'?t|do\s+not)\s+think\s+(?:she|he|they)\s+(?:can|could)\s+(?:really\s+)?(?:say\s+yes|consent|"
                r"agree)\b | "
                r"(?:not\s+sure|wasn'?t\s+sure|don'?t\s+know\s+if)\s+(?:he|she|they|i)(?:'d|\s+had)?\s+(?:could\s+have|was\s+able|wanted|"
                r"really\s+wanted|said\s+yes) "
                # whether a partner with dementia, or too far gone, knew what was happening, or "can't say yes
                # the way she used to" (twenty-fourth session)
                r"| (?:can'?t|cannot)\s+(?:really\s+)?say\s+yes\b(?!\s+(?:fast|quick|quickly)\s+enough|"
                r"\s+to\s+(?:the|a|another|any|more|work|dinner|plans)\b)"
                r"| whether\s+(?:she|he|they)\s+(?:really\s+)?knew\s+(?:it\s+was\s+me|who\s+i\s+was|"
                r"what\s+was\s+happening|where\s+(?:she|he|they)\s+was)\b "
                r"|"
                r"(?:we'?d|we\s+had|we)\s+never\s+(?:talked|agreed|discussed) | "
                r"(?:couldn'?t|could\s+not|can'?t|cannot)\s+say\s+(?:whether|if)\s+(?:she|he|i|they)\s+(?:had\s+)?"
                r"(?:wanted|agreed|said\s+yes) |"
                r"(?:no\s+longer|not)\s+(?:certain|sure)\s+(?:that\s+)?(?:she|he|they)\s+(?:understands?|knows?\s+what|"
                r"wants?\s+it|is\s+able) |"
                r"said\s+i\s+(?:wasn'?t|was\s+not)\s+sure | (?:take|took)\s+it\s+as\s+a\s+sign | "
                r"(?:he|she|they)(?:'?d|\s+would|\s+will|'ll)\s+(?:leave" + _OVER_THE_TEARS + r"|break\s+up|dump|cheat|"
                r"find\s+someone) |"
                r"(?:if|unless)\s+i\s+(?:(?:didn'?t|don'?t|did\s+not|do\s+not)\s+(?:want|give|say\s+yes|"
                r"have\s+sex|sleep|"
                r"put\s+out|do\s+it)|refuse|say\s+no|decline|turn|kept\s+turning) "
                r"| when\s+i\s+(?:say\s+no|don'?t|decline|refuse|turn\s+(?:him|her|them)\s+down) |"
                r"turn(?:ing|ed)?\s+(?:him|her|them|me)\s+down | "
                r"(?:eventually|finally|only)\s+agreed | tired\s+of\s+(?:saying\s+no|arguing|fighting) |"
                # a no that brings anger ("saying no sets him off for days": twenty-sixth session, dev_pv)
                r"(?:saying|say)\s+no\s+(?:always\s+)?(?:made|makes|make|would\s+make|"
                r"sets?\s+(?:him|her|them)\s+off) | "
                r"drank\s+(?:way\s+)?too\s+much |"
                r"wak(?:e|ing|ed)\s+up\s+(?:and|to|with)\s+(?:he|she|they|him|her|them)\b |"
                r"(?:afraid|scared|worried|frightened)\s+(?:that\s+)?(?:i|he|she|they)(?:'ll|'d|\s+will|\s+would|\s+might)?"
                r"\s+(?:\w+\s+)?(?:snap|explode|yell|shout|hit|lose\s+it|get\s+(?:angry|mad|violent)|leave"
                + _OVER_THE_TEARS
                + r"\s+me) |"
                r"(?:says?|said|saying)\s+yes\s+(?:only\s+|just\s+|mainly\s+)?"
                r"(?:because" + _WANTED_BECAUSE + r"|so|to\s+(?:keep|stop|avoid|end)) |"
                r"keep\s+me\s+happy | "
                # not a partner's question ("if she was doing it for me")
                 + _unless_after("d", *_ASKING_WHO) + r"oing\s+it\s+(?:just\s+|only\s+)?for\s+(?:me|him|her|them)\b |"
                r"so\s+(?:he|she|they)(?:'d|\s+would|\s+will|'ll)\s+stop\s+(?:asking|nagging|pestering|bugging|begging|"
                r"going\s+on|sulking) |"
                r"given\s+in | against\s+(?:my|her|his|their)\s+(?:own\s+)?(?:will|wishes) |"
                r"too\s+(?:drunk|high|tired|out\s+of\s+it|much\s+\w+|\w+)\s+to\s+(?:really\s+)?(?:decide|consent|say\s+no|"
                r"know\s+what) | too\s+much\s+to\s+drink |"
                r"so\s+(?:that\s+)?(?:the\s+\w+|things|it|he|she|they)\s+(?:stays?|keeps?)\s+"
                r"(?:calm|quiet|nice|peaceful) |"
                r"(?:didn'?t|wouldn'?t|won'?t|doesn'?t)\s+(?:speak|talk)\s+to\s+me\s+for |"
                # Sex that began in sleep, a stop that did not come, and a partner who thinks asking is not needed.
                # "I wasn't awake when you started", "I woke up and you were already going" (twenty-fourth session)
                r"(?:wasn'?t|was\s+not)\s+(?:even\s+)?awake\s+when\s+(?:you|he|she|they)\s+started | "
                r"woke\s+up\s+and\s+(?:you|he|she|they)\s+(?:were|was)\s+already\s+(?:going|doing\s+it|at\s+it|"
                r"on\s+top) | "
                r"(?:woke|woken|wake|waking)\b[^,.;!?]{0,60}\b(?:already\s+)?(?:having\s+sex\s+with|inside|on\s+top\s+of|"
                r"touching|undress\w*)\s+me\b | or\s+(?:didn'?t|did\s+not|wouldn'?t|would\s+not)\s+stop\b |"
                r"(?:don'?t|doesn'?t|do\s+not|does\s+not|didn'?t)\s+(?:have|need)\s+to\s+ask\b"
            ),
            negatable=False,
            # Pain named as what was not wanted, with words between ("a sharp pain deep inside, which I
            # did not want", "a deep ache that I honestly didn't want", "it's the pain I don't want"):
            # unwanted pain by the guide, as ``_PAIN_AS_OBJECT`` (twenty-fourth session, readable data).
            strip=_rx(
                r"(?:pain|ache|stab|sting|burning)(?:\s+\w+){0,2},?\s+(?:which|that)\s+(?:i|she|he|they)\s+"
                r"(?:\w+ly\s+)?(?:didn'?t|did\s+not|don'?t|do\s+not|doesn'?t|does\s+not)\s+want\b | "
                r"(?:the\s+)?(?:pain|ache|stab|sting|burning|hurting)\s+(?:i|she|he|they)\s+"
                r"(?:\w+ly\s+)?(?:didn'?t|did\s+not|don'?t|do\s+not|doesn'?t|does\s+not)\s+want\b"
            ),
            # ...nor where the no was honoured at once ("when I said I wasn't into it she stopped right away")
            unless=(_TOTALLY_FINE, _STOPPED_AT_ONCE, _OK_ANSWER),
            unless_window=1,
            unless_undone=_STOP_UNDONE,
            beyond_undoes=False,
        ),
        # Sex got through until it ends ("I let him finish", "I wait for it to be over"). Where pain
        # in its clause or one on either side is the reason and nothing in the account tells of pressure,
        # this is pain endured to please, which the guide makes unwanted pain, not this flag
        # (twentieth session; the largest group of false consent flags on the readable data).
        Rule(
            _rx(
                r"let\s+(?:him|her|them)\s+(?:finish|get\s+it\s+over) | (?:just\s+)?(?:let|lets)\s+it\s+happen | "
                # ("I lie still and pray for it to be over"; twenty-eighth session, dev_qe)
                r"pray\w*\s+(?:for\s+it|that\s+it(?:'?ll|\s+will|\s+would|'?d)?)\s+(?:to\s+)?(?:end|be\s+over|stop|"
                r"finish) | "
                r"(?:make|made)\s+it\s+(?:end|stop|be\s+over) | to\s+get\s+it\s+over | "
                r"wait\w*\s+for\s+(?:it|him|her)\s+to\s+(?:end|be\s+over) | "
                r"something\s+i\s+(?:just\s+)?(?:get|got)\s+through"
            ),
            negatable=False,
            # not a habit placed before now ("I used to just let it happen"; twenty-eighth session: over
            # every project text it removed six false flags and no true one)
            skip_past=True,
            unless_pain=_PAIN_RULE,
            unless_undone=_PRESSURE,
        ),
        Rule(
            _rx(
                # (the object a whole word: not "the rape memories come up"; twenty-ninth session)
                r"rap(?:e|ed|ing)\s+(?:me|her|him|them)\b | assault\w*\s+(?:me|her|him|them)\b | "
                r"sexually\s+assault\w* | attacked\s+(?:me|her|him) | forced\s+(?:himself|herself|themselves) | "
                r"took\s+advantage |"
                # the passive, by the partner ("I was assaulted by my boyfriend"; twenty-first session)
                r"(?:was|were|been|got)\s+(?:sexually\s+)?(?:assaulted|raped|attacked|molested)\s+by\s+(?:my|her|his|their)\s+"
                r"(?:boyfriend|girlfriend|husband|wife|partner|date|fiance\w*|bf|gf)\b |"
                r"(?:hold(?:s|ing)?|held|pin(?:s|ned|ning)?)\s+(?:me|her|him|(?:my|her|his)\s+(?:head|arms?|"
                r"wrists?|hands?|legs?))\s+"
                r"down | (?:i'?ve|i\s+have|i'?d|she'?s|he'?s|she\s+has|he\s+has)\s+told\s+(?:him|her|"
                r"them)\s+(?:\w+\s+){0,3}"
                r"(?:times|before|already|again)"
                # not reassurance ("I've told her a hundred times we don't need to"; twenty-first session)
                r"(?!\s+(?:that\s+)?(?:we|she|he|they|you)\s+(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+"
                r"(?:need|have)\s+to\b) | "
                r"pinned\s+(?:me|her|him)\s+down | "
                # "pinning me on the sofa", "pinned her against the wall" (sixteenth session, dev probes)
                r"pin(?:s|ned|ning)\s+(?:me|her|him)\s+(?:on|onto|to|against|under)\s+(?:the|a|his|her|my)\b |"
                r"(?:had|got)\s+(?:me|her|him)\s+pinned\b"
            ),
            skip_past=True,
            # An assault told in the passive is history in every readable account that says so ("I was
            # sexually assaulted at 19", "she was assaulted in college"): the guide makes that a trauma
            # matter. Not when it is recent ("last night", "last month", "weeks ago") or by a partner.
            strip=_rx(
                r"(?:was|were|been|being|got)\s+(?:sexually\s+)?assaulted\b(?![^.;!?]*\b(?:last\s+(?:night|week\w*|month)|recently|(?:days|weeks|a\s+few\s+(?:days|weeks))\s+ago|"
                r"tonight|yesterday|this\s+(?:morning|week)|earlier|just\s+now|by\s+(?:my|her|his|their)\s+(?:boyfriend|"
                r"girlfriend|husband|wife|partner|date|fiance\w*)))"
            ),
            # Held down in play, or because it was asked for: what follows is often a flashback
            # (trauma), not sex that was not wanted (twelfth session). BEYOND still counts.
            unless=(
                _rx(
                    r"playful\w* | as\s+a\s+(?:joke|game) | jokingly | messing\s+(?:around|about) | just\s+laughing | "
                    r"(?:told|asked|begged)\s+(?:him|her|them|me)\s+to\s+(?:pin|hold) | just\s+playing | "
                    # Held down as liked play ("I love it when he pins me down"; twentieth session).
                    r"(?:love|loves|loved|like|likes|liked|enjoy\w*)\s+(?:it\s+)?when\s+(?:he|she|they)\s+"
                    r"(?:pins?|holds?) | "
                    r"(?:like|likes|love|loves|enjoy)\s+it\s+(?:on\s+the\s+)?rough\w*"
                ),
                _PERSON_BY_PAST_ACT,
                # Held down by someone other than the partner ("a nurse holding me down for the blood
                # draw", "the women holding her down"), or a hold the present is only compared with ("it
                # felt exactly like the nurse holding her down"): a memory, which the guide makes trauma
                # (twenty-fourth session, readable data).
                _rx(
                    r"(?:nurses?|doctors?|midwi(?:fe|ves)|the\s+women|(?:medical|hospital)\s+staff)\s+(?:\w+\s+)?"
                    r"(?:hold(?:s|ing)?|held|pin(?:s|ned|ning)?)\s+(?:me|her|him|my|his)\b | "
                    r"(?:felt|feels|feel|feeling)\s+(?:exactly\s+|just\s+)?like\b[^.;!?,]{0,40}\b(?:hold(?:s|ing)?|held|"
                    r"pin(?:s|ned|ning)?)\s+(?:me|her|him|my|his)\b"
                ),
            ),
        ),
        Rule(
            _rx(
                r"abus(?:e|ive|ing)\s+(?:relationship|partner|husband|wife|boyfriend|girlfriend) | "
                r"(?:he|she|they)\s+(?:hits|hit|slaps|slapped|choke[ds]?|strangle[ds]?)\s+me |"
                r"afraid\s+of\s+(?:him|her|them|my\s+(?:husband|wife|partner|boyfriend|girlfriend)) | "
                r"scared\s+of\s+(?:him|her|them|what\s+(?:he|she|they)(?:'d|\s+would|\s+might)) | "
                r"(?:gets|got|is)\s+scary |"
                r"checks\s+my\s+phone | punching\s+(?:doors|walls) | (?:scream|yell|shout)\w*\s+at\s+me"
            ),
            skip_past=True,
            # an urge or a head that screams, not a partner (twenty-first session)
            strip=_rx(
                r"(?:urges?|voices?|thoughts?|head|brain|mind|body|everything|family|patients?|customers?|clients?|"
                r"boss|manager|kids|children|teacher|people)\s+(?:\w+\s+){0,3}?(?:is\s+|are\s+|was\s+|"
                r"were\s+|keeps?\s+|kept\s+)?(?:scream|yell|shout)\w*\s+at\s+me"
            ),
        ),
        # A stop that was wanted but could not be said (the "but" starts a clause of its own).
        Rule(
            _rx(r"wanted\s+(?:me|him|her|them)\s+to\s+stop\b"),
            negatable=False,
            needs=_rx(
                r"(?:couldn'?t|could\s+not|wasn'?t\s+able\s+to)\s+(?:get\s+(?:a|any|the)\s+words?\s+out|"
                r"say\s+(?:it|so|anything|a\s+word|stop)|speak|tell\s+(?:me|him|her|them))"
            ),
            needs_window=1,
        ),
        # Consent named as missing, in plain words (eleventh session: "it wasn't consensual", "no
        # consent" and "I was drugged" raised nothing; the word "consent" in a rule above is
        # cancelled by the very negation that carries the meaning here).
        Rule(
            _rx(
                r"(?:not|never|wasn'?t|isn'?t|weren'?t|was\s+not|is\s+not|hardly|barely)\s+(?:fully\s+|really\s+|"
                r"entirely\s+|totally\s+|exactly\s+|completely\s+|100%\s+)?consensual |"
                r"(?:no|without|zero|never\s+gave(?:\s+(?:him|her|them))?(?:\s+my)?|didn'?t\s+give(?:\s+(?:him|her|"
                r"them))?(?:\s+my)?)\s+(?:real\s+|actual\s+|proper\s+|any\s+|clear\s+)?consent\b(?!\s+(?:issues?|"
                r"problems?|worries|questions?|concerns?|talk|conversation|doubts?)) |"
                r"(?:didn'?t|did\s+not|never|doesn'?t|does\s+not)\s+(?:even\s+)?(?:ask|check)(?:ed)?\s+(?:for|about)\s+"
                r"(?:my\s+|her\s+|his\s+|their\s+)?consent |"
                # Consent named as unclear, doubted or taken back (the bare word "consent" used to
                # raise the flag anywhere, so "consent was clear" did too; twelfth session).
                r"(?:unclear|murky|blurry|blurred|gr[ae]y|fuzzy|questionable|dubious|iffy|shaky|coerced|pressured)\s+"
                r"consent | dub[-\s]?con\b | consent\s+(?:was|is|felt|feels|seemed|seems|got)\s+(?:\w+\s+)?(?:unclear|"
                r"murky|blurry|blurred|gr[ae]y|fuzzy|questionable|dubious|iffy|shaky|missing|absent|ignored|"
                r"not\s+(?:clear|there|given|real|freely))\b | consent\s+(?:wasn'?t|isn'?t|was\s+not|is\s+not|never)\s+"
                r"(?:really\s+|fully\s+|entirely\s+|100%\s+|even\s+)?(?:clear|given|there|asked\s+for|checked|freely|"
                r"mutual|enthusiastic|real)\b |"
                r"(?:did|do)\s+(?:i|she|he|they)\s+(?:even\s+|really\s+|actually\s+|ever\s+)?"
                r"(?:consent|agree\s+to\s+(?:it|this|that|any\s+of))\b |"
                r"(?:whether|if)\s+(?:i|she|he|they)\s+(?:really\s+|actually\s+|ever\s+|even\s+|truly\s+|fully\s+)?"
                r"(?:consented|gave\s+(?:my\s+|her\s+|his\s+|their\s+)?consent|could\s+(?:have\s+)?consent\w*) |"
                r"(?:withdr[ae]w|withdrawn|withdrawing|revok\w*|took\s+back|take\s+back|pulled)\s+(?:my\s+|her\s+|his\s+|"
                r"their\s+)?consent |"
                r"consent(?:ed)?\s+(?:under\s+(?:pressure|duress)|out\s+of\s+(?:fear|guilt|obligation)) |"
                r"(?:unable|not\s+able|in\s+no\s+(?:state|condition|position))\s+to\s+(?:really\s+|actually\s+)?"
                r"(?:give\s+)?consent\b |"
                r"drugged\s+(?:me|her|him|them|my\s+drink|her\s+drink|his\s+drink) | (?:was|were|got|been|being)\s+"
                r"drugged | spiked\s+(?:my|her|his|their)\s+drinks? | (?:my|her|his|their)\s+drinks?\s+(?:was|were|"
                r"got)\s+spiked"
            ),
            negatable=False,
            skip_past=True,
        ),
        # Not remembering much of it, with drink, drugs or sleep in the account. Without them it is most
        # often a flashback's lost time, a trigger by the guide (twenty-first session: the readable texts
        # where it alone raised the flag with nothing of the kind in them were flashbacks).
        Rule(
            _rx(
                r"(?:don'?t|doesn'?t|didn'?t|do\s+not|does\s+not|can'?t|barely|hardly)\s+(?:really\s+)?remembers?\s+"
                r"(?:much|any\s+of\s+it|it)\b"
            ),
            negatable=False,
            needs=_rx(
                r"drunk | drinks? | drinking | drank | wasted | tipsy | high\b | stoned | drugged | spiked | ghb | "
                r"asleep | sleeping | passed\s+out | blacked?[-\s]?out | blackout | shots | wine | beers? | vodka"
            ),
        ),
        # A limit set and crossed ("Belts are my hard limit because of Dad. He used one anyway.";
        # twenty-third session, from a training account no layer caught).
        Rule(
            _rx(
                r"(?:he|she|they)\s+(?:just\s+)?(?:used|did|tried|went\s+ahead\s+with)\s+(?:one|it|that|them)\s+"
                r"(?:anyway|regardless)\b"
            ),
            negatable=False,
            needs=_rx(
                r"(?:hard\s+)?limits?\b | (?:said|told\s+(?:him|her|them))\s+no\b | asked\s+(?:him|her|them)\s+not\s+to"
            ),
            needs_window=1,
        ),
        # Thirtieth session, from the flag sentences no layer caught: silence, sleep or a freeze taken
        # for a yes; a partner who would not stop when asked or when the tears came; a safeword waved
        # away.
        Rule(
            _rx(
                r"took\s+(?:my\s+|her\s+|his\s+|their\s+|the\s+)?(?:silence|quiet|stillness|freezing|not\s+saying\s+no|"
                r"lack\s+of\s+(?:a\s+)?(?:no|answer|response)|no\s+answer)\s+(?:for|as)\s+(?:a\s+)?(?:green\s+light|yes|"
                r"consent|permission|go[-\s]?ahead|an?\s+(?:invitation|ok|okay)) | "
                r"(?:didn'?t|did\s+not|won'?t|wouldn'?t|will\s+not|would\s+not|doesn'?t|does\s+not|never)\s+stop(?:s|ped)?\s+"
                r"(?:even\s+)?(?:when|though|although|after|while|if)\s+(?:i|she|he|they)\s+(?:ask\w*|beg\w*|cr(?:y|ies|ied)|"
                r"(?:was|were|am|is|are|started|start)\s+(?:crying|sobbing|in\s+tears)|(?:said|say|says|tell|told)\s+"
                r"(?:(?:him|her|them)\s+)?(?:to\s+)?(?:no|stop|wait|it\s+hurt)|push\w*\s+(?:him|her|them)\s+away|"
                r"pull\w*\s+away) | "
                # (thirty-first session, flag sentences: "pressed on even after I said it hurt", "when I started
                # crying he said it was turning him on and didn't stop")
                r"(?:"
                + _WENT_ON
                + r")"
                + _EVEN_AFTER_TOLD
                + r"(?:(?:said|told\s+(?:him|her|them))\s+(?:that\s+)?(?:no|stop|"
                r"it\s+hurt\w*|(?:it|this)\s+was\s+hurting)\b|asked\s+(?:him|her|them)\s+to\s+stop|begged|pushed\s+(?:him|her|"
                r"them)\s+away) | "
                r"(?:when|after|once)\s+(?:i|she|he|they)\s+(?:started\s+(?:crying|to\s+cry|sobbing)|began\s+(?:crying|to\s+"
                r"cry)|said\s+(?:no|stop|it\s+hurt)|asked\s+(?:him|her|them)\s+to\s+stop|told\s+(?:him|her|them)\s+to\s+"
                r"stop)\b[^.;!?]{0,60}?\b(?:didn'?t|did\s+not|wouldn'?t|would\s+not)\s+stop\b(?!\s+\w+ing\b) | "
                r"(?:ignored|ignores|ignoring|overrode|brushed\s+off|laughed\s+(?:off|at))\s+(?:my|her|his|their|the|our)\s+"
                r"safe\s?words? | "
                r"safe\s?words?\s+(?:was|is|were|are)\s+(?:only|just)?\s*for\s+['\"]?real\s+emergenc"
            ),
            negatable=False,
            # not history: "when she was sixteen a doctor ... did not stop when she cried", "my late husband
            # ... never stopped when I asked" (the guide makes those trauma)
            skip_past=True,
            unless=(
                _rx(
                    r"(?:late|ex|former|first|previous|old)[-\s]?(?:husband|wife|partner|boyfriend|girlfriend|bf|"
                    r"gf)\b | ex\b | doctor | examin\w* | used\s+to"
                ),
            ),
        ),
        # Held there or pulled back when leaving, a yes given to be left alone, sex as rent, fear of what
        # follows a no (thirtieth session, flag sentences).
        Rule(
            _rx(
                # (not pulled back "into a hug" or "in for a kiss")
                r"pull\w*\s+away\b[^.;!?]{0,60}?\bpull\w*\s+(?:me|her|him|them)\s+back\b(?!\s+(?:in|into|for|to\s+(?:kiss|"
                r"hug|cuddle)))\b | "
                # (not a hand held to say goodbye, nor an arm steadied)
                r"(?:grabbed|grabs|grabbing|caught|yanked|pulled)\s+(?:my|her|his|me\s+by\s+the)\s+(?:wrists?|arms?|hair)\s+"
                r"(?:when|as)\s+(?:i|she|he|they)\s+(?:tried|try|tries|went|started|wanted)\s+to\s+(?:get\s+up|leave|go|"
                r"move\s+away|pull\s+away|stop|roll\s+away) | "
                r"(?:to|just\s+to)\s+get\s+(?:him|her|them|someone|somebody)\s+off\s+(?:my|your|her|his|our)\s+"
                r"back\b | "
                r"(?:pay|pays|paying|paid)\s+(?:\w+\s+){0,3}rent\s+(?:in\s+)?['\"]?(?:other\s+ways|with\s+(?:sex|"
                r"my\s+body)) | "
                r"like\s+paying\s+(?:the\s+|my\s+)?rent\b | "
                # (a no, or sex that "isn't fine"; not "what happens if I stop my meds")
                r"(?:scared|afraid|terrified|frightened)\s+of\s+what\s+(?:happens|would\s+happen|will\s+happen|might\s+happen|"
                r"could\s+happen)\s+if\s+(?:i|it)\s+(?:say\s+no|said\s+no|refuse\w*|don'?t\b|do\s+not|isn'?t|is\s+not|"
                r"wasn'?t|stop\s+(?:him|her|them)|tell\s+(?:him|her|them))\b | "
                # (not "in a position to decide" about anything else)
                r"in\s+(?:any|a\s+fit|no|a)\s+(?:state|condition|position)\s+to\s+(?:really\s+)?(?:agree|consent|"
                r"say\s+(?:yes|no))\b"
            ),
            negatable=False,
            skip_past=True,
        ),
        # A freeze or a silence the partner read as enjoyment, or went on through (thirtieth session).
        Rule(
            _rx(
                r"(?:figured|assumed|thought|decided)\s+(?:that\s+)?(?:i|she|he)\s+(?:was|were)\s+(?:into\s+it|enjoying\s+it|"
                r"(?:fine|ok|okay)\s+with\s+it|(?:just\s+)?(?:shy|tired)) | "
                r"(?:didn'?t|did\s+not|never)\s+(?:even\s+)?notice\w*\s+(?:and|but)\s+(?:just\s+)?(?:kept|carried)\s+"
                r"(?:going|on)\b"
            ),
            negatable=False,
            needs=_rx(
                r"froze | frozen | freez\w* | limp | (?:went|gone|go|goes)\s+(?:quiet|still|silent|limp|stiff|rigid) | "
                r"didn'?t\s+(?:move|say\s+anything|make\s+a\s+sound)"
            ),
            needs_window=1,
        ),
        # A night not remembered, woken to after a party (rule above: "don't remember" with drink).
        Rule(
            _rx(
                r"woke\s+up\s+(?:\w+\s+){0,3}?(?:with\s+)?(?:no\s+memory|not\s+remembering|and\s+(?:couldn'?t|can'?t|"
                r"didn'?t)\s+remember)"
            ),
            negatable=False,
            needs=_rx(
                r"party | drunk | drinks? | drinking | wasted | clothes | naked | inside\s+out | top\s+off | "
                r"underwear | his\s+(?:bed|room|flat) | her\s+(?:bed|room|flat)"
            ),
            needs_window=1,
        ),
        # Going along to keep the peace: getting through it for kindness tomorrow.
        Rule(
            _rx(
                r"(?:he|she|they)(?:'ll|\s+will|'d|\s+would)\s+be\s+(?:nice|kind|sweet|nicer|kinder|in\s+a\s+good\s+mood)\s+"
                r"(?:to\s+me\s+)?(?:tomorrow|again|after(?:wards)?|the\s+next\s+day)"
            ),
            negatable=False,
            needs=_rx(r"get\s+through | let\s+(?:him|her|them) | go\s+along | put\s+up\s+with | just\s+do\s+it"),
            needs_window=1,
        ),
        # Silence or sleep read as a yes, told as "that" or "it" ("i was basically asleep and he took that
        # as a green light").
        Rule(
            _rx(
                r"took\s+(?:that|it|this)\s+(?:for|as)\s+(?:(?:a\s+)?(?:green\s+light|yes|consent|permission|go[-\s]?ahead)|"
                # ("he took that as me being fine"; thirty-first session, flag sentences)
                r"(?:me|her|him|them)\s+(?:being\s+(?:fine|ok|okay|into\s+it)|enjoying\s+it|wanting\s+it))"
            ),
            negatable=False,
            needs=_rx(
                r"asleep | sleeping | drunk | wasted | passed\s+out | froze | frozen | silent | quiet | "
                r"didn'?t\s+(?:say|answer|move|respond) | crying | limp | "
                r"(?:couldn'?t|could\s+not)\s+move | (?:turned|went)\s+(?:\w+\s+)?(?:to\s+)?(?:stone|stiff|rigid)"
            ),
            needs_window=1,
        ),
        # Thirty-first session, flag sentences: a yes got by pressure told in other words: fear of the
        # anger the last no brought, a debt brought up at every pause, documents held until after, coming
        # to after a freeze to find it over, and a partner's threat to "end it" if left.
        Rule(
            _rx(
                r"(?:annoyed|angry|mad|upset|furious|pissed|sulky|sulked|cross)\s+(?:\w+\s+){0,3}(?:the\s+)?last\s+time\s+"
                r"(?:i|she|he|they)\s+(?:stopped\s+(?:him|her|them|it)|said\s+no|refused|turned\s+(?:him|her|them)\s+down|"
                r"wasn'?t\s+in\s+the\s+mood|didn'?t\s+want\s+to)\b | "
                r"(?:every\s+time|whenever|each\s+time)\s+(?:i|she|he|they)\s+(?:hesitates?|pauses?|says?\s+no|refuses?|"
                r"holds?\s+back|pulls?\s+back|says?\s+(?:i'?m\s+|she'?s\s+|he'?s\s+)?not\s+(?:tonight|in\s+the\s+mood))\b"
                r"[^.;!?]{0,30}?\b(?:he|she|they)\s+(?:brings?\s+up\s+(?:how\s+much|what\s+(?:he|she|they)|the\s+(?:money|rent|bills|fees)|"
                r"everything\s+(?:he|she|they))|throws?\s+(?:it\s+)?(?:in\s+my\s+face|back\s+at\s+me)|"
                r"reminds?\s+(?:me|her|him)\s+(?:of\s+)?(?:how\s+much|what|everything))\b | "
                r"(?:kept|keep|keeps|took|takes|held|holds|hid|hides)\s+(?:hold\s+of\s+)?(?:my|her|his)\s+(?:phone|passport|"
                r"keys|car\s+keys|documents|papers|visa)\b[^.;!?]{0,60}?\b(?:only\s+(?:get|got|give|gave|hand|handed)\s+(?:them|it)\s+"
                r"back|(?:get|got|give|gave|hand|handed)\s+(?:them|it)\s+back\s+(?:only|not\s+until|until))\s+(?:after|afterwards|"
                r"once|when)\b | "
                # (not back from the shop to find the washing up finished)
                r"when\s+(?:i|she|he|they)\s+came\s+(?:back|to|round)\b(?!\s+(?:from|home|in|inside|downstairs|upstairs|up|"
                r"with|to\s+(?:bed|the|my|his|her)))[^.;!?]{0,20}?\b(?:he|she|they)\s*(?:'d|had)\s+(?:already\s+)?finished\b"
                r"(?!\s+(?:the|his|her|my|our|their|a|an|off|up|it|that|this|dinner|work|\w+ing)\b)"
            ),
        ),
        Rule(
            _rx(
                r"if\s+(?:i|she|he)\s+(?:ever\s+)?(?:leave|leaves|left|break\s+up\s+with)\s+(?:him|her|them|me)\b[^.;!?]{0,20}?"
                r"\b(?:he|she|they)\s*(?:'ll|will|'d|would)\s+(?:\W\s*)?(?:end\s+it|kill\s+(?:him|her|them)sel(?:f|ves)|"
                r"hurt\s+(?:him|her|them)sel(?:f|ves))\b"
            ),
            negatable=False,
            needs=_rx(
                r"trapped | stuck | (?:can'?t|cannot)\s+(?:leave|say\s+no|refuse) | have\s+to | go\s+along | scared | "
                r"afraid"
            ),
            needs_window=1,
        ),
        # Pressure named by the one who applies it ("he calls it 'convincing me'"), and letting it happen
        # beside a plain "I don't" ("he likes it rough and i dont ... i let it happen").
        Rule(
            _rx(
                r"(?:calls?|called|calling)\s+it\s+\W?(?:convincing|persuading|talking\s+(?:me|her|him)\s+round|"
                r"winning\s+(?:me|her|him)\s+over|wearing\s+(?:me|her|him)\s+down)\b"
            ),
            negatable=False,
        ),
        Rule(
            _rx(r"(?:i|she|he)\s+(?:just\s+)?let\s+it\s+happen\b"),
            negatable=False,
            needs=_rx(
                r"(?:i|she|he)\s+(?:don'?t|dont|doesn'?t|doesnt|didn'?t|didnt)\s*(?:[.,;!?]|$|like\s+it|want\s+it) | "
                r"hate\s+it | not\s+into\s+it"
            ),
            needs_window=1,
        ),
        # Talked into it, with the discomfort told near ("I got talked into a threesome I wasn't
        # comfortable with").
        Rule(
            _rx(
                r"(?:(?:got|get|was|been|being)\s+talked|talked\s+(?:me|her|him|them))\s+into\s+(?:it|sex|anal|things|stuff|"
                r"(?:a|an|the)\s+(?:\w+\s+)?(?:threesome|foursome|scene|position|kink|thing))\b"
            ),
            negatable=False,
            needs=_rx(
                r"(?:wasn'?t|not|weren'?t|isn'?t)\s+(?:really\s+)?comfortable | uncomfortable | "
                r"didn'?t\s+(?:really\s+)?want | regret\w* | hated | felt\s+(?:sick|awful|used|gross|dirty)"
            ),
            needs_window=0,
        ),
    ),
    "self_harm": (
        Rule(
            _rx(
                r"suicid\w* | want(?:ed|s)?\s+to\s+(?:just\s+)?disappear"
                # not "disappear under the duvet" (sixteenth session)
                r"(?!\s+(?:under|into|beneath)\s+(?:the|my|a)\s+"
                r"(?:duvet|covers|blankets?|sheets|pillows?|floor|ground)) |"
                r"better\s+(?:off\s+)?without\s+me |"
                # Spellings that dodge social-media filters: "su1c1dal", "s*icide", "k!ll myself", "s/h", "ctb".
                r"s[u*][i1!*][c*][i1!*]d(?:e|es|al\w*)\b | k[1!*]ll\w*\s+(?:my\s?self|me\b) | s/h\b | ctb\b |"
                r"sh\s+(?:scars?|marks?|urges?|cuts?|wounds?|relapse\w*|free\b) |"
                r"(?:what'?s|what\s+is)\s+the\s+point\s+(?:of|in)\s+(?:living|being\s+alive|going\s+on|existing|"
                r"carrying\s+on|life\b) | (?:drive|drove|driving|swerv\w*|steer\w*)\s+(?:\w+\s+){0,2}off\s+"
                r"(?:the\s+road|a\s+(?:bridge|cliff)|the\s+(?:bridge|cliff|motorway|overpass)) |"
                r"want(?:ed|s)?\s+(?:it\s+all|everything)\s+to\s+(?:stop|end)\b(?!\s+(?:for\s+a\s+(?:second|minute|bit)|"
                r"while)) |"
                r"(?:drive|drove|driving|crash\w*|swerv\w*|step\w*|walk\w*)\s+(?:\w+\s+){0,3}(?:into|"
                r"in\s+front\s+of)\s+(?:oncoming\s+)?"
                r"(?:traffic|a\s+(?:truck|lorry|bus|train|car|tree|wall)) | if\s+i\s+(?:was|were)\s+(?:gone|dead|"
                r"not\s+around|not\s+here) |"
                r"(?:stockpil\w*|sav(?:e|ed|ing)|hoard\w*|collect\w*)\s+(?:up\s+)?(?:\w+\s+){0,3}(?:pills|meds|"
                r"tablets) |"
                r"see\s+(?:the\s+|any\s+)?point\s+(?:any\s?more|(?:in|of)\s+(?:anything|living|life|going\s+on|"
                r"being\s+(?:here|alive)|sticking\s+around|staying\s+(?:alive|around)|carrying\s+on)) | "
                r"kill(?:ing)?\s+(?:" + _SELF + r") | kms\b | end(?:ing)?\s+(?:it\s+all|(?:my|his|her|their)\s+life|"
                # (not a relationship ended, "end it with her", nor "at the end it's"; twenty-fourth session)
                r"things(?!\s+(?:with|if|between|unless|off)\b)|everything|it\b(?!'s|\s+with\s+(?:her|him|them)\b)) | "
                # (a plan "for if" something fails is one; thirtieth session)
                r"i\s+(?:have|had|made|got)\s+a\s+plan\b(?!\s+(?:for\b(?!\s+if\b)|to\s+(?:talk|tell|see|go|try|"
                r"ask))) | "
                r"take\s+(?:my|his|her|their)\s+(?:own\s+)?life | unalive\w* | sewer\s?slide | toaster\s+bath |"
                # Said in two or three words (nineteenth session, one-line probes of our own).
                r"want(?:s|ed|ing)?\s+(?:death\b(?!\s+(?:metal|grips?|star))|to\s+be\s+dead) | "
                r"delete\s+(?:myself|me)\b | "
                r"(?:good)?bye\s+(?:cruel\s+)?world |"
                # not "I wanted to die of embarrassment" or "on the spot" (twentieth session)
                r"want(?:ed|s|ing)?\s+to\s+die\b(?!\s+(?:of\s+(?:embarrassment|shame|cringe|laughter)|laughing|"
                r"on\s+the\s+spot|right\s+there|a\s+little)) | "
                r"(?:think|thinking|thought|thoughts)\s+(?:\w+\s+){0,3}(?:about|of)\s+(?:dying|death|ending|"
                r"killing|not\s+(?:being|waking|wanting)|taking\s+all|how\s+easy|jumping|hanging|overdos\w*|"
                r"(?:the\s+)?(?:paracetamol|pills|tablets|knife|knives|razor|blade)) "
                r"|"
                r"(?:wish|wishes|wished|pray\w*)\s+(?:(?:i|he|she|they)\s+)?(?:(?:was|were|had|"
                r"could)\s+)?(?:just\s+)?(?:dead|died|die|gone|disappear|not\s+wake|didn'?t\s+(?:exist|wake)|"
                r"wasn'?t\s+(?:here|alive|around|born)|to\s+die) "
                r"|"
                r"better\s+off\s+(?:without|with\s+the|with\s+my\s+(?:life\s+)?insurance|if|dead|gone) | "
                r"(?:not|never|didn'?t)\s+(?:just\s+)?wake\s+up | (?:not|never)\s+waking\s+up | "
                # (not "so he dont wake up", "so he wouldn't wake up": the partner kept asleep; twenty-eighth session)
                + _unless_after("w", *_KEPT_ASLEEP)
                + r"ouldn'?t\s+(?:just\s+)?wake\s+up | "
                + _unless_after("d", *_KEPT_ASLEEP)
                + r"on'?t\s+(?:just\s+)?wake\s+up | "
                r"(?:stop(?:ped)?|not)\s+existing |"
                r"no\s+(?:point|reason)\s+(?:in\s+|to\s+|of\s+)?(?:living|going\s+on|being\s+alive|live|"
                r"getting\s+up) | "
                # Hopelessness said plainly (nineteenth session): "no point anymore", "be done with it all".
                r"no\s+point\s+(?:any\s?more|in\s+(?:me|anything|any\s+of\s+it)\b) | "
                # Wanting out of everything, not out of a relationship (twentieth session).
                r"want(?:s|ed|ing)?\s+out\s+of\s+(?:everything|life|existence|this\s+(?:world|life))\b | "
                r"want(?:s|ed|ing)?\s+out\b[^.;!?]{0,25}\bpermanently | "
                r"(?:be|being|am|i'?m|was|get)\s+done\s+with\s+(?:it\s+all|life|living|everything)\b "
                r"| (?:see|sees|saw)\s+the\s+point\s+of\s+(?:getting\s+up|living|anything) |"
                r"(?:don'?t|didn'?t|do\s+not|doesn'?t|not)\s+(?:really\s+)?want(?:ing)?\s+to\s+(?:live|"
                r"be\s+alive|be\s+here|exist|wake\s+up|go\s+on|"
                r"be\s+around\s+(?:for\s+(?:it|this|that)|any\s?more|much\s+longer)\b) "
                r"| (?:rather|better)\s+not\s+(?:be\s+)?(?:here|alive|around|exist) |"
                r"(?:not|stop)\s+be(?:ing)?\s+(?:here|around|alive)\s+any\s?more |"
                r"wasn'?t\s+(?:here|around|alive)\s+any\s?more | "
                r"tired\s+of\s+(?:being\s+(?:here|alive)|living) | "
                r"(?:easier|simpler)\s+(?:if\s+i(?!\s+(?:explain|write|tell|ask|say|type|go\s+first|start|do\s+the\s+"
                r"talking)\b)|to\s+(?:just\s+)?(?:not|die|disappear|end|go\s+under|step)|"
                r"not\s+to\s+(?:wake|be)) "
                r"|"
                r"how\s+easy\s+it\s+would\s+be | disappear\w*\s+(?:for\s+good|forever) | "
                r"(?:no\s+one|nobody)\s+would\s+(?:\w+\s+)?(?:miss|notice|care) | burden | waste\s+of\s+space | "
                # New marks kept out of sight ("so he wouldn't see the new lines"; twenty-fourth session).
                r"(?:so\s+(?:he|she|they|nobody|no\s+one)\s+(?:won'?t|wouldn'?t|can'?t|couldn'?t|doesn'?t|didn'?t)\s+)?"
                r"(?:see|notice|spot|hide|hid|hiding|cover\w*)\s+(?:\w+\s+){0,3}?(?:the\s+)?(?:new|fresh)\s+(?:lines|cuts|"
                r"marks|scratches|scars)\b | "
                # Giving one's things away, a warning sign (nineteenth session).
                r"giv(?:e|es|ing|en)\s+(?:away\s+(?:all\s+)?(?:my|his|her|their)\s+(?:\w+\s+)?(?:things|stuff|belongings|"
                r"possessions|records|books|guitar)|(?:all\s+)?(?:my|his|her|their)\s+(?:\w+\s+)?(?:things|stuff|"
                r"belongings|possessions|records|books|guitar)\s+away) | "
                r"ways\s+to\s+(?:die|end|kill|do\s+it) | looked\s+up\s+ways |"
                r"(?:step|jump|jumped|jumping)\s+(?:off|in\s+front)(?!\s+(?:of\s+)?(?:the|a|my|his|her|their)\s+"
                r"(?:bed|sofa|couch|chair|bus|plane|boat|stage|counter|table)\b) | "
                r"(?:step\w*|jump\w*|throw\w*\s+(?:myself|himself|herself))\s+(?:(?:off|from)\s+(?:the|a)\s+"
                r"(?:platform|roof|ledge|bridge|balcony|cliff)|(?:onto|under)\s+(?:the|a)\s+(?:tracks|train)) | "
                r"(?:the|a)\s+(?:bridge\b(?!\s+(?:club|design|project|game|night|player|tournament|course|loan|"
                r"year|work|partner))|ledge\b|edge\s+of\s+the\s+(?:roof|platform)) | go\s+under | "
                # A balcony stood on, jumped from or looked down from; not one sat on to cry or to smoke
                # (twentieth session: "we sat on the balcony until 4am making plans").
                r"(?:stood|stand\w*|jump\w*|lean\w*|climb\w*)\s+(?:\w+\s+){0,2}(?:on|at|off|from|over|onto|out\s+on)\s+"
                r"(?:the|a|my|our|his|her)\s+(?:\w+\s+)?balcony | "
                # "myself off the balcony", "over the balcony", written from "balcony" back: "off" and
                # "over" are everywhere; not a phone thrown off it (twentieth session)
                + "balcony(?:"
                + "|".join(
                    [
                        *(rf"(?<={who}\soff\s{d}\sbalcony)" for who in _SELVES for d in ("the", "a", "my", "our")),
                        *(rf"(?<=over\s{d}\sbalcony)" for d in ("the", "a", "my", "our")),
                    ]
                )
                + r") | "
                r"balcony\b[^.;!?]{0,60}\b(?:look\w*\s+down|drop|floors?\b|edge|rail\w*|ledge|jump|fall|lean) | "
                r"went\s+under | (?:drive|drove|driving|crash\w*)\s+(?:my|his|her|the)\s+car\s+into |"
                r"hang\s+(?:" + _SELF + r") | noose | "
                # "an overdose of chocolate" is not an overdose (fourteenth session)
                r"overdos\w*\b(?!\s+(?:of|on)\s+(?:chocolate|sugar|caffeine|coffee|cake|cuteness|love|feelings?|emotions?|"
                r"romance|drama|sun|sunshine|oxytocin|dopamine|serotonin|hormones|nostalgia|cheese|carbs)\b) | "
                # taking medicines counts with a quantity ("took all my pills", "a handful of"), not "took
                # my meds, which make me drowsy" or "the pills for the cancer" (twentieth session)
                r"(?:took|take|taking|swallow\w*)\s+(?:a\s+load\s+of\s+|all\s+(?:of\s+)?|a\s+handful\s+of\s+|the\s+whole\s+"
                r"(?:box|bottle|pack(?:et)?)\s+of\s+)(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(?:pills|meds|tablets) | "
                r"(?:stockpil\w*|sav(?:e|ed|ing)|count\w*)\s+(?:a\s+load\s+of\s+|all\s+(?:of\s+)?|a\s+handful\s+of\s+)?"
                r"(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(?:pills|meds|tablets) "
                r"|"
                # twenty-fourth session, dev probes: a named medicine saved up ("I've been saving up my
                # tramadol"), an old habit back on the skin, a future not pictured ("does not see himself
                # at thirty")
                r"(?:stockpil\w*|sav(?:e|ed|ing)\s+up|hoard\w*)\s+(?:my|his|her|their)\s+(?:tramadol|paracetamol|painkillers|"
                r"codeine|diazepam|insulin|antidepressants|sleeping\s+(?:pills|tablets)|medication|prescription) | "
                r"(?:the\s+)?old\s+(?:thing|habit)s?\s+(?:again\s+)?on\s+(?:my|his|her|their)\s+(?:arms?|legs?|thighs?|wrists?|"
                r"skin|stomach)\b | "
                r"(?:doesn'?t|does\s+not|don'?t|do\s+not|can'?t|cannot)\s+see\s+(?:himself|herself|myself|themselves)\s+"
                r"(?:at|reaching|turning|making\s+it\s+to|living\s+to)\s+(?:\d+|twenty|thirty|forty|fifty|sixty)\b |"
                r"how\s+many\s+(?:of\s+)?(?:my\s+|his\s+|her\s+)?(?:\w+\s+)?(?:pills|meds|tablets|paracetamol|painkillers|"
                r"ibuprofen|aspirin|tylenol|codeine|antidepressants)\b | "
                r"(?:die|dying|death)\s+in\s+my\s+sleep | "
                # (not "that part of me had died", "part of my life had died"; twenty-fourth session)
                 + _unless_after("h", "me", "life") + r"ad\s+died | about\s+dying | thinks?\s+about\s+dying |"
                r"self[-\s]?harm\w* | \bsh\s+(?:again|relapse) | "
                r"(?:cut|cuts|cutting|burn|burns|burned|burnt|burning|hurt|hurts|hurting|harm|harms|harming|"
                r"punish|punishing|punished|hit|hitting|starv\w*|scratch\w*|pinch\w*)\s+(?:" + _SELF + r") |"
                r"(?:been|started|start|starting|back\s+to|used\s+to|thought\s+about|about|stopped|stop|"
                r"urge\s+to)\s+cutting\b" + _NOT_TRIMMING + r" "
                r"| cutting\s+(?:again|after|when|(?:my|his|her)(?!\s+(?:hair|fringe|bangs|nails|toenails|"
                + _CUT_NOT_SKIN
                + r")\b)) | "
                r"(?:cut|cuts)\s+(?:again|after\s+(?:sex|he|she|they)|"
                r"(?:my|his|her)(?!\s+(?:hair|fringe|bangs|nails|out|free|loose|off|" + _CUT_NOT_SKIN + r")\b)) | "
                r"i\s+cut\b(?!\s+(?:my\s+(?:hair|fringe|bangs|nails)|back|down|out|off|ties|class|it\s+short|"
                r"the|a|an|onions?|bread|veg\w*|fruit|cheese|cake|meat|wood|rope|paper|"
                r"(?:him|her|them)\s+(?:off|out))\b) | "
                r"(?:used\s+to|wanted\s+to)\s+cut\b | fresh\s+cuts | old\s+scars | "
                # not a shoulder blade, or pain "like a hot blade" (twentieth session)
                + _unless_after("b", "shoulder", "hot", r"like\sa", "fan", "rotor", "skate")
                + r"lades?\b(?!\s+of\s+grass) | "
                # not a razor for shaving ("his clippers and razor", "razor burn"; twentieth session)
                + _unless_after("r", r"clippers\sand", "electric", "safety", "disposable", "straight")
                + r"azor\w*(?!\s+(?:burn|bumps?|rash))(?![^.;!?]{0,40}\b(?:buzz\w*|shav\w*|beard|stubble)) "
                r"|"
                r"(?:scratch|claw|pick|pinch|hit|punch|bang|burn|bit|bite|slap)\w*\s+(?:at\s+)?(?:my|his|her|"
                r"their)?\s*(?:\w+\s+){0,4}"
                + _BODY
                + r".{0,40}\b(?:bled|bleed|blood|bruis\w*|raw|marks?|again|used\s+to|until) |"
                r"(?:scratch|pinch)\w*\s+(?:my|his|her)\s+"
                + _BODY
                + r"\s+up | burns\s+on\s+(?:my|his|her) | cigarettes?\s+(?:burns?|on\s+my|to\s+my|into\s+my) | "
                r"(?:a|the|my|his|her|with\s+a)\s+lighter\b(?!\s+(?:mood|feeling|heart|note|side|level|touch|shade|colou?r|version|"
                r"load|pace|tone)) | "
                r"clean\s+(?:for\s+)?\d+\s+(?:yrs?|years?|months?|days?) | been\s+clean | relapse\w* | "
                r"crisis\s+team | the\s+urge\s+(?:has\s+)?(?:came|come|is)\s+back |"
                r"(?:still|was|were|been|kept|keep|stop|quit)\s+cutting\b" + _NOT_TRIMMING + r" | cutting\s+scars | "
                r"\d+\s+(?:yrs?|years?|months?|days?)\s+clean | "
                r"attempt\w*\s+on\s+(?:my|his|her|their)\s+(?:own\s+)?life | tried\s+to\s+(?:kill|end|take)\b | "
                r"(?:took|take|taking|swallow\w*)\s+(?:way\s+)?(?:too\s+many|a\s+lot|loads|all|a\s+bunch)\s+(?:of\s+)?"
                r"(?:my\s+|his\s+|her\s+|the\s+)?(?:\w+\s+)?(?:pills|meds|tablets) | "
                r"(?:knife|blade|razor)\s+(?:\w+\s+){0,3}(?:against|to|on|across)\s+(?:my|his|her|their)\s+"
                r"(?:wrists?|arms?|skin|throat|thighs?) | "
                r"not\s+(?:to\s+)?(?:wake|waking)\s+up | "
                r"(?:easier|better|relief)\s+(?:\w+\s+)?not\s+to\s+(?:exist|be\b|wake) | "
                r"not\s+(?:to\s+)?exist\b | "
                r"(?:walk\w*|swim\w*|wad\w*|go|goes|going|went)\s+(?:\w+\s+)?into\s+the\s+(?:sea|ocean|river|lake)\b"
                r"(?!\s+(?:for|to\s+(?:swim|cool|paddle))) | "
                r"(?:bus|train|car|truck|lorry)\s+(?:\w+\s+)?(?:hits|hit)\s+me | dead\s+by\s+now | "
                r"want(?:ed|s)?\s+to\s+be\s+(?:dead|gone) | dark(?:er|est)?\s+thoughts | "
                r"scratch\w*\s+(?:up\s+)?(?:my|his|her|their)\s+(?:arms?|wrists?|thighs?|legs?|skin|hands?) | "
                r"(?:arms?|wrists?|thighs?|legs?|skin)\s+(?:\w+\s+){0,3}scratched\s+up | "
                r"(?:hit|hitting|bang\w*)\s+(?:my|his|her|their)\s+head\s+(?:on|against) |"
                # Added after the self-harm-focused training accounts (many ways to say it).
                r"rather\s+be\s+dead | never\s+been\s+born | tried\s+to\s+die | unaliv\w* | bleach\b |"
                r"(?:better|easier)\s+(?:if\s+)?(?:i|he|she)\s+(?:am|was|were|is)?\s*not\s+"
                r"(?:alive|living|here|around) |"
                r"not\s+(?:alive|living)\s+any\s?more | "
                r"(?:if|when)\s+i\s+(?:wasn'?t|weren'?t)\s+(?:around|here|alive) |"
                r"(?:didn'?t|don'?t|wouldn'?t|doesn'?t)\s+exist | go\s+(?:and\s+)?join\s+(?:my|her|his) |"
                r"(?:my|her|his)\s+own\s+funeral | (?:close\s+to|about|of|thinking\s+about)\s+checking\s+out |"
                r"check(?:ing|ed)?\s+out\s+(?:for\s+good|permanently|of\s+(?:life|this)) | after\s+i'?m\s+gone |"
                r"(?:finish|end)\s+(?:my|his|her)\s+(?:own\s+)?life |"
                # "for good" said of oneself or of everything, not of a symptom that came back ("the
                # orgasm I thought was gone for good") or of stopping sex (twentieth session).
                r"(?:make|made|making)\s+(?:it|everything|things)?\s*(?:all\s+)?(?:stop|end)\s+for\s+good | "
                r"(?:i|i'?m|i\s+am|i\s+was|i\s+were|be|being|me)\s+(?:just\s+)?gone\s+for\s+good | "
                r"(?:i|i'?ll|i\s+will|i'?d|i\s+would|i\s+could)\s+(?:just\s+)?go\s+for\s+good | "
                r"(?:end|ending)\s+(?:it|it\s+all|things|everything|myself)\s+for\s+good |"
                r"away\s+from\s+this\s+life | ended\s+up\s+in\s+(?:hospital|a\s*&\s*e|the\s+er|the\s+unit|psych) |"
                r"psych(?:iatric)?\s+(?:ward|unit|hospital) | sectioned |"
                r"(?:after|since|before)\s+(?:an|my|her|his|their)\s+(?:suicide\s+)?attempt\b | sh[-\s]?free |"
                r"(?:punch\w*|smash\w*|slam\w*)\s+(?:myself|my\s+(?:hand|fist|head|thighs?|legs?|arms?|face)|walls?) |"
                r"(?:hit|hitting|hits)\s+(?:myself|my\s+(?:thighs?|legs?|arms?|face|stomach)) |"
                r"(?:drive|driving|drove|steer\w*|crash\w*)\s+(?:\w+\s+){0,3}(?:into|off)\s+(?:the\s+)?(?:barrier|"
                r"reservoir|river|bridge|wall|tree|lake|sea|cliff) | crash\w*\s+(?:the|my)\s+car\s+on\s+purpose |"
                r"(?:train|railway)\s+tracks | open\s+the\s+(?:car\s+)?door\s+on\s+the\s+(?:motorway|highway|freeway) |"
                r"(?:about|of)\s+the\s+(?:pills|tablets)\b | "
                r"(?:pills|tablets|meds)\s+i\s+(?:saved|stockpiled|kept|hid) |"
                r"swallow\w*\s+(?:a\s+)?(?:whole\s+)?(?:strip|bottle|packet|box) | date\s+picked |"
                r"a\s+plan\s+for\s+how | switch\s+(?:myself|me)\s+off | (?:not|never)\s+be\s+anyone |"
                r"(?:sleep|lie\s+down)\s+and\s+not\s+(?:wake|get\s+up) | sleep\s+(?:\w+\s+){0,5}forever |"
                r"take\s+me\s+in\s+my\s+sleep |"
                r"(?:wrists?|arms?|thighs?|hands?|palms?|skin)\s+(?:\w+[,\s]+){0,4}on\s+purpose |"
                # Added after the third batch of flag-focused training accounts.
                r"wish(?:ed|es)?\s+(?:i|he|she|they)\s+(?:hadn'?t|had\s+not|didn'?t|did\s+not)\s+(?:woken|wake) |"
                r"(?:manage|cope|be\s+fine|be\s+better)\s+(?:\w+\s+)?without\s+me | goodbye\s+(?:note|letter) |"
                r"(?:stash|supply|hoard)\s+of\s+(?:pills|tablets|meds|painkillers) |"
                r"(?:pills|tablets|meds|paracetamol|painkillers)\b.{0,40}\bjust\s+in\s+case |"
                r"(?:looking|look|looks|looked|stare\w*|staring)\s+at\s+the\s+(?:sleeping\s+)?"
                r"(?:knife|knives|pills|tablets|scissors|razor) |"
                r"(?:holding|held|hold)\s+(?:the\s+|a\s+)?(?:nail\s+)?"
                r"(?:scissors|knife|blade|razor)\b(?!\s+(?:to|for)\s+(?:cut|chop)) |"
                r"(?:slid|slide|slip|slipped|sink|sank)\s+(?:down\s+)?under\s+(?:the\s+water|it) |"
                r"(?:dig|digs|dug|digging|press\w*|jab\w*|push\w*)\s+(?:my|her|his|their|a)\s+(?:finger|thumb)?nails?"
                r"(?:\s+file)?\s+into(?!\s+(?:the|his|her|their|my)\s+(?:sheets?|pillows?|mattress|duvet|blankets?|"
                # not the bed or a partner's back (pain borne, or passion; twenty-third session)
                r"bed|couch|sofa|back|shoulders?)\b) | old\s+cuts | cutting\s+(?:lines|marks) | urges?\s+to\s+cut\b |"
                r"(?:worked|figured|planned|thought)\s+out\s+(?:exactly\s+)?how\s+(?:i'?d|i\s+would|i\s+could|to)\s+"
                r"(?:do|end)\s+it |"
                r"(?:packet|box|bottle|strip)\s+of\s+(?:pills|tablets|paracetamol|painkillers)\s+"
                r"(?:in\s+front\s+of|next\s+to|beside)\s+me |"
                r"scrub\w*\s+(?:my|her|his|their)\s+skin\s+(?:until|till|raw) |"
                r"(?:pinch|pinched|pinching)\s+(?:\w+\s+){0,4}(?:my|her|his)\s+(?:arm|thigh|leg|skin)\w*.{0,40}punish |"
                # Added after reading the out-of-fold misses of the older training files: wishing
                # to be gone said sideways, methods named in passing, and self-harm told as history.
                r"make\s+(?:it\s+all|all\s+of\s+(?:it|this)|everything|all\s+this|the\s+whole\s+thing)\s+(?:just\s+)?"
                r"(?:end|stop)\b |"
                r"(?:manage|cope|be\s+fine|be\s+better|do\s+better|be\s+happier)\s+(?:\w+\s+)?without\s+(?:her|him|them)\b"
                r"(?!\s+(?:help|there|around|for|on|in|at|to)\b) |"
                r"(?:happier|better(?:\s+off)?|easier|fine|relieved)\s+(?:\w+\s+){0,2}with\s+me\s+gone |"
                r"if\s+i\s+(?:was|were)\s+(?:just\s+)?gone\b | pain\s+(?:that\s+)?i\s+(?:could\s+)?control(?:led)?\b |"
                r"(?:scars|cuts)\s+(?:\w+\s+)?(?:on|down|across)\s+(?:my|her|his|their)\s+"
                r"(?:wrists?|forearms?|thighs?|arms?|legs?)\b |"
                r"found\s+(?:me|her|him|them)\s+in\s+time |"
                r"(?:nearly|almost)\s+didn'?t\s+make\s+it\b(?!\s+(?:to|in|on|back|home|out|through)\b) |"
                r"(?:hands?|arms?|wrists?)\s+under\s+(?:the\s+)?(?:scalding|boiling|burning) |"
                r"(?:bus|train|car|truck|lorry|van)\s+(?:would|could|might|to)\s+(?:just\s+)?"
                r"(?:take\s+me\s+out|hit\s+me|run\s+me\s+(?:over|down)) |"
                r"(?:accident|crash|illness|cancer|heart\s+attack)\s+(?:would|could|might|to)\s+"
                r"(?:just\s+)?take\s+me\b |"
                r"(?:the|a|same|that)\s+(?:overpass|flyover|viaduct|cliff\s+edge)\b |"
                r"(?:took|take|takes|taken|taking|swallow\w*)\s+(?:a\s+load\s+of|all\s+(?:of\s+)?|a\s+handful\s+of|a\s+bunch\s+of|"
                r"loads\s+of|too\s+many|a\s+(?:whole\s+)?(?:box|packet|bottle|strip)\s+of)\s+(?:the\s+|my\s+|his\s+|"
                r"her\s+|their\s+)?(?:paracetamol|painkillers|ibuprofen|aspirin|tylenol|advil|sleeping\s+pills|"
                r"antidepressants|codeine)\b |"
                r"(?:belt|rope|cord|cable|noose)\s+(?:\w+\s+){0,2}(?:around|round)\s+(?:my|his|her|their)\s+"
                r"(?:own\s+)?neck |"
                r"(?:gun|pistol|weapon|rifle|revolver|barrel)\s+(?:in|into|to|against|under)\s+(?:my|his|her|their)\s+"
                r"(?:own\s+)?(?:mouth|head|temple|chin)\b |"
                r"(?:knife|knives|pills|tablets|razor|blades?)\b[^.!?]{0,30}\b(?:keep|kept|can'?t\s+stop)\s+"
                r"(?:looking|staring|glancing) |"
                r"(?:haven'?t|hadn'?t|have\s+not|had\s+not|not)\s+cut\s+(?:in|for|since)\b |"
                # "cut the inside of her arm" (twenty-first session)
                r"(?:cut|cuts|cutting|burn\w*|scratch\w*)\s+the\s+(?:inside|back|top|underside)s?\s+of\s+(?:my|his|her|their)\s+"
                r"(?:wrists?|arms?|thighs?|legs?|forearms?|stomach) |"
                r"(?:on|into)\s+(?:my|her|him|them)sel(?:f|ves)\s+with\s+(?:my\s+|her\s+|his\s+|a\s+)?(?:fingernails|"
                r"nails|blade|razor|knife|lighter) |"
                r"disappear\w*\s+from\s+(?:this\s+)?(?:life|the\s+world|existence|everything) |"
                r"(?:leave|leaving|exit|exiting)\s+this\s+(?:life|world)\b |"
                # Added in the seventh session from a probe set written to test the layers (not
                # training data): warning signs, and wishes or plans said in everyday words.
                r"(?:giv(?:e|es|ing|en)|gave)\s+away\s+(?:(?:all|most)\s+(?:of\s+)?)?(?:my|his|her|their)\s+(?:\w+\s+)?"
                r"(?:belongings|possessions|things|stuff)\b |"
                # Twenty-second session, from two training accounts only the head's score caught: cherished
                # things given away, no more need for one's things, a goodbye left to be passed on.
                r"(?:gave|give|gives|given)\s+(?:away\s+)?(?:(?:my\s+|his\s+|her\s+)?\w+\s+)?(?:my|his|her|their)\s+(?:\w+\s+)?"
                r"(?:records|books|guitar|camera|laptop|things|stuff)\s+and\s+(?:all\s+)?(?:my|his|her|their)\s+"
                r"(?:\w+\s+){0,2}(?:records|books|guitar|camera|things|stuff|clothes|coat|jacket)\b | "
                # lines on the arms, new ones ("I see her arms ... there is many small lines, new ones, red")
                r"(?:arms?|wrists?|forearms?|thighs?)\b[^.;!?]{0,60}?\b(?:many|small|thin|little|tiny|neat|straight|fresh|"
                r"red)\s+(?:(?:small|thin|little|tiny|neat|straight|fresh|red)\s+)?lines\b(?![^.;!?]{0,30}\bstretch) | "
                r"(?:many|small|thin|little|tiny|neat|straight|fresh|red)\s+lines\s+(?:on|across|up|down|along)\s+(?:the\s+"
                r"inside\s+of\s+)?(?:my|his|her|their)\s+(?:arms?|wrists?|forearms?|thighs?)\b | "
                r"(?:don'?t|do\s+not|won'?t|will\s+not)\s+(?:really\s+|even\s+)?need\s+(?:my\s+)?(?:stuff|things|"
                r"possessions|belongings)\s+any\s?more | "
                r"tell\s+(?:everyone|everybody|every1|them\s+all)\s+(?:i\s+said\s+)?(?:good)?bye\s+(?:if|when)\s+"
                r"(?:they|anyone|people)\s+ask\b |"
                r"giv(?:e|es|ing|en)\s+away\s+(?:\w+\s+){1,5}(?:i|he|she|they)\s+(?:really\s+)?(?:care|cared|love|loved|"
                r"treasure\w*|value\w*)\b |"
                r"(?:writ\w*|wrote|left)\s+(?:\w+\s+){0,2}letters?\s+(?:i|he|she|they)\s+(?:haven'?t|hasn'?t|have\s+not|"
                r"won'?t|will\s+never|never)\s+sen[dt] |"
                r"sort\w*\s+(?:out\s+)?(?:my|his|her|their)\s+affairs\b | (?:my|his|her|their)\s+affairs\s+in\s+order |"
                r"(?:won'?t|will\s+not|not\s+going\s+to)\s+be\s+(?:a\s+|his\s+|her\s+|their\s+|your\s+|anyone'?s\s+)?"
                r"(?:problem|burden|bother|nuisance|around|here)\s+"
                r"(?:for\s+)?(?:much|very|any)\s+longer |"
                r"painless\s+(?:ways?|methods?|death) | (?:quickest|easiest|quietest|best|surest)\s+ways?\s+to\s+"
                r"(?:go\b(?!\s+(?:about|to|back|for|with|through|from|into|on|out|in|home|down|up|slow))|die|"
                r"end\s+it)\b |"
                r"plan(?:s|ned|ning)?\s+(?:my|his|her|their)\s+(?:own\s+)?exit\b(?!\s+(?:from|out|strategy)) |"
                r"garage\b[^.!?]{0,60}\bengine\s+(?:running|on)\b | engine\s+(?:running|on)\b[^.!?]{0,60}\bgarage\b |"
                r"hose\w*\s+(?:\w+\s+){0,3}exhaust |"
                r"show\w*\s+(?:me|us|her|him|them)\s+(?:my|his|her|their)\s+(?:wrists|forearms|thighs)\b |"
                r"lived\s+long\s+enough\b(?!\s+(?:to|that|for|with|in)\b) |"
                r"can'?t\s+(?:go|carry)\s+on\s+(?:living|any\s?more|any\s+longer)\b |"
                r"(?:a|the|my|his|her)\s+(?:rope|noose)\s+(?:\w+\s+){0,2}(?:in|under)\s+the\s+(?:shed|garage|attic|loft|"
                r"boot|trunk|barn) |"
                r"no\s+point\s+(?:in\s+)?(?:me|my|him|her|them)\s+(?:being\s+(?:here|alive|around)|living|existing|"
                r"staying) |"
                r"(?:where|which\s+drawer)\s+(?:\w+\s+)?(?:the|his|her|my)\s+(?:life\s+insurance|will\b|passwords?|"
                r"bank\s+details|pin\s+numbers?) | (?:letters?|notes?|wr[io]te|written)\b[^.!?]{0,60}\bfor\s+after\b |"
                r"won'?t\s+be\s+needing\s+(?:them|it|those|these|any\s+of\s+(?:it|them|this))\b |"
                r"(?:look\w*|star\w*|holding|held|took\s+out|get\w*\s+out)\s+(?:at\s+)?(?:my|his|her|the|their)\s+"
                r"(?:old\s+)?(?:\w+\s+)?(?:gun|revolver|pistol|shotgun)\b | stomach\s+pumped |"
                r"(?:didn'?t|never|did\s+not)\s+(?:think|thought|expect\w*)\s+(?:i'?d|i\s+would|he'?d|she'?d|they'?d)\s+"
                r"(?:still\s+be\s+(?:around|here|alive)|be\s+alive) |"
                r"(?:the|a)\s+(?:foot|rail|motorway|road)bridge\b |"
                r"top\s+(?:floor|storey|level|deck)\s+of\s+(?:the|a)\s+(?:multi[-\s]?stor(?:e)?y|car\s+park|"
                r"parking\s+(?:garage|structure)) | multi[-\s]?stor(?:e)?y\s+car\s+park |"
                r"(?:took|take|takes|taken|taking)\s+(?:away\s+)?(?:my|his|her|their)\s+(?:belts?|shoe\s?laces)\b"
                r"(?!\s+off\b) |"
                r"note\b[^.!?]{0,40}\b(?:i'?m\s+sorry|not\s+your\s+fault) |"
                r"(?:want|wanted|wants|urge|need|needed|needs)\s+to\s+(?:hurt|harm|punish|damage)\s+(?:my|his|her|their)\s+"
                r"(?:own\s+)?body\b | punish\w*\s+(?:my|his|her|their)\s+(?:own\s+)?body\b | "
                # "ways to hurt the parts I hate" (twenty-third session, dev probes)
                r"(?:ways?|urges?|tempted|thinking\s+about|thought\s+about)\s+(?:to\s+|of\s+)?(?:hurt|harm|cut|burn)\w*\s+"
                r"(?:the\s+parts?\s+(?:of\s+(?:me|my\s+body)\s+)?(?:i|she|he|they)\s+(?:hate|can'?t\s+stand)|"
                r"parts\s+of\s+(?:me|my\s+body)|my\s+(?:own\s+)?body)\b | "
                # Twenty-first session, dev probes: a crisis line (not a rape crisis line), harm told
                # by what it left ("until my knees are bruised"), by a thing held to the skin ("the hot
                # tap on my wrist until"), or hidden ("what I did to my arms"), and affairs put in order.
                r"suicide\s+(?:hot|help)line | "
                r"(?:call|calling|called|ring|rang|ringing|text|texted|texting|phoned|phoning)\s+(?:the\s+)?"
                r"samaritans | "
                r"(?:until|till)\s+my\s+(?:knees|skin|arms?|thighs?|legs?|wrists?|shins?|stomach)\s+(?:are|were|was|is|"
                r"went|got)\s+(?:\w+\s+)?(?:bruised|bleeding|split|raw|purple|blistered|bled) | "
                r"(?:held|hold|holding|pressed|press|pressing|put|putting)\s+(?:\w+\s+){0,4}?(?:on|against|into|under)\s+my\s+"
                r"(?:wrists?|forearms?|arms?|thighs?|skin|knees?|legs?|stomach)\s+(?:until|till)\b | "
                r"what\s+i(?:'ve|\s+have)?\s+(?:did|done)\s+to\s+(?:myself|my\s+(?:arms?|wrists?|thighs?|legs?|skin|"
                r"stomach))\b | passwords\s+and\s+(?:who|whom)\s+to\s+(?:call|contact|ring|phone)\b | "
                # From a dev file of hints in learner English and told by friends (twenty-first session): the
                # family pictured after ("the kids would adjust", "he'd remarry", "you'd all be fine"), a
                # height or a dose looked up, a hospital stay "for taking too much", a slap or a freezing
                # shower as punishment.
                r"(?:kids|children)\s+would\s+(?:adjust|cope|get\s+over\s+(?:it|me)|forget\s+me) | "
                # Twenty-third session, a dev file of self-harm said sideways: someone pictured coping
                # alone, "it'll all be simpler soon", a pet promised on "if I ever go", one's own body
                # hit again and again.
                r"(?:would|will|could|'d|'ll)\s+cope\s+(?:without\s+me|on\s+(?:his|her|their)\s+own)\b | "
                r"(?:it'?ll|it\s+will|everything\s+will|things\s+will|it'?s\s+all\s+going\s+to)\s+(?:all\s+)?be\s+(?:much\s+|so\s+|"
                r"a\s+lot\s+)?(?:simpler|easier)\s+soon\b | "
                r"if\s+i\s+(?:ever\s+)?(?:go|die|am\s+gone|'m\s+gone|was\s+gone|don'?t\s+make\s+it)\b,?\s+(?:\w+\s+){1,3}?"
                r"(?:goes|go|gets?|should\s+go)\s+to\b | "
                r"(?:hit|hitting|punch\w*|slap\w*|scratch\w*|bang\w*|pinch\w*)\s+(?:\w+\s+){0,6}?my\s+own\s+(?:\w+\s+)?"
                r"(?:stomach|face|head|legs?|arms?|thighs?|chest|body)\b[^.;!?]{0,60}?\b(?:again|over\s+and\s+over|until|"
                r"for\s+being|punish\w*|deserv\w*) | "
                r"(?:he|she|you|they)(?:'d|\s+would|\s+could)\s+remarry | let\s+(?:him|her|them)\s+remarry | "
                r"(?:you'?d|you\s+would|they'?d|they\s+would|everyone\s+would|you'?ll|you\s+will)\s+all\s+be\s+(?:fine|"
                r"better|ok|okay) | "
                r"how\s+many\s+(?:floors|storeys|stories)\b | "
                # goodbyes and affairs put in order, from a dev file of long posts (twenty-first session)
                # a thank-you that speaks of the reader in the past ("thanks for everything, you were the
                # best"; twenty-fifth session, dev probes)
                r"thank(?:s|\s+you)\s+for\s+everything\b[^.;!?]{0,40}?\byou\s+were\s+(?:always\s+)?(?:the\s+best|so\s+good\s+"
                r"to\s+me|a\s+(?:good|great|true)\s+(?:friend|sister|brother|mum|mom|dad|son|daughter))\b | "
                # affairs said to be in order, with the reader told not to worry, and sex called a last time
                # said fondly (twenty-seventh session, dev_pz)
                r"everything(?:'s|\s+is)?\s+(?:all\s+)?sorted\b[^.;!?]{0,40}?\b(?:don'?t|do\s+not|no\s+need\s+to)\s+worry\s+"
                r"about\s+me\b | (?:a|one)\s+(?:nice|good|lovely|decent|proper|sweet|perfect|happy)\s+last\s+(?:time|"
                r"memor(?:y|ies))\b | "
                # (later the same session, dev_qb: "searches ... 'how long does it take to bleed out'", "I've given my
                # tools to my grandson, my books to the library", "give me her laptop and her good winter coat")
                r"(?:how\s+long|how\s+fast|how\s+quickly|how\s+much\s+blood)\b[^.;!?]{0,30}?\bbleed\s+out\b | "
                r"(?:gave|give|gives|given|giving)\s+(?:away\s+)?(?:my|his|her|their)\s+(?:\w+\s+)?(?:tools|books|records|"
                r"guitar|camera|laptop|jewel\w*|watch|clothes|coat|things|stuff)\s+to\s+(?:[\w,]+\s+){1,3}?(?:and\s+)?"
                r"(?:my|his|her|their)\s+(?:\w+\s+)?(?:tools|books|records|guitar|camera|laptop|jewel\w*|watch|clothes|coat|"
                r"things|stuff)\s+to\b | "
                # (also "a note popped up, addressed to his mum, and it read like a goodbye", "sorry for 'what's
                # coming'"; twenty-fifth session, dev probes)
                r"(?:message|text|note|letter)\b[^.;!?]{0,60}?\b(?:was|read|reads|sounded|sounds|looked)\s+(?:a|like\s+a)\s+"
                r"goodbye | "
                r"sorry\s+for\s+['\"]?what(?:'s|\s+is)?\s+"
                r"(?:comes|coming|to\s+come|about\s+to\s+happen) | in\s+case\s+(?:anything|something)\s+(?:happens|"
                r"happened)\s+to\s+me | (?:already|'ve|have)\s+written\s+(?:the|my|all\s+the|all\s+my)\s+letters | "
                r"life\s+insurance\b[^.;!?]{0,50}\b(?:pays?\s+out|regardless|all\s+circumstances|would\s+(?:at\s+least\s+)?"
                r"(?:sort|cover|pay)) | better\s+off\s+with\s+(?:the\s+|my\s+|his\s+|her\s+)?life\s+insurance | "
                r"(?:passwords|account\s+details)\b[^.;!?]{0,40}\b(?:in\s+one\s+(?:document|place|file)|for\s+(?:her|him|"
                r"them)\s+to\s+find) | "
                r"(?:had|have|got)\s+(?:the|my|his|her)\s+(?:\w+\s+)?(?:gun|revolver|pistol|shotgun|rifle)\s+out\b | "
                r"(?:which|what)\s+(?:medicine|pills?|tablets?|drugs?|meds)\s+(?:is|are)\s+(?:strong|strongest|enough|"
                r"lethal|deadly) | (?:what|which|how\s+much)\s+dose\s+(?:would|is|will|could)\b | "
                r"hospital\b[^.;!?]{0,40}\b(?:tak(?:ing|e)|took|drink|drank|swallow\w*)\s+(?:too\s+much|too\s+many|"
                r"all\s+(?:the|my|his|her|of)) | "
                # Thirtieth session, from the readable self-harm accounts no layer caught with the shipped
                # models (sideways texts and flag sentences): a person unsafe with themselves, an attempt
                # survived, a psychiatric hold, "sh-ing", skin held to something hot, a gun sat with, "checking
                # out early", a wish that something "hits me", "anything stupid" with knives or pills, and a
                # few words of Spanish, as accounts mix languages.
                r"not\s+safe\s+(?:with|around|from|by)\s+(?:" + _SELF + r")\b | "
                r"(?:can'?t|cannot|couldn'?t|could\s+not)\s+keep\s+(?:" + _SELF + r")\s+safe\b | "
                # (not "an attempted mugging")
                r"survived\s+(?:an?|my|his|her|their|two|three|several|multiple)\s+(?:\w+\s+)?attempts?\b | "
                r"(?:72|seventy[-\s]two|48|forty[-\s]eight)[-\s]?(?:hours?|hr)\s+(?:psych(?:iatric)?\s+)?hold\b | "
                r"psych(?:iatric)?\s+hold\b | 5150\b | "
                r"sh[-'](?:ing|ed)\b | "
                # one's own skin held to something hot, or to anything "until it blistered" (not a hand burned on
                # the stove by accident, nor a pan put on the hob; later the same session, a training account:
                # "held my palm against the kettle until it blistered")
                r"(?:held|hold|holds|holding|pressed|press|presses|pressing|put|puts|putting|kept|keep|keeps)\s+(?:the\s+"
                r"(?:back|palm|side|inside)\s+of\s+)?(?:my|his|her|their)\s+(?:\w+\s+)?(?:hands?|arms?|wrists?|palms?|"
                r"fingers?|skin|thighs?|legs?)\s+(?:\w+\s+){0,2}?(?:against|on|onto|to|under)\s+(?:the\s+)?(?:(?:hot|burning|"
                r"scalding|boiling)\s+(?:iron|hob|stove|pan|grill|oven|kettle|radiator|plate|tap)\b|(?:iron|hob|stove|pan|"
                r"grill|oven|kettle|radiator|plate|tap|lighter|candle)\s+(?:\w+\s+){0,2}?(?:until|till)\s+(?:it|they|my\s+skin|"
                r"the\s+skin)\s+(?:\w+\s+)?(?:blister\w*|burn\w*|bled|bleeding|hurt|went\s+red|scarred|peeled)\b) | "
                r"(?:sat|sit|sitting|sits)\s+(?:up\s+|there\s+)?with\s+(?:my|his|her|their|the|a)\s+(?:[\w']+\s+)?(?:gun|revolver|"
                r"pistol|shotgun|rifle)\b | "
                r"(?:had|have|has|got)\s+(?:the|my|his|her|their)\s+[\w']+'s?\s+(?:gun|revolver|pistol|shotgun|"
                r"rifle)\s+out\b | "
                # (not a hotel left a day early)
                r"(?:about|of|like|considering|consider\w*|want\w*\s+to|going\s+to|gonna)\s+['\"]?check(?:ing)?\s+out\s+"
                r"early\b | "
                r"(?:hope|hoping|hoped|fingers\s+crossed|pray\w*|wish\w*)\s+(?:that\s+)?(?:lightning|a\s+(?:bus|car|truck|"
                r"lorry|train))\s+(?:hits|takes|gets|runs\s+over)\s+me\b | "
                r"fingers\s+crossed\s+(?:that\s+)?it\s+(?:hits|takes)\s+me\b | "
                r"(?:anything|something)\s+stupid\s+with\s+(?:the\s+|my\s+|a\s+|his\s+|her\s+)?(?:kitchen\s+)?(?:knives|knife|"
                r"pills|tablets|razors?|blades?|rope|meds) | "
                r"permanent\s+solution\s+to\s+a\s+temporary\b | "
                # (later the same session, from the training and dev accounts only the head's score caught: a wall
                # punched "until my knuckles split", "a better life if I wasn't in it", "if she was gone. like gone
                # gone", long sleeves worn "so he not see", and never turning up anywhere again)
                r"(?:punch\w*|hit|hitting|smash\w*|slam\w*)\s+(?:the|a)\s+(?:\w+\s+){0,2}?(?:wall|door)\s+(?:\w+\s+){0,4}?"
                r"(?:until|till)\s+(?:my|his|her|their)\s+(?:knuckles|hands?|fists?)\s+(?:\w+\s+)?(?:split|bled|bleeding|"
                r"bloody|bruised|raw|cracked)\b | "
                r"(?:better|happier|easier)\s+life\s+if\s+(?:i|he|she)\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+"
                r"(?:in\s+it|around|here|alive)\b | "
                r"miss\s+(?:me|her|him|them)\s+if\s+(?:i|she|he|they)\s+(?:was|were|'?d\s+gone|had\s+gone)\s+(?:gone|dead|"
                r"not\s+(?:here|around|alive))\b(?!\s+(?:for|to|on|away|abroad|home)\b) | "
                # ("like gone gone", not "the burning is gone gone now")
                r"(?:like|i\s+mean|as\s+in|be)\s+gone\s+gone\b | "
                r"long\s+sleeves?\s+so\s+(?:he|she|they|nobody|no\s+one|people)\s+(?:\w+\s+)?(?:not|won'?t|can'?t|doesn'?t|"
                r"don'?t|wouldn'?t|never)\s+(?:\w+\s+)?(?:see|notice)\s*(?:[.,;!?]|$|(?:them|it|the\s+(?:marks|scars|cuts|"
                r"lines))\b) | "
                r"(?:not|never)\s+(?:showing|turning|show|turn)\s+up\s+anywhere\s+(?:ever\s+)?again\b | "
                r"desaparecer\s+para\s+siempre | quiero\s+morir\w* | (?:quiero\s+)?matarme\b | me\s+quiero\s+matar\b | "
                r"(?:cold|freezing|ice[-\s]cold|scalding|boiling)\s+(?:shower|bath|water)\b[^.;!?]{0,60}\b"
                r"(?:deserve|punish) | "
                + _unless_after("s", r"could\shave", r"could've", r"wanted\sto", r"want\sto")
                + r"lap(?:ped|ping|s)?\s+(?:myself|herself|himself)\b | "
                + _unless_after("c", "rape", "assault")
                + r"risis\s+(?:text\s+)?line"
            ),
            negatable=False,
        ),
        # Going "to be with" someone who has died ("if I go to be with him, promise you'll take care
        # of the dog"; twenty-first session): only where the account tells of a death.
        Rule(
            _rx(r"(?:go|going|gone|be)\s+(?:to\s+)?be\s+with\s+(?:him|her|them|my\s+\w+)\b"),
            negatable=False,
            needs=_rx(
                r"died | death | passed\s+away | funeral | grave | grief | widow\w* | lost\s+(?:my|her|his)\s+\w+"
            ),
        ),
        # Twenty-third session, dev probes. A box or tin kept out of sight and opened again after a
        # gap ("got the box back out from under my bed ... first time since march"), not a box of toys.
        Rule(
            _rx(r"(?:box|tin|kit)\b(?!\s+of\b)\s+(?:\w+\s+){0,3}?(?:under|from\s+under)\s+(?:my|the|her|his)\s+bed\b"),
            negatable=False,
            needs=_rx(
                r"first\s+time\s+(?:since|in) | in\s+(?:\w+\s+)?(?:years?|months?|weeks?)\b | clean\b | relaps\w* | "
                r"urges? | so\s+badly | (?:my|her|his)\s+things\s+in\b | don'?t\s+tell"
            ),
            needs_window=2,
        ),
        # Old urges back, and fought ("the old urges are back and I hate it"); not desire come back
        # ("the old urges for him").
        Rule(
            _rx(r"old\s+urges?\b(?!\s+(?:for|to\s+(?:drink|smoke|eat|binge|text|call|gamble|kiss|touch|have\s+sex)))"),
            negatable=False,
            needs=_rx(
                r"hate\s+(?:it|that|this|them)\b | scared | fight\w* | resist\w* | relaps\w* | "
                r"bad\s+(?:year|years|time|patch|days)\b | clean\s+for | so\s+(?:strong|loud)"
            ),
            needs_window=1,
        ),
        # At the edge of a height or the sea, alone ("out to the sea wall alone ... standing right at
        # the edge, wondering how cold the water gets"; twenty-third session, dev probes).
        Rule(
            _rx(r"(?:stood|standing|stand|stands)\s+(?:right\s+)?(?:at|on|by)\s+the\s+(?:very\s+)?edge\b"),
            negatable=False,
            needs=_rx(
                r"how\s+(?:cold|deep|high|far\s+down)\b | alone\b | (?:sea|harbour|river|cliff|bridge|roof|platform|"
                r"ledge|quarry)\s+(?:wall|edge|top)?\b"
            ),
            needs_window=1,
        ),
        # Medicine counted to see "if it is enough" (twenty-third session, dev probes).
        Rule(
            _rx(
                r"(?:if|whether)\s+(?:it|they|there)\s+(?:is|are|was|were|would\s+be|'s|'re)\s+(?:\w+\s+)?enough\b"
                r"(?!\s+(?:lube|time|room|space|money|food))"
            ),
            negatable=False,
            needs=_rx(
                r"pills? | tablets? | medicine | medication | meds | paracetamol | painkillers | sleeping\s+pills?"
            ),
            needs_window=2,
        ),
        # Long sleeves in the heat, with a hint of why ("wore a cardigan to a bbq in july today. u know why").
        Rule(
            _rx(
                r"(?:long\s+sleeves|cardigans?|hoodies?|jumpers?|sweaters?|turtlenecks?)\b[^.;!?]{0,50}?\b(?:in\s+(?:july|"
                r"august|june|(?:the\s+)?summer|(?:this|the)\s+heat)|heatwave|"
                r"(?:30|thirty|35|hot|boiling)\s+degrees) | "
                r"(?:july|august|summer|heatwave|(?:30|thirty|35)\s+degrees)\b[^.;!?]{0,50}?\b(?:long\s+sleeves|cardigans?|"
                r"hoodies?|jumpers?|sweaters?|turtlenecks?)\b | "
                # ...or in bed ("wearing long sleeves even in bed with her so she doesn't see"; twenty-fourth session)
                r"long\s+sleeves\s+(?:\w+\s+){0,2}in\s+bed\b"
            ),
            negatable=False,
            needs=_rx(
                r"(?:u|you|ya)\s+know\s+why | hid(?:e|es|ing)\b | cover\w* | "
                r"(?:no\s?one|nobody)\s+(?:sees|saw|can\s+see|notices|would\s+see) | the\s+rest\s+of\s+it | "
                r"marks | scars? | cuts | (?:my|her|his)\s+(?:arms|wrists|forearms|thighs) | "
                r"so\s+(?:he|she|they)\s+(?:doesn'?t|don'?t|won'?t|wouldn'?t|can'?t|couldn'?t)\s+see"
            ),
            needs_window=1,
        ),
        # A death by one's own hand, not a cake made by it (thirtieth session, sideways texts: "I have
        # considered joining her by my own hand").
        Rule(
            _rx(r"by\s+(?:my|his|her|their)\s+own\s+hands?\b"),
            negatable=False,
            # (not "the life we built by our own hands")
            needs=_rx(
                r"die | died | dying | death | dead | kill\w* | "
                r"join\w*\s+(?:him|her|them|(?:my|his|her|their)\s+\w+) | "
                r"end\w*\s+(?:it|my|his|her|their)\b | take\s+(?:my|his|her|their)\s+(?:own\s+)?life"
            ),
            needs_window=0,
        ),
        # Food refused as a punishment ("I haven't eaten properly in four days. I do that when I feel I
        # deserve it"; thirtieth session, a training account only the head caught).
        Rule(
            _rx(
                r"(?:haven'?t|hasn'?t|hadn'?t|didn'?t|don'?t|won'?t|stopped|stop|not)\s+(?:been\s+)?(?:eat|eaten|eating)\b"
            ),
            negatable=False,
            # (a punishment, not a treat earned: "I haven't eaten all day, I deserve a pizza")
            needs=_rx(r"punish\w* | deserve\w*\s+(?:it\b|to\s+(?:feel|be|suffer|starve|go\s+hungry))"),
            needs_window=1,
        ),
        # No way out but one, where that one is named only as "the obvious one", "final" or "permanent"
        # (thirtieth session: "I can't see a way out except the obvious one"; the clause splits at "except").
        # Not a way out of a relationship or a situation, said with nothing of the kind.
        Rule(
            _rx(r"way\s+out\b"),
            negatable=False,
            needs=_rx(r"the\s+obvious\s+(?:one|way) | (?:final|permanent)\s+(?:one|way|solution|exit)"),
            needs_window=1,
        ),
        # Harm done to oneself told as "it", with what it leaves on the body near ("the bruises on her
        # arms aren't from netball, she does it to herself"; thirtieth session, flag sentences).
        Rule(
            _rx(r"(?:does|did|do|doing|done)\s+(?:it|this|that|them)\s+to\s+(?:herself|himself|myself|themselves)\b"),
            negatable=False,
            needs=_rx(r"bruis\w* | marks | cuts | scars? | burns | bleed\w* | bled | blood | wounds?"),
            needs_window=1,
        ),
        # A death to be passed off as an accident, asked for as a promise ("made me promise that 'if
        # anything happens' I'd tell the kids it was an accident"; thirtieth session, sideways texts).
        Rule(
            _rx(r"(?:tell|told|say|said)\s+(?:\w+\s+){0,3}?(?:that\s+)?it\s+was\s+an\s+accident"),
            negatable=False,
            needs=_rx(r"promise\w* | if\s+(?:anything|something)\s+(?:ever\s+)?happens?"),
            needs_window=1,
        ),
        # A note to family written after the tears, kept or deleted ("wrote a note to my mum and
        # deleted it ... still in my drafts, mostly sorry").
        Rule(
            _rx(
                r"(?:wrote|written|write|writing|typed)\s+(?:a|the|another)\s+(?:\w+\s+)?(?:note|letter)\s+to\s+"
                r"(?:my|her|his|their)\s+(?:mum|mom|mother|dad|father|parents|sister|brother|kids|children|family|son|"
                r"daughter|wife|husband)\b"
            ),
            negatable=False,
            needs=_rx(
                r"deleted | drafts | sorry | goodbye | for\s+after | in\s+case | someone\s+(?:somewhere\s+)?knows"
            ),
            needs_window=2,
        ),
        # Thirty-first session, flag sentences and sideways texts: the thoughts back again, with a crisis
        # line near; an attempt to be done "properly this time"; skin bitten until it bled.
        Rule(
            _rx(
                r"(?:thinking|thought)\s+about\s+(?:it|doing\s+it)\s+again\b | "
                r"(?:the\s+)?thoughts?\s+(?:are|is|have\s+been|came|come)\s+back\b(?!\s+to\s+me)"
            ),
            negatable=False,
            needs=_rx(
                r"hotline | helpline | crisis\s+(?:line|team|text) | samaritans | lifeline | 988\b | safety\s+plan"
            ),
            needs_window=1,
        ),
        # The partner who found them, told beside a psychiatric stay or a promise not to call anyone
        # (sideways texts); sorry for being trouble beside "I'll make it easy for you"; a letter that
        # says they could not carry it any more.
        Rule(
            _rx(
                r"(?:i\s+was|i'?m|i\s+am)\s+the\s+one\s+(?:who|that)\s+found\s+(?:her|him|them)\b | "
                r"sorry\s+for\s+being\s+(?:so\s+much\s+|such\s+)?(?:trouble|a\s+burden|a\s+problem|too\s+much)\b"
            ),
            negatable=False,
            needs=_rx(
                r"the\s+unit | psych\w* | sectioned | crisis | promise\w*\s+(?:me\s+)?not\s+to\s+(?:call|tell) | "
                r"make\s+it\s+easy | better\s+off | not\s+(?:answering|picking\s+up)"
            ),
            needs_window=2,
        ),
        Rule(
            _rx(
                r"(?:letter|note)\b[^.;!?]{0,120}?\b(?:couldn'?t|could\s+not|can'?t|cannot)\s+(?:carry|do|take|bear)\s+"
                r"(?:it|this)\s+any\s?more\b"
            ),
            negatable=False,
        ),
        Rule(
            _rx(r"(?:do|did|get|got)\s+it\s+(?:right|properly)\s+this\s+time\b"),
            negatable=False,
            needs=_rx(
                r"if\s+(?:i|she|he|they)\s+(?:ever\s+)?(?:did|do|does|tried|try|went\s+through\s+with)\s+it | "
                r"not\s+like\s+(?:when|last\s+time|before)"
            ),
            needs_window=0,
        ),
        Rule(
            _rx(
                r"(?:bit|bite|bites|biting)\s+(?:down\s+on\s+)?(?:the\s+)?(?:insides?\s+of\s+)?(?:my|her|his|their)\s+(?:own\s+)?"
                r"(?:cheeks?|lips?|tongue|arms?|hands?|fingers?|wrists?|skin)\b[^.;!?]{0,30}?\b(?:until|till|til|'til)\s+"
                r"(?:it|they)\s+(?:bled|bleeds?|bleeding|drew\s+blood)"
            ),
            negatable=False,
            # not a lip bitten to keep quiet through pain ("so i dont make a noise"): that is the pain flag's
            unless=(
                _rx(
                    r"(?:so|that)\s+(?:i|she|he|they)\s+(?:don'?t|dont|doesn'?t|wouldn'?t|won'?t|didn'?t)\s+(?:make\s+a\s+)?"
                    r"(?:noise|sound|scream|cry\s+out) | (?:keep|stay)\s+quiet | "
                    r"trying\s+not\s+to\s+(?:scream|cry|make)"
                ),
                # nor a bite from a pet, a baby or a partner
                _rx(
                    r"(?:dog|cat|puppy|kitten|horse|hamster|rabbit|parrot|baby|toddler)\s+(?:\w+\s+)?(?:bit|bites) | "
                    r"(?:he|she|they|partner|boyfriend|girlfriend|husband|wife|bf|gf)\s+(?:\w+\s+)?(?:bit|bites|biting)\s+"
                    r"(?:down\s+on\s+)?(?:the\s+)?(?:insides?\s+of\s+)?my\b"
                ),
            ),
        ),
    ),
}

#: How far back (characters) a hypothetical cue covers a match in its clause: "I was scared it would
#: hurt" is near; an "if" sixty words earlier in unpunctuated, dictated text is not.
HYPOTHETICAL_REACH: Final = 100
#: A question about what happens, not a hypothetical ("is it normal that it burns the whole time?"):
#: its "is it" is not read as a hypothetical cue by the rules (twenty-fourth session, dev probes).
_REAL_QUESTION = compile_kept(r"\bis\s+it\s+(?:normal|ok(?:ay)?|common|usual|weird|bad|wrong|supposed\s+to)\b")

#: Phrases that look like a rule but mean something else (checked before any rule fires).
_NEAR_MISS = compile_kept(
    r"\b(?:die|died|dying|dead)\s+(?:more\s+)?\(?(?:of|from|with)\s+(?:embarrassment|laughter|laughing|shame|cringe)|"
    r"dying\s+laughing|"
    # idioms and a reassurance (twenty-sixth session, dev_pv): "the new manager is a real pain in the
    # neck", "everyone's consenting adults, nobody's getting hurt"
    r"(?:(?:is|was|were|are|been|be|'s)\s+(?:such\s+)?a\s+(?:(?:real|total|right|massive|proper)\s+|bit\s+of\s+a\s+)?|"
    r"the\s+(?=pain\s+in\s+the\s+\w+\s+(?:that|who)\s+is\b))pain\s+in\s+the\s+(?:neck|arse|ass|butt|backside|bum)\b|"
    r"(?:nobody|no\s+one|no-one)(?:'s|\s+is|\s+was|\s+gets|\s+got)\s+(?:getting\s+)?hurt\b|"
    # "I'd rather be dead than write another literature review" (twenty-third session); not "than go
    # through that again" or "than do this", said of the sex itself (thirty-first session, flag sentences)
    r"(?:i'?d|i\s+would)\s+(?:rather|sooner)\s+(?:be\s+dead|die)\s+than\s+(?:write|do|go(?!\s+through)|sit|eat|watch|read|"
    r"work|listen|admit|ask|wear)\b(?!\s+(?:this|that|it|again)\b)|"
    r"kill(?:ing)?\s+myself\s+(?:laughing|at\s+the\s+gym|at\s+work)|self[-\s]?harm(?:ony)?\w*\s+(?:free|"
    r"clean)\s+for\s+years|"
    # a bungee jump, a bridge where a couple first kissed, "this year can go jump off a bridge", a
    # razor for shaving (twenty-first session)
    r"bungee[-\s]+jump\w*(?:\s+off\s+(?:a|the)\s+bridge)?|"
    r"bridge\s+(?:\w+\s+){0,3}where\s+we\s+(?:first\s+)?(?:kissed|met)|"
    r"(?:you|he|she|they|it|year|week|job|boss|work)\s+(?:can|could|should)\s+(?:just\s+)?go\s+jump\s+off\s+a\s+"
    r"(?:bridge|cliff)|"
    r"shav\w*\s+(?:[\w']+\s+){0,5}?with\s+(?:a|my|his|her|the)\s+(?:[\w-]+\s+){0,2}razor\b|razor\s+to\s+shave\b|"
    # a finger cut while cooking (twenty-fourth session)
    r"cut\s+(?:my|her|his|their)\s+(?:thumb|finger)\s+(?:\w+\s+)?(?:chopping|slicing|cooking|peeling|cutting)\b|"
    # a business that went under
    r"(?:business|company|restaurant|shop|firm|start-?up|bakery|cafe|bar|practice|venture)\s+(?:\w+\s+)?"
    r"(?:went|going|go|goes|had\s+gone)\s+under",
)

#: Clauses whose self-harm words mean something else, for the clause layer (clause_flags.py),
#: which reads what a clause means and so cannot strip a phrase as the rules do: ``_NEAR_MISS``,
#: and cutting that is not of skin ("cut back on the drinking", "the company cut many people",
#: "cutting up her blouses"), "sleeps like the dead", a threat that is a figure of speech ("my
#: sister said 'I'll kill him'", "you'd kill me if I told you"), "wanted to die on the spot"
#: (twenty-fourth session, dev probes and short texts), and "the way he looked at me killed me" (no
#: writer is dead; twenty-fifth session). Thirty-first session, from the readable clauses that alone
#: raised the flag falsely: sleep ("dead to the world", "dead on my feet"), fond or teasing talk ("you'll
#: be the death of me", "I'd die for you", "I'm going to die if you keep looking at me like that"), an
#: everyday load that "is killing me", a haircut, a cord cut, a pill that "killed her libido", and a sex
#: life thought over ("I thought that part of my life was over"). A clause is passed over only when the
#: phrase is in it; the patterns still read it.
_CLAUSE_NEAR_MISS = compile_kept(
    _NEAR_MISS.pattern
    + r"|\b(?:cut(?:s|ting)?\s+(?:back|down)\b|cut\s+(?:many|lots\s+of|loads\s+of|\d+|hundreds\s+of)\s+(?:people|jobs|"
    r"staff|workers|employees)\b|cut\s+(?:her|him|them)\s+(?:out|free|loose)\b|cut(?:ting)?\s+up\s+(?:her|his|the|old|"
    r"some)\s+(?!(?:arms?|legs?|thighs?|wrists?|skin|stomach|body|hips?|chest|face)\b)\w+|sleeps?\s+like\s+the\s+dead|"
    r"(?:i'?ll|i\s+will|i'?m\s+going\s+to|gonna)\s+kill\s+(?:him|her|them)\b|(?:you'?d|you\s+would)\s+kill\s+me\s+if\b|"
    r"want(?:ed)?\s+to\s+die\s+on\s+the\s+spot|killed\s+me\b|dead\s+to\s+the\s+world|dead\s+on\s+(?:my|her|his|our|"
    r"their)\s+feet|(?:be|are|is|'re|'s|was)\s+(?:\w+\s+)?the\s+death\s+of\s+me|(?:i'?d|i\s+would|i'?ll|i\s+will)\s+"
    r"(?:\w+\s+)?die\s+for\s+(?:you|him|her|them)\b|(?:going\s+to|gonna)\s+die\s+if\s+you\b|(?:job|work|shifts?|"
    r"commute|boss|manager|kids|back|feet|knees?|heat|traffic|week|hangover)\s+(?:is|are|was|were|'s)\s+(?:\w+\s+)?"
    r"killing\s+me|cut\s+the\s+cord|cut(?:s|ting)?\s+(?:my|her|his|their)\s+hair\b|killed\s+(?:my|her|his|their|the)\s+"
    r"(?:\w+\s+)?(?:ability|libido|sex\s+drive|mood)|(?:that|this)\s+part\s+of\s+(?:my|his|her|our|their)\s+life\s+"
    r"(?:was|is|had\s+been|would\s+be)\s+(?:\w+\s+)?(?:over|closed|behind|finished|gone|done))"
)


def clause_near_miss(clause: str) -> bool:
    """Whether a clause's self-harm words are a phrase that means something else (``_CLAUSE_NEAR_MISS``)."""
    return _CLAUSE_NEAR_MISS.search(_read(clause)) is not None


@dataclass(frozen=True, slots=True)
class FlagHit:
    flag: FlagId
    sentence: str


def _rule_fires(rule: Rule, units: list[Unit], index: int, account: str) -> bool:
    unit = units[index]
    if rule.skip_past and _PAST_TIME.search(unit.text):
        return False
    if _held_back(rule, unit.text, unit.text):
        return False
    text = _NEAR_MISS.sub(" ", unit.text)
    if rule.strip is not None:
        text = rule.strip.sub(" ", text)
    for match in rule.pattern.finditer(text):
        segments = _segments_containing(text, match.start())
        if rule.negatable and any(_negated_at(segment, match.start() - offset) for segment, offset in segments):
            continue
        if (
            rule.skip_hypothetical
            and unit.hypothetical
            and any(
                HYPOTHETICAL.search(
                    _REAL_QUESTION.sub(
                        " ", segment[max(0, match.start() - offset - HYPOTHETICAL_REACH) : match.start() - offset]
                    )
                )
                for segment, offset in segments
            )
        ):
            continue
        if (
            rule.needs is not None
            and not rule.needs.search(_near(units, index, rule.needs_window, account))
            and not (rule.needs_anywhere is not None and rule.needs_anywhere.search(account))
        ):
            continue
        if rule.unless_over is not None and _BEFORE_NOW.search(unit.text) and rule.unless_over.search(account):
            return False
        if rule.unless_answer is not None and _answers_a_question(rule, units, index, text, match):
            continue
        if rule.unless_pain is not None and _endured_for_pain(rule, rule.unless_pain, units, index, account):
            return False
        return not (rule.unless_window and _wanted_after(rule, units, index))
    return False


def _endured_for_pain(rule: Rule, pain: Rule, units: list[Unit], index: int, account: str) -> bool:
    """Whether pain, in the match's clause or one on either side, is why it was endured, with no
    pressure (``rule.unless_undone``) told anywhere in the account."""
    if rule.unless_undone is not None and rule.unless_undone.search(account):
        return False
    near = range(max(0, index - 1), min(len(units), index + 2))
    return any(pain.pattern.search(units[k].text) and _rule_fires(pain, units, k, account) for k in near)


def _answers_a_question(rule: Rule, units: list[Unit], index: int, text: str, match: re.Match[str]) -> bool:
    """Whether the match is a "said no" that answers a question of the two clauses before, with
    nothing after it, in its clause or the next, saying the no was overridden."""
    if rule.unless_answer is None or not _SAID_NO.search(match.group()):
        return False
    asked = " ".join(unit.text for unit in units[max(0, index - 2) : index]) + " " + text[: match.start()]
    if not rule.unless_answer.search(asked):
        return False
    after = text[match.end() :] + " " + (units[index + 1].text if index + 1 < len(units) else "")
    return rule.unless_undone is None or not rule.unless_undone.search(after)


def _wanted_after(rule: Rule, units: list[Unit], index: int) -> bool:
    """Forward only: wanting said after the pain ("it stung. I'd asked for it") reassures; said
    before it, it is often a turn ("I wanted it at first. Then it hurt"). And only when nothing
    from the pain on says it went beyond, or stopped being, what was wanted."""
    ahead = " ".join(u.text for u in units[index : index + rule.unless_window + 1])
    return _held_back(rule, ahead, " ".join(u.text for u in units[index:]))


def _held_back(rule: Rule, said: str, rest: str) -> bool:
    """Whether ``said`` holds one of the rule's ``unless`` phrases and nothing in ``rest`` takes it
    back: ``BEYOND`` ("too much", "not the good kind") or the rule's ``unless_undone``."""
    return (
        any(p.search(said) for p in rule.unless)
        and not (rule.beyond_undoes and BEYOND.search(rest))
        and (rule.unless_undone is None or not rule.unless_undone.search(rest))
    )


def _near(units: list[Unit], index: int, window: int | None, account: str) -> str:
    if window is None:
        return account
    return " ".join(u.text for u in units[max(0, index - window) : index + window + 1])


#: Where a negation's reach ends inside a clause. A comma next to an emphatic "ever" does not
#: end it: in "she has never, ever pressured me" the "never" still holds the verb.
_SEGMENT_BREAK: Final = compile_kept(r"((?<!\bever),(?!\s*ever\b)|[;:()])")


def _segments_containing(text: str, position: int) -> list[tuple[str, int]]:
    start = 0
    for part in _SEGMENT_BREAK.split(text):
        end = start + len(part)
        if start <= position < end:
            return [(part, start)]
        start = end
    return []


#: Spoken contractions the rules are not written for: "i just wanna die" must read as "want to die".
_SPOKEN: Final = {"wanna": "want to", "gonna": "going to", "tryna": "trying to", "hafta": "have to"}
_SPOKEN_WORD = compile_kept(r"\b(?:" + "|".join(_SPOKEN) + r")\b")


#: Words people mask on social media so a filter lets the post through ("r*ped", "s3x",
#: "seggs"), spelled out so the rules written for the plain words read them too. Every
#: masked form needs a masking character or a spelling no English word has, so "rap",
#: "grape" and "sex" itself are left alone. (The self-harm rules carry their own masked
#: spellings: "su1c1dal", "k!ll myself".)
_MASKED: Final = (
    (compile_kept(r"\br(?:[*@#4]p|a[*#]|[*#]{2})(e|es|ed|ing|ist|ists)\b"), "rap"),
    (compile_kept(r"\bra?p3(d?)\b|\bgrape(d)\b"), "rape"),
    (compile_kept(r"\bm(?:[*@#0]l|o[*#])[e3*]?st(\w*)|\bmol[*#]st(\w*)"), "molest"),
    (compile_kept(r"\ba(?:[s$][*#]|[*#$]{2}|[*#][s$])ault(\w*)|\bass[*#]ult(\w*)"), "assault"),
    (compile_kept(r"\bab[*#]s(e|es|ed|er|ers|ive|ing)\b"), "abus"),
    (compile_kept(r"\bs[*#3]x(\w*)|\b(?:seggs|secks)()\b"), "sex"),
)
#: Every masked form above holds one of these (a plain substring test, much cheaper than a search).
_MASK_HINTS: Final = ("*", "@", "#", "$", "0", "3", "4", "seggs", "secks", "graped")


def _unmasked(match: re.Match[str], *, stem: str) -> str:
    """The masked word spelled out: ``stem`` and the ending its pattern captured."""
    return stem + next(g for g in match.groups() if g is not None)


def _may_be_masked(lowered: str) -> bool:
    return any(hint in lowered for hint in _MASK_HINTS)


def _spelled_out(lowered: str, masked: bool = True) -> str:
    """``lowered`` with masked words and spoken contractions spelled out. ``masked=False``
    skips the masked words (the caller found no hint of one in the whole account)."""
    if masked and _may_be_masked(lowered):
        for pattern, stem in _MASKED:
            lowered = pattern.sub(partial(_unmasked, stem=stem), lowered)
    if not any(short in lowered for short in _SPOKEN):
        return lowered
    return _SPOKEN_WORD.sub(lambda m: _SPOKEN[m.group()], lowered)


def pain_said_wanted(text: str) -> bool:
    """Whether the text says its pain was wanted and nothing in it says it went beyond that or
    stopped being wanted (the reader's check before trusting the head alone on short texts)."""
    lowered = _read(text)
    return _held_back(_PAIN_RULE, lowered, lowered)


def pain_over(text: str) -> bool:
    """Whether the text says its pain is over now (``PAIN_OVER``): the reader's check before
    trusting the head alone, whose pain score rises with every pain word of a recovery story."""
    return PAIN_OVER.search(_read(text)) is not None


def consent_respected(text: str) -> bool:
    """Whether the text tells a stop honoured at once, a yes said and meant, or a no taken well,
    with no pressure anywhere else (``_STOP_HONOURED``, ``_YES_MEANT``, ``_YES_SAID``, ``_NO_HONOURED``): the
    reader's check before trusting the head alone, whose consent score rises with every "stop",
    "no" and "yes" of an account where consent was plainly there. The respect told is blanked
    before pressure is looked for, so that the honoured "no" is not itself read as pressure."""
    read = _read(text)
    told = [m.span() for rx in (_STOP_HONOURED, _YES_MEANT, _NO_HONOURED) for m in rx.finditer(read)]
    told += [
        m.span()
        for m in _YES_SAID.finditer(read)
        if not _YES_HEDGED.search(read[max(0, m.start() - 40) : m.start()])
        and not _YES_TURNED.search(read[m.end() : m.end() + 80])
    ]
    if not told:
        return False
    for start, end in told:
        read = read[:start] + " " * (end - start) + read[end:]
    return _PRESSURE.search(_NOT_PRESSURE.sub(" ", read)) is None


#: Any word of the field a consent concern is told in, by the guide's own list (``shared/labelling.md``):
#: a no, a stop or a wait, said or held back; pressure and coercion, and who has power over whom; going
#: along to avoid anger or fear; an assault, or a mind that drink, drugs or sleep kept from saying yes;
#: consent unclear or withdrawn (a body that froze, "until it was over", a condom taken off); and an
#: age under eighteen. Wide on purpose: the head alone is trusted on a weak score only where the
#: account touches the field at all (``consent_said_somehow``).
_CONSENT_FIELD = compile_kept(
    r"\b(?:no|nope|stop\w*|wait\w*|enough|not\s+ready|(?:did\s*n[o']?t|do\s*n[o']?t|does\s*n[o']?t|did\s+not|"
    r"do\s+not|never|not)\s+(?:really\s+|even\s+)?want\w*|refus\w*|hesitat\w*|safe\s?words?|"
    r"changed\s+(?:my|her|his|their)\s+mind|maybe\s+later|tired|said\s+yes|take\s+it\s+back|allowed|"
    r"pressur\w*|push\w*|forc\w*|made\s+(?:me|her|him|them)|mak(?:e|es|ing)\s+(?:me|her|him|them)|kep(?:t|s)|"
    r"keep\w*|beg\w*|plead\w*|guilt\w*|nag\w*|sulk\w*|insist\w*|relentless\w*|nudg\w*|frigid|prud\w*|"
    r"other\s+(?:girls|women|guys|men|people)|ow(?:e|ed|es|ing)|duty|must|ha(?:d|ve|s)\s+to|got\s+to|"
    r"supposed\s+to|expect\w*|obligat\w*|threat\w*|or\s+else|otherwise|leave|left|"
    r"(?:won'?t|wouldn'?t|will\s+not|would\s+not|not)\s+(?:let|allowed)|control\w*|boss|manager|lecturer|"
    r"professor|teacher|tutor|coach|landlord|rent|pay\w*|paid|money|job|grade\w*|mark\w*|"
    r"ang(?:ry|er)|annoy\w*|frustrat\w*|mad|upset|smash\w*|hit\w*|yell\w*|shout\w*|temper|scared|afraid|"
    r"fear\w*|frighten\w*|terrif\w*|(?:go|goes|going|went|gone)\s+along|let\s+(?:him|her|them|it)|lets?|"
    r"g[ai]ve\s+(?:in|up)|giv(?:es|ing)\s+(?:in|up)|avoid\w*|peace|easier|so\s+(?:he|she|they)|"
    r"rap(?:e|ed|es|ing|ist)|assault\w*|abus\w*|molest\w*|drunk|wasted|drinks?|drank|drug\w*|high|mdma|"
    r"pills?|spiked|passed\s+out|black(?:ed)?\s*out|asleep|sleep\w*|slept|woke|wak\w*|unconscious|"
    r"remember\w*|pinned|held\s+(?:me|her|him|them)\s+down|grab\w*|wrist\w*|chok\w*|"
    r"consent\w*|permission|ask\w*|agree\w*|condoms?|stealth\w*|froze|freez\w*|frozen|stiff|limp|still|"
    r"silent|quiet|blank|numb|somewhere\s+else|(?:could\s*n[o']?t|can'?t|cannot|could\s+not)\s+"
    r"(?:move|say|speak|tell)|not\s+there|over|done|finish\w*|carr(?:y|ied|ies)\s+on|anyway|whether|"
    r"really|wife|husband|marri\w*|family|"
    r"1[0-7]|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|underage|minor|older)\b"
)


def consent_said_somehow(text: str) -> bool:
    """Whether the text holds any word of the field a consent concern is told in
    (``_CONSENT_FIELD``): the reader's check before trusting a weak consent score from the head
    alone, which rises on accounts of sadness, loneliness or self-harm that never touch consent."""
    return _CONSENT_FIELD.search(_read(text)) is not None


#: Any word of the field a trauma trigger is told in: harm and its names, a reaction (froze, went
#: rigid, "wasn't there anymore"), the past and who was in it ("when I was twelve", an uncle, a
#: babysitter, "that van"), a sense that brings it back (a smell, a voice, a sound, "the same"),
#: care for it (therapy, EMDR). On an account with none of them a weak trauma score of the head
#: alone does not raise the flag (``trauma_said_somehow``, ``constants.TRAUMA_HEAD_ALONE_WITHOUT_FIELD_MIN``
#: has the counts). Twenty-sixth session: the list was widened until no true flag the head raised
#: alone, in any project file, lacked all of these words (a first, narrower list missed 18 of them,
#: all readable: a cell light's click, "that van", "Daddy, don't", "the same song from that party").
_TRAUMA_FIELD = compile_kept(
    r"\b(?:abus\w*|assault\w*|rap(?:e|ed|es|ing|ist)|molest\w*|trauma\w*|ptsd|cptsd|survivor\w*|flash\w*|trigger\w*|"
    r"dissociat\w*|disconnect\w*|numb\w*|froze|freez\w*|frozen|panic\w*|flinch\w*|shak\w*|shook|trembl\w*|scared|"
    r"terrified|fear\w*|afraid|rigid|stiff|still|curl\w*|(?:couldn'?t|can'?t)\s+(?:move|speak|breathe|talk|see)|"
    r"memor\w*|remember\w*|remind\w*|past|childhood|child|kid|girl|boy|young|teen\w*|years?\s+ago|back\s+then|"
    r"used\s+to|ex\b|ex-\w+|when\s+i\s+was|at\s+(?:\d+|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen)\b|uncle|father|dad\w*|stepdad|step-dad|brother|cousin|teacher|coach|priest|pastor|"
    r"babysitter|boss|stranger|the\s+man|the\s+guy|attack\w*|violent|violence|groom\w*|cutting|exam|detained|cell|"
    r"guards?|veteran|deploy\w*|war|combat|prison|jail|military|army|soldiers?|village|somewhere\s+else|not\s+there|"
    r"wasn'?t\s+there|there\s+any\s?more|gone|blank|away|far|ceiling|watching\s+from|switched\s+off|went\s+black|"
    r"out\s+of\s+(?:my|her|his)\s+body|smell\w*|voice|sound\w*|song|click|pinned|held\s+down|"
    r"holding\s+(?:me|her|him)\s+down|choke\w*|grab\w*|position|happened|before|again|old|same|just\s+like|as\s+if|"
    r"someone\s+(?:else|who)|hands?|forget\w*|did\s+things|stuff\s+from|that\s+(?:van|night|day|room|party|couch|"
    r"house|motel|man|time)|the\s+word|therap\w*|counsel\w*|emdr|nightmare\w*|zon\w*|spac\w*|checked\s+out|"
    r"stare\w*|face|eyes|safe|unsafe|brings?\s+back|brought\s+back|came\s+back|comes\s+back|"
    r"back\s+(?:in|on|at|to|there)|reliv\w*|haunt\w*)\b"
)


def trauma_said_somehow(text: str) -> bool:
    """Whether the text holds any word of the field a trigger is told in (``_TRAUMA_FIELD``): the
    reader's check before trusting the head alone, whose trauma score rises on accounts of stress,
    strong feeling or a body at its limit that never touch the past."""
    return _TRAUMA_FIELD.search(_read(text)) is not None


def trauma_denied(text: str) -> bool:
    """Whether the text says outright that this was not the past coming back (``TRAUMA_DENIED``,
    and the weaker ``_TRAUMA_NOT_NOW``: "it doesn't come up in bed"), or that its trauma reactions
    are over now (``TRAUMA_OVER``: "EMDR worked, that doesn't happen anymore"). The reader's check
    before trusting the head alone; the patterns read only ``TRAUMA_DENIED``."""
    read = _read(text)
    return any(rx.search(read) is not None for rx in (TRAUMA_DENIED, TRAUMA_OVER, _TRAUMA_NOT_NOW))


def _read(text: str) -> str:
    """``text`` as the rules read it: lower case, typography folded, masked words spelled out."""
    return _spelled_out(fold(text.lower()))


def detect(text: str, units: list[Unit] | None = None) -> dict[FlagId, str]:
    """The flags the patterns raise, each with the first clause that raised it.

    Scans every clause of the account (not only the ones the encoder reads), so a red flag
    at the end of a very long account is still caught.
    """
    return detect_weighed(text, units)[0]


def detect_weighed(text: str, units: list[Unit] | None = None) -> tuple[dict[FlagId, str], frozenset[FlagId]]:
    """``detect``, and the flags among them that only rules needing another layer's agreement
    found (``Rule.alone``): the reader raises those only when the head or the clause layer agrees."""
    if units is None:
        units = split_units(text, limit=10_000, at_marks=False)
    folded = fold(text.lower())
    masked = _may_be_masked(folded)
    lowered = _spelled_out(folded, masked)
    low_units = [Unit(_spelled_out(fold(u.text.lower()), masked), u.negated, u.hypothetical) for u in units]
    found: dict[FlagId, str] = {}
    leaning: set[FlagId] = set()
    # Each account-wide ``unless_account`` pattern is searched at most once (two rules share one).
    said: dict[re.Pattern[str], bool] = {}

    def ruled_out(rule: Rule) -> bool:
        if rule.unless_account is None:
            return False
        if rule.unless_account not in said:
            said[rule.unless_account] = rule.unless_account.search(lowered) is not None
        return said[rule.unless_account]

    for flag in FLAG_IDS:
        # A rule whose pattern appears nowhere in the account cannot fire in any clause:
        # skip it (a speed-up only; every clause is still checked for the rules left).
        rules = [rule for rule in RULES[flag] if rule.pattern.search(lowered) and not ruled_out(rule)]
        if not rules:
            continue
        first = next((i for i in range(len(units)) if any(_rule_fires(r, low_units, i, lowered) for r in rules)), None)
        if first is None:
            continue
        found[flag] = units[first].text
        # Does a rule that stands alone fire in any clause? Only asked when a rule that does not is
        # in play; the flag and its first clause stay as found either way. No rule fired before
        # ``first``, so the look starts there.
        if not all(rule.alone for rule in rules):
            alone = [rule for rule in rules if rule.alone]
            if not any(_rule_fires(rule, low_units, i, lowered) for i in range(first, len(units)) for rule in alone):
                leaning.add(flag)
    return found, frozenset(leaning)


# Every pattern above is compiled: keep their engine code for the next start (pattern_cache.py).
save_compiled()
