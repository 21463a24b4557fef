"""`tocsin subscribe`: print alerts as they arrive, optionally replaying the last N first, with filters.

Reads the durable Redis stream (XREAD BLOCK), so a subscriber that reconnects with `--after ID` misses nothing;
the pub/sub channel is for push consumers that only want what happens while they listen.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, cast

import redis.asyncio as aioredis

from services.alerter.incidents import SEVERITY_RANK
from services.alerter.settings import AlerterSettings, RedisKeys
from shared.contracts.codec import decode, encode
from shared.contracts.models import Alert
from shared.kafka import DependencyUnavailable
from shared.redis_store import connect_redis

BLOCK_MS = 1000


@dataclass(frozen=True)
class AlertFilter:
    """A subscriber's filter; empty fields match everything."""

    min_severity: str = "none"
    countries: frozenset[str] = frozenset()
    theatres: frozenset[str] = frozenset()

    def matches(self, alert: Alert) -> bool:
        if SEVERITY_RANK.get(alert.severity, 0) < SEVERITY_RANK[self.min_severity]:
            return False
        if self.countries and not any((p.country_code or "").upper() in self.countries for p in alert.places):
            return False
        return not self.theatres or (alert.theatre or "") in self.theatres


def format_alert(alert: Alert) -> str:
    cas = alert.casualties
    killed = f"{cas.killed.qualifier + ' ' if cas.killed.qualifier else ''}{cas.killed.min}" if cas.killed else "?"
    injured = f"{cas.injured.qualifier + ' ' if cas.injured.qualifier else ''}{cas.injured.min}" if cas.injured else "?"
    place = alert.places[0] if alert.places else None
    where = f"{place.name}, {place.country_code}" if place else "unknown place"
    rev = f" (revision {alert.revision})" if alert.revision > 1 else ""
    return (
        f"[{alert.severity.upper()}] {alert.event_date} {where}: killed {killed}, injured {injured}{rev}\n"
        f"    {alert.headline}\n    {len(alert.sources)} source(s), first: {alert.sources[0].url if alert.sources else '-'}"
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--replay", type=int, default=0, metavar="N", help="print the last N alerts first")
    parser.add_argument("--after", default=None, metavar="ID", help="resume after this stream entry id")
    parser.add_argument("--min-severity", default="none", choices=list(SEVERITY_RANK), help="lowest severity shown")
    parser.add_argument("--country", action="append", default=[], help="ISO country code (repeatable)")
    parser.add_argument("--theatre", action="append", default=[], help="theatre slug (repeatable)")
    parser.add_argument("--json", action="store_true", help="one JSON alert per line instead of text")
    parser.add_argument("--once", action="store_true", help="print the replay and exit instead of following")


async def stream_alerts(
    client: aioredis.Redis,
    keys: RedisKeys,
    *,
    replay: int = 0,
    after: str | None = None,
    stop: asyncio.Event | None = None,
) -> AsyncIterator[tuple[str, Alert]]:
    """Alerts as (stream entry id, alert): the last `replay` ones (or those after `after`), then new ones live."""
    if after is not None:
        last_id = after
    else:
        newest: list[Any] = cast(list[Any], await client.xrevrange(keys.stream, count=max(replay, 1)))
        last_id = _text(newest[0][0]) if newest else "0-0"
        for entry_id, fields in reversed(newest[:replay]):
            yield _text(entry_id), decode(fields[b"alert"], Alert)
    while stop is None or not stop.is_set():
        result = cast(list[Any], await client.xread({keys.stream: last_id}, block=BLOCK_MS, count=100))
        for _stream, entries in result or []:
            for entry_id, fields in entries:
                last_id = _text(entry_id)
                yield last_id, decode(fields[b"alert"], Alert)


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def run(args: argparse.Namespace) -> int:
    settings = AlerterSettings()
    alert_filter = AlertFilter(
        min_severity=args.min_severity,
        countries=frozenset(c.upper() for c in args.country),
        theatres=frozenset(args.theatre),
    )
    try:
        asyncio.run(_subscribe(settings, args, alert_filter))
    except DependencyUnavailable as exc:
        print(f"subscribe: {exc}", file=sys.stderr)
        return 1
    return 0


async def _subscribe(settings: AlerterSettings, args: argparse.Namespace, alert_filter: AlertFilter) -> None:
    client = await connect_redis(settings.redis_url)
    keys = RedisKeys(settings.redis_prefix, settings.topic_prefix)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    if not args.json:
        print(f"tocsin: listening for alerts on {keys.stream} (Ctrl-C to stop)", flush=True)
    if args.once:
        stop.set()  # replay only: the live loop below ends at once
    try:
        async for entry_id, alert in stream_alerts(client, keys, replay=args.replay, after=args.after, stop=stop):
            if alert_filter.matches(alert):
                print(encode(alert).decode() if args.json else f"{entry_id} {format_alert(alert)}", flush=True)
    finally:
        await client.aclose()
