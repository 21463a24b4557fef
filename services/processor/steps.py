"""The processor's two steps, each one file's worth of logic behind the same small interface.

A step takes one Kafka message (key, value bytes) and returns the messages to emit. It raises on bad input;
the agent turns the exception into a dead letter. Steps hold no Kafka objects, so unit tests drive them with
in-memory fakes and the contract test runs them on every published example.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any, Protocol

from services.processor.dedup import Deduplicator
from services.processor.tagging import tag_article
from shared import metrics
from shared.contracts.codec import decode, encode
from shared.contracts.models import Article, DuplicateRecord, RawArticle, TaggedArticle
from shared.settings import Topics
from shared.timeutil import Clock, now_iso, system_clock


@dataclass(frozen=True, slots=True)
class Emit:
    topic: str
    key: bytes
    value: bytes


class Step(Protocol):
    stage: str

    async def handle(self, key: bytes | None, value: bytes) -> list[Emit]: ...


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
        raw = decode(value, RawArticle)
        out_key = raw.article_id.encode()
        previous = self.seen.get(raw.article_id)
        if previous is not None:
            if previous["raw_hash"] == raw.raw_hash:
                metrics.DEDUP_ARTICLES.labels(result="duplicate").inc()
                metrics.DEDUP_DUPLICATES.labels(method="article_id").inc()
                return [
                    Emit(
                        self.topics.duplicates,
                        out_key,
                        self._duplicate(raw, raw.article_id, 1.0, "article_id"),
                    )
                ]
            # Same article, changed content (e.g. a rising toll): a revision flows on to the tagger.
            self.seen[raw.article_id] = {**previous, "raw_hash": raw.raw_hash}
            metrics.DEDUP_ARTICLES.labels(result="revision").inc()
            return [
                Emit(
                    self.topics.articles,
                    out_key,
                    self._article(raw, previous["cluster_id"], previous["first_seen"]),
                )
            ]
        with metrics.DEDUP_SECONDS.time():
            result = await self.deduplicator.check(
                raw.article_id,
                title=raw.title,
                text=article_text(raw),
                url=raw.canonical_url or raw.url,
                published=raw.published,
            )
        self.seen[raw.article_id] = {
            "raw_hash": raw.raw_hash,
            "cluster_id": result.cluster_id,
            "first_seen": result.first_seen,
        }
        if result.duplicate_of is not None:
            method = result.method or "minhash"
            metrics.DEDUP_ARTICLES.labels(result="duplicate").inc()
            metrics.DEDUP_DUPLICATES.labels(method=method).inc()
            record = self._duplicate(raw, result.duplicate_of, result.similarity, method)
            return [Emit(self.topics.duplicates, out_key, record)]
        metrics.DEDUP_ARTICLES.labels(result="unique").inc()
        return [Emit(self.topics.articles, out_key, self._article(raw, result.cluster_id, result.first_seen))]

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
