"""Full-text fetch for summary-only feeds (`FeedConfig.full_text`): the article page's main text replaces the
summary, through the same guarded fetcher; a refused or useless page leaves the entry as the feed gave it."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web
from prometheus_client import REGISTRY

from services.poller.parse import FeedParser
from services.poller.service import Poller, build_fetcher
from services.poller.settings import PollerSettings
from shared.contracts.models import FeedConfig
from tests.harness import RecordingProducer, rss_document

PAGE = (Path(__file__).resolve().parents[1] / "fixtures" / "feeds" / "pages" / "harbour_article.html").read_bytes()


def fetches(outcome: str) -> float:
    return REGISTRY.get_sample_value("tocsin_poller_full_text_fetches_total", {"outcome": outcome}) or 0.0


async def test_full_text_replaces_the_summary_and_respects_the_guard() -> None:
    hits: dict[str, int] = {}

    async def serve(request: web.Request) -> web.Response:
        hits[request.path] = hits.get(request.path, 0) + 1
        if request.path == "/crane":
            return web.Response(body=PAGE, content_type="text/html")
        if request.path == "/image":
            return web.Response(body=b"\x89PNG....", content_type="image/png")
        return web.Response(body=feed_body, content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/{tail:.*}", serve)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    base = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
    feed_body = rss_document(
        [
            {"title": "Harbour crane collapses", "link": f"{base}/crane", "text": "A crane fell in the storm."},
            {"title": "Photo of the day", "link": f"{base}/image", "text": "The bay at dawn."},
            # private address, not allow-listed: the guard refuses it before any connection
            {"title": "Internal note", "link": "http://10.11.12.13/note", "text": "Staff only."},
        ]
    )
    settings = PollerSettings(allow_networks="127.0.0.1/32", parse_workers=0)
    producer = RecordingProducer()
    poller = Poller(settings, producer=producer, store=None, fetcher=build_fetcher(settings), parser=FeedParser(0))
    before = {o: fetches(o) for o in ("ok", "not_html", "blocked")}
    try:
        feed = FeedConfig(feed_id="gazette", url=f"{base}/feed.xml", full_text=True)
        result = await poller.poll_feed(feed)
        assert result.outcome == "ok" and result.new == 3
        crane, photo, note = producer.sent
        assert "eastern quay will stay closed" in crane.content
        assert "two dock workers were treated" in crane.content
        assert "Subscribe today" not in crane.content and "Sign in" not in crane.content
        assert "All rights reserved" not in crane.content
        assert crane.summary == "A crane fell in the storm."  # the feed's own text is kept beside it
        assert photo.content == "" and note.content == ""  # not a page / refused: left as the feed gave it
        assert {o: fetches(o) - before[o] for o in before} == {"ok": 1, "not_html": 1, "blocked": 1}

        # A feed without the flag never fetches pages.
        producer.sent.clear()
        await poller.poll_feed(FeedConfig(feed_id="plain", url=f"{base}/feed.xml"))
        assert hits["/crane"] == 1 and all(a.content == "" for a in producer.sent)
    finally:
        await poller.fetcher.client.aclose()
        await runner.cleanup()
