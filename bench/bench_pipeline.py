"""Pipeline benchmark on the real Kafka and Redis: per-stage and end-to-end throughput and latency.

Feeds N synthetic-but-realistic RawArticles (texts from ../shared/eval when present, else the repo's fixtures, each
made unique) straight into news.raw, with a processor worker and the alerter running as subprocesses, and measures:
- baseline: a bare aiokafka hop (consume news.raw-like topic, produce to another) on the same broker — the ceiling
  any Kafka stage can reach here;
- dedup stage: news.raw -> news.articles/news.duplicates; tagger stage: -> news.tagged (throughput, p50/p99 latency
  from the broker's record timestamps);
- end to end: first raw message to last tagged message; latency raw -> tagged under the burst (queueing) and for
  articles sent one by one at a steady pace (no backlog).
Usage: bench_pipeline.py [--articles N] [--runs R]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import redis.asyncio as aioredis  # noqa: E402
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer  # noqa: E402

from bench.cleanup import delete_redis_prefix, delete_topics  # noqa: E402
from services.alerter.settings import RedisKeys  # noqa: E402
from shared.contracts.codec import encode  # noqa: E402
from shared.contracts.models import RawArticle  # noqa: E402
from shared.ids import stable_hash  # noqa: E402
from shared.kafka import ensure_topics  # noqa: E402
from shared.settings import Topics  # noqa: E402
from tests.harness import Service, free_port  # noqa: E402

KAFKA = "127.0.0.1:19092"
COLLECT_TIMEOUT_S = 300
PACED_ARTICLES = 200
PACED_RATE_PER_S = 40
REDIS = "redis://127.0.0.1:16379/0"
SHARED = REPO.parent / "shared"


def load_texts() -> list[tuple[str, str]]:
    source = SHARED / "eval" / "dev" / "newsapi-ukraine-2022-04.jsonl"
    texts = []
    if source.exists():
        for line in source.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts.append((row.get("title") or "", row.get("text") or ""))
    for path in sorted((REPO / "tests" / "fixtures" / "articles").glob("*.json")):
        row = json.loads(path.read_text())
        texts.append((row["title"], row["text"]))
    return texts


def make_articles(n: int, run_id: str) -> list[RawArticle]:
    """Unique articles built from real sentences: each mixes a dozen sentences drawn from the whole pool, so the
    tagger sees real news language (some with tolls) and dedup sees no accidental near-copies."""
    texts = load_texts()
    pool = [s.strip() for _title, text in texts for s in text.replace("\n", " ").split(". ") if len(s.split()) > 5]
    rng = random.Random(run_id)
    articles = []
    for i in range(n):
        title = texts[i % len(texts)][0]
        body = ". ".join(rng.sample(pool, min(12, len(pool)))) + "."
        article_id = stable_hash("bench", run_id, str(i))
        articles.append(
            RawArticle(
                article_id=article_id,
                feed_id=f"bench-{i % 50}",
                url=f"https://bench.example/{run_id}/{i}",
                title=title,
                content=body,
                fetched_at="2025-04-24T12:00:00Z",
                published="2025-04-24T12:00:00Z",
                raw_hash=stable_hash(body),
                language="en",
            )
        )
    return articles


async def collect(topic: str, expected: int, timeout_s: float, group: str) -> dict[str, int]:
    """Article id -> broker timestamp (ms) of the first `expected` messages on `topic`."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=KAFKA, group_id=group, auto_offset_reset="earliest")
    await consumer.start()
    stamps: dict[str, int] = {}
    deadline = time.monotonic() + timeout_s
    try:
        while len(stamps) < expected and time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=500, max_records=2000)
            for records in batches.values():
                stamps.update(((r.key or b"").decode(), r.timestamp) for r in records)
    finally:
        await consumer.stop()
    return stamps


