"""The alerter on the real Kafka and Redis: one alert per incident, revisions on rising tolls, no duplicates on
replay, concurrent alerters agree, live push on pub/sub, poison messages dead-lettered."""

from __future__ import annotations

import asyncio

import msgspec
import pytest
import redis.asyncio as aioredis
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from services.alerter.service import Alerter
from services.alerter.settings import AlerterSettings, RedisKeys
from services.alerter.store import AlertStore
from services.alerter.subscribe import AlertFilter, stream_alerts
from shared.contracts.codec import decode, encode
from shared.contracts.models import Alert, DeadLetter, Toll
from shared.contracts.registry import load_contracts
from shared.kafka import ensure_topics, make_producer
from shared.settings import Topics
from tests.harness import read_topic

pytestmark = pytest.mark.integration


def tagged_example() -> bytes:
    contract = next(c for c in load_contracts() if c.folder == "news.tagged")
    return contract.examples(1)["alert-worthy"]


def with_toll(value: bytes, article_id: str, killed: int) -> bytes:
    from shared.contracts.models import TaggedArticle

    article = decode(value, TaggedArticle)
    casualties = msgspec.structs.replace(article.tags.casualties, killed=Toll(min=killed, evidence="x"))
    tags = msgspec.structs.replace(article.tags, casualties=casualties)
    return encode(msgspec.structs.replace(article, article_id=article_id, tags=tags))


@pytest.fixture
async def alerter_parts(kafka_bootstrap: str, redis_url: str, unique_prefix: str):  # type: ignore[no-untyped-def]
    settings = AlerterSettings(
        kafka_bootstrap=kafka_bootstrap, redis_url=redis_url, topic_prefix=unique_prefix, redis_prefix="tocsin-test:"
    )
    topics = Topics(unique_prefix)
    await ensure_topics(kafka_bootstrap, topics.pipeline(), partitions=1)
    client = aioredis.from_url(redis_url)
    producer = make_producer(kafka_bootstrap, "test-alerter")
    await producer.start()
    keys = RedisKeys(settings.redis_prefix, unique_prefix)

    def new_alerter() -> Alerter:
        store = AlertStore(client, keys, incident_ttl_s=3600, stream_max_len=1000)
        return Alerter(settings, store, producer)

    yield new_alerter, client, keys, topics
    await producer.stop()
    await client.aclose()


async def stream_alert_ids(client: aioredis.Redis, keys: RedisKeys) -> list[str]:
    return [fields[b"alert_id"].decode() for _id, fields in await client.xrange(keys.stream)]


async def test_one_alert_then_revision_and_no_duplicate_on_replay(alerter_parts, kafka_bootstrap: str) -> None:  # type: ignore[no-untyped-def]
    new_alerter, client, keys, topics = alerter_parts
    alerter = new_alerter()
    first = tagged_example()
    assert await alerter.handle(b"k", first) == "new"
    assert await alerter.handle(b"k", first) == "replay"
    assert await new_alerter().handle(b"k", first) == "replay"  # a restarted alerter replaying its input
    assert await alerter.handle(b"k2", with_toll(first, "second-report", 12)) == "same_incident"
    assert await alerter.handle(b"k3", with_toll(first, "third-report", 15)) == "revision"
    ids = await stream_alert_ids(client, keys)
    assert len(ids) == 2 and ids[0].endswith(":1") and ids[1].endswith(":2")
    published = [decode(v, Alert) for _k, v in await read_topic(kafka_bootstrap, topics.alerts)]
    assert [a.alert_id for a in published] == ids


async def test_concurrent_alerters_agree_on_one_alert(alerter_parts) -> None:  # type: ignore[no-untyped-def]
    new_alerter, client, keys, _topics = alerter_parts
    copies = [with_toll(tagged_example(), f"copy-{i}", 12) for i in range(8)]
    kinds = await asyncio.gather(*(new_alerter().handle(None, c) for c in copies))
    assert sorted(kinds).count("new") == 1
    assert len(await stream_alert_ids(client, keys)) == 1


async def test_live_subscriber_receives_alert_and_filters(alerter_parts) -> None:  # type: ignore[no-untyped-def]
    new_alerter, client, keys, _topics = alerter_parts
    pubsub = client.pubsub()
    await pubsub.subscribe(keys.channel)
    received: list[Alert] = []

    async def listen() -> None:
        async for _entry, alert in stream_alerts(client, keys):
            received.append(alert)
            return

    listener = asyncio.create_task(listen())
    await asyncio.sleep(0.3)
    await new_alerter().handle(None, tagged_example())
    await asyncio.wait_for(listener, 10)
    assert received[0].severity == "critical"
    message = None
    for _ in range(20):
        message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=0.5)
        if message:
            break
    assert message is not None and decode(message["data"], Alert).alert_id == received[0].alert_id
    await pubsub.aclose()
    assert AlertFilter(countries=frozenset({"UA"})).matches(received[0])
    assert not AlertFilter(countries=frozenset({"SD"})).matches(received[0])
    assert not AlertFilter(theatres=frozenset({"sudan"})).matches(received[0])


async def test_poison_message_goes_to_dead_letter_topic_and_loop_goes_on(
    alerter_parts, kafka_bootstrap: str, unique_prefix: str
) -> None:  # type: ignore[no-untyped-def]
    new_alerter, client, keys, topics = alerter_parts
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    await producer.send_and_wait(topics.tagged, b"not json at all", key=b"bad")
    await producer.send_and_wait(topics.tagged, tagged_example(), key=b"good")
    await producer.stop()
    consumer = AIOKafkaConsumer(
        topics.tagged,
        bootstrap_servers=kafka_bootstrap,
        group_id=f"{unique_prefix}alerter",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    stop = asyncio.Event()
    task = asyncio.create_task(new_alerter().run(consumer, stop))
    for _ in range(60):
        if await stream_alert_ids(client, keys):
            break
        await asyncio.sleep(0.25)
    stop.set()
    await asyncio.wait_for(task, 10)
    await consumer.stop()
    assert len(await stream_alert_ids(client, keys)) == 1
    dead = [decode(v, DeadLetter) for _k, v in await read_topic(kafka_bootstrap, topics.dlq)]
    assert len(dead) == 1 and dead[0].stage == "alerter" and "DecodeError" in dead[0].error
    assert dead[0].original_key == "bad"
