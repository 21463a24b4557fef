"""The casualty scan skips sentences past the lead whose figures cannot count (`_later_sentences_to_read`): the
tolls must come out exactly as when every casualty sentence is scanned."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.processor.tagging import casualties, tag_article

WIRE = Path(__file__).resolve().parents[1] / "fixtures" / "tagging" / "wire" / "articles.jsonl"

# One text per rule of the skip: a vague lead toll, a lead that says nobody died, a lead with no toll, a lead with
# only the other kind's toll, an update far down.
CASES = [
    (
        "Shelling hits river port",
        "Hundreds were killed when shells hit the port of Kherson. Cranes burned. Ships sank. "
        "Crews fled. Officials counted at least 300 dead by nightfall, the mayor said.",
    ),
    (
        "Drone hits depot",
        "A drone hit a fuel depot near Sumy. No one was killed, officials said. Fires burned. "
        "Crews worked overnight. Two workers later died of their burns, the governor said.",
    ),
    (
        "Blast in market",
        "A blast tore through a market in Mogadishu. Stalls burned. Police sealed the area. "
        "Ambulances arrived. Eleven people were killed, police said.",
    ),
    (
        "Missiles hit Odesa",
        "Russian missiles killed eight people in Odesa on Monday. Windows shattered. Trams stopped. "
        "Schools closed. Power failed. Water failed. Roads closed. Another 40 people were wounded, doctors said.",
    ),
    (
        "Strike on Kharkiv",
        "A glide bomb killed four people in Kharkiv. Homes burned. A school was hit. A shop was hit. "
        "Rescuers searched. Cranes arrived. By evening the toll had risen to nine, the governor said.",
    ),
]


def _tolls(title: str, text: str) -> tuple[object, object]:
    c = tag_article(title, text).casualties
    return c.killed, c.injured


def _articles() -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in WIRE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return CASES + [(r.get("title") or "", r.get("text") or "") for r in rows]


def test_skipping_later_sentences_changes_no_toll(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _articles()
    assert len(articles) > 400
    skipped = [_tolls(title, text) for title, text in articles]
    monkeypatch.setattr(casualties, "_later_sentences_to_read", lambda later, *args: later)
    every = [_tolls(title, text) for title, text in articles]
    changed = [title for (title, _), a, b in zip(articles, skipped, every, strict=True) if a != b]
    assert not changed, f"tolls differ when every sentence is read: {changed[:10]}"


@pytest.mark.parametrize(("title", "text", "killed", "injured"), [
    (*CASES[0], 300, None),
    (*CASES[1], 2, None),
    (*CASES[2], 11, None),
    (*CASES[3], 8, 40),
    (*CASES[4], 9, None),
])  # fmt: skip
def test_later_figures_that_count_are_still_read(title: str, text: str, killed: int, injured: int | None) -> None:
    got_killed, got_injured = _tolls(title, text)
    assert getattr(got_killed, "min", None) == killed
    assert getattr(got_injured, "min", None) == injured