async def baseline_hop(n: int, payloads: list[bytes]) -> float:
    """Messages/s of a bare consume-and-forward hop with aiokafka on this broker."""
    source, sink = f"bench-base-{uuid.uuid4().hex[:8]}", f"bench-base-out-{uuid.uuid4().hex[:8]}"
    await ensure_topics(KAFKA, [source, sink], partitions=2)
    producer = AIOKafkaProducer(bootstrap_servers=KAFKA, linger_ms=5, acks="all", enable_idempotence=True)
    await producer.start()
    for payload in payloads[:n]:
        await producer.send(source, payload)
    await producer.flush()
    consumer = AIOKafkaConsumer(source, bootstrap_servers=KAFKA, group_id=f"g-{source}", auto_offset_reset="earliest")
    await consumer.start()
    seen, start = 0, time.perf_counter()
    while seen < n:
        batches = await consumer.getmany(timeout_ms=500, max_records=2000)
        for records in batches.values():
            for record in records:
                await producer.send(sink, record.value)
                seen += 1
        await consumer.commit()
    await producer.flush()
    elapsed = time.perf_counter() - start
    await consumer.stop()
    await producer.stop()
    await delete_topics(KAFKA, [source, sink])
    return n / elapsed


async def paced_latencies(topics: Topics, prefix: str, run_id: str) -> list[float]:
    """Latency raw -> tagged (ms) for articles sent one by one at PACED_RATE_PER_S, i.e. without a backlog."""
    articles = make_articles(PACED_ARTICLES, f"{run_id}-paced")
    consumer = AIOKafkaConsumer(topics.tagged, bootstrap_servers=KAFKA, group_id=f"{prefix}bench-paced")
    await consumer.start()
    await asyncio.sleep(1)  # joined and positioned at the end before sending
    producer = AIOKafkaProducer(bootstrap_servers=KAFKA, acks="all", enable_idempotence=True)
    await producer.start()
    sent_at: dict[str, float] = {}
    for article in articles:
        await producer.send_and_wait(topics.raw, encode(article), key=article.article_id.encode())
        sent_at[article.article_id] = time.time() * 1000
        await asyncio.sleep(1 / PACED_RATE_PER_S)
    await producer.stop()
    latencies: list[float] = []
    deadline = time.monotonic() + 60
    while len(latencies) < len(articles) and time.monotonic() < deadline:
        batches = await consumer.getmany(timeout_ms=500)
        for records in batches.values():
            for record in records:
                key = (record.key or b"").decode()
                if key in sent_at:
                    latencies.append(record.timestamp - sent_at.pop(key))
    await consumer.stop()
    return latencies


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


