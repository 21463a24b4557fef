"""WebSub end to end against a local hub: subscribe, verification of intent, signed delivery published within a
second, forged delivery dropped. The hub is a small aiohttp app written for this test. The first test records
what the producer is given; the last one publishes to the real Kafka."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import time
from pathlib import Path

import httpx
import pytest
from aiohttp import web
from prometheus_client import REGISTRY

from services.poller.parse import FeedParser
from services.poller.service import Poller, build_fetcher
from services.poller.settings import PollerSettings
from services.poller.websub import WebSubSubscriber, signature_valid
from shared.contracts.codec import decode
from shared.contracts.models import FeedConfig, RawArticle
from shared.kafka import ensure_topics, make_producer, start_producer
from shared.settings import Topics
from tests.harness import read_topic

FEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"
PUSHED = (FEEDS / "atom_basic.atom").read_bytes()


class RecordingProducer:
    """Stands in for the Kafka producer: keeps (topic, key, value) of each send."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes, bytes]] = []
        self.first_send_at: float | None = None

    async def send(self, topic: str, value: bytes, key: bytes) -> asyncio.Future[None]:
        self.sent.append((topic, key, value))
        self.first_send_at = self.first_send_at or time.monotonic()
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        future.set_result(None)
        return future


class LocalHub:
    def __init__(self) -> None:
        self.requests: list[dict[str, str]] = []
        self.verified = asyncio.Event()
        self.challenge_echoed = False

    async def subscribe(self, request: web.Request) -> web.Response:
        form = dict(await request.post())
        self.requests.append({k: str(v) for k, v in form.items()})
        asyncio.get_running_loop().create_task(self._verify(self.requests[-1]))
        return web.Response(status=202)

    async def _verify(self, form: dict[str, str]) -> None:
        async with httpx.AsyncClient() as client:
            params = {
                "hub.mode": "subscribe",
                "hub.topic": form["hub.topic"],
                "hub.challenge": "c-4711",
                "hub.lease_seconds": "600",
            }
            response = await client.get(form["hub.callback"], params=params)
            self.challenge_echoed = response.status_code == 200 and response.text == "c-4711"
            forged = await client.get(form["hub.callback"], params={**params, "hub.topic": "https://evil.example/"})
            assert forged.status_code == 404
        self.verified.set()

    async def deliver(self, body: bytes, secret: str | None) -> int:
        form = self.requests[-1]
        headers = {"Content-Type": "application/atom+xml"}
        if secret is not None:
            headers["X-Hub-Signature"] = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        async with httpx.AsyncClient() as client:
            response = await client.post(form["hub.callback"], content=body, headers=headers)
        return response.status_code


async def start_hub() -> tuple[LocalHub, web.AppRunner, str]:
    """A LocalHub served on an ephemeral loopback port: (hub, runner to clean up, hub URL)."""
    hub = LocalHub()
    app = web.Application()
    app.router.add_post("/hub", hub.subscribe)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    hub_url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/hub"  # type: ignore[union-attr]
    return hub, runner, hub_url


def deliveries(outcome: str) -> float:
    return REGISTRY.get_sample_value("tocsin_poller_websub_deliveries_total", {"outcome": outcome}) or 0.0


async def test_websub_handshake_and_signed_delivery() -> None:
    hub, runner, hub_url = await start_hub()

    settings = PollerSettings(allow_networks="127.0.0.1/32", websub_port=0, parse_workers=0)
    producer = RecordingProducer()
    poller = Poller(
        settings,
        producer=producer,
        store=None,
        fetcher=build_fetcher(settings),
        parser=FeedParser(0),
    )
    subscriber = WebSubSubscriber(settings, poller)
    await subscriber.start()
    feed = FeedConfig(feed_id="bote", url="https://bote.example.de/feed")
    ok_before, bad_before = deliveries("ok"), deliveries("bad_signature")
    try:
        await subscriber.ensure_subscribed(feed, hub_url, "https://bote.example.de/feed")
        await asyncio.wait_for(hub.verified.wait(), 5)
        form = hub.requests[0]
        assert form["hub.mode"] == "subscribe" and form["hub.topic"] == "https://bote.example.de/feed"
        assert form["hub.callback"].endswith("/websub/bote") and len(form["hub.secret"]) == 64
        assert hub.challenge_echoed and subscriber.subscriptions["bote"].verified

        # A forged delivery is answered 2xx (as the spec asks) but nothing is published.
        assert await hub.deliver(PUSHED, secret="not-the-secret") == 202
        assert producer.sent == []

        started = time.monotonic()
        assert await hub.deliver(PUSHED, secret=form["hub.secret"]) == 202
        assert producer.first_send_at is not None and producer.first_send_at - started < 1.0
        ((topic, key, value),) = producer.sent
        article = decode(value, RawArticle)
        assert topic == "news.raw" and key.decode() == article.article_id
        assert article.feed_id == "bote" and article.title == "Neue Seilbahn eröffnet"
        assert deliveries("ok") - ok_before == 1 and deliveries("bad_signature") - bad_before == 1
    finally:
        await subscriber.stop()
        await poller.fetcher.client.aclose()
        await runner.cleanup()


def test_signature_check() -> None:
    body = b"<feed/>"
    good = "sha1=" + hmac.new(b"s3cret", body, hashlib.sha1).hexdigest()
    assert signature_valid("s3cret", body, good)
    assert not signature_valid("s3cret", body + b" ", good)
    assert not signature_valid("s3cret", body, None)
    assert not signature_valid("s3cret", body, "md5=" + hashlib.md5(body).hexdigest())


@pytest.mark.integration
async def test_signed_delivery_reaches_real_kafka_within_a_second(kafka_bootstrap: str, unique_prefix: str) -> None:
    """The same handshake, with the poller's real idempotent producer: the hub's 202 comes only after Kafka
    acknowledged the article, so the 202's latency bounds the publication time."""
    hub, runner, hub_url = await start_hub()
    settings = PollerSettings(
        allow_networks="127.0.0.1/32",
        websub_port=0,
        parse_workers=0,
        kafka_bootstrap=kafka_bootstrap,
        topic_prefix=unique_prefix,
    )
    topics = Topics(unique_prefix)
    await ensure_topics(kafka_bootstrap, [topics.raw], 1)
    producer = make_producer(kafka_bootstrap, client_id=f"{unique_prefix}websub-test")
    await start_producer(producer, kafka_bootstrap)
    poller = Poller(settings, producer=producer, store=None, fetcher=build_fetcher(settings), parser=FeedParser(0))
    subscriber = WebSubSubscriber(settings, poller)
    await subscriber.start()
    feed = FeedConfig(feed_id="bote", url="https://bote.example.de/feed")
    try:
        await subscriber.ensure_subscribed(feed, hub_url, feed.url)
        await asyncio.wait_for(hub.verified.wait(), 5)
        assert await hub.deliver(PUSHED, secret="forged") == 202
        started = time.monotonic()
        assert await hub.deliver(PUSHED, secret=hub.requests[0]["hub.secret"]) == 202
        latency_s = time.monotonic() - started
        assert latency_s < 1.0
        records = await read_topic(kafka_bootstrap, topics.raw)
        assert len(records) == 1  # the forged delivery published nothing
        key, value = records[0]
        article = decode(value, RawArticle)
        assert key == article.article_id.encode() and article.feed_id == "bote"
        assert article.title == "Neue Seilbahn eröffnet"
    finally:
        await subscriber.stop()
        await poller.fetcher.client.aclose()
        await producer.stop()
        await runner.cleanup()
