"""From an address the admin pastes to a feed worth subscribing to: the feed itself, or one its page links to.

The pasted URL is the admin's own, so it is fetched as trusted (intranet hosts, `file:` paths). The
candidates a page names are the page's word, not the admin's: they are fetched like any link found in
a feed, so a page cannot steer the monitor into the internal network or the local disk. A candidate
counts only if it really parses as a feed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..config import Settings, file_url
from ..errors import MonitorError, ParseError
from ..fetch import Fetcher
from ..parse import FeedLink, discover_feeds, looks_like_html, parse_feed
from ..records import Fetched, ParsedFeed


@dataclass(frozen=True)
class FoundFeed:
    """The feed to subscribe to, and, when it was found through a page, every candidate and how each fared."""

    url: str  # what to store: the address given, or the new one if the server moved it permanently
    title: str
    page_url: str | None = None  # the page the feed was discovered on; None when the URL was a feed itself
    chosen: str | None = None  # the candidate taken, as the page gave it
    candidates: list[FeedLink] = field(default_factory=list)
    rejected: dict[str, str] = field(default_factory=dict)  # candidate URL -> why it is not the feed


def typed_url(text: str) -> str:
    """The admin's input as a URL: a relative `file:` path is made absolute from the current directory."""
    return file_url(text.strip(), Path.cwd())


async def find_feed(settings: Settings, url: str) -> FoundFeed:
    """Fetch `url`; if it is a feed, that is the one, else try the feeds its page links to, in page order.

    Raises FetchError if `url` cannot be fetched, ParseError if neither it nor any candidate is a feed.
    """
    url = typed_url(url)
    async with Fetcher(settings) as fetcher:
        page = await fetcher.get(url, trusted=True)
        try:
            return FoundFeed(url=page.moved_to or url, title=_parsed(page).title)
        except ParseError as not_a_feed:
            candidates = discover_feeds(page.body, page.url, content_type=page.content_type)
            if not candidates and not looks_like_html(page.body):
                raise  # a broken feed rather than a page: its own error says what is wrong
            if not candidates:
                raise ParseError(
                    f'{url}: a web page that links to no feed (no <link rel="alternate"> of an RSS, '
                    "Atom or JSON Feed type)",
                    key="no_feed_found",
                ) from not_a_feed
        rejected: dict[str, str] = {}
        for link in candidates:
            try:
                fetched = await fetcher.get(link.url)
            except MonitorError as exc:
                rejected[link.url] = str(exc)
                continue
            try:
                parsed = _parsed(fetched)
            except ParseError as exc:
                rejected[link.url] = (
                    f"{link.url}: a web page, not a feed" if looks_like_html(fetched.body) else str(exc)
                )
                continue
            return FoundFeed(
                url=fetched.moved_to or link.url,
                title=parsed.title or link.title,
                page_url=url,
                chosen=link.url,
                candidates=candidates,
                rejected=rejected,
            )
    reasons = "; ".join(rejected.values())
    raise ParseError(f"{url}: the page links to {len(candidates)} feed(s), none usable: {reasons}", key="no_feed_found")


def _parsed(fetched: Fetched) -> ParsedFeed:
    return parse_feed(fetched.body, url=fetched.url, content_type=fetched.content_type)
