"""Killed and injured of an article's MAIN event, with ACLED's conservative reading.

Each figure is found by a linguistic pattern in one sentence; sentences about other or earlier events (a date that is
not the report's, "last month", "a separate attack", "the war has killed ...", "since 2022") are background and their
figures are ignored. Of the figures left, the highest wins: texts update tolls upward ("the death toll has risen to
12"), so the highest figure is the latest one for the main event.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from shared.contracts.models import Casualties, Toll

from .numbers import NUMBER, QUALIFIER, canonical_qualifier, parse_number
from .text import words

EVIDENCE_MAX_CHARS = 400
_F = re.IGNORECASE

_Q = rf"(?:(?P<q>{QUALIFIER})\s+)?"
_N = rf"(?P<n>{NUMBER})"
# Words allowed between a figure and its verb ("12 Ukrainian civilians were killed"); checked against _GAP_BLOCK.
_GAP = r"(?P<gap>(?:[\s,]+(?!and\b|or\b)[A-Za-z][\w'-]*){0,4}?)"
_AUX = r"(?:(?:were|was|have been|has been|had been|are|is|being|been|got|reportedly|reported|confirmed|believed|" \
       r"feared|later|also|all|now|had|have|were left|left|in all|so far)\s+){0,3}"  # fmt: skip
_KILLED_WORDS = (
    r"(?:killed|dead|died|die|dies|slain|murdered|executed|massacred|perished|shot dead|lost their lives|deaths|fatalities"
    r"|fatality|martyred|found dead|shot and killed|beheaded)"
)
_INJURED_WORDS = (
    r"(?:injured|wounded|hurt|injuries|maimed|hospitali[sz]ed|(?:sustained|suffered|received)\s+(?:\w+\s+)?injuries"
    r"|(?:were\s+)?(?:taken|rushed|admitted)\s+to\s+(?:a\s+|the\s+)?hospitals?)"
)
_VICTIM = (
    r"(?:man|woman|child|boy|girl|baby|person|civilian|soldier|resident|policeman|police officer|officer|journalist"
    r"|teenager|farmer|driver|student|worker|villager|fighter|militant|member|trader|herder|pastor|priest|imam|citizen"
    r"|individual|guard|official|commander|shepherd|youth|suspect|leader|chief|doctor|nurse|teacher|volunteer"
    r"|activist|officer|employee|miner|fisherman|refugee|migrant|local|minor|infant|elderly man|elderly woman)"
)

# Tokens that, between a number and a verb, show the number counts something else: weapons, time, distance,
# or another casualty kind ("two of the wounded died" is not a death toll of two).
_GAP_BLOCK = frozenset(
    words("""missile missiles drone drones rocket rockets shell shells bomb bombs projectile projectiles shahed shaheds
    year years month months week weeks day days hour hours minute minutes km kilometres kilometers miles mile
    metres meters percent per cent times tons tonnes dollars euros buildings homes houses vehicles cars trucks
    tanks aircraft jets planes helicopters targets villages towns sites killed dead died wounded injured hurt
    injuries deaths who which whom whose that later""")
)

_SUBSET = r"\s*,\s*(?:including|among them|among whom|most of them|mostly|many of them|all of them)\b[^.;]{0,100}?,\s+"
_KILLED_PATTERNS = [
    re.compile(rf"\b{_Q}{_N}(?:\s+[A-Za-z][\w'-]*){{0,3}}{_SUBSET}{_AUX}{_KILLED_WORDS}\b", _F),
    re.compile(rf"\b{_Q}{_N}{_GAP}\s+{_AUX}{_KILLED_WORDS}\b", _F),
    re.compile(
        rf"\b(?:killing|killed|kills|kill|claiming the lives of|claimed the lives of|took the lives of|"
        rf"taking the lives of|shot dead|shot and killed|massacred|executed)\s+{_Q}{_N}\b(?!\s*-?\s*(?:year|%))",
        _F,
    ),
    re.compile(rf"\b(?:left|leaving|leaves)\s+{_Q}{_N}{_GAP}\s+(?:people\s+)?dead\b", _F),
    re.compile(
        rf"\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|people killed|fatalities|victims)|fatalities)\b"
        rf"(?:[^.;:]{{0,50}}?)\b(?:to|at|of|reached|reaches|hit|hits|is|was|stood at|stands at|now|climbed|rose)\s+"
        rf"{_Q}{_N}\b",
        _F,
    ),
    re.compile(rf"\b(?:claim\w*|cost\w*|took|taken|taking)\s+(?:the\s+)?{_Q}{_N}\s+(?:\w+\s+)?lives\b", _F),
]
_INJURED_PATTERNS = [
    re.compile(rf"\b{_Q}{_N}(?:\s+[A-Za-z][\w'-]*){{0,3}}{_SUBSET}{_AUX}{_INJURED_WORDS}", _F),
    re.compile(rf"\b{_Q}{_N}{_GAP}\s+{_AUX}{_INJURED_WORDS}", _F),
    re.compile(rf"\b(?:injuring|injured|injures|injure|wounding|wounded|wounds|wound|hurting)\s+{_Q}{_N}\b", _F),
    re.compile(rf"\b(?:left|leaving|leaves)\s+{_Q}{_N}{_GAP}\s+(?:people\s+)?(?:injured|wounded|hurt)\b", _F),
    re.compile(
        rf"\b(?:number of (?:the )?(?:injured|wounded|injuries)|injury toll)\b(?:[^.;:]{{0,40}}?)\b"
        rf"(?:to|at|of|reached|is|was|stood at|stands at|climbed|rose)\s+{_Q}{_N}\b",
        _F,
    ),
]
# A single named victim: "a civilian was killed", "killing a woman" -> 1.
_KILLED_ONE = [
    re.compile(rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?{_VICTIM}\s+(?:\w+\s+)?(?:was|has been|had been|is)\s+"
               rf"(?:shot\s+|later\s+|reportedly\s+|also\s+)?(?:killed|dead|murdered|slain|shot and killed|found dead"
               rf"|beheaded|executed|stabbed to death|lynched)\b", _F),
    re.compile(rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?{_VICTIM}\s+(?:\w+\s+)?(?:died|succumbed)\b", _F),
    re.compile(rf"\b(?:killing|killed|kills|shot dead|shooting dead|murdered)\s+(?:a|an|one)\s+(?:\w+\s+){{0,2}}?"
               rf"{_VICTIM}\b", _F),
]  # fmt: skip
_INJURED_ONE = [
    re.compile(rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?{_VICTIM}\s+(?:\w+\s+)?(?:was|has been|had been|is)\s+"
               rf"(?:seriously\s+|badly\s+|critically\s+|slightly\s+)?(?:injured|wounded|hurt)\b", _F),
    re.compile(rf"\b(?:injuring|wounding|wounded|injured)\s+(?:a|an|one)\s+(?:\w+\s+){{0,2}}?{_VICTIM}\b", _F),
]  # fmt: skip

_NOBODY = r"(?:no one|nobody|no civilians?|no people|none|no person|no soldiers?)"
_ZERO_KILLED = re.compile(
    rf"\b(?:{_NOBODY}\s+(?:was|were|has been|have been|had been)\s+(?:killed|dead)|{_NOBODY}\s+died"
    r"|no\s+(?:immediate\s+)?(?:reports?\s+of\s+)?(?:deaths|fatalities|dead)\b|without (?:any )?(?:deaths|fatalities)"
    r"|(?:there were|caused|causing|with|resulted in)\s+no\s+(?:deaths|fatalities))",
    _F,
)
_ZERO_INJURED = re.compile(
    rf"\b(?:{_NOBODY}\s+(?:was|were|has been|have been|had been)\s+(?:injured|wounded|hurt)"
    r"|no\s+(?:immediate\s+)?(?:reports?\s+of\s+)?(?:injuries|injured|wounded)\b|without (?:any )?injuries)",
    _F,
)
_ZERO_BOTH = re.compile(
    r"\bno\s+(?:immediate\s+)?(?:reports?\s+of\s+|information\s+(?:about|on)\s+)?(?:casualties|victims)\b"
    r"|\bwithout (?:causing )?(?:any )?casualties\b|\bno one was (?:killed or (?:injured|wounded|hurt)|hurt)\b"
    r"|\bnobody was hurt\b|\bno one was hurt\b",
    _F,
)

# Cheap prefilter: only sentences with one of these stems can hold a casualty figure.
_CASUALTY_STEMS = re.compile(
    r"kill|dead|die|death|wound|injur|hurt|casualt|lives|toll|fatalit|hospital|slain|massacr|murder|perish|martyr"
    r"|execut|fatal|victim"
)

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")]
    )
    for m in names
}  # fmt: skip
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"  # fmt: skip
_DAY_MONTH = re.compile(rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH.replace('month', 'month2')}"
                        rf"\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)(?:,?\s+(?P<year>(?:19|20)\d\d))?")  # fmt: skip
_YEAR = re.compile(r"\b(?:in|since|of|during|from|until|by|back in)\s+(?:early\s+|late\s+|mid-)?((?:19|20)\d\d)\b", _F)
_RELATIVE_PAST = re.compile(
    r"\b(?:last|previous|past|earlier this|earlier in the|late last|early last)\s+(?:week|month|year|weekend|summer"
    r"|winter|spring|autumn|fall|decade)\b|\b(?:a|one|two|three|several|few)\s+(?:weeks|months|years|year|month|week)"
    r"\s+(?:ago|earlier|before)\b|\bin recent (?:days|weeks|months|years)\b|\bover the (?:past|last)\s+(?:\w+\s+)?"
    r"(?:days|weeks|months|years)\b|\bso far this (?:year|month)\b|\bthis year\b|\bto date\b|\bcumulative\b"
    r"|\b(?:throughout|during|over the course of|since the start of|since the beginning of) the (?:war|conflict"
    r"|invasion)\b|\bhistory\b|\banniversary\b",
    _F,
)
_OTHER_EVENT = re.compile(
    r"\b(?:separate|earlier|previous|another|similar|prior|last)\s+(?:\w+\s+)?(?:attack|strike|assault|incident|raid"
    r"|bombing|shelling|explosion|blast|attacks|strikes|raids|massacre|offensive)\b|\bin (?:a|an) (?:separate|earlier"
    r"|previous|similar|unrelated)\b|\belsewhere\b|\bmeanwhile\b|\bseparately\b",
    _F,
)
_CUMULATIVE = re.compile(
    r"\b(?:war|wars|conflict|invasion|fighting|violence|insurgency|hostilities|occupation|bombardment|siege"
    r"|(?:wave|series|spate|string|campaign|string|barrage|months|weeks|years) of (?:\w+ ){0,3}?(?:attacks|strikes"
    r"|raids|bombings|shelling|airstrikes))\b[^.;]{0,60}?\b(?:has|have|had)\s+(?:so far\s+|now\s+|already\s+)?"
    r"(?:been\s+)?(?:killed|claimed|left|cost)\b|\b(?:during|throughout) (?:the |its |their )?(?:[\w-]+ ){0,4}"
    r"(?:war|invasion|conflict)\b|\b(?:killed|died|dead) (?:so far )?in (?:the )?(?:[\w-]+ ){0,3}war\b"
    r"|\b(?:the|this|a) war\b[^.;]{0,80}\b(?:deadliest|has become|has sparked|bloodiest)\b"
    r"|\bwhose\b[^.;]{0,60}\b(?:attack|strike|assault|offensive|raid)\b"
    r"|\b(?:several|multiple|numerous|a number of|a series of) (?:\w+ )?(?:raids|strikes"
    r"|attacks|airstrikes|air strikes|bombings)\b|\bsince\b|\b(?:total|overall|cumulative) (?:death )?toll\b",
    _F,
)
_SUBSET_BEFORE = re.compile(
    r"\b(?:including|among them|among whom|of whom|of them|among the dead|among)\s+(?:\w+\s+)?$", _F
)
_UPDATE = re.compile(
    r"\b(?:rose|risen|rising|climbed|increased|jumped|reached|now|updated|later|latest|has grown|grew|revised)\b", _F
)
_SINCE_AFTER_SUPERLATIVE = re.compile(r"\b(?:deadliest|worst|biggest|largest|heaviest|most \w+)\b[^.]*\bsince\b", _F)


@dataclass(frozen=True, slots=True)
class Figure:
    kind: str  # "killed" | "injured"
    value: int
    qualifier: str
    sentence_index: int
    background: bool


def is_background(sentence: str, reference: date | None, in_lead: bool = True) -> bool:
    """True when the sentence's figures belong to another or earlier event, or to a war-wide tally."""
    if _RELATIVE_PAST.search(sentence) or _OTHER_EVENT.search(sentence):
        return True
    if _CUMULATIVE.search(sentence) and not _SINCE_AFTER_SUPERLATIVE.search(sentence):
        return True
    for m in _YEAR.finditer(sentence):
        year = int(m.group(1))
        if reference is None or year < reference.year:
            return True
    if reference is None:
        # Without a report date, a calendar date deep in the text is a recalled event: news dates its main event
        # by weekday ("on Friday") and its background by calendar ("on October 5").
        return not in_lead and bool(_DAY_MONTH.search(sentence))
    if reference is not None:
        for m in _DAY_MONTH.finditer(sentence):
            day = int(m.group("d1") or m.group("d2"))
            month = _MONTHS[(m.group("month") or m.group("month2")).lower().rstrip(".")]
            year = int(m.group("year")) if m.group("year") else reference.year
            try:
                when = date(year, month, day)
            except ValueError:
                continue
            if when > reference and not m.group("year"):  # "December 30" read in January is last year
                when = date(year - 1, month, day)
            if abs((reference - when).days) > 3:
                return True
    return False


