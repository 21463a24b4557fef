"""The poller service: registry share -> scheduler -> fetch -> parse/normalise -> news.raw, with state in Redis.

Start-up checks Kafka and Redis and fails with one clear line; shutdown is ordered: stop intake (registry and
scheduler), finish in-flight polls, flush the producer, then close Redis, the parse pool and the ops server.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from dataclasses import dataclass, field
from typing import Any

import msgspec
from aiokafka import AIOKafkaProducer

from services.poller.fetch import AddressGuard, Fetcher, FetchError, FetchResult, make_client
from services.poller.fulltext import MAX_PAGES_PER_POLL, fetch_main_text, record_outcome, richer
from services.poller.parse import FeedParser, ParsedFeed, ParseError
from services.poller.registry import RegistryWatcher, load_feeds_file, publish_feeds
from services.poller.scheduler import Bounds, FeedSlot, PollReport, Scheduler
from services.poller.settings import PollerSettings
from services.poller.store import PollerStore, SeenEntry
from shared import metrics
from shared.contracts.codec import encode
from shared.contracts.models import FeedConfig, RawArticle
from shared.ids import article_id_for
from shared.kafka import ensure_topics, make_producer, start_producer
from shared.ops import OpsServer
from shared.redis_store import connect_redis
from shared.settings import Topics
from shared.timeutil import iso, now_iso

log = logging.getLogger(__name__)

SERVICE = "poller"
ERROR_CHARS = 500
SUCCESS_OUTCOMES = frozenset({"ok", "not_modified", "unchanged"})


@dataclass(slots=True)
class PollResult:
    """What one poll did; the scheduler gets a PollReport derived from it."""

    outcome: str
    new: int = 0
    revisions: int = 0
    entries: int = 0
    error: str | None = None
    parsed: ParsedFeed | None = None
    fetched: FetchResult | None = None
    retry_after_s: float | None = None
    articles: list[RawArticle] = field(default_factory=list)


def link_id_of(article: RawArticle) -> str:
    """The id the article's canonical link would give it (the key of the link index)."""
    return article_id_for(article.canonical_url, None, "")


def body_digest(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=16).hexdigest()


def plan_publication(
    articles: list[RawArticle], seen: dict[str, SeenEntry]
) -> tuple[list[RawArticle], dict[str, SeenEntry]]:
    """Articles to publish (new ones at revision 0, changed ones at revision + 1) and the unchanged seen entries.

    A feed that lists the same article twice in one document publishes it once (the first listing wins).
    """
    to_publish: list[RawArticle] = []
    unchanged: dict[str, SeenEntry] = {}
    done: set[str] = set()
    for article in articles:
        if article.article_id in done:
            continue
        done.add(article.article_id)
        previous = seen.get(article.article_id)
        if previous is None:
            to_publish.append(article)
        elif previous.raw_hash != article.raw_hash:
            article.revision = previous.revision + 1
            to_publish.append(article)
        else:
            unchanged[article.article_id] = previous
    return to_publish, unchanged


