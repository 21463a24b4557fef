"""Dedup semantics on invented fixture stories (tests/fixtures/dedup/stories.json), with the in-memory store."""

from __future__ import annotations

import argparse
import html
import io
import json
import random
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from services import cli
from services.processor.dedup import DEFAULT_THRESHOLD, SAME_OUTLET_THRESHOLD, Deduplicator, MemoryStore, outlet_of
from services.processor.dedup.batch import dedup_lines
from services.processor.dedup.sketch import (
    HASH_BUFFER_ROWS,
    MinHasher,
    estimate_jaccard,
    estimate_similarity,
    pack_bits,
    unpack_bits,
)
from services.processor.dedup.store import decode_id, encode_id
from services.processor.dedup.text import (
    URL_RE,
    WORD_RE,
    BoilerplateLearner,
    bigram_hashes,
    clean,
    content_hash,
    line_word_tokens,
    word_tokens,
    words,
)
from tests.fixtures.dedup.streams import mixed_stream
from tests.fixtures.dedup.transforms import TRANSFORMS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dedup"
STORIES = {s["id"]: s for s in json.loads((FIXTURES / "stories.json").read_text(encoding="utf-8"))["stories"]}
DAY_S = 86400.0


class FakeClock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def make_dedup(clock: FakeClock | None = None, **kwargs: float) -> Deduplicator:
    return Deduplicator(MemoryStore(), clock=clock or FakeClock(), **kwargs)  # type: ignore[arg-type]


async def check_story(dedup: Deduplicator, story_id: str, *, as_id: str | None = None):  # type: ignore[no-untyped-def]
    story = STORIES[story_id]
    return await dedup.check(as_id or story_id, title=story["title"], text=story["text"])


async def seed_all(dedup: Deduplicator) -> None:
    for story_id in STORIES:
        result = await check_story(dedup, story_id)
        assert result.duplicate_of is None, f"{story_id} merged with {result.duplicate_of}"


@pytest.mark.parametrize("transform", sorted(TRANSFORMS))
async def test_syndicated_copies_are_caught(transform: str) -> None:
    dedup = make_dedup()
    await seed_all(dedup)
    for story_id, story in STORIES.items():
        rng = random.Random(f"{story_id}:{transform}")
        title, text = TRANSFORMS[transform](story["title"], story["text"], rng)
        result = await dedup.check(f"{story_id}~{transform}", title=title, text=text)
        assert result.duplicate_of == story_id, (transform, story_id, result)
        assert result.cluster_id == story_id
        assert result.similarity >= DEFAULT_THRESHOLD
        assert result.method in ("content_hash", "minhash")


async def test_new_headline_over_the_same_body_is_a_content_hash_match() -> None:
    dedup = make_dedup()
    await check_story(dedup, "rail-strike-vote")
    story = STORIES["rail-strike-vote"]
    # Typography and markup differ, the words do not.
    body = "<p>" + story["text"].upper().replace("\n", "</p>\n<p>") + "</p>"
    result = await dedup.check("copy", title="Rail walkouts loom", text=body)
    assert (result.duplicate_of, result.method, result.similarity) == ("rail-strike-vote", "content_hash", 1.0)


async def test_same_event_other_outlet_same_place_and_same_company_are_not_merged() -> None:
    dedup = make_dedup()
    results = {story_id: await check_story(dedup, story_id) for story_id in STORIES}
    assert all(r.duplicate_of is None and r.method is None for r in results.values())
    assert all(r.similarity < DEFAULT_THRESHOLD for r in results.values())
    assert {r.cluster_id for r in results.values()} == set(STORIES)


