"""A pass cut into steps that workers on many machines run as jobs: one feed, one article page, one article.

The steps are the pass's own code (run.py, arrivals.py) on one feed or article, so a job counts the same
outcomes and keeps the same dedupe: an article is stored once by its identity, a step run twice (a retry, a
second worker) finds it stored and counts a duplicate. Feed rows are the workers' list of feeds: feeds.toml is
brought to them by `sync_feeds`, one explicit step, never by a worker.

A feed's new entries are handed on (`defer`) before the feed's validators are saved, so once the feed answers
304 every entry it brought is already waiting on the queue (in the database, retried until done).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
from collections import Counter
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import asdict, dataclass
from datetime import datetime
from functools import cache
from typing import Any

from ..config import Config, FeedConfig, Settings
from ..errors import MonitorError, TryAgain
from ..fetch import Fetcher
from ..records import ArticleText, Entry, Outcome, document_text
from ..store import Access, Session, open_database, reads, writes
from ..store.tables import Feed
from ..store.types import utcnow
from ..tag import Tagger
from . import schedule
from .arrivals import arrive, article_text, fetch_page, new_entries
from .parsing import FeedParser
from .run import FeedReport, PassContext, describe_counts, feed_ended, next_interval, record_success, store_article

log = logging.getLogger(__name__)

# Faults that may pass within minutes: the job is tried again after a wait before the feed is marked failing.
PASSING = ("timeout", "connection", "http_500", "http_502", "http_503", "http_504")

Defer = Callable[[list[dict[str, Any]], bool], Awaitable[int]]  # (articles, pages wanted) -> how many queued


@dataclass(frozen=True)
class FeedsSynced:
    listed: int
    added: list[str]
    paused: list[str]  # rows no longer in feeds.toml, or listed with enabled = false


def sync_feeds(config: Config) -> FeedsSynced:
    """Make the feed rows match feeds.toml (`monitor feeds sync`): the one step that adds and pauses feeds for
    workers; what changed, by name."""
    with Session(_engine(config.settings.database_url)) as session:
        before = {row.name: row.enabled for row in reads.feed_rows(session)}
        rows = writes.sync_feeds(session, config.feeds)
        added = [name for name in rows if name not in before]
        paused = [name for name, row in rows.items() if not row.enabled and before.get(name, True)]
    return FeedsSynced(len(config.feeds), added, paused)


def due_feeds(settings: Settings, *, force: bool = False) -> tuple[list[int], int]:
    """The ids of enabled feed rows due now (all enabled with `force`), and how many enabled ones are not."""
    now = utcnow()
    with Session(_engine(settings.database_url)) as session:
        enabled = [row for row in reads.feed_rows(session) if row.enabled]
    due = [row.id for row in enabled if row.id is not None and (force or schedule.is_due(row.next_check_at, now))]
    return due, len(enabled) - len(due)


def check_database(settings: Settings) -> None:
    """Open the database as jobs will (StoreError, with the `monitor db upgrade` advice, if it is older than the
    code), so a worker says so at its start rather than in every job's log."""
    _engine(settings.database_url)


def open_fetcher(settings: Settings) -> AbstractAsyncContextManager[Fetcher]:
    """One HTTP client for a worker's life, so its per-host limits hold across the jobs it runs."""
    return Fetcher(settings)


async def fetch_feed(
    config: Config, fetcher: Fetcher, feed_id: int, *, force: bool, last_try: bool, defer: Defer
) -> FeedReport | None:
    """One feed of a pass: fetch, parse, its new entries handed to `defer`, then its new state recorded.

    None when the row is paused or gone, or no longer due (another job of the same feed just ran). Raises
    TryAgain for a passing fault unless this is the last try, which records it like `monitor run` does.
    """
    settings, started = config.settings, utcnow()
    with Session(_engine(settings.database_url)) as session:
        feed = reads.feed_row(session, feed_id)
        if feed is None or not feed.enabled or not (force or schedule.is_due(feed.next_check_at, started)):
            return None
        feed_config = _feed_config(feed)
        async with FeedParser(0) as parser:
            as_listed = feed_config.model_copy(update={"full_text": False})  # pages are jobs of their own
            arrival = await arrive(fetcher, parser, session, settings.min_article_chars, as_listed, feed)
        if isinstance(arrival.fetched, MonitorError) and arrival.fetched.key in PASSING and not last_try:
            raise TryAgain(f"feed {feed.name!r}: {arrival.fetched}")
        ctx = PassContext(config, session, started)
        report = FeedReport(feed.name, outcomes=arrival.outcomes, was_failing=feed.error_count > 0)
        if (ended := feed_ended(ctx, feed_config, feed, arrival, report)) is not None:
            return ended
        texts: list[ArticleText | None] = [None] * len(arrival.new) if feed.full_text else list(arrival.texts)
        articles = [article_json(feed_id, entry, text) for entry, text in zip(arrival.new, texts)]
        report.outcomes["queued"] = await defer(articles, feed.full_text)
        assert arrival.fetched is not None and not isinstance(arrival.fetched, MonitorError)
        assert arrival.parsed is not None and not isinstance(arrival.parsed, MonitorError)
        interval = next_interval(ctx, feed, arrival.parsed, arrival.fetched, len(arrival.new))
        log.info("feed %r: %s, %d article(s) queued", feed.name, describe_counts(report.outcomes), len(articles))
        return record_success(ctx, feed, report, arrival.fetched, interval)


