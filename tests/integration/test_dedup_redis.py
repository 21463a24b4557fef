"""Dedup on real Redis: two workers sharing one store agree on originals, and a restart keeps the window."""

from __future__ import annotations

import asyncio
import json
import os
import random
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import redis.asyncio as aioredis

from services.processor.dedup import Deduplicator, MemoryStore, RedisStore
from services.processor.dedup import store as store_module
from tests.fixtures.dedup.streams import mixed_stream
from tests.fixtures.dedup.transforms import TRANSFORMS

pytestmark = pytest.mark.integration

REDIS_URL = os.environ.get("TOCSIN_REDIS_URL", "redis://127.0.0.1:16379/0")
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dedup"
STORIES = json.loads((FIXTURES / "stories.json").read_text(encoding="utf-8"))["stories"]


@pytest.fixture
async def prefix() -> AsyncIterator[str]:
    name = f"test:dedup:{uuid.uuid4().hex}:"
    yield name
    client = aioredis.from_url(REDIS_URL)
    keys = [key async for key in client.scan_iter(match=f"{name}*", count=1000)]
    if keys:
        await client.delete(*keys)
    await client.aclose()


class FixedClock:
    def __call__(self) -> float:
        return 1_700_000_000.0


async def connect() -> aioredis.Redis:
    client: aioredis.Redis = aioredis.from_url(REDIS_URL)
    try:
        await client.ping()
    except OSError as exc:  # pragma: no cover - environment problem, not a test failure
        pytest.skip(f"Redis not reachable at {REDIS_URL}: {exc}")
    return client


async def test_two_workers_checking_copies_at_once_agree_on_one_original(prefix: str) -> None:
    clients = [await connect(), await connect()]
    workers = [Deduplicator(RedisStore(c, prefix=prefix)) for c in clients]
    rng = random.Random(11)
    try:
        for round_number, story in enumerate(STORIES):
            # Three copies of one story land on two workers (different partitions) at the same moment.
            copies = [(f"{round_number}-orig", story["title"], story["text"])]
            for name in ("truncation", "word_swaps"):
                title, text = TRANSFORMS[name](story["title"], story["text"], rng)
                copies.append((f"{round_number}-{name}", title, text))
            results = await asyncio.gather(
                *(
                    workers[i % 2].check(article_id, title=title, text=text)
                    for i, (article_id, title, text) in enumerate(copies)
                )
            )
            originals = [
                article_id for (article_id, _, _), r in zip(copies, results, strict=True) if r.duplicate_of is None
            ]
            assert len(originals) == 1, (story["id"], results)
            assert {r.cluster_id for r in results} == {originals[0]}
            assert {r.first_seen for r in results} == {results[[c[0] for c in copies].index(originals[0])].first_seen}
    finally:
        for client in clients:
            await client.aclose()


async def test_a_restarted_worker_still_finds_the_original(prefix: str) -> None:
    story = STORIES[0]
    client = await connect()
    first = await Deduplicator(RedisStore(client, prefix=prefix)).check(
        "orig", title=story["title"], text=story["text"]
    )
    await client.aclose()

    client = await connect()  # a new process: new connection, new Deduplicator, same prefix
    try:
        restarted = Deduplicator(RedisStore(client, prefix=prefix))
        title, text = TRANSFORMS["paragraph_shuffle"](story["title"], story["text"], random.Random(3))
        near = await restarted.check("near", title=title, text=text)
        exact = await restarted.check("exact", title="Other headline", text=story["text"])
        assert (near.duplicate_of, near.method, near.first_seen) == ("orig", "minhash", first.first_seen)
        assert (exact.duplicate_of, exact.method) == ("orig", "content_hash")
        # The near-copy released its bucket claims: only the original's record is left.
        record_hashes = [key async for key in client.scan_iter(match=f"{prefix}v2:r:*")]
        assert sum([await client.hlen(key) for key in record_hashes]) == 2  # one story: signature and meta
    finally:
        await client.aclose()


