"""Crashes lose no article and duplicate no alert: the processor and the alerter are SIGKILLed mid-stream on the
real Kafka and Redis, restarted, and every article and exactly one alert per incident come out the other end."""

from __future__ import annotations

import asyncio
import random
import time
from pathlib import Path

import pytest
import redis.asyncio as aioredis

from services.alerter.settings import RedisKeys
from shared.contracts.codec import decode
from shared.contracts.models import Alert, Article, DuplicateRecord, RawArticle
from shared.kafka import ensure_topics
from shared.settings import Topics
from tests.harness import (
    Service,
    committed_offsets,
    end_offsets,
    filler_article,
    free_port,
    metric_value,
    publish_raw,
    raw_article,
    read_records,
    read_topic,
)

pytestmark = pytest.mark.integration

ARTICLES = 1500
CRASH_AFTER_TAGGED = 150
# Five separate strikes, each told in its own words (templated texts would rightly be taken for copies).
STRIKES = [
    (
        "Missile strike on Kharkiv kills 11",
        "A Russian missile hit an apartment block in Kharkiv on Tuesday, killing 11 "
        "people and wounding 31, the regional governor said. Firefighters worked for hours to put out the blaze.",
    ),
    (
        "Drone attack on Odesa port leaves 12 dead",
        "Russian drones struck warehouses at the port of Odesa overnight. "
        "Twelve dock workers were killed and 32 were injured, according to the city administration.",
    ),
    (
        "Dnipro: 13 killed as ballistic missile hits bus station",
        "At least 13 people died when a ballistic missile "
        "slammed into the bus station in central Dnipro during the morning rush, officials reported. 33 were hurt.",
    ),
    (
        "Shelling of Kherson market kills 14",
        "Russian artillery shelled a crowded market in Kherson, killing 14 "
        "shoppers and traders. Another 34 people were taken to hospital with shrapnel wounds, the governor wrote.",
    ),
    (
        "Glide bombs hit Zaporizhzhia, 15 dead",
        "Russian aircraft dropped guided bombs on an industrial district of "
        "Zaporizhzhia, killing 15 employees of a repair plant and injuring 35, emergency services said.",
    ),
]


def make_articles() -> tuple[list[RawArticle], int]:
    rng = random.Random(7)
    articles = []
    incidents = 0
    for i in range(ARTICLES):
        if i % 300 == 150:  # the strikes are spread before and after the crash
            articles.append(raw_article("crash", i, *STRIKES[incidents]))
            incidents += 1
        else:
            articles.append(filler_article(rng, "crash", i))
    return articles, incidents


async def test_sigkill_mid_stream_loses_nothing_and_duplicates_no_alert(
    kafka_bootstrap: str, redis_url: str, unique_prefix: str, tmp_path: Path
) -> None:
    topics = Topics(unique_prefix)
    await ensure_topics(kafka_bootstrap, topics.pipeline(), partitions=2)
    redis_prefix = f"tocsin-test:{unique_prefix}"
    env = {
        "TOCSIN_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "TOCSIN_REDIS_URL": redis_url,
        "TOCSIN_TOPIC_PREFIX": unique_prefix,
        "TOCSIN_REDIS_PREFIX": redis_prefix,
        "TOCSIN_PARTITIONS": "2",
        "TOCSIN_APP_ID": f"{unique_prefix}processor",
        "TOCSIN_GROUP_ID": f"{unique_prefix}alerter",
        "TOCSIN_DATA_DIR": str(tmp_path / "data"),
        "TOCSIN_LOG_LEVEL": "WARNING",
    }
    articles, incidents = make_articles()
    await publish_raw(kafka_bootstrap, topics.raw, articles)

    log_dir = tmp_path / "first"
    log_dir.mkdir()
    processor = Service("processor", env, log_dir, free_port())
    alerter = Service("alerter", env, log_dir, free_port())
    processor.wait_healthy()
    alerter.wait_healthy()
    deadline = time.monotonic() + 90
    while metric_value(processor.metrics(), "tocsin_tagger_articles_total") < CRASH_AFTER_TAGGED:
        assert time.monotonic() < deadline, processor.log_tail()
        await asyncio.sleep(0.1)
    processor.kill()
    alerter.kill()
    # Every raw message past the processor's commit must reach the restarted dedup step, which answers each one
    # with a new record (unique, or a copy of itself when the first run got that far).
    committed = await committed_offsets(kafka_bootstrap, env["TOCSIN_APP_ID"], topics.raw, partitions=2)
    to_replay = {
        decode(v, RawArticle).article_id
        for p, offset, _k, v in await read_records(kafka_bootstrap, topics.raw)
        if offset >= committed[p]
    }
    outputs_before = {
        topic: await end_offsets(kafka_bootstrap, topic, 2) for topic in (topics.articles, topics.duplicates)
    }

    log_dir = tmp_path / "second"
    log_dir.mkdir()
    restarted = [Service(name, env, log_dir, free_port()) for name in ("processor", "alerter")]
    try:
        for service in restarted:
            service.wait_healthy()
        expected = {a.article_id for a in articles}
        deadline = time.monotonic() + 120
        while True:
            unique = {decode(v, Article).article_id for _k, v in await read_topic(kafka_bootstrap, topics.articles)}
            copies = {
                record.article_id: f"{record.method} of {record.duplicate_of}"
                for record in (
                    decode(v, DuplicateRecord) for _k, v in await read_topic(kafka_bootstrap, topics.duplicates)
                )
            }
            answered = {
                decode(v, Article if topic == topics.articles else DuplicateRecord).article_id
                for topic, start in outputs_before.items()
                for _p, _offset, _k, v in await read_records(kafka_bootstrap, topic, start)
            }
            if (expected <= unique | copies.keys() and to_replay <= answered) or time.monotonic() > deadline:
                break
            await asyncio.sleep(1)
        assert to_replay <= answered, f"not handed to dedup after the restart: {sorted(to_replay - answered)}"
        missing = {article_id: copies.get(article_id, "lost") for article_id in sorted(expected - unique)}
        assert not missing, (
            f"articles lost or wrongly taken for copies across the crash: {missing}\n"
            f"--- processor before the crash:\n{processor.log_tail()}\n"
            f"--- processor after:\n{restarted[0].log_tail()}"
        )
        # The restarted alerter resumes once its group drops the killed member (session timeout, 10 s); wait for the
        # incidents' alerts, then a little longer so that any duplicate would show.
        alerts_key = RedisKeys(redis_prefix, unique_prefix).stream
        client = aioredis.from_url(redis_url)
        try:
            deadline = time.monotonic() + 60
            while await client.xlen(alerts_key) < incidents and time.monotonic() < deadline:
                await asyncio.sleep(0.5)
            await asyncio.sleep(3)
            entries = await client.xrange(alerts_key)
        finally:
            await client.aclose()
    finally:
        for service in restarted:
            service.stop()

    alert_ids = [decode(fields[b"alert"], Alert).alert_id for _id, fields in entries]
    assert len(alert_ids) == len(set(alert_ids)) == incidents, alert_ids
    kafka_alert_ids = {decode(v, Alert).alert_id for _k, v in await read_topic(kafka_bootstrap, topics.alerts)}
    assert kafka_alert_ids == set(alert_ids)
