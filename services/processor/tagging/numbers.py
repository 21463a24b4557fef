"""Casualty figures written in words or digits, read the way ACLED codes them (low, conservative figures)."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# ACLED's conservative reading of vague plurals; "several"/"many" give no figure at all.
VAGUE = {
    "dozens": 12, "dozen": 12, "a dozen": 12, "half a dozen": 6, "several dozen": 12, "a few dozen": 12,
    "tens": 10, "scores": 20, "a score": 20, "hundreds": 100, "a hundred": 100, "a couple": 2, "a couple of": 2,
    "a pair": 2, "both": 2,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

_UNIT = "|".join(sorted((k for k in UNITS if k not in ("no", "a", "an", "single")), key=len, reverse=True))
_TEN = "|".join(TENS)
# "twenty-three", "twenty three", "two dozen", "one hundred and fifty"
_BELOW_HUNDRED = rf"(?:{_TEN})(?:(?:-|\s+)(?:{_UNIT})\b)?|{_UNIT}"
_WORD_NUMBER = rf"(?:{_BELOW_HUNDRED})(?:\s+dozen\b|\s+(?:hundred|thousand)(?:\s+(?:and\s+)?(?:{_BELOW_HUNDRED}))?)?"
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:thousand|million))?"
# "thousands" is left out on purpose: in news it is a war-wide tally, never one strike's toll.
_VAGUE = (
    r"dozens|half a dozen|(?:a|several|a few) dozen|tens(?! of thousands)|scores|a score|hundreds(?! of thousands)"
    r"|a couple(?: of)?|a hundred(?! thousand)"
)
# One casualty figure: digits, words, or a vague plural. Used inside the casualty patterns (case-insensitive).
NUMBER = rf"(?:{_DIGITS}|{_VAGUE}|{_WORD_NUMBER})"

QUALIFIERS = {
    "at least": "at least", "at the least": "at least", "no fewer than": "at least", "not less than": "at least",
    "no less than": "at least",
    "a minimum of": "at least", "more than": "more than", "over": "more than", "upwards of": "more than",
    "in excess of": "more than", "nearly": "nearly", "almost": "nearly", "close to": "nearly", "about": "about",
    "around": "about", "some": "about", "approximately": "about", "roughly": "about", "an estimated": "about",
    "estimated": "about", "up to": "up to", "as many as": "up to", "at most": "up to",
    # A range is read at its low end, as ACLED does ("between 3 and 5 killed" -> 3).
    "between": "at least",
}  # fmt: skip
QUALIFIER = "|".join(sorted(QUALIFIERS, key=len, reverse=True))

_SPACES = re.compile(r"\s+")


def parse_number(phrase: str) -> int | None:
    """The integer a figure phrase stands for ("twenty-three" -> 23, "1,200" -> 1200, "dozens" -> 12), else None."""
    p = _SPACES.sub(" ", phrase.strip().lower())
    if p in VAGUE:
        return VAGUE[p]
    if p[:1].isdigit():
        scale = 1
        for word, mult in SCALES.items():
            if p.endswith(word):
                scale, p = mult, p[: -len(word)].strip()
        try:
            return int(float(p.replace(",", "")) * scale)
        except ValueError:
            return None
    total = current = 0
    seen = False
    for word in p.replace("-", " ").split():
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "dozen":
            current = max(current, 1) * 12
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in ("thousand", "million"):
            total += max(current, 1) * SCALES[word]
            current = 0
        elif word == "and":
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


def is_vague(phrase: str) -> bool:
    """A vague plural ("dozens", "hundreds of"), whose figure is only ACLED's low reading."""
    return _SPACES.sub(" ", phrase.strip().lower()) in VAGUE


def canonical_qualifier(phrase: str | None) -> str:
    if not phrase:
        return ""
    return QUALIFIERS.get(_SPACES.sub(" ", phrase.strip().lower()), "")
