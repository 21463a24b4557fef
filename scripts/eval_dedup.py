"""Measure dedup on the real texts in ../shared/eval/dev (never copied into the repo; read at run time).

Sections (default: all):
  incidents    dev articles.jsonl + labels.jsonl: which incident-group copies are merged, and any merge that crosses
               groups (a wrong merge of different events or different stories).
  syndication  a check set built from real texts: each base article is published again under syndication transforms
               (tests/fixtures/dedup/transforms.py); precision and recall per transform, on a dev split and on a
               held-out split of other articles (split by a hash of the article id).
  rss-day      rss-day-2023-10-17.jsonl: duplicates found by method, with sample merged pairs.

    .venv/bin/python scripts/eval_dedup.py [--section S] [--threshold T] [--bands B] [--rows R]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from services.processor.dedup import DEFAULT_THRESHOLD, Deduplicator, DedupResult, MemoryStore  # noqa: E402
from services.processor.dedup.sketch import MinHasher  # noqa: E402
from services.processor.dedup.text import bigram_hashes, document_words  # noqa: E402
from shared.ids import stable_hash  # noqa: E402
from tests.fixtures.dedup.transforms import TRANSFORMS  # noqa: E402

DEV = REPO / ".." / "shared" / "eval" / "dev"
MIN_BASE_WORDS = 40  # base articles shorter than this are teasers, too short to transform meaningfully
SEED = 5
SOURCE_DUP_CONTAINMENT = 0.8


def load(name: str) -> list[dict[str, Any]]:
    with open(DEV / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def exact_containment(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Exact bigram containment (the quantity the sketch estimates), for reporting."""
    sa = set(bigram_hashes(document_words(a.get("title") or "", a.get("text") or "")).tolist())
    sb = set(bigram_hashes(document_words(b.get("title") or "", b.get("text") or "")).tolist())
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


async def run_batch(articles: list[dict[str, Any]], dedup: Deduplicator) -> list[DedupResult]:
    return [
        await dedup.check(a["id"], title=a.get("title") or "", text=a.get("text") or "", url=a.get("url"))
        for a in articles
    ]


def make_dedup(args: argparse.Namespace) -> Deduplicator:
    hasher = MinHasher(num_perm=args.num_perm, bands=args.bands, rows=args.rows, bits=args.bits)
    return Deduplicator(MemoryStore(), threshold=args.threshold, hasher=hasher)


async def incidents(args: argparse.Namespace) -> None:
    articles = load("articles.jsonl")
    labels = {row["id"]: row for row in load("labels.jsonl")}
    by_id = {a["id"]: a for a in articles}
    results = await run_batch(articles, make_dedup(args))
    group_of = {i: labels[i]["incident_group"] for i in by_id}
    print("== dev incident groups (articles.jsonl, file order) ==")
    merged = {a["id"]: r for a, r in zip(articles, results, strict=True) if r.duplicate_of}
    wrong = 0
    for article_id, result in merged.items():
        original = result.duplicate_of or ""
        same = group_of[article_id] is not None and group_of[article_id] == group_of[original]
        wrong += not same
        print(
            f"  merged {article_id} -> {original} sim={result.similarity:.2f} method={result.method} "
            f"group={group_of[article_id]} {'OK' if same else 'WRONG (different groups)'}"
        )
    groups: dict[str, list[str]] = defaultdict(list)
    for article_id in by_id:
        if group_of[article_id]:
            groups[group_of[article_id]].append(article_id)
    print("  per group: pairs, exact bigram containment, merged?")
    for group, ids in groups.items():
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                caught = merged.get(b) is not None and merged[b].duplicate_of == a
                caught = caught or (merged.get(a) is not None and merged[a].duplicate_of == b)
                print(
                    f"    {group[:40]:40s} {a} {b} containment={exact_containment(by_id[a], by_id[b]):.2f} "
                    f"merged={caught}"
                )
    print(f"  merges: {len(merged)}, across groups or with unrelated articles: {wrong}")


