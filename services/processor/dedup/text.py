"""What dedup compares: an article's normalised words, their content hash and their word-bigram hashes.

Normalising (NFKC, case-folding, markup and punctuation dropped) makes copies that differ only in typography,
whitespace or HTML hash the same. The body is the document; the title joins it only when the body is too short to
stand alone, so a wire story under a new headline still has the same content hash.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
import zlib

import numpy as np
import numpy.typing as npt

TAG_RE = re.compile(r"<[^>]{0,2000}>")
# Links are navigation, not prose: two items that only share "https www example com" are not copies.
URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
WORD_RE = re.compile(r"\w+")
# A body shorter than this many words is a teaser; the title is added so that the pair still means something.
MIN_BODY_WORDS = 20
# Very long articles are cut here: the first thousands of words identify a copy, the rest only costs time.
MAX_WORDS = 3000
# Odd 64-bit constant that mixes two word hashes into one bigram hash (golden-ratio multiplier).
BIGRAM_MIX = np.uint64(0x9E3779B97F4A7C15)


# For ASCII text, `\w+` runs are what is left after every other character becomes a space: one C pass of
# bytes.translate and str.split, ~2x cheaper than the regex. Line breaks are kept so lines split as before.
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e"
_ASCII_WORD_TABLE = bytes(
    c if c < 128 and (chr(c).isalnum() or chr(c) == "_" or chr(c) in _LINE_BREAKS) else ord(" ") for c in range(256)
)


def clean(text: str) -> str:
    """Text without markup, entities or links, NFKC-normalised and case-folded."""
    if "<" in text:
        text = TAG_RE.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = unicodedata.normalize("NFKC", text)
    # URL_RE needs "://" or a case-insensitive "www."; checking first skips a regex scan of most texts.
    if "://" in text or "www." in text.lower():
        text = URL_RE.sub(" ", text)
    return text.casefold()


def word_tokens(cleaned: str) -> list[str]:
    """Word runs of a cleaned text: the same list as WORD_RE.findall."""
    if cleaned.isascii():
        return cleaned.encode("ascii").translate(_ASCII_WORD_TABLE).decode("ascii").split()
    return WORD_RE.findall(cleaned)


def line_word_tokens(cleaned: str) -> list[list[str]]:
    """`word_tokens` of each line of a cleaned text."""
    if cleaned.isascii():
        return [
            line.split() for line in cleaned.encode("ascii").translate(_ASCII_WORD_TABLE).decode("ascii").splitlines()
        ]
    return [WORD_RE.findall(line) for line in cleaned.splitlines()]


def words(text: str) -> list[str]:
    """Lower-cased word tokens of a text, markup removed."""
    return word_tokens(clean(text))[:MAX_WORDS]


def document_words(title: str, text: str | list[str]) -> list[str]:
    """The words dedup compares: the body's, with the title's in front when the body is a short teaser."""
    body = words(text) if isinstance(text, str) else text
    if len(body) >= MIN_BODY_WORDS:
        return body
    return words(title) + body


def content_hash(tokens: list[str]) -> bytes:
    """8-byte hash of the normalised word sequence: equal for copies that differ only in form."""
    return hashlib.blake2b(" ".join(tokens).encode("utf-8"), digest_size=8).digest()


class _WordHashes(dict[str, int]):
    """Word -> CRC-32, for the words seen most: news vocabulary is small next to the number of words hashed.

    A miss computes the hash in `__missing__`, so the hit path is the dict's own C lookup (no Python call per word).
    """

    def __missing__(self, word: str) -> int:
        if len(self) >= WORD_HASH_CACHE_SIZE:
            self.clear()
        value = self[word] = zlib.crc32(word.encode("utf-8"))
        return value


WORD_HASH_CACHE_SIZE = 500_000
_WORD_HASHES = _WordHashes()


def bigram_hashes(tokens: list[str]) -> npt.NDArray[np.uint64]:
    """Distinct 64-bit hashes of the word bigrams (a single word when the document has one).

    Words are hashed with CRC-32 (stable across processes, unlike `hash()`), and bigrams are mixed in numpy.
    """
    if not tokens:
        return np.empty(0, dtype=np.uint64)
    word_hashes = np.array(list(map(_WORD_HASHES.__getitem__, tokens)), dtype=np.uint64)
    if len(tokens) == 1:
        return word_hashes
    mixed = word_hashes[:-1] * BIGRAM_MIX + word_hashes[1:]
    # Sort and drop repeats: ~10x cheaper than np.unique's hashing on a few hundred values.
    mixed.sort()
    distinct = np.empty(mixed.size, dtype=np.bool_)
    distinct[0] = True
    np.not_equal(mixed[1:], mixed[:-1], out=distinct[1:])
    return mixed[distinct]


class BoilerplateLearner:
    """Learns the lines that feeds repeat on every item (sign-up prompts, channel footers) and strips them.

    A short line seen in `min_articles` different articles is boilerplate from then on. Without this, two different
    items of one feed whose bodies are mostly the same footer look like copies. Stripping only ever shrinks the new
    article's bigram set, and similarity is containment, so a real copy stays contained in its original. State is
    per process and bounded: when it holds `max_lines` lines, those seen only once are forgotten.
    """

    def __init__(self, min_articles: int = 3, max_lines: int = 200_000, max_line_words: int = 40) -> None:
        self.min_articles = min_articles
        self.max_lines = max_lines
        self.max_line_words = max_line_words
        self._seen: dict[int, int] = {}

    def split_words(self, text: str) -> tuple[list[str], list[str]]:
        """(words of the text without learned boilerplate lines, words of the whole text)."""
        kept: list[str] = []
        every: list[str] = []
        counted: set[int] = set()
        for line_words in line_word_tokens(clean(text)):
            every += line_words
            if not line_words or len(line_words) > self.max_line_words:
                kept += line_words
                continue
            # The learner lives in one process, so Python's own hash will do; hashing the words also caches each
            # word's hash on its string, which the word-hash lookups in `bigram_hashes` then reuse.
            key = hash(tuple(line_words))
            if self._seen.get(key, 0) < self.min_articles:
                kept += line_words
            if key not in counted:
                counted.add(key)
                self._seen[key] = self._seen.get(key, 0) + 1
        if len(self._seen) > self.max_lines:
            self._seen = {k: n for k, n in self._seen.items() if n > 1}
        return kept[:MAX_WORDS], every[:MAX_WORDS]
