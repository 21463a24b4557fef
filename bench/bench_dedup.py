"""Dedup throughput (articles/s, one process = one core) with MemoryStore and RedisStore, and Redis memory per
million articles extrapolated from a bounded number of inserts. Cleans up its keys. Bounded to well under a minute.

    .venv/bin/python bench/bench_dedup.py [--articles 20000] [--memory-articles 60000] [--redis-url URL]

Articles are synthetic (Zipf-distributed vocabulary, 120-400 words, paragraphs), one in ten a near-copy of an
earlier one, so every code path (content hash, bucket claims, verification, release) runs.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import time
import uuid
from pathlib import Path

import numpy as np
import redis.asyncio as aioredis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.processor.dedup import Deduplicator, MemoryStore, RedisStore
from shared.ids import stable_hash

VOCABULARY_SIZE = 30_000
COPY_SHARE = 0.1


def make_articles(count: int, seed: int) -> list[tuple[str, str, str]]:
    rng = np.random.default_rng(seed)
    vocabulary = [f"w{i:x}" for i in range(VOCABULARY_SIZE)]
    ranks = rng.zipf(1.2, size=count * 400) % VOCABULARY_SIZE
    out: list[tuple[str, str, str]] = []
    cursor = 0
    py_rng = random.Random(seed)
    for i in range(count):
        article_id = stable_hash("bench", str(seed), str(i))
        if out and py_rng.random() < COPY_SHARE:
            _, title, text = out[py_rng.randrange(len(out))]
            tokens = text.split(" ")
            cut = int(len(tokens) * py_rng.uniform(0.7, 1.0))
            text = " ".join(tokens[:cut]) + " share this story"
            out.append((article_id, "copy " + title, text))
            continue
        length = py_rng.randint(120, 400)
        tokens = [vocabulary[r] for r in ranks[cursor : cursor + length]]
        cursor += length
        for p in range(40, len(tokens), 40):
            tokens[p] = "\n" + tokens[p]
        out.append((article_id, " ".join(tokens[:8]), " ".join(tokens)))
    return out


async def run_checks(dedup: Deduplicator, articles: list[tuple[str, str, str]], concurrency: int = 1) -> float:
    """Wall seconds for checking every article, `concurrency` checks in flight."""
    started = time.perf_counter()
    if concurrency == 1:
        for article_id, title, text in articles:
            await dedup.check(article_id, title=title, text=text)
    else:
        for i in range(0, len(articles), concurrency):
            await asyncio.gather(*(dedup.check(a, title=t, text=x) for a, t, x in articles[i : i + concurrency]))
    return time.perf_counter() - started


async def redis_cpu_s(client: aioredis.Redis) -> float:
    """CPU seconds the Redis server has used (all clients: other work on the server counts too)."""
    info = await client.info("cpu")
    return float(info["used_cpu_user"]) + float(info["used_cpu_sys"])


async def timed_run(
    label: str,
    dedup: Deduplicator,
    articles: list[tuple[str, str, str]],
    client: aioredis.Redis | None,
    concurrency: int = 1,
) -> float:
    """Runs the checks and prints wall-clock rate and CPU per article (this process, and Redis when used)."""
    redis_before = await redis_cpu_s(client) if client is not None else 0.0
    cpu_before = time.process_time()
    wall = await run_checks(dedup, articles, concurrency)
    worker_us = (time.process_time() - cpu_before) / len(articles) * 1e6
    redis_us = ((await redis_cpu_s(client)) - redis_before) / len(articles) * 1e6 if client is not None else 0.0
    per_core = 1e6 / (worker_us + redis_us)
    print(
        f"{label}: {len(articles) / wall:,.0f} articles/s wall; CPU per article: worker {worker_us:,.0f} us"
        + (f" + Redis {redis_us:,.0f} us" if client is not None else "")
        + f" = {per_core:,.0f} articles per CPU-second"
    )
    return per_core


async def used_memory(client: aioredis.Redis) -> int:
    info = await client.info("memory")
    return int(info["used_memory"])


async def delete_prefix(client: aioredis.Redis, prefix: str) -> None:
    batch: list[bytes] = []
    async for key in client.scan_iter(match=f"{prefix}*", count=2000):
        batch.append(key)
        if len(batch) >= 2000:
            await client.unlink(*batch)
            batch.clear()
    if batch:
        await client.unlink(*batch)


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000, help="articles per throughput run")
    parser.add_argument("--memory-articles", type=int, default=50_000, help="articles inserted for the memory figure")
    parser.add_argument(
        "--memory-shard-bits",
        type=int,
        default=13,
        help="bucket-hash shards for the memory run; 13 gives the sample about the entries per hash that 16 (the default) "
        "gives 1M articles per window, so the per-article figure extrapolates",
    )
    parser.add_argument("--redis-url", default=os.environ.get("TOCSIN_REDIS_URL", "redis://127.0.0.1:16379/0"))
    args = parser.parse_args()

    articles = make_articles(args.articles, seed=1)
    print(f"{len(articles):,} articles per run, one process")
    await timed_run("MemoryStore", Deduplicator(MemoryStore()), articles, None)

    client: aioredis.Redis = aioredis.from_url(args.redis_url)
    prefix = f"tb{uuid.uuid4().hex[:8]}:dedup:"  # about as long as a deployment's "tocsin:dedup:"
    try:
        await client.ping()
        store = RedisStore(client, prefix=prefix)
        await timed_run("RedisStore, one check in flight", Deduplicator(store), articles, client)
        await delete_prefix(client, prefix)
        await timed_run(
            "RedisStore, 32 checks in flight (one pipeline)",
            Deduplicator(RedisStore(client, prefix=prefix)),
            articles,
            client,
            32,
        )
        await delete_prefix(client, prefix)

        inserts = make_articles(args.memory_articles, seed=2)
        before = await used_memory(client)
        store = RedisStore(client, prefix=prefix, shard_bits=args.memory_shard_bits)
        elapsed = await run_checks(Deduplicator(store), inserts, 64)
        after = await used_memory(client)
        keys = 0
        async for _ in client.scan_iter(match=f"{prefix}*", count=2000):
            keys += 1
        per_article = (after - before) / len(inserts)
        print(
            f"Redis memory: {after - before:,} bytes for {len(inserts):,} articles ({keys:,} keys, "
            f"{len(inserts) / elapsed:,.0f} articles/s) = {per_article:,.0f} B/article "
            f"= {per_article * 1e6 / 2**20:,.0f} MiB per million articles in the window"
        )
    finally:
        await delete_prefix(client, prefix)
        await client.aclose()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
