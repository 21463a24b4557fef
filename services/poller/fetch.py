"""fetch: one feed URL to bytes, safely.

Conditional GET (ETag, If-Modified-Since); connect/read/total timeouts; a body cap enforced while streaming and
after decompression (so a gzip bomb stops at the cap); at most N redirects, each hop checked; an SSRF guard that
checks every address a connection is made to, at connect time, so DNS answers cannot change between check and use.
"""

from __future__ import annotations

import asyncio
import dataclasses
import ipaddress
import socket
import time
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
READ_CHUNK_BYTES = 64 * 1024
ALLOWED_SCHEMES = frozenset({"http", "https"})


class FetchError(Exception):
    """A fetch that produced no usable body. `outcome` is the bounded metric label."""

    outcome = "error"

    def __init__(self, message: str, *, retry_after_s: float | None = None, status: int | None = None) -> None:
        super().__init__(f"fetch: {message}")
        self.retry_after_s = retry_after_s
        self.status = status


class BlockedAddress(FetchError):
    outcome = "blocked"


class BodyTooLarge(FetchError):
    outcome = "too_large"


class TooManyRedirects(FetchError):
    outcome = "redirects"


class FetchTimeout(FetchError):
    outcome = "timeout"


class ConnectFailed(FetchError):
    outcome = "connect_error"


class HTTPStatusError(FetchError):
    outcome = "http_error"


@dataclass(frozen=True, slots=True)
class FetchResult:
    status: int  # 200 or 304
    url: str  # the URL after redirects
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""
    max_age_s: float | None = None  # Cache-Control: max-age
    elapsed_s: float = 0.0
    wire_bytes: int = 0  # bytes on the wire, before decompression
    headers: dict[str, str] = field(default_factory=dict)
    # Where the feed now lives when the chain began with permanent redirects (301/308): the registry should
    # follow. A temporary redirect (302/303/307) ends the permanent part of the chain.
    permanent_url: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class AddressGuard:
    """Refuses non-global addresses (private, loopback, link-local, metadata, multicast, reserved, IPv4-mapped
    forms of those) unless they fall in an allow-listed network."""

    def __init__(self, allowed: Sequence[IPNetwork] = ()) -> None:
        self.allowed = list(allowed)

    def is_allowed(self, address: str) -> bool:
        ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
        if any(ip.version == net.version and ip in net for net in self.allowed):
            return True
        return ip.is_global and not ip.is_multicast

    def check(self, host: str, address: str) -> None:
        if not self.is_allowed(address):
            raise BlockedAddress(f"address {address} of {host} is not public and not allow-listed")


class GuardedNetworkBackend(httpcore.AsyncNetworkBackend):
    """Resolves the host itself, checks every address with the guard and connects to a checked address.

    TLS still verifies against the host name: httpcore passes the origin host as SNI/server_hostname to start_tls.
    """

    def __init__(self, guard: AddressGuard, inner: httpcore.AsyncNetworkBackend | None = None) -> None:
        self.guard = guard
        self.inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            infos = await asyncio.wait_for(loop.getaddrinfo(host, port, type=socket.SOCK_STREAM), timeout)
        except (OSError, TimeoutError) as exc:
            raise ConnectFailed(f"cannot resolve {host}: {exc}") from exc
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        refused = [a for a in addresses if not self.guard.is_allowed(a)]
        if refused:
            # One bad answer is enough to refuse: a rebinding name can mix public and private answers.
            self.guard.check(host, refused[0])
        last_error: Exception | None = None
        for address in addresses:
            try:
                return await self.inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout, OSError) as exc:
                last_error = exc
        raise ConnectFailed(f"cannot connect to {host}:{port}: {last_error}")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


def make_client(
    guard: AddressGuard,
    *,
    connect_timeout_s: float,
    read_timeout_s: float,
    user_agent: str,
    max_connections: int = 100,
) -> httpx.AsyncClient:
    """An httpx client whose every TCP connection goes through the SSRF guard; no env proxies, no auto-redirects."""
    transport = httpx.AsyncHTTPTransport(
        limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections // 2),
        retries=0,
    )
    pool = transport._pool
    if not hasattr(pool, "_network_backend"):  # pragma: no cover - guards an httpx/httpcore upgrade
        raise RuntimeError("fetch: httpx transport has no network backend to guard; check the httpx version")
    pool._network_backend = GuardedNetworkBackend(guard)
    return httpx.AsyncClient(
        transport=transport,
        timeout=httpx.Timeout(connect=connect_timeout_s, read=read_timeout_s, write=read_timeout_s, pool=None),
        headers={
            "User-Agent": user_agent,
            "Accept-Encoding": "gzip, deflate",
            "Accept": "application/rss+xml, application/atom+xml, application/rdf+xml, "
            "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
        },
        follow_redirects=False,
        trust_env=False,
    )


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Retry-After as seconds from now: either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when - (time.time() if now is None else now))


def parse_max_age(cache_control: str | None) -> float | None:
    if not cache_control:
        return None
    for directive in cache_control.split(","):
        name, _, value = directive.strip().partition("=")
        if name.lower() == "max-age" and value.strip().strip('"').isdigit():
            return float(value.strip().strip('"'))
    return None


