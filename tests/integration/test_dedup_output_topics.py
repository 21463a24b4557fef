"""The processor's outputs are delivered when a new fan-out topic appears (real Kafka).

A dedup batch's outputs sit in the producer's queue while the tagger creates a news.topic.<slug> topic and sends
to it first. Without the processor tracking its output topics in the producer's metadata, that first send drops
them from the metadata and their queued batches are never delivered (the worker stalls; see
`keep_in_producer_metadata`). The producer lingers so the output's batch is still queued when the new topic's
metadata arrives, which is the order the stall needs.
"""

from __future__ import annotations

import asyncio

import pytest
from aiokafka import AIOKafkaProducer

from services.processor.app import keep_in_producer_metadata
from shared.kafka import ensure_topics

pytestmark = pytest.mark.integration

LINGER_MS = 1500
DELIVERY_TIMEOUT_S = 10


async def test_queued_outputs_are_delivered_after_the_first_send_to_a_new_topic(
    kafka_bootstrap: str, unique_prefix: str
) -> None:
    output, fan_out = f"{unique_prefix}news.articles", f"{unique_prefix}news.topic.new-slug"
    await ensure_topics(kafka_bootstrap, [output], partitions=2)
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all", linger_ms=LINGER_MS)
    await producer.start()
    try:
        # What faust's topic declaration does: refresh metadata for every topic, tracking none of them.
        await producer.client.force_metadata_update()
        assert producer.client.cluster.partitions_for_topic(output) is not None
        assert output not in producer.client._topics

        keep_in_producer_metadata(producer.client, [output])
        queued = [await producer.send(output, b"article %d" % i, key=b"%d" % i) for i in range(20)]
        await ensure_topics(kafka_bootstrap, [fan_out], partitions=2)
        first_fan_out = await producer.send(fan_out, b"tagged", key=b"0")

        delivered = await asyncio.wait_for(asyncio.gather(*queued, first_fan_out), DELIVERY_TIMEOUT_S)
        assert {record.topic for record in delivered} == {output, fan_out}
        assert producer.client.cluster.partitions_for_topic(output) is not None
    finally:
        await asyncio.wait_for(producer.stop(), DELIVERY_TIMEOUT_S)
