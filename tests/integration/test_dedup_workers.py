"""Two real `tocsin processor` workers on the real Kafka and Redis: a near-duplicate that lands on a partition owned by
the other worker is still caught, and after both workers are replaced (SIGTERM, new processes) the window and the
per-article table survive.

The articles are keyed by article id with Kafka's default partitioner, as the poller publishes them; the test picks
URLs whose ids land on the partitions it needs, and learns which worker owns which partition from the workers' own
metrics.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.partitioner import DefaultPartitioner

from shared.contracts.codec import decode, encode
from shared.contracts.models import Article, DuplicateRecord, RawArticle
from shared.ids import article_id_for, stable_hash
from shared.settings import Topics
from tests.fixtures.dedup.transforms import TRANSFORMS
from tests.harness import Service, free_port, metric_value, read_topic

pytestmark = pytest.mark.integration

PARTITIONS = 4
WORKERS = 2
RESULT_WAIT_S = 30
ASSIGNMENT_WAIT_S = 45
STOP_TIMEOUT_S = 30
UNIQUE_METRIC = "tocsin_dedup_articles_total"

# An invented wire story (ours, not from any outlet) and its syndicated copies are built from it.
STORY_TITLE = "Ferry operator suspends night crossings after engine fire"
STORY_TEXT = "\n".join(
    [
        "A coastal ferry operator suspended its night crossings on Wednesday after an engine fire forced a vessel "
        "carrying 212 passengers to turn back to harbour, the company said.",
        "Crew members put out the fire within twenty minutes and nobody was hurt, according to a statement from the "
        "harbour master, who said the ship returned under its own power with one of its two engines shut down.",
        "Inspectors from the maritime safety agency boarded the vessel on Thursday morning and were expected to "
        "examine the fuel lines and the fire suppression system before any decision on resuming the service.",
        "Passengers described smoke drifting across the car deck and an announcement asking them to gather at the "
        "muster stations, where crew handed out life jackets as a precaution.",
        "The operator said travellers booked on evening sailings this week could move to a daytime departure or "
        "claim a full refund, and that freight customers would be contacted individually.",
        "The route is the only year-round link for several island communities, and local councillors called for a "
        "reserve vessel to be kept on standby during the winter timetable.",
    ]
)
# Different stories used to learn which worker owns which partition; they must not merge with anything.
WARM_UPS = [
    "A regional orchestra announced a season of free lunchtime concerts in village halls, funded by a local trust.",
    "Engineers began replacing the bearings of a century-old swing bridge, closing it to cyclists for six weeks.",
    "A university library reopened its reading room after moving two million books into a new climate-controlled "
    "basement store.",
    "Volunteers counted more than four hundred nesting seabirds on a rocky island during the annual spring survey.",
    "A bakery cooperative won a contract to supply bread to every primary school in the district from September.",
    "The city council approved a pilot scheme that lets residents borrow electric cargo bikes for a weekend.",
    "A museum returned a collection of carved walking sticks to the descendants of the craftsman who made them.",
    "Heavy rain delayed the harvest of early potatoes across the lowlands, growers' associations said.",
]


def partition_of(article_id: str) -> int:
    """The partition Kafka's default partitioner (murmur2 of the key) picks for an article id."""
    partitioner = DefaultPartitioner()
    partitions = list(range(PARTITIONS))
    return int(partitioner(article_id.encode(), partitions, partitions))


def article_on(partition: int, name: str, used: set[str]) -> tuple[str, str]:
    """(url, article id) of a made-up article page whose id the default partitioner puts on `partition`."""
    for attempt in range(10_000):
        url = f"https://outlet-{name}.example/news/{attempt}"
        article_id = article_id_for(url, None, "")
        if article_id not in used and partition_of(article_id) == partition:
            used.add(article_id)
            return url, article_id
    raise AssertionError(f"no id found for partition {partition}")


def raw_article(article_id: str, url: str, title: str, text: str, feed_id: str) -> RawArticle:
    return RawArticle(
        article_id=article_id,
        feed_id=feed_id,
        url=url,
        canonical_url=url,
        title=title,
        content=text,
        published="2025-05-07T09:00:00Z",
        fetched_at="2025-05-07T09:05:00Z",
        language="en",
        raw_hash=stable_hash("raw", title, text),
    )


