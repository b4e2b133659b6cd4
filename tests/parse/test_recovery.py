"""Feeds as real publishers break them: each is read, nothing it carries is lost, and what was wrong is said.

Each case is one trap from the world (the corpus in tests/data/feeds/realworld/ has many more); the
expected text is what a careful human reader sees, not what any parser happens to give.
"""

from __future__ import annotations

import codecs
import gzip
import json

import feedparser
import pytest

from monitor.errors import ParseError
from monitor.parse import parse_feed
from monitor.parse.feed import MAX_INFLATED_BYTES, MAX_TITLE_CHARS

URL = "https://feeds.example.org/news.xml"


def rss(items: str, *, declaration: str = '<?xml version="1.0" encoding="utf-8"?>', channel: str = "") -> str:
    return (
        f'{declaration}<rss version="2.0"><channel><title>Example</title>'
        f"<link>https://www.example.org/</link>{channel}{items}</channel></rss>"
    )


def item(title: str, link: str = "", description: str = "", guid: str = "") -> str:
    parts = [
        f"<title>{title}</title>" if title else "",
        f"<link>{link}</link>" if link else "",
        f"<description>{description}</description>" if description else "",
        f"<guid>{guid}</guid>" if guid else "",
    ]
    return "<item>" + "".join(parts) + "</item>"


def titles(body: bytes | str, content_type: str | None = None) -> list[str]:
    data = body.encode() if isinstance(body, str) else body
    return [e.title for e in parse_feed(data, url=URL, content_type=content_type).entries]


def test_one_undefined_entity_costs_nothing() -> None:
    body = rss(
        item("A&nbsp;story", "https://www.example.org/a")
        + item("B &hearts; C", "https://www.example.org/b")
        + item("Plain", "https://www.example.org/c")
    )
    parsed = parse_feed(body.encode(), url=URL)
    assert [e.title for e in parsed.entries] == ["A story", "B ♥ C", "Plain"]  # a no-break space is a space
    assert any("HTML entit" in w for w in parsed.warnings)


@pytest.mark.parametrize(
    "title, expected",
    [
        ("AT&T buys a radio station", "AT&T buys a radio station"),  # a bare ampersand
        ("Smart &#150; dash", "Smart – dash"),  # windows-1252's dash as a numeric reference
        ("Nul &#0; and &#x1F; and &#xD800; and &#1114112; gone", "Nul and and \ufffd and \ufffd gone"),
        ("Unknown &bogus; entity", "Unknown &bogus; entity"),
        ("Double &amp;amp; escaped", "Double & escaped"),
    ],
)
def test_entity_and_ampersand_faults_are_mended(title: str, expected: str) -> None:
    assert titles(rss(item(title, "https://www.example.org/a"))) == [expected]


def test_text_fields_keep_angle_brackets_and_html_fields_lose_tags() -> None:
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        '<entry><title type="text">Why vector&lt;int&gt; beats arrays</title><id>tag:a</id>'
        '<link href="https://www.example.org/1"/><summary type="text">History of the &lt;blink&gt; tag</summary>'
        '</entry><entry><title type="html">&lt;b&gt;Bold&lt;/b&gt; move</title><id>tag:b</id>'
        '<link href="https://www.example.org/2"/></entry>'
        '<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><em>Styled</em> title</div></title>'
        '<id>tag:c</id><link href="https://www.example.org/3"/></entry></feed>'
    )
    first, second, third = parse_feed(atom.encode(), url=URL).entries
    assert first.title == "Why vector<int> beats arrays" and first.summary == "History of the <blink> tag"
    assert second.title == "Bold move" and third.title == "Styled title"


@pytest.mark.parametrize(
    "body, content_type",
    [
        (
            codecs.BOM_UTF8 + b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>Caf\xff\xfe ok</title>'
            b"<link>https://www.example.org/a</link></item></channel></rss>",
            None,
        ),  # BOM, then bytes that are not UTF-8
        (
            rss(
                item("Caf\u00e9 ok", "https://www.example.org/a"), declaration='<?xml version="1.0" encoding="ucs-4"?>'
            ).encode("utf-32-le"),
            None,
        ),  # UTF-32 without a BOM, under an old name
        (
            rss(
                item("Caf\u00e9 ok", "https://www.example.org/a"), declaration='<?xml version="1.0" encoding="utf-16"?>'
            ).encode("utf-16-be"),
            "text/xml",
        ),  # UTF-16 without a BOM
        (
            rss(
                item("Caf\u00e9 ok", "https://www.example.org/a"), declaration='<?xml version="1.0" encoding="cp500"?>'
            ).encode("cp500"),
            None,
        ),  # EBCDIC
        (rss(item("Caf\u00e9 ok", "https://www.example.org/a")).encode()[:-24], None),  # cut off: no closing tags
    ],
)
def test_encodings_never_raise_and_keep_the_entry(body: bytes, content_type: str | None) -> None:
    (entry,) = parse_feed(body, url=URL, content_type=content_type).entries
    assert entry.title.startswith("Caf") and entry.link == "https://www.example.org/a"


def test_one_item_in_windows_1252_among_utf8_is_read_in_both() -> None:
    body = rss(item("Señor Ruiz", "https://www.example.org/a") + item("PLACEHOLDER", "https://www.example.org/b"))
    data = body.encode().replace(b"PLACEHOLDER", "“Quoted” café".encode("cp1252"))
    assert titles(data) == ["Señor Ruiz", "“Quoted” café"]


