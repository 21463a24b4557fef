"""Incident state and alert delivery in Redis, updated atomically (WATCH/MULTI) so concurrent alerters and
replays agree: the state change, the stream entry and the live push happen together or not at all."""

from __future__ import annotations

from datetime import date, timedelta

import redis.asyncio as aioredis
from redis.exceptions import WatchError

from services.alerter.incidents import Decision, IncidentState, decide, event_day, incident_id_for
from services.alerter.settings import RedisKeys
from shared.contracts.codec import decode, encode
from shared.contracts.models import TaggedArticle

WATCH_RETRIES = 20


class AlertStore:
    def __init__(self, client: aioredis.Redis, keys: RedisKeys, *, incident_ttl_s: int, stream_max_len: int) -> None:
        self.client = client
        self.keys = keys
        self.incident_ttl_s = incident_ttl_s
        self.stream_max_len = stream_max_len

    async def record(self, article: TaggedArticle) -> Decision:
        """Fold one alert-worthy report into its incident; write the alert revision it causes, if any."""
        day = event_day(article)
        # A report published just after midnight belongs to yesterday's incident when one exists.
        yesterday = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
        candidates = [incident_id_for(article, d) for d in (yesterday, day)]
        keys = [self.keys.incident(i) for i in candidates]
        for _ in range(WATCH_RETRIES):
            async with self.client.pipeline(transaction=True) as pipe:
                try:
                    await pipe.watch(*keys)
                    stored = await pipe.mget(keys)
                    pick = 0 if stored[0] is not None else 1  # yesterday's incident first
                    incident_id, key, incident_day = candidates[pick], keys[pick], (yesterday, day)[pick]
                    raw_state = stored[pick]
                    state = decode(raw_state, IncidentState) if raw_state is not None else None
                    decision = decide(state, article, incident_id, incident_day)
                    pipe.multi()  # type: ignore[no-untyped-call]
                    pipe.set(key, encode(decision.state), ex=self.incident_ttl_s)
                    if decision.alert is not None:
                        payload = encode(decision.alert)
                        pipe.xadd(
                            self.keys.stream,
                            {"alert_id": decision.alert.alert_id, "alert": payload},
                            maxlen=self.stream_max_len,
                            approximate=True,
                        )
                        pipe.publish(self.keys.channel, payload)
                    await pipe.execute()
                    return decision
                except WatchError:
                    continue  # another alerter changed the incident: read it again
        raise RuntimeError(f"incident update kept conflicting after {WATCH_RETRIES} tries")

    async def mark_published(self, state: IncidentState) -> None:
        """Remember that the incident's latest revision reached the Kafka `alerts` topic."""
        key = self.keys.incident(state.incident_id)
        async with self.client.pipeline(transaction=True) as pipe:
            try:
                await pipe.watch(key)
                raw = await pipe.get(key)
                if raw is None:
                    return
                current = decode(raw, IncidentState)
                current.published_revision = max(current.published_revision, state.revision)
                pipe.multi()  # type: ignore[no-untyped-call]
                pipe.set(key, encode(current), keepttl=True)
                await pipe.execute()
            except WatchError:
                pass  # a newer revision arrived; it will be published and marked in its turn
