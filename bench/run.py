"""`make bench`: every benchmark in turn, each printing its own figures beside the baseline it runs with.

- bench_analyze.py   tagging (`tocsin analyze` code path), articles/s per core
- bench_dedup.py     dedup with MemoryStore and RedisStore, articles/s per core; Redis memory per million articles
- bench_poller.py    parse throughput vs plain feedparser; poll cycles against a local server with many feeds
- bench_pipeline.py  per-stage and end-to-end throughput and latency through the real Kafka and Redis
Each is bounded in time. Pass `--quick` for smaller runs.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

FULL = [
    ["bench_analyze.py"],
    ["bench_dedup.py"],
    ["bench_poller.py", "--feeds", "10000", "--cycles", "3"],
    ["bench_pipeline.py", "--articles", "2000", "--runs", "3"],
]
QUICK = [
    ["bench_analyze.py", "--runs", "3"],
    ["bench_dedup.py", "--articles", "3000", "--memory-articles", "20000"],
    ["bench_poller.py", "--feeds", "1000", "--cycles", "2"],
    ["bench_pipeline.py", "--articles", "500", "--runs", "2"],
]


def main() -> int:
    plan = QUICK if "--quick" in sys.argv else FULL
    failures = 0
    for script, *args in plan:
        print(f"\n=== {script} {' '.join(args)}", flush=True)
        start = time.monotonic()
        result = subprocess.run([sys.executable, str(HERE / script), *args], check=False)
        print(f"=== {script}: exit {result.returncode} in {time.monotonic() - start:.0f} s", flush=True)
        failures += result.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
