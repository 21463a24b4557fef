"""Run a step on a batch until the batch is settled: every message's outputs, or its dead letter, delivered.

faust acknowledges the events of a `take_events` batch however the agent's loop body ends, an exception included,
and restarts a crashed agent on the events after them; so a batch that raised would be skipped, and its offsets
committed with the next ones. The agents therefore never let a batch raise. A dependency that is away (Kafka,
Redis) is waited for and the batch tried again; a batch that fails for any other reason is split, and a message
that still fails on its own is dead-lettered with the reason.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from aiokafka.errors import KafkaError
from faust.exceptions import ProducerSendError
from redis.exceptions import RedisError

from services.processor.steps import RETRY_FIRST_DELAY_S, RETRY_MAX_DELAY_S, BeforeWrite, Message, Outcome, Step
from shared import metrics

log = logging.getLogger(__name__)

# A dependency being away, not the batch's fault. OSError covers refused connections and TimeoutError.
UNAVAILABLE = (KafkaError, ProducerSendError, RedisError, OSError)

Send = Callable[[int, Outcome], Awaitable[list[Awaitable[Any]]]]  # (message index, outcome) -> delivery futures
Sleep = Callable[[float], Awaitable[None]]
T = TypeVar("T")


async def retry_while_unavailable(operation: Callable[[], Awaitable[T]], stage: str, sleep: Sleep = asyncio.sleep) -> T:
    """Run `operation` until no dependency error stops it, waiting longer after each failure; other errors raise."""
    delay_s = RETRY_FIRST_DELAY_S
    while True:
        try:
            return await operation()
        except UNAVAILABLE as exc:
            log.error("a dependency failed the batch; waiting to try again", extra={"stage": stage, "error": repr(exc)})
            metrics.BATCH_RETRIES.labels(stage=stage).inc()
            await sleep(delay_s)
            delay_s = min(delay_s * 2, RETRY_MAX_DELAY_S)


async def settle_batch(
    step: Step,
    messages: Sequence[Message],
    send: Send,
    before_write: BeforeWrite | None = None,
    sleep: Sleep = asyncio.sleep,
) -> None:
    """Process `messages` with `step` and deliver what they produced; returns only once all of it is delivered."""
    await _settle(step, messages, list(range(len(messages))), send, before_write, sleep)


async def _settle(
    step: Step,
    messages: Sequence[Message],
    indices: list[int],
    send: Send,
    before_write: BeforeWrite | None,
    sleep: Sleep,
) -> None:
    try:
        await retry_while_unavailable(lambda: _deliver(step, messages, indices, send, before_write), step.stage, sleep)
    except Exception as exc:  # the batch itself failed: find the message behind it
        if len(indices) > 1:
            log.warning(
                "a batch failed; settling its messages one at a time", extra={"stage": step.stage, "error": repr(exc)}
            )
            for index in indices:
                await _settle(step, messages, [index], send, before_write, sleep)
            return
        [index] = indices

        async def dead_letter(failure: Exception = exc) -> None:
            await asyncio.gather(*await send(index, failure))

        await retry_while_unavailable(dead_letter, step.stage, sleep)


async def _deliver(
    step: Step, messages: Sequence[Message], indices: list[int], send: Send, before_write: BeforeWrite | None
) -> None:
    batch = await step.handle_many([messages[i] for i in indices])
    futures: list[Awaitable[Any]] = []
    for index, outcome in zip(indices, batch.outcomes, strict=True):
        futures += await send(index, outcome)
    await asyncio.gather(*futures)
    # State after outputs: a crash in between replays the batch, never drops it.
    step.commit(batch, None if before_write is None else lambda local: before_write(indices[local]))