async def test_every_key_expires_with_the_window(prefix: str) -> None:
    client = await connect()
    window_s = 3600
    try:
        dedup = Deduplicator(RedisStore(client, prefix=prefix), window_s=window_s)
        for story in STORIES:
            await dedup.check(story["id"], title=story["title"], text=story["text"])
        keys = [key async for key in client.scan_iter(match=f"{prefix}*")]
        assert keys
        for key in keys:
            ttl = await client.ttl(key)
            if key.endswith(b"seq"):
                continue  # the sequence counter is one small key that must keep rising
            # Records live one window; bucket hashes at most one window plus one epoch (window / 2).
            assert 0 < ttl <= window_s * 1.5 + 1, (key, ttl)
    finally:
        await client.aclose()


async def test_every_hash_stays_in_the_compact_encoding(prefix: str) -> None:
    """The memory figure rests on listpack hashes: no value over 64 bytes, no hash over 512 entries."""
    client = await connect()
    try:
        dedup = Deduplicator(RedisStore(client, prefix=prefix, shard_bits=4))  # few shards: fuller hashes
        rng = random.Random(4)
        for story in STORIES:
            await dedup.check(story["id"], title=story["title"], text=story["text"], url="https://a.example/x")
            title, text = TRANSFORMS["word_swaps"](story["title"], story["text"], rng)
            await dedup.check(story["id"] + "-copy", title=title, text=text, url="https://b.example/y")
        hashes = [key async for key in client.scan_iter(match=f"{prefix}*", _type="hash")]
        assert any(b":r:" in key for key in hashes) and any(b":b:" in key for key in hashes)
        for key in hashes:
            assert await client.object("encoding", key) == b"listpack", key
    finally:
        await client.aclose()


async def test_claims_in_flight_together_share_one_pipeline_and_survive_a_lost_script_cache(
    prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A script text Redis has never seen stands for a flushed script cache (without flushing the shared server's).
    monkeypatch.setattr(store_module, "CLAIM_LUA", store_module.CLAIM_LUA + f"\n-- {uuid.uuid4().hex}\n")
    client = await connect()
    try:
        store = RedisStore(client, prefix=prefix)
        assert not (await client.script_exists(store._claim.sha))[0]
        dedup = Deduplicator(store)
        story = STORIES[1]
        rng = random.Random(8)
        copies = [TRANSFORMS[name](story["title"], story["text"], rng) for name in ("truncation", "boilerplate")]
        results = await asyncio.gather(
            dedup.check("orig", title=story["title"], text=story["text"]),
            *(dedup.check(f"copy-{n}", title=t, text=x) for n, (t, x) in enumerate(copies)),
        )
        assert [r.duplicate_of for r in results] == [None, "orig", "orig"]
        assert (await client.script_exists(store._claim.sha))[0]
        assert int(await client.get(f"{prefix}v2:seq") or 0) == 3  # each claim ran once
    finally:
        await client.aclose()


async def test_check_many_on_redis_matches_the_in_memory_store_one_at_a_time(
    prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch bigger than one script call's share (chunked, sent as one pipeline) settles every article as the
    in-memory store does one at a time, each claim running once."""
    monkeypatch.setattr(store_module, "MAX_ARTICLES_PER_CALL", 4)
    stream = mixed_stream()
    clock = FixedClock()
    memory = MemoryStore()
    one_at_a_time = Deduplicator(memory, clock=clock)
    expected = [await one_at_a_time.check(a.article_id, title=a.title, text=a.text, url=a.url) for a in stream]
    client = await connect()
    try:
        batched = Deduplicator(RedisStore(client, prefix=prefix), clock=clock)
        got = await batched.check_many(stream)
        assert [(r.duplicate_of, r.method, r.cluster_id, r.first_seen) for r in got] == [
            (r.duplicate_of, r.method, r.cluster_id, r.first_seen) for r in expected
        ]
        assert [round(r.similarity, 6) for r in got] == [round(r.similarity, 6) for r in expected]
        assert int(await client.get(f"{prefix}v2:seq") or 0) == memory._seq
        # Released copies left only the originals' records: two entries per story in the record hashes.
        records = 0
        async for key in client.scan_iter(match=f"{prefix}v2:r:*"):
            records += await client.hlen(key)
        assert records == 2 * len(memory)
    finally:
        await client.aclose()
