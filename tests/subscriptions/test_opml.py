"""OPML in and out: folders and categories to tags, outlines that are not feeds, broken files, escaping."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from monitor.config import FeedConfig
from monitor.errors import ConfigError
from monitor.subscriptions.opml import Subscription, read_opml, write_opml
from tests.conftest import ROOT

OPML = ROOT / "tests" / "data" / "opml"


def read(name: str) -> list[Subscription]:
    return read_opml((OPML / name).read_bytes(), str(OPML / name))


def test_feeds_with_folders_and_categories_as_tags() -> None:
    feeds = {s.url: s for s in read("reader-export.opml") if s.problem is None}
    assert feeds == {
        "https://harbor-city.example.org/rss/local.xml": Subscription(
            "Harbor City Tribune: Local News", "https://harbor-city.example.org/rss/local.xml", ("Immigration",)
        ),
        "https://valley-ledger.example.com/courts.atom": Subscription(
            "Valley Ledger: Courts", "https://valley-ledger.example.com/courts.atom", ("legal", "Immigration/Courts")
        ),
        "https://wire.example.com/capitol.rdf?utm_source=reader": Subscription(
            "Capitol Wire", "https://wire.example.com/capitol.rdf?utm_source=reader", ()
        ),
    }


def test_outlines_that_cannot_be_feeds_say_why() -> None:
    problems = {s.name: s.problem for s in read("reader-export.opml") if s.problem}
    assert problems == {
        "Gopher archive": "not an http(s) URL (scheme 'gopher')",
        "Another reader's list": "a link to another subscription list, not a feed",
        "Old newsletter": "outline has no xmlUrl (not a feed)",
    }


def test_escaped_and_non_ascii_titles_are_read_as_text() -> None:
    assert [(s.name, s.url) for s in read("special-characters.opml")] == [
        ('Smith & Sons "Weekly" <b>', "https://smith.example.org/feed?a=1&b=2"),
        ("Café Río — noticias", "https://cafe-rio.example.com/rss"),
    ]


def test_malformed_opml_names_the_file_and_the_place() -> None:
    with pytest.raises(ConfigError) as caught:
        read("truncated.opml")
    message = str(caught.value)
    assert "truncated.opml" in message and "malformed OPML" in message and "line 9" in message


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "malformed OPML"),
        (b"<rss version='2.0'><channel/></rss>", "not an OPML file: the document is <rss>"),
        (b"<opml version='2.0'><head/></opml>", "no <body> element"),
    ],
)
def test_other_unusable_documents(data: bytes, reason: str) -> None:
    with pytest.raises(ConfigError, match=reason) as caught:
        read_opml(data, "subs.opml")
    assert str(caught.value).startswith("subs.opml: ")


def test_a_document_that_looks_like_a_url_is_never_fetched() -> None:
    # listparser fetches a *string* starting with http://; read_opml must treat it as (bad) XML.
    with pytest.raises(ConfigError, match="malformed OPML"):
        read_opml(b"http://127.0.0.1:9/list.opml", "subs.opml")


def test_written_opml_escapes_titles_and_urls() -> None:
    feeds = [
        FeedConfig(
            name='Smith & Sons "Weekly" <b>\x0b',
            url="https://smith.example.org/feed?a=1&b=2",
            tags=["desk", "Immigration/Courts"],
        )
    ]
    text = write_opml(feeds, title="Q&A <desk>")
    assert "Smith &amp; Sons &quot;Weekly&quot; &lt;b&gt;" in text and "?a=1&amp;b=2" in text
    root = ET.fromstring(text.encode())  # well-formed, control character dropped
    assert root.get("version") == "2.0" and root.findtext("head/title") == "Q&A <desk>"
    outline = root.find("body/outline")
    assert outline is not None and outline.attrib == {
        "type": "rss",
        "text": 'Smith & Sons "Weekly" <b>',
        "title": 'Smith & Sons "Weekly" <b>',
        "xmlUrl": "https://smith.example.org/feed?a=1&b=2",
        "category": "/desk,/Immigration/Courts",
    }


def test_write_then_read_gives_the_same_names_urls_and_tags() -> None:
    feeds = [
        FeedConfig(name="Harbor City Tribune", url="https://harbor-city.example.org/rss", tags=["local", "desk"]),
        FeedConfig(name="Café <Río>", url="https://cafe-rio.example.com/rss?x=1&y=2"),
        FeedConfig(name="Local sample", url="file:feeds/valley-ledger.atom", tags=["a/b"]),
    ]
    back = read_opml(write_opml(feeds, title="t").encode(), "export.opml")
    assert [(s.name, s.url, list(s.tags), s.problem) for s in back] == [(f.name, f.url, f.tags, None) for f in feeds]
