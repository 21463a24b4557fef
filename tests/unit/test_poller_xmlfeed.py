"""The ElementTree fast path must give exactly what the feedparser path gives, or decline."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from services.poller.parse import ParsedFeed, ParseError, parse_feed
from services.poller.xmlfeed import parse_xml_feed
from shared.contracts.models import FeedConfig

FEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"
SHARED_FEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "feeds"
FEED = FeedConfig(feed_id="f", url="https://example.org/feeds/desk.xml")
CONTENT_TYPES = ["", "application/rss+xml", "text/xml; charset=utf-8", "application/xml; charset=ISO-8859-1"]


def _both(body: bytes, *, url: str = "", content_type: str = "") -> tuple[ParsedFeed, ParsedFeed]:
    kwargs = {"url": url, "content_type": content_type, "fetched_at": "2025-05-02T12:00:00Z"}
    return parse_feed(body, FEED, fast=True, **kwargs), parse_feed(body, FEED, fast=False, **kwargs)


def _summary(parsed: ParsedFeed) -> object:
    return (
        msgspec.to_builtins(parsed.articles),
        parsed.version,
        parsed.title,
        parsed.language,
        parsed.ttl_s,
        parsed.update_period_s,
        parsed.hub_url,
        parsed.self_url,
        parsed.entry_times,
        parsed.entries_seen,
    )


def _assert_same(body: bytes, **kwargs: str) -> None:
    try:
        fast, slow = _both(body, **kwargs)
    except ParseError:
        with pytest.raises(ParseError):
            parse_feed(body, FEED, fast=False, fetched_at="t", url="", content_type="")
        return
    assert _summary(fast) == _summary(slow)


@pytest.mark.parametrize("content_type", CONTENT_TYPES)
@pytest.mark.parametrize("path", sorted(p for p in FEEDS.glob("*") if p.is_file()), ids=lambda p: p.name)
def test_fixtures_same_as_feedparser(path: Path, content_type: str) -> None:
    _assert_same(path.read_bytes(), url="https://example.org/feeds/desk.xml", content_type=content_type)


@pytest.mark.parametrize("content_type", CONTENT_TYPES[:3])
def test_real_corpus_same_as_feedparser(content_type: str) -> None:
    files = sorted(p for p in SHARED_FEEDS.glob("*") if p.suffix != ".tsv") if SHARED_FEEDS.is_dir() else []
    if not files:
        pytest.skip("../shared/feeds is not present")
    fast_files = 0
    for path in files:
        body = path.read_bytes()
        for url in ("", "https://example.org/feeds/desk.xml"):
            _assert_same(body, url=url, content_type=content_type)
        fast_files += parse_xml_feed(body, content_type=content_type, url="") is not None
    assert fast_files >= len(files) // 2  # the fast path is not declining everything


QUIRKS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Quirks</title><link>https://quirks.example/</link>
<item>
  <guid>quirk-1</guid>
  <title>Caf\xc3\x83\xc2\xa9 reopens</title>
  <description>First words.</description>
  <media:content url="https://quirks.example/a.jpg"><media:description>Photo caption</media:description>
  <media:title>Picture title</media:title></media:content>
  <dc:creator>Ana Sul</dc:creator><dc:creator>Rui Norte</dc:creator>
  <dc:date>2025-05-01T10:00:00+02:00</dc:date>
</item>
<item><link>/relative/two</link><title>Second \xc2\x93quoted\xc2\x94</title><author>ed@quirks.org (Ed Ito)</author></item>
</channel></rss>"""


def test_feedparser_quirks_are_kept() -> None:
    fast, slow = _both(QUIRKS, url="https://quirks.example/feed")
    assert _summary(fast) == _summary(slow)
    first, second = fast.articles
    assert first.title == "Café reopens"  # UTF-8 read as Latin-1 once, repaired
    assert first.content == "Photo caption"  # feedparser files a second description as content
    assert first.url == "https://quirks.example/quirk-1"  # a guid without isPermaLink="false" is the link
    assert first.authors == ["Ana Sul", "Rui Norte"]
    assert first.published == "2025-05-01T08:00:00Z"
    assert second.title == "Second \u201cquoted\u201d"  # C1 controls read as the cp1252 quotes they were
    assert second.url == "https://quirks.example/relative/two" and second.authors == ["Ed Ito"]


@pytest.mark.parametrize(
    "body",
    [
        b'<?xml version="1.0"?><!DOCTYPE rss><rss version="2.0"><channel><title>t</title></channel></rss>',
        b'<rss version="2.0" xml:base="https://x.example/"><channel><title>t</title></channel></rss>',
        b'<rss version="0.91"><channel><title>t</title></channel></rss>',
        b'<rss version="2.0"><channel><item><title>a <b>b</b></title></item></channel></rss>',
        b'<rss version="2.0"><channel><item xmlns:x="urn:x"><x:title>t</x:title></item></channel></rss>',
        b'<rss version="2.0"><channel><item><title>caf\xe9</title></item></channel></rss>',  # not UTF-8
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div/></content></entry></feed>',
    ],
    ids=["doctype", "xml-base", "rss091", "markup-in-title", "unknown-ns-title", "bad-utf8", "xhtml"],
)
def test_declines_what_only_feedparser_reads_the_same_way(body: bytes) -> None:
    assert parse_xml_feed(body, content_type="", url="") is None


def test_unknown_namespace_goes_by_the_documents_prefix() -> None:
    body = (
        b'<rss version="2.0" xmlns:dc="https://purl.org/dc/elements/1.1/"><channel><title>t</title>'
        b"<item><title>x</title><link>https://a.example/x</link><dc:creator>Mo Lin</dc:creator></item>"
        b"</channel></rss>"
    )
    fast, slow = _both(body)
    assert _summary(fast) == _summary(slow) and fast.articles[0].authors == ["Mo Lin"]
