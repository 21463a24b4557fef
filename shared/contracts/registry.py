"""The published contracts as data: one folder per topic with `topic.json`, `v<N>.schema.json` and examples.

`check()` validates every example against its schema and decodes it with the current message struct; it also
checks that the current struct still produces the latest published schema, so a change cannot slip in without a
new version.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import msgspec

from shared.contracts import models
from shared.contracts.codec import decode

TOPICS_DIR = Path(__file__).parent / "topics"


@dataclass(frozen=True)
class TopicContract:
    folder: str  # folder name under topics/ ("news.topic" stands for news.topic.<slug>)
    topic: str
    key: str
    message: type[Any]
    versions: list[int]
    producers: list[str]
    consumers: list[str]

    def schema(self, version: int) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads((TOPICS_DIR / self.folder / f"v{version}.schema.json").read_text())
        return loaded

    def examples(self, version: int) -> dict[str, bytes]:
        folder = TOPICS_DIR / self.folder / "examples" / f"v{version}"
        return {path.stem: path.read_bytes() for path in sorted(folder.glob("*.json"))}


def load_contracts() -> list[TopicContract]:
    contracts = []
    for meta_path in sorted(TOPICS_DIR.glob("*/topic.json")):
        meta = json.loads(meta_path.read_text())
        contracts.append(
            TopicContract(
                folder=meta_path.parent.name,
                topic=meta["topic"],
                key=meta["key"],
                message=getattr(models, meta["message"]),
                versions=meta["versions"],
                producers=meta["producers"],
                consumers=meta["consumers"],
            )
        )
    return contracts


def current_schema(message: type[Any]) -> dict[str, Any]:
    schema: dict[str, Any] = msgspec.json.schema(message)
    return schema


def check() -> list[str]:
    """Problems found in the published contracts; empty when all is well."""
    problems = []
    for contract in load_contracts():
        latest = max(contract.versions)
        published = contract.schema(latest)
        generated = current_schema(contract.message)
        comparable = {k: v for k, v in published.items() if k not in ("$schema", "title")}
        if comparable != json.loads(json.dumps(generated)):
            problems.append(
                f"{contract.topic}: {contract.message.__name__} no longer matches v{latest}.schema.json; "
                "publish a new version instead of editing the old one"
            )
        for version in contract.versions:
            schema = contract.schema(version)
            examples = contract.examples(version)
            if not examples:
                problems.append(f"{contract.topic} v{version}: no examples")
            for name, data in examples.items():
                try:
                    jsonschema.validate(json.loads(data), schema)
                    decode(data, contract.message)
                except (jsonschema.ValidationError, msgspec.ValidationError, msgspec.DecodeError) as exc:
                    problems.append(f"{contract.topic} v{version} example {name}: {exc}")
    return problems
