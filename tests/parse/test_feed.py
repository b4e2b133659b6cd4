"""Feed parsing on the bundled samples and on broken input; URL normalisation."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.errors import ParseError
from monitor.parse import normalize_url, parse_feed
from tests.conftest import SAMPLES

FEEDS = SAMPLES / "feeds"


@pytest.mark.parametrize(
    "name",
    [
        "harbor-city-tribune.xml",
        "valley-ledger.atom",
        "capitol-wire.rdf",
        "borderlands-radio.xml",
        "metro-business-daily.xml",
    ],
)
def test_sample_feeds_parse_to_clean_entries(name: str) -> None:
    entries = parse_feed((FEEDS / name).read_bytes(), url=f"https://example.org/{name}").entries
    assert len(entries) >= 5
    for entry in entries:
        assert entry.url.startswith("https://") and "utm_" not in entry.url and "#" not in entry.url
        assert entry.title and "<" not in entry.title
        assert entry.published_at is not None and entry.published_at.tzinfo == UTC
        body = entry.content or entry.summary
        assert len(body) > 200 and "<p>" not in body and "&amp;" not in body


def test_paragraphs_survive_html_stripping() -> None:
    entries = parse_feed((FEEDS / "harbor-city-tribune.xml").read_bytes(), url="https://example.org/f").entries
    assert any("\n\n" in e.content for e in entries)


def test_a_broken_feed_is_read_and_what_was_wrong_is_kept_as_warnings() -> None:
    parsed = parse_feed((FEEDS / "broken-feed.xml").read_bytes(), url="https://example.org/broken-feed.xml")
    assert [e.title for e in parsed.entries] == [
        "Cimarron County renews jail contract for federal detainees",
        "County board to debate Secure Communities withdrawal",
    ]
    assert "Immigration and Customs Enforcement" in parsed.entries[1].summary  # inside a CDATA never closed
    said = " ".join(parsed.warnings)
    assert "bare ampersand" in said and "CDATA section never closed" in said and "not well-formed XML" in said


def test_nothing_to_recover_is_a_parse_error_naming_the_url() -> None:
    with pytest.raises(ParseError) as caught:
        parse_feed(b"<?xml version='1.0'?>\n<<<<\x00\x01 not a feed", url="https://example.org/garbled.xml")
    assert caught.value.key == "malformed" and "garbled.xml" in str(caught.value)


def test_html_page_is_not_a_feed() -> None:
    page = b"<!DOCTYPE html><html><head><title>News</title></head><body><p>Hello</p></body></html>"
    with pytest.raises(ParseError) as caught:
        parse_feed(page, url="https://example.org/", content_type="text/html")
    assert caught.value.key == "not_a_feed" and "HTML page" in str(caught.value)


def test_empty_body_is_not_a_feed() -> None:
    with pytest.raises(ParseError, match="empty"):
        parse_feed(b"", url="https://example.org/feed")


def test_empty_but_valid_feed_has_no_entries() -> None:
    body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
    parsed = parse_feed(body, url="https://example.org/feed")
    assert parsed.entries == [] and parsed.title == "t"


def test_entry_without_link_uses_a_url_guid_or_a_stable_identity() -> None:
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        b"<item><title>a</title><guid>https://News.Example.org/a?utm_source=x</guid></item>"
        b'<item><title>b</title><guid isPermaLink="false">tag:1</guid></item>'
        b"<item><title>c</title><description>Only words, no link or guid.</description></item>"
        b"<item></item></channel></rss>"
    )
    first, second, third, empty = parse_feed(body, url="https://example.org/feed").entries
    assert first.url == "https://news.example.org/a"
    assert second.url.startswith("urn:monitor:entry:") and second.link == "" and second.published_at is None
    assert third.url.startswith("urn:monitor:entry:") and third.url != second.url
    assert parse_feed(body, url="https://example.org/other").entries[2].url == third.url  # same words, same story
    assert empty.url == ""


def _rss(items: str, *, encoding: str = "utf-8", channel: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0" '
        f'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel><title>t</title>{channel}'
        f"{items}</channel></rss>"
    )


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (
            _rss("<item><title>Café “niño”</title><link>https://e.org/1</link></item>", encoding="iso-8859-1").encode(),
            None,
        ),  # declares Latin-1, sends UTF-8
        (
            _rss("<item><title>Café “niño”</title><link>https://e.org/1</link></item>").encode("cp1252"),
            "application/rss+xml; charset=utf-8",
        ),  # header and declaration say UTF-8, bytes are Windows-1252
        (
            b"\xef\xbb\xbf"
            + _rss(
                "<item><title>Café “niño”</title><link>https://e.org/1</link></item>", encoding="iso-8859-1"
            ).encode(),
            None,
        ),  # byte-order mark beats the declaration
        (
            _rss("<item><title>Café “niño”</title><link>https://e.org/1</link></item>", encoding="utf-16").encode(
                "utf-16"
            ),
            "text/xml",
        ),
        (
            _rss("<item><title>Café “niño”</title><link>https://e.org/1</link></item>", encoding="windows-1252").encode(
                "cp1252"
            ),
            "application/rss+xml",
        ),  # honest Windows-1252
    ],
)
def test_character_sets_are_read_right_whatever_the_declaration_says(body: bytes, content_type: str | None) -> None:
    (entry,) = parse_feed(body, url="https://example.org/feed", content_type=content_type).entries
    assert entry.title == "Café “niño”"


def test_publisher_poll_hints_are_read_as_seconds() -> None:
    assert parse_feed(_rss("", channel="<ttl>30</ttl>").encode(), url="https://e.org/f").ttl == 1800
    hourly = "<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>"
    assert parse_feed(_rss("", channel=hourly).encode(), url="https://e.org/f").ttl == 1800
    assert parse_feed(_rss("").encode(), url="https://e.org/f").ttl is None


def test_future_dates_become_now_and_missing_dates_stay_missing() -> None:
    now = datetime(2026, 11, 29, 14, tzinfo=UTC)
    body = _rss(
        "<item><title>a</title><link>https://e.org/a</link><pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate></item>"
        "<item><title>b</title><link>https://e.org/b</link><pubDate>Sun, 29 Nov 2026 08:00:00 -0500</pubDate></item>"
        "<item><title>c</title><link>https://e.org/c</link></item>"
    )
    future, dated, undated = parse_feed(body.encode(), url="https://e.org/f", now=now).entries
    assert future.published_at == now
    assert dated.published_at == datetime(2026, 11, 29, 13, tzinfo=UTC)
    assert undated.published_at is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HTTPS://WWW.Example.COM/a/../story?utm_source=rss&utm_medium=feed#comments", "https://www.example.com/story"),
        ("https://example.com/story?id=7&fbclid=abc", "https://example.com/story?id=7"),
        ("https://example.com:443/story", "https://example.com/story"),
    ],
)
def test_normalize_url(raw: str, expected: str) -> None:
    assert normalize_url(raw) == expected
