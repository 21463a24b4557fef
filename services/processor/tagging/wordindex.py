"""Named regexes tried only where a word starts that can begin them: the speed of a dictionary lookup per word,
the expressiveness (and the exact results) of the regexes.

Python's `re` tries every alternative of a big alternation at every word of the text; most words begin none of
them. `PhraseIndex` reads each pattern's syntax tree once to learn which word prefixes (the first `KEY_CHARS`
letters, lower-cased; `#` for a word that starts with a digit) can start a match, and then, per word of a sentence,
runs only the patterns keyed by that word's prefix, anchored there (`Pattern.match(text, pos)`). `finditer` keeps
the non-overlapping, left-to-right semantics of `Pattern.finditer`; `first_hits` those of one alternation of named
groups (the first pattern that matches at a position wins, and the scan goes on after its match).

A pattern that can start with a non-word character is rejected at build time (it could match between words).
"""

from __future__ import annotations

import re
import re._constants as sre_c  # the stdlib's own regex syntax tree: the only exact reading of a pattern
import re._parser as sre_parse
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from typing import Any

KEY_CHARS = 3
DIGIT_KEY = "#"
_MAX_REPEAT_UNROLL = KEY_CHARS + 1
_WORD = re.compile(r"\w+")
_WILDCARD = "\0"  # a position that can be any word character


class PatternKeyError(ValueError):
    """A pattern whose first word cannot be keyed (it starts with a wildcard or a non-word character)."""


def word_key(word: str) -> str:
    return DIGIT_KEY if word[0].isdigit() else word[:KEY_CHARS].lower()


# One match per word: a digit-led word, else its first letters as group 1.
_WORD_HEAD = re.compile(rf"\d\w*|(\w{{1,{KEY_CHARS}}})\w*")
_WORD_HEAD_ASCII = re.compile(_WORD_HEAD.pattern, re.ASCII)  # the same words in ASCII text, found faster


@lru_cache(maxsize=2048)
def word_starts(sentence: str) -> dict[str, list[int]]:
    """Key -> offsets of the words of a sentence with that key (see `word_key`). One pass per sentence, cached
    because every index reads the same sentences; an index then intersects its keys with the sentence's (a set
    operation in C) instead of looking up every word."""
    lowered = sentence.lower()
    offsets: defaultdict[str, list[int]] = defaultdict(list)
    if len(lowered) != len(sentence):  # a few letters lower-case to two characters: offsets would shift
        for m in _WORD.finditer(sentence):
            offsets[word_key(m.group())].append(m.start())
    else:
        for m in (_WORD_HEAD_ASCII if lowered.isascii() else _WORD_HEAD).finditer(lowered):
            offsets[m[1] or DIGIT_KEY].append(m.start())
    offsets.default_factory = None  # shared through the cache: a missing key must not be added by a reader
    return offsets


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _chars_of_set(items: list[tuple[Any, Any]]) -> list[str]:
    chars: list[str] = []
    for op, av in items:
        if op is sre_c.LITERAL:
            chars.append(chr(av))
        elif op is sre_c.RANGE and av[1] - av[0] <= 40:
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre_c.CATEGORY and av is sre_c.CATEGORY_DIGIT:
            chars.extend("0123456789")
        elif op is sre_c.CATEGORY and av is sre_c.CATEGORY_SPACE:
            chars.append(" ")
        else:  # \w, a negated set, a wide range: any character
            return [_WILDCARD]
    return chars


