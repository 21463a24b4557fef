"""The faust app: two agents (dedup, tagger) wired to their steps, plus the ops server.

Messages are read and written as raw bytes; the steps decode them with the contracts' msgspec structs, so a poison
message becomes a dead letter with its reason instead of a crashed worker.
"""

from __future__ import annotations

import functools
import logging
import weakref
from collections.abc import Iterable
from typing import Any, cast

import faust
import faust.streams as faust_streams
import redis.asyncio as aioredis
from aiokafka.errors import KafkaError

from services.processor.dedup import Deduplicator, RedisStore
from services.processor.offsets import Hole, LedgerConsumer
from services.processor.settings import ProcessorSettings
from services.processor.settle import retry_while_unavailable, settle_batch
from services.processor.steps import DedupStep, Outcome, Step, TagStep
from shared import metrics
from shared.kafka import dead_letter, ensure_topics, reason_kind
from shared.ops import OpsServer
from shared.settings import Topics

log = logging.getLogger(__name__)

SERVICE = "processor"


def create_app(settings: ProcessorSettings) -> faust.App:
    topics = Topics(settings.topic_prefix)
    app = faust.App(
        settings.app_id,
        broker=f"kafka://{settings.kafka_bootstrap}",
        store="memory://",  # the table is rebuilt from its changelog topic at start
        datadir=settings.data_dir,
        topic_partitions=settings.partitions,
        topic_replication_factor=1,
        web_enabled=False,  # /metrics and /healthz come from the shared ops server
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        stream_wait_empty=True,
        # A crashed worker's partitions move after this long (faust's default is 60 s).
        broker_session_timeout=10,
        broker_heartbeat_interval=3,  # on shutdown, finish the events in flight before committing
    )

    # Offsets of the agents' source topics are committed from the ledger, not from faust's acknowledgements.
    source_topics = frozenset({topics.raw, topics.articles})
    cast(Any, app.transport).Consumer = functools.partial(LedgerConsumer, source_topics=source_topics)

    topic_cache: dict[str, faust.TopicT] = {}

    def raw_bytes_topic(name: str) -> faust.TopicT:
        """Topics carry raw bytes (the steps decode with the contracts); each is built once, not per message."""
        if name not in topic_cache:
            topic_cache[name] = app.topic(
                name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw"
            )
        return topic_cache[name]

    # Dedup state: article id -> {raw_hash, cluster_id, first_seen}, changelogged in Kafka.
    seen = app.Table("seen", default=None, partitions=settings.partitions)
    redis_client = aioredis.from_url(settings.redis_url)
    deduplicator = Deduplicator(
        RedisStore(redis_client, prefix=f"{settings.redis_prefix}{settings.topic_prefix}dedup:"),
        threshold=settings.dedup_threshold,
        window_s=settings.dedup_window_s,
    )
    dedup_step = DedupStep(topics, seen, deduplicator)
    tag_step = TagStep(topics)
    dlq_topic = raw_bytes_topic(topics.dlq)
    ops = OpsServer(SERVICE, settings.ops_host, settings.effective_ops_port, health=_health(app, redis_client))

    declared = set(topics.pipeline())  # created by `tocsin processor` before the worker starts
    written = [topics.articles, topics.duplicates, topics.tagged, topics.dlq, seen.changelog_topic.get_topic_name()]

    async def track_in_producer_metadata(names: list[str]) -> None:
        producer = await app.maybe_start_producer()
        keep_in_producer_metadata(cast(Any, producer)._ensure_producer().client, names)  # the AIOKafkaProducer's

    async def before_first_batch() -> None:
        # Not earlier: asking for metadata of a topic that does not exist yet makes the broker auto-create it, and
        # the changelog topic exists once faust has declared it, before it hands out the first events.
        await track_in_producer_metadata(written)
        # A batch writes one changelog message per article to faust's producer buffer, and the consumer stops
        # handing out messages while the buffer holds more than max_messages (100). Room for two batches keeps a
        # batch's own writes from pausing intake; the writes are bounded by the batch size, not by the stream.
        buffer = app.producer.buffer
        buffer.max_messages = max(buffer.max_messages, 2 * settings.batch_max)

    async def send_outcome(
        step: Step, source_topic: str, key: bytes | None, value: bytes, outcome: Outcome
    ) -> list[Any]:
        """Send what one message produced, or its dead letter; returns the delivery futures."""
        if isinstance(outcome, Exception):
            error = f"{type(outcome).__name__}: {outcome}"
            log.warning("dead-lettered a message", extra={"stage": step.stage, "error": error})
            metrics.DEAD_LETTERS.labels(stage=step.stage, reason=reason_kind(outcome)).inc()
            emits = [(dlq_topic, key, dead_letter(source_topic, step.stage, error, key, value))]
        else:
            emits = [(raw_bytes_topic(e.topic), e.key, e.value) for e in outcome]
        for topic, _k, _v in emits:
            if topic.get_topic_name() not in declared:  # a new news.topic.<slug>: create it with our partitions
                await ensure_topics(settings.kafka_bootstrap, [topic.get_topic_name()], settings.partitions)
                await track_in_producer_metadata([topic.get_topic_name()])
                declared.add(topic.get_topic_name())
        return [await topic.send(key=k, value=v, force=True) for topic, k, v in emits]

    async def run_step(step: Step, source_topic: str, stream: Any) -> None:
        """Process the stream in batches. A batch returns only once its outputs are delivered (settle.py), and only
        then does the offset ledger let its offsets be committed (offsets.py): a crash replays, never drops."""
        ledger = cast(LedgerConsumer, app.consumer).ledger
        first = True
        async for events in stream.take_events(settings.batch_max, within=settings.batch_wait_s):
            if first:
                await retry_while_unavailable(before_first_batch, step.stage)
                first = False
            generation, epoch = app.consumer_generation_id, ledger.epoch
            handed = [(e.message.tp, e.message.offset, e.message.generation_id == generation) for e in events]

            async def send(index: int, outcome: Outcome, events: Any = events) -> list[Any]:
                return await send_outcome(step, source_topic, events[index].key, events[index].value, outcome)

            def before_write(index: int, events: Any = events) -> None:
                # The table writes its changelog to the event's partition; faust finds the event through this
                # context variable, which its own one-event-at-a-time iteration would set.
                faust_streams._current_event.set(weakref.ref(events[index]))

            await settle_batch(step, [(e.key, e.value) for e in events], send, before_write)
            holes = ledger.book(handed, epoch)
            if holes:
                await read_holes_again(step, holes)

    async def read_holes_again(step: Step, holes: list[Hole]) -> None:
        """Seek each partition back to its hole; the messages past it are handed out again and taken as replays."""
        for hole in holes:
            if hole.new:
                log.warning(
                    "the stream skipped messages; reading them again",
                    extra={
                        "stage": step.stage,
                        "topic": hole.tp.topic,
                        "partition": hole.tp.partition,
                        "offset": hole.missing,
                        "handed_out": hole.handed_out,
                    },
                )
                metrics.OFFSET_HOLES.labels(stage=step.stage).inc()
        if app.rebalancing:  # the rebalance ends with a seek to the commits, which stay before the holes
            return
        consumer = app.consumer
        assigned = consumer.assignment()
        try:  # seek_wait runs in the consumer's thread (a seek from this one races its fetcher)
            await consumer.seek_wait({hole.tp: hole.missing for hole in holes if hole.tp in assigned})
        except (KafkaError, TimeoutError) as exc:  # not assigned any more, or the broker away: the next batch retries
            log.warning("could not seek back to a hole yet", extra={"stage": step.stage, "error": repr(exc)})

    @app.agent(raw_bytes_topic(topics.raw), name="dedup")
    async def dedup_agent(stream: Any) -> None:
        await run_step(dedup_step, topics.raw, stream)

    @app.agent(raw_bytes_topic(topics.articles), name="tagger")
    async def tag_agent(stream: Any) -> None:
        await run_step(tag_step, topics.articles, stream)

    @app.task  # type: ignore[untyped-decorator]
    async def start_ops() -> None:
        await ops.start()
        metrics.SERVICE_UP.labels(service=SERVICE).set(1)
        log.info("processor started", extra={"ops_port": ops.port, "topic_prefix": settings.topic_prefix})

    @app.on_before_shutdown.connect  # type: ignore[arg-type]  # sent after the consumer stopped, before the producer is flushed
    async def close(app: faust.App, **_: Any) -> None:
        metrics.SERVICE_UP.labels(service=SERVICE).set(0)
        await ops.stop()
        await redis_client.aclose()

    # Topics the processor writes to are declared up front, so consumers downstream can subscribe early.
    for name in (topics.articles, topics.duplicates, topics.tagged, topics.dlq):
        raw_bytes_topic(name)
    return app


def keep_in_producer_metadata(client: Any, names: Iterable[str]) -> None:
    """Make a producer's Kafka client (aiokafka) keep metadata for these topics in every refresh.

    faust's topic declaration refreshes metadata for every topic in the cluster, so the producer knows our output
    topics without tracking them. The first send to a topic it does not know (a new news.topic.<slug>) makes it
    track that topic alone, and from the next refresh on the untracked topics are gone from its metadata: batches
    already queued for them have no leader, the sender refreshes metadata in a loop that never brings them back,
    and the agents wait on those deliveries forever (a stalled, CPU-busy worker). Tracking every topic we write to
    keeps them in each refresh.
    """
    for name in names:
        client.add_topic(name)


def _health(app: faust.App, redis_client: aioredis.Redis) -> Any:
    async def check() -> dict[str, object]:
        await redis_client.ping()
        return {"ok": True, "kafka_consumer": "started" if app.consumer.started else "starting"}

    return check
