"""Permanent redirects: the fetcher reports where a feed moved, and the running poller updates the registry."""

from __future__ import annotations

import asyncio
import ipaddress
import time

import pytest
from aiohttp import web

from services.poller.fetch import AddressGuard, Fetcher, make_client
from services.poller.registry import publish_feeds, read_registry
from shared.contracts.models import FeedConfig
from shared.settings import Topics
from tests.harness import rss_document
from tests.integration.test_poller_service import running, settings_for

BODY = rss_document([{"title": "Ferry resumes", "link": "http://127.0.0.1/ferry", "text": "Boats sail again."}])


class RedirectSite:
    """path -> (status, location) redirects; every other path serves the feed. Counts hits per path."""

    def __init__(self, redirects: dict[str, tuple[int, str]]) -> None:
        self.redirects = redirects
        self.hits: dict[str, int] = {}
        self.port = 0
        self._runner: web.AppRunner | None = None

    async def _serve(self, request: web.Request) -> web.Response:
        self.hits[request.path] = self.hits.get(request.path, 0) + 1
        if request.path in self.redirects:
            status, location = self.redirects[request.path]
            return web.Response(status=status, headers={"Location": location})
        return web.Response(body=BODY, content_type="application/rss+xml")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    async def __aenter__(self) -> RedirectSite:
        app = web.Application()
        app.router.add_get("/{tail:.*}", self._serve)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


async def test_fetcher_reports_only_the_permanent_part_of_a_chain() -> None:
    redirects = {
        "/a": (301, "/b"),
        "/b": (302, "/c"),  # temporary: the feed's address is /b, not /c
        "/x": (302, "/y"),
        "/y": (301, "/z"),  # permanent after a temporary one: the feed's address stays /x
        "/p": (308, "/q"),
    }
    async with RedirectSite(redirects) as site:
        client = make_client(
            AddressGuard([ipaddress.ip_network("127.0.0.0/8")]),
            connect_timeout_s=5,
            read_timeout_s=5,
            user_agent="t",
        )
        fetcher = Fetcher(client, max_body_bytes=1 << 20, max_redirects=5, total_timeout_s=10)
        try:
            moved_a = await fetcher.fetch(site.url("/a"))
            moved_x = await fetcher.fetch(site.url("/x"))
            moved_p = await fetcher.fetch(site.url("/p"))
            direct = await fetcher.fetch(site.url("/q"))
        finally:
            await client.aclose()
    assert (moved_a.url, moved_a.permanent_url) == (site.url("/c"), site.url("/b"))
    assert (moved_x.url, moved_x.permanent_url) == (site.url("/z"), None)
    assert moved_p.permanent_url == site.url("/q")
    assert direct.permanent_url is None


@pytest.mark.integration
async def test_permanent_redirect_updates_the_registry(kafka_bootstrap: str, unique_prefix: str) -> None:
    async with RedirectSite({"/old.xml": (301, "/new.xml")}) as site:
        topics = Topics(unique_prefix)
        async with running(settings_for(unique_prefix, kafka_bootstrap=kafka_bootstrap)) as service:
            assert service.producer is not None
            await publish_feeds(service.producer, topics.feeds, [FeedConfig(feed_id="ferry", url=site.url("/old.xml"))])
            deadline = time.monotonic() + 30
            registry: dict[str, FeedConfig] = {}
            while time.monotonic() < deadline:
                registry = await read_registry(kafka_bootstrap, topics.feeds)
                if registry.get("ferry") and registry["ferry"].url == site.url("/new.xml"):
                    break
                await asyncio.sleep(0.3)
            assert registry["ferry"].url == site.url("/new.xml")
            # From now on the poller goes to the new address directly.
            old_hits, new_hits = site.hits.get("/old.xml", 0), site.hits.get("/new.xml", 0)
            async with asyncio.timeout(20):
                while site.hits.get("/new.xml", 0) < new_hits + 2:
                    await asyncio.sleep(0.1)
            assert site.hits.get("/old.xml", 0) == old_hits
