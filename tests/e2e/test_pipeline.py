"""End to end on the real Kafka and Redis: HTTP feed server -> poller -> Kafka -> processor -> alerter -> Redis.

The seed-like article must give exactly one alert (Kyiv, UA, 12 killed, 90 injured, critical) and no alert for
the background Sumy strike; re-polls and a copy under a tracking-parameter URL add nothing; a poison message goes
to the dead-letter topic while the pipeline keeps going; each service's /metrics shows the run's counts.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
import redis.asyncio as aioredis
from aiokafka import AIOKafkaProducer

from services.alerter.settings import RedisKeys
from services.alerter.subscribe import stream_alerts
from shared.contracts.codec import decode, encode
from shared.contracts.models import Alert, DeadLetter, RawArticle, TaggedArticle
from shared.settings import Topics
from tests.conftest import load_fixture_article, load_seed_article
from tests.harness import FeedServer, Service, free_port, metric_value, read_topic, rss_document, running

pytestmark = [pytest.mark.e2e, pytest.mark.integration]

ALERT_WAIT_S = 45
REDIS_PREFIX = "tocsin-test:"


def _article_under_test(which: str) -> dict[str, str]:
    if which == "fixture":
        return load_fixture_article("kyiv_strike")
    seed = load_seed_article()
    if seed is None:
        pytest.skip("../shared/seeds is not present on this machine")
    return seed


def _service_env(prefix: str, kafka: str, redis_url: str, feeds_file: Path, tmp_path: Path) -> dict[str, str]:
    return {
        "TOCSIN_KAFKA_BOOTSTRAP": kafka,
        "TOCSIN_REDIS_URL": redis_url,
        "TOCSIN_TOPIC_PREFIX": prefix,
        "TOCSIN_REDIS_PREFIX": f"{REDIS_PREFIX}{prefix}",
        "TOCSIN_PARTITIONS": "2",
        "TOCSIN_APP_ID": f"{prefix}processor",
        "TOCSIN_GROUP_ID": f"{prefix}alerter",
        "TOCSIN_DATA_DIR": str(tmp_path / "processor-data"),
        "TOCSIN_POLLER_FEEDS_FILE": str(feeds_file),
        "TOCSIN_POLLER_ALLOW_NETWORKS": "127.0.0.0/8",
        "TOCSIN_POLLER_INTERVAL_FLOOR_S": "1",
        "TOCSIN_POLLER_DEFAULT_INTERVAL_S": "1",
        "TOCSIN_POLLER_PER_HOST_DELAY_S": "0",
        "TOCSIN_LOG_LEVEL": "INFO",
    }


async def _first_alert(redis_url: str, keys: RedisKeys, timeout_s: float) -> Alert:
    client = aioredis.from_url(redis_url)
    try:
        async with asyncio.timeout(timeout_s):
            async for _entry_id, alert in stream_alerts(client, keys, replay=10):
                return alert
    finally:
        await client.aclose()
    raise AssertionError("unreachable")


async def _alerts_in_stream(redis_url: str, keys: RedisKeys) -> list[Alert]:
    client = aioredis.from_url(redis_url)
    try:
        entries = await client.xrange(keys.stream)
        return [decode(fields[b"alert"], Alert) for _id, fields in entries]
    finally:
        await client.aclose()


async def _wait_for(predicate, timeout_s: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if await predicate():
            return
        await asyncio.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.parametrize("which", ["fixture", "seed"])
async def test_seed_article_end_to_end(
    which: str, kafka_bootstrap: str, redis_url: str, unique_prefix: str, tmp_path: Path
) -> None:
    article = _article_under_test(which)
    topics = Topics(unique_prefix)
    keys = RedisKeys(f"{REDIS_PREFIX}{unique_prefix}", unique_prefix)
    link = "http://127.0.0.1/world/2025/04/24/kyiv-strike"
    story = {
        "title": article["title"],
        "text": article["text"],
        "published": article.get("published") or "",
        "link": link,
    }
    with FeedServer() as feeds:
        feeds.feeds["/world.xml"] = rss_document([story], title="World desk")
        feeds_file = tmp_path / "feeds.toml"
        feeds_file.write_text(f'[[feeds]]\nfeed_id = "world"\nurl = "{feeds.url("/world.xml")}"\ninterval_s = 1\n')
        env = _service_env(unique_prefix, kafka_bootstrap, redis_url, feeds_file, tmp_path)
        services = [Service(name, env, tmp_path, free_port()) for name in ("alerter", "processor", "poller")]
        with running(services) as (alerter, processor, poller):
            alert = await _first_alert(redis_url, keys, ALERT_WAIT_S)

            # The alert: Kyiv, Ukraine, with coordinates; 12 killed, 90 injured; critical. Not Sumy's 35.
            assert alert.severity == "critical"
            assert alert.casualties.killed is not None and alert.casualties.killed.min == 12
            assert alert.casualties.injured is not None and alert.casualties.injured.min == 90
            main_place = alert.places[0]
            assert main_place.name == "Kyiv" and main_place.country_code == "UA"
            assert main_place.lat == pytest.approx(50.45, abs=0.1)
            assert main_place.lon == pytest.approx(30.52, abs=0.1)
            assert alert.revision == 1

            # The same story again under a URL that differs only by tracking parameters, plus re-polls.
            polls_before = metric_value(poller.metrics(), "tocsin_poller_polls_total")
            copy = {
                **story,
                "link": f"{link}?utm_source=rss&utm_medium=feed&fbclid=abc123#top",
                "guid": f"{link}?utm_source=rss",
            }
            feeds.feeds["/world.xml"] = rss_document([story, copy], title="World desk")

            async def polled_twice_more() -> bool:
                return metric_value(poller.metrics(), "tocsin_poller_polls_total") >= polls_before + 3

            await _wait_for(polled_twice_more, 60, "three more polls")
            await asyncio.sleep(3)  # let anything those polls published flow through

            # A poison message on news.raw goes to the dead-letter topic; a valid one after it still flows.
            producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
            await producer.start()
            try:
                await producer.send_and_wait(topics.raw, b'{"title": "no id", "schema_version": 1', key=b"poison")
                after_poison = RawArticle(
                    article_id="after-poison-0001",
                    feed_id="direct",
                    url="https://example.org/after-poison",
                    title="Council approves new budget",
                    content="The city council approved its budget.",
                    fetched_at="2025-04-24T18:00:00Z",
                    raw_hash="after-poison-hash",
                )
                await producer.send_and_wait(topics.raw, encode(after_poison), key=b"after-poison-0001")
            finally:
                await producer.stop()

            async def after_poison_tagged() -> bool:
                tagged = await read_topic(kafka_bootstrap, topics.tagged)
                return any(key == b"after-poison-0001" for key, _ in tagged)

            await _wait_for(after_poison_tagged, 60, "the message after the poison to be tagged")

            dead = [decode(value, DeadLetter) for _, value in await read_topic(kafka_bootstrap, topics.dlq)]
            assert len(dead) == 1
            assert dead[0].stage == "dedup" and dead[0].source_topic == topics.raw
            assert dead[0].error  # the reason is recorded
            assert dead[0].original_key == "poison"

            # Exactly one alert; one article for the story; nothing re-published by re-polls.
            alerts = await _alerts_in_stream(redis_url, keys)
            assert [a.alert_id for a in alerts] == [alert.alert_id]
            raw = [decode(v, RawArticle) for _, v in await read_topic(kafka_bootstrap, topics.raw) if _ != b"poison"]
            story_raw = [r for r in raw if r.feed_id == "world"]
            assert len({r.article_id for r in story_raw}) == 1
            tagged = [decode(v, TaggedArticle) for _, v in await read_topic(kafka_bootstrap, topics.tagged)]
            story_tagged = [t for t in tagged if t.feed_id == "world"]
            assert len(story_tagged) == 1
            assert story_tagged[0].tags.places[0].name == "Kyiv"

            # Each service's /metrics shows this run's work.
            assert metric_value(poller.metrics(), "tocsin_poller_articles_published_total") >= 1
            processor_metrics = processor.metrics()
            assert metric_value(processor_metrics, "tocsin_dedup_articles_total", {"result": "unique"}) >= 2
            assert metric_value(processor_metrics, "tocsin_tagger_articles_total", {"severity": "critical"}) == 1
            assert metric_value(processor_metrics, "tocsin_dead_letters_total", {"stage": "dedup"}) == 1
            assert metric_value(alerter.metrics(), "tocsin_alerter_alerts_total", {"kind": "new"}) == 1
        for service in services:
            assert service.proc.returncode == 0, f"{service.name} did not stop cleanly:\n{service.log_tail()}"
