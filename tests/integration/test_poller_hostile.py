"""Hostile and broken feed servers (local, in-process): each is refused or contained with a reason, in bounded
time, while a good feed polled at the same time is unaffected. Needs no Kafka or Redis."""

from __future__ import annotations

import asyncio
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from aiohttp import web
from prometheus_client import REGISTRY

from services.poller.parse import FeedParser
from services.poller.service import Poller, build_fetcher
from services.poller.settings import PollerSettings
from shared.contracts.models import FeedConfig

FEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"
GOOD = (FEEDS / "rss2_basic.xml").read_bytes()
TOTAL_TIMEOUT_S = 2.0
MiB = 1024 * 1024
Handler = Callable[[web.Request], Awaitable[web.Response]]


def gzip_bomb(expanded_bytes: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"\0" * MiB
    out = [compressor.compress(block) for _ in range(expanded_bytes // MiB)]
    return b"".join(out) + compressor.flush()


BOMB = gzip_bomb(200 * MiB)


async def app_routes(port_box: list[int]) -> web.Application:
    app = web.Application()

    def fixed(body: bytes, content_type: str = "application/rss+xml", **headers: str) -> Handler:
        async def handler(_: web.Request) -> web.Response:
            return web.Response(body=body, headers={"Content-Type": content_type, **headers})

        return handler

    async def huge(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await response.prepare(request)
        chunk = b"<!-- padding -->" * 4096
        for _ in range(50 * MiB // len(chunk)):
            await response.write(chunk)
        return response

    async def drip(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await response.prepare(request)
        for byte in GOOD[:60]:
            await response.write(bytes([byte]))
            await asyncio.sleep(1)
        return response

    def redirect(target: str) -> Handler:
        async def handler(_: web.Request) -> web.Response:
            location = target.replace("{port}", str(port_box[0]))
            raise web.HTTPFound(location)

        return handler

    async def busy(_: web.Request) -> web.Response:
        return web.Response(status=429, text="slow down", headers={"Retry-After": "120"})

    async def declared(_: web.Request) -> web.Response:
        # Claims 50 MiB: refused from the header, before any body is read.
        return web.Response(status=200, body=b"x" * 10, headers={"Content-Length": str(50 * MiB)})

    async def etag(request: web.Request) -> web.Response:
        if request.headers.get("If-None-Match") == '"v1"':
            return web.Response(status=304, headers={"ETag": '"v1"'})
        return web.Response(body=GOOD, headers={"Content-Type": "application/rss+xml", "ETag": '"v1"'})

    app.router.add_get("/good", fixed(GOOD))
    app.router.add_get("/laughs", fixed((FEEDS / "billion_laughs.xml").read_bytes()))
    app.router.add_get("/xxe", fixed((FEEDS / "xxe.xml").read_bytes()))
    app.router.add_get("/huge", huge)
    app.router.add_get("/bomb", fixed(BOMB, **{"Content-Encoding": "gzip"}))
    app.router.add_get("/drip", drip)
    app.router.add_get("/loop", redirect("/loop"))
    app.router.add_get("/ping", redirect("/pong"))
    app.router.add_get("/pong", redirect("/ping"))
    for i in range(8):
        app.router.add_get(f"/chain{i}", redirect(f"/chain{i + 1}"))
    app.router.add_get("/to-metadata", redirect("http://169.254.169.254/latest/meta-data/"))
    app.router.add_get("/to-loopback", redirect("http://127.0.0.2:{port}/good"))
    app.router.add_get("/to-ipv6-loopback", redirect("http://[::1]:{port}/good"))
    app.router.add_get("/to-file", redirect("file:///etc/passwd"))
    app.router.add_get("/html", fixed((FEEDS / "not_a_feed.html").read_bytes(), "text/html"))
    app.router.add_get("/empty", fixed(b""))
    app.router.add_get("/bad-encoding", fixed(GOOD.replace(b"Lighthouse", b"Lighth\xff\xfeouse")))
    app.router.add_get("/busy", busy)
    app.router.add_get("/declared", declared)
    app.router.add_get("/etag", etag)
    return app


@pytest.fixture
async def site() -> AsyncIterator[str]:
    port_box = [0]
    app = await app_routes(port_box)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    await tcp.start()
    port_box[0] = tcp._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield f"http://127.0.0.1:{port_box[0]}"
    await runner.cleanup()


def make_poller(**overrides: object) -> Poller:
    settings = PollerSettings(
        allow_networks="127.0.0.1/32",  # the test server only: 127.0.0.2 and ::1 stay refused
        total_timeout_s=TOTAL_TIMEOUT_S,
        read_timeout_s=5,
        connect_timeout_s=2,
        parse_workers=0,
        **overrides,  # type: ignore[arg-type]
    )
    return Poller(settings, producer=None, store=None, fetcher=build_fetcher(settings), parser=FeedParser(0))


EXPECTED = {
    "good": ("ok", None),
    "laughs": ("ok", "partly readable"),
    "xxe": ("ok", "partly readable"),
    "huge": ("too_large", "exceeds"),
    "declared": ("too_large", "Content-Length"),
    "bomb": ("too_large", "exceeds"),
    "drip": ("timeout", "no complete response"),
    "loop": ("redirects", "redirect loop"),
    "ping": ("redirects", "redirect loop"),
    "chain0": ("redirects", "more than 5 redirects"),
    "to-metadata": ("blocked", "169.254.169.254"),
    "to-loopback": ("blocked", "127.0.0.2"),
    "to-ipv6-loopback": ("blocked", "::1"),
    "to-file": ("blocked", "scheme 'file'"),
    "html": ("parse_error", "HTML page"),
    "empty": ("parse_error", "empty body"),
    "bad-encoding": ("ok", None),
    "busy": ("http_error", "HTTP 429"),
}


def polls(outcome: str) -> float:
    return REGISTRY.get_sample_value("tocsin_poller_polls_total", {"outcome": outcome}) or 0.0


async def test_hostile_servers_are_contained_and_good_feeds_unaffected(site: str) -> None:
    poller = make_poller()
    before = {outcome: polls(outcome) for outcome, _ in EXPECTED.values()}
    feeds = {name: FeedConfig(feed_id=name, url=f"{site}/{name}") for name in EXPECTED}
    started = time.monotonic()
    try:
        results = await asyncio.gather(*(poller.poll_feed(feed) for feed in feeds.values()))
        for feed, result in zip(feeds.values(), results, strict=True):
            await poller.record(feed, result)
    finally:
        await poller.fetcher.client.aclose()
    elapsed = time.monotonic() - started
    assert elapsed < TOTAL_TIMEOUT_S + 3  # the slow drip is cut at the total timeout; nothing else waits on it
    by_name = dict(zip(feeds, results, strict=True))
    for name, (outcome, reason) in EXPECTED.items():
        result = by_name[name]
        assert result.outcome == outcome, (name, result.outcome, result.error)
        if reason is not None:
            assert result.error is not None and reason in result.error, (name, result.error)
    assert by_name["good"].new == 3
    assert by_name["busy"].retry_after_s == 120
    assert all(len(a.title) < 200 for a in by_name["laughs"].articles)
    assert "Lighth" in " ".join(a.title for a in by_name["bad-encoding"].articles)
    counts: dict[str, int] = {}
    for outcome, _ in EXPECTED.values():
        counts[outcome] = counts.get(outcome, 0) + 1
    for outcome, count in counts.items():
        assert polls(outcome) - before[outcome] == count, outcome


async def test_conditional_get_and_unchanged_body(site: str) -> None:
    poller = make_poller()
    try:
        feed = FeedConfig(feed_id="etag", url=f"{site}/etag")
        first = await poller.poll_feed(feed)
        second = await poller.poll_feed(feed)
        plain = FeedConfig(feed_id="good", url=f"{site}/good")
        third = await poller.poll_feed(plain)
        fourth = await poller.poll_feed(plain)
    finally:
        await poller.fetcher.client.aclose()
    assert (first.outcome, second.outcome) == ("ok", "not_modified")
    assert (third.outcome, fourth.outcome) == ("ok", "unchanged")  # same bytes: not parsed again


async def test_loopback_is_refused_without_an_allow_list(site: str) -> None:
    settings = PollerSettings(parse_workers=0, total_timeout_s=TOTAL_TIMEOUT_S)
    poller = Poller(settings, producer=None, store=None, fetcher=build_fetcher(settings), parser=FeedParser(0))
    try:
        result = await poller.poll_feed(FeedConfig(feed_id="g", url=f"{site}/good"))
        by_name = await poller.poll_feed(FeedConfig(feed_id="l", url=site.replace("127.0.0.1", "localhost") + "/good"))
    finally:
        await poller.fetcher.client.aclose()
    assert result.outcome == "blocked" and by_name.outcome == "blocked"
