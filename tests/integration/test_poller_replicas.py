"""Two poller replicas on the real Kafka and Redis share the registry: each feed is polled by exactly one of them,
and when one dies (SIGTERM, or SIGKILL with no goodbye) its feeds move to the survivor within a bounded time.

Each replica runs as its own process (`tocsin poller`) with its own User-Agent, so the local feed server can tell
which replica fetched what."""

from __future__ import annotations

import asyncio
import signal
import time
from collections import defaultdict
from pathlib import Path

import httpx
import pytest
from aiohttp import web
from aiokafka.partitioner import murmur2

from tests.harness import Service, free_port, rss_document

pytestmark = pytest.mark.integration

PARTITIONS = 4
FEEDS_PER_PARTITION = 2
# A replica that leaves politely is replaced within a heartbeat or two; a killed one only after the group's
# session timeout (10 s in registry.py), then the survivor re-reads the partitions and polls them.
HANDOVER_BOUND_S = {signal.SIGTERM: 15.0, signal.SIGKILL: 30.0}
STABLE_WAIT_S = 60.0


def _partition(feed_id: str) -> int:
    """Kafka's default partition for a key (what the registry producer uses)."""
    return int(murmur2(feed_id.encode()) & 0x7FFFFFFF) % PARTITIONS


def _spread_feed_ids() -> list[str]:
    """Feed ids that fill every partition evenly, so both replicas always have feeds."""
    by_partition: dict[int, list[str]] = defaultdict(list)
    n = 0
    while min((len(by_partition[p]) for p in range(PARTITIONS)), default=0) < FEEDS_PER_PARTITION:
        feed_id = f"desk{n}"
        n += 1
        if len(by_partition[_partition(feed_id)]) < FEEDS_PER_PARTITION:
            by_partition[_partition(feed_id)].append(feed_id)
    return sorted(f for ids in by_partition.values() for f in ids)


