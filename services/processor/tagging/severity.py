"""Severity levels and the alert decision, from a TOML rules file (defaults shipped as `severity.toml`)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

LEVELS = ("none", "low", "medium", "high", "critical")


@dataclass(frozen=True, slots=True)
class Level:
    name: str
    killed_min: int | None = None
    injured_min: int | None = None
    total_min: int | None = None
    any_conflict: bool = False

    def matches(self, conflict: bool, killed: int | None, injured: int | None) -> bool:
        k, i = killed or 0, injured or 0
        return (
            (self.any_conflict and conflict)
            or (self.killed_min is not None and k >= self.killed_min)
            or (self.injured_min is not None and i >= self.injured_min)
            or (self.total_min is not None and k + i >= self.total_min)
        )


@dataclass(frozen=True, slots=True)
class SeverityRules:
    levels: tuple[Level, ...]
    alert_levels: frozenset[str]
    alert_event_types: frozenset[str]
    alert_languages: frozenset[str]

    @classmethod
    def load(cls, path: str | Path | None = None) -> SeverityRules:
        if path is None:
            raw = (resources.files(__package__) / "severity.toml").read_text(encoding="utf-8")
        else:
            raw = Path(path).read_text(encoding="utf-8")
        return cls.from_dict(tomllib.loads(raw))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SeverityRules:
        levels = []
        for row in data.get("levels", []):
            if row["name"] not in LEVELS:
                raise ValueError(f"severity: unknown level {row['name']!r} (expected one of {LEVELS})")
            levels.append(Level(**row))
        alert = data.get("alert", {})
        return cls(
            levels=tuple(levels),
            alert_levels=frozenset(alert.get("levels", ["high", "critical"])),
            alert_event_types=frozenset(alert.get("event_types", [])),
            alert_languages=frozenset(alert.get("languages", ["en"])),
        )

    def severity(self, conflict: bool, killed: int | None, injured: int | None) -> str:
        if not conflict:
            return "none"
        for level in self.levels:
            if level.matches(conflict, killed, injured):
                return level.name
        return "none"

    def should_alert(self, *, severity: str, event_type: str | None, discrete: bool, language: str | None) -> bool:
        return (
            discrete
            and severity in self.alert_levels
            and event_type in self.alert_event_types
            and (language is None or language in self.alert_languages)
        )
