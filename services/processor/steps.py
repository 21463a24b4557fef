"""The processor's two steps, each one file's worth of logic behind the same small interface.

A step takes a batch of Kafka messages (key, value bytes) and returns, per message, the messages to emit or the
exception that message caused; the agent turns such exceptions into dead letters. Steps hold no Kafka objects, so
unit tests drive them with in-memory fakes and the contract test runs them on every published example.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import msgspec
from redis.exceptions import RedisError

from services.processor.dedup import ArticleToCheck, Deduplicator, DedupResult
from services.processor.tagging import tag_article
from shared import metrics
from shared.contracts.codec import decode, encode
from shared.contracts.models import Article, DuplicateRecord, RawArticle, TaggedArticle
from shared.settings import Topics
from shared.timeutil import Clock, now_iso, system_clock

log = logging.getLogger(__name__)

RETRY_FIRST_DELAY_S = 0.5
RETRY_MAX_DELAY_S = 30.0


@dataclass(frozen=True, slots=True)
class Emit:
    topic: str
    key: bytes
    value: bytes


Message = tuple[bytes | None, bytes]  # (key, value) as read from Kafka
Outcome = list[Emit] | Exception  # what one message produced, or why it could not be processed
BeforeWrite = Callable[[int], None]  # called with a message's index before the step writes state for it


@dataclass
class Batch:
    """A processed batch: one outcome per message, and the state changes to commit once the outputs are delivered
    (state first would let a crash in between turn a replayed article into a duplicate of itself)."""

    outcomes: list[Outcome]
    state_writes: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)  # (message index, key, value)


class Step(Protocol):
    stage: str

    async def handle_many(self, messages: Sequence[Message]) -> Batch:
        """One outcome per message, in order; a message that cannot be processed yields its exception (the agent
        dead-letters it)."""
        ...

    def commit(self, batch: Batch, before_write: BeforeWrite | None = None) -> None:
        """Apply the batch's state changes; the agent calls it after the batch's outputs are delivered."""
        ...


def article_text(article: RawArticle) -> str:
    """The body to analyse: full content when the feed carries it, else the summary."""
    return article.content or article.summary


class DedupStep:
    """news.raw -> news.articles (unique stories and revisions) or news.duplicates (copies).

    `seen` maps article id -> {"raw_hash", "cluster_id", "first_seen"}; in the stream it is a faust table whose
    changelog survives restarts, and the raw topic is keyed by article id so the table is co-partitioned.
    """

    stage = "dedup"

    def __init__(
        self,
        topics: Topics,
        seen: MutableMapping[str, Any],
        deduplicator: Deduplicator,
        clock: Clock = system_clock,
    ) -> None:
        self.topics = topics
        self.seen = seen
        self.deduplicator = deduplicator
        self.clock = clock

    async def handle(self, key: bytes | None, value: bytes) -> list[Emit]:
        """One message on its own (tests, tools), committed at once; raises instead of returning the exception."""
        batch = await self.handle_many([(key, value)])
        self.commit(batch)
        [outcome] = batch.outcomes
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def commit(self, batch: Batch, before_write: BeforeWrite | None = None) -> None:
        for index, article_id, record in batch.state_writes:
            if before_write is not None:
                before_write(index)
            self.seen[article_id] = record

    async def handle_many(self, messages: Sequence[Message]) -> Batch:
        """Decide a batch in order. Articles new to the `seen` table go to the near-duplicate check together
        (one Redis round trip per batch); a batch is cut where an article id repeats, so a repeat sees the
        decision about its first copy."""
        outcomes: list[Outcome | None] = [None] * len(messages)
        pending: dict[str, tuple[int, dict[str, Any]]] = {}  # this batch's decisions, committed after delivery
        chunk: list[tuple[int, RawArticle]] = []
        for index, (_key, value) in enumerate(messages):
            try:
                raw = decode(value, RawArticle)
            except (msgspec.DecodeError, msgspec.ValidationError) as exc:
                outcomes[index] = exc
                continue
            if any(raw.article_id == queued.article_id for _i, queued in chunk):
                await self._settle(chunk, outcomes, pending)
                chunk = []
            chunk.append((index, raw))
        await self._settle(chunk, outcomes, pending)
        decided = [o if o is not None else RuntimeError("dedup: message left undecided") for o in outcomes]
        return Batch(decided, [(index, article_id, record) for article_id, (index, record) in pending.items()])

    async def _settle(
        self,
        chunk: list[tuple[int, RawArticle]],
        outcomes: list[Outcome | None],
        pending: dict[str, tuple[int, dict[str, Any]]],
    ) -> None:
        unknown: list[tuple[int, RawArticle]] = []
        for index, raw in chunk:
            previous = pending[raw.article_id][1] if raw.article_id in pending else self.seen.get(raw.article_id)
            if previous is None:
                unknown.append((index, raw))
            elif previous["raw_hash"] == raw.raw_hash:
                metrics.DEDUP_ARTICLES.labels(result="duplicate").inc()
                metrics.DEDUP_DUPLICATES.labels(method="article_id").inc()
                duplicate = self._duplicate(raw, raw.article_id, 1.0, "article_id")
                outcomes[index] = [Emit(self.topics.duplicates, raw.article_id.encode(), duplicate)]
            else:
                # Same article, changed content (e.g. a rising toll): a revision flows on to the tagger.
                pending[raw.article_id] = (index, {**previous, "raw_hash": raw.raw_hash})
                metrics.DEDUP_ARTICLES.labels(result="revision").inc()
                article = self._article(raw, previous["cluster_id"], previous["first_seen"])
                outcomes[index] = [Emit(self.topics.articles, raw.article_id.encode(), article)]
        if not unknown:
            return
        started = time.perf_counter()
        to_check = [
            ArticleToCheck(raw.article_id, raw.title, article_text(raw), raw.canonical_url or raw.url, raw.published)
            for _index, raw in unknown
        ]
        results = await self._check_until_answered(to_check)
        per_article_s = (time.perf_counter() - started) / len(unknown)
        for (index, raw), result in zip(unknown, results, strict=True):
            metrics.DEDUP_SECONDS.observe(per_article_s)
            record = {"raw_hash": raw.raw_hash, "cluster_id": result.cluster_id, "first_seen": result.first_seen}
            pending[raw.article_id] = (index, record)
            out_key = raw.article_id.encode()
            if result.duplicate_of is not None:
                method = result.method or "minhash"
                metrics.DEDUP_ARTICLES.labels(result="duplicate").inc()
                metrics.DEDUP_DUPLICATES.labels(method=method).inc()
                duplicate = self._duplicate(raw, result.duplicate_of, result.similarity, method)
                outcomes[index] = [Emit(self.topics.duplicates, out_key, duplicate)]
            else:
                metrics.DEDUP_ARTICLES.labels(result="unique").inc()
                article = self._article(raw, result.cluster_id, result.first_seen)
                outcomes[index] = [Emit(self.topics.articles, out_key, article)]

    async def _check_until_answered(self, articles: list[ArticleToCheck]) -> list[DedupResult]:
        """Redis being away is not the articles' fault: wait and ask again (nothing is acked meanwhile), rather
        than dead-letter good messages or decide without the shared index."""
        delay_s = RETRY_FIRST_DELAY_S
        while True:
            try:
                return await self.deduplicator.check_many(articles)
            except (RedisError, OSError) as exc:
                log.error("dedup: near-duplicate index unavailable, retrying", extra={"error": str(exc)})
                await asyncio.sleep(delay_s)
                delay_s = min(delay_s * 2, RETRY_MAX_DELAY_S)

    def _article(self, raw: RawArticle, cluster_id: str, first_seen: str) -> bytes:
        fields = {name: getattr(raw, name) for name in raw.__struct_fields__}
        return encode(Article(**fields, cluster_id=cluster_id, first_seen=first_seen))

    def _duplicate(self, raw: RawArticle, duplicate_of: str, similarity: float, method: str) -> bytes:
        return encode(
            DuplicateRecord(
                article_id=raw.article_id,
                duplicate_of=duplicate_of,
                similarity=round(similarity, 4),
                method=method,
                url=raw.url,
                title=raw.title,
                feed_id=raw.feed_id,
                detected_at=now_iso(self.clock),
            )
        )


class TagStep:
    """news.articles -> news.tagged, plus a copy to news.topic.<slug> for each topic of the article."""

    stage = "tagger"

    def __init__(self, topics: Topics) -> None:
        self.topics = topics

    def commit(self, batch: Batch, before_write: BeforeWrite | None = None) -> None:
        """The tagger keeps no state."""

    async def handle_many(self, messages: Sequence[Message]) -> Batch:
        outcomes: list[Outcome] = []
        for key, value in messages:
            try:
                outcomes.append(await self.handle(key, value))
            except Exception as exc:  # one article the tagger cannot handle must not stop the others
                outcomes.append(exc)
        return Batch(outcomes)

    async def handle(self, key: bytes | None, value: bytes) -> list[Emit]:
        article = decode(value, Article)
        with metrics.TAG_SECONDS.time():
            tags = tag_article(
                article.title,
                article_text(article),
                published=article.published,
                url=article.url,
                language=article.language,
            )
        fields = {name: getattr(article, name) for name in article.__struct_fields__}
        tagged = encode(TaggedArticle(**fields, tags=tags))
        metrics.TAGGED_ARTICLES.labels(severity=tags.severity).inc()
        out_key = article.article_id.encode()
        emits = [Emit(self.topics.tagged, out_key, tagged)]
        emits.extend(Emit(self.topics.topic(slug), out_key, tagged) for slug in tags.topics)
        return emits
