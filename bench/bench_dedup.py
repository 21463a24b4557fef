"""Dedup throughput (articles/s, one process = one core) with MemoryStore and RedisStore, and Redis memory per
million articles extrapolated from a bounded number of inserts. Cleans up its keys. Bounded to well under a minute.

    .venv/bin/python bench/bench_dedup.py [--articles 5000] [--runs 3] [--memory-articles 50000] [--redis-url URL]
        [--all-modes]

The headline mode is the processor's: `check_many` on batches of `ProcessorSettings().batch_max` articles (the
shipped default unless TOCSIN_BATCH_MAX is set), so the figure follows what the processor actually does.
`--all-modes` adds the other call patterns (one check at a time, concurrent checks, other batch sizes).

Articles are synthetic (Zipf-distributed vocabulary, 120-400 words, paragraphs), one in ten a near-copy of an
earlier one, so every code path (content hash, bucket claims, verification, release) runs.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import NamedTuple

import numpy as np
import redis.asyncio as aioredis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.cleanup import delete_redis_prefix
from services.processor.dedup import ArticleToCheck, Deduplicator, MemoryStore, RedisStore
from services.processor.settings import ProcessorSettings
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


async def run_checks(
    dedup: Deduplicator, articles: list[tuple[str, str, str]], concurrency: int = 1, batch: int = 0
) -> float:
    """Wall seconds for checking every article: `concurrency` `check` calls in flight, or `check_many` on `batch`
    articles at a time."""
    started = time.perf_counter()
    if batch:
        for i in range(0, len(articles), batch):
            await dedup.check_many([ArticleToCheck(a, t, x) for a, t, x in articles[i : i + batch]])
    elif concurrency == 1:
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


class Figures(NamedTuple):
    rate: float  # articles/s, wall clock
    worker_us: float  # this process's CPU per article
    redis_us: float  # the Redis server's CPU per article

    @property
    def per_cpu_s(self) -> float:
        return 1e6 / (self.worker_us + self.redis_us)


async def timed_run(
    dedup: Deduplicator,
    articles: list[tuple[str, str, str]],
    client: aioredis.Redis | None,
    concurrency: int = 1,
    batch: int = 0,
) -> Figures:
    """Runs the checks; wall-clock rate and CPU per article (this process, and Redis when used)."""
    redis_before = await redis_cpu_s(client) if client is not None else 0.0
    cpu_before = time.process_time()
    wall = await run_checks(dedup, articles, concurrency, batch)
    worker_us = (time.process_time() - cpu_before) / len(articles) * 1e6
    redis_us = ((await redis_cpu_s(client)) - redis_before) / len(articles) * 1e6 if client is not None else 0.0
    return Figures(len(articles) / wall, worker_us, redis_us)


def report(label: str, runs: list[Figures]) -> None:
    """Median of the runs (by articles per CPU-second), and the range of that figure."""
    ordered = sorted(runs, key=lambda f: f.per_cpu_s)
    median = ordered[len(ordered) // 2]
    print(
        f"{label}: {statistics.median(f.rate for f in runs):,.0f} articles/s wall; CPU per article: worker "
        f"{median.worker_us:,.0f} us + Redis {median.redis_us:,.0f} us = {median.per_cpu_s:,.0f} articles per "
        f"CPU-second (median of {len(runs)}, range {ordered[0].per_cpu_s:,.0f}-{ordered[-1].per_cpu_s:,.0f})",
        flush=True,
    )


async def used_memory(client: aioredis.Redis) -> int:
    info = await client.info("memory")
    return int(info["used_memory"])


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5_000, help="articles per throughput run")
    parser.add_argument("--runs", type=int, default=3, help="runs per mode; the median is reported")
    parser.add_argument("--memory-articles", type=int, default=50_000, help="articles inserted for the memory figure")
    parser.add_argument(
        "--memory-shard-bits",
        type=int,
        default=13,
        help="bucket-hash shards for the memory run; 13 gives the sample about the entries per hash that 16 (the default) "
        "gives 1M articles per window, so the per-article figure extrapolates",
    )
    parser.add_argument("--redis-url", default=os.environ.get("TOCSIN_REDIS_URL", "redis://127.0.0.1:16379/0"))
    parser.add_argument("--all-modes", action="store_true", help="also measure the other call patterns")
    args = parser.parse_args()

    settings = ProcessorSettings()
    batch_max = settings.batch_max
    shipped = ProcessorSettings.model_fields["batch_max"].default
    articles = make_articles(args.articles, seed=1)
    print(
        f"{len(articles):,} articles per run, one process, {args.runs} runs per mode; processor batch size "
        f"{batch_max} ({'shipped default' if batch_max == shipped else f'TOCSIN_BATCH_MAX; shipped default {shipped}'})"
    )
    report("MemoryStore", [await timed_run(Deduplicator(MemoryStore()), articles, None) for _ in range(args.runs)])

    client: aioredis.Redis = aioredis.from_url(args.redis_url)
    prefix = f"tb{uuid.uuid4().hex[:8]}:dedup:"  # about as long as a deployment's "tocsin:dedup:"
    try:
        await client.ping()
        modes = {f"RedisStore, check_many of {batch_max} (the processor's batch)": (1, batch_max)}
        if args.all_modes:
            modes |= {
                "RedisStore, one check in flight": (1, 0),
                "RedisStore, 32 checks in flight (asyncio.gather)": (32, 0),
                "RedisStore, check_many of 64": (1, 64),
                "RedisStore, check_many of 200": (1, 200),
            }
        for label, (concurrency, batch) in modes.items():
            runs: list[Figures] = []
            for _ in range(args.runs):
                # A fresh store per run: every run claims the same articles into an empty window.
                dedup = Deduplicator(
                    RedisStore(client, prefix=prefix),
                    threshold=settings.dedup_threshold,
                    window_s=settings.dedup_window_s,
                )
                runs.append(await timed_run(dedup, articles, client, concurrency, batch))
                await delete_redis_prefix(client, prefix)
            report(label, runs)

        inserts = make_articles(args.memory_articles, seed=2)
        before = await used_memory(client)
        store = RedisStore(client, prefix=prefix, shard_bits=args.memory_shard_bits)
        elapsed = await run_checks(Deduplicator(store), inserts, batch=batch_max)
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
        await delete_redis_prefix(client, prefix)
        await client.aclose()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
