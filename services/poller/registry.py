"""registry: the compacted `feeds` topic (key feed_id, value FeedConfig JSON, null value = removed).

Sharding: every poller replica joins one consumer group over the topic. A replica polls exactly the feeds in the
partitions it is assigned; on every assignment it re-reads those partitions from the beginning (offsets are never
committed: the compacted topic *is* the state), and on revocation it drops their feeds. When a replica dies, the
group coordinator hands its partitions to the others, which then read and poll those feeds.
"""

from __future__ import annotations

import asyncio
import logging
import tomllib
from collections.abc import Awaitable, Callable
from pathlib import Path

import msgspec
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import KafkaConnectionError

from shared.contracts.codec import decode, encode
from shared.contracts.models import FeedConfig
from shared.ids import canonical_url, stable_hash
from shared.kafka import CONNECT_TIMEOUT_S, DependencyUnavailable

log = logging.getLogger(__name__)

FeedUpsert = Callable[[FeedConfig, int], Awaitable[None]]
FeedRemoval = Callable[[str], Awaitable[None]]
PartitionsRevoked = Callable[[set[int]], Awaitable[None]]


def feed_id_for(url: str) -> str:
    """A stable id for a feed URL, so registering the same feed twice updates one registry entry."""
    return stable_hash("feed", canonical_url(url), length=12)


def load_feeds_file(path: str | Path) -> list[FeedConfig]:
    """FeedConfigs from a TOML file of `[[feeds]]` tables; feed_id defaults to a hash of the URL."""
    with open(path, "rb") as f:
        data = tomllib.load(f)
    feeds: list[FeedConfig] = []
    for number, table in enumerate(data.get("feeds", []), start=1):
        if not isinstance(table, dict) or not table.get("url"):
            raise ValueError(f"{path}: feeds table #{number} has no url")
        table = dict(table)
        table.setdefault("feed_id", feed_id_for(str(table["url"])))
        try:
            feeds.append(msgspec.convert(table, FeedConfig))
        except msgspec.ValidationError as exc:
            raise ValueError(f"{path}: feeds table #{number}: {exc}") from exc
    return feeds


async def publish_feeds(producer: AIOKafkaProducer, topic: str, feeds: list[FeedConfig]) -> None:
    futures = [await producer.send(topic, encode(feed), key=feed.feed_id.encode()) for feed in feeds]
    await asyncio.gather(*futures)


async def remove_feed(producer: AIOKafkaProducer, topic: str, feed_id: str) -> None:
    await producer.send_and_wait(topic, None, key=feed_id.encode())  # tombstone: compaction deletes the key


def decode_record(key: bytes | None, value: bytes | None) -> tuple[str, FeedConfig | None] | None:
    """(feed_id, config or None for a removal); None for a record that is not a valid registry entry."""
    if key is None:
        return None
    feed_id = key.decode("utf-8", "replace")
    if value is None:
        return feed_id, None
    try:
        feed = decode(value, FeedConfig)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        log.warning("registry: skipped an invalid feed record", extra={"feed_id": feed_id, "error": str(exc)})
        return None
    return feed_id, feed


async def read_registry(bootstrap: str, topic: str, timeout_s: float = CONNECT_TIMEOUT_S) -> dict[str, FeedConfig]:
    """The whole registry as it stands now (no consumer group): for `tocsin feeds list/status/export-opml`."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None)
    try:
        await asyncio.wait_for(consumer.start(), timeout_s)
    except (KafkaConnectionError, TimeoutError, OSError) as exc:
        await consumer.stop()
        raise DependencyUnavailable(f"kafka: cannot reach {bootstrap}: {exc}") from exc
    feeds: dict[str, FeedConfig] = {}
    try:
        partitions = consumer.partitions_for_topic(topic)
        if partitions is None:
            await consumer._client.force_metadata_update()
            partitions = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        if not tps:
            return feeds
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        end = await consumer.end_offsets(tps)
        pending = {tp for tp in tps if end[tp] > 0}
        while pending:
            batch = await consumer.getmany(*pending, timeout_ms=1000)
            for records in batch.values():
                for record in records:
                    decoded = decode_record(record.key, record.value)
                    if decoded is not None:
                        feed_id, feed = decoded
                        if feed is None:
                            feeds.pop(feed_id, None)
                        else:
                            feeds[feed_id] = feed
            for tp in list(pending):
                if await consumer.position(tp) >= end[tp]:
                    pending.discard(tp)
    finally:
        await consumer.stop()
    return feeds


class _Rebalance(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self, watcher: RegistryWatcher) -> None:
        self.watcher = watcher

    async def on_partitions_revoked(self, revoked: list[TopicPartition]) -> None:
        await self.watcher._revoked({tp.partition for tp in revoked})

    async def on_partitions_assigned(self, assigned: list[TopicPartition]) -> None:
        if assigned:
            # The compacted topic is the registry: read the assigned partitions whole, every time.
            await self.watcher.consumer.seek_to_beginning(*assigned)


class RegistryWatcher:
    """Follows this replica's share of the registry and reports additions, changes and removals."""

    def __init__(
        self,
        bootstrap: str,
        topic: str,
        group_id: str,
        *,
        on_upsert: FeedUpsert,
        on_remove: FeedRemoval,
        on_revoked: PartitionsRevoked,
    ) -> None:
        self.topic = topic
        self.bootstrap = bootstrap
        self.consumer = AIOKafkaConsumer(
            bootstrap_servers=bootstrap,
            group_id=group_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            # Fast hand-over when a replica dies, without flapping on a slow poll.
            session_timeout_ms=10_000,
            heartbeat_interval_ms=3_000,
        )
        self._on_upsert = on_upsert
        self._on_remove = on_remove
        self._on_revoked = on_revoked
        self._feed_partition: dict[str, int] = {}

    async def start(self) -> None:
        try:
            await asyncio.wait_for(self.consumer.start(), CONNECT_TIMEOUT_S)
        except (KafkaConnectionError, TimeoutError, OSError) as exc:
            raise DependencyUnavailable(f"kafka: cannot reach {self.bootstrap}: {exc}") from exc
        self.consumer.subscribe([self.topic], listener=_Rebalance(self))

    async def _revoked(self, partitions: set[int]) -> None:
        dropped = [fid for fid, p in self._feed_partition.items() if p in partitions]
        for feed_id in dropped:
            del self._feed_partition[feed_id]
        await self._on_revoked(partitions)

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            batch = await self.consumer.getmany(timeout_ms=500)
            for tp, records in batch.items():
                for record in records:
                    decoded = decode_record(record.key, record.value)
                    if decoded is None:
                        continue
                    feed_id, feed = decoded
                    if feed is None or not feed.enabled:
                        if self._feed_partition.pop(feed_id, None) is not None:
                            await self._on_remove(feed_id)
                    else:
                        self._feed_partition[feed_id] = tp.partition
                        await self._on_upsert(feed, tp.partition)

    async def stop(self) -> None:
        await self.consumer.stop()
