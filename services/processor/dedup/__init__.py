"""Cross-source deduplication: same normalised content (content hash) and near-copies (MinHash LSH on word bigrams).

Exact repeats of one article id and revisions are settled before this, in the processor's dedup agent. Here an
article is compared with every story of the sliding window, whichever feed or partition it came from; the
first-seen copy is the original and gives the cluster its id. See docs/dedup.md for the method and its measurements.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import NamedTuple
from urllib.parse import urlsplit

import msgspec

from services.processor.dedup.sketch import MinHasher, Sketch, estimate_similarity
from services.processor.dedup.store import (
    Claim,
    ClaimRequest,
    DedupStore,
    MemoryStore,
    RedisStore,
    ReleaseRequest,
    StoredStory,
)
from services.processor.dedup.text import BoilerplateLearner, bigram_hashes, content_hash, document_words
from shared.timeutil import Clock, iso, system_clock

__all__ = [
    "DEFAULT_THRESHOLD",
    "SAME_OUTLET_THRESHOLD",
    "ArticleToCheck",
    "DedupResult",
    "DedupStore",
    "Deduplicator",
    "MemoryStore",
    "RedisStore",
]

# Estimated containment of the smaller bigram set in the larger at which a copy is a duplicate; tuned on the
# syndication check set (scripts/eval_dedup.py), see docs/dedup.md.
DEFAULT_THRESHOLD = 0.45
# Two items of one outlet (same site) must agree this much: an outlet's own items share templates (exchange-rate
# tables, per-party result lists, video descriptions) that reach 0.45-0.65 between different stories, while its
# real republications (a fixed typo, a story in two of its feeds) score 0.75 and up. Measured on the rss-day file.
SAME_OUTLET_THRESHOLD = 0.7
DEFAULT_WINDOW_S = 7 * 86400
# Documents shorter than this (title + body) are too generic to call copies ("Live updates", "Photos").
MIN_WORDS = 6


class DedupResult(msgspec.Struct, kw_only=True):
    duplicate_of: str | None  # the original's article id, None when the article is unique
    similarity: float  # 1.0 for content-hash matches; for unique articles, the best score below the threshold
    method: str | None  # "content_hash" | "minhash", None when unique
    cluster_id: str  # the original's article id (the article's own id when unique)
    first_seen: str  # ISO 8601: when the cluster's original was first seen


class ArticleToCheck(NamedTuple):
    """One article for `Deduplicator.check_many`; the fields are `check`'s arguments."""

    article_id: str
    title: str
    text: str
    url: str | None = None
    published: str | None = None


class _Prepared(NamedTuple):
    request: ClaimRequest | None  # None: too short to compare, always unique


