"""Settings shared by every service. Each service has one frozen model that extends `CommonSettings`.

Every field is read from `TOCSIN_<FIELD>`; for secrets, `TOCSIN_<FIELD>_FILE` names a file holding the value.
"""

from __future__ import annotations

import os
from typing import Any

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ENV_PREFIX = "TOCSIN_"


class CommonSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, frozen=True, extra="ignore")

    kafka_bootstrap: str = Field("127.0.0.1:19092", description="TOCSIN_KAFKA_BOOTSTRAP: host:port list")
    redis_url: str = Field(
        "redis://127.0.0.1:16379/0", description="TOCSIN_REDIS_URL: redis://host:port/db of the Redis server"
    )
    topic_prefix: str = Field("", description="TOCSIN_TOPIC_PREFIX: prepended to every topic (tests, tenants)")
    redis_prefix: str = Field("tocsin:", description="TOCSIN_REDIS_PREFIX: prepended to every Redis key")
    ops_host: str = Field("127.0.0.1", description="TOCSIN_OPS_HOST: bind address of /metrics and /healthz")
    ops_port: int = Field(0, description="TOCSIN_OPS_PORT: port of /metrics and /healthz (0 = service default)")
    log_level: str = Field("INFO", description="TOCSIN_LOG_LEVEL: DEBUG, INFO, WARNING or ERROR")
    partitions: int = Field(4, ge=1, description="TOCSIN_PARTITIONS: partitions of topics the service creates")

    @model_validator(mode="before")
    @classmethod
    def _read_file_secrets(cls, data: Any) -> Any:
        """`TOCSIN_X_FILE=/path` supplies field x from a file (Docker/Kubernetes secrets)."""
        if not isinstance(data, dict):
            return data
        for name in cls.model_fields:
            path = os.environ.get(f"{ENV_PREFIX}{name.upper()}_FILE")
            if path and name not in data:
                with open(path, encoding="utf-8") as f:
                    data[name] = f.read().strip()
        return data


class Topics:
    """Topic names, with the deployment's prefix."""

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix
        self.feeds = f"{prefix}feeds"
        self.raw = f"{prefix}news.raw"
        self.articles = f"{prefix}news.articles"
        self.duplicates = f"{prefix}news.duplicates"
        self.tagged = f"{prefix}news.tagged"
        self.alerts = f"{prefix}alerts"
        self.dlq = f"{prefix}news.dlq"

    def topic(self, slug: str) -> str:
        return f"{self.prefix}news.topic.{slug}"

    def pipeline(self) -> list[str]:
        """Every fixed topic except the compacted registry."""
        return [self.raw, self.articles, self.duplicates, self.tagged, self.alerts, self.dlq]
