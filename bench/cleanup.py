"""What a benchmark run leaves behind on the shared dev servers, removed when the run ends.

Each run writes under its own prefix, so runs never see each other's state; left in place, that state piles up (a
dev broker with thousands of topics answers every metadata request with all of them, which slowed the pipeline
bench's own worker by a quarter, and Redis kept millions of dedup keys).
"""

from __future__ import annotations

import sys

import redis.asyncio as aioredis
from aiokafka.admin import AIOKafkaAdminClient

DELETE_CHUNK = 100  # topics per delete request, well under the broker's request size limits


async def delete_redis_prefix(client: aioredis.Redis, prefix: str) -> None:
    batch: list[bytes] = []
    async for key in client.scan_iter(match=f"{prefix}*", count=2000):
        batch.append(key)
        if len(batch) >= 2000:
            await client.unlink(*batch)
            batch.clear()
    if batch:
        await client.unlink(*batch)


async def delete_topics(bootstrap: str, prefixes: list[str]) -> int:
    """Delete every topic whose name starts with one of `prefixes`; returns how many."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        names = [t for t in await admin.list_topics() if t.startswith(tuple(prefixes))]
        failed: list[tuple[str, int]] = []
        for i in range(0, len(names), DELETE_CHUNK):
            response = await admin.delete_topics(names[i : i + DELETE_CHUNK])
            failed += [(name, code) for name, code, *_ in response.topic_error_codes if code]
        if failed:
            print(f"cleanup: {len(failed)} topics not deleted, e.g. {failed[:3]}", file=sys.stderr)
        return len(names) - len(failed)
    finally:
        await admin.close()