def _gap_ok(gap: str | None) -> bool:
    if not gap:
        return True
    return not any(tok.lower().strip(",") in _GAP_BLOCK for tok in gap.replace(",", " ").split())


def _plausible(m: re.Match[str], value: int, sentence: str) -> bool:
    raw = m.group("n")
    if raw.isdigit() and len(raw) == 4 and 1900 <= value <= 2100:
        return False  # a year, not a toll
    if sentence[max(0, m.start("n") - 3) : m.start("n")].lower() == "no ":
        return False  # "no one was killed" is a zero, handled apart
    if _SUBSET_BEFORE.search(sentence[max(0, m.start("n") - 30) : m.start("n")]):
        return False  # "including 17 children" is part of a toll, not the toll
    before = sentence[max(0, m.start("n") - 1) : m.start("n")]
    after = sentence[m.end("n") : m.end("n") + 10].lower()
    return before not in ("$", "#", "-", ":") and not after.startswith(("%", "-year", " year", "-month", " percent"))


def _scan(sentence: str, index: int, background: bool, out: list[Figure]) -> None:
    for kind, patterns, singles in (
        ("killed", _KILLED_PATTERNS, _KILLED_ONE),
        ("injured", _INJURED_PATTERNS, _INJURED_ONE),
    ):
        for pattern in patterns:
            for m in pattern.finditer(sentence):
                if "gap" in pattern.groupindex and not _gap_ok(m.group("gap")):
                    continue
                value = parse_number(m.group("n"))
                if value is None or not _plausible(m, value, sentence):
                    continue
                out.append(Figure(kind, value, canonical_qualifier(m.group("q")), index, background))
        for pattern in singles:
            if pattern.search(sentence):
                out.append(Figure(kind, 1, "", index, background))


