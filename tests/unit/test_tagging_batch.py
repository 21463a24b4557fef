"""`tocsin analyze`: JSON Lines in, one line out per input, in order, bad lines reported and skipped over."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from services.processor.tagging import batch

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tagging"
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def _run(tmp_path: Path, source: Path) -> list[dict[str, Any]]:
    out = tmp_path / "out.jsonl"
    parser = argparse.ArgumentParser()
    batch.add_arguments(parser)
    assert batch.run(parser.parse_args([str(source), "-o", str(out)])) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_batch_one_line_per_input_in_order_with_errors(tmp_path: Path) -> None:
    rows = _run(tmp_path, FIXTURES / "batch_input.jsonl")
    assert len(rows) == 5
    assert rows[0]["id"] == "a1" and rows[0]["alert"] is True
    assert rows[0]["casualties"]["killed"]["min"] == 8 and rows[0]["casualties"]["injured"]["min"] == 14
    assert rows[0]["places"][0]["country_code"] == "SD"
    assert set(rows[0]) >= {"id", "conflict", "event_type", "sub_event_type", "topics", "theatre", "weapons",
                            "actors", "places", "casualties", "severity", "alert"}  # fmt: skip
    assert "error" in rows[1] and rows[1]["line"] == 2
    assert rows[2]["id"] == "a3" and rows[2]["conflict"] is False and rows[2]["alert"] is False
    assert "error" in rows[3]
    assert rows[4]["id"] == "a5" and "error" in rows[4]


def test_a_field_of_the_wrong_type_is_named_in_the_error() -> None:
    lines = [json.dumps({"id": "n", "title": 5, "text": "Shelling killed two people."}), '{"id": "ok", "title": "x"}']
    rows = list(batch.analyze_lines(lines, batch.Tagger()))
    assert rows[0] == {"id": "n", "line": 1, "error": "analyze: 'title' must be a string, not int"}
    assert rows[1]["id"] == "ok" and "error" not in rows[1]


def test_batch_cli_reads_stdin() -> None:
    line = json.dumps({"id": "x", "title": "Clashes kill 6 soldiers", "text": "Six soldiers were killed in clashes "
                       "with insurgents near the border on Monday, the army said."})  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "services.cli", "analyze", "-"], input=line + "\n", capture_output=True, text=True,
        check=True, cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    row = json.loads(done.stdout)
    assert row["id"] == "x" and row["event_type"] == "Battles" and row["casualties"]["killed"]["min"] == 6


def test_dev_set_meets_issue_targets(tmp_path: Path) -> None:
    dev = SHARED / "eval" / "dev"
    if not (dev / "articles.jsonl").exists():
        pytest.skip("../shared/eval not present")
    rows = _run(tmp_path, dev / "articles.jsonl")
    out = tmp_path / "dev.out"
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    scored = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(dev / "labels.jsonl"), str(out), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    res = json.loads(scored.stdout)
    assert res["alert_precision"] >= 0.95 and res["alert_recall"] >= 0.95
    assert res["killed_exact"] >= 0.9 and res["injured_exact"] >= 0.85
    assert res["event_type_accuracy"] >= 0.85 and res["country_accuracy"] >= 0.9


def test_seed_article_when_present() -> None:
    seeds = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []
    if not seeds:
        pytest.skip("../shared/seeds not present")
    from services.processor.tagging import tag_article

    lines = seeds[0].read_text(encoding="utf-8").split("\n")
    tags = tag_article(lines[1], "\n".join(lines[2:]), published=lines[0].split()[1])
    assert tags.places[0].name == "Kyiv" and tags.places[0].country_code == "UA"
    assert tags.casualties.killed is not None and tags.casualties.killed.min == 12
    assert tags.casualties.injured is not None and tags.casualties.injured.min == 90
    assert tags.severity == "critical" and tags.alert
