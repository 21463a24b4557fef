"""Helpers the tagging tests share."""

from __future__ import annotations

from services.processor.tagging import tag_article


def killed_toll(text: str, title: str = "", *, published: str | None) -> int | None:
    """The main event's death toll `tag_article` reads (None when it reads none)."""
    toll = tag_article(title, text, published=published).casualties.killed
    return toll.min if toll else None


def injured_toll(text: str, title: str = "", *, published: str | None) -> int | None:
    """The main event's injured figure `tag_article` reads (None when it reads none)."""
    toll = tag_article(title, text, published=published).casualties.injured
    return toll.min if toll else None
