"""normalise: one feedparser entry to one RawArticle (text, dates, authors, identity, content hash).

Identity rules (`FeedConfig.id_rule`):
- "auto" (default): the guid when it is trustworthy, else the canonical link, else a hash of the content.
  A guid is trustworthy unless the document shows it is not (see `untrusted_guids`): guids that are a bare
  counter (1, 2, 3 ... in place of ids), a guid shared by entries that are different stories, or a guid that
  names the feed itself rather than the entry. A guid that is an http(s) URL is canonicalised like a link
  (tracking parameters, fragment, scheme and `www.` dropped) and identifies the article as that URL does, so
  the same story under tracking variants, or under the same URL in another feed, is one article. Any other
  guid is unique only within its feed, so it is scoped by the feed id; `tag:` and `urn:` guids are global.
- "guid": the guid even when it looks untrustworthy (feeds whose links carry per-poll tokens).
- "link": the canonical link, else the content (feeds whose guids change on every poll).
- "content": the hash of title and text only (feeds with neither stable links nor guids).
"""

from __future__ import annotations

import calendar
import html
import re
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

from shared.contracts.models import FeedConfig, RawArticle
from shared.ids import article_id_for, canonical_url, stable_hash
from shared.timeutil import iso

ID_RULES = frozenset({"auto", "guid", "link", "content"})

# Bounds on one article, so a hostile entry cannot produce a message larger than Kafka accepts.
MAX_TITLE_CHARS = 1_000
MAX_SUMMARY_CHARS = 20_000
MAX_CONTENT_CHARS = 200_000
MAX_URL_CHARS = 4_000
MAX_AUTHORS = 20

