"""Poller parse/normalise/identity on the project's own small feed files, plus the real corpus when present."""

from __future__ import annotations

import time
from pathlib import Path

import feedparser
import pytest

from services.poller.normalise import (
    choose_article_id,
    content_hash,
    guid_article_id,
    html_to_text,
    normalise_entry,
    untrusted_guids,
)
from services.poller.parse import ParseError, parse_feed, repair_xml
from shared.contracts.models import FeedConfig, RawArticle
from shared.ids import article_id_for, canonical_url, stable_hash

FEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"
SHARED_FEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "feeds"
FETCHED_AT = "2025-05-02T12:00:00Z"


def parse(name: str, **feed_fields: str) -> object:
    feed = FeedConfig(feed_id="f", url=f"https://example.org/{name}", **feed_fields)  # type: ignore[arg-type]
    return parse_feed((FEEDS / name).read_bytes(), feed, url="", content_type="", fetched_at=FETCHED_AT)


def test_rss2_fields_text_identity_and_hints() -> None:
    parsed = parse("rss2_basic.xml")
    ferry, lighthouse, market = parsed.articles  # type: ignore[attr-defined]
    assert ferry.title == "Ferry service & bridge repairs delayed"
    assert ferry.summary == "The council said the repairs would take another week."
    assert "track()" not in ferry.content and "northern road" in ferry.content
    assert ferry.canonical_url == "https://gazette.example.org/news/ferry-delay"
    # auto rule: a trustworthy opaque guid identifies the entry, scoped by the feed (it is unique only there)
    assert ferry.article_id == guid_article_id("gazette-1001", "f") == stable_hash("guid", "f", "gazette-1001")
    assert ferry.guid == "gazette-1001"
    # a URL guid identifies the entry as its canonical URL does
    assert lighthouse_id_is_url(parsed.articles[1])  # type: ignore[attr-defined]
    assert ferry.published == "2025-05-02T08:00:00Z"
    assert ferry.language == "en"
    assert lighthouse.url == "https://gazette.example.org/news/lighthouse"  # relative link resolved
    # no link and no guid: identity falls back to the content hash
    assert market.url == "" and market.article_id == article_id_for(None, None, market.raw_hash)
    assert parsed.ttl_s == 30 * 60  # type: ignore[attr-defined]
    assert parsed.update_period_s == 1800  # type: ignore[attr-defined]  # hourly, twice
    assert parsed.hub_url == "https://hub.example.net/"  # type: ignore[attr-defined]
    assert parsed.self_url == "https://gazette.example.org/feed.xml"  # type: ignore[attr-defined]
    assert len(parsed.entry_times) == 3  # type: ignore[attr-defined]


def lighthouse_id_is_url(article: RawArticle) -> bool:
    return article.article_id == article_id_for(canonical_url("https://gazette.example.org/news/lighthouse"), None, "")


def test_id_rules_for_broken_guids_and_links() -> None:
    by_guid = parse("rss2_basic.xml", id_rule="guid").articles  # type: ignore[attr-defined]
    assert by_guid[0].article_id == guid_article_id("gazette-1001", "f")
    by_link = parse("rss2_basic.xml", id_rule="link").articles  # type: ignore[attr-defined]
    assert by_link[0].article_id == article_id_for(by_link[0].canonical_url, None, "")
    by_content = parse("rss2_basic.xml", id_rule="content").articles  # type: ignore[attr-defined]
    assert by_content[0].article_id == article_id_for(None, None, by_content[0].raw_hash)
    assert choose_article_id("link", None, "g", "h") == article_id_for(None, None, "h")


def test_tracking_variants_of_a_link_get_one_id() -> None:
    feed = FeedConfig(feed_id="f", url="https://example.org/feed")
    a = normalise_entry(
        {"title": "T", "link": "http://www.example.org/a?id=3&utm_source=x#frag"},
        feed,
        base_url="",
        fetched_at=FETCHED_AT,
    )
    b = normalise_entry(
        {"title": "T", "link": "https://example.org/a?fbclid=zz&id=3&gclid=1"}, feed, base_url="", fetched_at=FETCHED_AT
    )
    assert a is not None and b is not None and a.article_id == b.article_id
    assert a.canonical_url == canonical_url("https://example.org/a?id=3")


