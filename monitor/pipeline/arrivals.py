"""What each due feed brings, gathered for every feed at once: the feed, its parse, its new entries and their pages.

Everything that waits on the network happens here, concurrently across feeds, so a pass over many hosts is
as slow as its slowest host rather than the sum of them (three full-text feeds on three hosts with ten pages
each: about 10 s with a 1 s per-host gap instead of 30 s). The fetcher's per-host limits still hold: pages
of one host queue behind each other, pages of different hosts do not. Tagging and storing come after, one
feed at a time, in the pass (run.py), so they stay ordered and each article keeps its own transaction.

Nothing here raises for a feed's own faults: they are carried in the `Arrival` for the pass to record.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from dataclasses import dataclass, field

from ..config import FeedConfig
from ..errors import InternalError, MonitorError
from ..extract import choose_text, feed_text
from ..fetch import Fetcher
from ..records import ArticleText, Entry, Fetched, Outcome, ParsedFeed
from ..store import Session, writes
from ..store.tables import Feed
from .faults import PASS_FAULTS
from .parsing import FeedParser

log = logging.getLogger(__name__)


@dataclass
class Arrival:
    """One feed's haul before anything is tagged or stored."""

    fetched: Fetched | MonitorError
    parsed: ParsedFeed | MonitorError | None = None  # None when the feed failed or answered 304
    new: list[Entry] = field(default_factory=list)  # entries not stored yet, in feed order
    texts: list[ArticleText] = field(default_factory=list)  # one per new entry
    outcomes: Counter[str] = field(default_factory=Counter)  # entries dropped on the way (empty, duplicate)
    failure: MonitorError | None = None  # a fault nobody foresaw while gathering: the feed's failure


async def gather_arrivals(
    feeds: list[tuple[FeedConfig, Feed]], fetcher: Fetcher, parser: FeedParser, session: Session, min_chars: int
) -> list[Arrival]:
    """Every feed's arrival, fetched, parsed and its pages read concurrently; in the order of `feeds`."""
    return list(await asyncio.gather(*(arrive(fetcher, parser, session, min_chars, *pair) for pair in feeds)))


async def arrive(
    fetcher: Fetcher, parser: FeedParser, session: Session, min_chars: int, config: FeedConfig, feed: Feed
) -> Arrival:
    """fetch → parse (in a worker process on big passes) → entries not stored yet → their texts."""
    arrival = Arrival(await _fetch_feed(fetcher, feed))
    try:
        if isinstance(arrival.fetched, MonitorError) or arrival.fetched.not_modified:
            return arrival
        arrival.parsed = await parser.parse(arrival.fetched)
        if isinstance(arrival.parsed, MonitorError):
            return arrival
        arrival.new = new_entries(session, arrival.parsed.entries, arrival.outcomes)
        arrival.texts = await _article_texts(fetcher, config, arrival.new, min_chars)
    except PASS_FAULTS:
        raise
    except Exception as exc:
        log.exception("feed %r: gathering failed unexpectedly", config.name)
        arrival.failure = InternalError.wrap(exc, f"feed {config.name!r}")
    return arrival


async def _fetch_feed(fetcher: Fetcher, feed: Feed) -> Fetched | MonitorError:
    """The feed's URL is the admin's own (trusted); validators are sent unless the feed is set to ignore them."""
    validators = {} if feed.ignore_http_cache else {"etag": feed.etag, "last_modified": feed.last_modified}
    try:
        return await fetcher.get(feed.url, trusted=True, **validators)
    except MonitorError as exc:
        return exc
    except Exception as exc:
        log.exception("feed %r: fetching failed unexpectedly", feed.name)
        return InternalError.wrap(exc, f"{feed.url}: fetching")


def new_entries(session: Session, entries: list[Entry], outcomes: Counter[str]) -> list[Entry]:
    """Drop empty entries, repeats within the feed, and articles already stored; count each.

    An entry is stored already when its identity is, or when one of its aliases (the other identities
    it could have had: see parse/identity.py) is stored for the same GUID or headline. The pass asks
    again just before tagging, for articles another feed of the same pass stored meanwhile.
    """
    unique: dict[str, Entry] = {}
    for entry in entries:
        if not entry.url:
            outcomes[Outcome.EMPTY] += 1
        elif entry.url in unique:
            outcomes[Outcome.DUPLICATE] += 1
        else:
            unique[entry.url] = entry
    stored = writes.stored_identities(session, [u for e in unique.values() for u in (e.url, *e.aliases)])
    new = [entry for entry in unique.values() if not _seen(entry, stored)]
    outcomes[Outcome.DUPLICATE] += len(unique) - len(new)
    return new


def _seen(entry: Entry, stored: dict[str, tuple[str | None, str]]) -> bool:
    if entry.url in stored:
        return True
    for alias in entry.aliases:
        if alias in stored:
            guid, title = stored[alias]
            if (entry.guid and guid == entry.guid) or title == entry.title:
                return True
    return False


async def _article_texts(
    fetcher: Fetcher, config: FeedConfig, entries: list[Entry], min_chars: int
) -> list[ArticleText]:
    """The feed's own text, or for full_text feeds the article page's main text when it is real."""
    pages: list[bytes | str | None] = [None] * len(entries)
    if config.full_text:
        pages = list(await asyncio.gather(*(fetch_page(fetcher, entry.link) for entry in entries)))
    # Reading text out of pages and feed HTML is CPU work: in a thread, so the event loop keeps serving the other
    # feeds' answers meanwhile (their timeouts run on it; a 5,000-entry feed would otherwise stall them).
    return await asyncio.to_thread(
        lambda: [article_text(entry, page, min_chars) for entry, page in zip(entries, pages)]
    )


def article_text(entry: Entry, page: bytes | str | None, min_chars: int) -> ArticleText:
    """The text of one article; a page that breaks the extractor costs the page, never the article."""
    try:
        return choose_text(
            entry,
            page if isinstance(page, bytes) else None,
            min_chars=min_chars,
            page_error=page if isinstance(page, str) else None,
        )
    except Exception as exc:
        log.exception("%s: extracting the page's text failed", entry.link)
        return ArticleText(
            text=feed_text(entry),
            source="feed",
            note=f"page text could not be extracted ({type(exc).__name__}); using feed text",
        )


async def fetch_page(fetcher: Fetcher, url: str) -> bytes | str:
    """The page body, or the reason it could not be had (the article then falls back to the feed's text).

    The link comes from the feed, so it is untrusted: no `file:`, no private addresses.
    """
    if not url:
        return "the entry has no link"
    try:
        return (await fetcher.get(url)).body
    except MonitorError as exc:
        return f"{exc.key}: {exc}"
    except Exception as exc:
        log.exception("%s: fetching the page failed unexpectedly", url)
        return f"internal: {type(exc).__name__}: {exc}"