class Poller:
    """Polls feeds and publishes RawArticles. Usable without the registry (tests, `parse-feed`) via `poll_feed`."""

    def __init__(
        self,
        settings: PollerSettings,
        *,
        producer: AIOKafkaProducer | None,
        store: PollerStore | None,
        fetcher: Fetcher,
        parser: FeedParser,
    ) -> None:
        self.settings = settings
        self.topics = Topics(settings.topic_prefix)
        self.producer = producer
        self.store = store
        self.fetcher = fetcher
        self.parser = parser
        self.bounds = Bounds(settings.interval_floor_s, settings.interval_ceiling_s, settings.default_interval_s)
        # Conditional-GET validators and the last body digest, cached here and persisted in Redis.
        self._validators: dict[str, dict[str, str]] = {}

    async def _validators_for(self, feed_id: str) -> dict[str, str]:
        cached = self._validators.get(feed_id)
        if cached is None:
            state = await self.store.feed_state(feed_id) if self.store else {}
            cached = {k: state[k] for k in ("etag", "last_modified", "body_hash", "url") if state.get(k)}
            self._validators[feed_id] = cached
        return cached

    def forget(self, feed_id: str) -> None:
        self._validators.pop(feed_id, None)

    def moved(self, feed_id: str, url: str) -> None:
        """Keep the validators across a permanent redirect: they were given for the document at the new URL."""
        validators = self._validators.get(feed_id)
        if validators is not None:
            validators["url"] = url

    async def poll_feed(self, feed: FeedConfig) -> PollResult:
        started = time.monotonic()
        validators = await self._validators_for(feed.feed_id)
        if validators.get("url") not in (None, feed.url):
            validators = {}  # the feed moved: old validators belong to another document
        try:
            fetched = await self.fetcher.fetch(
                feed.url, etag=validators.get("etag"), last_modified=validators.get("last_modified")
            )
        except FetchError as exc:
            metrics.FETCH_SECONDS.observe(time.monotonic() - started)
            return PollResult(outcome=exc.outcome, error=str(exc)[:ERROR_CHARS], retry_after_s=exc.retry_after_s)
        metrics.FETCH_SECONDS.observe(fetched.elapsed_s)
        metrics.FETCHED_BYTES.inc(fetched.wire_bytes)
        if fetched.not_modified:
            return PollResult(outcome="not_modified", fetched=fetched)
        digest = body_digest(fetched.body)
        new_validators = {"url": feed.url, "body_hash": digest}
        if fetched.etag:
            new_validators["etag"] = fetched.etag
        if fetched.last_modified:
            new_validators["last_modified"] = fetched.last_modified
        if validators.get("body_hash") == digest:
            # Same bytes as last time (a server without validators): nothing to parse.
            self._validators[feed.feed_id] = new_validators
            return PollResult(outcome="unchanged", fetched=fetched)
        try:
            parsed = await self.parser.parse(
                fetched.body, feed, url=fetched.url, content_type=fetched.content_type, fetched_at=now_iso()
            )
        except ParseError as exc:
            return PollResult(outcome=exc.outcome, error=str(exc)[:ERROR_CHARS], fetched=fetched)
        metrics.ENTRIES_PARSED.inc(parsed.entries_seen)
        result = await self.publish(feed, parsed.articles)
        # Validators are kept only once the articles are safely in Kafka, so a failed publish is retried in full.
        self._validators[feed.feed_id] = new_validators
        result.parsed, result.fetched = parsed, fetched
        result.entries = parsed.entries_seen
        if parsed.bozo:
            result.error = f"parse: partly readable: {parsed.bozo}"[:ERROR_CHARS]
        return result

    async def publish(self, feed: FeedConfig, articles: list[RawArticle]) -> PollResult:
        """Publish new and changed articles, wait for Kafka's acks, then record them as seen."""
        ids = list(dict.fromkeys(a.article_id for a in articles))
        seen = await self.store.seen(feed.feed_id, ids) if self.store else {}
        if self.store is not None:
            rotated = await self._follow_rotated_guids(feed, articles, seen)
            if rotated:
                seen.update(await self.store.seen(feed.feed_id, rotated))
        to_publish, unchanged = plan_publication(articles, seen)
        if feed.full_text and to_publish:
            await self.add_full_text(to_publish)
        if to_publish and self.producer is not None:
            futures = [
                await self.producer.send(self.topics.raw, encode(a), key=a.article_id.encode()) for a in to_publish
            ]
            await asyncio.gather(*futures)
        if self.store:
            await self.store.record_seen(feed.feed_id, {a.article_id: (a.revision, a.raw_hash) for a in to_publish})
            await self.store.record_links(
                feed.feed_id, {link_id_of(a): a.article_id for a in to_publish if a.canonical_url}
            )
            if unchanged:
                await self.store.touch_seen(feed.feed_id, unchanged)
        revisions = sum(1 for a in to_publish if a.revision > 0)
        if revisions:
            metrics.ARTICLES_PUBLISHED.labels(kind="revision").inc(revisions)
        if len(to_publish) - revisions:
            metrics.ARTICLES_PUBLISHED.labels(kind="new").inc(len(to_publish) - revisions)
        return PollResult(outcome="ok", new=len(to_publish) - revisions, revisions=revisions, articles=to_publish)

    async def _follow_rotated_guids(
        self, feed: FeedConfig, articles: list[RawArticle], seen: dict[str, SeenEntry]
    ) -> list[str]:
        """Guids that change between polls while the link stays (session or time stamps in the guid) would
        make every poll republish every entry. An unseen entry whose canonical link was first published under
        another id, one that is no longer in this document, keeps that id. (Entries of one document that share
        a link, such as live-blog updates, keep their own guids: their owner is still in the document.)
        Returns the ids taken over, so their seen state can be read."""
        assert self.store is not None
        in_document = {a.article_id for a in articles}
        candidates = [a for a in articles if a.article_id not in seen and a.canonical_url]
        candidates = [a for a in candidates if a.article_id != link_id_of(a)]
        if not candidates:
            return []
        owners = await self.store.link_owners(feed.feed_id, [link_id_of(a) for a in candidates])
        taken: list[str] = []
        for article in candidates:
            owner = owners.get(link_id_of(article))
            if owner and owner != article.article_id and owner not in in_document:
                article.article_id = owner
                taken.append(owner)
        if taken:
            metrics.GUID_ROTATIONS.inc(len(taken))
            await self.store.update_feed_state(feed.feed_id, {"guid_unstable_at": now_iso()})
            log.info("guids changed under stable links", extra={"feed_id": feed.feed_id, "entries": len(taken)})
        return taken

    async def add_full_text(self, articles: list[RawArticle]) -> None:
        """Replace the feed's text of new or revised entries by their page's main text (see fulltext.py)."""
        for article in [a for a in articles if a.url][:MAX_PAGES_PER_POLL]:
            text, outcome = await fetch_main_text(self.fetcher, article.url, self.parser.extract_main_text)
            page_text = richer(article.content or article.summary, text)
            if text and page_text is None:
                outcome = "too_short"
            record_outcome(outcome)
            if page_text is not None:
                article.content = page_text
            else:
                log.info(
                    "full text not used", extra={"feed_id": article.feed_id, "url": article.url, "outcome": outcome}
                )

    async def record(self, feed: FeedConfig, result: PollResult) -> None:
        """Metrics and the persisted health of the feed (what `tocsin feeds status` shows)."""
        metrics.POLLS.labels(outcome=result.outcome).inc()
        now = time.time()
        success = result.outcome in ("ok", "not_modified", "unchanged")
        if self.store is None:
            return
        state: dict[str, str | int | float | None] = {"last_outcome": result.outcome, "last_poll": now_iso()}
        state.update(self._validators.get(feed.feed_id, {}))
        if success:
            metrics.FEED_LAST_SUCCESS.labels(feed=feed.feed_id).set(now)
            metrics.FEED_ERROR_STREAK.labels(feed=feed.feed_id).set(0)
            state.update(last_success=now_iso(), error_streak=0)
            if result.error:  # bozo: readable, but the feed is broken and should be flagged
                state.update(last_error=result.error, last_error_at=now_iso())
        else:
            previous = await self.store.feed_state(feed.feed_id)
            streak = int(previous.get("error_streak") or 0) + 1
            metrics.FEED_ERROR_STREAK.labels(feed=feed.feed_id).set(streak)
            state.update(
                last_error=result.error or result.outcome,
                last_error_at=now_iso(),
                error_streak=streak,
            )
            if streak == 1 or streak % 10 == 0:
                log.warning(
                    "poll failed",
                    extra={
                        "feed_id": feed.feed_id,
                        "url": feed.url,
                        "outcome": result.outcome,
                        "error": result.error,
                        "error_streak": streak,
                    },
                )
        if result.parsed is not None and result.parsed.hub_url:
            state["hub"] = result.parsed.hub_url
        await self.store.update_feed_state(feed.feed_id, state)

    def report(self, result: PollResult) -> PollReport:
        success = result.outcome in ("ok", "not_modified", "unchanged")
        hints = []
        if result.parsed is not None:
            hints += [h for h in (result.parsed.ttl_s, result.parsed.update_period_s) if h]
        if result.fetched is not None and result.fetched.max_age_s:
            hints.append(result.fetched.max_age_s)
        return PollReport(
            success=success,
            entry_times=tuple(result.parsed.entry_times) if result.parsed else (),
            publisher_min_s=max(hints) if hints else None,
            retry_after_s=result.retry_after_s,
        )


