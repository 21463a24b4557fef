"""Test fixtures. Unit tests need nothing; integration and e2e tests share one real Kafka broker and one Redis per
run (started by the repo's deploy scripts when not already up) and get unique topic prefixes and groups per test."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared"  # the team's data beside the repo (absent on some machines)
FIXTURES = Path(__file__).parent / "fixtures"


def _port_open(host: str, port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def _ensure(script: str, port: int) -> None:
    if not _port_open("127.0.0.1", port):
        subprocess.run(["bash", str(REPO / script)], check=True)


@pytest.fixture(scope="session")
def kafka_bootstrap() -> str:
    port = int(os.environ.get("TOCSIN_KAFKA_PORT", "19092"))
    _ensure("deploy/kafka/start.sh", port)
    return f"127.0.0.1:{port}"


@pytest.fixture(scope="session")
def redis_url() -> str:
    port = int(os.environ.get("TOCSIN_REDIS_PORT", "16379"))
    _ensure("deploy/redis/start.sh", port)
    return f"redis://127.0.0.1:{port}/0"


@pytest.fixture
def unique_prefix() -> str:
    """A topic / Redis key / consumer group prefix no other test uses."""
    return f"t{uuid.uuid4().hex[:10]}."


@pytest.fixture
def free_port() -> Iterator[int]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    yield port


def load_fixture_article(name: str) -> dict[str, str]:
    loaded: dict[str, str] = json.loads((FIXTURES / "articles" / f"{name}.json").read_text())
    return loaded


def load_seed_article() -> dict[str, str] | None:
    """The canonical seed from ../shared/seeds/ as {title, text, published}, or None when absent."""
    seeds = sorted((SHARED_DATA / "seeds").glob("*.txt")) if (SHARED_DATA / "seeds").is_dir() else []
    if not seeds:
        return None
    # The file opens with "date YYYY-MM-DD <headline>" on one line, then the text.
    lines = seeds[0].read_text(encoding="utf-8").splitlines()
    first = lines[0].strip()
    published, title = "", first
    if first.startswith("date "):
        _, published, title = [*first.split(None, 2), "", ""][:3]
    body = [line for line in lines[1:] if line.strip()]
    return {"id": seeds[0].stem, "title": title.strip(), "text": "\n".join(body), "published": published}