def build_check_set(bases: list[dict[str, Any]], rng: random.Random) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Every base article plus one copy per transform (each at another outlet's URL); returns the shuffled stream
    and copy id -> base id."""
    stream: list[dict[str, Any]] = []
    source_of: dict[str, str] = {}
    for number, base in enumerate(bases):
        stream.append({**base, "url": base.get("url") or base.get("link")})
        for name, transform in TRANSFORMS.items():
            title, text = transform(base.get("title") or "", base["text"], rng)
            copy_id = f"{base['id']}~{name}"
            # Syndication: each copy is published by another outlet (its own site).
            url = f"https://{name.replace('_', '-')}.syndicated.example/{number}"
            stream.append({"id": copy_id, "title": title, "text": text, "transform": name, "url": url})
            source_of[copy_id] = base["id"]
    rng.shuffle(stream)
    return stream, source_of


def source_duplicates(bases: list[dict[str, Any]]) -> dict[str, str]:
    """Base id -> id of a near-identical earlier base (exact bigram containment >= SOURCE_DUP_CONTAINMENT).

    The real data has the same wire story in several feeds; such bases form one story in the scoring.
    """
    sets = [set(bigram_hashes(document_words(b.get("title") or "", b["text"])).tolist()) for b in bases]
    parent: dict[str, str] = {}
    for i, a in enumerate(sets):
        for j in range(i):
            b = sets[j]
            if a and b and len(a & b) / min(len(a), len(b)) >= SOURCE_DUP_CONTAINMENT:
                parent[bases[i]["id"]] = parent.get(bases[j]["id"], bases[j]["id"])
                break
    return parent


async def score_check_set(name: str, bases: list[dict[str, Any]], args: argparse.Namespace) -> None:
    rng = random.Random(f"{SEED}:{name}")
    stream, source_of = build_check_set(bases, rng)
    same_as = source_duplicates(bases)
    by_id = {a["id"]: a for a in stream}
    started = time.perf_counter()
    results = await run_batch(stream, make_dedup(args))
    elapsed = time.perf_counter() - started

    def story(article_id: str) -> str:
        base = source_of.get(article_id, article_id)
        return same_as.get(base, base)

    # A story = a base article (with its near-identical twins in the source data) and its copies; the first of
    # them in the stream is the original, every later member should be linked to a member of the same story.
    expected: Counter[str] = Counter()
    seen_story: set[str] = set()
    for article in stream:
        s = story(article["id"])
        if s in seen_story:
            expected[article.get("transform", "base")] += 1
        seen_story.add(s)
    true_pos: Counter[str] = Counter()
    wrong: list[tuple[str, str, float, float]] = []
    predicted = 0
    for article, result in zip(stream, results, strict=True):
        if result.duplicate_of is None:
            continue
        predicted += 1
        if story(article["id"]) == story(result.duplicate_of):
            true_pos[article.get("transform", "base")] += 1
        else:
            exact = exact_containment(article, by_id[result.duplicate_of])
            wrong.append((article["id"], result.duplicate_of, result.similarity, exact))
    correct = sum(true_pos.values())
    total_expected = sum(expected.values())
    precision = correct / predicted if predicted else 1.0
    recall = correct / max(1, total_expected)
    print(
        f"== syndication check set: {name} ({len(bases)} real base articles, {len(same_as)} of them "
        f"near-identical to another, {len(stream)} items) =="
    )
    print(f"  links predicted {predicted}, correct {correct}, wrong {len(wrong)}, expected {total_expected}")
    print(
        f"  precision {precision:.3f}  recall {recall:.3f}  F1 {2 * precision * recall / max(1e-9, precision + recall):.3f}"
        f"  ({len(stream) / elapsed:,.0f} articles/s incl. Python overhead)"
    )
    for transform in ["base", *TRANSFORMS]:
        if expected[transform]:
            print(
                f"    {transform:18s} recall {true_pos[transform] / expected[transform]:.3f} "
                f"({true_pos[transform]}/{expected[transform]})"
            )
    wrong_kinds = Counter(article_id.rpartition("~")[2] if "~" in article_id else "base" for article_id, *_ in wrong)
    print(f"  wrong links by transform of the linked item: {dict(wrong_kinds)}")
    for copy_id, original, similarity, exact in wrong[: args.samples]:
        print(f"    wrong: {copy_id} -> {original} est={similarity:.2f} exact={exact:.2f}")


def split_bases(args: argparse.Namespace) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    candidates = load("newsapi-ukraine-2022-04.jsonl") + load("articles.jsonl")
    candidates += [r for r in load(DAY_FILE) if (r.get("language") or "").startswith("en")]
    seen_ids: set[str] = set()
    dev: list[dict[str, Any]] = []
    held_out: list[dict[str, Any]] = []
    for article in candidates:
        text = article.get("text") or ""
        if article["id"] in seen_ids or len(text.split()) < MIN_BASE_WORDS:
            continue
        seen_ids.add(article["id"])
        (dev if int(stable_hash("split", article["id"]), 16) % 2 == 0 else held_out).append(article)
    return dev, held_out


DAY_FILE = "rss-day-2023-10-17.jsonl"


async def syndication(args: argparse.Namespace) -> None:
    dev, held_out = split_bases(args)
    await score_check_set("dev split", dev, args)
    await score_check_set("held-out split", held_out, args)


async def rss_day(args: argparse.Namespace) -> None:
    items = load(DAY_FILE)
    articles = [
        {
            "id": r["id"],
            "title": r.get("title") or "",
            "text": r.get("text") or "",
            "outlet": r.get("outlet"),
            "url": r.get("link") or r.get("url"),
        }
        for r in items
    ]
    started = time.perf_counter()
    results = await run_batch(articles, make_dedup(args))
    elapsed = time.perf_counter() - started
    by_id = {a["id"]: a for a in articles}
    methods = Counter(r.method for r in results if r.duplicate_of)
    cross_outlet = sum(
        1
        for a, r in zip(articles, results, strict=True)
        if r.duplicate_of and by_id[r.duplicate_of]["outlet"] != a["outlet"]
    )
    print(f"== rss day {DAY_FILE}: {len(articles)} items, {elapsed:.2f} s ==")
    print(f"  duplicates: {sum(methods.values())} ({dict(methods)}); across outlets: {cross_outlet}")
    rng = random.Random(SEED)
    pairs = [(a, r) for a, r in zip(articles, results, strict=True) if r.duplicate_of]
    for method in ("content_hash", "minhash"):
        chosen = [p for p in pairs if p[1].method == method]
        for article, result in rng.sample(chosen, min(args.samples, len(chosen))):
            original = by_id[result.duplicate_of or ""]
            print(f"  [{method} {result.similarity:.2f}] {article['outlet']}: {article['title'][:70]!r}")
            print(f"      = {original['outlet']}: {original['title'][:70]!r}")
    lowest = sorted((p for p in pairs if p[1].method == "minhash"), key=lambda p: p[1].similarity)[: args.samples]
    print("  lowest-similarity minhash merges:")
    for article, result in lowest:
        original = by_id[result.duplicate_of or ""]
        print(
            f"  [{result.similarity:.2f} exact {exact_containment(article, original):.2f}] "
            f"{article['outlet']}: {article['title'][:60]!r} = {original['outlet']}: {original['title'][:60]!r}"
        )


SECTIONS = {"incidents": incidents, "syndication": syndication, "rss-day": rss_day}


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--section", choices=["all", *SECTIONS], default="all")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--bands", type=int, default=MinHasher().bands)
    parser.add_argument("--rows", type=int, default=MinHasher().rows)
    parser.add_argument("--num-perm", type=int, default=MinHasher().num_perm)
    parser.add_argument("--bits", type=int, default=MinHasher().bits, help="bits stored per min-hash")
    parser.add_argument("--samples", type=int, default=5, help="sample pairs per method in the rss-day report")
    args = parser.parse_args()
    if not DEV.is_dir():
        print(f"eval data not found at {DEV.resolve()}", file=sys.stderr)
        return 2
    print(f"threshold={args.threshold} num_perm={args.num_perm} bits={args.bits} bands={args.bands} rows={args.rows}")
    for name, section in SECTIONS.items():
        if args.section in ("all", name):
            await section(args)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
