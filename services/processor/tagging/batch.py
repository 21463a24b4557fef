"""`tocsin analyze [FILE|-]`: the tagger in batch mode, for backfills, audits and evaluations.

JSON Lines in (`id`, `title`, `text`, optional `url`, `published`, `source`, `language`), one JSON line out per input
line, in order. A line that cannot be read or tagged gives an output line with `error`, and the run goes on.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

import msgspec

from shared.contracts.models import Tags

from . import Tagger, freeze_loaded_data

_decoder = msgspec.json.Decoder()
_encoder = msgspec.json.Encoder()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", default="-", help="JSON Lines of articles; '-' (default) reads stdin")
    parser.add_argument("-o", "--output", default="-", help="where to write the result lines ('-' = stdout)")
    parser.add_argument("--severity-rules", default=None, help="TOML severity rules (default: the packaged ones)")


def result_line(article_id: Any, tags: Tags) -> dict[str, Any]:
    cas = tags.casualties
    return {
        "id": article_id,
        "conflict": tags.conflict,
        "event_type": tags.event_type,
        "sub_event_type": tags.sub_event_type,
        "topics": tags.topics,
        "theatre": tags.theatre,
        "weapons": tags.weapons,
        "actors": tags.actors,
        "places": [
            {"name": p.name, "country_code": p.country_code, "lat": p.lat, "lon": p.lon, "kind": p.kind}
            for p in tags.places
        ],
        "casualties": {
            "killed": msgspec.to_builtins(cas.killed) if cas.killed else None,
            "injured": msgspec.to_builtins(cas.injured) if cas.injured else None,
        },
        "severity": tags.severity,
        "alert": tags.alert,
        "language": tags.language,
    }


def _text_field(record: dict[str, Any], *names: str) -> str:
    for name in names:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"analyze: '{name}' must be a string, not {type(value).__name__}")
        if value:
            return value
    return ""


def analyze_lines(lines: Iterable[bytes | str], tagger: Tagger) -> Iterator[dict[str, Any]]:
    """One result per non-blank input line, in order; a bad line yields {"id": ..., "error": ...}."""
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        article_id: Any = None
        try:
            record = _decoder.decode(line)
            if not isinstance(record, dict):
                raise ValueError("analyze: a line must be a JSON object")
            article_id = record.get("id")
            title = _text_field(record, "title")
            text = _text_field(record, "text", "content", "summary", "description")
            if not title and not text:
                raise ValueError("analyze: the article has neither title nor text")
            published = record.get("published") or record.get("date")
            tags = tagger.tag(
                title,
                text,
                published=published if isinstance(published, str) else None,
                url=record.get("url") if isinstance(record.get("url"), str) else None,
                language=record.get("language") if isinstance(record.get("language"), str) else None,
            )
            yield result_line(article_id, tags)
        except (msgspec.DecodeError, ValueError, TypeError) as exc:
            yield {"id": article_id, "line": lineno, "error": str(exc)}


def run(args: argparse.Namespace) -> int:
    tagger = Tagger(severity_rules=args.severity_rules)
    freeze_loaded_data()
    source: IO[bytes] = sys.stdin.buffer if args.file == "-" else open(args.file, "rb")  # noqa: SIM115
    sink: IO[bytes] = sys.stdout.buffer if args.output == "-" else open(args.output, "wb")  # noqa: SIM115
    try:
        for result in analyze_lines(source, tagger):
            sink.write(_encoder.encode(result) + b"\n")
        sink.flush()
    finally:
        if source is not sys.stdin.buffer:
            source.close()
        if sink is not sys.stdout.buffer:
            sink.close()
    return 0
