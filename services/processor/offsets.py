"""Commit only what the agents finished.

faust commits a partition's offset past every message it counts as acknowledged, and it counts some that no agent
finished: a message fetched before a rebalance and handed out after it is skipped and acknowledged, and a fetch
that jumps ahead of the read position (a seek with messages already prefetched) books the offsets in between as a
gap that counts as done (faust-streaming 0.15: `Stream._py_aiter`, `Consumer._new_offset`,
`Consumer._drain_messages`). A commit after any of these moves past articles no agent saw, and a crash then loses
them for good.

The ledger keeps, per partition of the agents' source topics, the offset after the last message whose outputs were
delivered with none missing before it, starting where the partition's stream starts when it is assigned (its
commit, or the log start). `LedgerConsumer` commits that offset and no other for those topics. A message handed out
past a hole is processed, the commit stays before the hole, and the agent seeks the partition back to the hole.

Before `LedgerConsumer` held the source partitions back, holes opened at restarts (2 of 5 scripted restarts of a
1,500-message backlog): faust resumes fetching a newly assigned partition, seeks it to its commit, and only then
resumes the flow into the streams, which empties the streams' queues (mode's `FlowControlEvent.resume`), so the
messages fetched in between and still queued were gone from the stream, with no seek to read them again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from faust.transport.consumer import ensure_TPset
from faust.transport.drivers.aiokafka import Consumer as AIOKafkaConsumer
from faust.types import TP

Handed = tuple[TP, int, bool]  # (partition, offset, handed out in the current consumer generation)


@dataclass
class OffsetLedger:
    topics: frozenset[str]
    _next: dict[TP, int] = field(default_factory=dict)
    _holes: dict[TP, int] = field(default_factory=dict)  # partition -> first offset missing, once reported
    epoch: int = 0  # advanced when partitions are revoked, so a batch taken before that books nothing

    def tracks(self, tp: TP) -> bool:
        return tp.topic in self.topics

    def next_offset(self, tp: TP) -> int | None:
        """The offset to commit for `tp`: every message before it is finished. None when not assigned here."""
        return self._next.get(tp)

    def start(self, tp: TP, offset: int) -> None:
        """Where the partition's stream starts for this assignment: its commit, or the log start."""
        self._next[tp] = offset
        self._holes.pop(tp, None)

    def forget(self, tps: Iterable[TP]) -> None:
        for tp in tps:
            self._next.pop(tp, None)
            self._holes.pop(tp, None)
        self.epoch += 1

    def book(self, messages: Sequence[Handed], epoch: int) -> list[Hole]:
        """Book a batch whose outputs are delivered; returns the holes found in it, one per partition.

        A message at a partition's next offset moves it on; one below it is a replay after a seek back. One above it
        means messages before it were never handed out: the partition's next offset stays at the hole. Messages
        from an earlier generation book nothing (faust seeks every partition back to its commit after a rebalance),
        nor does a batch taken before a revocation.
        """
        holes: dict[TP, Hole] = {}
        if epoch != self.epoch:
            return []
        for tp, offset, current in messages:
            expected = self._next.get(tp)
            if not current or expected is None or offset < expected or tp in holes:
                continue
            if offset == expected:
                self._next[tp] = offset + 1
            else:
                holes[tp] = Hole(tp, expected, offset, new=self._holes.get(tp) != expected)
                self._holes[tp] = expected
        return list(holes.values())


@dataclass(frozen=True)
class Hole:
    tp: TP
    missing: int  # the first offset never handed out
    handed_out: int  # the offset handed out past it
    new: bool  # False when the same hole was found before (a seek back has not reached it yet)


class LedgerConsumer(AIOKafkaConsumer):
    """faust's aiokafka consumer, committing the ledger's offsets for the agents' source topics, and starting their
    partitions only once the flow into the streams is resumed."""

    def __init__(self, *args: Any, source_topics: frozenset[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.ledger = OffsetLedger(source_topics)
        self._held: set[TP] = set()

    def resume_partitions(self, tps: Iterable[TP]) -> None:
        # After a rebalance faust resumes the streams' partitions, seeks them to their commits, and then resumes the
        # flow into the streams, which empties the streams' queues: messages fetched in between would be lost to
        # the stream. The source partitions wait for the flow instead (faust calls resume_flow right after).
        tpset = ensure_TPset(tps)
        held = {tp for tp in tpset if self.ledger.tracks(tp)}
        self._held |= held
        super().resume_partitions(tpset - held)

    def resume_flow(self) -> None:
        super().resume_flow()
        held, self._held = self._held, set()
        super().resume_partitions(held)

    def pause_partitions(self, tps: Iterable[TP]) -> None:
        tpset = ensure_TPset(tps)
        self._held -= tpset
        super().pause_partitions(tpset)

    def _new_offset(self, tp: TP) -> int | None:
        if not self.ledger.tracks(tp):
            return super()._new_offset(tp)
        # faust's acknowledgements only say that there may be something to commit.
        self._acked[tp].clear()
        self._acked_index[tp].clear()
        return self.ledger.next_offset(tp)

    async def on_partitions_revoked(self, revoked: set[TP]) -> None:
        self.ledger.forget(revoked)
        self._held -= revoked
        await super().on_partitions_revoked(revoked)

    async def on_partitions_assigned(self, assigned: set[TP], generation_id: int = 0) -> None:
        # Before faust starts fetching: the streams start at the commits (the offset reset is earliest).
        tracked = [tp for tp in assigned if self.ledger.tracks(tp)]
        if tracked:
            committed = await self.seek_to_committed()
            uncommitted = [tp for tp in tracked if not committed.get(tp)]
            earliest = await self.earliest_offsets(*uncommitted) if uncommitted else {}
            for tp in tracked:
                self.ledger.start(tp, max(committed.get(tp) or 0, earliest.get(tp, 0)))
        await super().on_partitions_assigned(assigned, generation_id)
