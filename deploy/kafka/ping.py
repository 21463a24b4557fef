"""Exit 0 when a Kafka broker at argv[1] answers a metadata request; used by wait.sh."""

import asyncio
import sys

from aiokafka.admin import AIOKafkaAdminClient


async def ping(bootstrap: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=3000)
    await admin.start()
    try:
        await admin.list_topics()
    finally:
        await admin.close()


if __name__ == "__main__":
    try:
        asyncio.run(asyncio.wait_for(ping(sys.argv[1]), timeout=5))
    except Exception:
        sys.exit(1)
