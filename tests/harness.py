"""Running the real pipeline for e2e tests and benchmarks: services as subprocesses, a local feed server, and
helpers to read topics and scrape metrics. Nothing here is faked: Kafka and Redis are the real servers."""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from shared.contracts.codec import decode, encode
from shared.contracts.models import RawArticle

REPO = Path(__file__).resolve().parents[1]
SERVICE_START_TIMEOUT_S = 90


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def rss_document(items: list[dict[str, str]], title: str = "Test feed") -> bytes:
    """An RSS 2.0 document; each item has title, link, text and optional guid and published (ISO 8601)."""
    parts = []
    for item in items:
        published = item.get("published") or "2025-04-24T12:00:00Z"
        when = datetime.fromisoformat(published.replace("Z", "+00:00"))
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        parts.append(
            "<item>"
            f"<title>{escape(item['title'])}</title>"
            f"<link>{escape(item['link'])}</link>"
            f'<guid isPermaLink="false">{escape(item.get("guid", item["link"]))}</guid>'
            f"<pubDate>{format_datetime(when)}</pubDate>"
            f"<description>{escape(item['text'][:300])}</description>"
            f"<content:encoded>{escape(item['text'])}</content:encoded>"
            "</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{escape(title)}</title><link>http://127.0.0.1/</link><description>test</description>"
        + "".join(parts)
        + "</channel></rss>"
    ).encode()


class RecordingProducer:
    """Stands in for the poller's Kafka producer where a test checks what would be published, not Kafka itself."""

    def __init__(self) -> None:
        self.sent: list[RawArticle] = []

    async def send(self, topic: str, value: bytes, key: bytes) -> asyncio.Future[None]:
        self.sent.append(decode(value, RawArticle))
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        future.set_result(None)
        return future


class FeedServer:
    """A local HTTP server whose feeds the test can change while the poller runs."""

    def __init__(self) -> None:
        self.feeds: dict[str, bytes] = {}
        self.requests = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests += 1
                body = server.feeds.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class Service:
    """One Tocsin service as a subprocess with its own environment, logs in a file, stopped with SIGTERM."""

    def __init__(self, name: str, env: dict[str, str], log_dir: Path, ops_port: int) -> None:
        self.name = name
        self.ops_port = ops_port
        self.log_path = log_dir / f"{name}.log"
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "services.cli", name],
            cwd=REPO,
            env={**os.environ, **env, "TOCSIN_OPS_PORT": str(ops_port)},
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def wait_healthy(self, timeout_s: float = SERVICE_START_TIMEOUT_S) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}:\n{self.log_tail()}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"http://127.0.0.1:{self.ops_port}/healthz", timeout=1).status_code == 200:
                    return
            time.sleep(0.3)
        raise TimeoutError(f"{self.name} not healthy after {timeout_s}s:\n{self.log_tail()}")

    def metrics(self) -> str:
        return httpx.get(f"http://127.0.0.1:{self.ops_port}/metrics", timeout=5).text

    def log_tail(self, lines: int = 40) -> str:
        if not self._log.closed:  # still running
            self._log.flush()
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def kill(self) -> None:
        """SIGKILL: a crash, with no chance to commit offsets or flush anything."""
        self.proc.kill()
        self.proc.wait()
        self._log.close()

    def stop(self, timeout_s: float = 30) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout_s)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if not self._log.closed:
            self._log.close()
        return self.proc.returncode


@contextlib.contextmanager
def running(services: list[Service]) -> Iterator[list[Service]]:
    try:
        for service in services:
            service.wait_healthy()
        yield services
    finally:
        for service in reversed(services):
            service.stop()


def metric_value(text: str, name: str, labels: dict[str, str] | None = None) -> float:
    """Sum of a metric's samples whose labels include `labels`."""
    total = 0.0
    for line in text.splitlines():
        if line.startswith("#") or not line.startswith(name):
            continue
        head, _, value = line.rpartition(" ")
        sample_name = head.split("{", 1)[0]
        if sample_name != name:
            continue
        if labels and not all(f'{k}="{v}"' in head for k, v in labels.items()):
            continue
        total += float(value)
    return total


