"""`tocsin alerter`: config -> Kafka and Redis -> run -> ordered shutdown."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys

from aiokafka import AIOKafkaConsumer

from services.alerter.service import Alerter
from services.alerter.settings import AlerterSettings, RedisKeys
from services.alerter.store import AlertStore
from shared import metrics
from shared.kafka import DependencyUnavailable, ensure_topics, make_producer, start_producer
from shared.logs import setup_logging
from shared.ops import OpsServer
from shared.redis_store import connect_redis
from shared.settings import Topics

log = logging.getLogger(__name__)
SERVICE = "alerter"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = "Configuration comes from TOCSIN_* environment variables (see docs/configuration.md)."


def run(args: argparse.Namespace) -> int:
    settings = AlerterSettings()
    setup_logging(SERVICE, settings.log_level)
    try:
        asyncio.run(serve(settings))
    except DependencyUnavailable as exc:
        print(f"alerter: {exc}", file=sys.stderr)
        return 1
    return 0


async def serve(settings: AlerterSettings) -> None:
    topics = Topics(settings.topic_prefix)
    await ensure_topics(settings.kafka_bootstrap, topics.pipeline(), settings.partitions)
    redis_client = await connect_redis(settings.redis_url)
    producer = make_producer(settings.kafka_bootstrap, client_id=SERVICE)
    await start_producer(producer, settings.kafka_bootstrap)
    consumer = AIOKafkaConsumer(
        topics.tagged,
        bootstrap_servers=settings.kafka_bootstrap,
        group_id=f"{settings.group_id}{settings.topic_prefix and '-' + settings.topic_prefix}",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        isolation_level="read_committed",
    )
    await consumer.start()
    store = AlertStore(
        redis_client,
        RedisKeys(settings.redis_prefix, settings.topic_prefix),
        incident_ttl_s=settings.incident_ttl_s,
        stream_max_len=settings.stream_max_len,
    )
    alerter = Alerter(settings, store, producer)

    async def health() -> dict[str, object]:
        await redis_client.ping()
        return {"ok": True, "assigned_partitions": len(consumer.assignment())}

    ops = OpsServer(SERVICE, settings.ops_host, settings.effective_ops_port, health=health)
    await ops.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    metrics.SERVICE_UP.labels(service=SERVICE).set(1)
    log.info("alerter started", extra={"ops_port": ops.port, "topic": topics.tagged})
    try:
        await alerter.run(consumer, stop)
    finally:
        # Ordered shutdown: stop intake (the loop ended after its batch was committed), flush, close.
        metrics.SERVICE_UP.labels(service=SERVICE).set(0)
        await consumer.stop()
        await producer.stop()
        await redis_client.aclose()
        await ops.stop()
        log.info("alerter stopped")
