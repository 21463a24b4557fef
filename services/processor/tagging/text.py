"""Text preparation shared by every tagging step: one normalisation, one sentence split."""

from __future__ import annotations

import html
import re
import unicodedata

_REPLACEMENTS = (
    ("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", " - "),
    ("\u00a0", " "), ("\u2009", " "), ("\u202f", " "), ("\u2011", "-"), ("\u2212", "-"), ("\u00ad", ""),
)  # fmt: skip

# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) and white space before a capital,
# digit or opening quote; newlines always end one. Abbreviations whose period must not end a sentence:
# "Mr. Zelensky", "U.S. officials".
_END_CHARS = re.compile(r"[.!?\n]")
_CLOSERS = "\"')]"
_OPENERS = "\"'(["
_ABBREVIATIONS = (
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Sgt", "Capt", "Gov", "Sen", "Rep", "Rev", "St", "Jr", "No",
    "Vol", "approx",
)  # fmt: skip
_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ABBREV_TAIL = re.compile(rf"(?:\b(?:{'|'.join(_ABBREVIATIONS)})|\b[A-Z])\.$")
_ABBREV_MAX_CHARS = 8  # "approx." and a word boundary before it
# A period after any other character than these cannot end an abbreviation or an initial: no regex to try.
_ABBREV_LAST = frozenset(a[-1] for a in _ABBREVIATIONS) | frozenset(_CAPITALS)
# A month's abbreviation before a day or a year ("abducted on Oct. 7", "since Sept. 2022") ends no sentence.
_MONTH_TAIL = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")


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
    if not text.isascii():
        for typographic, plain in _REPLACEMENTS:
            if typographic in text:  # a C scan; most texts have two or three of these characters at most
                text = text.replace(typographic, plain)
    return text


def fold(text: str) -> str:
    """Lowercase without diacritics, for gazetteer keys ("Khmelnytskyi" == "Khmel'nyts'kyi" is not attempted)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _starts_sentence(c: str) -> bool:
    return "A" <= c <= "Z" or "0" <= c <= "9"


def split_sentences(text: str) -> list[str]:
    """Split into sentences; good enough for news prose, and cheap: one C scan for the few end characters, each
    then checked by hand (a regex with look-arounds at every character costs five times as much)."""
    pieces: list[str] = []
    start = 0
    skip_to = 0  # characters already consumed by a rejected boundary (an abbreviation's spaces)
    n = len(text)
    for m in _END_CHARS.finditer(text):
        p = m.start()
        if p < skip_to:
            continue
        if text[p] == "\n":
            q = p + 1
            while q < n and text[q] == "\n":
                q += 1
            pieces.append(text[start:p])
            start = skip_to = q
            continue
        q = p + 1
        if q < n and text[q] in _CLOSERS:
            q += 1
        r = q
        while r < n and text[r].isspace():
            r += 1
        if r in (q, n):
            continue
        c = text[r]
        if c in _OPENERS:
            c = text[r + 1] if r + 1 < n else ""
        if not c or not _starts_sentence(c):
            continue
        # A line break after the period ends the sentence even after an abbreviation.
        if text[p + 1] != "\n" and (
            (
                text[p - 1 : p] in _ABBREV_LAST  # most periods follow a letter no abbreviation ends with
                and _ABBREV_TAIL.search(text, max(start, p + 1 - _ABBREV_MAX_CHARS), p + 1)
            )
            or (c.isdigit() and _MONTH_TAIL.search(text, max(start, p - 5), p + 1))
        ):
            skip_to = r
            continue
        pieces.append(text[start:q])
        start = skip_to = r
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p and not p.isspace()]


_PROSE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?:\s*\[[^\]]*\])?$")  # (a coder's "[size=...]" after it)
MIN_PROSE_WORDS = 2
MIN_LINK_WORDS = 6
STANDFIRST_WORDS = 12
LEAD_SCAN = 15  # page furniture above a story rarely runs longer


def is_prose(sentence: str) -> bool:
    """A sentence of the story (ended by a full stop, or as long as a standfirst), not page furniture: a byline,
    a time stamp, a menu, "Share on X", an explainer's subhead ("How many people were killed?")."""
    if is_list_link(sentence):
        return False
    # (words counted only as far as each threshold needs: most sentences are long)
    if "|" not in sentence and _has_words(sentence, STANDFIRST_WORDS):  # (a long line of "|" is a menu or dateline)
        return True
    if not _ends_like_prose(sentence):
        return False
    if sentence.endswith("?") and not _has_words(sentence, QUESTION_SUBHEAD_WORDS):
        return False
    return _has_words(sentence, MIN_PROSE_WORDS)


def _has_words(sentence: str, n: int) -> bool:
    return len(sentence.split(None, n - 1)) >= n


