"""Typed messages for every Kafka topic. Each message carries `schema_version`.

The JSON Schemas in `shared/contracts/topics/<topic>/v<N>.schema.json` are the published contract; these structs
are the code's view of the current version. A breaking change is a new version (new schema file), never an edit.
"""

from __future__ import annotations

import msgspec

SCHEMA_VERSION = 1


class FeedConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=False):
    """One feed in the registry (compacted `feeds` topic, key = feed_id; a null value removes the feed)."""

    schema_version: int = SCHEMA_VERSION
    feed_id: str
    url: str
    title: str = ""
    language: str | None = None
    interval_s: int | None = None  # preferred polling interval hint; None = adaptive
    enabled: bool = True
    tags: list[str] = msgspec.field(default_factory=list)
    # How an entry's identity is chosen: "auto" (trusted guid, else canonical link, else content hash),
    # "link" or "content" for feeds whose guids are broken.
    id_rule: str = "auto"
    full_text: bool = False


class RawArticle(msgspec.Struct, kw_only=True):
    """An entry as fetched, parsed and normalised by the poller (`news.raw`, key = article_id)."""

    schema_version: int = SCHEMA_VERSION
    article_id: str  # stable hash of the canonical URL, else of the guid, else of the content
    feed_id: str
    url: str
    canonical_url: str | None = None
    guid: str | None = None
    title: str = ""
    summary: str = ""
    content: str = ""
    authors: list[str] = msgspec.field(default_factory=list)
    published: str | None = None  # ISO 8601, UTC
    fetched_at: str  # ISO 8601, UTC
    language: str | None = None
    raw_hash: str  # hash of the normalised title + text; a change means a revision
    revision: int = 0  # 0 for the first version; +1 each time the same article's content changes


class Article(RawArticle, kw_only=True):
    """A unique story after dedup (`news.articles`, key = article_id)."""

    cluster_id: str  # id of the story cluster: the first-seen article of the story
    first_seen: str  # ISO 8601, when the cluster was first seen


class DuplicateRecord(msgspec.Struct, kw_only=True):
    """Audit trail for a dropped copy (`news.duplicates`, key = article_id)."""

    schema_version: int = SCHEMA_VERSION
    article_id: str
    duplicate_of: str
    similarity: float  # 1.0 for exact matches
    method: str  # "article_id" | "content_hash" | "minhash"
    url: str
    title: str
    feed_id: str
    detected_at: str


class Place(msgspec.Struct, kw_only=True):
    name: str
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    kind: str = "city"  # "city" | "region" | "country"


class Toll(msgspec.Struct, kw_only=True):
    min: int
    qualifier: str = ""  # "at least", "more than", "nearly", "" for an exact figure
    evidence: str = ""  # the sentence the figure came from


class Casualties(msgspec.Struct, kw_only=True):
    killed: Toll | None = None
    injured: Toll | None = None


class Tags(msgspec.Struct, kw_only=True):
    """What the tagger derives from an article's text."""

    conflict: bool = False
    event_type: str | None = None
    sub_event_type: str | None = None
    topics: list[str] = msgspec.field(default_factory=list)
    theatre: str | None = None
    weapons: list[str] = msgspec.field(default_factory=list)
    actors: list[str] = msgspec.field(default_factory=list)
    places: list[Place] = msgspec.field(default_factory=list)  # main place first
    casualties: Casualties = msgspec.field(default_factory=Casualties)
    severity: str = "none"  # none | low | medium | high | critical
    alert: bool = False
    language: str | None = None


class TaggedArticle(Article, kw_only=True):
    """An article with its conflict tags (`news.tagged` and `news.topic.<slug>`, key = article_id)."""

    tags: Tags


class AlertSource(msgspec.Struct, kw_only=True):
    article_id: str
    url: str
    title: str
    feed_id: str
    published: str | None = None


class Alert(msgspec.Struct, kw_only=True):
    """One incident's alert (`alerts`, key = incident_id; also in Redis). A rising toll is a new revision."""

    schema_version: int = SCHEMA_VERSION
    alert_id: str  # "<incident_id>:<revision>": deterministic, so replays never duplicate
    incident_id: str  # stable hash of (theatre or country, main place, event day, event type)
    revision: int  # 1 for the first alert of an incident
    severity: str
    headline: str
    event_type: str | None = None
    sub_event_type: str | None = None
    casualties: Casualties
    places: list[Place]
    weapons: list[str] = msgspec.field(default_factory=list)
    theatre: str | None = None
    sources: list[AlertSource]
    event_date: str  # YYYY-MM-DD
    created_at: str


class DeadLetter(msgspec.Struct, kw_only=True):
    """A message a stage could not process (`news.dlq`, key = the original key)."""

    schema_version: int = SCHEMA_VERSION
    source_topic: str
    stage: str  # "dedup" | "tagger" | "alerter" | "poller" | ...
    error: str
    original_key: str | None = None
    original_b64: str  # the original value bytes, base64, so nothing is lost
    failed_at: str