_SCRIPT_STYLE = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|div|br|li|h[1-6]|tr|blockquote|section|article)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_NEWLINES = re.compile(r"\s*\n\s*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def html_to_text(value: str) -> str:
    """Plain text of an HTML fragment: scripts and styles dropped, block tags become line breaks, entities decoded.

    A fast regex pass rather than an HTML parser: feed fragments are small and downstream only needs the words.
    """
    if not value:
        return ""
    if "<" in value:
        value = _COMMENT.sub(" ", value)
        value = _SCRIPT_STYLE.sub(" ", value)
        value = _BLOCK_TAG.sub("\n", value)
        value = _TAG.sub(" ", value)
    if "&" in value:
        value = html.unescape(value)
    value = _CONTROL.sub("", value)
    value = _SPACES.sub(" ", value)
    value = _NEWLINES.sub("\n", value)
    return value.strip()


def _struct_time_iso(value: Any) -> str | None:
    if not isinstance(value, time.struct_time):
        return None
    try:
        return iso(calendar.timegm(value))
    except (OverflowError, ValueError):
        return None


def _raw_get(entry: Mapping[str, Any], key: str) -> Any:
    """Read a key without feedparser's deprecated updated->published aliasing (and its warning per entry)."""
    return dict.get(entry, key) if isinstance(entry, dict) else entry.get(key)


def entry_timestamp(entry: Mapping[str, Any]) -> float | None:
    """Publication time (seconds since the epoch) of an entry, from published or else updated."""
    for key in ("published_parsed", "updated_parsed"):
        value = _raw_get(entry, key)
        if isinstance(value, time.struct_time):
            try:
                return float(calendar.timegm(value))
            except (OverflowError, ValueError):
                continue
    return None


def _entry_link(entry: Mapping[str, Any], base_url: str) -> str:
    link = entry.get("link") or ""
    if not link:
        for candidate in entry.get("links") or []:
            if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                link = candidate["href"]
                break
    link = str(link).strip()
    if link and base_url:
        link = urljoin(base_url, link)
    if urlsplit(link).scheme.lower() not in ("http", "https"):
        return ""  # javascript:, mailto:, data: links are not article addresses
    return link[:MAX_URL_CHARS]


def _authors(entry: Mapping[str, Any]) -> list[str]:
    names: list[str] = []
    for author in entry.get("authors") or []:
        name = html_to_text(str(author.get("name") or author.get("email") or "")) if isinstance(author, dict) else ""
        if name and name not in names:
            names.append(name)
    if not names and entry.get("author"):
        names.append(html_to_text(str(entry["author"])))
    return [n[:200] for n in names[:MAX_AUTHORS]]


def _content(entry: Mapping[str, Any]) -> str:
    parts = entry.get("content") or []
    # Prefer the HTML/plain body over other representations; several parts are alternatives, not sections.
    best = ""
    for part in parts:
        value = part.get("value") if isinstance(part, dict) else None
        if value and len(value) > len(best):
            best = value
    return best


def content_hash(title: str, summary: str, content: str) -> str:
    """Hash of the normalised text: a change here is a new revision of the same article."""
    return stable_hash("raw", title, summary, content, length=32)


GLOBAL_GUID_SCHEMES = ("tag:", "urn:")
# A run of small integers starting at 0 or 1 is a position in the document, not an id.
COUNTER_GUID_DIGITS = 6


def guid_article_id(guid: str, feed_id: str) -> str:
    """The article id a guid stands for: a URL guid as its canonical URL, `tag:`/`urn:` as is, else per feed."""
    if guid.lower().startswith(("http://", "https://")):
        return article_id_for(canonical_url(guid), None, "")
    if guid.lower().startswith(GLOBAL_GUID_SCHEMES):
        return article_id_for(None, guid, "")
    return stable_hash("guid", feed_id, guid)


def _guid(entry: Mapping[str, Any]) -> str:
    return str(entry.get("id") or "").strip()[:MAX_URL_CHARS]


def untrusted_guids(entries: list[Any], feed_urls: list[str]) -> frozenset[str]:
    """The guids of one document that must not identify articles.

    - bare counters: every guid a small integer and together a run 0..n or 1..n (positions, reused by new stories);
    - guids shared by entries with different links or titles (the feed reuses guids: none of its guids is trusted);
    - a guid equal to the feed's own URL or home page (it names the feed, not the entry).
    """
    guids = [_guid(e) for e in entries]
    present = [g for g in guids if g]
    if not present:
        return frozenset()
    if all(g.isdigit() and len(g) <= COUNTER_GUID_DIGITS for g in present):
        values = sorted(set(int(g) for g in present))
        if values[0] in (0, 1) and values[-1] - values[0] == len(values) - 1:
            return frozenset(present)
    story_of: dict[str, tuple[str, str]] = {}
    for entry, guid in zip(entries, guids, strict=True):
        if not guid:
            continue
        story = (str(entry.get("link") or ""), str(entry.get("title") or ""))
        if story_of.setdefault(guid, story) != story:
            return frozenset(present)
    feed_pages = {canonical_url(u) for u in feed_urls if u.lower().startswith(("http://", "https://"))}
    return frozenset(
        g for g in present if g.lower().startswith(("http://", "https://")) and canonical_url(g) in feed_pages
    )


def choose_article_id(
    rule: str,
    canonical: str | None,
    guid: str | None,
    raw_hash: str,
    *,
    feed_id: str = "",
    guid_trusted: bool = True,
) -> str:
    if rule == "content":
        return article_id_for(None, None, raw_hash)
    if rule == "link":
        return article_id_for(canonical, None, raw_hash)
    if guid and (rule == "guid" or guid_trusted):
        return guid_article_id(guid, feed_id)
    return article_id_for(canonical, None, raw_hash)


def normalise_entry(
    entry: Mapping[str, Any],
    feed: FeedConfig,
    *,
    base_url: str,
    fetched_at: str,
    feed_language: str | None = None,
    untrusted: frozenset[str] = frozenset(),
) -> RawArticle | None:
    """RawArticle for one entry, or None when the entry carries nothing to identify or read."""
    title = html_to_text(str(entry.get("title") or ""))[:MAX_TITLE_CHARS]
    summary = html_to_text(str(entry.get("summary") or ""))[:MAX_SUMMARY_CHARS]
    content = html_to_text(_content(entry))[:MAX_CONTENT_CHARS]
    if content == summary:
        content = ""  # RSS readers often repeat the description; keep the text once
    link = _entry_link(entry, base_url)
    guid = _guid(entry) or None
    if not (title or summary or content or link):
        return None
    raw_hash = content_hash(title, summary, content)
    canonical = canonical_url(link) if link else None
    rule = feed.id_rule if feed.id_rule in ID_RULES else "auto"
    language = entry.get("language") or feed.language or feed_language
    return RawArticle(
        article_id=choose_article_id(
            rule, canonical, guid, raw_hash, feed_id=feed.feed_id, guid_trusted=guid not in untrusted
        ),
        feed_id=feed.feed_id,
        url=link or (guid if guid and guid.startswith(("http://", "https://")) else ""),
        canonical_url=canonical,
        guid=guid,
        title=title,
        summary=summary,
        content=content,
        authors=_authors(entry),
        published=_struct_time_iso(_raw_get(entry, "published_parsed"))
        or _struct_time_iso(_raw_get(entry, "updated_parsed")),
        fetched_at=fetched_at,
        language=str(language)[:35] if language else None,
        raw_hash=raw_hash,
    )
