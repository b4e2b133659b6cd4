"""Feed parsing on the bundled samples and on broken input; URL normalisation."""

from __future__ import annotations

from datetime import UTC

import pytest

from monitor.errors import ParseError
from monitor.parse import normalize_url, parse_feed
from tests.conftest import SAMPLES

FEEDS = SAMPLES / "feeds"


@pytest.mark.parametrize("name", ["harbor-city-tribune.xml", "valley-ledger.atom", "capitol-wire.rdf",
                                  "borderlands-radio.xml", "metro-business-daily.xml"])
def test_sample_feeds_parse_to_clean_entries(name: str) -> None:
    entries = parse_feed((FEEDS / name).read_bytes(), url=f"https://example.org/{name}")
    assert len(entries) >= 5
    for entry in entries:
        assert entry.url.startswith("https://") and "utm_" not in entry.url and "#" not in entry.url
        assert entry.title and "<" not in entry.title
        assert entry.published_at is not None and entry.published_at.tzinfo == UTC
        body = entry.content or entry.summary
        assert len(body) > 200 and "<p>" not in body and "&amp;" not in body


def test_paragraphs_survive_html_stripping() -> None:
    entries = parse_feed((FEEDS / "harbor-city-tribune.xml").read_bytes(), url="https://example.org/f")
    assert any("\n\n" in e.content for e in entries)


def test_malformed_feed_is_a_parse_error_naming_the_url() -> None:
    with pytest.raises(ParseError) as caught:
        parse_feed((FEEDS / "broken-feed.xml").read_bytes(), url="https://example.org/broken-feed.xml")
    assert caught.value.key == "malformed" and "broken-feed.xml" in str(caught.value)


def test_html_page_is_not_a_feed() -> None:
    page = b"<!DOCTYPE html><html><head><title>News</title></head><body><p>Hello</p></body></html>"
    with pytest.raises(ParseError) as caught:
        parse_feed(page, url="https://example.org/", content_type="text/html")
    assert caught.value.key == "not_a_feed"


def test_empty_body_is_not_a_feed() -> None:
    with pytest.raises(ParseError, match="empty"):
        parse_feed(b"", url="https://example.org/feed")


def test_empty_but_valid_feed_has_no_entries() -> None:
    body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
    assert parse_feed(body, url="https://example.org/feed") == []


def test_entry_without_link_uses_a_url_guid_or_stays_linkless() -> None:
    body = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            b'<item><title>a</title><guid>https://News.Example.org/a?utm_source=x</guid></item>'
            b'<item><title>b</title><guid isPermaLink="false">tag:1</guid></item></channel></rss>')
    first, second = parse_feed(body, url="https://example.org/feed")
    assert first.url == "https://news.example.org/a"
    assert second.url == "" and second.published_at is None


@pytest.mark.parametrize(("raw", "expected"), [
    ("HTTPS://WWW.Example.COM/a/../story?utm_source=rss&utm_medium=feed#comments", "https://www.example.com/story"),
    ("https://example.com/story?id=7&fbclid=abc", "https://example.com/story?id=7"),
    ("https://example.com:443/story", "https://example.com/story"),
])
def test_normalize_url(raw: str, expected: str) -> None:
    assert normalize_url(raw) == expected
