"""Pick the text to tag for an article: the page's main text unless the page is really a stub, else the feed's.

trafilatura finds the main content and metadata (author, date, canonical URL) of a news page. A page is
a stub when it yields nothing, when its text is shorter than what the feed itself carried (a teaser
page, a consent wall), or when a short text is mostly a paywall, sign-in or bot-check message. Then the
feed's own text is used. Either way the article records which text was chosen and why: a short page
that is still longer than the feed's teaser is kept, since the teaser would be worse.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import trafilatura
from trafilatura.settings import use_config

from ..records import ArticleText, Entry

# Never let trafilatura fetch or wait on anything: it only ever sees bytes we fetched.
_CONFIG = use_config()
_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
# What paywalls, sign-in walls, consent pages and bot checks say instead of the article.
_STUB = re.compile(
    r"subscribe (?:now |today )?to (?:continue|keep|read)|already a subscriber|subscribers? only|for subscribers"
    r"|(?:log|sign) ?in to (?:continue|read|keep)|create a (?:free )?account to (?:continue|read)"
    r"|(?:reached|used) (?:your|the) (?:limit|maximum) of (?:free )?(?:articles|stories)"
    r"|free articles? (?:left|remaining)|to continue reading|premium (?:content|article)"
    r"|enable javascript|javascript is (?:disabled|required)|(?:accept|manage) (?:all )?cookies"
    r"|are you a robot|verify (?:that )?you are (?:a )?human|access denied|403 forbidden|checking your browser",
    re.IGNORECASE,
)
# A text this many times min_article_chars is an article even if it mentions subscribing somewhere.
_STUB_SPAN = 3


def feed_text(entry: Entry) -> str:
    """The fullest text a feed entry carries: the longer of its content and its summary, with the other added
    when it says something the longer one does not (a feed's summary is usually the content's first lines)."""
    longer, shorter = sorted((entry.content, entry.summary), key=len, reverse=True)
    if shorter and " ".join(shorter.split()) not in " ".join(longer.split()):
        return f"{longer}\n\n{shorter}"
    return longer


def choose_text(entry: Entry, page: bytes | None, *, min_chars: int, page_error: str | None = None) -> ArticleText:
    """The page's main text unless the page is a stub (see above); otherwise the feed's text, with a note why."""
    fallback = feed_text(entry)
    if page is None:
        note = f"page not fetched: {page_error}" if page_error else None
        return ArticleText(text=fallback, source="feed", note=note)
    meta = _extract(page, entry.link) or {}
    text = meta.get("text") or ""
    stub = _stub_reason(text, fallback, min_chars)
    if stub:
        return ArticleText(text=fallback, source="feed", note=f"{stub}; using feed text")
    note = (
        f"page text is short ({len(text)} chars) but longer than the feed's ({len(fallback)} chars); using it"
        if len(text) < min_chars
        else None
    )
    return ArticleText(
        text=text,
        source="page",
        note=note,
        author=meta.get("author") or None,
        published_at=_date(meta.get("date")),
        canonical_url=meta.get("source") or None,
    )


def _stub_reason(text: str, feed: str, min_chars: int) -> str | None:
    """Why the page's text is not the article, or None when it is."""
    if not text.strip():
        return "no main text found on the page"
    if len(text) < len(feed):
        return f"page text ({len(text)} chars) shorter than the feed's ({len(feed)} chars)"
    if len(text) < min_chars * _STUB_SPAN and (found := _STUB.search(text)):
        return f"page looks like a paywall or block page ({found.group(0)!r}, {len(text)} chars)"
    return None


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
    return ArticleText(
        text=text,
        source="page",
        author=extracted.get("author") or None,
        published_at=_date(extracted.get("date")),
        canonical_url=extracted.get("source") or None,
    )
