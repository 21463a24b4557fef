"""The ops HTTP server every service runs: GET /metrics (Prometheus) and GET /healthz (JSON)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest

HealthCheck = Callable[[], Awaitable[dict[str, object]]]


class OpsServer:
    """Serves /metrics and /healthz. `health` returns details; a key `ok: False` makes /healthz answer 503."""

    def __init__(self, service: str, host: str, port: int, health: HealthCheck | None = None) -> None:
        self.service = service
        self.host = host
        self.port = port
        self._health = health
        self._runner: web.AppRunner | None = None

    async def _metrics(self, _: web.Request) -> web.Response:
        body = generate_latest(REGISTRY)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def _healthz(self, _: web.Request) -> web.Response:
        details: dict[str, object] = {"ok": True}
        if self._health is not None:
            try:
                details.update(await self._health())
            except Exception as exc:  # a failing check is reported, never raised into aiohttp
                details.update(ok=False, error=f"{type(exc).__name__}: {exc}")
        details["service"] = self.service
        return web.json_response(details, status=200 if details.get("ok") else 503)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/metrics", self._metrics)
        app.router.add_get("/healthz", self._healthz)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        if self.port == 0:  # bound to an ephemeral port: report the real one
            sockets = getattr(site._server, "sockets", None) or []
            if sockets:
                self.port = sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
