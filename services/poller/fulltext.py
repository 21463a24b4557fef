"""fulltext: the article page behind a summary-only entry, reduced to its main text (per feed, `FeedConfig.full_text`).

Pages are fetched with the poller's own fetcher, so the same timeouts, body cap, redirect limit and SSRF guard
apply to every hop. Extraction (trafilatura, precision-first, no comments or tables of links) runs off the event
loop like feed parsing. Only new or revised entries are fetched, at most `MAX_PAGES_PER_POLL` per poll, one at a
time per feed (the feed's host is usually the article's host: politeness). A page that fails leaves the entry as
the feed gave it; the reason is logged and counted.

The entry's `raw_hash` stays the hash of the feed's own text: it is what tells a revision of the entry from an
unchanged one on the next poll, and the page is not fetched again while the entry is unchanged.
"""

from __future__ import annotations

import logging

from services.poller.fetch import Fetcher, FetchError
from services.poller.normalise import MAX_CONTENT_CHARS
from shared import metrics

log = logging.getLogger(__name__)

MAX_PAGES_PER_POLL = 10
MIN_GAIN_CHARS = 200  # a page whose text is not clearly longer than what the feed gave is not worth keeping
HTML_TYPES = ("text/html", "application/xhtml+xml", "")


def extract_main_text(page: bytes, url: str) -> str | None:
    """The main text of an HTML page (paragraphs separated by newlines), or None when none is found."""
    import trafilatura  # imported here: only full-text feeds pay for it, in the parse workers

    text: str | None = trafilatura.extract(
        page,
        url=url or None,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_links=False,
        include_images=False,
        deduplicate=True,
    )
    return text.strip() if text else None


async def fetch_main_text(fetcher: Fetcher, url: str, extract: object) -> tuple[str | None, str]:
    """(text or None, outcome). `extract` is an async callable (body, url) -> text, normally the parse pool."""
    try:
        fetched = await fetcher.fetch(url)
    except FetchError as exc:
        return None, exc.outcome
    content_type = fetched.content_type.split(";", 1)[0].strip().lower()
    if content_type not in HTML_TYPES:
        return None, "not_html"
    text = await extract(fetched.body, fetched.url)  # type: ignore[operator]
    return (text, "ok") if text else (None, "no_text")


def record_outcome(outcome: str) -> None:
    metrics.FULL_TEXT_FETCHES.labels(outcome=outcome).inc()


def richer(current: str, page_text: str | None) -> str | None:
    """The page text when it adds to what the feed carried, capped like any content."""
    if not page_text or len(page_text) < len(current) + MIN_GAIN_CHARS:
        return None
    return page_text[:MAX_CONTENT_CHARS]
