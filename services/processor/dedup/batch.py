"""`tocsin dedup [FILE|-]`: dedup in batch mode, for backfills, audits and evaluations.

JSON Lines in (`id`, `title`, `text`, optional `url`, `published`), one JSON line out per input line, in order:
`id`, `duplicate_of` (the first-seen copy's id, or null), `similarity`, `method`, `cluster_id`, `first_seen`. The
same `Deduplicator` as the stream, on a `MemoryStore`. A line that cannot be read gives a line with `error`, and the
run goes on.

By default the window runs on the wall clock, so a file is one window: every article is compared with every earlier
one. For backfills spanning months, `--clock published` puts each article at its own `published` time (lines without
one at the latest time seen so far), so two copies further apart than the window are not merged.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import IO, Any

import msgspec

from services.processor.dedup import DEFAULT_THRESHOLD, DEFAULT_WINDOW_S, Deduplicator, MemoryStore
from shared.timeutil import parse_iso, system_clock

_decoder = msgspec.json.Decoder()
_encoder = msgspec.json.Encoder()


class ReplayClock:
    """Time as the articles tell it: the current article's `published` time, else the latest one seen."""

    def __init__(self) -> None:
        self.now: float | None = None
        self.latest: float | None = None

    def advance(self, published: str | None) -> None:
        ts = parse_iso(published)
        if ts is not None:
            self.latest = ts if self.latest is None else max(self.latest, ts)
        self.now = ts if ts is not None else self.latest

    def __call__(self) -> float:
        return self.now if self.now is not None else system_clock()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", default="-", help="JSON Lines of articles; '-' (default) reads stdin")
    parser.add_argument("-o", "--output", default="-", help="where to write the result lines ('-' = stdout)")
    parser.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        help=f"similarity at which a copy is a duplicate (default {DEFAULT_THRESHOLD})",
    )
    parser.add_argument(
        "--window-s",
        type=float,
        default=DEFAULT_WINDOW_S,
        help="how long a story is remembered, in seconds (default 7 days)",
    )
    parser.add_argument(
        "--clock",
        choices=["wall", "published"],
        default="wall",
        help="time base of the window: wall clock (default) or each article's published time",
    )


def _field(row: dict[str, Any], name: str) -> str:
    value = row.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"field {name!r} must be a string")
    return value


async def dedup_lines(lines: IO[str], out: IO[str], args: argparse.Namespace) -> int:
    """Process every line; returns the number of error lines."""
    replay = ReplayClock()
    clock = replay if args.clock == "published" else system_clock
    dedup = Deduplicator(MemoryStore(), threshold=args.threshold, window_s=args.window_s, clock=clock)
    errors = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        article_id: Any = None
        try:
            row = _decoder.decode(line)
            if not isinstance(row, dict):
                raise ValueError("a line must be a JSON object")
            article_id = row.get("id")
            if not isinstance(article_id, str) or not article_id:
                raise ValueError("missing or non-string 'id'")
            published = row.get("published") if isinstance(row.get("published"), str) else None
            replay.advance(published)
            result = await dedup.check(
                article_id,
                title=_field(row, "title"),
                text=_field(row, "text"),
                url=row.get("url") if isinstance(row.get("url"), str) else None,
                published=published,
            )
            record: dict[str, Any] = {
                "id": article_id,
                "duplicate_of": result.duplicate_of,
                "similarity": round(result.similarity, 4),
                "method": result.method,
                "cluster_id": result.cluster_id,
                "first_seen": result.first_seen,
            }
        except (msgspec.DecodeError, ValueError) as exc:
            errors += 1
            record = {"id": article_id, "error": f"dedup: line {number}: {exc}"}
        out.write(_encoder.encode(record).decode("utf-8") + "\n")
    out.flush()
    return errors


def run(args: argparse.Namespace) -> int:
    source = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8")  # noqa: SIM115
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    try:
        errors = asyncio.run(dedup_lines(source, out, args))
    finally:
        if source is not sys.stdin:
            source.close()
        if out is not sys.stdout:
            out.close()
    if errors:
        print(f"dedup: {errors} line(s) could not be read (see their 'error' field)", file=sys.stderr)
    return 0