class Deduplicator:
    def __init__(
        self,
        store: DedupStore,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        same_outlet_threshold: float = SAME_OUTLET_THRESHOLD,
        window_s: float = DEFAULT_WINDOW_S,
        clock: Clock = system_clock,
        hasher: MinHasher | None = None,
        boilerplate: BoilerplateLearner | None = None,
    ) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"dedup: threshold must be in (0, 1], got {threshold}")
        if window_s <= 0:
            raise ValueError(f"dedup: window_s must be positive, got {window_s}")
        self.store = store
        self.threshold = threshold
        self.same_outlet_threshold = max(threshold, same_outlet_threshold)
        self.window_s = window_s
        self.clock = clock
        self.hasher = hasher or MinHasher()
        self.boilerplate = boilerplate or BoilerplateLearner()

    async def check(
        self,
        article_id: str,
        *,
        title: str,
        text: str,
        url: str | None = None,
        published: str | None = None,
    ) -> DedupResult:
        """Is this article a copy of a story seen in the window? Records it as a new story when it is not.

        `url` tells the outlet (its site), which sets the threshold against each candidate; identity by URL is settled
        upstream (article id = hash of the canonical URL). `published` is accepted for the stream's call: the window
        runs on the clock, not on publishers' dates.
        """
        return (await self.check_many([ArticleToCheck(article_id, title, text, url, published)]))[0]

    async def check_many(self, articles: Sequence[ArticleToCheck]) -> list[DedupResult]:
        """`check` for several articles, in order, with one store round trip for the claims and one for the
        releases (the Redis store sends them as one script call each). The result is the one `check` gives when
        called on each article in turn, except that articles of one batch share one clock reading.
        """
        now = self.clock()
        prepared = self._prepare_many(articles)
        requests = [p.request for p in prepared if p.request is not None]
        claims = iter(await self.store.claim_many(requests, now=now, window_s=self.window_s))
        results: list[DedupResult] = []
        releases: list[ReleaseRequest] = []
        settled: dict[str, DedupResult] = {}  # this batch's near-duplicates, by id
        for article, p in zip(articles, prepared, strict=True):
            if p.request is None:
                results.append(self._unique(article.article_id, 0.0, now))
                continue
            claim = next(claims)
            result = self._settle(p.request, claim, now, settled)
            if result.method == "minhash":
                releases.append(
                    ReleaseRequest(
                        article.article_id, p.request.content_hash, p.request.sketch, claim, result.duplicate_of or ""
                    )
                )
                settled[article.article_id] = result
            results.append(result)
        if releases:
            await self.store.release_many(releases)
        return results

    def _prepare_many(self, articles: Sequence[ArticleToCheck]) -> list[_Prepared]:
        words: list[list[str]] = []
        for article in articles:
            kept, every = self.boilerplate.split_words(article.text)
            # A body that is nothing but learned boilerplate falls back to the full text (with the title).
            words.append(document_words(article.title, kept if kept else every))
        comparable = [i for i, tokens in enumerate(words) if len(tokens) >= MIN_WORDS]
        sketches = self.hasher.sketch_many([bigram_hashes(words[i]) for i in comparable])
        prepared = [_Prepared(None)] * len(articles)
        for i, sketch in zip(comparable, sketches, strict=True):
            article = articles[i]
            request = ClaimRequest(article.article_id, content_hash(words[i]), sketch, outlet_of(article.url))
            prepared[i] = _Prepared(request)
        return prepared

    def _unique(self, article_id: str, similarity: float, first_seen: float) -> DedupResult:
        return DedupResult(
            duplicate_of=None, similarity=similarity, method=None, cluster_id=article_id, first_seen=iso(first_seen)
        )

    def _settle(self, request: ClaimRequest, claim: Claim, now: float, settled: dict[str, DedupResult]) -> DedupResult:
        article_id = request.article_id
        if claim.content_match is not None:
            original = claim.content_match
            if original.article_id == article_id:  # a replay of an article already recorded
                return DedupResult(
                    duplicate_of=None,
                    similarity=1.0,
                    method=None,
                    cluster_id=article_id,
                    first_seen=iso(original.first_seen),
                )
            earlier = settled.get(original.article_id)
            if earlier is not None:
                # Same text as a near-duplicate earlier in this batch, whose release has not run yet: one at a
                # time, the content hash would already point at that copy's original.
                return DedupResult(
                    duplicate_of=earlier.duplicate_of,
                    similarity=1.0,
                    method="content_hash",
                    cluster_id=earlier.cluster_id,
                    first_seen=earlier.first_seen,
                )
            return DedupResult(
                duplicate_of=original.article_id,
                similarity=1.0,
                method="content_hash",
                cluster_id=original.article_id,
                first_seen=iso(original.first_seen),
            )
        best, best_similarity, top_similarity = self._best_candidate(
            article_id, claim, request.sketch, now, request.outlet, settled
        )
        if best is not None:
            return DedupResult(
                duplicate_of=best.article_id,
                similarity=best_similarity,
                method="minhash",
                cluster_id=best.article_id,
                first_seen=iso(best.first_seen),
            )
        return self._unique(article_id, top_similarity, now)

    def _best_candidate(
        self,
        article_id: str,
        claim: Claim,
        sketch: Sketch | None,
        now: float,
        outlet: int,
        settled: dict[str, DedupResult],
    ) -> tuple[StoredStory | None, float, float]:
        """The earliest-seen candidate above the threshold, its similarity, and the top similarity seen.

        Earliest (lowest sequence number), not most similar: a copy that another worker is still settling may own
        some buckets, but the story it copies was seen before it, so every worker resolves to the same original.
        """
        if sketch is None:
            return None, 0.0, 0.0
        best: StoredStory | None = None
        best_similarity = 0.0
        top = 0.0
        for candidate in claim.candidates:
            # abs(): in a backfill on publication times, an earlier-published copy may come later.
            if (
                candidate.article_id == article_id
                or candidate.article_id in settled  # a copy earlier in the batch, released once the batch is settled
                or abs(now - candidate.first_seen) > self.window_s
            ):
                continue
            similarity = estimate_similarity(
                sketch.signature, sketch.size, candidate.signature, candidate.size, self.hasher.bits
            )
            top = max(top, similarity)
            same_outlet = outlet != 0 and candidate.outlet == outlet
            threshold = self.same_outlet_threshold if same_outlet else self.threshold
            if similarity >= threshold and (best is None or candidate.seq < best.seq):
                best, best_similarity = candidate, similarity
        return best, best_similarity, top


def outlet_of(url: str | None) -> int:
    """16-bit hash of the site an article was published on (host without "www."), 0 when unknown.

    Stored with each story; a 1-in-65,535 collision only makes two outlets use the same-outlet threshold.
    """
    if not url:
        return 0
    try:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
    except ValueError:
        return 0
    if not host:
        return 0
    return zlib.crc32(host.encode("utf-8")) % 0xFFFF + 1