def _entries(*pairs: tuple[str, str], link: str = "https://desk.example/s/{}") -> list[dict[str, str]]:
    return [{"id": guid, "title": title, "link": link.format(i)} for i, (guid, title) in enumerate(pairs)]


def test_counter_guids_are_not_trusted() -> None:
    counters = _entries(("1", "Dam breached"), ("2", "Curfew lifted"), ("3", "Port reopens"))
    assert untrusted_guids(counters, []) == {"1", "2", "3"}
    assert untrusted_guids(_entries(("0", "a"), ("1", "b")), []) == {"0", "1"}
    # real numeric ids are not a run from 0/1
    assert untrusted_guids(_entries(("48151", "a"), ("48150", "b"), ("48149", "c")), []) == frozenset()
    assert untrusted_guids(_entries(("2", "a"), ("7", "b")), []) == frozenset()


def test_reused_guids_distrust_the_whole_document() -> None:
    reused = _entries(("same", "Dam breached"), ("same", "Curfew lifted"), ("other", "Port reopens"))
    assert untrusted_guids(reused, []) == {"same", "other"}
    # the same entry listed twice is not reuse
    twice = [{"id": "x", "title": "T", "link": "https://a.example/t"}] * 2
    assert untrusted_guids(twice, []) == frozenset()


def test_guid_naming_the_feed_is_not_trusted() -> None:
    entries = _entries(("https://desk.example/", "a"), ("desk-2", "b"))
    assert untrusted_guids(entries, ["http://www.desk.example/", ""]) == {"https://desk.example/"}


def test_untrusted_guid_falls_back_to_the_link() -> None:
    feed = FeedConfig(feed_id="f", url="https://desk.example/feed")
    entry = {"id": "1", "title": "Dam breached", "link": "https://desk.example/dam?utm_source=rss"}
    article = normalise_entry(entry, feed, base_url="", fetched_at=FETCHED_AT, untrusted=frozenset({"1"}))
    assert article is not None and article.article_id == article_id_for("https://desk.example/dam", None, "")
    trusted = normalise_entry(entry, feed, base_url="", fetched_at=FETCHED_AT)
    assert trusted is not None and trusted.article_id == stable_hash("guid", "f", "1")
    # id_rule=guid keeps the guid even when the document makes it look untrustworthy
    forced = normalise_entry(
        entry,
        FeedConfig(feed_id="f", url=feed.url, id_rule="guid"),
        base_url="",
        fetched_at=FETCHED_AT,
        untrusted=frozenset({"1"}),
    )
    assert forced is not None and forced.article_id == trusted.article_id


def test_guid_ids_scope() -> None:
    # opaque guids are unique only within their feed; URL, tag: and urn: guids are global
    assert guid_article_id("1001", "a") != guid_article_id("1001", "b")
    assert guid_article_id("tag:desk.example,2025:7", "a") == guid_article_id("tag:desk.example,2025:7", "b")
    assert guid_article_id("http://www.desk.example/s/7?utm_source=x#c", "a") == article_id_for(
        canonical_url("https://desk.example/s/7"), None, ""
    )


def test_tracking_variant_guids_and_links_are_one_article() -> None:
    feed = FeedConfig(feed_id="f", url="https://desk.example/feed")
    link = "http://127.0.0.1/world/story"
    story = {"id": link, "title": "Story", "link": link}
    copy = {"id": f"{link}?utm_source=rss", "title": "Story", "link": f"{link}?utm_source=rss&fbclid=abc#top"}
    untrusted = untrusted_guids([story, copy], [feed.url])
    ids = {
        a.article_id
        for a in (
            normalise_entry(e, feed, base_url="", fetched_at=FETCHED_AT, untrusted=untrusted) for e in (story, copy)
        )
        if a is not None
    }
    assert ids == {article_id_for(canonical_url(link), None, "")}


def test_changed_text_changes_the_hash_only() -> None:
    feed = FeedConfig(feed_id="f", url="https://example.org/feed")
    entry = {"title": "Toll rises", "link": "https://example.org/t", "summary": "4 killed"}
    first = normalise_entry(entry, feed, base_url="", fetched_at=FETCHED_AT)
    second = normalise_entry({**entry, "summary": "6 killed"}, feed, base_url="", fetched_at=FETCHED_AT)
    assert first is not None and second is not None
    assert first.article_id == second.article_id and first.raw_hash != second.raw_hash
    assert first.raw_hash == content_hash("Toll rises", "4 killed", "")


