"""Casualties, event type and conflict from Polish text, the commonest non-English language in our feeds.

Polish inflects numbers and verbs, so a figure is found next to a death or injury word in either order ("zginęło
co najmniej 12 osób", "12 osób zginęło", "12 zabitych", "rannych zostało pięć osób"). The ACLED reading is the same as
for English: the low figure of a range or vague plural ("kilkadziesiąt" -> 10, "setki" -> 100), tolls of earlier
events and running tallies ("od początku wojny", "do tej pory", "łącznie") set aside, the lead's figures preferred.
Whether such an article may raise an alert is the severity rules' `alert.languages` (English only by default: no
labelled Polish set has measured these rules yet).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shared.contracts.models import Casualties, Toll

from .casualties import evidence_of
from .events import AIR_DRONE, BATTLES, IED, REMOTE, SHELLING, STRATEGIC, VAC

LEAD_SENTENCES = 3
_F = re.IGNORECASE

# Inflected forms of the number words up to a hundred, and the vague plurals read at their low end.
_NUMBER_WORDS: dict[int, tuple[str, ...]] = {
    1: ("jeden", "jedna", "jedno", "jednego", "jednej"),
    2: ("dwa", "dwie", "dwóch", "dwaj", "dwoje", "dwojga", "dwu"),
    3: ("trzy", "trzech", "trzej", "troje", "trojga"),
    4: ("cztery", "czterech", "czterej", "czworo", "czworga"),
    5: ("pięć", "pięciu", "pięcioro"),
    6: ("sześć", "sześciu", "sześcioro"),
    7: ("siedem", "siedmiu", "siedmioro"),
    8: ("osiem", "ośmiu", "ośmioro"),
    9: ("dziewięć", "dziewięciu", "dziewięcioro"),
    10: ("dziesięć", "dziesięciu", "dziesięcioro", "kilkadziesiąt", "kilkudziesięciu", "dziesiątki"),
    11: ("jedenaście", "jedenastu", "kilkanaście", "kilkunastu"),
    12: ("dwanaście", "dwunastu"),
    13: ("trzynaście", "trzynastu"),
    14: ("czternaście", "czternastu"),
    15: ("piętnaście", "piętnastu"),
    16: ("szesnaście", "szesnastu"),
    17: ("siedemnaście", "siedemnastu"),
    18: ("osiemnaście", "osiemnastu"),
    19: ("dziewiętnaście", "dziewiętnastu"),
    20: ("dwadzieścia", "dwudziestu"),
    30: ("trzydzieści", "trzydziestu"),
    40: ("czterdzieści", "czterdziestu"),
    50: ("pięćdziesiąt", "pięćdziesięciu"),
    100: ("sto", "stu", "setki", "setek", "kilkaset", "kilkuset"),
}
WORD_VALUES = {form: value for value, forms in _NUMBER_WORDS.items() for form in forms}
QUALIFIERS = {
    "co najmniej": "at least", "przynajmniej": "at least", "minimum": "at least", "nie mniej niż": "at least",
    "ponad": "more than", "przeszło": "more than", "więcej niż": "more than", "powyżej": "more than",
    "blisko": "nearly", "prawie": "nearly", "niemal": "nearly", "niemal że": "nearly",
    "około": "about", "ok.": "about", "mniej więcej": "about", "nawet": "up to", "aż": "up to",
}  # fmt: skip

# Digits with a space or dot as thousands separator ("1 200"); not followed by a hyphen ("45-letni" is an age).
_DIGITS = r"\d{1,3}(?:[ .]\d{3})+(?![\d-])|\d+(?![\d-])"
_WORDS = "|".join(sorted(WORD_VALUES, key=len, reverse=True))
_QUAL = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
_FIGURE = rf"(?:(?P<q>{_QUAL})\s+)?(?P<n>{_DIGITS}|(?:{_WORDS})\b)"
_GAP = r"(?:[^\W\d]+\s+){0,3}?"  # up to three words, no figure and no punctuation in between

_KILLED = (
    r"(?:zgin(?:ęł[oaiy]|ął|ęli|ąć)|nie\s+żyj[eą]|nie\s+przeżył[oaiy]?|zabit(?:o|ych|ymi|y|a|e|i)|zabił[oaiy]?|zabili"
    r"|poległ[oaiy]?|polegli|śmierć\s+poni(?:osł[oaiy]?|eśli)|poni(?:osł[oaiy]?|eśli)\s+śmierć"
    r"|ofiar(?:y|ami)?\s+śmierteln\w*|zmarł[oaiy]?|zmarli)"
)
_INJURED = (
    r"(?:rann(?:ych|ymi|y|e|i|a|o)|zraniony\w*|zranion\w*|obrażeni[ae]\s+odniosł\w*|odniosł\w*\s+obrażenia"
    r"|rany\s+odniosł\w*|odniosł\w*\s+rany)"
)
_PATTERNS = {
    kind: (
        re.compile(rf"\b{words}\s+{_GAP}{_FIGURE}", _F),  # "zginęło co najmniej 12 osób"
        re.compile(rf"(?<![\w-]){_FIGURE}\s+{_GAP}{words}\b", _F),  # "12 osób zginęło", "12 zabitych"
    )
    for kind, words in (("killed", _KILLED), ("injured", _INJURED))
}
# "No one was killed / hurt": a figure of 0, as in English.
_NO_ONE = {
    "killed": re.compile(r"\b(?:nikt\s+nie\s+zgin\w+|(?:nie\s+było|obyło\s+się\s+bez)\s+ofiar)", _F),
    "injured": re.compile(r"\bnikt\s+nie\s+(?:został\s+rann\w+|odniósł\s+obrażeń|ucierpiał)", _F),
}
# Earlier events and running tallies: "wcześniej", "w zeszłym tygodniu", "od początku wojny", "do tej pory".
_BACKGROUND = re.compile(
    r"\b(?:wcześniej|w\s+zeszł\w+|w\s+ubiegł\w+|w\s+poprzedni\w+|rok\s+temu|(?:\w+\s+)?(?:lat|miesięcy|tygodni)\s+temu"
    r"|od\s+początku|od\s+(?:lutego|wybuchu|rozpoczęcia)|do\s+tej\s+pory|dotychczas|łącznie|w\s+sumie|w\s+ciągu"
    r"\s+(?:ostatnich|całej)|rocznic\w*)\b|\b(?:19|20)\d\d\b",
    _F,
)

# Event cues, in the order an article's main event is read: remote violence, then battles, then attacks on civilians.
_AIR = re.compile(r"\b(?:nalot\w*|dron\w*|lotnictw\w*|z?bombardow\w*|samolot\w*\s+bojow\w*)", _F)
_SHELLING = re.compile(
    r"\b(?:rakiet\w*|pocisk\w*|ostrza[łl]\w*|ostrzel\w*|artyler\w*|moździerz\w*|ataku?\s+rakietow\w*)", _F
)
_EXPLOSION = re.compile(r"\b(?:wybuch\w*+(?!\s+wojny)|eksplozj\w*|bomb[aęy]?\b|bombą|ładun\w+\s+wybuchow\w*)", _F)
_BATTLE = re.compile(r"\b(?:walk[ia]?\b|walkach|starci\w*|bitw\w*|ofensyw\w*|kontrofensyw\w*)", _F)
_ATTACK_ON_CIVILIANS = re.compile(
    r"\b(?:zamach\w*|atak\w*\s+terrorysty\w*|zastrzel\w*|strzelanin\w*|egzekucj\w*|masakr\w*|porwa\w*)", _F
)
_ATTACK = re.compile(r"\b(?:atak\w*|uderzeni\w*)\b", _F)  # an attack by forces at war, weapon unnamed
# Weapons sent, given or received: arms aid, a strategic development rather than a strike.
_ARMS_AID = re.compile(
    r"\b(?:dostarcz|wysła|wysył|dostan|dostał|przekaz|otrzyma)\w*\s+(?:[^\W\d]+\s+){0,3}?(?:rakiet|pocisk|broń|broni"
    r"|czołg|amunicj|uzbrojeni|sprzęt|system\w*\s+obrony)",
    _F,
)
# Accidents, disasters, crime, sport and elections are not conflict, whatever their words ("walka", "starcie").
_NOT_CONFLICT = re.compile(
    r"\b(?:wypad\w*|katastrof\w*|zderzeni\w*|pożar\w*|powód\w*|trzęsieni\w*|huragan\w*|lawin\w*|zabójstw\w*"
    r"|morderstw\w*|prokuratur\w*|mecz\w*|wybor\w*|sejm\w*|senat\w*|turniej\w*|szatni\w*|gol\w*)",
    _F,
)
_WAR = re.compile(
    r"\b(?:wojn\w*|wojsk\w*|armi\w*|żołnierz\w*|terroryst\w*|Hamas\w*|Hezbollah\w*|bojownik\w*|izraelsk\w*"
    r"|rosyjsk\w*|ukraińsk\w*)",
    _F,
)


@dataclass(frozen=True, slots=True)
class PolishEvent:
    conflict: bool
    event_type: str | None
    sub_event_type: str | None
    casualties: Casualties


def parse_polish_number(phrase: str) -> int | None:
    p = phrase.strip().lower()
    if p in WORD_VALUES:
        return WORD_VALUES[p]
    digits = p.replace(" ", "").replace(".", "")
    return int(digits) if digits.isdigit() else None


def _figures(sentence: str, kind: str) -> list[tuple[int, str]]:
    found = []
    for pattern in _PATTERNS[kind]:
        for m in pattern.finditer(sentence):
            value = parse_polish_number(m.group("n"))
            if value is not None and not 1900 <= value <= 2100:  # a year, not a toll
                found.append((value, QUALIFIERS.get((m.group("q") or "").lower(), "")))
    return found


def _toll(sentences: list[str], kind: str) -> Toll | None:
    """The highest figure of the lead's non-background sentences, else of the whole text's."""
    best: tuple[int, str, int] | None = None
    lead_best: tuple[int, str, int] | None = None
    for i, sentence in enumerate(sentences):
        if _BACKGROUND.search(sentence):
            continue
        for value, qualifier in _figures(sentence, kind):
            if best is None or value > best[0]:
                best = (value, qualifier, i)
            if i < LEAD_SENTENCES and (lead_best is None or value > lead_best[0]):
                lead_best = (value, qualifier, i)
    chosen = lead_best or best
    if chosen is None:
        zero_at = next((i for i, sentence in enumerate(sentences) if _NO_ONE[kind].search(sentence)), None)
        chosen = (0, "", zero_at) if zero_at is not None else None
    if chosen is None:
        return None
    return Toll(min=chosen[0], qualifier=chosen[1], evidence=evidence_of(sentences[chosen[2]]))


def read_polish(sentences: list[str]) -> PolishEvent:
    """The main event of a Polish article from its sentences (title first, when there is one)."""
    casualties = Casualties(killed=_toll(sentences, "killed"), injured=_toll(sentences, "injured"))
    lead = " ".join(sentences[: LEAD_SENTENCES + 1])
    event_type = sub = None
    if _AIR.search(lead):
        event_type, sub = REMOTE, AIR_DRONE
    elif _SHELLING.search(lead):
        event_type, sub = REMOTE, SHELLING
    elif _BATTLE.search(lead):
        event_type = BATTLES
    elif _EXPLOSION.search(lead):
        event_type, sub = REMOTE, IED
    elif _ATTACK_ON_CIVILIANS.search(lead):
        event_type = VAC
    elif _ATTACK.search(lead) and _WAR.search(lead):
        event_type = REMOTE
    if event_type == REMOTE and _ARMS_AID.search(lead):
        event_type, sub = STRATEGIC, None
    # Violent words alone are sport, politics or crime ("walka o Senat", "strzelanina"): a war, force or armed
    # group must be named too.
    conflict = event_type is not None and _WAR.search(lead) is not None and _NOT_CONFLICT.search(lead) is None
    return PolishEvent(conflict, event_type if conflict else None, sub if conflict else None, casualties)