class Cluster:
    """A set of processor workers sharing one app id (consumer group), topic prefix and Redis prefix."""

    def __init__(self, env: dict[str, str], log_dir: Path, generation: int) -> None:
        self.workers = []
        for n in range(WORKERS):
            folder = log_dir / f"worker-{generation}-{n}"  # its own log file and faust data folder
            folder.mkdir()
            self.workers.append(
                Service("processor", {**env, "TOCSIN_DATA_DIR": str(folder / "data")}, folder, free_port())
            )

    def wait_healthy(self) -> None:
        for worker in self.workers:
            worker.wait_healthy()

    def counts(self) -> list[float]:
        """Articles each worker's dedup agent has settled; -1 when a worker is too busy to answer (a rebalance)."""
        counts = []
        for worker in self.workers:
            try:
                counts.append(metric_value(worker.metrics(), UNIQUE_METRIC))
            except httpx.HTTPError:
                counts.append(-1.0)
        return counts

    def stop(self) -> list[int]:
        """SIGTERM to every worker at once (they leave the group together), one signal each: a second SIGTERM
        during faust's shutdown would kill the process."""
        for worker in self.workers:
            if worker.proc.poll() is None:
                worker.proc.terminate()
        for worker in self.workers:
            with contextlib.suppress(subprocess.TimeoutExpired):
                worker.proc.wait(STOP_TIMEOUT_S)
        return [worker.stop() for worker in self.workers]  # only stragglers get another signal, then SIGKILL

    def logs(self) -> str:
        tails = []
        for n, worker in enumerate(self.workers):  # read the files: a stopped Service has closed its handle
            lines = worker.log_path.read_text(errors="replace").splitlines()[-15:]
            tails.append(f"--- worker {n} (exit {worker.proc.returncode})\n" + "\n".join(lines))
        return "\n".join(tails)


@pytest.fixture
def env(kafka_bootstrap: str, redis_url: str, unique_prefix: str) -> dict[str, str]:
    return {
        "TOCSIN_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "TOCSIN_REDIS_URL": redis_url,
        "TOCSIN_TOPIC_PREFIX": unique_prefix,
        "TOCSIN_REDIS_PREFIX": f"tocsin-test:{unique_prefix}",
        "TOCSIN_PARTITIONS": str(PARTITIONS),
        "TOCSIN_APP_ID": f"{unique_prefix}processor",
        "TOCSIN_LOG_LEVEL": "INFO",
    }


@pytest.fixture
def clusters(env: dict[str, str], tmp_path: Path) -> Iterator[Callable[[], Cluster]]:
    started: list[Cluster] = []

    def start() -> Cluster:
        cluster = Cluster(env, tmp_path, len(started))
        started.append(cluster)
        return cluster

    yield start
    for cluster in started:
        cluster.stop()


class Pipeline:
    """Produces RawArticles keyed by article id and reads what the workers wrote."""

    def __init__(self, bootstrap: str, topics: Topics) -> None:
        self.bootstrap = bootstrap
        self.topics = topics
        self.producer = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True)
        self.used_ids: set[str] = set()

    async def send(self, article: RawArticle) -> int:
        metadata = await self.producer.send_and_wait(self.topics.raw, encode(article), key=article.article_id.encode())
        return int(metadata.partition)

    async def owners(self, cluster: Cluster, round_number: int) -> dict[int, int]:
        """Partition -> index of the worker that processes it, from one warm-up article per partition."""
        owner: dict[int, int] = {}
        give_up = time.monotonic() + ASSIGNMENT_WAIT_S
        for partition in range(PARTITIONS):
            url, article_id = article_on(partition, f"warmup{round_number}", self.used_ids)
            text = WARM_UPS[(round_number * PARTITIONS + partition) % len(WARM_UPS)] + f" Bulletin {round_number}."
            before = cluster.counts()
            while min(before) < 0 and time.monotonic() < give_up:
                before = cluster.counts()
            assert await self.send(raw_article(article_id, url, f"Local news {article_id}", text, "local")) == partition
            deadline = time.monotonic() + RESULT_WAIT_S
            while time.monotonic() < deadline:
                after = cluster.counts()
                grew = [n for n in range(WORKERS) if after[n] > before[n] >= 0]
                if grew:
                    owner[partition] = grew[0]
                    break
                await asyncio.sleep(0.2)
            else:
                raise AssertionError(f"warm-up on partition {partition} not processed:\n{cluster.logs()}")
        return owner

    async def balanced_owners(self, cluster: Cluster) -> dict[int, int]:
        """Waits until every worker owns a partition (the group has rebalanced over all of them)."""
        deadline = time.monotonic() + ASSIGNMENT_WAIT_S
        round_number = 0
        while True:
            owner = await self.owners(cluster, round_number)
            if len(set(owner.values())) == WORKERS:
                return owner
            if time.monotonic() > deadline:
                raise AssertionError(f"partitions never spread over the workers: {owner}\n{cluster.logs()}")
            round_number += 1
            await asyncio.sleep(1)

    async def read(self, topic: str) -> list[bytes]:
        return [value for _, value in await read_topic(self.bootstrap, topic)]

    async def wait_for_article(self, article_id: str, cluster: Cluster) -> Article:
        deadline = time.monotonic() + RESULT_WAIT_S
        while time.monotonic() < deadline:
            for value in await self.read(self.topics.articles):
                article = decode(value, Article)
                if article.article_id == article_id:
                    return article
            await asyncio.sleep(0.3)
        raise AssertionError(f"{article_id} never reached {self.topics.articles}:\n{cluster.logs()}")

    async def wait_for_duplicate(self, article_id: str, cluster: Cluster) -> DuplicateRecord:
        deadline = time.monotonic() + RESULT_WAIT_S
        while time.monotonic() < deadline:
            for value in await self.read(self.topics.duplicates):
                record = decode(value, DuplicateRecord)
                if record.article_id == article_id:
                    return record
            await asyncio.sleep(0.3)
        raise AssertionError(f"{article_id} never reached {self.topics.duplicates}:\n{cluster.logs()}")


