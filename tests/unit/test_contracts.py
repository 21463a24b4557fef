"""Contracts as data: every topic's schema and examples are valid, and every consumer handles every example.

Consumers that need no server run here with in-memory fakes; the alerter (which needs Redis) runs on the same
examples in tests/integration/test_contract_consumers.py.
"""

from __future__ import annotations

import base64
import json

import pytest

from services.alerter.subscribe import AlertFilter, format_alert
from services.poller.registry import decode_record
from services.processor.dedup import Deduplicator, MemoryStore
from services.processor.steps import DedupStep, TagStep
from shared.contracts.codec import decode
from shared.contracts.models import Alert, Article, DeadLetter, DuplicateRecord, RawArticle, TaggedArticle
from shared.contracts.registry import TOPICS_DIR, check, current_schema, load_contracts
from shared.settings import Topics

CONTRACTS = load_contracts()
EXAMPLES = [
    pytest.param(c.folder, version, name, data, id=f"{c.folder}-v{version}-{name}")
    for c in CONTRACTS
    for version in c.versions
    for name, data in c.examples(version).items()
]


def test_published_contracts_are_consistent() -> None:
    assert check() == []


def test_every_pipeline_topic_has_a_contract() -> None:
    folders = {c.folder for c in CONTRACTS}
    topics = Topics("")
    expected = {topics.feeds, *topics.pipeline(), "news.topic"}
    assert expected <= folders


def test_a_changed_struct_is_detected_against_the_published_schema() -> None:
    published = json.loads((TOPICS_DIR / "news.raw" / "v1.schema.json").read_text())
    generated = current_schema(RawArticle)
    assert {k: v for k, v in published.items() if k not in ("$schema", "title")} == generated
    generated["$defs"]["RawArticle"]["required"].append("new_field")
    assert {k: v for k, v in published.items() if k not in ("$schema", "title")} != generated


async def consume(folder: str, data: bytes) -> None:
    """Run the topic's in-repo consumers on one example message."""
    topics = Topics("")
    if folder == "feeds":
        decoded = decode_record(b"feed-key", data)
        assert decoded is not None and decoded[1] is not None
    elif folder == "news.raw":
        step = DedupStep(topics, {}, Deduplicator(MemoryStore()))
        emits = await step.handle(None, data)
        assert [e.topic for e in emits] == [topics.articles]
        decode(emits[0].value, Article)
    elif folder == "news.articles":
        emits = await TagStep(topics).handle(None, data)
        assert emits[0].topic == topics.tagged
        tagged = decode(emits[0].value, TaggedArticle)
        assert {e.topic for e in emits[1:]} == {topics.topic(s) for s in tagged.tags.topics}
    elif folder in ("news.tagged", "news.topic"):
        decode(data, TaggedArticle)  # the alerter's handling runs in the integration test
    elif folder == "news.duplicates":
        decode(data, DuplicateRecord)
    elif folder == "alerts":
        alert = decode(data, Alert)
        assert format_alert(alert)
        assert AlertFilter().matches(alert)
    elif folder == "news.dlq":
        record = decode(data, DeadLetter)
        base64.b64decode(record.original_b64, validate=True)
    else:
        pytest.fail(f"no consumer registered in this test for {folder}")


@pytest.mark.parametrize(("folder", "version", "name", "data"), EXAMPLES)
async def test_every_consumer_handles_every_example(folder: str, version: int, name: str, data: bytes) -> None:
    await consume(folder, data)
