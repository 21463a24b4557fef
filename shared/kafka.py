"""Kafka helpers shared by the services: topic creation, the idempotent producer, and the dead-letter path."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, TopicAlreadyExistsError

from shared import metrics
from shared.contracts.codec import encode
from shared.contracts.models import DeadLetter
from shared.timeutil import now_iso

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 30


class DependencyUnavailable(RuntimeError):
    """Kafka or Redis did not answer at start: the service exits with this message."""


async def ensure_topics(bootstrap: str, topics: list[str], partitions: int, compacted: list[str] | None = None) -> None:
    """Create the topics that do not exist yet (idempotent). Compacted topics keep the last value per key."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=CONNECT_TIMEOUT_S * 1000)
    try:
        await asyncio.wait_for(admin.start(), CONNECT_TIMEOUT_S)
    except (KafkaConnectionError, TimeoutError, OSError) as exc:
        raise DependencyUnavailable(f"kafka: cannot reach {bootstrap}: {exc}") from exc
    try:
        existing = set(await admin.list_topics())
        compacted_set = set(compacted or [])
        wanted = [
            NewTopic(
                name=name,
                num_partitions=partitions,
                replication_factor=1 if "127.0.0.1" in bootstrap or "localhost" in bootstrap else 3,
                topic_configs={"cleanup.policy": "compact"} if name in compacted_set else {},
            )
            for name in dict.fromkeys(topics)
            if name not in existing
        ]
        if wanted:
            with contextlib.suppress(TopicAlreadyExistsError):  # another replica created it first
                await admin.create_topics(wanted)
    finally:
        await admin.close()


def make_producer(bootstrap: str, client_id: str) -> AIOKafkaProducer:
    """Idempotent producer with acks=all: a retry never writes a message twice, and nothing is acked early."""
    return AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        client_id=client_id,
        enable_idempotence=True,
        acks="all",
        linger_ms=5,
        compression_type=None,
        request_timeout_ms=30000,
    )


async def start_producer(producer: AIOKafkaProducer, bootstrap: str) -> None:
    try:
        await asyncio.wait_for(producer.start(), CONNECT_TIMEOUT_S)
    except (KafkaConnectionError, TimeoutError, OSError) as exc:
        raise DependencyUnavailable(f"kafka: cannot reach {bootstrap}: {exc}") from exc


def dead_letter(source_topic: str, stage: str, error: str, key: bytes | None, value: bytes | None) -> bytes:
    """Encode a dead-letter record holding the original bytes, so the message can be inspected and replayed."""
    record = DeadLetter(
        source_topic=source_topic,
        stage=stage,
        error=error[:2000],
        original_key=key.decode("utf-8", "replace") if key is not None else None,
        original_b64=base64.b64encode(value or b"").decode("ascii"),
        failed_at=now_iso(),
    )
    return encode(record)


def reason_kind(exc: BaseException) -> str:
    """A bounded label for the dead-letter counter."""
    name = type(exc).__name__
    return {"DecodeError": "decode", "ValidationError": "validation"}.get(name, "processing")


async def send_dead_letter(
    producer: AIOKafkaProducer,
    dlq_topic: str,
    *,
    source_topic: str,
    stage: str,
    exc: BaseException,
    key: bytes | None,
    value: bytes | None,
) -> None:
    error = f"{type(exc).__name__}: {exc}"
    log.warning("dead-lettered a message", extra={"stage": stage, "topic": source_topic, "error": error})
    await producer.send_and_wait(dlq_topic, dead_letter(source_topic, stage, error, key, value), key=key)
    metrics.DEAD_LETTERS.labels(stage=stage, reason=reason_kind(exc)).inc()