async def test_two_events_sharing_a_background_paragraph_are_not_merged() -> None:
    """Reports of two attacks on one city often repeat the same background; that alone is not a copy."""
    background = (
        "The port handles a large share of the country's grain exports, which resumed under a maritime corridor "
        "last year after months of blockade, and it has been hit repeatedly since the summer.\n"
        "Air defence units in the south say they face drones almost every night."
    )
    dedup = make_dedup()
    monday, thursday = STORIES["harbour-strike-monday"], STORIES["harbour-strike-thursday"]
    await dedup.check("monday", title=monday["title"], text=monday["text"] + "\n" + background)
    result = await dedup.check("thursday", title=thursday["title"], text=thursday["text"] + "\n" + background)
    assert result.duplicate_of is None
    assert 0.0 < result.similarity < DEFAULT_THRESHOLD  # compared (shared buckets), and rejected


async def test_first_seen_copy_is_the_original_for_every_later_copy() -> None:
    clock = FakeClock()
    dedup = make_dedup(clock)
    first = await check_story(dedup, "flood-warning-valley", as_id="a")
    story = STORIES["flood-warning-valley"]
    rng = random.Random(1)
    for copy_id, name in (("b", "truncation"), ("c", "word_swaps"), ("d", "paragraph_shuffle")):
        clock.now += 600
        title, text = TRANSFORMS[name](story["title"], story["text"], rng)
        result = await dedup.check(copy_id, title=title, text=text)
        assert (result.duplicate_of, result.cluster_id, result.first_seen) == ("a", "a", first.first_seen)


async def test_a_copy_after_the_window_is_a_new_story() -> None:
    clock = FakeClock()
    dedup = make_dedup(clock, window_s=2 * DAY_S)
    await check_story(dedup, "brewer-q2-results", as_id="old")
    clock.now += 1.5 * DAY_S
    inside = await check_story(dedup, "brewer-q2-results", as_id="inside")
    assert inside.duplicate_of == "old"
    clock.now += 1.0 * DAY_S  # 2.5 days after the original
    after = await check_story(dedup, "brewer-q2-results", as_id="after")
    assert after.duplicate_of is None and after.cluster_id == "after"


async def test_replaying_an_article_keeps_it_unique_with_its_first_seen_time() -> None:
    clock = FakeClock()
    dedup = make_dedup(clock)
    first = await check_story(dedup, "rail-strike-vote")
    clock.now += 60
    again = await check_story(dedup, "rail-strike-vote")
    assert again.duplicate_of is None and again.first_seen == first.first_seen


async def test_short_and_empty_documents_are_never_merged() -> None:
    dedup = make_dedup()
    for article_id in ("x", "y"):
        result = await dedup.check(article_id, title="Live updates", text="")
        assert result.duplicate_of is None


async def test_feed_boilerplate_does_not_make_items_copies() -> None:
    """Different items of one feed that share a long footer are different stories."""
    footer = "\n".join(
        [
            "Subscribe to the channel for new episodes every week and turn on notifications.",
            "Get the official merchandise at our online store with free shipping on orders over fifty dollars.",
            "Join the members club for early access to videos and behind the scenes content.",
            "Follow the hosts on every social network and send us your questions for the next show.",
        ]
    )
    items = [
        "The hosts test a folding phone after a year of daily use and find the hinge still works.",
        "A listener asks whether cheap power banks are safe, and the answer involves a fire extinguisher.",
        "The team builds a silent gaming computer that fits inside a shoebox.",
        "Why the new game console is smaller but uses the same chip as last year's model.",
        "An interview with the engineer who designed a keyboard for one-handed typing.",
    ]
    dedup = make_dedup()
    for number, lead in enumerate(items):
        result = await dedup.check(f"video-{number}", title=f"Episode {number}", text=f"{lead}\n{footer}")
        if number >= 3:  # the footer has been seen in three items by now: it is learned boilerplate
            assert result.duplicate_of is None, (number, result)


def test_boilerplate_learner_strips_repeated_short_lines_only() -> None:
    learner = BoilerplateLearner(min_articles=2)
    learner.split_words("Story one.\nRead more on our site")
    learner.split_words("Story two.\nRead more on our site")
    kept, every = learner.split_words("Story three.\nRead more on our site")
    assert kept == ["story", "three"] and every == ["story", "three", "read", "more", "on", "our", "site"]


