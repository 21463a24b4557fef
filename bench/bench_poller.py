"""Poller benchmark: (1) poll cycles against a local server of many feeds, (2) parse throughput vs plain feedparser.

(1) A feed server in a separate process serves N feeds (default 10,000) whose bodies are the RSS files of
../shared/feeds (sizes from the real corpus), or generated ones when that folder is absent. Every feed has an ETag.
In each cycle after the first, 10 % of the feeds gain a new item (200 + parse + publish) and 90 % answer 304.
The poller side is the real Poller (guarded httpx fetch, process-pool parse, Redis seen-set, idempotent Kafka
producer) driven at a fixed concurrency, without the scheduler's waits. Reported: polls/s and CPU seconds per poll
(this process plus its parse workers; the server's CPU is not counted).
(2) entries/s of the poller's parse+normalise and of `feedparser.parse` with defaults, on the same files, same run.

    .venv/bin/python bench/bench_poller.py --feeds 2000 --cycles 3      # scaled down; say so when reporting
    .venv/bin/python bench/bench_poller.py --no-kafka                   # no Kafka/Redis: fetch + parse only
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import multiprocessing
import os
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import feedparser  # noqa: E402

from bench.cleanup import delete_redis_prefix, delete_topics  # noqa: E402
from services.poller.parse import FEEDPARSER_OPTIONS, FeedParser, ParseError, parse_feed  # noqa: E402
from services.poller.service import Poller, build_fetcher  # noqa: E402
from services.poller.settings import PollerSettings  # noqa: E402
from shared.contracts.models import FeedConfig  # noqa: E402

SHARED_FEEDS = REPO.parent / "shared" / "feeds"
CHANGED_SHARE = 0.10
CLK_TCK = os.sysconf("SC_CLK_TCK")


def corpus_bodies() -> list[bytes]:
    files = sorted(p for p in SHARED_FEEDS.glob("*") if p.suffix != ".tsv") if SHARED_FEEDS.is_dir() else []
    bodies = [p.read_bytes() for p in files]
    bodies = [b for b in bodies if b"<channel" in b[:4096] or b"<channel" in b]
    if bodies:
        return bodies
    item = "<item><title>Item {i}</title><link>https://example.org/{i}</link><description>{t}</description></item>"
    return [
        (
            "<?xml version='1.0'?><rss version='2.0'><channel><title>gen</title>"
            + "".join(item.format(i=i, t="words " * 40) for i in range(n))
            + "</channel></rss>"
        ).encode()
        for n in (10, 20, 30, 50, 100)
    ]


def serve(port_queue: Any, n_feeds: int, ready_cycle: Any) -> None:
    from aiohttp import web

    bodies = corpus_bodies()
    changed_every = int(1 / CHANGED_SHARE)

    def version(i: int) -> int:
        # feed i changes in cycle c when (i + c) % 10 == 0: 10 % of the feeds per cycle, different ones each time
        cycle = ready_cycle.value
        return sum(1 for c in range(1, cycle + 1) if (i + c) % changed_every == 0)

    async def handler(request: web.Request) -> web.Response:
        i = int(request.match_info["i"])
        v = version(i)
        etag = f'"{i}-{v}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        body = bodies[i % len(bodies)]
        if v:
            extra = b"".join(
                b"<item><title>Bench item %d/%d</title><link>https://bench.example/%d/%d</link>"
                b"<description>new in this cycle</description></item>" % (i, k, i, k)
                for k in range(v)
            )
            head, sep, tail = body.partition(b"<item")
            body = head + extra + sep + tail
        return web.Response(body=body, headers={"ETag": etag, "Content-Type": "application/rss+xml"})

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/f/{i}", handler)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        port_queue.put(site._server.sockets[0].getsockname()[1])  # type: ignore[union-attr]
        await asyncio.Event().wait()

    asyncio.run(main())


def cpu_seconds(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime + stime
    return total


async def poll_cycles(args: argparse.Namespace) -> None:
    ctx = multiprocessing.get_context("spawn")
    port_queue: multiprocessing.Queue = ctx.Queue()  # type: ignore[type-arg]
    cycle_value = ctx.Value("i", 0)
    server = ctx.Process(target=serve, args=(port_queue, args.feeds, cycle_value), daemon=True)
    server.start()
    port = port_queue.get(timeout=30)
    prefix = f"bench{uuid.uuid4().hex[:8]}."
    settings = PollerSettings(
        allow_networks="127.0.0.0/8",
        topic_prefix=prefix,
        redis_prefix=f"{prefix}tocsin:",
        global_concurrency=args.concurrency,
        parse_workers=args.workers,
        per_host_delay_s=0,
    )
    producer = store = redis = None
    if not args.no_kafka:
        from services.poller.store import PollerStore
        from shared.kafka import ensure_topics, make_producer, start_producer
        from shared.redis_store import connect_redis
        from shared.settings import Topics

        await ensure_topics(settings.kafka_bootstrap, [Topics(prefix).raw], settings.partitions)
        producer = make_producer(settings.kafka_bootstrap, "bench-poller")
        await start_producer(producer, settings.kafka_bootstrap)
        redis = await connect_redis(settings.redis_url)
        store = PollerStore(redis, settings.redis_prefix)
    parser = FeedParser(args.workers)
    poller = Poller(settings, producer=producer, store=store, fetcher=build_fetcher(settings), parser=parser)
    await parser.parse(corpus_bodies()[0], FeedConfig(feed_id="w", url="u"), url="", content_type="", fetched_at="")
    worker_pids = [os.getpid(), *(parser._executor._processes or {})] if parser._executor else [os.getpid()]  # type: ignore[attr-defined]
    feeds = [FeedConfig(feed_id=f"f{i}", url=f"http://127.0.0.1:{port}/f/{i}") for i in range(args.feeds)]
    semaphore = asyncio.Semaphore(args.concurrency)
    print(
        f"poll cycles: {args.feeds} feeds, concurrency {args.concurrency}, parse workers {args.workers}, "
        f"kafka+redis {'off' if args.no_kafka else 'on'}"
    )
    steady_rates, steady_cpu = [], []
    for cycle in range(args.cycles + 1):
        cycle_value.value = cycle
        outcomes: dict[str, int] = {}

        async def one(feed: FeedConfig, outcomes: dict[str, int] = outcomes) -> None:
            async with semaphore:
                result = await poller.poll_feed(feed)
            outcomes[result.outcome] = outcomes.get(result.outcome, 0) + 1

        cpu0, t0 = cpu_seconds(worker_pids), time.monotonic()
        await asyncio.gather(*(one(f) for f in feeds))
        wall, cpu = time.monotonic() - t0, cpu_seconds(worker_pids) - cpu0
        label = "cold" if cycle == 0 else f"cycle {cycle}"
        print(
            f"  {label}: {args.feeds / wall:8.1f} polls/s  {1000 * cpu / args.feeds:6.2f} ms CPU/poll  "
            f"wall {wall:6.1f} s  {dict(sorted(outcomes.items()))}"
        )
        if cycle:
            steady_rates.append(args.feeds / wall)
            steady_cpu.append(cpu / args.feeds)
    if steady_rates:
        cpu_per_poll = statistics.median(steady_cpu)
        print(
            f"  median steady cycle: {statistics.median(steady_rates):.1f} polls/s, {1000 * cpu_per_poll:.2f} ms "
            f"CPU/poll -> 10,000 feeds every 300 s need {10000 / 300 * cpu_per_poll:.3f} cores"
        )
    await poller.fetcher.client.aclose()
    parser.close()
    if producer is not None:
        await producer.stop()
        await delete_topics(settings.kafka_bootstrap, [prefix])
    if redis is not None:
        await delete_redis_prefix(redis, settings.redis_prefix)
        await redis.aclose()
    server.terminate()


def parse_throughput(rounds: int) -> None:
    """entries/s in CPU time, one process, same files, same run. The baseline is `feedparser.parse(body)` with its
    defaults (sanitising and relative-URI resolution on), the way a feed reader would call it. Also shown, for
    like-for-like reading: feedparser with the poller's options but no normalising, and the poller's own path
    with the ElementTree fast path switched off (feedparser + normalise, as in round 1)."""
    files = sorted(p for p in SHARED_FEEDS.glob("*") if p.suffix != ".tsv") if SHARED_FEEDS.is_dir() else []
    if not files:
        print("parse throughput: ../shared/feeds absent, skipped")
        return
    bodies = [(p, p.read_bytes()) for p in files]

    def plain() -> int:
        return sum(len(feedparser.parse(body).entries) for _p, body in bodies)

    def plain_poller_options() -> int:
        return sum(len(feedparser.parse(body, **FEEDPARSER_OPTIONS).entries) for _p, body in bodies)

    def poller(fast: bool) -> int:
        count = 0
        for p, body in bodies:
            with contextlib.suppress(ParseError):  # a file that is not a feed adds no entries
                count += len(
                    parse_feed(
                        body,
                        FeedConfig(feed_id="b", url=p.as_uri()),
                        url="",
                        content_type="",
                        fetched_at="2025-01-01T00:00:00Z",
                        fast=fast,
                    ).articles
                )
        return count

    runs: dict[str, Callable[[], int]] = {
        "feedparser.parse defaults (baseline)": plain,
        "feedparser.parse, sanitise+resolve off, no normalise": plain_poller_options,
        "poller parse+normalise, feedparser only": lambda: poller(False),
        "poller parse+normalise (ElementTree fast path)": lambda: poller(True),
    }
    rates: dict[str, float] = {}
    print(f"parse throughput over {len(bodies)} files, one process, CPU time, median of {rounds}:")
    for label, run in runs.items():
        samples = []
        for _ in range(rounds):
            t0 = time.process_time()
            entries = run()
            samples.append(entries / (time.process_time() - t0))
        rates[label] = statistics.median(samples)
        baseline = rates[next(iter(runs))]
        print(f"  {label:55s} {rates[label]:7.0f} entries/s ({entries} entries)  {rates[label] / baseline:4.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=10_000)
    parser.add_argument("--cycles", type=int, default=3, help="steady cycles after the cold one")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--workers", type=int, default=2, help="parse processes")
    parser.add_argument("--rounds", type=int, default=3, help="parse throughput repetitions")
    parser.add_argument("--no-kafka", action="store_true")
    parser.add_argument("--skip-polls", action="store_true")
    parser.add_argument("--skip-parse", action="store_true", help="no parse-throughput part")
    args = parser.parse_args()
    if not args.skip_parse:
        parse_throughput(args.rounds)
    if not args.skip_polls:
        asyncio.run(poll_cycles(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
