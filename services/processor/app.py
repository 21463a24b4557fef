"""The faust app: two agents (dedup, tagger) wired to their steps, plus the ops server.

Messages are read and written as raw bytes; the steps decode them with the contracts' msgspec structs, so a poison
message becomes a dead letter with its reason instead of a crashed worker.
"""

from __future__ import annotations

import logging
from typing import Any

import faust
import redis.asyncio as aioredis

from services.processor.dedup import Deduplicator, RedisStore
from services.processor.settings import ProcessorSettings
from services.processor.steps import DedupStep, Step, TagStep
from shared import metrics
from shared.kafka import dead_letter, reason_kind
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
        stream_wait_empty=True,  # on shutdown, finish the events in flight before committing
    )

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

    async def run_step(step: Step, source_topic: str, stream: Any) -> None:
        async for event in stream.events():
            key, value = event.key, event.value
            try:
                emits = await step.handle(key, value)
            except Exception as exc:  # any failure of one message: dead-letter it and go on
                error = f"{type(exc).__name__}: {exc}"
                log.warning("dead-lettered a message", extra={"stage": step.stage, "error": error})
                await dlq_topic.send(key=key, value=dead_letter(source_topic, step.stage, error, key, value))
                metrics.DEAD_LETTERS.labels(stage=step.stage, reason=reason_kind(exc)).inc()
                continue
            for emit in emits:
                await raw_bytes_topic(emit.topic).send(key=emit.key, value=emit.value)

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


def _health(app: faust.App, redis_client: aioredis.Redis) -> Any:
    async def check() -> dict[str, object]:
        await redis_client.ping()
        return {"ok": True, "kafka_consumer": "started" if app.consumer.started else "starting"}

    return check
