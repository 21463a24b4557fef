"""The poller's one settings model. Every field is read from `TOCSIN_POLLER_<FIELD>` unless noted."""

from __future__ import annotations

import ipaddress
import os

from pydantic import Field, field_validator, model_validator
from pydantic_settings import SettingsConfigDict

from shared.settings import CommonSettings

DEFAULT_OPS_PORT = 9101


def _env(name: str) -> str:
    """The environment variable of a poller-only field: `TOCSIN_POLLER_<NAME>`."""
    return f"TOCSIN_POLLER_{name.upper()}"


class PollerSettings(CommonSettings):
    """Configuration of `tocsin poller`, validated at start."""

    # Fields can also be given by name (tests, `tocsin parse-feed`), not only by environment variable.
    model_config = SettingsConfigDict(**CommonSettings.model_config, populate_by_name=True)

    feeds_file: str | None = Field(
        None,
        validation_alias=_env("feeds_file"),
        description="TOCSIN_POLLER_FEEDS_FILE: TOML file of [[feeds]] tables registered at start (optional)",
    )
    interval_floor_s: float = Field(
        60.0,
        gt=0,
        validation_alias=_env("interval_floor_s"),
        description="TOCSIN_POLLER_INTERVAL_FLOOR_S: shortest interval between two polls of one feed",
    )
    interval_ceiling_s: float = Field(
        86400.0,
        gt=0,
        validation_alias=_env("interval_ceiling_s"),
        description="TOCSIN_POLLER_INTERVAL_CEILING_S: longest interval between two polls of one feed",
    )
    default_interval_s: float = Field(
        300.0,
        gt=0,
        validation_alias=_env("default_interval_s"),
        description="TOCSIN_POLLER_DEFAULT_INTERVAL_S: interval of a feed before its publishing rate is known",
    )
    global_concurrency: int = Field(
        64,
        ge=1,
        validation_alias=_env("global_concurrency"),
        description="TOCSIN_POLLER_GLOBAL_CONCURRENCY: fetches in flight at once, all hosts together",
    )
    per_host_concurrency: int = Field(
        2,
        ge=1,
        validation_alias=_env("per_host_concurrency"),
        description="TOCSIN_POLLER_PER_HOST_CONCURRENCY: fetches in flight at once to one host",
    )
    per_host_delay_s: float = Field(
        1.0,
        ge=0,
        validation_alias=_env("per_host_delay_s"),
        description="TOCSIN_POLLER_PER_HOST_DELAY_S: minimum delay between two requests to one host",
    )
    connect_timeout_s: float = Field(
        10.0,
        gt=0,
        validation_alias=_env("connect_timeout_s"),
        description="TOCSIN_POLLER_CONNECT_TIMEOUT_S: TCP/TLS connect timeout",
    )
    read_timeout_s: float = Field(
        15.0,
        gt=0,
        validation_alias=_env("read_timeout_s"),
        description="TOCSIN_POLLER_READ_TIMEOUT_S: longest wait for the next bytes of a response",
    )
    total_timeout_s: float = Field(
        30.0,
        gt=0,
        validation_alias=_env("total_timeout_s"),
        description="TOCSIN_POLLER_TOTAL_TIMEOUT_S: whole fetch including redirects (stops slow-drip servers)",
    )
    max_body_bytes: int = Field(
        10 * 1024 * 1024,
        gt=0,
        validation_alias=_env("max_body_bytes"),
        description="TOCSIN_POLLER_MAX_BODY_BYTES: largest feed body after decompression (default 10 MiB)",
    )
    max_redirects: int = Field(
        5,
        ge=0,
        validation_alias=_env("max_redirects"),
        description="TOCSIN_POLLER_MAX_REDIRECTS: redirects followed per fetch",
    )
    allow_networks: str = Field(
        "",
        validation_alias=_env("allow_networks"),
        description="TOCSIN_POLLER_ALLOW_NETWORKS: comma-separated CIDRs exempt from the SSRF guard "
        "(e.g. 127.0.0.0/8 for tests); by default private, loopback, link-local and metadata addresses are refused",
    )
    user_agent: str = Field(
        "Tocsin/0.1 (+https://github.com/tocsin; feed poller)",
        validation_alias=_env("user_agent"),
        description="TOCSIN_POLLER_USER_AGENT: User-Agent header of every request",
    )
    parse_workers: int = Field(
        max(1, min(2, os.cpu_count() or 1)),
        ge=0,
        validation_alias=_env("parse_workers"),
        description="TOCSIN_POLLER_PARSE_WORKERS: processes parsing feeds off the event loop (0 = a thread)",
    )
    group_id: str = Field(
        "tocsin-poller",
        validation_alias=_env("group_id"),
        description="TOCSIN_POLLER_GROUP_ID: consumer group over the feeds topic (replicas share its partitions)",
    )
    websub_port: int | None = Field(
        None,
        validation_alias=_env("websub_port"),
        description="TOCSIN_POLLER_WEBSUB_PORT: port of the WebSub callback server (unset = no WebSub)",
    )
    websub_host: str = Field(
        "127.0.0.1",
        validation_alias=_env("websub_host"),
        description="TOCSIN_POLLER_WEBSUB_HOST: bind address of the WebSub callback server",
    )
    websub_public_url: str | None = Field(
        None,
        validation_alias=_env("websub_public_url"),
        description="TOCSIN_POLLER_WEBSUB_PUBLIC_URL: callback base URL hubs can reach (default http://host:port)",
    )
    websub_lease_s: int = Field(
        86400,
        gt=0,
        validation_alias=_env("websub_lease_s"),
        description="TOCSIN_POLLER_WEBSUB_LEASE_S: subscription lease asked of hubs",
    )
    shutdown_grace_s: float = Field(
        20.0,
        gt=0,
        validation_alias=_env("shutdown_grace_s"),
        description="TOCSIN_POLLER_SHUTDOWN_GRACE_S: time in-flight polls get to finish on SIGTERM",
    )

    @field_validator("allow_networks")
    @classmethod
    def _valid_networks(cls, value: str) -> str:
        for part in filter(None, (p.strip() for p in value.split(","))):
            ipaddress.ip_network(part, strict=False)  # raises a clear ValueError on a typo
        return value

    @model_validator(mode="after")
    def _floor_below_ceiling(self) -> PollerSettings:
        if self.interval_floor_s > self.interval_ceiling_s:
            raise ValueError("TOCSIN_POLLER_INTERVAL_FLOOR_S must not exceed TOCSIN_POLLER_INTERVAL_CEILING_S")
        return self

    @property
    def allowed_networks(self) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
        return [
            ipaddress.ip_network(part, strict=False)
            for part in filter(None, (p.strip() for p in self.allow_networks.split(",")))
        ]

    @property
    def effective_ops_port(self) -> int:
        return self.ops_port or DEFAULT_OPS_PORT
