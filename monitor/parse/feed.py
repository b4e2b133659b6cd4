"""Turn fetched feed bytes into clean `Entry` records with feedparser.

feedparser reads RSS 0.9x/1.0/2.0 and Atom and never raises; it sets `bozo` instead. A document that
is not well-formed XML, or is not a feed at all, becomes a `ParseError` naming the reason, so the run
can record it on the feed and go on.
"""

from __future__ import annotations

import calendar
import time
import xml.sax
from datetime import UTC, datetime
from typing import Any

import feedparser

from ..errors import ParseError
from ..records import Entry
from ..text import html_to_text
from .urls import normalize_url


def parse_feed(body: bytes, *, url: str, content_type: str | None = None) -> list[Entry]:
    """Parse one feed document; entries without a usable link are kept with an empty URL (the pipeline counts them)."""
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=True, resolve_relative_uris=True)
    _raise_if_unusable(parsed, body, url)
    return [_entry(item) for item in parsed.entries]


def _raise_if_unusable(parsed: Any, body: bytes, url: str) -> None:
    problem = parsed.get("bozo_exception")
    version = parsed.get("version")
    if version and not isinstance(problem, xml.sax.SAXException):
        return
    head = body[:2048].lstrip().lower()
    if not version and (head.startswith(b"<!doctype html") or b"<html" in head):
        raise ParseError(f"{url}: this is an HTML page, not a feed", key="not_a_feed")
    if isinstance(problem, xml.sax.SAXParseException):
        where = f"line {problem.getLineNumber()}, column {problem.getColumnNumber()}"
        raise ParseError(f"{url}: malformed XML at {where}: {problem.getMessage()}", key="malformed")
    if isinstance(problem, xml.sax.SAXException):
        raise ParseError(f"{url}: malformed XML: {problem}", key="malformed")
    if not body.strip():
        raise ParseError(f"{url}: empty response, not a feed", key="not_a_feed")
    raise ParseError(f"{url}: not an RSS or Atom feed", key="not_a_feed")


def _entry(item: Any) -> Entry:
    link = item.get("link") or ""
    guid = item.get("id") or None
    if not link and guid and guid.startswith(("http://", "https://")):
        link = guid
    return Entry(
        url=normalize_url(link) if link else "",
        link=link,
        guid=guid,
        title=html_to_text(item.get("title", "")),
        author=item.get("author") or None,
        published_at=_utc(item.get("published_parsed") or item.get("updated_parsed")),
        summary=html_to_text(item.get("summary", "")),
        content=_fullest_content(item),
        source_outlet=(item.get("source") or {}).get("title") or None,
    )


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
