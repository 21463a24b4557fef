"""The processor's steps with in-memory fakes: exact repeats, revisions, syndicated copies, poison input."""

from __future__ import annotations

import msgspec
import pytest

from services.processor.dedup import Deduplicator, MemoryStore
from services.processor.steps import DedupStep, TagStep
from shared.contracts.codec import decode, encode
from shared.contracts.models import Article, DuplicateRecord, RawArticle, TaggedArticle
from shared.settings import Topics
from tests.conftest import load_fixture_article

TOPICS = Topics("t.")


def raw_article(article_id: str, text: str, title: str = "Strike on Kyiv", raw_hash: str | None = None) -> RawArticle:
    return RawArticle(
        article_id=article_id,
        feed_id="feed",
        url=f"https://example.org/{article_id}",
        title=title,
        content=text,
        fetched_at="2025-04-24T12:00:00Z",
        published="2025-04-24T12:00:00Z",
        raw_hash=raw_hash or article_id,
    )


@pytest.fixture
def step() -> DedupStep:
    return DedupStep(TOPICS, {}, Deduplicator(MemoryStore()))


async def test_first_copy_is_unique_and_starts_its_cluster(step: DedupStep) -> None:
    article = load_fixture_article("kyiv_strike")
    [emit] = await step.handle(None, encode(raw_article("a1", article["text"])))
    assert emit.topic == TOPICS.articles and emit.key == b"a1"
    unique = decode(emit.value, Article)
    assert unique.cluster_id == "a1" and unique.first_seen


async def test_same_id_same_content_is_a_duplicate_by_article_id(step: DedupStep) -> None:
    text = load_fixture_article("kyiv_strike")["text"]
    await step.handle(None, encode(raw_article("a1", text)))
    [emit] = await step.handle(None, encode(raw_article("a1", text)))
    record = decode(emit.value, DuplicateRecord)
    assert emit.topic == TOPICS.duplicates
    assert (record.duplicate_of, record.method, record.similarity) == ("a1", "article_id", 1.0)


async def test_same_id_changed_content_flows_on_as_revision(step: DedupStep) -> None:
    text = load_fixture_article("kyiv_strike")["text"]
    await step.handle(None, encode(raw_article("a1", text)))
    updated = msgspec.structs.replace(
        raw_article("a1", text.replace("risen to 12", "risen to 15"), raw_hash="h2"), revision=1
    )
    [emit] = await step.handle(None, encode(updated))
    assert emit.topic == TOPICS.articles
    assert decode(emit.value, Article).revision == 1


async def test_syndicated_copy_under_another_url_is_a_near_duplicate(step: DedupStep) -> None:
    text = load_fixture_article("kyiv_strike")["text"]
    await step.handle(None, encode(raw_article("a1", text)))
    copy = text.replace("Russia attacked Kyiv", "Russian forces attacked Kyiv") + "\nFollow us for more news."
    [emit] = await step.handle(None, encode(raw_article("b2", copy, title="Kyiv toll rises to 12")))
    assert emit.topic == TOPICS.duplicates
    record = decode(emit.value, DuplicateRecord)
    assert record.duplicate_of == "a1" and record.method in ("minhash", "content_hash")


async def test_poison_input_raises_for_the_dead_letter_path(step: DedupStep) -> None:
    with pytest.raises(msgspec.DecodeError):
        await step.handle(b"k", b"{not json")
    with pytest.raises(msgspec.ValidationError):
        await step.handle(b"k", b'{"title": "no id"}')


async def test_tag_step_tags_and_fans_out_per_topic() -> None:
    text = load_fixture_article("kyiv_strike")
    raw = raw_article("a1", text["text"], title=text["title"])
    fields = {name: getattr(raw, name) for name in raw.__struct_fields__}
    article = Article(**fields, cluster_id="a1", first_seen="2025-04-24T12:00:00Z")
    emits = await TagStep(TOPICS).handle(None, encode(article))
    tagged = decode(emits[0].value, TaggedArticle)
    assert emits[0].topic == TOPICS.tagged
    assert tagged.tags.alert and tagged.tags.severity == "critical"
    assert tagged.tags.topics and [e.topic for e in emits[1:]] == [TOPICS.topic(s) for s in tagged.tags.topics]


async def test_batch_keeps_order_isolates_poison_and_sees_repeats(step: DedupStep) -> None:
    text = load_fixture_article("kyiv_strike")["text"]
    first = raw_article("a1", text)
    revised = msgspec.structs.replace(raw_article("a1", text + " Rescue work went on.", raw_hash="h2"), revision=1)
    other = raw_article("c3", "Council approves the harbour budget after a long debate about ferries and fares.")
    batch = [(b"a1", encode(first)), (b"x", b"{broken"), (b"a1", encode(first)), (b"a1", encode(revised)),
             (b"c3", encode(other))]  # fmt: skip
    outcomes = (await step.handle_many(batch)).outcomes
    assert [type(o).__name__ for o in outcomes] == ["list", "DecodeError", "list", "list", "list"]
    topics = [o[0].topic for o in outcomes if isinstance(o, list)]
    assert topics == [TOPICS.articles, TOPICS.duplicates, TOPICS.articles, TOPICS.articles]
    assert decode(outcomes[3][0].value, Article).revision == 1  # type: ignore[index]


async def test_index_outage_is_retried_not_dead_lettered(monkeypatch: pytest.MonkeyPatch) -> None:
    from redis.exceptions import ConnectionError as RedisConnectionError

    from services.processor import steps

    monkeypatch.setattr(steps, "RETRY_FIRST_DELAY_S", 0.01)
    deduplicator = Deduplicator(MemoryStore())
    real_check_many = deduplicator.check_many
    failures = iter([RedisConnectionError("down"), RedisConnectionError("still down")])

    async def flaky(articles):  # type: ignore[no-untyped-def]
        for failure in failures:
            raise failure
        return await real_check_many(articles)

    monkeypatch.setattr(deduplicator, "check_many", flaky)
    step = DedupStep(TOPICS, {}, deduplicator)
    [outcome] = (
        await step.handle_many([(b"a1", encode(raw_article("a1", "Some text about a harbour and boats.")))])
    ).outcomes
    assert isinstance(outcome, list) and outcome[0].topic == TOPICS.articles


async def test_state_is_written_only_on_commit_so_a_crash_before_it_replays_cleanly(step: DedupStep) -> None:
    message = (b"a1", encode(raw_article("a1", load_fixture_article("kyiv_strike")["text"])))
    batch = await step.handle_many([message])
    assert step.seen == {}  # outputs not yet delivered: nothing remembered
    replayed = await step.handle_many([message])  # the crash-and-replay case: still the unique article
    assert replayed.outcomes[0][0].topic == TOPICS.articles  # type: ignore[index]
    step.commit(batch)
    assert set(step.seen) == {"a1"}
