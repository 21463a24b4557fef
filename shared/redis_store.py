"""Redis connection helper with a clear start-up failure."""

from __future__ import annotations

import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError

from shared.kafka import DependencyUnavailable


async def connect_redis(url: str) -> aioredis.Redis:
    client: aioredis.Redis = aioredis.from_url(url, socket_connect_timeout=5, health_check_interval=30)
    try:
        await client.ping()
    except (RedisConnectionError, OSError) as exc:
        await client.aclose()
        raise DependencyUnavailable(f"redis: cannot reach {url}: {exc}") from exc
    return client
