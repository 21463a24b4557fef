"""websub: push delivery for feeds that advertise a hub (`<link rel="hub">`), per the W3C WebSub recommendation.

The poller subscribes when a poll finds a hub, answers the hub's verification of intent (echoing `hub.challenge`
only for a topic it asked for), and accepts pushed content only with a valid `X-Hub-Signature` HMAC made with the
per-subscription secret; the content goes through the same parse/normalise/publish path as a poll, before the
hub gets its answer, so a delivery reaches news.raw within a second. Polling continues (at the adaptive interval)
as the safety net for missed deliveries. Subscription requests go through the poller's SSRF-guarded client.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote

from aiohttp import web

from services.poller.parse import ParseError
from shared import metrics
from shared.contracts.models import FeedConfig
from shared.timeutil import now_iso

if TYPE_CHECKING:
    from services.poller.service import Poller
    from services.poller.settings import PollerSettings

log = logging.getLogger(__name__)

MAX_DELIVERY_BYTES = 5 * 1024 * 1024
RENEW_BEFORE_S = 3600  # renew a lease this long before it expires
SIGNATURE_ALGORITHMS = {
    "sha1": hashlib.sha1,
    "sha256": hashlib.sha256,
    "sha384": hashlib.sha384,
    "sha512": hashlib.sha512,
}


@dataclass(slots=True)
class Subscription:
    feed: FeedConfig
    hub: str
    topic: str
    secret: str
    verified: bool = False
    expires_at: float = 0.0


def signature_valid(secret: str, body: bytes, header: str | None) -> bool:
    if not header or "=" not in header:
        return False
    algorithm, _, digest = header.partition("=")
    hash_fn = SIGNATURE_ALGORITHMS.get(algorithm.strip().lower())
    if hash_fn is None:
        return False
    expected = hmac.new(secret.encode(), body, hash_fn).hexdigest()
    return hmac.compare_digest(expected, digest.strip().lower())


class WebSubSubscriber:
    def __init__(self, settings: PollerSettings, poller: Poller) -> None:
        self.settings = settings
        self.poller = poller
        self.subscriptions: dict[str, Subscription] = {}
        self.port = settings.websub_port or 0
        self._runner: web.AppRunner | None = None

    @property
    def base_url(self) -> str:
        public = self.settings.websub_public_url
        return (public or f"http://{self.settings.websub_host}:{self.port}").rstrip("/")

    def callback_url(self, feed_id: str) -> str:
        return f"{self.base_url}/websub/{quote(feed_id, safe='')}"

    async def start(self) -> None:
        app = web.Application(client_max_size=MAX_DELIVERY_BYTES)
        app.router.add_get("/websub/{feed_id}", self._verify)
        app.router.add_post("/websub/{feed_id}", self._deliver)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.settings.websub_host, self.port)
        await site.start()
        if self.port == 0 and site._server is not None:
            self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def ensure_subscribed(self, feed: FeedConfig, hub: str, topic: str) -> None:
        current = self.subscriptions.get(feed.feed_id)
        same = current is not None and current.hub == hub and current.topic == topic
        if same and current is not None and (not current.verified or current.expires_at - time.time() > RENEW_BEFORE_S):
            return  # pending verification, or a lease with time left
        subscription = Subscription(feed=feed, hub=hub, topic=topic, secret=secrets.token_hex(32))
        self.subscriptions[feed.feed_id] = subscription
        form = {
            "hub.mode": "subscribe",
            "hub.topic": topic,
            "hub.callback": self.callback_url(feed.feed_id),
            "hub.secret": subscription.secret,
            "hub.lease_seconds": str(self.settings.websub_lease_s),
        }
        try:
            response = await self.poller.fetcher.client.post(hub, data=form)
        except Exception as exc:  # the guarded client refuses private hubs; polling carries on regardless
            log.warning("websub: subscription request failed", extra={"hub": hub, "error": f"{exc}"[:300]})
            self.subscriptions.pop(feed.feed_id, None)
            return
        if response.status_code not in (202, 204, 200):
            log.warning("websub: hub refused subscription", extra={"hub": hub, "status": response.status_code})
            self.subscriptions.pop(feed.feed_id, None)

    async def _verify(self, request: web.Request) -> web.Response:
        subscription = self.subscriptions.get(request.match_info["feed_id"])
        query = request.query
        mode, topic, challenge = query.get("hub.mode"), query.get("hub.topic"), query.get("hub.challenge")
        if mode == "denied":
            self.subscriptions.pop(request.match_info["feed_id"], None)
            log.warning("websub: hub denied subscription", extra={"reason": query.get("hub.reason")})
            return web.Response(status=200)
        if subscription is None or topic != subscription.topic or not challenge:
            return web.Response(status=404)  # an intent we never had: do not confirm it
        if mode == "subscribe":
            lease = query.get("hub.lease_seconds", "")
            subscription.verified = True
            subscription.expires_at = time.time() + (int(lease) if lease.isdigit() else self.settings.websub_lease_s)
            return web.Response(text=challenge)
        if mode == "unsubscribe":
            self.subscriptions.pop(request.match_info["feed_id"], None)
            return web.Response(text=challenge)
        return web.Response(status=404)

    async def _deliver(self, request: web.Request) -> web.Response:
        subscription = self.subscriptions.get(request.match_info["feed_id"])
        body = await request.read()
        if subscription is None or not subscription.verified:
            metrics.WEBSUB_DELIVERIES.labels(outcome="unknown_subscription").inc()
            return web.Response(status=410)  # tells the hub to stop
        if not signature_valid(subscription.secret, body, request.headers.get("X-Hub-Signature")):
            # The spec asks for a 2xx either way, so a forger learns nothing; the content is dropped.
            metrics.WEBSUB_DELIVERIES.labels(outcome="bad_signature").inc()
            log.warning("websub: delivery with a bad signature dropped", extra={"feed_id": subscription.feed.feed_id})
            return web.Response(status=202)
        try:
            parsed = await self.poller.parser.parse(
                body,
                subscription.feed,
                url=subscription.topic,
                content_type=request.headers.get("Content-Type", ""),
                fetched_at=now_iso(),
            )
        except ParseError as exc:
            metrics.WEBSUB_DELIVERIES.labels(outcome="parse_error").inc()
            log.warning(
                "websub: undeliverable content", extra={"feed_id": subscription.feed.feed_id, "error": str(exc)}
            )
            return web.Response(status=202)
        await self.poller.publish(subscription.feed, parsed.articles)
        metrics.WEBSUB_DELIVERIES.labels(outcome="ok").inc()
        return web.Response(status=202)