def test_estimated_similarity_tracks_exact_containment() -> None:
    hasher = MinHasher()
    rng = np.random.default_rng(7)
    errors = []
    for _ in range(200):
        base = rng.integers(0, 1 << 62, size=int(rng.integers(30, 400)), dtype=np.uint64)
        keep = base[: int(len(base) * rng.uniform(0.3, 1.0))]
        extra = rng.integers(0, 1 << 62, size=int(rng.integers(0, 150)), dtype=np.uint64)
        other = np.unique(np.concatenate([keep, extra]))
        a, b = hasher.sketch(np.unique(base)), hasher.sketch(other)
        assert a is not None and b is not None
        exact = len(set(base.tolist()) & set(other.tolist())) / min(len(set(base.tolist())), len(other))
        errors.append(estimate_similarity(a.signature, a.size, b.signature, b.size) - exact)
    assert abs(float(np.mean(errors))) < 0.03
    assert float(np.percentile(np.abs(errors), 90)) < 0.15


def test_text_normalisation_ignores_markup_links_and_case() -> None:
    assert words("<b>Hello</b>, WORLD! https://example.com/x?y=1 &amp; more") == ["hello", "world", "more"]
    assert content_hash(words("A  b\nC")) == content_hash(words("a B c"))
    assert bigram_hashes(words("one two three two three")).size == 3


@pytest.mark.parametrize(
    "text",
    [
        "Plain words, punctuation; and snake_case_names 42 times!",
        "Line one.\nLine two\r\nLine three\rfour\x0bfive\x0csix\x1cseven\x1dB\x1eC\x1fD\tE",
        "Tabs\tand  double  spaces -- dashes/slashes (parens) [brackets] {braces} 'quotes' \"dq\" a@b #tag $5 %x ^y",
        "Naïve café — ünïcode words, 東京 and Straße\u2028second line\x85third",
        "Visit WWW.Example.COM/page or HTTPS://news.example/x?y=1, www, http and https alone stay",
        "",
        "\n\n",
    ],
)
def test_word_and_line_tokens_are_the_regex_tokens(text: str) -> None:
    """The ASCII fast path (translate and split) gives exactly WORD_RE's tokens, line by line as well."""
    cleaned = clean(text)
    assert word_tokens(cleaned) == WORD_RE.findall(cleaned)
    assert line_word_tokens(cleaned) == [WORD_RE.findall(line) for line in cleaned.splitlines()]


@pytest.mark.parametrize("text", ["see WWW.Example.com/a now", "HTTPS://x.example/y z", "no links here", "a www.b"])
def test_clean_drops_links_whatever_their_case(text: str) -> None:
    assert clean(text) == URL_RE.sub(" ", unicodedata.normalize("NFKC", html.unescape(text))).casefold()


def test_sketch_matches_the_plain_minhash_formula_whatever_was_hashed_before() -> None:
    """Signatures and band keys are what the stores hold: the hasher's reused buffer must not change them."""
    hasher = MinHasher()
    rng = np.random.default_rng(11)
    sizes = [HASH_BUFFER_ROWS + 50, 700, 3, 1, HASH_BUFFER_ROWS]
    for size in sizes:
        bigrams = np.unique(rng.integers(0, 1 << 63, size=size, dtype=np.uint64))
        sketch = hasher.sketch(bigrams)
        assert sketch is not None
        mins = (np.multiply.outer(bigrams, hasher._a) + hasher._b).min(axis=0) >> np.uint64(32)
        low = (mins & np.uint64(0xF)).astype(np.uint8)
        assert sketch.signature == bytes((low[0::2] | (low[1::2] << 4)).tolist())
        keys = np.zeros(hasher.bands, dtype=np.uint64)
        for row in range(hasher.rows):
            z = keys ^ mins[row : hasher.bands * hasher.rows : hasher.rows] ^ hasher._band_salt
            z ^= z >> np.uint64(30)
            z *= np.uint64(0xBF58476D1CE4E5B9)
            z ^= z >> np.uint64(27)
            z *= np.uint64(0x94D049BB133111EB)
            z ^= z >> np.uint64(31)
            keys = z
        assert sketch.band_keys.tolist() == keys.tolist()
        assert sketch.size == bigrams.size