def _ends_like_prose(sentence: str) -> bool:
    if sentence[-1:] in (".", "!", "?"):
        return True
    return _PROSE_END.search(sentence, max(0, len(sentence) - PROSE_END_CHARS)) is not None


QUESTION_SUBHEAD_WORDS = 8
SLOT_WORDS = 6  # a sentence this long or longer takes a slot in `prose_reach`
PROSE_END_CHARS = 200  # a sentence's end: its closing quotes and brackets, or a coder's "[size=...]" after it


def prose_reach(sentences: list[str], start: int, count: int) -> int:
    """Index after the `count`-th sentence of prose from `start` on (furniture between them takes no slot, nor does
    a fragment of a few words: "We come every week." in a witness's quote), or the end of the text."""
    found = 0
    for i in range(start, len(sentences)):
        if is_prose(sentences[i]) and _has_words(sentences[i], SLOT_WORDS):
            found += 1
            if found == count:
                return i + 1
    return len(sentences)


# A label that introduces a link to another story: what follows is that story's headline, wherever it stands.
_LINK_LABEL = re.compile(
    r"^(?:read (?:also|more|next)|also read|see also|related(?: stories| articles?| news| coverage)?|recommended"
    r"|more on this|must read|don't miss|trending|most read"
    # A photo's caption ("[Photo caption: ... the March strike, which killed 31]") describes the picture, often of
    # another day.
    r"|\[?(?:photo(?: caption)?|caption|pictured|file photo))\s*[:|\-\u2013\u2014]"
    # (alone on its line, over the list of headlines it introduces)
    r"|^(?:read (?:also|more|next)|also read|see also|related(?: stories| articles?| news| coverage)?|recommended"
    r"|more on this|must read|most read)\s*$",
    re.IGNORECASE,
)


def is_link_label(sentence: str) -> bool:
    """ "Read also: ...", "Related: ...": a link to another story, even at the top of the page."""
    return _LINK_LABEL.match(sentence) is not None


def in_link_list(sentences: list[str], index: int) -> bool:
    """A headline line in the list that a "Related" line opens (under it, or under other headlines of the list)."""
    above = index - 1
    while above > 0 and is_link_line(sentences[above]) and not is_link_label(sentences[above]):
        above -= 1
    return above > 0 and above < index and is_link_label(sentences[above]) and is_link_line(sentences[index])


# A bulleted or numbered line: "- Barsalogho attack: a year on, ...", "4. Ecuador: prison riot leaves dozens dead".
_LIST_ITEM = re.compile(r"^(?:[-*\u2022\u2013\u2014]|\d{1,2}[.)])\s")


def is_list_item(sentence: str) -> bool:
    """A bulleted or numbered line."""
    return _LIST_ITEM.match(sentence) is not None


def is_list_link(sentence: str) -> bool:
    """A list item without a full stop: a link in a "Related" or "Most read" list, wherever it stands."""
    return is_list_item(sentence) and not _ends_like_prose(sentence)


def is_link_line(sentence: str) -> bool:
    """A headline-like line without a full stop: a link to another story ("Eight killed as glide bombs hit
    Kharkiv"), a caption. (Shorter lines are tallies or labels: "1 fatality, 1 injured".)"""
    return not _ends_like_prose(sentence) and _has_words(sentence, MIN_LINK_WORDS)


# A headline the text opens with when the item has none: one short line, no closing stop, no menu bars ("Ten years
# after the Kunduz hospital bombing, survivors are still waiting for answers").
# (not a byline or a time stamp: "By Aurelia End with Daria Andriievska in Kyiv")
_HEADLINE_LINE = re.compile(
    r"^(?!(?:By|From|Photo|Image|Updated|Published|Posted|Written|Reporting)\b)[A-Z0-9\"'‘“][^|\n]{15,160}"
    r"(?<![.,;:])$"
)
HEADLINE_WORDS = (4, 18)


def opening_headline(body: str) -> tuple[str, str]:
    """(headline, rest of the body) when the body opens with a headline line, else ("", body)."""
    first, newline, rest = body.lstrip().partition("\n")
    first = first.strip()
    low, high = HEADLINE_WORDS
    if newline and _HEADLINE_LINE.match(first) and low <= len(first.split()) <= high:
        return first, rest
    return "", body


# A site's own title stored as the headline ("Iraq News | Iraqi Dispatch - Latest headlines"): its parts are a
# section, the outlet's name and a stock label, and none says what happened.
_TITLE_PARTS = re.compile(r"\s+[|\u2013\u2014-]\s+|\s*\|\s*")
_SITE_LABEL = re.compile(
    r"^(?:[\w'&.-]+\s+){0,3}?(?:news|headlines|latest(?:\s+(?:news|headlines|stories))?|home(?:page)?|breaking news"
    r"|top stories|news (?:today|online|live))$",
    re.IGNORECASE,
)
_OUTLET_NAME = re.compile(r"^(?:[A-Z][\w'&.-]*\s*){1,4}$")


