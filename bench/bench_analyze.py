#!/usr/bin/env python3
"""Throughput of `tag_article` (the code path of `tocsin analyze` and of the stream tagger), single process.

Reads ../shared/eval/dev/newsapi-ukraine-2022-04.jsonl (98 full-text articles, about 5 KB each) when present, else
the project's own fixtures. Prints articles/s per run and the median; the gazetteer load is timed apart. The baseline
beside it reads the same texts the way the tagger starts (normalise, split into sentences) and does nothing else.
Like the services, it freezes the loaded gazetteer out of the garbage collector's sight (`--no-freeze` to compare).
`--steady` fills the tagger's caches with other articles (the RSS day when present) before each run, as in a
worker that has been running for a while; without it each run starts from empty caches. `--scans-free` memoises the
whole-text scans (sentence split, casualty-sentence search, language) and keeps every cache warm: what the rule
matching alone costs, an upper bound for moving those scans to compiled code.
usage: .venv/bin/python bench/bench_analyze.py [--runs N] [--max-seconds S] [--steady] [--no-freeze] [--scans-free]
       [FILE]
"""

from __future__ import annotations

import argparse
import functools
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import services.processor.tagging as tagging  # noqa: E402
from services.processor.tagging import Tagger, casualties, clear_caches, freeze_loaded_data  # noqa: E402
from services.processor.tagging.text import normalize, split_sentences  # noqa: E402
from services.processor.tagging.wordindex import word_starts  # noqa: E402

SHARED_FILE = REPO / ".." / "shared" / "eval" / "dev" / "newsapi-ukraine-2022-04.jsonl"
WARM_UP_FILE = REPO / ".." / "shared" / "eval" / "dev" / "rss-day-2023-10-17.jsonl"
FIXTURES = REPO / "tests" / "fixtures" / "tagging"


def load_articles(path: Path | None) -> tuple[list[dict[str, Any]], str]:
    if path is None and SHARED_FILE.exists():
        path = SHARED_FILE
    if path is not None:
        with open(path, encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()], str(path)
    seed = json.loads((FIXTURES / "kyiv_seed_like.json").read_text(encoding="utf-8"))
    return [seed, *fixture_rows()] * 20, "project fixtures"


def fixture_rows() -> list[dict[str, Any]]:
    lines = (FIXTURES / "batch_input.jsonl").read_text().splitlines()
    return [json.loads(line) for line in lines if line.startswith("{")]


def warm_up_articles() -> list[dict[str, Any]]:
    """Other articles than the measured ones, so a run meets warm caches but not its own sentences."""
    if WARM_UP_FILE.exists():
        with open(WARM_UP_FILE, encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]
    return fixture_rows() * 50


def free_scans() -> None:
    """Memoise the whole-text scans, so that repeated runs pay only for the rule matching."""
    tagging.split_sentences = functools.cache(tagging.split_sentences)  # type: ignore[assignment]
    tagging.detect_language = functools.cache(tagging.detect_language)  # type: ignore[assignment]
    find = casualties.casualty_sentences
    by_text = functools.cache(lambda sentences: find(list(sentences)))
    casualties.casualty_sentences = lambda sentences: by_text(tuple(sentences))  # type: ignore[assignment]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--max-seconds", type=float, default=15.0, help="stop starting new runs after this")
    parser.add_argument("--steady", action="store_true", help="fill the caches with other articles before each run")
    parser.add_argument("--no-freeze", action="store_true", help="leave the gazetteer in the collector's sight")
    parser.add_argument("--scans-free", action="store_true", help="memoise the whole-text scans, keep caches warm")
    args = parser.parse_args()
    articles, source = load_articles(args.file)
    warm_up = warm_up_articles() if args.steady else []
    started = time.perf_counter()
    tagger = Tagger()
    load_s = time.perf_counter() - started
    if not args.no_freeze:
        freeze_loaded_data()
    chars = sum(len(a.get("text") or "") for a in articles)
    print(f"source: {source} ({len(articles)} articles, {chars / len(articles):.0f} chars avg); load {load_s:.2f} s")
    if args.scans_free:
        free_scans()
        for a in articles:  # fills the memos and every cache; the runs below keep them
            tagger.tag(a.get("title") or "", a.get("text") or "", published=a.get("published") or a.get("date"))
    rates = []
    cpu_rates = []
    read_rates = []
    bench_start = time.perf_counter()
    for run in range(args.runs):
        if not args.scans_free:
            clear_caches(tagger)  # each run reads the articles afresh, as a stream would
            for a in warm_up:
                tagger.tag(a.get("title") or "", a.get("text") or "")
            word_starts.cache_clear()  # the measured sentences are new to the tagger either way
        t0, c0 = time.perf_counter(), time.process_time()
        for a in articles:
            tagger.tag(a.get("title") or "", a.get("text") or "", published=a.get("published") or a.get("date"))
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        rates.append(len(articles) / wall)
        cpu_rates.append(len(articles) / cpu if cpu > 0 else float("inf"))
        c0 = time.process_time()
        for a in articles:  # the baseline beside it: reading the texts as the tagger does, nothing more
            split_sentences(normalize(a.get("text") or ""))
            normalize(a.get("title") or "")
        cpu = time.process_time() - c0
        read_rates.append(len(articles) / cpu if cpu > 0 else float("inf"))
        print(f"run {run + 1}: {rates[-1]:.0f} articles/s wall, {cpu_rates[-1]:.0f} articles per CPU-second")
        if time.perf_counter() - bench_start > args.max_seconds:
            break
    mode = "steady (warm caches)" if args.steady else "cold caches"
    mode = "scans free, caches warm (upper bound)" if args.scans_free else mode
    # Per core = per CPU-second of this process: on a shared machine, wall time also counts waiting for a core.
    print(f"median: {statistics.median(rates):.0f} articles/s wall, {statistics.median(cpu_rates):.0f} articles/s "
          f"per core (CPU time), single process, {len(rates)} runs, "
          f"{mode}, "
          f"{'no freeze' if args.no_freeze else 'gazetteer frozen'}")  # fmt: skip
    read = statistics.median(read_rates)
    print(f"baseline (normalise and split the texts only): {read:.0f} articles/s per core; "
          f"tagging runs at {statistics.median(cpu_rates) / read:.2f}x of it")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