def casualty_sentences(sentences: list[str]) -> list[int]:
    """Indices of the sentences that mention deaths or injuries: one regex pass over the whole text."""
    starts = []
    pos = 0
    for sentence in sentences:
        starts.append(pos)
        pos += len(sentence) + 1
    lowered = "\n".join(sentences).lower()
    found: list[int] = []
    for m in _CASUALTY_STEMS.finditer(lowered):
        i = bisect_right(starts, m.start()) - 1
        if not found or found[-1] != i:
            found.append(i)
    return found


def find_figures(
    sentences: list[str], reference: date | None, lead_sentences: int = 3, candidates: list[int] | None = None
) -> list[Figure]:
    figures: list[Figure] = []
    for i in casualty_sentences(sentences) if candidates is None else candidates:
        sentence = sentences[i]
        _scan(sentence, i, is_background(sentence, reference, i < lead_sentences), figures)
    return figures


def _zero_in(sentences: list[str], candidates: list[int], pattern: re.Pattern[str]) -> int | None:
    for i in candidates:
        if pattern.search(sentences[i]):
            return i
    return None


def _evidence(sentence: str) -> str:
    return sentence if len(sentence) <= EVIDENCE_MAX_CHARS else sentence[: EVIDENCE_MAX_CHARS - 3] + "..."


