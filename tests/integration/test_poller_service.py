"""The poller service on the real Kafka and Redis: a local feed server, the registry topic, news.raw read back."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import httpx
import pytest
from aiohttp import web
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from services.poller.registry import publish_feeds, remove_feed
from services.poller.service import PollerService
from services.poller.settings import PollerSettings
from shared.contracts.codec import decode
from shared.contracts.models import FeedConfig, RawArticle
from shared.ids import article_id_for, canonical_url
from shared.settings import Topics

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
KAFKA = os.environ.get("TOCSIN_KAFKA_BOOTSTRAP", "127.0.0.1:19092")
REDIS = os.environ.get("TOCSIN_REDIS_URL", "redis://127.0.0.1:16379/0")
WAIT_S = 30.0


def rss(items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 document from (title, link, text) items, newest first, an hour apart."""
    start = datetime(2025, 5, 2, 9, 0, tzinfo=UTC)
    body = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link><guid>{escape(link)}</guid>"
        f"<pubDate>{format_datetime(start - timedelta(hours=i))}</pubDate>"
        f"<description>{escape(text)}</description></item>"
        for i, (t, link, text) in enumerate(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Local desk</title>'
        f"<link>http://127.0.0.1/</link><description>test feed</description>{body}</channel></rss>"
    ).encode()


class FeedSite:
    """Serves feeds from a dict the test edits; counts requests per path. No validators: the poller's body
    digest and seen-set must stop republishing on their own."""

    def __init__(self) -> None:
        self.feeds: dict[str, bytes] = {}
        self.hits: dict[str, int] = {}
        self.port = 0
        self._runner: web.AppRunner | None = None

    async def _serve(self, request: web.Request) -> web.Response:
        self.hits[request.path] = self.hits.get(request.path, 0) + 1
        body = self.feeds.get(request.path)
        if body is None:
            return web.Response(status=404)
        return web.Response(body=body, content_type="application/rss+xml")

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/{name}", self._serve)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def settings_for(prefix: str, **overrides: object) -> PollerSettings:
    values: dict[str, object] = {
        "kafka_bootstrap": KAFKA,
        "redis_url": REDIS,
        "topic_prefix": prefix,
        "redis_prefix": f"{prefix}tocsin:",
        "interval_floor_s": 0.5,
        "default_interval_s": 0.5,
        "interval_ceiling_s": 1.0,
        "allow_networks": "127.0.0.0/8",
        "per_host_delay_s": 0,
        "ops_port": free_port(),
        "parse_workers": 1,
        "partitions": 2,
        **overrides,
    }
    return PollerSettings(**values)  # type: ignore[arg-type]


@contextlib.asynccontextmanager
async def running(settings: PollerSettings) -> AsyncIterator[PollerService]:
    service = PollerService(settings)
    task = asyncio.create_task(service.run())
    try:
        async with asyncio.timeout(WAIT_S):
            while not service.ready.is_set():
                if task.done():
                    task.result()
                await asyncio.sleep(0.05)
        yield service
    finally:
        service.stop()
        await asyncio.wait_for(task, WAIT_S)


class RawReader:
    def __init__(self, topic: str) -> None:
        self.consumer = AIOKafkaConsumer(
            topic, bootstrap_servers=KAFKA, group_id=None, auto_offset_reset="earliest", enable_auto_commit=False
        )
        self.articles: list[RawArticle] = []

    async def __aenter__(self) -> RawReader:
        await self.consumer.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.consumer.stop()

    async def drain(self, quiet_s: float = 1.0) -> list[RawArticle]:
        """Everything that arrives until nothing new came for `quiet_s`."""
        fresh: list[RawArticle] = []
        while True:
            batch = await self.consumer.getmany(timeout_ms=int(quiet_s * 1000))
            records = [r for rs in batch.values() for r in rs]
            if not records:
                self.articles += fresh
                return fresh
            fresh += [decode(r.value, RawArticle) for r in records if r.value is not None]

    async def wait_for(self, predicate: Callable[[list[RawArticle]], bool]) -> list[RawArticle]:
        fresh: list[RawArticle] = []
        async with asyncio.timeout(WAIT_S):
            while not predicate(fresh):
                batch = await self.consumer.getmany(timeout_ms=500)
                fresh += [decode(r.value, RawArticle) for rs in batch.values() for r in rs if r.value is not None]
        self.articles += fresh
        return fresh


async def wait_hits(site: FeedSite, path: str, more_than: int) -> None:
    async with asyncio.timeout(WAIT_S):
        while site.hits.get(path, 0) <= more_than:
            await asyncio.sleep(0.05)


