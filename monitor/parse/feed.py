"""Turn fetched feed bytes into a `ParsedFeed` of clean `Entry` records with feedparser.

A feed is refused only when there is nothing in it to read: an HTML page, an empty body, bytes with
no feed at all. Everything feedparser recovers is kept, and a broken feed is read as well as it can
be: the character set is settled first (`charset.py`), the faults that make strict XML parsers give
up are mended (`repair.py`), and if the document is still not well-formed, feedparser's lenient
parser reads it; when that gives fewer entries than feedparser reading the raw bytes on its own, the
raw reading wins. What was wrong is kept as the feed's warnings, never as a failure.
"""

from __future__ import annotations

import calendar
import time
import xml.sax
import zlib
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import feedparser
from lxml import etree

from ..errors import ParseError
from ..records import Entry, ParsedFeed
from .charset import decode_body, utf8_document
from .fastrss import read_rss
from .identity import identify
from .jsonfeed import looks_like_json_feed, read_json_feed
from .repair import repair
from .text import field_text, tidy
from .urls import absolute_link

# A date this far ahead of the clock is a publisher's mistake (or time zone slip): the entry is dated "now".
_FUTURE_SLACK = timedelta(minutes=10)
# A headline longer than this is a feed fault (a whole article in <title>): it is shortened, and kept whole
# at the start of the entry's text, so nothing is lost.
MAX_TITLE_CHARS = 1000
# A body still gzip-compressed is decompressed up to this size (a gzip bomb stops here).
MAX_INFLATED_BYTES = 64 * 1024 * 1024
# sy:updatePeriod, in seconds (RSS 1.0 syndication module).
_SY_PERIODS = {"hourly": 3600, "daily": 86400, "weekly": 7 * 86400, "monthly": 30 * 86400, "yearly": 365 * 86400}


def parse_feed(
    body: bytes, *, url: str, content_type: str | None = None, now: datetime | None = None, fast: bool = True
) -> ParsedFeed:
    """Parse one feed document; ParseError (key "not_a_feed" or "malformed") only when nothing in it is a feed.

    Entries without a link get a stable `urn:monitor:entry:` identity instead; entries with nothing at all
    (no link, title or text) keep an empty URL, for the pipeline to count. `fast=False` reads every document
    with feedparser (the tests hold the fast RSS reader to it).
    """
    body, warnings = _unwrap(body, url)
    decoded = decode_body(body, content_type)
    warnings += decoded.notes
    if looks_like_json_feed(decoded.text):
        parsed: Any = read_json_feed(decoded.text)
        if parsed is None:
            raise ParseError(f"{url}: a JSON Feed that is not valid JSON", key="malformed")
    else:
        parsed = _read_xml(decoded.text, body, url, content_type, warnings, fast=fast)
    now = now or datetime.now(UTC)
    channel = parsed.get("feed") or {}
    site = absolute_link(str(channel.get("link") or ""), url)
    # Relative entry links are relative to the site, as in Miniflux (the feed may live on another host).
    base = site if urlsplit(site).scheme in ("http", "https") else url
    entries = [_entry(item, now, base) for item in parsed["entries"]]
    if long := sum(1 for e in entries if e.title.endswith("…") and e.content.startswith(e.title[:-1])):
        warnings.append(f"{long} headline(s) over {MAX_TITLE_CHARS} characters shortened (kept whole in the text)")
    return ParsedFeed(
        entries=identify(entries),
        title=field_text(channel, "title"),
        site_url=site or None,
        ttl=_ttl(channel),
        warnings=tuple(warnings),
    )


def _unwrap(body: bytes, url: str) -> tuple[bytes, list[str]]:
    """A body that is still gzip-compressed (a .gz file served without Content-Encoding), decompressed."""
    if not body.startswith(b"\x1f\x8b"):
        return body, []
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        inflated = inflater.decompress(body, MAX_INFLATED_BYTES)
    except zlib.error as exc:
        raise ParseError(f"{url}: gzip-compressed body that does not decompress: {exc}", key="malformed") from exc
    if inflater.unconsumed_tail:
        raise ParseError(
            f"{url}: gzip-compressed body over {MAX_INFLATED_BYTES:,} bytes once decompressed", key="too_large"
        )
    return inflated, ["the body was gzip-compressed without saying so (no Content-Encoding); decompressed"]


