"""The offset ledger commits only what the agents finished, finds holes in what they were handed, and the consumer
holds the source partitions back until faust has emptied the streams' queues."""

from __future__ import annotations

import faust
import pytest
from faust.transport.drivers.aiokafka import Consumer as AIOKafkaConsumer
from faust.types import TP

from services.processor.offsets import LedgerConsumer, OffsetLedger

RAW, RAW_1, OTHER = TP("raw", 0), TP("raw", 1), TP("other", 0)


def ledger() -> OffsetLedger:
    book = OffsetLedger(frozenset({"raw"}))
    book.start(RAW, 10)
    book.start(RAW_1, 0)
    return book


def test_contiguous_batches_move_the_commit_on() -> None:
    book = ledger()
    assert book.book([(RAW, 10, True), (RAW_1, 0, True), (RAW, 11, True)], book.epoch) == []
    assert (book.next_offset(RAW), book.next_offset(RAW_1)) == (12, 1)


def test_a_hole_keeps_the_commit_before_it_until_the_missing_messages_come() -> None:
    book = ledger()
    [hole] = book.book([(RAW, 10, True), (RAW, 13, True), (RAW, 14, True)], book.epoch)
    assert (hole.tp, hole.missing, hole.handed_out, hole.new) == (RAW, 11, 13, True)
    assert book.next_offset(RAW) == 11
    [again] = book.book([(RAW, 15, True)], book.epoch)  # the seek back has not reached it yet
    assert (again.missing, again.new) == (11, False)
    assert book.book([(RAW, 11, True), (RAW, 12, True), (RAW, 13, True)], book.epoch) == []
    assert book.next_offset(RAW) == 14


def test_replays_after_a_seek_back_are_not_holes() -> None:
    book = ledger()
    book.book([(RAW, 10, True), (RAW, 11, True)], book.epoch)
    assert book.book([(RAW, 10, True), (RAW, 11, True), (RAW, 12, True)], book.epoch) == []
    assert book.next_offset(RAW) == 13


def test_earlier_generations_and_revoked_partitions_book_nothing() -> None:
    book = ledger()
    assert book.book([(RAW, 10, False), (RAW, 12, False)], book.epoch) == []  # taken before a rebalance
    assert book.next_offset(RAW) == 10
    epoch = book.epoch
    book.forget([RAW])
    assert book.book([(RAW_1, 0, True)], epoch) == []  # the batch was taken before the revocation
    assert (book.next_offset(RAW), book.next_offset(RAW_1)) == (None, 0)


@pytest.fixture
def consumer() -> LedgerConsumer:
    app = faust.App("test-ledger", broker="kafka://127.0.0.1:9")  # never started: no broker is needed

    def ignore(*_args: object) -> None:
        return None

    return LedgerConsumer(
        app.transport,
        callback=ignore,
        on_partitions_revoked=ignore,
        on_partitions_assigned=ignore,
        source_topics=frozenset({"raw"}),
    )


def test_source_partitions_wait_for_the_flow(consumer: LedgerConsumer) -> None:
    consumer.pause_partitions([RAW, OTHER])
    consumer.resume_partitions([RAW, OTHER])  # faust: resume, seek to the commits, then empty the queues
    assert consumer._get_active_partitions() == {OTHER}
    consumer.resume_flow()  # ... and resume the flow: now the source partition may fetch
    assert consumer._get_active_partitions() == {RAW, OTHER}


def test_a_partition_paused_again_is_not_resumed_by_the_flow(consumer: LedgerConsumer) -> None:
    consumer.pause_partitions([RAW])
    consumer.resume_partitions([RAW])
    consumer.pause_partitions([RAW])  # a new rebalance started before the flow resumed
    consumer.resume_flow()
    assert RAW not in consumer._get_active_partitions()


def test_commits_follow_the_ledger_not_faust_acknowledgements(consumer: LedgerConsumer) -> None:
    consumer._committed_offset[RAW] = 10
    consumer.ledger.start(RAW, 10)
    # Offset 10 was never finished, 11 and 12 were acknowledged (a skipped message is acknowledged too).
    for offset in (11, 12):
        consumer._acked[RAW].append(offset)
        consumer._acked_index[RAW].add(offset)
    faust_alone = AIOKafkaConsumer._new_offset(consumer, RAW)
    assert faust_alone == 13  # past offset 10, which no agent finished
    for offset in (11, 12):
        consumer._acked[RAW].append(offset)
        consumer._acked_index[RAW].add(offset)
    assert consumer._new_offset(RAW) == 10
    assert not consumer._should_commit(RAW, 10)
    consumer.ledger.book([(RAW, 10, True), (RAW, 11, True)], consumer.ledger.epoch)
    assert consumer._new_offset(RAW) == 12
    assert consumer._acked[RAW] == []  # faust's lists do not grow without bound


def test_other_topics_keep_fausts_own_commits(consumer: LedgerConsumer) -> None:
    consumer._acked[OTHER].extend([0, 1, 2])
    consumer._acked_index[OTHER].update([0, 1, 2])
    assert consumer._new_offset(OTHER) == 3
