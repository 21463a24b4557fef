"""The speed-ups of the tagger must not change what it finds: each fast path is checked against the plain
regex it replaces, on the project's own sentences."""

from __future__ import annotations

import re

import pytest

from services.processor.tagging.gazetteer import _RUN, _RUN_ASCII, is_locative
from services.processor.tagging.text import split_sentences
from services.processor.tagging.wordindex import PatternKeyError, PhraseIndex, first_word_keys, split_alternatives

SENTENCES = [
    "Air strikes hit the market at dawn, and a second strike hit the clinic; the army denied any air strike.",
    "Militants attacked an army post near the border, then the soldiers fought back for two hours.",
    "More than 40 drones and 12 missiles were launched overnight, the air force said, and 35 were shot down.",
    "Ceasefire talks resumed on Monday as rockets and mortars fell on the outskirts of the town.",
    "The 2019 report on artillery shelling was reviewed; shelling, it said, killed dozens over the years.",
    "Nobody was hurt.",
    "",
    # Non-ASCII sentences take the Unicode-compiled patterns (ASCII ones the re.ASCII copies): same results.
    "Drones struck the café district at dawn — 12 missiles hit the clinic, and the army fought back.",
    "İstanbul talks: ceasefire talks on the évacuation; air strikes on Khárkiv killed dozens.",
]
PATTERNS = {
    "strike": r"air ?strikes?|strikes? (?:on|hit|hits)|second strike",
    "fight": r"attack(?:s|ed)? (?:an? |the )?(?:[\w-]+ ){0,2}?(?:post|base)|fought(?: back)?|clash\w*",
    "weapon": r"drones?|missiles?|rockets?|mortars?|artillery|shelling",
    "talks": r"ceasefire(?: talks)?|talks",
    "count": r"\d+ (?:drones|missiles)|dozens",
    "zero": r"nobody was hurt|no one was hurt",
}


def test_first_word_keys_cover_every_way_a_pattern_can_start() -> None:
    assert first_word_keys(r"\b(?:air ?strikes?|s-300s?|claim\w*|rall(?:y|ies))\b") == {"air", "s", "cla", "ral"}
    assert first_word_keys(r"(?:at least\s+)?\d+\s+killed") == {"at", "#"}


@pytest.mark.parametrize("pattern", [r"\w+ attack", r"-live", r"no"])
def test_patterns_that_cannot_be_keyed_are_refused(pattern: str) -> None:
    with pytest.raises(PatternKeyError):
        first_word_keys(pattern)


def test_split_alternatives_respects_groups_and_classes() -> None:
    assert split_alternatives(r"a|b(?:c|d)|[|x]|e\|f") == ["a", r"b(?:c|d)", "[|x]", r"e\|f"]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_phrase_index_finds_what_finditer_finds(sentence: str) -> None:
    index = PhraseIndex(PATTERNS, wrap=r"\b(?:{})\b")
    for name, src in PATTERNS.items():
        plain = re.compile(rf"\b(?:{src})\b", re.IGNORECASE)
        assert [m.span() for m in index.finditer(name, sentence)] == [m.span() for m in plain.finditer(sentence)]
        assert index.counts(sentence)[name] == len(plain.findall(sentence))


@pytest.mark.parametrize("sentence", SENTENCES)
def test_first_hits_behave_like_one_alternation_of_named_groups(sentence: str) -> None:
    index = PhraseIndex(PATTERNS, wrap=r"\b(?:{})\b")
    combined = re.compile("|".join(rf"(?P<{n}>\b(?:{p})\b)" for n, p in PATTERNS.items()), re.IGNORECASE)
    expected: dict[str, int] = {}
    for m in combined.finditer(sentence):
        assert m.lastgroup is not None
        expected[m.lastgroup] = expected.get(m.lastgroup, 0) + 1
    assert dict(index.first_hits(sentence)) == expected


def test_sentence_split_edge_cases() -> None:
    # A line break after an abbreviation ends the sentence; a closing quote before it does not change that rule.
    assert split_sentences("It was signed by Gen. Smith and Col. V.\n\nTalks went on.") == [
        "It was signed by Gen. Smith and Col. V.",
        "Talks went on.",
    ]
    assert split_sentences('He called it "Plan B."\nThe talks failed.') == ['He called it "Plan B."\nThe talks failed.']
    assert split_sentences("Prices rose 3.5 percent. (Officials agreed.) Then it rained!") == [
        "Prices rose 3.5 percent.",
        "(Officials agreed.)",
        "Then it rained!",
    ]


_LOCATIVE_REGEX = re.compile(r"(?:\b(?:in|near|at|of|city|region|near the)\s+(?:the\s+)?(?:\w+\s+)?)$", re.IGNORECASE)


@pytest.mark.parametrize(
    "before",
    ["shelling in ", "fighting near the town of ", "(in ", "a drone over ", "in eastern ", "in the eastern ",
     "in the far eastern ", "co-in ", "in Kyiv, ", "", "in", "the city ", "Sinai: in "],
)  # fmt: skip
def test_is_locative_matches_the_regex_it_replaces(before: str) -> None:
    words_in_regex = {"in", "near", "at", "of", "city", "region"}
    if set(re.findall(r"\w+", before.lower())) & ({"over"} - words_in_regex):
        assert is_locative(before)  # "over" is locative in the full list, not in this reduced regex
    else:
        assert is_locative(before) == bool(_LOCATIVE_REGEX.search(before))


@pytest.mark.parametrize(
    "sentence", [*SENTENCES, "In Al-Raqqa and Santa Cruz de la Sierra, the U.S. envoy met Kyiv's mayor."]
)
def test_ascii_run_regex_finds_the_same_runs(sentence: str) -> None:
    if not sentence.isascii():
        sentence = sentence.encode("ascii", "ignore").decode()
    assert [m.span() for m in _RUN_ASCII.finditer(sentence)] == [m.span() for m in _RUN.finditer(sentence)]