def test_unsafe_links_are_dropped_and_empty_entries_skipped() -> None:
    feed = FeedConfig(feed_id="f", url="https://example.org/feed")
    article = normalise_entry({"title": "x", "link": "javascript:alert(1)"}, feed, base_url="", fetched_at="t")
    assert article is not None and article.url == "" and article.canonical_url is None
    assert normalise_entry({"title": "  "}, feed, base_url="", fetched_at="t") is None


def test_html_to_text() -> None:
    assert html_to_text("<p>One&nbsp;two</p><style>p{}</style><p>three &amp; four</p>") == "One two\nthree & four"
    assert html_to_text("<!-- hidden --><b>bold</b>  text") == "bold text"
    assert html_to_text("plain") == "plain"


def test_atom_and_rss1() -> None:
    atom = parse("atom_basic.atom")
    (entry,) = atom.articles  # type: ignore[attr-defined]
    assert entry.title == "Neue Seilbahn eröffnet"
    assert entry.authors == ["Jonas Feld", "Lea Stein"]
    assert entry.language == "de" and entry.published == "2025-05-02T09:30:00Z"
    assert atom.version == "atom10"  # type: ignore[attr-defined]
    (river,) = parse("rss1_basic.rdf").articles  # type: ignore[attr-defined]
    assert river.authors == ["Ana Ribeira"] and river.published == "2025-05-01T18:00:00Z"


def test_latin1_without_declaration_is_decoded() -> None:
    parsed = parse("latin1_nodecl.rss")
    assert parsed.articles[0].title == "Pescadores voltam ao porto após tempestade"  # type: ignore[attr-defined]
    assert parsed.bozo is not None  # type: ignore[attr-defined]  # the encoding guess is recorded


def test_undeclared_prefixes_are_repaired() -> None:
    assert feedparser.parse((FEEDS / "undeclared_prefix.xml").read_bytes()).entries == []
    parsed = parse("undeclared_prefix.xml")
    assert [a.title for a in parsed.articles] == ["First note", "Second note"]  # type: ignore[attr-defined]
    assert parsed.repaired and parsed.bozo  # type: ignore[attr-defined]
    assert b"<rss:item>" not in repair_xml((FEEDS / "undeclared_prefix.xml").read_bytes())


def test_entity_expansion_and_external_entities_are_contained() -> None:
    started = time.monotonic()
    laughs = parse("billion_laughs.xml")
    assert time.monotonic() - started < 2
    assert all(len(a.title) < 100 for a in laughs.articles)  # type: ignore[attr-defined]
    xxe = parse("xxe.xml")
    assert all("root:" not in a.title + a.summary for a in xxe.articles)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "empty body"),
        (b"  \n ", "empty body"),
        ((FEEDS / "not_a_feed.html").read_bytes(), "HTML page"),
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "no feed found"),
    ],
)
def test_non_feeds_get_a_clear_error(body: bytes, message: str) -> None:
    feed = FeedConfig(feed_id="f", url="https://example.org/x")
    with pytest.raises(ParseError, match=message):
        parse_feed(body, feed, url="", content_type="", fetched_at=FETCHED_AT)


def test_real_corpus_yields_at_least_plain_feedparser() -> None:
    files = sorted(p for p in SHARED_FEEDS.glob("*") if p.suffix != ".tsv") if SHARED_FEEDS.is_dir() else []
    if not files:
        pytest.skip("../shared/feeds is not present")
    ours = plain = 0
    for path in files:
        body = path.read_bytes()
        plain += len(feedparser.parse(body).entries)
        try:
            parsed = parse_feed(
                body, FeedConfig(feed_id=path.stem, url=path.as_uri()), url="", content_type="", fetched_at=FETCHED_AT
            )
        except ParseError as exc:  # an explained failure is allowed; a crash is not
            assert str(exc).startswith("parse: ")
            continue
        assert parsed.articles, path.name
        ours += len(parsed.articles)
    assert ours >= plain
