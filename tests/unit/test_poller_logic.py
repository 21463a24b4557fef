"""Poller logic without servers: SSRF guard, HTTP header helpers, capped decoding, scheduling, publication plan,
registry files and OPML, settings validation."""

from __future__ import annotations

import asyncio
import gzip
import ipaddress
import itertools
import random
from pathlib import Path

import pytest
from pydantic import ValidationError

from services.poller.fetch import AddressGuard, BodyTooLarge, _Decoder, parse_max_age, parse_retry_after
from services.poller.registry import feed_id_for, load_feeds_file
from services.poller.registry_cli import parse_opml, to_opml
from services.poller.scheduler import (
    Bounds,
    PollReport,
    Scheduler,
    backoff_delay,
    next_interval,
    observed_interval,
)
from services.poller.service import plan_publication
from services.poller.settings import PollerSettings
from services.poller.store import SeenEntry
from shared.contracts.models import FeedConfig, RawArticle

BOUNDS = Bounds(floor_s=60, ceiling_s=86400, default_s=300)


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "192.168.0.9",
        "172.16.5.5",
        "169.254.169.254",
        "0.0.0.0",
        "::1",
        "fe80::1",
        "fd00:ec2::254",
        "::ffff:127.0.0.1",
        "::ffff:169.254.169.254",
        "100.64.0.1",
        "224.0.0.1",
    ],
)
def test_guard_refuses_non_public_addresses(address: str) -> None:
    assert not AddressGuard().is_allowed(address)


def test_guard_allows_public_and_allow_listed() -> None:
    assert AddressGuard().is_allowed("93.184.215.14")
    assert AddressGuard().is_allowed("2606:4700::1111")
    loopback = AddressGuard([ipaddress.ip_network("127.0.0.0/8")])
    assert loopback.is_allowed("127.0.0.1") and loopback.is_allowed("::ffff:127.0.0.1")
    assert not loopback.is_allowed("169.254.169.254")


def test_retry_after_and_max_age() -> None:
    assert parse_retry_after("120") == 120
    assert parse_retry_after("Fri, 02 May 2025 12:00:30 GMT", now=1746187200.0) == 30
    assert parse_retry_after("soon") is None
    assert parse_max_age("public, max-age=600") == 600
    assert parse_max_age('max-age="90", must-revalidate') == 90
    assert parse_max_age("no-cache") is None


def test_gzip_bomb_stops_at_the_cap() -> None:
    bomb = gzip.compress(b"\0" * (20 * 1024 * 1024))
    decoder = _Decoder("gzip", max_bytes=1024 * 1024)
    with pytest.raises(BodyTooLarge):
        for i in range(0, len(bomb), 65536):
            decoder.feed(bomb[i : i + 65536])
    assert decoder.size <= 1024 * 1024 + 1


def test_deflate_with_and_without_zlib_header() -> None:
    import zlib

    text = b"<rss/>" * 100
    for data in (zlib.compress(text), zlib.compress(text)[2:-4]):
        decoder = _Decoder("deflate", max_bytes=10_000)
        decoder.feed(data)
        assert decoder.body() == text


def test_observed_interval_is_half_the_median_gap() -> None:
    hourly = [1_000_000 + 3600 * i for i in range(10)]
    assert observed_interval(hourly, now=2_000_000) == 1800
    assert observed_interval([5.0], now=10) is None


def test_next_interval_bounds_and_publisher_hints() -> None:
    feed = FeedConfig(feed_id="f", url="https://e.org/f")
    minutely = [1000.0 + 60 * i for i in range(10)]
    assert next_interval(feed, BOUNDS, entry_times=minutely, publisher_min_s=None, now=5000) == 60  # floor
    assert next_interval(feed, BOUNDS, entry_times=minutely, publisher_min_s=900, now=5000) == 900  # ttl wins
    yearly = [1000.0 + 400 * 86400 * i for i in range(3)]
    assert next_interval(feed, BOUNDS, entry_times=yearly, publisher_min_s=None, now=4e8) == 86400  # ceiling
    assert next_interval(feed, BOUNDS, entry_times=[], publisher_min_s=None, now=0, previous_s=None) == 300
    hinted = FeedConfig(feed_id="f", url="https://e.org/f", interval_s=120)
    assert next_interval(hinted, BOUNDS, entry_times=minutely, publisher_min_s=None, now=5000) == 120


def test_backoff_grows_with_jitter_and_honours_retry_after() -> None:
    rng = random.Random(7)
    delays = [backoff_delay(streak, 300, BOUNDS, rng=rng) for streak in range(1, 12)]
    for streak, delay in enumerate(delays, start=1):
        step = min(86400, 300 * 2 ** (streak - 1))
        assert step * 0.5 <= delay <= step
    assert delays[-1] <= 86400  # never beyond the ceiling, never given up
    assert backoff_delay(1, 300, BOUNDS, retry_after_s=3000, rng=rng) >= 3000


def _article(article_id: str, raw_hash: str) -> RawArticle:
    return RawArticle(article_id=article_id, feed_id="f", url="u", fetched_at="t", raw_hash=raw_hash)


def test_plan_publication_new_revision_unchanged_and_repeats() -> None:
    seen = {"b": SeenEntry(2, "hb", 0), "c": SeenEntry(0, "hc", 0)}
    articles = [_article("a", "ha"), _article("b", "hb2"), _article("c", "hc"), _article("a", "hx")]
    publish, unchanged = plan_publication(articles, seen)
    assert [(a.article_id, a.revision, a.raw_hash) for a in publish] == [("a", 0, "ha"), ("b", 3, "hb2")]
    assert list(unchanged) == ["c"]


