"""parse: feed bytes to RawArticles plus the feed's scheduling hints, off the event loop.

feedparser only ever sees bytes (a `str` would be taken as a path or URL). HTML sanitising and relative-URI
resolution inside content are turned off: normalise reduces every field to plain text anyway, and those two
passes are most of feedparser's cost. A feed with a parse error (`bozo`) still yields what is readable, and the
error is kept; a feed that yields nothing readable is retried once through a conservative XML repair.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import re
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import feedparser

from services.poller.normalise import entry_timestamp, normalise_entry, untrusted_guids
from services.poller.xmlfeed import parse_xml_feed
from shared.contracts.models import FeedConfig, RawArticle

# feedparser keeps a global list of accepted content types etc.; these are the knobs of one parse.
FEEDPARSER_OPTIONS: dict[str, Any] = {"sanitize_html": False, "resolve_relative_uris": False}
UPDATE_PERIOD_S = {"hourly": 3600, "daily": 86400, "weekly": 7 * 86400, "monthly": 30 * 86400, "yearly": 365 * 86400}
ERROR_CHARS = 300


class ParseError(Exception):
    """The body is not a feed at all (HTML page, empty body, binary)."""

    outcome = "parse_error"

    def __init__(self, message: str) -> None:
        super().__init__(f"parse: {message}")


@dataclass(slots=True)
class ParsedFeed:
    articles: list[RawArticle]
    entries_seen: int = 0
    version: str = ""
    title: str = ""
    language: str | None = None
    bozo: str | None = None  # the parse error, when the feed was only partly readable
    repaired: bool = False
    ttl_s: float | None = None  # RSS <ttl>
    update_period_s: float | None = None  # sy:updatePeriod / sy:updateFrequency
    hub_url: str | None = None  # WebSub hub advertised with rel="hub"
    self_url: str | None = None  # rel="self", the topic URL for WebSub
    entry_times: list[float] = field(default_factory=list)  # publication times, for the adaptive interval


_XML_DECL = re.compile(rb"<\?xml[^>]*>", re.IGNORECASE)
_UNQUOTED_ATTR = re.compile(rb"(\s[\w:.-]+)=([^\s\"'>/][^\s>]*)")
_PREFIXED_NAME = re.compile(rb"(</?|\s)([A-Za-z_][\w.-]*):([A-Za-z_][\w.-]*)")
_DECLARED_PREFIX = re.compile(rb"xmlns:([A-Za-z_][\w.-]*)\s*=")
_TAG_SPAN = re.compile(rb"<[^<>]*>")


def repair_xml(body: bytes) -> bytes:
    """Conservative fixes for the commonest hand-made feed breakage: a mangled XML declaration, unquoted
    attribute values, and namespace prefixes that were never declared (e.g. `<rss:item>` with no `xmlns:rss`)."""
    declared = set(_DECLARED_PREFIX.findall(body)) | {b"xml", b"xmlns"}
    body = _XML_DECL.sub(b"", body).lstrip()

    def fix_tag(match: re.Match[bytes]) -> bytes:
        tag = match.group(0)
        if tag.startswith((b"<!", b"<?")):
            return tag
        tag = _UNQUOTED_ATTR.sub(rb'\1="\2"', tag)
        return _PREFIXED_NAME.sub(lambda m: m.group(0) if m.group(2) in declared else m.group(1) + m.group(3), tag)

    return b'<?xml version="1.0" encoding="utf-8"?>\n' + _TAG_SPAN.sub(fix_tag, body)


def _feedparser(body: bytes, content_type: str, url: str) -> Any:
    headers = {"content-type": content_type} if content_type else {}
    if url:
        headers["content-location"] = url
    return feedparser.parse(body, response_headers=headers, **FEEDPARSER_OPTIONS)


def _seconds(value: Any, unit_s: float) -> float | None:
    try:
        number = float(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number * unit_s if number > 0 else None


def parse_feed(
    body: bytes, feed: FeedConfig, *, url: str, content_type: str, fetched_at: str, fast: bool = True
) -> ParsedFeed:
    """Parse and normalise one feed body. Raises ParseError when nothing in it is a feed.

    `fast`: try the ElementTree path (xmlfeed.py) first; it declines anything it cannot read exactly as
    feedparser would, and feedparser reads those. `fast=False` is feedparser only (tests compare the two).
    """
    if not body.strip():
        raise ParseError("empty body")
    parsed: Any = parse_xml_feed(body, content_type=content_type, url=url) if fast else None
    if parsed is None:
        parsed = _feedparser(body, content_type, url)
    repaired = False
    bozo_exc = parsed.get("bozo_exception") if parsed.get("bozo") else None
    entries = parsed.get("entries") or []
    if not entries and bozo_exc is not None:
        retry = _feedparser(repair_xml(body), content_type, url)
        if retry.entries:
            parsed, repaired = retry, True  # the original error stays recorded: the feed is still broken
            entries = retry.entries
    meta = parsed.get("feed", {})
    version = parsed.get("version") or ""
    bozo = f"{type(bozo_exc).__name__}: {bozo_exc}"[:ERROR_CHARS] if bozo_exc is not None else None
    if not entries and not version:
        head = body[:512].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
            raise ParseError("the body is an HTML page, not a feed")
        raise ParseError(f"no feed found ({bozo or 'unknown format'})")
    base_url = url or str(meta.get("link") or "")
    feed_language = meta.get("language")
    articles: list[RawArticle] = []
    entry_times: list[float] = []
    untrusted = untrusted_guids(entries, [feed.url, url, str(meta.get("link") or "")])
    for entry in entries:
        article = normalise_entry(
            entry, feed, base_url=base_url, fetched_at=fetched_at, feed_language=feed_language, untrusted=untrusted
        )
        if article is not None:
            articles.append(article)
        ts = entry_timestamp(entry)
        if ts is not None:
            entry_times.append(ts)
    hub_url = self_url = None
    for link in meta.get("links") or []:
        rel, href = link.get("rel"), link.get("href")
        if rel == "hub" and href and hub_url is None:
            hub_url = href
        elif rel == "self" and href and self_url is None:
            self_url = href
    update_period_s = None
    if meta.get("sy_updateperiod"):
        period = UPDATE_PERIOD_S.get(str(meta["sy_updateperiod"]).strip().lower())
        frequency = _seconds(meta.get("sy_updatefrequency") or 1, 1.0) or 1.0
        update_period_s = period / frequency if period else None
    return ParsedFeed(
        articles=articles,
        entries_seen=len(entries),
        version=version,
        title=str(meta.get("title") or "")[:500],
        language=str(feed_language) if feed_language else None,
        bozo=bozo,
        repaired=repaired,
        ttl_s=_seconds(meta.get("ttl"), 60.0),  # <ttl> is in minutes
        update_period_s=update_period_s,
        hub_url=hub_url,
        self_url=self_url,
        entry_times=entry_times,
    )


def _warm_up() -> None:
    """Run once in each worker so the first real parse does not pay for lazy imports."""
    feedparser.parse(b"<rss version='2.0'><channel><title>t</title></channel></rss>")


class FeedParser:
    """Parses on a process pool (or a thread when workers=0), so a 1 MB feed never stalls the event loop."""

    def __init__(self, workers: int) -> None:
        self._executor: Executor | None = None
        if workers > 0:
            # forkserver: children do not inherit the parent's event loop, sockets or threads.
            context = multiprocessing.get_context("forkserver")
            self._executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_warm_up)

    async def parse(self, body: bytes, feed: FeedConfig, *, url: str, content_type: str, fetched_at: str) -> ParsedFeed:
        loop = asyncio.get_running_loop()
        if self._executor is None:
            return await asyncio.to_thread(
                parse_feed, body, feed, url=url, content_type=content_type, fetched_at=fetched_at
            )
        return await loop.run_in_executor(self._executor, _parse_call, body, feed, url, content_type, fetched_at)

    async def extract_main_text(self, page: bytes, url: str) -> str | None:
        """Full-text extraction of an article page, off the event loop like parsing."""
        from services.poller.fulltext import extract_main_text

        if self._executor is None:
            return await asyncio.to_thread(extract_main_text, page, url)
        return await asyncio.get_running_loop().run_in_executor(self._executor, extract_main_text, page, url)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


def _parse_call(body: bytes, feed: FeedConfig, url: str, content_type: str, fetched_at: str) -> ParsedFeed:
    return parse_feed(body, feed, url=url, content_type=content_type, fetched_at=fetched_at)