async def pipeline_run(n: int) -> dict[str, float]:
    run_id = uuid.uuid4().hex[:8]
    prefix = f"bench{run_id}."
    topics = Topics(prefix)
    await ensure_topics(KAFKA, topics.pipeline(), partitions=2)
    tmp = Path(tempfile.mkdtemp(prefix="tocsin-bench-"))
    env = {
        "TOCSIN_KAFKA_BOOTSTRAP": KAFKA,
        "TOCSIN_REDIS_URL": REDIS,
        "TOCSIN_TOPIC_PREFIX": prefix,
        "TOCSIN_PARTITIONS": "2",
        "TOCSIN_APP_ID": f"{prefix}processor",
        "TOCSIN_GROUP_ID": f"{prefix}alerter",
        "TOCSIN_DATA_DIR": str(tmp / "data"),
        "TOCSIN_LOG_LEVEL": "WARNING",
        "TOCSIN_REDIS_PREFIX": f"tocsin-bench:{prefix}",
    }
    services = [Service(name, env, tmp, free_port()) for name in ("processor", "alerter")]
    try:
        for service in services:
            service.wait_healthy()
        articles = make_articles(n, run_id)
        producer = AIOKafkaProducer(bootstrap_servers=KAFKA, linger_ms=5, acks="all", enable_idempotence=True)
        await producer.start()
        sent_at: dict[str, float] = {}
        start_ms = time.time() * 1000
        for article in articles:
            await producer.send(topics.raw, encode(article), key=article.article_id.encode())
            sent_at[article.article_id] = time.time() * 1000
        await producer.flush()
        await producer.stop()
        produce_end_ms = time.time() * 1000
        articles_task = collect(topics.articles, n, COLLECT_TIMEOUT_S, f"{prefix}bench-a")
        tagged_task = collect(topics.tagged, n, COLLECT_TIMEOUT_S, f"{prefix}bench-t")
        article_stamps, tagged_stamps = await asyncio.gather(articles_task, tagged_task)
        client = aioredis.from_url(REDIS)
        entries = await client.xrange(RedisKeys(f"tocsin-bench:{prefix}", prefix).stream)
        await client.aclose()
        latencies = [ts - sent_at[key] for key, ts in tagged_stamps.items() if key in sent_at]
        end_ms = max(tagged_stamps.values()) if tagged_stamps else float("nan")
        paced = await paced_latencies(topics, prefix, run_id)
        return {
            "articles": n,
            "produce_per_s": n / max(1e-6, (produce_end_ms - start_ms) / 1000),
            "dedup_per_s": len(article_stamps) / max(1e-6, (max(article_stamps.values()) - start_ms) / 1000),
            "tagged": len(tagged_stamps),
            "end_to_end_per_s": len(tagged_stamps) / max(1e-6, (end_ms - start_ms) / 1000),
            # Steady state: first to last tagged message, without the consumer group's start-up.
            "tagged_steady_per_s": (len(tagged_stamps) - 1)
            / max(1e-6, (end_ms - min(tagged_stamps.values(), default=end_ms)) / 1000),
            "tagged_latency_p50_ms": pct(latencies, 0.5),
            "tagged_latency_p99_ms": pct(latencies, 0.99),
            "alerts": len(entries),
            "paced_latency_p50_ms": pct(paced, 0.5),
            "paced_latency_p99_ms": pct(paced, 0.99),
        }
    finally:
        for service in services:
            service.stop()
        # The run's topics (faust's own ones carry the app id, which starts with the prefix) and Redis keys.
        await delete_topics(KAFKA, [prefix])
        client = aioredis.from_url(REDIS)
        await delete_redis_prefix(client, env["TOCSIN_REDIS_PREFIX"])
        await client.aclose()


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    payloads = [encode(a) for a in make_articles(args.articles, "baseline")]
    baselines, runs = [], []
    for i in range(args.runs):
        baselines.append(await baseline_hop(args.articles, payloads))
        runs.append(await pipeline_run(args.articles))
        print(f"  run {i + 1}: baseline hop {baselines[-1]:.0f} msg/s; pipeline {json.dumps(runs[-1])}", flush=True)
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    base = statistics.median(baselines)
    print(f"pipeline (median of {args.runs} runs, {args.articles} articles, 1 processor worker, 2 partitions):")
    print(f"  baseline aiokafka hop        {base:8.0f} msg/s")
    print(
        f"  dedup stage                  {med['dedup_per_s']:8.0f} articles/s  ({med['dedup_per_s'] / base:.2f}x baseline)"
    )
    print(f"  tagger, steady (1st -> last) {med['tagged_steady_per_s']:8.0f} articles/s")
    print(
        f"  end to end (raw -> tagged)   {med['end_to_end_per_s']:8.0f} articles/s  ({med['end_to_end_per_s'] / base:.2f}x baseline)"
    )
    print(
        f"  latency raw -> tagged, burst  p50 {med['tagged_latency_p50_ms']:.0f} ms, p99 {med['tagged_latency_p99_ms']:.0f} ms"
    )
    print(
        f"  latency raw -> tagged, paced  p50 {med['paced_latency_p50_ms']:.0f} ms, p99 {med['paced_latency_p99_ms']:.0f} ms"
        f"  ({PACED_ARTICLES} articles at {PACED_RATE_PER_S}/s)"
    )
    print(f"  alerts raised                {med['alerts']:.0f}")


if __name__ == "__main__":
    asyncio.run(main())