def first_word_keys(pattern: str) -> set[str]:
    """Every key (see `word_key`) of a word at which `pattern` can start matching."""
    keys: set[str] = set()

    def finish(prefix: str) -> None:
        if not prefix:
            raise PatternKeyError(f"wordindex: pattern can start with a non-word character: {pattern[:60]!r}")
        keys.add(prefix)

    def add_char(ch: str, prefix: str, cont: Callable[[str], None]) -> None:
        if ch == _WILDCARD:
            if len(prefix) < KEY_CHARS:
                if prefix == "":
                    raise PatternKeyError(f"wordindex: pattern starts with a wildcard: {pattern[:60]!r}")
                raise PatternKeyError(f"wordindex: wildcard within the first {KEY_CHARS} letters: {pattern[:60]!r}")
            return
        if not _is_word_char(ch):
            finish(prefix)  # the first word ends here
            return
        if prefix == "" and ch.isdigit():
            keys.add(DIGIT_KEY)
            return
        grown = prefix + ch.lower()
        if len(grown) >= KEY_CHARS:
            keys.add(grown)
        else:
            cont(grown)

    def walk(items: list[tuple[Any, Any]], idx: int, prefix: str, cont: Callable[[str], None]) -> None:
        if idx == len(items):
            cont(prefix)
            return
        op, av = items[idx]

        def rest(p: str) -> None:
            walk(items, idx + 1, p, cont)

        if op is sre_c.LITERAL:
            add_char(chr(av), prefix, rest)
        elif op is sre_c.IN:
            for ch in _chars_of_set(av):
                add_char(ch, prefix, rest)
        elif op in (sre_c.ANY, sre_c.NOT_LITERAL):
            add_char(_WILDCARD, prefix, rest)
        elif op is sre_c.BRANCH:
            for branch in av[1]:
                walk(list(branch), 0, prefix, rest)
        elif op is sre_c.SUBPATTERN:
            walk(list(av[-1]), 0, prefix, rest)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            low, high, sub = av
            sub_items = list(sub)

            def repeat(p: str, done: int) -> None:
                if done >= low:
                    rest(p)
                if done < high and done < _MAX_REPEAT_UNROLL:
                    walk(sub_items, 0, p, lambda q: repeat(q, done + 1))

            repeat(prefix, 0)
        elif op is sre_c.AT:
            if av in (sre_c.AT_END, sre_c.AT_END_STRING) or (av is sre_c.AT_BOUNDARY and prefix):
                finish(prefix)  # the first word is exactly `prefix`
            else:
                rest(prefix)  # a leading \b or ^: zero width
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            rest(prefix)  # lookarounds consume nothing; the anchored match checks them
        else:
            raise PatternKeyError(f"wordindex: unsupported syntax {op} in {pattern[:60]!r}")

    def pattern_end(prefix: str) -> None:
        if len(prefix) < KEY_CHARS:
            # "no" could be the word "no" or the start of "nobody": end the pattern with \b or a longer literal.
            raise PatternKeyError(f"wordindex: pattern may end inside its first word: {pattern[:60]!r}")
        keys.add(prefix)

    walk(list(sre_parse.parse(pattern)), 0, "", pattern_end)
    return keys


def split_alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regex source (`a|b(?:c|d)` -> `a`, `b(?:c|d)`)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    begin = 0
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if source[i + 1 : i + 2] == "]" or source[i + 1 : i + 3] == "^]":
                i += 2 if source[i + 1] == "]" else 3  # a "]" right after "[" or "[^" is a literal
                continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[begin:i])
            begin = i + 1
        i += 1
    parts.append(source[begin:])
    return parts


Candidate = tuple[int, tuple[tuple[str, re.Pattern[str]], ...]]


def _offset(candidate: Candidate) -> int:
    return candidate[0]


