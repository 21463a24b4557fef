"""The alerter service: news.tagged -> incidents and alerts in Redis (stream + pub/sub) and Kafka `alerts`.

Offsets are committed only after a message's alert is written, so a crash replays messages; replays are harmless
because alert ids are deterministic and the incident state remembers which reports it has seen.
"""

from __future__ import annotations

import asyncio
import logging

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord
from aiokafka.errors import KafkaError
from redis.exceptions import RedisError

from services.alerter.incidents import SEVERITY_RANK
from services.alerter.settings import AlerterSettings
from services.alerter.store import AlertStore
from shared import metrics
from shared.contracts.codec import decode, encode
from shared.contracts.models import TaggedArticle
from shared.kafka import send_dead_letter
from shared.settings import Topics
from shared.timeutil import parse_iso, system_clock

log = logging.getLogger(__name__)

FETCH_TIMEOUT_MS = 500


class Alerter:
    stage = "alerter"

    def __init__(self, settings: AlerterSettings, store: AlertStore, producer: AIOKafkaProducer) -> None:
        self.settings = settings
        self.topics = Topics(settings.topic_prefix)
        self.store = store
        self.producer = producer
        self.min_rank = SEVERITY_RANK[settings.min_severity]

    def is_candidate(self, article: TaggedArticle) -> bool:
        return article.tags.alert and SEVERITY_RANK.get(article.tags.severity, 0) >= self.min_rank

    async def handle(self, key: bytes | None, value: bytes) -> str:
        """Process one news.tagged message; returns the decision kind (for metrics and tests)."""
        article = decode(value, TaggedArticle)
        if not self.is_candidate(article):
            metrics.ALERT_CANDIDATES.labels(decision="below_threshold").inc()
            return "below_threshold"
        decision = await self.store.record(article)
        metrics.ALERT_CANDIDATES.labels(decision=decision.kind).inc()
        if decision.alert is not None:
            metrics.ALERTS.labels(kind=decision.kind).inc()
            fetched = parse_iso(article.fetched_at)
            if fetched is not None:
                metrics.ALERT_LATENCY.observe(max(0.0, system_clock() - fetched))
            log.info(
                "alert",
                extra={
                    "alert_id": decision.alert.alert_id,
                    "severity": decision.alert.severity,
                    "headline": decision.alert.headline,
                },
            )
        state = decision.state
        if state.published_revision < state.revision:  # also re-sends what a crash kept from Kafka
            await self.producer.send_and_wait(self.topics.alerts, encode(state.alert), key=state.incident_id.encode())
            await self.store.mark_published(state)
        return decision.kind

    async def run(self, consumer: AIOKafkaConsumer, stop: asyncio.Event) -> None:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=FETCH_TIMEOUT_MS, max_records=200)
            for records in batches.values():
                for record in records:
                    await self._handle_safely(record)
            if batches:
                await consumer.commit()

    async def _handle_safely(self, record: ConsumerRecord[bytes, bytes]) -> None:
        try:
            await self.handle(record.key, record.value or b"")
        except (RedisError, KafkaError):
            raise  # infrastructure, not the message: stop uncommitted, so a restart replays it
        except Exception as exc:  # one bad message must not stop the alerter
            await send_dead_letter(
                self.producer,
                self.topics.dlq,
                source_topic=record.topic,
                stage=self.stage,
                exc=exc,
                key=record.key,
                value=record.value,
            )