class _Decoder:
    """gzip/deflate decoding with a cap on the output, so a small compressed body cannot expand past the limit."""

    def __init__(self, encoding: str, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self.parts: list[bytes] = []
        encoding = encoding.strip().lower()
        self._raw_deflate_retry = encoding == "deflate"
        if encoding in ("", "identity"):
            self._zlib: Any = None
        elif encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj()
        else:
            raise FetchError(f"unsupported Content-Encoding {encoding!r}")

    def _append(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.max_bytes:
            raise BodyTooLarge(f"body exceeds {self.max_bytes} bytes")
        self.parts.append(data)

    def feed(self, chunk: bytes) -> None:
        if self._zlib is None:
            self._append(chunk)
            return
        data = chunk
        while data:
            try:
                out = self._zlib.decompress(data, self.max_bytes - self.size + 1)
            except zlib.error as exc:
                if self._raw_deflate_retry and self.size == 0:
                    # Some servers send raw deflate without the zlib header.
                    self._raw_deflate_retry = False
                    self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise FetchError(f"bad compressed body: {exc}") from exc
            self._raw_deflate_retry = False
            self._append(out)
            data = self._zlib.unconsumed_tail

    def body(self) -> bytes:
        return b"".join(self.parts)


class Fetcher:
    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        max_body_bytes: int,
        max_redirects: int,
        total_timeout_s: float,
    ) -> None:
        self.client = client
        self.max_body_bytes = max_body_bytes
        self.max_redirects = max_redirects
        self.total_timeout_s = total_timeout_s

    async def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        started = time.monotonic()
        try:
            async with asyncio.timeout(self.total_timeout_s):
                return await self._fetch(url, etag, last_modified, started)
        except TimeoutError as exc:
            raise FetchTimeout(f"no complete response within {self.total_timeout_s:g} s") from exc
        except httpx.TimeoutException as exc:
            raise FetchTimeout(f"{type(exc).__name__} after {time.monotonic() - started:.1f} s") from exc
        except (httpx.ConnectError, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise ConnectFailed(f"{type(exc).__name__}: {exc}") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}") from exc

    async def _fetch(self, url: str, etag: str | None, last_modified: str | None, started: float) -> FetchResult:
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        visited: list[str] = []
        current = url
        permanent: str | None = None
        still_permanent = True
        for _hop in range(self.max_redirects + 1):
            scheme = urlsplit(current).scheme.lower()
            if scheme not in ALLOWED_SCHEMES:
                raise BlockedAddress(f"scheme {scheme!r} refused in {current!r} (only http and https)")
            visited.append(current)
            request = self.client.build_request("GET", current, headers=headers)
            response = await self.client.send(request, stream=True)
            try:
                if response.status_code in REDIRECT_STATUSES:
                    location = response.headers.get("location")
                    if not location:
                        raise HTTPStatusError(
                            f"HTTP {response.status_code} without Location", status=response.status_code
                        )
                    current = urljoin(current, location)
                    if current in visited:
                        raise TooManyRedirects(f"redirect loop at {current}")
                    still_permanent = still_permanent and response.status_code in PERMANENT_REDIRECTS
                    if still_permanent:
                        permanent = current
                    continue
                result = await self._read(response, current, started)
                return dataclasses.replace(result, permanent_url=permanent) if permanent else result
            finally:
                await response.aclose()
        raise TooManyRedirects(f"more than {self.max_redirects} redirects from {url}")

    async def _read(self, response: httpx.Response, url: str, started: float) -> FetchResult:
        status = response.status_code
        h = response.headers
        if status == 304:
            return FetchResult(
                status=304,
                url=url,
                etag=h.get("etag"),
                last_modified=h.get("last-modified"),
                max_age_s=parse_max_age(h.get("cache-control")),
                elapsed_s=time.monotonic() - started,
            )
        if status != 200:
            retry_after = parse_retry_after(h.get("retry-after")) if status in (429, 503) else None
            raise HTTPStatusError(f"HTTP {status} from {url}", retry_after_s=retry_after, status=status)
        declared = h.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_body_bytes:
            raise BodyTooLarge(f"Content-Length {declared} exceeds {self.max_body_bytes} bytes")
        decoder = _Decoder(h.get("content-encoding", ""), self.max_body_bytes)
        wire = 0
        async for chunk in response.aiter_raw(READ_CHUNK_BYTES):
            wire += len(chunk)
            if wire > self.max_body_bytes:
                raise BodyTooLarge(f"body exceeds {self.max_body_bytes} bytes")
            decoder.feed(chunk)
        return FetchResult(
            status=200,
            url=url,
            body=decoder.body(),
            etag=h.get("etag"),
            last_modified=h.get("last-modified"),
            content_type=h.get("content-type", ""),
            max_age_s=parse_max_age(h.get("cache-control")),
            elapsed_s=time.monotonic() - started,
            wire_bytes=wire,
            headers={k.lower(): v for k, v in h.items() if k.lower() in ("content-type", "link")},
        )