def site_title(title: str) -> bool:
    """The headline is the site's title, not the story's: every part a stock label or a name, one a label."""
    parts = [p for p in _TITLE_PARTS.split(title.strip()) if p]
    labels = sum(_SITE_LABEL.match(p) is not None for p in parts)
    return len(parts) >= 2 and labels >= 1 and all(_SITE_LABEL.match(p) or _OUTLET_NAME.match(p) for p in parts)


def story_first(sentences: list[str]) -> list[str]:
    """A page that repeats its headline below other stories' prose (a tag page's or a section front's earlier items)
    tells its story from that line on: the story is read first, the matter above it after it (the repeat is
    dropped). `sentences[0]` is the title."""
    title = _line_key(sentences[0])
    if len(title.split()) < MIN_REPEATED_TITLE_WORDS:
        return sentences
    # (the headline's longest first word, found whatever punctuation the lines keep: "Gaza: strike kills 20")
    probe = max(title.split()[:3], key=len)
    if probe not in "\n".join(sentences[2:REPEAT_SCAN]).lower():  # (one scan of the text rules most pages out)
        return sentences
    for i in range(2, min(len(sentences), REPEAT_SCAN)):
        if sentences[i][:1].isalnum() and probe in sentences[i].lower() and _line_key(sentences[i]) == title:
            # (menus and bylines above it are furniture the lead already skips: only other stories' prose moves)
            if any(is_prose(sentence) for sentence in sentences[1:i]):
                return [sentences[0], *sentences[i + 1 :], *sentences[1:i]]
            return sentences
    return sentences


def _line_key(line: str) -> str:
    return " ".join(_NON_WORD.split(line.lower())).strip()


_NON_WORD = re.compile(r"\W+")
MIN_REPEATED_TITLE_WORDS = 5  # a short headline ("Live updates", "Kyiv") repeats as a label, not as the story's
REPEAT_SCAN = 60  # sentences searched for the repeat (a tag page's items run on)


def lead_end(sentences: list[str], has_title: bool, lead_sentences: int) -> int:
    """Index after the lead: the title and the first `lead_sentences` sentences of prose, so that furniture above
    the story takes no slot. Without such prose in reach the lead is the first sentences, whatever they are."""
    first = 1 if has_title else 0
    end = first + lead_sentences
    found = 0
    live = False
    for i in range(first, min(len(sentences), first + LEAD_SCAN)):
        if is_prose(sentences[i]):
            found += 1
            end = max(end, i + 1)
            live = live or _LIVE_ENTRY.match(sentences[i]) is not None
            if found == lead_sentences:
                break
    if live:
        # A live page's time-stamped entries sit above the story itself: its dated first paragraph joins the lead
        # ("16:30 - The toll has climbed to 23" ... "KYIV - Russia launched 31 missiles overnight").
        for i in range(end, min(len(sentences), first + LEAD_SCAN)):
            if dateline_end(sentences[i]):
                return i + 1
    return end


# A live page's entry opens with its time: "16:30 -", "07:45 GMT -", "Updated 11:10:".
_LIVE_ENTRY = re.compile(
    r"(?:updated?:?\s+)?(?P<h>\d{1,2})[:.](?P<m>\d{2})\s*(?P<suffix>[ap]\.?m\.?|gmt|utc|local time)?\s*"
    r"(?:\u2014|\u2013|-|:)\s",
    re.IGNORECASE,
)


def live_entry_minutes(sentence: str) -> int | None:
    """Minutes after midnight of a live page's entry stamp at the start of the sentence, else None."""
    m = _LIVE_ENTRY.match(sentence)
    if m is None:
        return None
    hours, half = int(m.group("h")), (m.group("suffix") or " ")[0].lower()
    if half in "ap":  # "4.15 pm -": a 12-hour clock
        hours = hours % 12 + (12 if half == "p" else 0)
    return hours * 60 + int(m.group("m"))


# A dateline opens the story with the place it was filed from, in capitals: "DUBAI, United Arab Emirates (AP) -",
# "KYIV, Sept 24 (Reuters) -", "QUETTA:", "PORT-AU-PRINCE, Haiti (AP) -".
_DATELINE = re.compile(
    r"[A-Z][A-Z'.-]{2,}(?:[ -][A-Z][A-Z'.-]+){0,3}(?=[,:( ])[^\n\u2014\u2013]{0,60}?(?:\u2014|\u2013|\s-\s|:\s)"
)


def dateline_end(sentence: str) -> int:
    """Where the sentence's dateline ends (0: it has none)."""
    m = _DATELINE.match(sentence)
    return m.end() if m else 0
