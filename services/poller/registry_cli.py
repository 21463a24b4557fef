"""`tocsin feeds add|remove|list|import-opml|export-opml|status`: manage the compacted feed registry topic.

Running pollers pick changes up from the topic without a restart. `status` joins the registry with each feed's
health kept in Redis by the pollers (last success, last error and its reason, error streak, next poll).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from services.poller.registry import feed_id_for, publish_feeds, read_registry, remove_feed
from services.poller.settings import PollerSettings
from services.poller.store import PollerStore
from shared.contracts.codec import to_dict
from shared.contracts.models import FeedConfig
from shared.kafka import DependencyUnavailable, ensure_topics, make_producer, start_producer
from shared.redis_store import connect_redis
from shared.settings import Topics
from shared.timeutil import parse_iso

# A feed without a success for this long is flagged in `status`.
STALE_AFTER_S = 24 * 3600
MAX_OPML_BYTES = 20 * 1024 * 1024


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True)
    add = sub.add_parser("add", help="register (or update) a feed")
    add.add_argument("url")
    add.add_argument("--id", dest="feed_id", help="feed id (default: a hash of the canonical URL)")
    add.add_argument("--title", default="")
    add.add_argument("--tags", default="", help="comma-separated")
    add.add_argument("--interval", type=int, help="polling interval hint in seconds (default: adaptive)")
    add.add_argument("--language")
    add.add_argument("--id-rule", default="auto", choices=["auto", "guid", "link", "content"])
    add.add_argument("--disabled", action="store_true", help="register but do not poll")
    remove = sub.add_parser("remove", help="remove a feed (by id or URL)")
    remove.add_argument("feed")
    listing = sub.add_parser("list", help="print the registry")
    listing.add_argument("--json", action="store_true", help="one FeedConfig JSON object per line")
    imp = sub.add_parser("import-opml", help="register every feed of an OPML file")
    imp.add_argument("file")
    imp.add_argument("--tags", default="", help="tags added to every imported feed")
    sub.add_parser("export-opml", help="print the registry as OPML")
    status = sub.add_parser("status", help="health per feed")
    status.add_argument("--json", action="store_true")
    status.add_argument("--failing", action="store_true", help="only feeds whose last poll failed")


def _tags(value: str) -> list[str]:
    return [t.strip() for t in value.split(",") if t.strip()]


def parse_opml(data: bytes, extra_tags: list[str] | None = None) -> list[FeedConfig]:
    """Feeds of an OPML document; the titles of enclosing outlines become tags. DTDs and entities are refused."""
    if b"<!DOCTYPE" in data[:4096].upper() or b"<!ENTITY" in data.upper():
        raise ValueError("opml: DTD/entity declarations are not accepted")
    root = ET.fromstring(data)
    feeds: list[FeedConfig] = []

    def walk(node: ET.Element, folders: list[str]) -> None:
        for outline in node.findall("outline"):
            url = outline.get("xmlUrl") or outline.get("xmlurl")
            title = outline.get("title") or outline.get("text") or ""
            if url:
                tags = list(dict.fromkeys([*folders, *(extra_tags or []), *_tags(outline.get("category", ""))]))
                feeds.append(FeedConfig(feed_id=feed_id_for(url), url=url, title=title, tags=tags))
            walk(outline, [*folders, title] if not url and title else folders)

    body = root.find("body")
    if body is None:
        raise ValueError("opml: no <body>")
    walk(body, [])
    return feeds


def to_opml(feeds: list[FeedConfig]) -> str:
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "Tocsin feeds"
    body = ET.SubElement(root, "body")
    for feed in sorted(feeds, key=lambda f: (f.title.lower(), f.url)):
        attrs = {"type": "rss", "text": feed.title or feed.url, "title": feed.title or feed.url, "xmlUrl": feed.url}
        if feed.tags:
            attrs["category"] = ",".join(feed.tags)
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


async def _publish(settings: PollerSettings, feeds: list[FeedConfig] | None, removals: list[str] | None) -> None:
    topics = Topics(settings.topic_prefix)
    await ensure_topics(settings.kafka_bootstrap, [topics.feeds], settings.partitions, compacted=[topics.feeds])
    producer = make_producer(settings.kafka_bootstrap, client_id="tocsin-feeds-cli")
    await start_producer(producer, settings.kafka_bootstrap)
    try:
        if feeds:
            await publish_feeds(producer, topics.feeds, feeds)
        for feed_id in removals or []:
            await remove_feed(producer, topics.feeds, feed_id)
    finally:
        await producer.stop()


async def _status(settings: PollerSettings, feeds: dict[str, FeedConfig]) -> list[dict[str, Any]]:
    redis = await connect_redis(settings.redis_url)
    try:
        states = await PollerStore(redis, settings.redis_prefix).feed_states(sorted(feeds))
    finally:
        await redis.aclose()
    now = time.time()
    rows = []
    for feed_id, state in states.items():
        last_success = parse_iso(state.get("last_success"))
        streak = int(state.get("error_streak") or 0)
        if not feeds[feed_id].enabled:
            health = "disabled"
        elif not state:
            health = "never polled"
        elif streak:
            health = "failing"
        elif last_success is not None and now - last_success > STALE_AFTER_S:
            health = "stale"
        else:
            health = "ok"
        rows.append(
            {
                "feed_id": feed_id,
                "url": feeds[feed_id].url,
                "health": health,
                "last_outcome": state.get("last_outcome"),
                "last_success": state.get("last_success"),
                "last_error": state.get("last_error"),
                "last_error_at": state.get("last_error_at"),
                "error_streak": streak,
                "next_poll": state.get("next_poll"),
                "interval_s": float(state["interval_s"]) if state.get("interval_s") else None,
            }
        )
    return rows


async def _registry(settings: PollerSettings) -> dict[str, FeedConfig]:
    return await read_registry(settings.kafka_bootstrap, Topics(settings.topic_prefix).feeds)


def run(args: argparse.Namespace) -> int:
    settings = PollerSettings()
    try:
        return asyncio.run(_run(args, settings))
    except DependencyUnavailable as exc:
        print(f"feeds: {exc}", file=sys.stderr)
        return 1
    except (OSError, ValueError, ET.ParseError) as exc:
        print(f"feeds: {exc}", file=sys.stderr)
        return 1


async def _run(args: argparse.Namespace, settings: PollerSettings) -> int:
    if args.action == "add":
        feed = FeedConfig(
            feed_id=args.feed_id or feed_id_for(args.url),
            url=args.url,
            title=args.title,
            tags=_tags(args.tags),
            interval_s=args.interval,
            language=args.language,
            id_rule=args.id_rule,
            enabled=not args.disabled,
        )
        await _publish(settings, [feed], None)
        print(f"added {feed.feed_id} {feed.url}")
        return 0
    if args.action == "import-opml":
        data = Path(args.file).read_bytes()
        if len(data) > MAX_OPML_BYTES:
            raise ValueError(f"opml: {args.file} is larger than {MAX_OPML_BYTES} bytes")
        feeds = parse_opml(data, _tags(args.tags))
        await _publish(settings, feeds, None)
        print(f"imported {len(feeds)} feeds")
        return 0
    registry = await _registry(settings)
    if args.action == "remove":
        by_url = {f.url: fid for fid, f in registry.items()}
        feed_id = args.feed if args.feed in registry else by_url.get(args.feed) or feed_id_for(args.feed)
        if feed_id not in registry:
            print(f"feeds: no feed {args.feed!r} in the registry", file=sys.stderr)
            return 1
        await _publish(settings, None, [feed_id])
        print(f"removed {feed_id}")
        return 0
    if args.action == "list":
        for feed in sorted(registry.values(), key=lambda f: f.feed_id):
            if args.json:
                print(json.dumps(to_dict(feed), ensure_ascii=False))
            else:
                flags = "" if feed.enabled else " [disabled]"
                print(f"{feed.feed_id}  {feed.url}  {feed.title}{flags}  tags={','.join(feed.tags)}")
        return 0
    if args.action == "export-opml":
        sys.stdout.write(to_opml(list(registry.values())))
        return 0
    rows = await _status(settings, registry)
    if args.failing:
        rows = [r for r in rows if r["health"] in ("failing", "stale")]
    for row in rows:
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(
                f"{row['feed_id']}  {row['health']:<12} last_success={row['last_success'] or '-'}  "
                f"streak={row['error_streak']}  next={row['next_poll'] or '-'}  "
                f"{('error=' + row['last_error']) if row['last_error'] else ''}".rstrip()
            )
    return 0