async def read_topic(bootstrap: str, topic: str, timeout_s: float = 10) -> list[tuple[bytes | None, bytes]]:
    """Every message currently in `topic` (all partitions, from the beginning), without a consumer group."""
    return [
        (key, value) for _partition, _offset, key, value in await read_records(bootstrap, topic, timeout_s=timeout_s)
    ]


async def read_records(
    bootstrap: str, topic: str, start: dict[int, int] | None = None, timeout_s: float = 10
) -> list[tuple[int, int, bytes | None, bytes]]:
    """(partition, offset, key, value) of every message now in `topic` from `start` (partition -> offset; the
    beginning for partitions it leaves out), without a consumer group."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = consumer.partitions_for_topic(topic)
        deadline = time.monotonic() + timeout_s
        while partitions is None and time.monotonic() < deadline:
            await consumer._client.force_metadata_update()
            partitions = consumer.partitions_for_topic(topic)
            await asyncio.sleep(0.2)
        if not partitions:
            return []
        tps = [TopicPartition(topic, p) for p in partitions]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        for tp in tps:
            if start and tp.partition in start:
                consumer.seek(tp, start[tp.partition])
        end = await consumer.end_offsets(tps)
        messages: list[tuple[int, int, bytes | None, bytes]] = []

        async def behind() -> bool:
            return any([await consumer.position(tp) < end[tp] for tp in tps])

        while await behind() and time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=500)
            for records in batches.values():
                messages.extend((r.partition, r.offset, r.key, r.value or b"") for r in records)
        return messages
    finally:
        await consumer.stop()


async def end_offsets(bootstrap: str, topic: str, partitions: int) -> dict[int, int]:
    """Partition -> the offset the next message written to `topic` will get."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        end = await consumer.end_offsets([TopicPartition(topic, p) for p in range(partitions)])
        return {tp.partition: offset for tp, offset in end.items()}
    finally:
        await consumer.stop()


async def committed_offsets(bootstrap: str, group_id: str, topic: str, partitions: int) -> dict[int, int]:
    """Partition -> the offset `group_id` committed on `topic` (0 where it committed none)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group_id, enable_auto_commit=False)
    await consumer.start()
    try:
        return {p: await consumer.committed(TopicPartition(topic, p)) or 0 for p in range(partitions)}
    finally:
        await consumer.stop()


# Made-up words: texts drawn from them tell no story and share too little to be taken for copies of each other.
FILLER_WORDS = [
    f"{a}{b}{c}" for a in "bcdfgklmnprstvz" for b in "aeiou" for c in ("ra", "lo", "ne", "ti", "mus", "ven")
]


def raw_article(prefix: str, number: int, title: str, text: str) -> RawArticle:
    return RawArticle(
        article_id=f"{prefix}-{number:05d}",
        feed_id=f"{prefix}-test",
        url=f"https://example.org/{prefix}/{number}",
        title=title,
        content=text,
        fetched_at="2025-05-06T10:00:00Z",
        published="2025-05-06T09:00:00Z",
        raw_hash=f"h{number}",
        language="en",
    )


def filler_article(rng: random.Random, prefix: str, number: int) -> RawArticle:
    title = " ".join(rng.choices(FILLER_WORDS, k=6)).capitalize()
    return raw_article(prefix, number, title, " ".join(rng.choices(FILLER_WORDS, k=60)) + ".")


async def publish_raw(bootstrap: str, topic: str, articles: list[RawArticle]) -> None:
    """Write articles to a raw topic keyed by article id, as the poller does."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True, linger_ms=5)
    await producer.start()
    try:
        for article in articles:
            await producer.send(topic, encode(article), key=article.article_id.encode())
        await producer.flush()
    finally:
        await producer.stop()
