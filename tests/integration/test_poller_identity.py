"""Article identity across polls, with the seen-set in the real Redis: guids that rotate under stable links,
live-blog entries that share a link, and counter guids reused by new stories."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import redis.asyncio as aioredis

from services.poller.parse import FeedParser, parse_feed
from services.poller.service import Poller, build_fetcher
from services.poller.settings import PollerSettings
from services.poller.store import PollerStore
from shared.contracts.models import FeedConfig, RawArticle
from tests.harness import RecordingProducer, rss_document

pytestmark = pytest.mark.integration


@pytest.fixture
async def poller(redis_url: str, unique_prefix: str) -> AsyncIterator[tuple[Poller, RecordingProducer, PollerStore]]:
    settings = PollerSettings(parse_workers=0, redis_prefix=unique_prefix)
    redis = aioredis.from_url(redis_url)
    store = PollerStore(redis, unique_prefix)
    producer = RecordingProducer()
    instance = Poller(settings, producer=producer, store=store, fetcher=build_fetcher(settings), parser=FeedParser(0))
    try:
        yield instance, producer, store
    finally:
        await instance.fetcher.client.aclose()
        await redis.aclose()


async def _poll(poller: Poller, feed: FeedConfig, items: list[dict[str, str]]) -> list[RawArticle]:
    producer = poller.producer
    assert isinstance(producer, RecordingProducer)
    producer.sent.clear()
    parsed = parse_feed(rss_document(items), feed, url=feed.url, content_type="", fetched_at="2025-05-02T12:00:00Z")
    await poller.publish(feed, parsed.articles)
    return list(producer.sent)


STORIES = [
    {"title": "Bridge reopens", "link": "https://desk.example/bridge", "text": "Traffic flows again."},
    {"title": "Harbour closed", "link": "https://desk.example/harbour", "text": "Storm warning issued."},
]


async def test_guids_that_change_every_poll_do_not_republish(
    poller: tuple[Poller, RecordingProducer, PollerStore],
) -> None:
    instance, _producer, store = poller
    feed = FeedConfig(feed_id="rotating", url="https://desk.example/feed")
    first = await _poll(instance, feed, [{**s, "guid": f"s{i}-session-aaa"} for i, s in enumerate(STORIES)])
    assert len(first) == 2
    again = await _poll(instance, feed, [{**s, "guid": f"s{i}-session-bbb"} for i, s in enumerate(STORIES)])
    assert again == []
    assert (await store.feed_state("rotating")).get("guid_unstable_at")
    # A real change of text under the rotating guid is still a revision of the same article.
    changed = [{**STORIES[0], "text": "Traffic flows again after repairs.", "guid": "s0-session-ccc"}, STORIES[1]]
    revised = await _poll(instance, feed, [{**s, "guid": s.get("guid", "s1-session-ccc")} for s in changed])
    assert [(a.article_id, a.revision) for a in revised] == [(first[0].article_id, 1)]


async def test_live_blog_entries_sharing_a_link_stay_apart(
    poller: tuple[Poller, RecordingProducer, PollerStore],
) -> None:
    instance, _producer, _store = poller
    feed = FeedConfig(feed_id="live", url="https://desk.example/live-feed")
    link = "https://desk.example/live/storm"
    updates = [
        {"title": "Update: winds ease", "link": link, "guid": "live-storm-2", "text": "Gusts dropped overnight."},
        {"title": "Update: ferries halted", "link": link, "guid": "live-storm-1", "text": "No sailings today."},
    ]
    first = await _poll(instance, feed, updates)
    assert len({a.article_id for a in first}) == 2
    assert await _poll(instance, feed, updates) == []
    newest = {"title": "Update: power back", "link": link, "guid": "live-storm-3", "text": "Power restored."}
    assert [a.title for a in await _poll(instance, feed, [newest, *updates])] == ["Update: power back"]


async def test_counter_guids_reused_by_new_stories_fall_back_to_links(
    poller: tuple[Poller, RecordingProducer, PollerStore],
) -> None:
    instance, _producer, _store = poller
    feed = FeedConfig(feed_id="counter", url="https://desk.example/counter-feed")
    first = await _poll(instance, feed, [{**s, "guid": str(i + 1)} for i, s in enumerate(STORIES)])
    assert len(first) == 2
    fresh = {"title": "Curfew lifted", "link": "https://desk.example/curfew", "text": "Shops reopen."}
    shifted = [{**s, "guid": str(i + 1)} for i, s in enumerate([fresh, *STORIES])]
    published = await _poll(instance, feed, shifted)
    assert [(a.title, a.revision) for a in published] == [("Curfew lifted", 0)]