def _read_xml(
    text: str, body: bytes, url: str, content_type: str | None, warnings: list[str], *, fast: bool = True
) -> Any:
    """Plain RSS 2.0 read by lxml (`fastrss.py`, what feedparser would give, in a fraction of the time); else
    feedparser over the mended document; if that is not well-formed either, also over the raw bytes and over
    lxml's recovered tree, and the reading with the most usable entries wins."""
    mended, repairs = repair(text)
    warnings += repairs.notes()
    kind = (content_type or "application/xml").split(";")[0].strip()
    document = utf8_document(mended)
    if fast and _xml_type(kind.lower()) and (quick := read_rss(document)) is not None:
        return quick
    headers = {"content-type": f"{kind}; charset=utf-8"}  # no content-location: links are resolved in _entry
    # No sanitising or link rewriting inside the HTML: it is reduced to plain text (scripts and styles
    # dropped) right after, so that work would be thrown away. Entry links are still made absolute.
    parsed = feedparser.parse(document, response_headers=headers, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("bozo"):
        if not _usable(parsed, body):
            raise _unusable(parsed, body, url)
        return parsed
    problem, how = parsed.get("bozo_exception"), "read with feedparser's lenient parser"
    for other, reading in (
        (_raw(body, url, content_type), "read as feedparser reads the raw bytes"),
        (_recovered(mended, headers), "read from lxml's repair of the document"),
    ):
        if other is not None and _readable(other) > _readable(parsed):
            parsed, how = other, reading
    if not _usable(parsed, body):
        raise _unusable(parsed, body, url)
    warnings.append(f"{_problem(problem)}; {how}")
    return parsed


def _xml_type(kind: str) -> bool:
    """A media type feedparser reads as XML without a warning (any other sets its bozo flag)."""
    return kind in ("application/xml", "text/xml") or (kind.startswith("application/") and kind.endswith("+xml"))


def _raw(body: bytes, url: str, content_type: str | None) -> Any:
    """feedparser's own reading of the bytes as they came (None if feedparser itself fails on them)."""
    try:
        return feedparser.parse(
            body,
            response_headers={"content-type": content_type or ""},
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except Exception:  # noqa: BLE001  (feedparser raises on some references: &#xD800;, &#1114112;)
        return None


def _recovered(text: str, headers: dict[str, str]) -> Any:
    """feedparser over the tree lxml's recovering parser builds (it closes tags feedparser's lenient parser
    leaves open, such as a misspelled </titel>); None if lxml can make nothing of it."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(utf8_document(text), parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    rebuilt = etree.tostring(root, encoding="utf-8", xml_declaration=True)
    return feedparser.parse(rebuilt, response_headers=headers, sanitize_html=False, resolve_relative_uris=False)


def _readable(parsed: Any) -> tuple[int, int]:
    """How many entries of a reading carry something to store (a link, id, headline or text), then how many
    links and texts they carry: the better of two readings of a broken document."""
    entries = parsed.entries
    usable = sum(1 for e in entries if e.get("link") or e.get("id") or e.get("title") or e.get("summary"))
    return usable, sum(bool(e.get("link")) + bool(e.get("summary") or e.get("content")) for e in entries)


def _usable(parsed: Any, body: bytes) -> bool:
    """Anything a reader can use: entries, or a document feedparser recognised as a feed (even an empty one).
    A web page is not a feed, whatever feedparser made of its <title>."""
    if parsed.entries:
        return True
    return bool(parsed.get("version") or parsed.get("feed")) and not looks_like_html(body)


def _problem(problem: object) -> str:
    if isinstance(problem, xml.sax.SAXParseException):
        where = f"line {problem.getLineNumber()}, column {problem.getColumnNumber()}"
        return f"not well-formed XML ({where}: {problem.getMessage()})"
    return f"not well-formed XML ({problem})" if problem else "not well-formed XML"


def _unusable(parsed: Any, body: bytes, url: str) -> ParseError:
    if looks_like_html(body):
        return ParseError(
            f"{url}: this is an HTML page, not a feed (monitor feeds add URL finds the feed it links to)",
            key="not_a_feed",
        )
    if not body.strip():
        return ParseError(f"{url}: empty response, not a feed", key="not_a_feed")
    problem = parsed.get("bozo_exception")
    if isinstance(problem, xml.sax.SAXParseException) and body.lstrip()[:1] == b"<":
        where = f"line {problem.getLineNumber()}, column {problem.getColumnNumber()}"
        return ParseError(
            f"{url}: malformed XML at {where} and no entries could be recovered: {problem.getMessage()}",
            key="malformed",
        )
    return ParseError(f"{url}: not an RSS, Atom or JSON feed", key="not_a_feed")


def looks_like_html(body: bytes) -> bool:
    """A web page rather than a feed, by its first bytes."""
    head = body[:4096].lstrip().lower()
    return head.startswith(b"<!doctype html") or b"<html" in head


def _ttl(channel: Any) -> int | None:
    """How long the publisher asks readers to wait between polls, in seconds, if it says."""
    ttl = str(channel.get("ttl", "")).strip()
    if ttl.isdigit() and 0 < int(ttl) < 10**7:
        return int(ttl) * 60
    period = _SY_PERIODS.get(str(channel.get("sy_updateperiod", "")).strip().lower())
    frequency = str(channel.get("sy_updatefrequency", "1")).strip()
    if period and frequency.isdigit() and int(frequency) > 0:
        return period // int(frequency)
    return None


def _entry(item: Any, now: datetime, base: str) -> Entry:
    guid = str(item.get("id") or "").strip() or None
    link = absolute_link(str(item.get("link") or ""), base)
    if not link and guid and guid.startswith(("http://", "https://")):
        link = absolute_link(guid, base)
    if not link:  # a newscast or podcast item may carry nothing but its audio
        link = absolute_link(next((str(e.get("href")) for e in item.get("enclosures", []) if e.get("href")), ""), base)
    published = _utc(item.get("published_parsed") or item.get("updated_parsed"))
    title, summary, content = field_text(item, "title"), field_text(item, "summary"), _fullest_content(item)
    if len(title) > MAX_TITLE_CHARS:
        content = f"{title}\n\n{content if len(content) >= len(summary) else summary}".rstrip()
        title = title[:MAX_TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    return Entry(
        url="",  # set by identify(), which sees the whole feed
        link=link,
        guid=guid,
        title=title,
        author=tidy(str(item.get("author") or "")) or None,
        published_at=now if published and published > now + _FUTURE_SLACK else published,
        summary=summary,
        content=content,
        source_outlet=tidy(str((item.get("source") or {}).get("title") or "")) or None,
    )


def _fullest_content(item: Any) -> str:
    bodies = [field_text(part, "value", detail=part) for part in item.get("content", []) if isinstance(part, dict)]
    return max(bodies, key=len, default="")


def _utc(parsed: time.struct_time | None) -> datetime | None:
    """feedparser gives dates as UTC struct_time; make them timezone-aware, and refuse nonsense years."""
    if parsed is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    except (OverflowError, ValueError, OSError, TypeError):
        return None