async def test_copies_on_other_workers_partitions_are_caught_and_state_survives_a_restart(
    env: dict[str, str], kafka_bootstrap: str, clusters: Callable[[], Cluster]
) -> None:
    topics = Topics(env["TOCSIN_TOPIC_PREFIX"])
    pipeline = Pipeline(kafka_bootstrap, topics)
    first = clusters()
    first.wait_healthy()
    await pipeline.producer.start()
    try:
        owner = await pipeline.balanced_owners(first)
        # The original on a partition of worker 0's, its syndicated copy on a partition of the other worker's.
        original_partition = next(p for p, w in owner.items() if w == 0)
        copy_partition = next(p for p, w in owner.items() if w != 0)
        url, original_id = article_on(original_partition, "wire", pipeline.used_ids)
        original = raw_article(original_id, url, STORY_TITLE, STORY_TEXT, "wire")
        assert await pipeline.send(original) == original_partition
        # The copy is published after the original has been settled (two workers race otherwise, and whichever
        # settles first is the original, which is correct but not what this test is about).
        await pipeline.wait_for_article(original_id, first)
        title, text = TRANSFORMS["combined"](STORY_TITLE, STORY_TEXT, random.Random(5))
        copy_url, copy_id = article_on(copy_partition, "gazette", pipeline.used_ids)
        assert await pipeline.send(raw_article(copy_id, copy_url, title, text, "gazette")) == copy_partition

        record = await pipeline.wait_for_duplicate(copy_id, first)
        assert (record.duplicate_of, record.method) == (original_id, "minhash")
        assert record.similarity >= 0.45
        unique = [decode(v, Article) for v in await pipeline.read(topics.articles)]
        story = [a for a in unique if a.article_id in (original_id, copy_id)]
        assert [a.article_id for a in story] == [original_id]
        assert story[0].cluster_id == original_id

        # Replace both workers: SIGTERM, then two new processes with the same app id and prefixes.
        codes = first.stop()
        assert codes == [0] * WORKERS, first.logs()
        second = clusters()
        second.wait_healthy()
        owner = await pipeline.balanced_owners(second)

        # Another outlet's copy, on whichever partition: the Redis window still holds the original.
        later_title, later_text = TRANSFORMS["paragraph_shuffle"](STORY_TITLE, STORY_TEXT, random.Random(9))
        later_partition = next(p for p in range(PARTITIONS) if p != original_partition)
        later_url, later_id = article_on(later_partition, "courier", pipeline.used_ids)
        assert await pipeline.send(raw_article(later_id, later_url, later_title, later_text, "courier")) == (
            later_partition
        )
        later = await pipeline.wait_for_duplicate(later_id, second)
        assert (later.duplicate_of, later.method) == (original_id, "minhash")

        # The original again, unchanged (a re-poll): the restored table knows its id.
        before = len(await pipeline.read(topics.duplicates))
        assert await pipeline.send(original) == original_partition
        deadline = time.monotonic() + RESULT_WAIT_S
        repeats: list[DuplicateRecord] = []
        while not repeats and time.monotonic() < deadline:
            records = [decode(v, DuplicateRecord) for v in await pipeline.read(topics.duplicates)]
            repeats = [r for r in records[before:] if r.article_id == original_id]
            await asyncio.sleep(0.3)
        assert repeats, f"the repeat never reached {topics.duplicates}:\n{second.logs()}"
        assert (repeats[0].duplicate_of, repeats[0].method) == (original_id, "article_id")
        unique = [decode(v, Article) for v in await pipeline.read(topics.articles)]
        assert [a.article_id for a in unique if a.article_id in (original_id, copy_id, later_id)] == [original_id]
        codes = second.stop()
        assert codes == [0] * WORKERS, second.logs()
    finally:
        await pipeline.producer.stop()