def test_shift_jis_with_microsoft_characters_and_a_wrong_japanese_label() -> None:
    text = "新庁舎の設計案を公表①"
    cp932 = rss(item(text, "https://www.example.org/a"), declaration='<?xml version="1.0" encoding="shift_jis"?>')
    assert titles(cp932.encode("cp932")) == [text]
    mislabelled = rss(
        item("市議会が新年度予算案を可決", "https://www.example.org/a") * 1,
        declaration='<?xml version="1.0" encoding="euc-jp"?>',
    )
    assert titles(mislabelled.encode("shift_jis")) == ["市議会が新年度予算案を可決"]


def test_an_unclosed_cdata_section_does_not_swallow_the_items_after_it() -> None:
    body = rss(
        item("One", "https://www.example.org/1", "<![CDATA[<p>First story.</p>")
        + item("Two", "https://www.example.org/2", "<![CDATA[<p>Second story.</p>]]>")
        + item("Three", "https://www.example.org/3", "Third story.")
    )
    parsed = parse_feed(body.encode(), url=URL)
    assert [(e.title, e.summary) for e in parsed.entries] == [
        ("One", "First story."),
        ("Two", "Second story."),
        ("Three", "Third story."),
    ]


@pytest.mark.parametrize(
    "junk", ["\n\n  ", "Warning: Cannot modify header information in /var/www/feed.php on line 3\n"]
)
def test_text_before_the_xml_declaration_is_dropped(junk: str) -> None:
    assert titles(junk + rss(item("Kept", "https://www.example.org/a"))) == ["Kept"]


def test_a_misspelled_closing_tag_loses_no_item() -> None:
    body = rss(
        item("First", "https://www.example.org/1").replace("</title>", "</titel>")
        + item("Second", "https://www.example.org/2")
        + item("Third", "https://www.example.org/3")
    )
    assert [t.split()[0] for t in titles(body)] == ["First", "Second", "Third"]


def test_json_feed_is_read() -> None:
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "Example",
            "home_page_url": "https://www.example.org/",
            "items": [
                {
                    "id": "1",
                    "url": "https://www.example.org/a",
                    "title": "Board votes",
                    "content_html": "<p>The board <b>voted</b>.</p>",
                    "date_published": "2026-11-02T10:00:00-05:00",
                    "authors": [{"name": "Ana Ruiz"}],
                },
                {"id": "2", "url": "/b", "content_text": "Only text."},
            ],
        }
    )
    parsed = parse_feed(body.encode(), url=URL, content_type="application/feed+json")
    first, second = parsed.entries
    assert (first.title, first.content, first.author) == ("Board votes", "The board voted.", "Ana Ruiz")
    assert first.published_at is not None and first.published_at.hour == 15
    assert second.link == "https://www.example.org/b" and second.content == "Only text."


def test_a_gzip_body_without_content_encoding_is_decompressed_and_a_bomb_is_refused() -> None:
    body = rss(item("Zipped", "https://www.example.org/a")).encode()
    parsed = parse_feed(gzip.compress(body), url=URL)
    assert [e.title for e in parsed.entries] == ["Zipped"] and any("gzip" in w for w in parsed.warnings)
    with pytest.raises(ParseError) as caught:
        parse_feed(gzip.compress(b" " * (MAX_INFLATED_BYTES + 1)), url=URL)
    assert caught.value.key == "too_large"


def test_a_headline_that_is_a_whole_article_is_shortened_and_kept_in_the_text() -> None:
    words = "word " * 60_000
    (entry,) = parse_feed(rss(item(words, "https://www.example.org/a", "Body.")).encode(), url=URL).entries
    assert len(entry.title) <= MAX_TITLE_CHARS + 1 and entry.title.endswith("…")
    assert entry.content.startswith(words.strip()) and entry.content.endswith("Body.")


def test_relative_links_resolve_against_the_site_and_spaces_are_encoded() -> None:
    body = rss(item("A", "/2026/11/a.html") + item("B", " https://www.example.org/news/council member.html\n"))
    links = [e.link for e in parse_feed(body.encode(), url="https://feeds.other-host.example/x.xml").entries]
    assert links == ["https://www.example.org/2026/11/a.html", "https://www.example.org/news/council%20member.html"]


def test_an_item_with_only_its_audio_is_kept_under_the_enclosure() -> None:
    body = rss('<item><enclosure url="https://cdn.example.org/newscast-0900.mp3" type="audio/mpeg" length="1"/></item>')
    (entry,) = parse_feed(body.encode(), url=URL).entries
    assert entry.url == "https://cdn.example.org/newscast-0900.mp3"


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   \n",
        b"<!DOCTYPE html><html><head><title>Rate limited</title></head><body>Slow down</body></html>",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR",
        b'{"not": "a feed"}',
        b"<?xml version='1.0'?><<<<",
    ],
)
def test_what_is_no_feed_is_a_parse_error_and_nothing_else(body: bytes) -> None:
    try:
        parse_feed(body, url=URL)
    except ParseError as error:
        assert error.key in ("not_a_feed", "malformed") and URL in str(error)


def test_feedparser_itself_crashes_on_some_references_and_the_monitor_does_not() -> None:
    body = rss(item("Surrogate &#xD800; here", "https://www.example.org/a")).encode()
    with pytest.raises(Exception):  # noqa: B017  (the peer's own answer on these bytes; if it stops raising, fine)
        feedparser.parse(body)
    assert titles(body) == ["Surrogate \ufffd here"]