async def test_publishes_once_then_revisions_and_survives_restart(tmp_path: Path) -> None:
    prefix = f"t{uuid.uuid4().hex[:10]}."
    topics = Topics(prefix)
    site = FeedSite()
    await site.start()
    story = "http://127.0.0.1/world/strike-on-depot?utm_source=rss&utm_medium=feed#top"
    other = "http://127.0.0.1/world/talks-resume"
    site.feeds["/desk.xml"] = rss(
        [
            ("Depot struck overnight", story, "A fuel depot burned after a drone attack; 3 wounded."),
            ("Talks resume", other, "Delegations met again on Tuesday."),
        ]
    )
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(f'[[feeds]]\nfeed_id = "desk"\nurl = "{site.url("/desk.xml")}"\ntitle = "Desk"\n')
    settings = settings_for(prefix, feeds_file=str(feeds_file))
    try:
        async with RawReader(topics.raw) as reader:
            async with running(settings) as service:
                first = await reader.wait_for(lambda got: len(got) >= 2)
                assert len(first) == 2
                by_url = {a.canonical_url: a for a in first}
                struck = by_url[canonical_url(story)]
                assert struck.article_id == article_id_for(canonical_url(story), None, "")
                assert struck.canonical_url == "https://127.0.0.1/world/strike-on-depot"
                assert (struck.feed_id, struck.revision, struck.title) == ("desk", 0, "Depot struck overnight")
                assert struck.published == "2025-05-02T09:00:00Z"

                # Polled again (several times): nothing new.
                hits = site.hits["/desk.xml"]
                await wait_hits(site, "/desk.xml", hits + 2)
                assert await reader.drain() == []

                # The toll changes: the same article comes back as revision 1 with a new hash.
                site.feeds["/desk.xml"] = rss(
                    [
                        ("Depot struck overnight", story, "A fuel depot burned after a drone attack; 5 wounded."),
                        ("Talks resume", other, "Delegations met again on Tuesday."),
                    ]
                )
                revised = await reader.wait_for(lambda got: len(got) >= 1)
                assert [(a.article_id, a.revision) for a in revised] == [(struck.article_id, 1)]
                assert revised[0].raw_hash != struck.raw_hash

                async with httpx.AsyncClient() as client:
                    # The article reaches Kafka before the poller records it in Redis and counts it: wait a bit.
                    async with asyncio.timeout(5):
                        while True:
                            scraped = (await client.get(f"http://127.0.0.1:{service.ops.port}/metrics")).text  # type: ignore[union-attr]
                            if 'tocsin_poller_articles_published_total{kind="revision"}' in scraped:
                                break
                            await asyncio.sleep(0.1)
                    health = (await client.get(f"http://127.0.0.1:{service.ops.port}/healthz")).json()  # type: ignore[union-attr]
                assert 'tocsin_poller_articles_published_total{kind="revision"}' in scraped
                assert 'tocsin_poller_polls_total{outcome="ok"}' in scraped
                assert health["ok"] is True and health["feeds_assigned"] == 1

            # A restart (same Redis prefix) republishes nothing, even though the body digest cache is cold.
            hits = site.hits["/desk.xml"]
            async with running(settings_for(prefix)):
                await wait_hits(site, "/desk.xml", hits + 2)
                assert await reader.drain() == []
    finally:
        await site.stop()


async def test_registry_changes_apply_without_restart() -> None:
    prefix = f"t{uuid.uuid4().hex[:10]}."
    topics = Topics(prefix)
    site = FeedSite()
    await site.start()
    site.feeds["/a.xml"] = rss([("Bridge reopened", "http://127.0.0.1/a/bridge", "Traffic flows again.")])
    site.feeds["/b.xml"] = rss([("Harbour closed", "http://127.0.0.1/b/harbour", "Storm warning issued.")])
    producer = AIOKafkaProducer(bootstrap_servers=KAFKA)
    await producer.start()
    try:
        async with RawReader(topics.raw) as reader, running(settings_for(prefix)):
            await publish_feeds(producer, topics.feeds, [FeedConfig(feed_id="a", url=site.url("/a.xml"))])
            got = await reader.wait_for(lambda got: len(got) >= 1)
            assert [a.feed_id for a in got] == ["a"]

            await publish_feeds(producer, topics.feeds, [FeedConfig(feed_id="b", url=site.url("/b.xml"))])
            got = await reader.wait_for(lambda got: len(got) >= 1)
            assert [a.title for a in got] == ["Harbour closed"]

            await remove_feed(producer, topics.feeds, "a")
            await asyncio.sleep(1.5)  # let the removal land and any in-flight poll of `a` finish
            hits_a, hits_b = site.hits["/a.xml"], site.hits["/b.xml"]
            await wait_hits(site, "/b.xml", hits_b + 2)
            assert site.hits["/a.xml"] == hits_a
    finally:
        await producer.stop()
        await site.stop()


def test_exits_with_one_line_when_kafka_is_unreachable() -> None:
    env = {**os.environ, "TOCSIN_KAFKA_BOOTSTRAP": "127.0.0.1:1", "TOCSIN_OPS_PORT": str(free_port())}
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "services.poller"], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 1
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("poller: kafka: cannot reach 127.0.0.1:1")
    assert time.monotonic() - started < 45


def test_exits_with_one_line_when_redis_is_unreachable() -> None:
    env = {
        **os.environ,
        "TOCSIN_KAFKA_BOOTSTRAP": KAFKA,
        "TOCSIN_REDIS_URL": "redis://127.0.0.1:1/0",
        "TOCSIN_TOPIC_PREFIX": f"t{uuid.uuid4().hex[:10]}.",
        "TOCSIN_OPS_PORT": str(free_port()),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "services.poller"], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1].startswith("poller: redis: cannot reach redis://127.0.0.1:1/0")


async def test_sigterm_stops_cleanly_with_exit_0() -> None:
    ops_port = free_port()
    env = {
        **os.environ,
        "TOCSIN_KAFKA_BOOTSTRAP": KAFKA,
        "TOCSIN_REDIS_URL": REDIS,
        "TOCSIN_TOPIC_PREFIX": f"t{uuid.uuid4().hex[:10]}.",
        "TOCSIN_OPS_PORT": str(ops_port),
    }
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "services.poller",
        cwd=REPO,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        async with asyncio.timeout(WAIT_S), httpx.AsyncClient() as client:
            while True:
                with contextlib.suppress(httpx.HTTPError):
                    if (await client.get(f"http://127.0.0.1:{ops_port}/healthz")).status_code == 200:
                        break
                await asyncio.sleep(0.2)
        proc.terminate()
        _, stderr = await asyncio.wait_for(proc.communicate(), WAIT_S)
        assert proc.returncode == 0, stderr.decode()[-2000:]
        assert b"poller stopped" in stderr
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
