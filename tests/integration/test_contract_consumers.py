"""The alerter, which needs Redis and Kafka, on every published news.tagged example."""

from __future__ import annotations

import pytest
import redis.asyncio as aioredis

from services.alerter.service import Alerter
from services.alerter.settings import AlerterSettings, RedisKeys
from services.alerter.store import AlertStore
from shared.contracts.registry import load_contracts
from shared.kafka import ensure_topics, make_producer
from shared.settings import Topics

pytestmark = pytest.mark.integration

TAGGED = [
    pytest.param(data, id=f"{c.folder}-v{v}-{name}")
    for c in load_contracts()
    if c.folder in ("news.tagged", "news.topic")
    for v in c.versions
    for name, data in c.examples(v).items()
]


@pytest.mark.parametrize("data", TAGGED)
async def test_alerter_handles_every_tagged_example(
    data: bytes, kafka_bootstrap: str, redis_url: str, unique_prefix: str
) -> None:
    settings = AlerterSettings(
        kafka_bootstrap=kafka_bootstrap, redis_url=redis_url, topic_prefix=unique_prefix, redis_prefix="tocsin-test:"
    )
    await ensure_topics(kafka_bootstrap, Topics(unique_prefix).pipeline(), partitions=1)
    client = aioredis.from_url(redis_url)
    producer = make_producer(kafka_bootstrap, "contract-test")
    await producer.start()
    try:
        keys = RedisKeys(settings.redis_prefix, unique_prefix)
        alerter = Alerter(settings, AlertStore(client, keys, incident_ttl_s=60, stream_max_len=100), producer)
        kind = await alerter.handle(None, data)
        assert kind in ("new", "below_threshold")
        assert await alerter.handle(None, data) in ("replay", "below_threshold")
    finally:
        await producer.stop()
        await client.aclose()