class FeedSite:
    """Serves one small feed per path and logs (time, path, User-Agent) of every request."""

    def __init__(self) -> None:
        self.log: list[tuple[float, str, str]] = []
        self.port = 0
        self._runner: web.AppRunner | None = None

    async def _serve(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        self.log.append((time.monotonic(), name, request.headers.get("User-Agent", "")))
        item = {"title": f"Bulletin of {name}", "link": f"http://127.0.0.1/{name}/1", "text": f"News from {name}."}
        return web.Response(body=rss_document([item], title=name), content_type="application/rss+xml")

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/{name}.xml", self._serve)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def pollers_since(self, since: float) -> dict[str, set[str]]:
        """feed -> the replicas (User-Agents) that fetched it since `since`."""
        seen: dict[str, set[str]] = defaultdict(set)
        for at, name, agent in self.log:
            if at >= since:
                seen[name].add(agent)
        return seen


async def _assigned(service: Service) -> int:
    """How many feeds the replica says it polls (from its /healthz)."""
    async with httpx.AsyncClient() as client:
        response = await client.get(f"http://127.0.0.1:{service.ops_port}/healthz", timeout=2)
        return int(response.json()["feeds_assigned"])


async def _wait_healthy(service: Service) -> None:
    await asyncio.to_thread(service.wait_healthy)


def _env(prefix: str, kafka: str, redis_url: str, agent: str) -> dict[str, str]:
    return {
        "TOCSIN_KAFKA_BOOTSTRAP": kafka,
        "TOCSIN_REDIS_URL": redis_url,
        "TOCSIN_TOPIC_PREFIX": prefix,
        "TOCSIN_REDIS_PREFIX": f"{prefix}tocsin:",
        "TOCSIN_PARTITIONS": str(PARTITIONS),
        "TOCSIN_POLLER_ALLOW_NETWORKS": "127.0.0.0/8",
        "TOCSIN_POLLER_INTERVAL_FLOOR_S": "0.5",
        "TOCSIN_POLLER_DEFAULT_INTERVAL_S": "0.5",
        "TOCSIN_POLLER_INTERVAL_CEILING_S": "1",
        "TOCSIN_POLLER_PER_HOST_DELAY_S": "0",
        "TOCSIN_POLLER_PER_HOST_CONCURRENCY": "16",
        "TOCSIN_POLLER_PARSE_WORKERS": "0",
        "TOCSIN_POLLER_USER_AGENT": agent,
        "TOCSIN_LOG_LEVEL": "INFO",
    }


async def _until(predicate, timeout_s: float, what: str) -> float:  # type: ignore[no-untyped-def]
    """Seconds it took for `predicate()` to hold."""
    started = time.monotonic()
    while time.monotonic() - started < timeout_s:
        if await predicate():
            return time.monotonic() - started
        await asyncio.sleep(0.25)
    raise AssertionError(f"timed out after {timeout_s:g} s waiting for {what}")


@pytest.mark.parametrize("kill_signal", [signal.SIGTERM, signal.SIGKILL], ids=["sigterm", "sigkill"])
async def test_each_feed_polled_by_one_replica_and_handed_over(
    kill_signal: signal.Signals, kafka_bootstrap: str, redis_url: str, unique_prefix: str, tmp_path: Path
) -> None:
    feed_ids = _spread_feed_ids()
    site = FeedSite()
    await site.start()
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(
        "".join(
            f'[[feeds]]\nfeed_id = "{f}"\nurl = "http://127.0.0.1:{site.port}/{f}.xml"\ninterval_s = 1\n'
            for f in feed_ids
        )
    )
    env_a = {
        **_env(unique_prefix, kafka_bootstrap, redis_url, "replica-a"),
        "TOCSIN_POLLER_FEEDS_FILE": str(feeds_file),
    }
    env_b = _env(unique_prefix, kafka_bootstrap, redis_url, "replica-b")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = Service("poller", env_a, tmp_path / "a", free_port())
    b: Service | None = None
    try:
        await _wait_healthy(a)
        b = Service("poller", env_b, tmp_path / "b", free_port())
        await _wait_healthy(b)
        replica_b = b

        async def split_between_both() -> bool:
            counts = (await _assigned(a), await _assigned(replica_b))
            return sum(counts) == len(feed_ids) and min(counts) > 0

        await _until(split_between_both, STABLE_WAIT_S, "the feeds to be split between both replicas")

        # Every feed polled at least twice in the window, each by exactly one replica.
        since = time.monotonic()
        await _until(all_polled_twice_since(site, feed_ids, since), 20, "every feed to be polled twice")
        owners = site.pollers_since(since)
        assert {f: len(owners[f]) for f in feed_ids} == dict.fromkeys(feed_ids, 1), owners
        b_feeds = {f for f in feed_ids if owners[f] == {"replica-b"}}
        assert b_feeds and len(b_feeds) < len(feed_ids)

        # Replica b dies: its feeds move to a within the bound, and a keeps polling its own.
        killed_at = time.monotonic()
        b.proc.send_signal(kill_signal)

        async def survivor_polls_b_feeds() -> bool:
            owners_now = site.pollers_since(killed_at)
            return all("replica-a" in owners_now.get(f, set()) for f in b_feeds)

        handover_s = await _until(survivor_polls_b_feeds, HANDOVER_BOUND_S[kill_signal], "the hand-over")
        print(f"hand-over after {kill_signal.name}: {handover_s:.1f} s")
        if kill_signal == signal.SIGTERM:
            assert await asyncio.to_thread(b.proc.wait, 30) == 0
        assert await _assigned(a) == len(feed_ids)
        settled = time.monotonic()
        await _until(all_polled_twice_since(site, feed_ids, settled), 20, "polls after the hand-over")
        assert all(site.pollers_since(settled)[f] == {"replica-a"} for f in feed_ids)
    finally:
        for service in (b, a):
            if service is not None:
                service.stop()
        await site.stop()


def all_polled_twice_since(site: FeedSite, feed_ids: list[str], since: float):  # type: ignore[no-untyped-def]
    async def check() -> bool:
        polls: dict[str, int] = defaultdict(int)
        for at, name, _agent in site.log:
            if at >= since:
                polls[name] += 1
        return all(polls[f] >= 2 for f in feed_ids)

    return check
