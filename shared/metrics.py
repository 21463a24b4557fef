"""Every Prometheus metric of Tocsin, declared once with its help text. Label values are bounded sets.

Services import the metrics they update from here; each service serves its process's registry on /metrics.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

# --- common -----------------------------------------------------------------------------------------------------
SERVICE_UP = Gauge("tocsin_service_up", "1 while the service is running and its dependencies answer", ["service"])
DEAD_LETTERS = Counter(
    "tocsin_dead_letters_total",
    "Messages sent to the dead-letter topic, by stage and reason kind",
    ["stage", "reason"],
)

# --- poller -----------------------------------------------------------------------------------------------------
# outcome: ok | not_modified | unchanged | http_error | timeout | too_large | blocked | redirects | parse_error |
#          connect_error | error
POLLS = Counter("tocsin_poller_polls_total", "Feed polls by outcome", ["outcome"])
FETCH_SECONDS = Histogram(
    "tocsin_poller_fetch_seconds",
    "Time to fetch one feed (request to full body)",
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
FETCHED_BYTES = Counter("tocsin_poller_fetched_bytes_total", "Feed body bytes received")
ENTRIES_PARSED = Counter("tocsin_poller_entries_parsed_total", "Feed entries parsed")
ARTICLES_PUBLISHED = Counter(
    "tocsin_poller_articles_published_total",
    "Articles published to news.raw, by kind",
    ["kind"],  # new | revision
)
FEED_LAST_SUCCESS = Gauge(
    "tocsin_poller_feed_last_success_timestamp_seconds",
    "Unix time of each feed's last successful poll",
    ["feed"],
)
FEED_ERROR_STREAK = Gauge("tocsin_poller_feed_error_streak", "Consecutive failed polls per feed", ["feed"])
FEEDS_ASSIGNED = Gauge("tocsin_poller_feeds_assigned", "Feeds this poller replica is responsible for")
FEEDS_MOVED = Counter("tocsin_poller_feeds_moved_total", "Registry URLs updated after a permanent redirect")
GUID_ROTATIONS = Counter(
    "tocsin_poller_guid_rotations_total", "Entries whose guid changed between polls under the same link"
)
FULL_TEXT_FETCHES = Counter(
    "tocsin_poller_full_text_fetches_total",
    "Article pages fetched for full-text feeds, by outcome",
    ["outcome"],  # ok | no_text | not_html | too_short | a fetch error outcome (blocked, timeout, ...)
)
WEBSUB_DELIVERIES = Counter(
    "tocsin_poller_websub_deliveries_total",
    "WebSub content deliveries by outcome",
    ["outcome"],  # ok | bad_signature | parse_error | unknown_subscription
)

# --- processor: both stages -------------------------------------------------------------------------------------
BATCH_RETRIES = Counter(
    "tocsin_processor_batch_retries_total",
    "Batches tried again because a dependency (Kafka, Redis) failed them; the batch waits, nothing is skipped",
    ["stage"],  # dedup | tagger
)
OFFSET_HOLES = Counter(
    "tocsin_processor_offset_holes_total",
    "Holes in the offsets a stage was handed (messages skipped); the stage seeks back and commits stop before them",
    ["stage"],
)

# --- processor: dedup -------------------------------------------------------------------------------------------
DEDUP_ARTICLES = Counter(
    "tocsin_dedup_articles_total",
    "Articles seen by dedup, by result",
    ["result"],  # unique | duplicate | revision
)
DEDUP_DUPLICATES = Counter("tocsin_dedup_duplicates_total", "Duplicates found, by method", ["method"])
DEDUP_SECONDS = Histogram(
    "tocsin_dedup_seconds",
    "Time to check one article for duplicates",
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5),
)

# --- processor: tagger ------------------------------------------------------------------------------------------
TAGGED_ARTICLES = Counter("tocsin_tagger_articles_total", "Articles tagged, by severity", ["severity"])
TAG_SECONDS = Histogram(
    "tocsin_tagger_seconds",
    "Time to tag one article",
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5),
)

# --- alerter ----------------------------------------------------------------------------------------------------
ALERTS = Counter("tocsin_alerter_alerts_total", "Alerts written, by kind", ["kind"])  # new | revision
ALERT_CANDIDATES = Counter(
    "tocsin_alerter_candidates_total", "Tagged articles seen by the alerter, by decision", ["decision"]
)  # alert | revision | same_incident | below_threshold
ALERT_LATENCY = Histogram(
    "tocsin_alerter_latency_seconds",
    "From article fetch to alert written to Redis",
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60),
)
