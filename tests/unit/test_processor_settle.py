"""A batch is settled before faust acknowledges it: dependency failures are waited out, a failing batch is split and
the message behind the failure dead-lettered, and no message of the batch is left without its outputs."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

import pytest
from aiokafka.errors import KafkaTimeoutError
from redis.exceptions import ConnectionError as RedisConnectionError

from services.processor.settle import settle_batch
from services.processor.steps import Batch, BeforeWrite, Emit, Message, Outcome


class FakeStep:
    """Emits each message's value back; raises for values in `poison` (a batch-level failure, as a bug would)."""

    stage = "fake"

    def __init__(self, poison: Sequence[bytes] = (), failures_before_success: int = 0) -> None:
        self.poison = set(poison)
        self.failures_left = failures_before_success
        self.committed: list[bytes] = []

    async def handle_many(self, messages: Sequence[Message]) -> Batch:
        if self.failures_left:
            self.failures_left -= 1
            raise RedisConnectionError("index away")
        if any(value in self.poison for _key, value in messages):
            raise ValueError("cannot handle this one")
        outcomes: list[Outcome] = [[Emit("out", key or b"", value)] for key, value in messages]
        return Batch(outcomes, [(i, value.decode(), {}) for i, (_key, value) in enumerate(messages)])

    def commit(self, batch: Batch, before_write: BeforeWrite | None = None) -> None:
        for index, key, _record in batch.state_writes:
            if before_write is not None:
                before_write(index)
            self.committed.append(key.encode())


class FakeKafka:
    """Records delivered outputs and dead letters; the first `failing_sends` deliveries fail as Kafka would."""

    def __init__(self, messages: Sequence[Message], failing_sends: int = 0) -> None:
        self.messages = messages
        self.failing_sends = failing_sends
        self.delivered: list[bytes] = []
        self.dead_letters: list[tuple[bytes, str]] = []

    async def send(self, index: int, outcome: Outcome) -> list[Any]:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if self.failing_sends:
            self.failing_sends -= 1
            future.set_exception(KafkaTimeoutError())
            return [future]
        if isinstance(outcome, Exception):
            self.dead_letters.append((self.messages[index][1], repr(outcome)))
        else:
            self.delivered += [emit.value for emit in outcome]
        future.set_result(None)
        return [future]


async def no_wait(_seconds: float) -> None:
    return None


def messages(*values: bytes) -> list[Message]:
    return [(value, value) for value in values]


async def test_a_dependency_failure_is_waited_out_and_the_batch_delivered() -> None:
    batch = messages(b"a", b"b", b"c")
    step, kafka = FakeStep(failures_before_success=2), FakeKafka(batch, failing_sends=1)
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    await settle_batch(step, batch, kafka.send, sleep=sleep)
    assert sorted(set(kafka.delivered)) == [b"a", b"b", b"c"]
    assert step.committed == [b"a", b"b", b"c"]  # state written once, after the delivery that succeeded
    assert waits == [0.5, 1.0, 2.0]  # two index failures, one failed delivery; each wait longer
    assert kafka.dead_letters == []


async def test_a_failing_batch_is_split_and_only_the_bad_message_dead_lettered() -> None:
    batch = messages(b"a", b"bad", b"c")
    step, kafka = FakeStep(poison=[b"bad"]), FakeKafka(batch)
    before_write_indices: list[int] = []
    await settle_batch(step, batch, kafka.send, before_write_indices.append, sleep=no_wait)
    assert kafka.delivered == [b"a", b"c"]
    assert [(value, "cannot handle this one" in reason) for value, reason in kafka.dead_letters] == [(b"bad", True)]
    assert step.committed == [b"a", b"c"]
    assert before_write_indices == [0, 2]  # the state of each message is written with its own event in context


async def test_a_dead_letter_that_cannot_be_delivered_yet_is_retried() -> None:
    batch = messages(b"bad")
    step, kafka = FakeStep(poison=[b"bad"]), FakeKafka(batch, failing_sends=2)
    await settle_batch(step, batch, kafka.send, sleep=no_wait)
    assert [value for value, _reason in kafka.dead_letters] == [b"bad"]


async def test_cancellation_is_not_taken_for_a_failure() -> None:
    class Cancelled(FakeStep):
        async def handle_many(self, messages: Sequence[Message]) -> Batch:
            raise asyncio.CancelledError

    batch = messages(b"a")
    kafka = FakeKafka(batch)
    with pytest.raises(asyncio.CancelledError):
        await settle_batch(Cancelled(), batch, kafka.send, sleep=no_wait)
    assert kafka.dead_letters == []
