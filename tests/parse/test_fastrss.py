"""The fast RSS reader (monitor/parse/fastrss.py) against feedparser: every feed in the repository's corpora, and
generated RSS documents, give the same `ParsedFeed` both ways (entries field by field, title, site, ttl,
warnings), or the same refusal. feedparser's own test suite is compared too when MONITOR_FEEDPARSER_TESTS
names its unpacked tests/ folder (`make peer-check` downloads it; nothing of it is kept here).
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.generators.feeds import make_feed
from monitor.errors import ParseError
from monitor.parse import parse_feed
from monitor.parse.charset import decode_body, utf8_document
from monitor.parse.fastrss import read_rss
from monitor.parse.repair import repair
from tests.conftest import ROOT

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
REALWORLD = ROOT / "tests" / "data" / "feeds" / "realworld"
CORPORA = sorted((REALWORLD / "files").iterdir()) + sorted((ROOT / "data" / "samples" / "feeds").iterdir())
CONTENT_TYPES = {
    entry["file"]: entry.get("content_type")
    for entry in json.loads((REALWORLD / "manifest.json").read_text(encoding="utf-8"))
}


def both(body: bytes, content_type: str | None = "application/rss+xml") -> tuple[object, object]:
    """parse_feed's result (or ParseError message) with the fast reader and with feedparser alone."""
    results = []
    for fast in (True, False):
        try:
            results.append(
                parse_feed(body, url="https://feeds.example.org/f.xml", content_type=content_type, now=NOW, fast=fast)
            )
        except ParseError as error:
            results.append(("ParseError", error.key, str(error)))
    return results[0], results[1]


def takes_fast_path(body: bytes) -> bool:
    return read_rss(utf8_document(repair(decode_body(body, None).text)[0])) is not None


@pytest.mark.parametrize("path", CORPORA, ids=lambda p: p.name)
def test_every_corpus_feed_reads_the_same_both_ways(path: Path) -> None:
    fast, slow = both(path.read_bytes(), CONTENT_TYPES.get(path.name, "application/xml"))
    assert fast == slow


def test_the_fast_path_is_taken_on_plain_rss_in_the_corpora() -> None:
    """Not a test that passes by never running: most plain RSS files in the corpora go the fast way."""
    taken = [p.name for p in CORPORA if takes_fast_path(p.read_bytes())]
    assert len(taken) >= 40, taken
    assert "harbor-city-tribune.xml" in taken


@pytest.mark.parametrize("index", range(0, 1000, 37))
def test_bench_feeds_read_the_same_both_ways_and_fast(index: int) -> None:
    body, items = make_feed(index)
    assert takes_fast_path(body)
    fast, slow = both(body)
    assert fast == slow
    assert len(fast.entries) == items  # type: ignore[union-attr]


PEER = os.environ.get("MONITOR_FEEDPARSER_TESTS")


@pytest.mark.skipif(not PEER, reason="MONITOR_FEEDPARSER_TESTS (feedparser's unpacked tests/ folder) not set")
def test_feedparsers_own_suite_reads_the_same_both_ways() -> None:
    files = sorted(Path(str(PEER)).rglob("*.xml"))
    assert len(files) > 2000
    differ = []
    for path in files:
        fast, slow = both(path.read_bytes(), None)
        if fast != slow:
            differ.append(path.name)
    assert not differ, differ


def test_a_document_outside_the_known_set_goes_to_feedparser() -> None:
    plain = b'<rss version="2.0"><channel><title>T</title><item><title>A</title></item></channel></rss>'
    assert read_rss(plain) is not None
    for other in (
        plain.replace(b"<item>", b'<item xml:base="https://x.example/">'),
        plain.replace(b"<title>A", b'<media:title xmlns:media="http://search.yahoo.com/mrss/">M</media:title><title>A'),
        plain.replace(b'version="2.0"', b'version="0.91"'),
        plain.replace(b"<title>A</title>", b"<title>A <b>bold</b></title>"),
        b'<!DOCTYPE rss [<!ENTITY e "x">]>' + plain,
        plain.replace(b"</channel>", b""),
    ):
        assert read_rss(other) is None, other


# Generated documents: the pieces feedparser has rules about, in any order and combination.
_WORDS = st.sampled_from(
    [
        "Council",
        "vote",
        "&amp;",
        "&lt;b&gt;bold&lt;/b&gt;",
        "<b>x</b>",
        "&#233;t&#233;",
        "caf\u00e9",
        "\u00c3\u00a9",
        "\u0093q\u0094",
        "a &amp;amp; b",
        "&lt;/p&gt;",
        "  ",
        "\n",
        "&nbsp;",
        "&foo;",
        "<p>para</p>",
        "&quot;",
        "\u2019",
    ]
)
_TEXT = st.lists(_WORDS, max_size=6).map(" ".join)
_LINKS = st.sampled_from(
    [
        "https://news.example.org/a?x=1&amp;y=2",
        "/relative/path",
        "story.html",
        "",
        "  https://news.example.org/b  ",
        "http://news.example.org/c?a=1&amp;amp;b=2",
        "javascript:alert(1)",
        "https://news.example.org/\u00e9t\u00e9",
        "urn:uuid:1234",
        "//cdn.example.org/x",
    ]
)
_DATES = st.one_of(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)).map(
        lambda d: format_datetime(d, usegmt=True)
    ),
    st.sampled_from(
        [
            "2026-03-02T09:00:00Z",
            "Tue, 2 Mar 2026 25:00:00 GMT",
            "yesterday",
            "",
            "2026-03-02",
            "Mon, 02 Mar 26 09:00:00 +0530",
            "02 Mar 2026 09:00 EST",
        ]
    ),
)


