"""Poller state in Redis: which entries were published (and at which content hash), and each feed's health.

Why Redis rather than a compacted topic: the poller needs point lookups of a few dozen ids per poll (HMGET on one
hash per feed), and `tocsin feeds status` needs the health of every feed without replaying a topic. Redis runs with
AOF (everysec), so a restart keeps the seen set; losing the last second at worst republishes a few entries, which
dedup drops downstream by article id. Entries are recorded only after Kafka acknowledged them (at-least-once).

Keys (all under `redis_prefix`):
- `poller:seen:<feed_id>`  hash  article_id -> "<revision>:<raw_hash>:<last_seen_unix>", and
                                 "link:<link id>" -> "<article_id>:<first_published_unix>" (which article a
                                 canonical link was first published as: catches guids that change per poll)
- `poller:feed:<feed_id>`  hash  etag, last_modified, body_hash, last_success, last_error, last_error_at,
                                 error_streak, last_outcome, next_poll, interval_s, hub
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import redis.asyncio as aioredis
from redis.typing import EncodableT, FieldT

# Entries not seen in any poll for this long are forgotten; feeds rarely resurface items older than a month.
SEEN_RETENTION_S = 45 * 86400
LINK_FIELD = "link:"


@dataclass(frozen=True, slots=True)
class SeenEntry:
    revision: int
    raw_hash: str
    last_seen: float


def _decode(value: bytes | str | None) -> str | None:
    if value is None:
        return None
    return value.decode() if isinstance(value, bytes) else value


class PollerStore:
    def __init__(self, redis: aioredis.Redis, prefix: str) -> None:
        self.redis = redis
        self.prefix = prefix

    def seen_key(self, feed_id: str) -> str:
        return f"{self.prefix}poller:seen:{feed_id}"

    def feed_key(self, feed_id: str) -> str:
        return f"{self.prefix}poller:feed:{feed_id}"

    async def seen(self, feed_id: str, article_ids: list[str]) -> dict[str, SeenEntry]:
        if not article_ids:
            return {}
        values = await self.redis.hmget(self.seen_key(feed_id), article_ids)
        found: dict[str, SeenEntry] = {}
        for article_id, raw in zip(article_ids, values, strict=True):
            text = _decode(raw)
            if not text:
                continue
            revision, _, rest = text.partition(":")
            raw_hash, _, last_seen = rest.partition(":")
            found[article_id] = SeenEntry(int(revision or 0), raw_hash, float(last_seen or 0))
        return found

    async def record_seen(
        self, feed_id: str, entries: Mapping[str, tuple[int, str]], *, now: float | None = None
    ) -> None:
        """Record article_id -> (revision, raw_hash) after Kafka acknowledged the articles."""
        if not entries:
            return
        stamp = int(time.time() if now is None else now)
        mapping: dict[FieldT, EncodableT] = {
            aid: f"{rev}:{raw_hash}:{stamp}" for aid, (rev, raw_hash) in entries.items()
        }
        await self.redis.hset(self.seen_key(feed_id), mapping=mapping)

    async def touch_seen(self, feed_id: str, present: Mapping[str, SeenEntry], *, now: float | None = None) -> None:
        """Refresh last_seen of entries still in the feed, and forget entries gone for SEEN_RETENTION_S."""
        stamp = time.time() if now is None else now
        key = self.seen_key(feed_id)
        if present:
            mapping: dict[FieldT, EncodableT] = {
                aid: f"{e.revision}:{e.raw_hash}:{int(stamp)}" for aid, e in present.items()
            }
            await self.redis.hset(key, mapping=mapping)
        stale = []
        async for field, raw in self.redis.hscan_iter(key, count=500):
            last_seen = (_decode(raw) or "").rsplit(":", 1)[-1]
            if last_seen.isdigit() and stamp - int(last_seen) > SEEN_RETENTION_S:
                stale.append(field)
        if stale:
            await self.redis.hdel(key, *stale)

    async def link_owners(self, feed_id: str, link_ids: list[str]) -> dict[str, str]:
        """link id -> the article id that link was first published under."""
        if not link_ids:
            return {}
        values = await self.redis.hmget(self.seen_key(feed_id), [f"{LINK_FIELD}{k}" for k in link_ids])
        owners: dict[str, str] = {}
        for link_id, raw in zip(link_ids, values, strict=True):
            text = _decode(raw)
            if text:
                owners[link_id] = text.partition(":")[0]
        return owners

    async def record_links(self, feed_id: str, owners: Mapping[str, str], *, now: float | None = None) -> None:
        """Remember link id -> article id for links not recorded yet (the first article id of a link sticks)."""
        stamp = int(time.time() if now is None else now)
        key = self.seen_key(feed_id)
        async with self.redis.pipeline(transaction=False) as pipe:
            for link_id, article_id in owners.items():
                pipe.hsetnx(key, f"{LINK_FIELD}{link_id}", f"{article_id}:{stamp}")
            await pipe.execute()

    async def feed_state(self, feed_id: str) -> dict[str, str]:
        raw = await self.redis.hgetall(self.feed_key(feed_id))
        return {_decode(k) or "": _decode(v) or "" for k, v in raw.items()}

    async def feed_states(self, feed_ids: Iterable[str]) -> dict[str, dict[str, str]]:
        ids = list(feed_ids)
        async with self.redis.pipeline(transaction=False) as pipe:
            for feed_id in ids:
                pipe.hgetall(self.feed_key(feed_id))
            results = await pipe.execute()
        return {
            feed_id: {_decode(k) or "": _decode(v) or "" for k, v in raw.items()}
            for feed_id, raw in zip(ids, results, strict=True)
        }

    async def update_feed_state(self, feed_id: str, fields: Mapping[str, str | int | float | None]) -> None:
        present: dict[FieldT, EncodableT] = {k: str(v) for k, v in fields.items() if v is not None}
        absent = [k for k, v in fields.items() if v is None]
        async with self.redis.pipeline(transaction=True) as pipe:
            if present:
                pipe.hset(self.feed_key(feed_id), mapping=present)
            if absent:
                pipe.hdel(self.feed_key(feed_id), *absent)
            await pipe.execute()

    async def forget_feed(self, feed_id: str) -> None:
        await self.redis.delete(self.seen_key(feed_id), self.feed_key(feed_id))