class PhraseIndex:
    """An ordered set of named patterns, each tried only at the words that can begin it.

    Each pattern is also cut into its top-level alternatives, and for every word key only the alternatives that
    can start with it are compiled together (in their order): an anchored match then tries a handful of
    alternatives, not the hundred of a whole category, and finds the same first match."""

    def __init__(
        self, patterns: Mapping[str, str | re.Pattern[str]], *, flags: int = re.IGNORECASE, wrap: str = "{}"
    ) -> None:
        """`patterns`: name -> source (compiled with `flags`, wrapped by `wrap`) or an already compiled pattern."""
        self.names = tuple(patterns)
        self.compiled: dict[str, re.Pattern[str]] = {}
        by_key: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        subsets: dict[tuple[str, int], re.Pattern[str]] = {}
        for name, src in patterns.items():
            if isinstance(src, re.Pattern):
                source, pattern_flags, pattern_wrap = src.pattern, src.flags, "{}"
            else:
                source, pattern_flags, pattern_wrap = src, flags, wrap
            self.compiled[name] = re.compile(pattern_wrap.format(source), pattern_flags)
            alternatives = split_alternatives(source)
            keyed: dict[str, list[str]] = {}
            for alternative in alternatives:
                for key in first_word_keys(pattern_wrap.format(alternative)):
                    keyed.setdefault(key, []).append(alternative)
            for key, alts in keyed.items():
                joined = "|".join(alts)
                if len(alts) == len(alternatives):
                    compiled = self.compiled[name]
                else:
                    compiled = subsets.get((joined, pattern_flags)) or re.compile(
                        pattern_wrap.format(joined), pattern_flags
                    )
                    subsets[(joined, pattern_flags)] = compiled
                by_key.setdefault(key, []).append((name, compiled))
        self.by_key = {k: tuple(v) for k, v in by_key.items()}
        self.keys = frozenset(self.by_key)
        # In an ASCII sentence \w, \b and case-insensitive letters mean the same with re.ASCII, and the ASCII
        # engine compares characters faster: the same patterns, compiled again, serve ASCII sentences.
        ascii_of: dict[re.Pattern[str], re.Pattern[str]] = {}
        for entries in self.by_key.values():
            for _, pattern in entries:
                if pattern not in ascii_of:
                    ascii_of[pattern] = re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)
        self.by_key_ascii = {k: tuple((n, ascii_of[p]) for n, p in v) for k, v in self.by_key.items()}

    def candidates(self, sentence: str) -> list[Candidate]:
        """(offset, (name, pattern) pairs that may match there) for the words that begin any pattern."""
        offsets = word_starts(sentence)
        by_key = self.by_key_ascii if sentence.isascii() else self.by_key
        out = [(start, by_key[key]) for key in self.keys.intersection(offsets) for start in offsets[key]]
        out.sort(key=_offset)  # one word has one key: offsets never tie
        return out

    def finditer(self, name: str, sentence: str, cands: list[Candidate] | None = None) -> Iterator[re.Match[str]]:
        """Like `compiled[name].finditer(sentence)`."""
        end = -1
        for start, entries in self.candidates(sentence) if cands is None else cands:
            if start < end:
                continue
            for entry_name, pattern in entries:
                if entry_name == name:
                    m = pattern.match(sentence, start)
                    if m is not None:
                        end = m.end() if m.end() > start else start + 1
                        yield m
                    break

    def counts(self, sentence: str, cands: list[Candidate] | None = None,
               only: frozenset[str] | None = None) -> Counter[str]:  # fmt: skip
        """`count` of every name (or of those in `only`) in one pass over the words."""
        out: Counter[str] = Counter()
        ends: dict[str, int] = {}
        for start, entries in self.candidates(sentence) if cands is None else cands:
            for name, pattern in entries:
                if (only is None or name in only) and start >= ends.get(name, -1):
                    m = pattern.match(sentence, start)
                    if m is not None:
                        out[name] += 1
                        ends[name] = m.end() if m.end() > start else start + 1
        return out

    def matches(self, sentence: str, cands: list[Candidate] | None = None) -> dict[str, list[re.Match[str]]]:
        """`finditer` of every name, in one pass over the words; names without a match are left out."""
        out: dict[str, list[re.Match[str]]] = {}
        ends: dict[str, int] = {}
        for start, entries in self.candidates(sentence) if cands is None else cands:
            for name, pattern in entries:
                if start >= ends.get(name, -1):
                    m = pattern.match(sentence, start)
                    if m is not None:
                        out.setdefault(name, []).append(m)
                        ends[name] = m.end() if m.end() > start else start + 1
        return out

    def count(self, name: str, sentence: str, cands: list[Candidate] | None = None) -> int:
        return sum(1 for _ in self.finditer(name, sentence, cands))

    def search(self, name: str, sentence: str, cands: list[Candidate] | None = None) -> bool:
        return next(self.finditer(name, sentence, cands), None) is not None

    def first_hits(self, sentence: str, cands: list[Candidate] | None = None,
                   only: frozenset[str] | None = None) -> Counter[str]:  # fmt: skip
        """Counts per name as one alternation of the patterns, in order, would find them (first match wins)."""
        hits: Counter[str] = Counter()
        end = -1
        for start, entries in self.candidates(sentence) if cands is None else cands:
            if start < end:
                continue
            for name, pattern in entries:
                if only is not None and name not in only:
                    continue
                m = pattern.match(sentence, start)
                if m is not None:
                    hits[name] += 1
                    end = m.end()
                    break
        return hits