@pytest.mark.parametrize("article_id", ["0123456789abcdef", "page:abc", "seven77", "x" * 7, "ü", ""])
def test_article_ids_round_trip_through_their_stored_form(article_id: str) -> None:
    assert decode_id(encode_id(article_id)) == article_id


async def test_batch_writes_one_line_per_input_and_an_error_line_for_bad_input() -> None:
    stories = list(STORIES.values())
    copy = dict(stories[0], id="copy-1", title="Another headline")
    lines = [json.dumps(s) for s in stories[:3]] + ["{not json", json.dumps({"title": "no id"}), json.dumps(copy)]
    out = io.StringIO()
    args = argparse.Namespace(threshold=DEFAULT_THRESHOLD, window_s=7 * DAY_S, clock="wall")
    errors = await dedup_lines(io.StringIO("\n".join(lines) + "\n"), out, args)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert errors == 2 and len(rows) == len(lines)
    assert [r.get("duplicate_of") for r in rows[:3]] == [None, None, None]
    assert "error" in rows[3] and "error" in rows[4]
    assert rows[5]["id"] == "copy-1" and rows[5]["duplicate_of"] == stories[0]["id"]
    assert rows[5]["similarity"] == 1.0 and rows[5]["method"] == "content_hash"


def test_tocsin_dedup_command_reads_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = STORIES["harbour-strike-thursday"]
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "one", **{k: story[k] for k in ("title", "text")}, "published": "2024-05-02T10:00:00Z"})
        + "\n"
        + json.dumps({"id": "two", "title": "x", "text": story["text"] + "\nShare this story."})
        + "\n",
        encoding="utf-8",
    )
    assert cli.main(["dedup", str(path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["duplicate_of"] for r in rows] == [None, "one"]
    assert rows[1]["method"] == "minhash" and rows[1]["similarity"] > 0.9


def test_bad_parameters_are_refused() -> None:
    with pytest.raises(ValueError, match="threshold"):
        Deduplicator(MemoryStore(), threshold=0)
    with pytest.raises(ValueError, match="bands"):
        MinHasher(num_perm=16, bands=16, rows=2)


def _rate_bulletin(currency: str, code: str, rate: str, change: str, low: str, high: str, comment: str) -> str:
    """One outlet's daily template: the same sentences every day and for every currency, different figures."""
    return "\n".join(
        [
            f"How much does the {currency} cost today? The average exchange rate of the {currency} ({code}) against "
            f"the zloty was {rate} on Tuesday morning, according to the interbank market.",
            f"Compared with the previous session the {currency} changed by {change} percent.",
            f"During the last week the lowest rate of the {currency} was {low} and the highest was {high}.",
            comment,
            "The rates shown are the averages of the interbank market and may differ from the rates offered by "
            "banks and exchange offices, which add their own margin.",
            "Check the current exchange rates of the most popular currencies in our daily service.",
        ]
    )


async def test_an_outlets_templated_items_are_not_merged_but_its_republications_are() -> None:
    franc = _rate_bulletin(
        "Swiss franc",
        "CHF",
        "4.6754",
        "0.21",
        "4.6410",
        "4.7012",
        "Traders said the franc gained as investors looked for safe assets after weak factory data from Germany, and "
        "mortgage borrowers with loans in francs will watch whether the central bank in Bern signals another cut.",
    )
    dollar = _rate_bulletin(
        "US dollar",
        "USD",
        "4.2131",
        "-0.35",
        "4.1985",
        "4.2544",
        "The dollar slipped ahead of retail sales figures from Washington, while analysts pointed to falling bond "
        "yields and said exporters had been selling dollars before the end of the month.",
    )
    site = "https://rates.example.com/currency/"
    # Without knowing the outlet the template alone is enough for a merge: the test below is not vacuous.
    blind = make_dedup()
    await blind.check("franc", title="Franc rate", text=franc)
    assert (await blind.check("dollar", title="Dollar rate", text=dollar)).duplicate_of == "franc"

    dedup = make_dedup()
    await dedup.check("franc", title="Franc rate", text=franc, url=site + "chf")
    dollar_result = await dedup.check("dollar", title="Dollar rate", text=dollar, url=site + "usd")
    assert dollar_result.duplicate_of is None
    assert DEFAULT_THRESHOLD <= dollar_result.similarity < SAME_OUTLET_THRESHOLD
    # The same outlet republishing its own item (typo fixed, new URL) is still one story.
    fixed = await dedup.check(
        "franc-fixed", title="Franc rate", text=franc.replace("zloty", "złoty"), url=site + "chf2"
    )
    assert fixed.duplicate_of == "franc"
    # Another outlet's copy of a story is held to the ordinary threshold.
    story = STORIES["rail-strike-vote"]
    await dedup.check("rail", title=story["title"], text=story["text"], url="https://www.wire.example/rail")
    title, text = TRANSFORMS["combined"](story["title"], story["text"], random.Random(2))
    copy = await dedup.check("rail-copy", title=title, text=text, url="https://gazette.example/rail")
    assert copy.duplicate_of == "rail"


def test_outlet_is_the_site_without_www() -> None:
    assert outlet_of("https://www.example.com/a") == outlet_of("http://example.com/b?x=1") != 0
    assert outlet_of("https://other.example/a") != outlet_of("https://example.com/a")
    assert outlet_of(None) == outlet_of("") == outlet_of("not a url") == 0


@pytest.mark.parametrize("bits", [1, 2, 4, 8])
def test_b_bit_signatures_pack_and_compare(bits: int) -> None:
    values = np.random.default_rng(bits).integers(0, 1 << bits, size=128, dtype=np.uint8)
    packed = pack_bits(values, bits).tobytes()
    assert len(packed) == 128 * bits // 8
    assert unpack_bits(packed, bits).tolist() == values.tolist()
    assert estimate_jaccard(packed, packed, bits) == 1.0
    hasher = MinHasher(bits=bits)
    rng = np.random.default_rng(3)
    shared = rng.integers(0, 1 << 62, size=300, dtype=np.uint64)
    a = hasher.sketch(np.unique(np.concatenate([shared, rng.integers(0, 1 << 62, size=300, dtype=np.uint64)])))
    b = hasher.sketch(np.unique(np.concatenate([shared, rng.integers(0, 1 << 62, size=300, dtype=np.uint64)])))
    assert a is not None and b is not None
    # True Jaccard 300 / 900 = 0.33; b-bit estimates are noisier with fewer bits, never far off.
    assert abs(estimate_jaccard(a.signature, b.signature, bits) - 1 / 3) < 0.15


async def test_check_many_gives_what_checking_one_at_a_time_gives() -> None:
    """Copies, a verbatim reprint of a copy and teasers, all in one batch: the batch settles them (and releases the
    copies) as the one-at-a-time path does, including a reprint whose text is that of a copy in the same batch."""
    stream = mixed_stream()
    one_at_a_time = make_dedup()
    expected = [
        await one_at_a_time.check(a.article_id, title=a.title, text=a.text, url=a.url, published=a.published)
        for a in stream
    ]
    batched = make_dedup()
    got = await batched.check_many(stream)
    assert got == expected
    assert {r.method for r in got} == {None, "minhash", "content_hash"}
    assert len(batched.store) == len(one_at_a_time.store)  # type: ignore[arg-type]  # copies released: originals only
    # A second batch finds the first batch's originals.
    again = await batched.check_many(stream[:1])
    assert again[0].duplicate_of is None and again[0].similarity == 1.0  # a replay of a recorded article
