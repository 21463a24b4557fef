"""Stable identities: canonical URLs and article ids."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only track the reader; two URLs differing only by these are the same article.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "yclid",
        "_hsenc",
        "_hsmi",
        "ref",
        "ref_src",
        "cmpid",
        "ito",
        "at_medium",
        "at_campaign",
        "ocid",
        "spm",
        "smid",
        "partner",
        "taid",
    }
)


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, https for http, no default port, fragment or tracking parameters."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme == "http":
        scheme = "https"
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = parts.port
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS
    ]
    query.sort()
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path[:-1]
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def stable_hash(*parts: str, length: int = 16) -> str:
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=16).hexdigest()
    return digest[:length]


def article_id_for(canonical: str | None, guid: str | None, content_hash: str) -> str:
    """Article id: hash of the canonical URL, else of the guid, else the content hash."""
    if canonical:
        return stable_hash("url", canonical)
    if guid:
        return stable_hash("guid", guid)
    return stable_hash("content", content_hash)
