"""scheduler: when each feed is polled next, and how many fetches run at once.

- Adaptive interval from the feed's observed publishing rate (half the median gap between recent entries), never
  shorter than what the publisher asks (`<ttl>`, `sy:updatePeriod/Frequency`, `Cache-Control: max-age`), bounded by
  the floor and ceiling. A registry `interval_s` replaces the observed rate but obeys the same bounds.
- Errors back off exponentially with jitter up to the ceiling, and `Retry-After` is honoured; a feed is never given
  up on: it stays scheduled (at the ceiling at worst) and its error streak is visible in `status` and metrics.
- A global concurrency limit, and per host a concurrency limit and a minimum delay between requests. Host limits
  are applied when dispatching (a feed whose host is busy is put back in the queue), so waiting for one slow host
  never holds a global slot that other hosts could use.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import random
import statistics
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from shared.contracts.models import FeedConfig
from shared.timeutil import Clock

log = logging.getLogger(__name__)

RECENT_ENTRIES = 20  # entries used to estimate the publishing rate
MAX_BACKOFF_DOUBLINGS = 20
HOST_BUSY_RETRY_S = 0.05  # re-check delay for a feed whose host has no free slot
_RNG = random.Random()


@dataclass(frozen=True, slots=True)
class Bounds:
    floor_s: float
    ceiling_s: float
    default_s: float

    def clamp(self, value: float) -> float:
        return min(self.ceiling_s, max(self.floor_s, value))


@dataclass(frozen=True, slots=True)
class PollReport:
    """What one poll tells the scheduler."""

    success: bool
    entry_times: tuple[float, ...] = ()
    publisher_min_s: float | None = None  # largest of ttl, update period, max-age
    retry_after_s: float | None = None


def observed_interval(entry_times: Iterable[float], now: float) -> float | None:
    """Half the median gap between the most recent publications, or None when there are too few."""
    times = sorted(t for t in entry_times if t <= now + 3600)[-RECENT_ENTRIES:]
    gaps = [b - a for a, b in itertools.pairwise(times) if b > a]
    if not gaps:
        return None
    return float(statistics.median(gaps)) / 2


def next_interval(
    feed: FeedConfig,
    bounds: Bounds,
    *,
    entry_times: Iterable[float],
    publisher_min_s: float | None,
    now: float,
    previous_s: float | None = None,
) -> float:
    if feed.interval_s:
        interval = float(feed.interval_s)
    else:
        observed = observed_interval(entry_times, now)
        interval = observed if observed is not None else (previous_s or bounds.default_s)
    if publisher_min_s:
        interval = max(interval, publisher_min_s)
    return bounds.clamp(interval)


def backoff_delay(
    error_streak: int,
    base_s: float,
    bounds: Bounds,
    *,
    retry_after_s: float | None = None,
    rng: random.Random | None = None,
) -> float:
    """Exponential backoff with jitter (50-100 % of the step), capped at the ceiling; Retry-After is a minimum."""
    step = base_s * 2 ** min(max(error_streak - 1, 0), MAX_BACKOFF_DOUBLINGS)
    jitter = 0.5 + (rng or _RNG).random() / 2
    delay = min(bounds.ceiling_s, max(bounds.floor_s, step)) * jitter
    if retry_after_s is not None:
        delay = max(delay, min(retry_after_s, bounds.ceiling_s))
    return float(delay)


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


@dataclass(slots=True)
class FeedSlot:
    feed: FeedConfig
    next_due: float
    interval_s: float
    generation: int = 0
    error_streak: int = 0
    running: bool = False


@dataclass(slots=True)
class _Host:
    in_flight: int = 0
    next_allowed: float = 0.0


@dataclass(order=True, slots=True)
class _Due:
    due: float
    seq: int
    feed_id: str = field(compare=False)
    generation: int = field(compare=False)


PollFn = Callable[[FeedConfig], Awaitable[PollReport]]


class Scheduler:
    def __init__(
        self,
        poll: PollFn,
        bounds: Bounds,
        *,
        global_concurrency: int,
        per_host_concurrency: int,
        per_host_delay_s: float,
        clock: Clock = time.time,
        rng: random.Random | None = None,
        on_scheduled: Callable[[FeedSlot], Awaitable[None]] | None = None,
    ) -> None:
        self._poll = poll
        self._on_scheduled = on_scheduled
        self.bounds = bounds
        self.global_concurrency = global_concurrency
        self.per_host_concurrency = per_host_concurrency
        self.per_host_delay_s = per_host_delay_s
        self.clock = clock
        self.rng = rng or random.Random()
        self.slots: dict[str, FeedSlot] = {}
        self._heap: list[_Due] = []
        self._seq = 0
        self._hosts: dict[str, _Host] = {}
        self._global = asyncio.Semaphore(global_concurrency)
        self._wakeup = asyncio.Event()
        self._tasks: set[asyncio.Task[None]] = set()

    # --- registry changes -----------------------------------------------------------------------------------
    def upsert(self, feed: FeedConfig, *, due: float | None = None) -> None:
        """Add a feed (polled at once) or update one (keeps its schedule unless its URL changed)."""
        slot = self.slots.get(feed.feed_id)
        now = self.clock()
        if slot is None:
            slot = FeedSlot(feed=feed, next_due=now if due is None else due, interval_s=self.bounds.default_s)
            self.slots[feed.feed_id] = slot
        else:
            url_changed = slot.feed.url != feed.url
            slot.feed = feed
            slot.generation += 1
            if url_changed:
                slot.next_due = now
        if not slot.running:
            self._push(slot)

    def remove(self, feed_id: str) -> None:
        self.slots.pop(feed_id, None)  # heap entries of a removed feed are skipped when they come due

    def _push(self, slot: FeedSlot) -> None:
        self._seq += 1
        heapq.heappush(self._heap, _Due(slot.next_due, self._seq, slot.feed.feed_id, slot.generation))
        self._wakeup.set()

    @property
    def in_flight(self) -> int:
        return len(self._tasks)

    # --- dispatch -------------------------------------------------------------------------------------------
    async def run(self, stop: asyncio.Event) -> None:
        """Dispatch due polls until `stop` is set; then wait for in-flight polls (see `drain`)."""
        while not stop.is_set():
            await self._dispatch_due(stop)
            delay = (self._heap[0].due - self.clock()) if self._heap else 3600.0
            if delay > 0:
                self._wakeup.clear()
                stop_wait = asyncio.ensure_future(stop.wait())
                wake_wait = asyncio.ensure_future(self._wakeup.wait())
                await asyncio.wait({stop_wait, wake_wait}, timeout=delay, return_when=asyncio.FIRST_COMPLETED)
                stop_wait.cancel()
                wake_wait.cancel()

    async def _dispatch_due(self, stop: asyncio.Event) -> None:
        while self._heap and not stop.is_set():
            now = self.clock()
            head = self._heap[0]
            if head.due > now:
                return
            heapq.heappop(self._heap)
            slot = self.slots.get(head.feed_id)
            if slot is None or slot.generation != head.generation or slot.running:
                continue
            host = self._hosts.setdefault(host_of(slot.feed.url), _Host())
            if host.in_flight >= self.per_host_concurrency or host.next_allowed > now:
                slot.next_due = max(host.next_allowed, now + HOST_BUSY_RETRY_S)
                self._push(slot)
                continue
            await self._global.acquire()  # blocks dispatch, not other hosts' running polls
            host.in_flight += 1
            host.next_allowed = now + self.per_host_delay_s
            slot.running = True
            task = asyncio.create_task(self._run_poll(slot, host), name=f"poll:{slot.feed.feed_id}")
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _run_poll(self, slot: FeedSlot, host: _Host) -> None:
        feed = slot.feed
        try:
            report = await self._poll(feed)
        except Exception:  # a bug in one poll must not stop the schedule of every feed
            log.exception("poll crashed", extra={"feed_id": feed.feed_id})
            report = PollReport(success=False)
        finally:
            self._global.release()
            host.in_flight -= 1
            slot.running = False
        self.reschedule(slot, report)
        if self._on_scheduled is not None:
            try:
                await self._on_scheduled(slot)
            except Exception:
                log.exception("recording the schedule failed", extra={"feed_id": feed.feed_id})

    def reschedule(self, slot: FeedSlot, report: PollReport) -> None:
        now = self.clock()
        if report.success:
            slot.error_streak = 0
            slot.interval_s = next_interval(
                slot.feed,
                self.bounds,
                entry_times=report.entry_times,
                publisher_min_s=report.publisher_min_s,
                now=now,
                previous_s=slot.interval_s,
            )
            delay = slot.interval_s
            if report.retry_after_s:
                delay = max(delay, report.retry_after_s)
        else:
            slot.error_streak += 1
            delay = backoff_delay(
                slot.error_streak, slot.interval_s, self.bounds, retry_after_s=report.retry_after_s, rng=self.rng
            )
        slot.next_due = now + delay
        if self.slots.get(slot.feed.feed_id) is slot:
            self._push(slot)

    async def drain(self, timeout_s: float) -> int:
        """Wait for in-flight polls; cancel those still running after `timeout_s`. Returns how many were cancelled."""
        if not self._tasks:
            return 0
        _, pending = await asyncio.wait(set(self._tasks), timeout=timeout_s)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=5)
        return len(pending)
