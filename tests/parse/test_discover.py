"""Feed discovery on web pages: which `<link rel="alternate">` elements count, and how their URLs resolve."""

from __future__ import annotations

from monitor.parse.discover import FeedLink, discover_feeds

PAGE = "https://news.example.org/immigration/index.html"


def page(head: str, body: str = "<p>Stories</p>") -> bytes:
    return f"<!DOCTYPE html><html><head><title>Desk</title>{head}</head><body>{body}</body></html>".encode()


def test_rss_atom_and_json_feed_links_in_document_order() -> None:
    html = page(
        '<link rel="alternate" type="application/atom+xml" title="Atom" href="/atom.xml">'
        '<link rel="alternate" type="application/rss+xml" title="RSS" href="https://cdn.example.com/rss">'
        '<link rel="alternate" type="application/feed+json" title="JSON" href="feed.json">'
    )
    assert discover_feeds(html, PAGE) == [
        FeedLink("https://news.example.org/atom.xml", "Atom", "application/atom+xml"),
        FeedLink("https://cdn.example.com/rss", "RSS", "application/rss+xml"),
        FeedLink("https://news.example.org/immigration/feed.json", "JSON", "application/feed+json"),
    ]


def test_relative_hrefs_resolve_against_base_href() -> None:
    html = page('<base href="/archive/2026/"><link rel="alternate" type="application/rss+xml" href="desk.rss">')
    assert [link.url for link in discover_feeds(html, PAGE)] == ["https://news.example.org/archive/2026/desk.rss"]


def test_rel_and_type_are_read_as_browsers_read_them() -> None:
    html = page(
        '<link rel="Alternate home" type="Application/RSS+XML; charset=utf-8" href="a.rss">'
        '<link rel="alternate" type="application/json" href="/wp-json/">'  # an API, not a feed
        '<link rel="stylesheet" type="text/css" href="site.css">'
        '<link rel="alternate" hreflang="fr" href="/fr/">'
        '<link rel="alternate" type="application/atom+xml" href="  ">'
    )
    assert [link.url for link in discover_feeds(html, PAGE)] == ["https://news.example.org/immigration/a.rss"]


def test_each_url_once_and_only_web_urls() -> None:
    html = page(
        '<link rel="alternate" type="application/rss+xml" href="/rss">'
        '<link rel="alternate" type="application/rss+xml" href="https://news.example.org/rss">'
        '<link rel="alternate" type="application/rss+xml" href="file:///etc/passwd">'
        '<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">'
    )
    assert [link.url for link in discover_feeds(html, PAGE)] == ["https://news.example.org/rss"]


def test_titles_keep_their_characters_without_a_charset_declaration() -> None:
    html = page('<link rel="alternate" type="application/rss+xml" title="Café  Río\n &amp; más" href="/rss">')
    assert discover_feeds(html, PAGE)[0].title == "Café Río & más"


def test_pages_without_feed_links_and_non_html_give_nothing() -> None:
    assert discover_feeds(page("", "<a href='/rss'>RSS</a>"), PAGE) == []
    assert discover_feeds(b"", PAGE) == []
    assert discover_feeds(b"\x00\x01\x02", PAGE) == []
