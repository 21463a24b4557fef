"""`tocsin parse-feed FILE|URL ...`: the poller's fetch/parse/normalise path on demand; RawArticle JSON lines out.

A URL goes through the same fetcher as the service (timeouts, size cap, SSRF guard: allow-list with
TOCSIN_POLLER_ALLOW_NETWORKS); a file is read as bytes. Errors are explained on stderr, one line per input, and the
exit status is 1 when any input yielded nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from services.poller.fetch import FetchError
from services.poller.parse import ParsedFeed, ParseError, parse_feed
from services.poller.registry import feed_id_for
from services.poller.service import build_fetcher
from services.poller.settings import PollerSettings
from shared.contracts.codec import encode
from shared.contracts.models import FeedConfig
from shared.timeutil import now_iso


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="+", metavar="FILE|URL", help="feed files or http(s) URLs")
    parser.add_argument("--feed-id", help="feed_id to stamp on the articles (default: a hash of the source)")
    parser.add_argument("--id-rule", default="auto", choices=["auto", "guid", "link", "content"])
    parser.add_argument("--summary", action="store_true", help="print one summary line per source, no articles")


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


async def _load(source: str, settings: PollerSettings) -> tuple[bytes, str, str]:
    """(body, url, content type) of a source."""
    if not _is_url(source):
        return Path(source).read_bytes(), "", ""
    fetcher = build_fetcher(settings)
    try:
        fetched = await fetcher.fetch(source)
    finally:
        await fetcher.client.aclose()
    return fetched.body, fetched.url, fetched.content_type


def parse_source(source: str, settings: PollerSettings, feed: FeedConfig) -> ParsedFeed:
    body, url, content_type = asyncio.run(_load(source, settings))
    return parse_feed(body, feed, url=url, content_type=content_type, fetched_at=now_iso())


def run(args: argparse.Namespace) -> int:
    settings = PollerSettings()
    failures = 0
    out = sys.stdout.buffer
    for source in args.sources:
        feed_url = source if _is_url(source) else Path(source).resolve().as_uri()
        feed = FeedConfig(feed_id=args.feed_id or feed_id_for(feed_url), url=feed_url, id_rule=args.id_rule)
        try:
            parsed = parse_source(source, settings, feed)
        except (FetchError, ParseError) as exc:
            failures += 1
            print(f"{source}: {exc}", file=sys.stderr)
            continue
        except OSError as exc:
            failures += 1
            print(f"{source}: read: {exc.strerror or exc}", file=sys.stderr)
            continue
        if args.summary:
            note = f" ({'repaired; ' if parsed.repaired else ''}{parsed.bozo})" if parsed.bozo else ""
            print(f"{source}: {len(parsed.articles)} articles, {parsed.version or 'unknown format'}{note}")
        else:
            for article in parsed.articles:
                out.write(encode(article) + b"\n")
            if parsed.bozo:
                print(f"{source}: partly readable: {parsed.bozo}", file=sys.stderr)
        if not parsed.articles:
            failures += 1
            print(f"{source}: parse: the feed has no readable entries", file=sys.stderr)
    out.flush()
    return 1 if failures else 0
