"""Text preparation shared by every tagging step: one normalisation, one sentence split."""

from __future__ import annotations

import html
import re
import unicodedata

_TRANSLATE = str.maketrans(
    {
        "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": " - ",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2011": "-", "\u2212": "-", "\u00ad": "",
    }
)  # fmt: skip

# A sentence ends at . ! ? (optionally followed by a quote) before a capital, digit or quote; newlines always end one.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9])|\n+")
# Abbreviations whose period must not end a sentence ("Mr. Zelensky", "U.S. officials").
_ABBREV_TAIL = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Capt|Gov|Sen|Rep|Rev|St|Jr|No|Vol|approx)|\b[A-Z])\.$"
)


def words(text: str) -> list[str]:
    """A word list written as one string (data tables stay readable)."""
    return text.split()


_TAG = re.compile(r"<(?:/?(?:p|br|li|ul|ol|div|h\d)\b[^>]*)>", re.IGNORECASE)
_OTHER_TAG = re.compile(r"<[^>]{0,400}>")


def normalize(text: str) -> str:
    """Typographic quotes/dashes to ASCII, invisible spaces to plain ones, HTML (feed summaries) to text: every
    later regex sees one alphabet."""
    if "<" in text:
        text = _OTHER_TAG.sub(" ", _TAG.sub("\n", text))
    if "&" in text:
        text = html.unescape(text)
    return text.translate(_TRANSLATE)


def fold(text: str) -> str:
    """Lowercase without diacritics, for gazetteer keys ("Khmelnytskyi" == "Khmel'nyts'kyi" is not attempted)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def split_sentences(text: str) -> list[str]:
    """Split into sentences; good enough for news prose, and cheap (one regex pass)."""
    pieces: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        chunk = text[start : m.start() + (1 if m.group(0)[:1] in "\"')]" else 0)]
        if m.group(0)[:1] != "\n" and _ABBREV_TAIL.search(text[start : m.start()]):
            continue
        pieces.append(chunk)
        start = m.end()
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p and not p.isspace()]