async def read_page(settings: Settings, fetcher: Fetcher, article: dict[str, Any], *, last_try: bool) -> dict[str, Any]:
    """The article's page, read for its text (the feed's text when the page fails); the article with its text."""
    feed_id, entry, _ = article_from_json(article)
    page = await fetch_page(fetcher, entry.link)
    if isinstance(page, str) and page.split(":", 1)[0] in PASSING and not last_try:
        raise TryAgain(f"{entry.link}: {page}")
    text = await asyncio.to_thread(article_text, entry, page, settings.min_article_chars)
    return article_json(feed_id, entry, text)


def tag_and_store(config: Config, article: dict[str, Any], *, last_try: bool) -> Outcome:
    """Tag one article and store it with its mentions and pickups, as a pass does; a duplicate if already stored.
    An article the database would not take is tried again (TryAgain) until the last try, then counted failed."""
    feed_id, entry, text = article_from_json(article)
    assert text is not None, "an article reaches tagging with its text"
    with Session(_engine(config.settings.database_url)) as session:
        feed = reads.feed_row(session, feed_id)
        if feed is None or not new_entries(session, [entry], Counter()):
            return Outcome.DUPLICATE
        ctx = PassContext(config, session, utcnow(), tagger=worker_tagger(config))
        report = FeedReport(name := feed.name)
        document = document_text(entry.title, text.text)
        with _TAGGING:  # one spaCy pipeline per worker process, used by one job at a time
            tags = ctx.tag([document])[0]
        if isinstance(tags, MonitorError):
            outcome = report.entry_failed(entry, tags)
        else:
            outcome = store_article(ctx, feed_id, _feed_config(feed), entry, text, tags, document, report)
    if outcome is Outcome.FAILED and not last_try:
        raise TryAgain(f"{entry.url}: {report.entry_errors[-1]['message']}")
    log.info("feed %r: %s: %s", name, entry.url, outcome.value)
    return outcome


_TAGGING = threading.Lock()
_taggers: dict[int, Tagger] = {}


def worker_tagger(config: Config) -> Tagger:
    """The worker's one Tagger, loaded at its first use (or at start: `monitor worker` loads it before any job)."""
    with _TAGGING:
        key = id(config)
        if key not in _taggers:
            _taggers[key] = Tagger(config.watchlist, config.settings.spacy_model)
        return _taggers[key]


def article_lock(article: dict[str, Any]) -> str:
    """The queueing lock of an article's job: one waiting job per article identity, however many feeds bring it."""
    return "article:" + hashlib.sha256(article["entry"]["url"].encode("utf-8")).hexdigest()[:32]


def article_json(feed_id: int, entry: Entry, text: ArticleText | None) -> dict[str, Any]:
    """An article as a job's arguments (JSON): its feed, its entry, and its text once read."""
    return {"feed_id": feed_id, "entry": _plain(asdict(entry)), "text": _plain(asdict(text)) if text else None}


def article_from_json(data: dict[str, Any]) -> tuple[int, Entry, ArticleText | None]:
    entry = dict(data["entry"], published_at=_moment(data["entry"]["published_at"]))
    entry["aliases"] = tuple(entry.get("aliases") or ())
    text = data.get("text")
    if text is not None:
        text = ArticleText(**dict(text, published_at=_moment(text.get("published_at"))))
    return int(data["feed_id"]), Entry(**entry), text


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    """Dates as ISO 8601 and tuples as lists: JSON as the queue stores it."""
    return {
        key: value.isoformat() if isinstance(value, datetime) else list(value) if isinstance(value, tuple) else value
        for key, value in values.items()
    }


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _feed_config(feed: Feed) -> FeedConfig:
    """The feed as the pass's code takes it, from its row (what `monitor feeds sync` put there)."""
    return FeedConfig.model_construct(
        name=feed.name,
        url=feed.url,
        outlet=feed.outlet,
        full_text=feed.full_text,
        ignore_http_cache=feed.ignore_http_cache,
        tags=[],
        enabled=feed.enabled,
    )


@cache
def _engine(url: str) -> Any:
    """One engine per worker process and database: opening checks the revisions, which a job should not redo.
    An older database is refused with the `monitor db upgrade` advice."""
    return open_database(url, Access.WRITE)
