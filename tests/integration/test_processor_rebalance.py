"""Workers joining and leaving mid-stream lose no article: each rebalance hands partitions over while batches are in
flight, and every article still comes out of the dedup stage exactly as unique or as a copy."""

from __future__ import annotations

import asyncio
import random
import time
from pathlib import Path

import pytest

from shared.contracts.codec import decode
from shared.contracts.models import Article, DuplicateRecord
from shared.kafka import ensure_topics
from shared.settings import Topics
from tests.harness import Service, filler_article, free_port, metric_value, publish_raw, read_topic

pytestmark = pytest.mark.integration

ARTICLES = 3000


async def test_workers_joining_and_leaving_mid_stream_lose_no_article(
    kafka_bootstrap: str, redis_url: str, unique_prefix: str, tmp_path: Path
) -> None:
    topics = Topics(unique_prefix)
    await ensure_topics(kafka_bootstrap, topics.pipeline(), partitions=4)
    env = {
        "TOCSIN_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "TOCSIN_REDIS_URL": redis_url,
        "TOCSIN_TOPIC_PREFIX": unique_prefix,
        "TOCSIN_REDIS_PREFIX": f"tocsin-test:{unique_prefix}",
        "TOCSIN_PARTITIONS": "4",
        "TOCSIN_APP_ID": f"{unique_prefix}processor",
        "TOCSIN_DATA_DIR": str(tmp_path / "data"),
        "TOCSIN_LOG_LEVEL": "WARNING",
    }
    rng = random.Random(11)
    articles = [filler_article(rng, "rebalance", i) for i in range(ARTICLES)]
    await publish_raw(kafka_bootstrap, topics.raw, articles)

    def done(workers: list[Service]) -> float:
        return sum(metric_value(w.metrics(), "tocsin_dedup_articles_total") for w in workers)

    workers: list[Service] = []
    try:
        first = Service("processor", env, tmp_path, free_port())
        workers.append(first)
        first.wait_healthy()
        for step in range(3):
            deadline = time.monotonic() + 60
            while done(workers) < (step + 1) * 400 and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            log_dir = tmp_path / f"w{step}"
            log_dir.mkdir()
            joiner = Service("processor", env, log_dir, free_port())
            workers.append(joiner)
            joiner.wait_healthy()
            if step == 1:
                workers.pop(0).stop()
        expected = {a.article_id for a in articles}
        deadline = time.monotonic() + 120
        while True:
            unique = {decode(v, Article).article_id for _k, v in await read_topic(kafka_bootstrap, topics.articles)}
            copies = {
                decode(v, DuplicateRecord).article_id for _k, v in await read_topic(kafka_bootstrap, topics.duplicates)
            }
            if expected <= unique | copies or time.monotonic() > deadline:
                break
            await asyncio.sleep(1)
    finally:
        for worker in workers:
            worker.stop()
    missing = sorted(expected - unique)
    assert not missing, f"{len(missing)} lost or taken for copies: {missing[:50]} copies: {len(copies & expected)}"
