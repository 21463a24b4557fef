"""Scores `tocsin analyze` output against labels written by the evaluation guide (one JSON object per article:
conflict, event_type, killed, injured, country, discrete_recent_event, alert, ambiguous_toll).

The metrics are the issue's, counted as ../shared/eval/score.py counts them: alert precision and recall; conflict
agreement over all articles; event type over the articles labelled conflict; killed, injured (where the label
gives a figure) and main-place country over the discrete recent events whose toll the label does not call
ambiguous.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

Row = Mapping[str, Any]


def toll(prediction: Row, kind: str) -> int | None:
    """The figure a `tocsin analyze` line gives for `kind` (killed / injured), or None."""
    value = (prediction.get("casualties") or {}).get(kind)
    return value.get("min") if isinstance(value, dict) else None


def _country(prediction: Row) -> str | None:
    places = prediction.get("places") or []
    return (places[0].get("country_code") or "").upper() or None if places else None


def _ratio(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None


def disagreements(label: Row, prediction: Row) -> list[str]:
    """What the prediction gets wrong about one labelled article, in the scored fields."""
    out = []
    if bool(prediction.get("alert")) != bool(label["alert"]):
        out.append(f"alert {bool(prediction.get('alert'))} want {bool(label['alert'])}")
    if bool(prediction.get("conflict")) != bool(label["conflict"]):
        out.append(f"conflict {bool(prediction.get('conflict'))} want {bool(label['conflict'])}")
    if label["conflict"] and label.get("event_type") and prediction.get("event_type") != label["event_type"]:
        out.append(f"event {prediction.get('event_type')} want {label['event_type']}")
    if _scored_event(label):
        for kind in ("killed", "injured"):
            if label.get(kind) is not None and toll(prediction, kind) != label[kind]:
                out.append(f"{kind} {toll(prediction, kind)} want {label[kind]}")
        if label.get("country") and _country(prediction) != label["country"]:
            out.append(f"country {_country(prediction)} want {label['country']}")
    return out


def _scored_event(label: Row) -> bool:
    """Tolls and country are scored on discrete recent conflict events whose toll the label does not doubt."""
    return bool(label["conflict"] and label.get("discrete_recent_event") and not label.get("ambiguous_toll"))


def score(labels: Iterable[Row], predictions: Iterable[Row]) -> dict[str, Any]:
    """The issue's metrics over the labelled articles (a missing prediction counts as an empty one)."""
    by_id = {p.get("id"): p for p in predictions}
    tp = fp = fn = conflict_ok = n = 0
    counts = {name: [0, 0] for name in ("event_type", "killed", "injured", "country")}  # [hits, total]
    for label in labels:
        n += 1
        pred = by_id.get(label["id"], {})
        want, got = bool(label["alert"]), bool(pred.get("alert"))
        tp, fp, fn = tp + (want and got), fp + (got and not want), fn + (want and not got)
        conflict_ok += bool(pred.get("conflict")) == bool(label["conflict"])
        if label["conflict"] and label.get("event_type"):
            counts["event_type"][0] += pred.get("event_type") == label["event_type"]
            counts["event_type"][1] += 1
        if _scored_event(label):
            for kind in ("killed", "injured"):
                if label.get(kind) is not None:
                    counts[kind][0] += toll(pred, kind) == label[kind]
                    counts[kind][1] += 1
            if label.get("country"):
                counts["country"][0] += _country(pred) == label["country"]
                counts["country"][1] += 1
    return {
        "articles": n,
        "alert_precision": _ratio(tp, tp + fp),
        "alert_recall": _ratio(tp, tp + fn),
        "conflict_accuracy": _ratio(conflict_ok, n),
        "event_type_accuracy": _ratio(*counts["event_type"]),
        "killed_exact": _ratio(*counts["killed"]),
        "killed_n": counts["killed"][1],
        "injured_exact": _ratio(*counts["injured"]),
        "injured_n": counts["injured"][1],
        "country_accuracy": _ratio(*counts["country"]),
        "country_n": counts["country"][1],
    }
