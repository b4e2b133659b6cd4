"""Turn fetched feed bytes into a `ParsedFeed` of clean `Entry` records with feedparser.

feedparser reads RSS 0.9x/1.0/2.0 and Atom and never raises; it sets `bozo` instead. A document that
is not well-formed XML, or is not a feed at all, becomes a `ParseError` naming the reason, so the run
can record it on the feed and go on. The character set is settled first (`charset.py`), since a wrong
declaration would otherwise turn every accented letter into two.
"""

from __future__ import annotations

import calendar
import hashlib
import time
import xml.sax
from datetime import UTC, datetime, timedelta
from typing import Any

import feedparser

from ..errors import ParseError
from ..records import Entry, ParsedFeed
from ..text import html_to_text
from .charset import to_utf8
from .urls import normalize_url

# A date this far ahead of the clock is a publisher's mistake (or time zone slip): the entry is dated "now".
_FUTURE_SLACK = timedelta(minutes=10)
# sy:updatePeriod, in seconds (RSS 1.0 syndication module).
_SY_PERIODS = {"hourly": 3600, "daily": 86400, "weekly": 7 * 86400, "monthly": 30 * 86400, "yearly": 365 * 86400}


def parse_feed(body: bytes, *, url: str, content_type: str | None = None, now: datetime | None = None) -> ParsedFeed:
    """Parse one feed document. Entries without a link get a stable `urn:monitor:entry:` identity instead;
    entries with nothing at all (no link, title or text) keep an empty URL, for the pipeline to count."""
    document = to_utf8(body, content_type)
    kind = (content_type or "application/xml").split(";")[0].strip()
    headers = {"content-location": url, "content-type": f"{kind}; charset=utf-8"}
    # No sanitising or link rewriting inside the HTML: it is reduced to plain text (scripts and styles
    # dropped) right after, so that work would be thrown away. Entry links are still made absolute.
    parsed = feedparser.parse(document, response_headers=headers, sanitize_html=False, resolve_relative_uris=False)
    _raise_if_unusable(parsed, document, url)
    now = now or datetime.now(UTC)
    channel = parsed.get("feed", {})
    return ParsedFeed(
        entries=[_entry(item, now) for item in parsed.entries],
        title=html_to_text(channel.get("title", "")),
        site_url=channel.get("link") or None,
        ttl=_ttl(channel),
    )


def _ttl(channel: Any) -> int | None:
    """How long the publisher asks readers to wait between polls, in seconds, if it says."""
    ttl = str(channel.get("ttl", "")).strip()
    if ttl.isdigit() and int(ttl) > 0:
        return int(ttl) * 60
    period = _SY_PERIODS.get(str(channel.get("sy_updateperiod", "")).strip().lower())
    frequency = str(channel.get("sy_updatefrequency", "1")).strip()
    if period and frequency.isdigit() and int(frequency) > 0:
        return period // int(frequency)
    return None


def _raise_if_unusable(parsed: Any, body: bytes, url: str) -> None:
    problem = parsed.get("bozo_exception")
    version = parsed.get("version")
    if version and not isinstance(problem, xml.sax.SAXException):
        return
    if not version and looks_like_html(body):
        raise ParseError(f"{url}: this is an HTML page, not a feed (monitor feeds add URL finds the feed it links to)",
                         key="not_a_feed")
    if isinstance(problem, xml.sax.SAXParseException):
        where = f"line {problem.getLineNumber()}, column {problem.getColumnNumber()}"
        raise ParseError(f"{url}: malformed XML at {where}: {problem.getMessage()}", key="malformed")
    if isinstance(problem, xml.sax.SAXException):
        raise ParseError(f"{url}: malformed XML: {problem}", key="malformed")
    if not body.strip():
        raise ParseError(f"{url}: empty response, not a feed", key="not_a_feed")
    raise ParseError(f"{url}: not an RSS or Atom feed", key="not_a_feed")


def looks_like_html(body: bytes) -> bool:
    """A web page rather than a feed, by its first bytes."""
    head = body[:4096].lstrip().lower()
    return head.startswith(b"<!doctype html") or b"<html" in head


def _entry(item: Any, now: datetime) -> Entry:
    link = item.get("link") or ""
    guid = item.get("id") or None
    if not link and guid and guid.startswith(("http://", "https://")):
        link = guid
    title = html_to_text(item.get("title", ""))
    summary = html_to_text(item.get("summary", ""))
    content = _fullest_content(item)
    published = _utc(item.get("published_parsed") or item.get("updated_parsed"))
    return Entry(
        url=normalize_url(link) if link else _linkless_identity(guid, title, content or summary),
        link=link,
        guid=guid,
        title=title,
        author=item.get("author") or None,
        published_at=now if published and published > now + _FUTURE_SLACK else published,
        summary=summary,
        content=content,
        source_outlet=(item.get("source") or {}).get("title") or None,
    )


def _linkless_identity(guid: str | None, title: str, text: str) -> str:
    """An entry with no link is still a story: identify it by its GUID, else by its words."""
    basis = f"guid:{guid}" if guid else (f"text:{title}\n{text}" if (title or text) else "")
    return f"urn:monitor:entry:{hashlib.sha1(basis.encode()).hexdigest()}" if basis else ""


def _fullest_content(item: Any) -> str:
    bodies = [html_to_text(part.get("value", "")) for part in item.get("content", [])]
    return max(bodies, key=len, default="")


def _utc(parsed: time.struct_time | None) -> datetime | None:
    """feedparser gives dates as UTC struct_time; make them timezone-aware, and refuse nonsense years."""
    if parsed is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None