async def test_scheduler_per_host_limit_and_delay() -> None:
    running: dict[str, int] = {}
    peak: dict[str, int] = {}
    polled: list[tuple[str, float]] = []
    loop = asyncio.get_running_loop()

    async def poll(feed: FeedConfig) -> PollReport:
        host = feed.url.split("/")[2]
        running[host] = running.get(host, 0) + 1
        peak[host] = max(peak.get(host, 0), running[host])
        polled.append((feed.feed_id, loop.time()))
        await asyncio.sleep(0.05)
        running[host] -= 1
        return PollReport(success=True)

    scheduler = Scheduler(
        poll, Bounds(60, 3600, 60), global_concurrency=10, per_host_concurrency=1, per_host_delay_s=0.1
    )
    for i in range(3):
        scheduler.upsert(FeedConfig(feed_id=f"a{i}", url=f"https://a.example/{i}"))
    scheduler.upsert(FeedConfig(feed_id="b0", url="https://b.example/0"))
    stop = asyncio.Event()
    task = asyncio.create_task(scheduler.run(stop))
    async with asyncio.timeout(5):
        while len(polled) < 4:
            await asyncio.sleep(0.02)
    stop.set()
    await task
    await scheduler.drain(1)
    assert peak == {"a.example": 1, "b.example": 1}
    a_times = sorted(t for fid, t in polled if fid.startswith("a"))
    # dispatch-to-start latency varies by a few ms under load; the delay itself is 100 ms
    assert all(b - a >= 0.08 for a, b in itertools.pairwise(a_times))
    # every feed is rescheduled a floor interval later, none polled twice
    assert sorted(fid for fid, _ in polled) == ["a0", "a1", "a2", "b0"]
    assert all(slot.interval_s == 60 for slot in scheduler.slots.values())


async def test_scheduler_failures_back_off_and_removed_feeds_stop() -> None:
    calls: list[str] = []

    async def poll(feed: FeedConfig) -> PollReport:
        calls.append(feed.feed_id)
        return PollReport(success=False, retry_after_s=None)

    scheduler = Scheduler(
        poll,
        Bounds(0.05, 10, 0.05),
        global_concurrency=2,
        per_host_concurrency=2,
        per_host_delay_s=0,
        rng=random.Random(1),
    )
    scheduler.upsert(FeedConfig(feed_id="x", url="https://x.example/f"))
    scheduler.upsert(FeedConfig(feed_id="y", url="https://y.example/f"))
    scheduler.remove("y")
    stop = asyncio.Event()
    task = asyncio.create_task(scheduler.run(stop))
    await asyncio.sleep(0.6)
    stop.set()
    await task
    assert "y" not in calls
    assert 2 <= calls.count("x") <= 5  # 0.05 s doubling: polls at about 0, 0.05, 0.15, 0.35 s
    assert scheduler.slots["x"].error_streak == calls.count("x")


def test_feeds_file_and_opml(tmp_path: Path) -> None:
    path = tmp_path / "feeds.toml"
    path.write_text(
        '[[feeds]]\nurl = "https://a.example/rss"\ntitle = "A"\ntags = ["world"]\n\n'
        '[[feeds]]\nfeed_id = "b"\nurl = "https://b.example/rss"\ninterval_s = 600\nid_rule = "guid"\n'
    )
    a, b = load_feeds_file(path)
    assert a.feed_id == feed_id_for("https://a.example/rss") == feed_id_for("http://www.a.example/rss#x")
    assert (b.feed_id, b.interval_s, b.id_rule) == ("b", 600, "guid")
    (tmp_path / "bad.toml").write_text('[[feeds]]\ntitle = "no url"\n')
    with pytest.raises(ValueError, match="has no url"):
        load_feeds_file(tmp_path / "bad.toml")

    feeds = parse_opml(to_opml([a, b]).encode())
    assert sorted((f.url, f.tags) for f in feeds) == [
        ("https://a.example/rss", ["world"]),
        ("https://b.example/rss", []),
    ]
    nested = (
        b'<opml version="2.0"><body><outline text="Europe"><outline text="X" xmlUrl="https://x.example/f"/>'
        b"</outline></body></opml>"
    )
    assert parse_opml(nested, ["imported"])[0].tags == ["Europe", "imported"]
    with pytest.raises(ValueError, match="DTD"):
        parse_opml(b'<!DOCTYPE opml [<!ENTITY a "b">]><opml><body/></opml>')


def test_settings_validation() -> None:
    with pytest.raises(ValidationError, match="must not exceed"):
        PollerSettings(interval_floor_s=100, interval_ceiling_s=10)
    with pytest.raises(ValidationError):
        PollerSettings(allow_networks="127.0.0.0/33")
    settings = PollerSettings(allow_networks="127.0.0.0/8, ::1/128")
    assert len(settings.allowed_networks) == 2
    assert settings.effective_ops_port == 9101


def test_settings_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOCSIN_POLLER_INTERVAL_FLOOR_S", "1")
    monkeypatch.setenv("TOCSIN_POLLER_FEEDS_FILE", "/tmp/feeds.toml")
    monkeypatch.setenv("TOCSIN_OPS_PORT", "9999")
    settings = PollerSettings()
    assert (settings.interval_floor_s, settings.feeds_file, settings.effective_ops_port) == (1, "/tmp/feeds.toml", 9999)
