"""Word cues for each cause, read with negation scope.

The cues are deliberately plain words a person would use, not phrases lifted from our own
training accounts, so they carry over to real writing. They feed the classifier as
features (the learned head decides how much each is worth) and, without any negation
handling, form the keyword baseline of ``make eval``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Final

from tearwise.knowledge.ids import CAUSE_IDS, CauseId
from tearwise.text.dispatch import compile_grouped
from tearwise.text.units import NEGATORS, WORD, Unit, fold, negation_mask

_CUE_WORDS: Final[dict[CauseId, str]] = {
    "emotional_catharsis": r"""overwhelm\w* | release[ds]? | relie(?:f|ved) | let(?:ting)?\s+(?:it\s+)?(?:all\s+)?out |
        safe | loved | so\s+close | connected | connection | intimacy | intimate | joy(?:s|ful\w*|ous\w*)? |
        happy\s+tears | happy | happiness |
        grateful | gratitude | thankful | vulnerab\w* | stress\w* | pent[-\s]?up | bottled | built[-\s]?up | tension |
        cathar\w* | flood\w* | emotional | beautiful | tender\w* | grief | griev\w* | lighter | cleans\w*""",
    "orgasm": r"""orgasm\w* | climax\w* | cum | cums | cumming | finish | finished | finishing |
        (?:i|he|she|they|we|you)\s+(?:just\s+|finally\s+|both\s+|actually\s+)?(?:come|comes|coming)\b |
        (?:after|when|as|before|until|till|once|if)\s+(?:i|he|she|they|we)\s+(?:\w+\s+)?(?:come|comes|came|finish\w*) |
        peak | big\s+o | afterglow | release\s+hits | the\s+end""",
    "neurological": r"""just\s+(?:water|leak|flow|stream|run|happen)\w* | leak\w* | watery | water(?:s|ing|ed)? |
        reflex\w* | physical\s+(?:thing|reaction|response) | body\s+thing | automatic\w* | involuntar\w* |
        no\s+emotion\w* | zero\s+emotion\w* | not\s+(?:even\s+)?sad | without\s+(?:being|feeling)\s+sad |
        nerve\w* | nervous\s+system | neurolog\w* | tap | sneeze | tears\s+just | eyes\s+just""",
    "unresolved_trauma": r"""trauma\w* | abus\w* | assault\w* | rap(?:e|ed|ist) | molest\w* | flashback\w* |
        trigger\w* | dissociat\w* | ptsd | cptsd | froze | freeze | frozen | panic\w* | memor(?:y|ies) |
        came\s+back | back\s+there | my\s+ex | as\s+a\s+(?:kid|child|teen) |
        when\s+i\s+was\s+(?:\d+|young|little|a\s+kid) |
        (?:step)?dad | uncle | numb | far\s+away | left\s+my\s+body | survivor""",
    # "pain" but not "painless" or "painting" ("painkillers" stays: taking them to get through
    # sex is a pain cue); "burn" but not "burnout"; "ache" but not "Achebe"; "tight" but not
    # "tights" or "tightly" (fifteenth session). "Hurt myself" is still a cue, though never
    # shown as pain (``_ASIDE``).
    "physical_pain": r"""hurt\w* | pain(?:s|ful\w*|ed|ing|killers?)? | sore | burn(?:s|t|ed|ing)? | sting\w* |
        tear(?:ing)?\s+feeling | rip\w* | dry | dryness | lube | vaginismus | dyspareunia | endometriosis |
        tight(?:er|est|ness|en|ens|ened|ening)? | sharp | ache[sd]? | achy | aching |
        rough | too\s+big | first\s+time | penetrat\w* | raw | winc(?:e\w*|ing) | ow+""",
    "shame": r"""shame\w* | asham\w* | guilt\w* | sin | sinful | sinned | dirty | filth\w* | disgust\w* |
        gross | wrong | church | god | religio\w* | pray\w* | purity | virgin\w* | slut\w* | cheap |
        regret\w* | hate\s+myself | mortif\w* | forgive\w* | confess\w* | raised\s+to | taught""",
    "other": r"""lonel\w* | alone | empty | emptiness | depress\w* | numb | breakup | break\s+up | divorce |
        cheat\w* | affair | hookup | hook\s+up | one[-\s]night | stranger | distant | fight\w* | argu\w* |
        miss\s+(?:him|her|them) | low | grey | gray | flat | nothing""",
}

CUES: Final[dict[CauseId, re.Pattern[str]]] = {
    # All lower case, matched against lower-cased text (3x faster than IGNORECASE), and grouped
    # by first character (dispatch.py: the same matches, found faster).
    cause: compile_grouped(rf"\b(?:{pattern})\b", re.VERBOSE)
    for cause, pattern in _CUE_WORDS.items()
}


#: What, right after a cue, makes it about something else: "hurt myself" or "burned herself" is
#: self-injury (its own red flag, not pain during sex), "hurt my feelings" is not pain at all.
#: Such a hit still counts as a cue (the head was fitted with it and weighs it in context), but
#: an explanation never cites it as a reason about the cause (fifteenth session: "I'm not going
#: to hurt myself" was shown as the reason pain during sex was less likely). Matched at the
#: cue's end, within its segment (``\s`` cannot cross ``SEGMENT_GLUE``).
_ASIDE: Final[dict[CauseId, re.Pattern[str]]] = {
    "physical_pain": re.compile(
        r"\s+(?:myself|yourself|himself|herself|themselves|ourselves|(?:my|his|her|their|your|our)\s+feelings)\b"
    ),
}


@dataclass(frozen=True, slots=True)
class CueHit:
    cause: CauseId
    unit: int
    negated: bool
    #: The cue word is about something else here (``_ASIDE``): a feature, never an explanation.
    aside: bool = False


def _negated_at(segment: str, start: int) -> bool:
    """Whether the cue starting at ``start`` lies in a negation scope within its segment
    (lower-case text already folded by :func:`~tearwise.text.units.fold`, as both callers pass)."""
    tokens = [(m.start(), m.group()) for m in WORD.finditer(segment)]
    words = [w for _, w in tokens]
    mask = negation_mask(words)
    for (pos, word), negated in zip(tokens, mask, strict=True):
        if pos >= start:
            return negated and word not in NEGATORS
    return False


#: Where a cue's negation scope ends inside a clause.
_SEGMENT_BREAK: Final = re.compile(r"[,;:()]")
#: Set between segments so that one scan reads them all: no cue pattern can match it or
#: across it (they use only \b, \w, \s, classes without "^" and literals, which
#: tests/text/test_shortcuts.py checks), so a scan finds each segment's own matches.
SEGMENT_GLUE: Final = "\x00"


def cue_hits(units: list[Unit]) -> list[CueHit]:
    """Every cue found in ``units``, with its unit index and negation (hypotheticals count as negated).

    In order of unit, segment, cause and position: one scan per cause over all segments,
    instead of one per cause and segment (a batch's hot path).
    """
    owners: list[int] = []
    texts: list[str] = []
    starts: list[int] = []
    position = 0
    for index, unit in enumerate(units):
        for segment in _SEGMENT_BREAK.split(fold(unit.text.lower())):
            owners.append(index)
            texts.append(segment)
            starts.append(position)
            position += len(segment) + len(SEGMENT_GLUE)
    joined = SEGMENT_GLUE.join(texts)
    found: list[tuple[int, int, int, CueHit]] = []
    for order, cause in enumerate(CAUSE_IDS):
        aside = _ASIDE.get(cause)
        for match in CUES[cause].finditer(joined):
            k = bisect_right(starts, match.start()) - 1
            offset = match.start() - starts[k]
            negated = units[owners[k]].hypothetical or _negated_at(texts[k], offset)
            other = aside is not None and aside.match(joined, match.end()) is not None
            found.append((k, order, offset, CueHit(cause, owners[k], negated, other)))
    found.sort(key=lambda entry: entry[:3])
    return [hit for *_, hit in found]


def keyword_labels(text: str) -> list[CauseId]:
    """The keyword baseline: any cue word present means the cause; none means ``other``."""
    lowered = fold(text.lower())
    found: list[CauseId] = [c for c in CAUSE_IDS if c != "other" and CUES[c].search(lowered)]
    return found or ["other"]