def _wrap(text: str, cdata: bool) -> str:
    """Text as element content: escaped markup in a CDATA section (literal) or left as written (it is XML)."""
    if cdata and "]]>" not in text:
        return f"<![CDATA[{text.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>')}]]>"
    return text


@st.composite
def _element(draw: st.DrawFn, name: str, body: st.SearchStrategy[str]) -> str:
    text = draw(body)
    safe = escape(text) if draw(st.booleans()) else text
    return f"<{name}>{_wrap(safe, draw(st.booleans()))}</{name}>"


@st.composite
def _item(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(
            st.one_of(
                _element("title", _TEXT),
                _element("link", _LINKS),
                _element("description", _TEXT),
                _element("content:encoded", _TEXT),
                _element("pubDate", _DATES),
                _element("dc:date", _DATES),
                _element("author", _TEXT),
                _element("dc:creator", _TEXT),
                _element("comments", _LINKS),
                _element("category", _TEXT),
                st.builds(
                    lambda g, p: f"<guid{p}>{escape(g)}</guid>",
                    _LINKS,
                    st.sampled_from(["", ' isPermaLink="false"', ' isPermaLink="true"', ' isPermaLink="True"']),
                ),
                st.builds(lambda u: f'<enclosure url={quoteattr(u)} type="audio/mpeg"/>', _LINKS),
                st.just('<enclosure type="audio/mpeg"/>'),
                st.builds(lambda t: f'<source url="https://other.example.org/rss">{escape(t)}</source>', _TEXT),
                st.just("<!-- a comment -->"),
            ),
            max_size=8,
        )
    )
    return "<item>" + "".join(parts) + "</item>"


@st.composite
def _rss(draw: st.DrawFn) -> bytes:
    channel = draw(
        st.lists(
            st.one_of(
                _element("title", _TEXT),
                _element("link", _LINKS),
                _element("description", _TEXT),
                _element("ttl", st.sampled_from(["30", "0", "abc", " 60 ", "99999999"])),
                _element("sy:updatePeriod", st.sampled_from(["hourly", "daily", "Weekly", "fortnightly"])),
                _element("sy:updateFrequency", st.sampled_from(["1", "2", "0", "x"])),
                st.builds(
                    lambda h, r: f"<atom:link href={quoteattr(h)}{r}/>",
                    _LINKS,
                    st.sampled_from(
                        [
                            "",
                            ' rel="self"',
                            ' rel="alternate"',
                            ' rel="alternate" type="text/html"',
                            ' type="application/rss+xml"',
                        ]
                    ),
                ),
                st.builds(
                    lambda t: f"<image><title>{escape(t)}</title><url>/logo.png</url><link>/</link></image>", _TEXT
                ),
                _item(),
            ),
            max_size=10,
        )
    )
    items = draw(st.lists(_item(), min_size=1, max_size=4))
    document = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" '
        'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel>'
        + "".join(channel + items)
        + "</channel></rss>"
    )
    return document.encode("utf-8")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_rss())
def test_generated_rss_reads_the_same_both_ways(body: bytes) -> None:
    fast, slow = both(body)
    assert fast == slow


def test_dates_agree_with_feedparser_to_the_second() -> None:
    moment = datetime(2026, 3, 2, 9, 30, 15, tzinfo=UTC)
    items = "".join(
        f"<item><title>t{n}</title><link>https://x.example/{n}</link><pubDate>{text}</pubDate></item>"
        for n, text in enumerate(
            [format_datetime(moment, usegmt=True), format_datetime(moment.astimezone(UTC) + timedelta(hours=1))]
        )
    )
    body = f'<rss version="2.0"><channel><title>D</title>{items}</channel></rss>'.encode()
    assert takes_fast_path(body)
    fast, slow = both(body)
    assert fast == slow
    assert fast.entries[0].published_at == moment  # type: ignore[union-attr]


def test_every_element_the_generator_uses_is_read_by_the_fast_path() -> None:
    """The generated documents exercise the fast reader, not only the fallback: one holding every element
    the generator draws from goes the fast way, and agrees."""
    body = (
        b'<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        b'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" '
        b'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel><title>Desk &amp; Co</title>'
        b'<atom:link href="https://desk.example.org/rss" rel="self"/><link>/</link><ttl>abc</ttl>'
        b"<sy:updatePeriod>daily</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>"
        b"<image><title>Logo</title><url>/logo.png</url><link>/</link></image><description>d</description>"
        b'<item><title></title><title><![CDATA[Mayor <b>wins</b>]]></title><guid isPermaLink="false">g1</guid>'
        b"<description>&lt;p&gt;One&lt;/p&gt;</description><description>Two &amp;amp; more</description>"
        b"<content:encoded><![CDATA[<p>Full</p>]]></content:encoded><dc:date>2026-03-02T09:00:00Z</dc:date>"
        b"<dc:creator>Ada</dc:creator><author>Bram</author><comments>/c</comments><category>x</category>"
        b'<enclosure url="/a.mp3" type="audio/mpeg"/><source url="https://o.example.org/">Other Desk</source>'
        b"<!-- note --></item><item><guid>/relative/2</guid><pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate></item>"
        b"</channel></rss>"
    )
    assert takes_fast_path(body)
    fast, slow = both(body)
    assert fast == slow
    assert fast.ttl == 43200 and fast.title == "Desk & Co"  # type: ignore[union-attr]
