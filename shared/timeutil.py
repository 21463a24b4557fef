"""UTC timestamps as ISO 8601 strings, and a clock that tests can control."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], float]  # seconds since the epoch


def system_clock() -> float:
    return time.time()


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def now_iso(clock: Clock = system_clock) -> str:
    return iso(clock())


def parse_iso(value: str | None) -> float | None:
    """Seconds since the epoch for an ISO 8601 string, None when absent or unreadable."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()