def build_fetcher(settings: PollerSettings) -> Fetcher:
    client = make_client(
        AddressGuard(settings.allowed_networks),
        connect_timeout_s=settings.connect_timeout_s,
        read_timeout_s=settings.read_timeout_s,
        user_agent=settings.user_agent,
        max_connections=max(settings.global_concurrency, 4),
    )
    return Fetcher(
        client,
        max_body_bytes=settings.max_body_bytes,
        max_redirects=settings.max_redirects,
        total_timeout_s=settings.total_timeout_s,
    )


class PollerService:
    """The daemon: wires the parts, runs until stopped, shuts down in order."""

    def __init__(self, settings: PollerSettings) -> None:
        self.settings = settings
        self.topics = Topics(settings.topic_prefix)
        self.stop_event = asyncio.Event()
        self.ops: OpsServer | None = None
        self.poller: Poller | None = None
        self.scheduler: Scheduler | None = None
        self.watcher: RegistryWatcher | None = None
        self.websub: Any = None
        self.producer: AIOKafkaProducer | None = None
        self.ready = asyncio.Event()

    async def _health(self) -> dict[str, object]:
        scheduler = self.scheduler
        return {
            "ok": self.ready.is_set() and not self.stop_event.is_set(),
            "feeds_assigned": len(scheduler.slots) if scheduler else 0,
            "polls_in_flight": scheduler.in_flight if scheduler else 0,
        }

    async def _poll(self, feed: FeedConfig) -> PollReport:
        assert self.poller is not None and self.scheduler is not None
        result = await self.poller.poll_feed(feed)
        report = self.poller.report(result)
        await self.poller.record(feed, result)
        moved_to = result.fetched.permanent_url if result.fetched is not None else None
        if moved_to and moved_to != feed.url and result.outcome in SUCCESS_OUTCOMES:
            await self._move_feed(feed, moved_to)
        if result.parsed is not None and result.parsed.hub_url and self.websub is not None:
            await self.websub.ensure_subscribed(feed, result.parsed.hub_url, result.parsed.self_url or feed.url)
        return report

    async def _move_feed(self, feed: FeedConfig, url: str) -> None:
        """A permanent redirect: the registry entry follows, so every replica (and `feeds list`) sees the new URL."""
        assert self.producer is not None and self.poller is not None
        await publish_feeds(self.producer, self.topics.feeds, [msgspec.structs.replace(feed, url=url)])
        self.poller.moved(feed.feed_id, url)
        metrics.FEEDS_MOVED.inc()
        log.info("feed moved permanently", extra={"feed_id": feed.feed_id, "from": feed.url, "to": url})

    async def _on_scheduled(self, slot: FeedSlot) -> None:
        if self.poller is not None and self.poller.store is not None:
            await self.poller.store.update_feed_state(
                slot.feed.feed_id,
                {"next_poll": iso(slot.next_due), "interval_s": round(slot.interval_s, 1)},
            )

    async def _on_upsert(self, feed: FeedConfig, partition: int) -> None:
        assert self.scheduler is not None
        self.scheduler.upsert(feed)
        metrics.FEEDS_ASSIGNED.set(len(self.scheduler.slots))

    async def _on_remove(self, feed_id: str) -> None:
        assert self.scheduler is not None and self.poller is not None
        self.scheduler.remove(feed_id)
        self.poller.forget(feed_id)
        metrics.FEEDS_ASSIGNED.set(len(self.scheduler.slots))
        log.info("feed removed", extra={"feed_id": feed_id})

    async def _on_revoked(self, partitions: set[int]) -> None:
        assert self.scheduler is not None and self.watcher is not None
        # The watcher already forgot which feeds these partitions held; drop every slot it no longer owns.
        owned = set(self.watcher._feed_partition)
        for feed_id in [f for f in self.scheduler.slots if f not in owned]:
            self.scheduler.remove(feed_id)
        metrics.FEEDS_ASSIGNED.set(len(self.scheduler.slots))

    async def run(self) -> None:
        s = self.settings
        await ensure_topics(
            s.kafka_bootstrap,
            [self.topics.feeds, self.topics.raw, self.topics.dlq],
            s.partitions,
            compacted=[self.topics.feeds],
        )
        redis = await connect_redis(s.redis_url)
        producer = make_producer(s.kafka_bootstrap, client_id=f"{s.topic_prefix}tocsin-poller")
        self.producer = producer
        parser: FeedParser | None = None
        fetcher: Fetcher | None = None
        try:
            await start_producer(producer, s.kafka_bootstrap)
            if s.feeds_file:
                feeds = load_feeds_file(s.feeds_file)
                await publish_feeds(producer, self.topics.feeds, feeds)
                log.info("registered feeds from file", extra={"count": len(feeds), "file": s.feeds_file})
            parser = FeedParser(s.parse_workers)
            fetcher = build_fetcher(s)
            self.poller = Poller(
                s, producer=producer, store=PollerStore(redis, s.redis_prefix), fetcher=fetcher, parser=parser
            )
            self.scheduler = Scheduler(
                self._poll,
                self.poller.bounds,
                global_concurrency=s.global_concurrency,
                per_host_concurrency=s.per_host_concurrency,
                per_host_delay_s=s.per_host_delay_s,
                on_scheduled=self._on_scheduled,
            )
            self.watcher = RegistryWatcher(
                s.kafka_bootstrap,
                self.topics.feeds,
                f"{s.topic_prefix}{s.group_id}",
                on_upsert=self._on_upsert,
                on_remove=self._on_remove,
                on_revoked=self._on_revoked,
            )
            await self.watcher.start()
            if s.websub_port is not None:
                from services.poller.websub import WebSubSubscriber

                self.websub = WebSubSubscriber(s, self.poller)
                await self.websub.start()
            self.ops = OpsServer(SERVICE, s.ops_host, s.effective_ops_port, self._health)
            await self.ops.start()
            metrics.SERVICE_UP.labels(service=SERVICE).set(1)
            self.ready.set()
            log.info("poller started", extra={"ops_port": self.ops.port, "raw_topic": self.topics.raw})
            watcher_task = asyncio.create_task(self.watcher.run(self.stop_event), name="registry")
            scheduler_task = asyncio.create_task(self.scheduler.run(self.stop_event), name="scheduler")
            stop_task = asyncio.create_task(self.stop_event.wait())
            await asyncio.wait({watcher_task, scheduler_task, stop_task}, return_when=asyncio.FIRST_COMPLETED)
            self.stop_event.set()
            for task in (watcher_task, scheduler_task):
                if task.done() and task.exception() is not None:
                    log.error("poller task failed", exc_info=task.exception())
            # Ordered shutdown: intake stops (registry, scheduler), in-flight polls finish, producer flushes.
            await asyncio.wait({watcher_task, scheduler_task}, timeout=5)
            cancelled = await self.scheduler.drain(s.shutdown_grace_s)
            if cancelled:
                log.warning("polls cancelled at shutdown", extra={"count": cancelled})
        finally:
            metrics.SERVICE_UP.labels(service=SERVICE).set(0)
            if self.websub is not None:
                await self.websub.stop()
            if self.watcher is not None:
                await self.watcher.stop()
            await producer.stop()  # flushes pending sends
            if fetcher is not None:
                await fetcher.client.aclose()
            if parser is not None:
                parser.close()
            await redis.aclose()
            if self.ops is not None:
                await self.ops.stop()
            log.info("poller stopped")

    def stop(self) -> None:
        self.stop_event.set()
