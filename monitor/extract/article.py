"""Pick the text to tag for an article: the page's main text when it is real, else the feed's.

trafilatura finds the main content and metadata (author, date, canonical URL) of a news page. Pages
that are blocked, paywalled or empty yield too little text; then the feed's own text is used and the
reason recorded.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import trafilatura
from trafilatura.settings import use_config

from ..records import ArticleText, Entry

# Never let trafilatura fetch or wait on anything: it only ever sees bytes we fetched.
_CONFIG = use_config()
_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")


def feed_text(entry: Entry) -> str:
    """The fullest text a feed entry carries: its content, else its summary."""
    return entry.content if len(entry.content) >= len(entry.summary) else entry.summary


def choose_text(entry: Entry, page: bytes | None, *, min_chars: int, page_error: str | None = None) -> ArticleText:
    """Page text if the page gave at least `min_chars`, otherwise the feed text with a note saying why."""
    fallback = feed_text(entry)
    if page is None:
        note = f"page not fetched: {page_error}" if page_error else None
        return ArticleText(text=fallback, source="feed", note=note)
    extracted = _extract(page, entry.link)
    text = (extracted or {}).get("text") or ""
    if len(text) < min_chars:
        reason = "no main text found" if not text else f"page text too short ({len(text)} chars)"
        return ArticleText(text=fallback, source="feed", note=f"{reason}; using feed text")
    meta = extracted or {}
    return ArticleText(text=text, source="page", author=meta.get("author") or None,
                       published_at=_date(meta.get("date")), canonical_url=meta.get("source") or None)


def _date(value: str | None) -> datetime | None:
    """trafilatura gives the page's publication date as YYYY-MM-DD; midnight UTC of that day."""
    try:
        return datetime.strptime(value or "", "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        return None


def _extract(page: bytes, url: str) -> dict | None:
    result = trafilatura.extract(
        page, url=url, output_format="json", with_metadata=True, include_comments=False, config=_CONFIG
    )
    return json.loads(result) if result else None


def page_text(page: bytes, url: str) -> ArticleText | None:
    """A web page's main text with its title as the first line (a press release added by its URL);
    None when the page has no main text."""
    extracted = _extract(page, url)
    if not extracted or not extracted.get("text"):
        return None
    title = (extracted.get("title") or "").strip()
    text = f"{title}\n\n{extracted['text']}" if title else extracted["text"]
    return ArticleText(text=text, source="page", author=extracted.get("author") or None,
                       published_at=_date(extracted.get("date")), canonical_url=extracted.get("source") or None)
