"""The alerter's one settings model (environment variables TOCSIN_*)."""

from __future__ import annotations

from pydantic import Field

from shared.settings import CommonSettings

ALERTER_OPS_PORT = 9103


class AlerterSettings(CommonSettings):
    group_id: str = Field("tocsin-alerter", description="TOCSIN_GROUP_ID: Kafka consumer group of the alerter")
    min_severity: str = Field("high", description="TOCSIN_MIN_SEVERITY: lowest severity that raises an alert")
    incident_ttl_s: int = Field(
        14 * 86400,
        gt=0,
        description="TOCSIN_INCIDENT_TTL_S: how long an incident's state is kept for correlation",
    )
    stream_max_len: int = Field(
        100_000, gt=0, description="TOCSIN_STREAM_MAX_LEN: approximate cap of the Redis alert stream"
    )

    @property
    def effective_ops_port(self) -> int:
        return self.ops_port or ALERTER_OPS_PORT


class RedisKeys:
    """Every Redis key the alerter and its subscribers use."""

    def __init__(self, redis_prefix: str, topic_prefix: str = "") -> None:
        base = f"{redis_prefix}{topic_prefix}"
        self.stream = f"{base}alerts"  # durable: every alert revision, replayable
        self.channel = f"{base}alerts:live"  # pub/sub: live push
        self._incident = f"{base}incident:"

    def incident(self, incident_id: str) -> str:
        return f"{self._incident}{incident_id}"