def extract_casualties(
    sentences: list[str], reference: date | None = None, lead_sentences: int = 3
) -> tuple[Casualties, list[Figure]]:
    """Killed and injured of the main event (highest non-background figure of each kind), with evidence."""
    candidates = casualty_sentences(sentences)
    figures = find_figures(sentences, reference, lead_sentences, candidates)
    tolls: dict[str, Toll | None] = {}
    for kind, zero_pattern in (("killed", _ZERO_KILLED), ("injured", _ZERO_INJURED)):
        main = [f for f in figures if f.kind == kind and not f.background]
        # The lead states the main event; later, higher figures count only when they update it ("rose to").
        lead = [f for f in main if f.sentence_index < lead_sentences]
        if lead:
            main = lead + [f for f in main if f.sentence_index >= lead_sentences
                           and _UPDATE.search(sentences[f.sentence_index])]  # fmt: skip
        if main:
            best = max(main, key=lambda f: (f.value, -f.sentence_index))
            tolls[kind] = Toll(
                min=best.value, qualifier=best.qualifier, evidence=_evidence(sentences[best.sentence_index])
            )
            continue
        zero_at = _zero_in(sentences, candidates, zero_pattern)
        if zero_at is None:
            zero_at = _zero_in(sentences, candidates, _ZERO_BOTH)
        tolls[kind] = Toll(min=0, evidence=_evidence(sentences[zero_at])) if zero_at is not None else None
    return Casualties(killed=tolls["killed"], injured=tolls["injured"]), figures
